// The four businesses (named by no earlier corpus README): a stairlift installer, an event caterer, an
// air-conditioning installer and a jewellery repair and engraving workshop. Each has its own reference numbers, which
// are hard negatives; one of each is digits only and shaped like a phone, a card or an IBAN fragment, but fails the
// check of what it looks like.
import { digitsOf, luhnOk, phoneAnywhere } from "./checks.ts"
import { until } from "./numbers.ts"
import type { Rng } from "./rng.ts"

export type BizKey = "stair" | "cater" | "cool" | "jewel"

export interface Biz {
  key: BizKey
  name: string
  domain: string
  roles: string[]
  /** Its numbers: negative kind and how one is drawn; the fourth is the digits-only one. */
  nums: Array<[string, (r: Rng) => string]>
}

const L = "ABCDEFGHJKLMNPRSTUVWXY"
const pad = (n: number, w: number) => String(n).padStart(w, "0")
/** Digits only, reading as no phone anywhere in the corpus and failing Luhn. */
const safe = (v: string) => !phoneAnywhere(v) && !luhnOk(digitsOf(v))
const month = (r: Rng) => pad(r.int(1, 12), 2)

export const BIZ: Biz[] = [
  {
    key: "stair", name: "Brightstair Lifts", domain: "brightstair.example", roles: ["installs", "service", "hello"],
    nums: [
      ["install-order", (r) => `BSL-${r.int(10000, 99999)}`],
      ["rail-spec", (r) => `RAIL-${r.pick(["S", "C"])}-${r.int(28, 64)}${r.pick(["0", "5"])}0`],
      ["service-visit", (r) => `SV-26-${pad(r.int(1, 9999), 4)}`],
      // 11 digits from 11, written 4-3-4 like a British landline: phone-shaped, valid nowhere.
      ["chair-serial", (r) => until(r, (r) => { const d = "11" + r.digits(9); return r.chance(0.6) ? `${d.slice(0, 4)} ${d.slice(4, 7)} ${d.slice(7)}` : d }, safe)],
    ],
  },
  {
    key: "cater", name: "Saltmarsh Catering", domain: "saltmarshcatering.example", roles: ["events", "bookings", "accounts"],
    nums: [
      ["event-booking", (r) => `SMC-${r.int(100000, 999999)}`],
      ["menu-code", (r) => `MENU-${r.pick(["VG", "VE", "GF", "HL", "KS", "BB"])}-${pad(r.int(1, 40), 2)}`],
      ["tasting-ref", (r) => `TST-${month(r)}${pad(r.int(1, 28), 2)}-${L[r.int(0, 5)]}`],
      // 16 digits from 87: card-shaped, no issuer prefix, fails Luhn.
      ["deposit-ref", (r) => until(r, (r) => { const d = "87" + r.digits(14); return r.chance(0.6) ? d.match(/.{4}/g)!.join(" ") : d }, safe)],
    ],
  },
  {
    key: "cool", name: "Coolhaven Air", domain: "coolhaven.example", roles: ["service", "support", "quotes"],
    nums: [
      ["service-contract", (r) => `CHA-SC-${r.int(10000, 99999)}`],
      ["unit-model", (r) => `CHV-${r.pick(["25", "35", "50", "71"])}${r.pick(["W", "F", "C"])}`],
      ["fgas-log", (r) => `FG-26${month(r)}-${pad(r.int(1, 999), 3)}`],
      // 10 digits from 10, written 3-3-4 like a North American number: phone-shaped, valid nowhere.
      ["warranty-reg", (r) => until(r, (r) => { const d = "10" + r.digits(8); return r.chance(0.6) ? `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}` : d }, safe)],
    ],
  },
  {
    key: "jewel", name: "Larkspur Jewellers", domain: "larkspur.example", roles: ["repairs", "engraving", "hello"],
    nums: [
      ["repair-envelope", (r) => `RE-${r.int(100000, 999999)}`],
      ["engraving-proof", (r) => `EP-${pad(r.int(1, 9999), 4)}-${L[r.int(0, 7)]}`],
      ["valuation-cert", (r) => `VAL-26-${pad(r.int(1, 9999), 4)}`],
      // 18 digits grouped by four like the account part of an IBAN: fails Luhn, valid as no phone.
      ["insurer-claim", (r) => until(r, (r) => { const d = r.int(1, 9) + r.digits(17); return r.chance(0.7) ? d.match(/.{1,4}/g)!.join(" ") : d }, safe)],
    ],
  },
]

export const BUSINESS_KINDS = BIZ.flatMap((b) => b.nums.map(([k]) => k))
