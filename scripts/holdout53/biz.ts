// The four businesses, their mailboxes and their own numbers (hard negatives, none of them a valid phone or card).
import type { CountryCode } from "libphonenumber-js/max"
import { drawPhone } from "./phones.ts"
import { hashSeed, seeded, type Rng } from "./rng.ts"
import { luhnOk, phoneNowhere } from "./values.ts"

export type BizKey = "piano" | "bridal" | "window" | "septic"
export interface Biz { key: BizKey; name: string; domain: string; boxes: string[]; refs: Array<[string, (r: Rng) => string]>; digits: [string, (r: Rng) => string] }

const mm = (r: Rng) => String(1 + r.int(12)).padStart(2, "0")
const letter = (r: Rng, s: string) => s[r.int(s.length)]!
/** A digits-only number drawn again until it is a valid phone nowhere and, from twelve digits, fails Luhn. */
function ownDigits(make: (r: Rng) => string, grouped: (d: string) => string): (r: Rng) => string {
  return (r) => {
    for (;;) {
      const d = make(r)
      const v = r.chance(0.7) ? grouped(d) : d
      if (phoneNowhere(v) && phoneNowhere(d) && (d.length < 12 || !luhnOk(d))) return v
    }
  }
}
const g = (sizes: number[]) => (d: string) => {
  const out: string[] = []
  let at = 0
  for (const s of sizes) out.push(d.slice(at, (at += s)))
  return out.join(" ")
}

export const BIZ: Biz[] = [
  {
    key: "piano", name: "Keyhaven Piano Care", domain: "keyhaven.example", boxes: ["tuning", "workshop", "hello"],
    refs: [["tuning-visit", (r) => `TV-26${mm(r)}-${100 + r.int(900)}`], ["piano-ref", (r) => `PNO-${letter(r, "BGU")}-${1000 + r.int(9000)}`], ["parts-order", (r) => `KPO-${10000 + r.int(90000)}`]],
    digits: ["action-serial", ownDigits((r) => `${5 + r.int(4)}${r.digits(11)}`, g([4, 4, 4]))],
  },
  {
    key: "bridal", name: "Silkthread Bridal", domain: "silkthread.example", boxes: ["boutique", "fittings", "orders"],
    refs: [["gown-order", (r) => `SB-${100000 + r.int(900000)}`], ["fitting-slot", (r) => `FIT-${mm(r)}${String(1 + r.int(28)).padStart(2, "0")}-${letter(r, "ABCDEF")}`], ["alteration-ticket", (r) => `ALT-26-${1000 + r.int(9000)}`]],
    digits: ["layaway-ref", ownDigits((r) => `9${r.digits(15)}`, g([4, 4, 4, 4]))],
  },
  {
    key: "window", name: "Clearpane Windows & Gutters", domain: "clearpane.example", boxes: ["rounds", "office", "quotes"],
    refs: [["round-code", (r) => `RND-${letter(r, "NSEW")}${10 + r.int(90)}`], ["job-sheet", (r) => `CPJ-${100000 + r.int(900000)}`], ["gutter-quote", (r) => `GQ-26-${1000 + r.int(9000)}`]],
    digits: ["customer-account", ownDigits((r) => `1${r.digits(9)}`, g([3, 3, 4]))],
  },
  {
    key: "septic", name: "Deepwell Septic Services", domain: "deepwell.example", boxes: ["bookings", "drivers", "accounts"],
    refs: [["pump-out", (r) => `PMP-26-${1000 + r.int(9000)}`], ["tank-survey", (r) => `TS-${1000 + r.int(9000)}-${letter(r, "ABCDEF")}`], ["waste-note", (r) => `WTN-${100000 + r.int(900000)}`]],
    digits: ["permit-ref", ownDigits((r) => `${2 + r.int(7)}${r.digits(17)}`, g([4, 4, 4, 4, 2]))],
  },
]

/** The business's line in a country: the same number in every text (toll-free or service range where there is one). */
export function bizLine(b: Biz, cc: CountryCode) {
  return drawPhone(seeded(hashSeed(`${b.key} ${cc}`)), cc, true)
}
