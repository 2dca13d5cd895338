// The four businesses: their own numbers (hard negatives, several shaped
// like phones on purpose) and their mail domains.
import type { Rng } from "./prng.ts"
import { grp } from "./phones.ts"

export type Biz = "vet" | "hotel" | "uni" | "util"
export const BIZES: Biz[] = ["vet", "hotel", "uni", "util"]
type Gen = (r: Rng) => string
export interface BizNum {
  kind: string
  gen: Gen
  /** The phrasebook key of the noun that opens it. */
  noun: string
}
const up = (r: Rng, n: number) => Array.from({ length: n }, () => r.pick([..."ABCDEFGHJKLMNPQRSTUVWXYZ"])).join("")
const N = (kind: string, noun: string, gen: Gen): BizNum => ({ kind, noun, gen })

export const NUMS: Record<Biz, BizNum[]> = {
  vet: [
    N("microchip", "chip", (r) => { const d = r.pick(["985", "900", "941", "956", "372", "578", "208", "440", "348"]) + r.digits(12); return r.pick([d, grp(d, [3, 3, 3, 3, 3]), grp(d, [3, 12])]) }),
    N("policy-number", "policy", (r) => r.pick([`PET-${r.digits(4)}-${r.digits(4)}`, `${up(r, 2)}${r.digits(8)}`, `${r.digits(3)} ${r.digits(3)} ${r.digits(4)}`])),
    N("claim-number", "claim", (r) => r.pick([`CLM ${r.digits(4)} ${r.digits(4)}`, `${r.digits(2)}-${r.digits(6)}`, `0${r.digits(2)} ${r.digits(3)} ${r.digits(4)}`])),
    N("vaccine-batch", "batch", (r) => r.pick([`${up(r, 1)}${r.digits(3)}${up(r, 1)}${r.digits(2)}`, `Lot ${r.digits(1)}${up(r, 1)}${r.digits(4)}`])),
    N("weight", "weight", (r) => `${r.int(1, 48)}.${r.int(0, 9)} kg`),
  ],
  hotel: [
    N("booking-ref", "booking", (r) => r.pick([up(r, 6), `BK-${r.digits(6)}`, `${r.digits(4)} ${r.digits(4)} ${r.digits(2)}`])),
    N("room-number", "room", (r) => String(r.int(101, 1240))),
    N("loyalty-number", "loyalty", (r) => r.pick([grp(r.digits(12), [4, 4, 4]), `0${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`])),
    N("key-card-id", "keycard", (r) => `KC-${r.digits(4)}-${r.digits(4)}`),
    N("folio-number", "folio", (r) => r.pick([`F ${r.digits(4)} ${r.digits(4)}`, `${r.digits(7)}`])),
    N("lost-item-tag", "lost", (r) => `LP-${r.pick([2025, 2026])}-${r.digits(4)}`),
  ],
  uni: [
    N("applicant-id", "applicant", (r) => `A${r.digits(8)}`),
    N("student-number", "student", (r) => r.pick([`${r.pick([2024, 2025, 2026])} ${r.digits(3)} ${r.digits(3)}`, `0${r.digits(2)} ${r.digits(3)} ${r.digits(4)}`, r.digits(9)])),
    N("room-code", "block", (r) => `${r.pick(["Block", "Blk"])} ${up(r, 1)}/${r.int(0, 6)}.${String(r.int(1, 40)).padStart(2, "0")}`),
    N("course-code", "course", (r) => `${up(r, 2)}${r.digits(4)}`),
    N("candidate-number", "candidate", (r) => `0${r.digits(3)} ${r.digits(5)}`),
    N("fee-invoice", "invoice", (r) => `INV-${r.pick([2025, 2026])}-${r.digits(6)}`),
  ],
  util: [
    N("meter-serial", "meter", (r) => r.pick([`0${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`, `${up(r, 1)}${r.digits(2)}${up(r, 1)}${r.digits(5)}`, `0${r.digits(2)}-${r.digits(3)}-${r.digits(4)}`])),
    N("supply-point", "mprn", (r) => r.pick([`10 ${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`, `S ${r.digits(2)} ${r.digits(3)} ${r.digits(3)} ${r.digits(2)} ${r.digits(4)} ${r.digits(4)} ${r.digits(3)}`, `${r.digits(2)}${up(r, 2)}${r.digits(14)}`])),
    N("account-number", "account", (r) => r.pick([`${r.digits(4)} ${r.digits(4)} ${r.digits(2)}`, `ACC-${r.digits(8)}`])),
    N("outage-ref", "outage", (r) => r.pick([`OUT-${r.digits(5)}`, `INC${r.digits(7)}`])),
    N("meter-reading", "reading", (r) => r.pick([`${r.int(100, 99999)} m3`, `${r.int(1000, 99999)} kWh`, `${r.int(100, 9999)}.${r.digits(3)} m³`])),
  ],
}

export const DOMAIN: Record<Biz, string> = { vet: "pawsandclaws", hotel: "harbourlighthotels", uni: "northfield-uni", util: "aquagas-utilities" }
export const BRAND: Record<Biz, string> = { vet: "Paws & Claws Vets", hotel: "Harbourlight Hotels", uni: "Northfield University", util: "AquaGas" }
