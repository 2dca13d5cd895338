// The four businesses (120 texts each) and their own numbers, the hard negatives of each: three coded references and
// one digits-only number shaped like a card, a phone or a said number, valid as a phone in no region, failing Luhn.
import { luhnOk, phoneNowhere } from "./checks.ts"
import { ALL_REGIONS } from "./locales.ts"
import type { Rng } from "./rng.ts"

export type BizKey = "coffee" | "escape" | "scopes" | "framing"
export type NumSlot = "r1" | "r2" | "x" | "rd"
export interface Biz {
  key: BizKey
  name: string
  domain: string
  roles: string[]
  /** The negative kind of each of its numbers. */
  kinds: Record<NumSlot, string>
  make: Record<NumSlot, (r: Rng) => string>
}

const n = (r: Rng, k: number) => r.digits(k)
/** Digits-only: drawn again until no region calls it a phone (as written and bare) and, from twelve digits, it fails Luhn. */
function digitsOnly(r: Rng, lead: string[], len: number, sizes: number[]): string {
  for (;;) {
    const d = r.pick(lead) + r.digits(len - 1)
    if (luhnOk(d)) continue
    let at = 0
    const grouped = sizes.map((s) => { const g = d.slice(at, at + s); at += s; return g }).join(" ")
    const v = r.chance(0.7) ? grouped : d
    if (phoneNowhere(v, ALL_REGIONS)) return v
  }
}

export const BIZ: Biz[] = [
  {
    key: "coffee", name: "Crowberry Coffee Roasters", domain: "crowberry.example", roles: ["orders", "subscriptions", "hello", "wholesale"],
    kinds: { r1: "roast-order", r2: "bean-lot", x: "roast-batch", rd: "subscription-number" },
    make: {
      r1: (r) => `CRB-${r.range(10000, 99999)}`,
      r2: (r) => `${r.pick(["ETH-YIR", "ETH-GUJ", "KEN-NYE", "COL-HUI", "RWA-HUY", "GUA-ANT", "BRA-MOG"])}-${r.pick(["24", "25"])}`,
      x: (r) => `RB-26/${n(r, 3)}`,
      rd: (r) => digitsOnly(r, ["8", "9"], 15, [4, 6, 5]),
    },
  },
  {
    key: "escape", name: "Riddlewick Escape Rooms", domain: "riddlewick.example", roles: ["bookings", "games", "hello", "events"],
    kinds: { r1: "game-booking", r2: "puzzle-room", x: "waiver-ref", rd: "gift-card-number" },
    make: {
      r1: (r) => `RWK-${r.range(10000, 99999)}`,
      r2: (r) => `RM-${r.pick(["VAULT", "LAB", "TOMB", "ATTIC", "TRAIN", "MINE"])}-${r.range(1, 4)}`,
      x: (r) => `WV/26/${n(r, 4)}`,
      rd: (r) => digitsOnly(r, ["7", "9"], 19, [4, 4, 4, 4, 3]),
    },
  },
  {
    key: "scopes", name: "Nightjar Telescopes", domain: "nightjar.example", roles: ["sales", "repairs", "support", "stargazing"],
    kinds: { r1: "scope-order", r2: "model-code", x: "service-job", rd: "scope-warranty" },
    make: {
      r1: (r) => `NJT-${r.range(100000, 999999)}`,
      r2: (r) => r.pick(["DOB-200P", "DOB-250P", "MAK-127", "MAK-90", "ED-80", "ED-120", "SCT-203", "RC-150"]),
      x: (r) => `SJ-${r.range(1000, 9999)}-${r.pick(["A", "B", "C", "D"])}`,
      rd: (r) => digitsOnly(r, ["1", "2", "3", "4", "5", "6", "7", "8", "9"], 14, [3, 3, 4, 4]),
    },
  },
  {
    key: "framing", name: "Gildmoor Framing", domain: "gildmoor.example", roles: ["studio", "orders", "framing", "prints"],
    kinds: { r1: "frame-order", r2: "moulding-code", x: "edition-number", rd: "certificate-number" },
    make: {
      r1: (r) => `GMF-${r.range(10000, 99999)}`,
      r2: (r) => `MLD-${r.pick(["OAK", "WAL", "ASH", "BLK", "GLD", "WHT"])}-${r.pick(["20", "25", "30", "40", "45"])}`,
      x: (r) => { const of = r.pick([25, 50, 75, 100, 150, 250]); return `${r.range(1, of)}/${of}` },
      rd: (r) => digitsOnly(r, ["1", "2", "3", "4", "5", "6", "7", "8", "9"], 12, [3, 3, 3, 3]),
    },
  },
]
