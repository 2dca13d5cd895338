// The four businesses, their own numbers (hard negatives) and their lines. The digits-only numbers are drawn again
// until libphonenumber-js/max calls them invalid as phones in every region of the corpus and every default region
// (as written and as bare digits) and, from twelve digits, until they fail Luhn.
import type { CountryCode } from "libphonenumber-js/max"
import { digitsOf, luhnOk, phoneSomewhere } from "./checks.ts"
import { drawPhone, type Phone } from "./phones.ts"
import { hashSeed, seeded, type Rng } from "./rng.ts"

export type BizKey = "balloons" | "pottery" | "aquatics" | "mushrooms"
export interface Biz {
  key: BizKey
  name: string
  short: string
  domain: string
  boxes: string[]
  /** Kinds of the two lettered numbers and the digits-only one, and how each is drawn. */
  r1: [string, (r: Rng) => string]
  r2: [string, (r: Rng) => string]
  rd: [string, (r: Rng) => string]
}

const pad = (n: number, w: number) => String(n).padStart(w, "0")
const mmdd = (r: Rng) => pad(r.range(1, 12), 2) + pad(r.range(1, 28), 2)
const g = (d: string, sizes: number[], sep = " ") => {
  const out: string[] = []
  let at = 0
  for (const s of sizes) out.push(d.slice(at, (at += s)))
  return out.join(sep)
}
/** Digits drawn again until valid as a phone nowhere and, from twelve digits, failing Luhn; then written one way. */
function digitsOnly(r: Rng, lead: () => string, len: number, write: (d: string, r: Rng) => string): string {
  for (;;) {
    const d = lead() + r.digits(len - 1)
    if (len >= 12 && luhnOk(d)) continue
    const v = write(d, r)
    if (!phoneSomewhere(v) && !phoneSomewhere(d)) return v
  }
}

export const BIZ: Biz[] = [
  {
    key: "balloons", name: "Emberly Balloon Flights", short: "Emberly Balloons", domain: "emberly.example", boxes: ["flights", "vouchers", "crew", "hello"],
    r1: ["flight-booking", (r) => `EBF-26-${r.range(1000, 9999)}`],
    r2: ["balloon-reg", (r) => r.pick([`G-${r.pick(["CK", "OE", "BZ", "EM"])}${r.pick(["XB", "MB", "LT", "RY"])}`, `OO-B${r.pick(["KE", "ML", "ZA"])}`, `PH-${r.pick(["EMB", "LUC", "GAS"])}`, `OE-Z${r.pick(["EM", "SK", "AB"])}`, `D-O${r.pick(["EMB", "SUN", "WIN"])}`])],
    rd: ["voucher-number", (r) => digitsOnly(r, () => "7", 16, (d, q) => (q.chance(0.7) ? g(d, [4, 4, 4, 4]) : d))],
  },
  {
    key: "pottery", name: "Cinderhill Pottery", short: "Cinderhill Pottery", domain: "cinderhill.example", boxes: ["studio", "classes", "kiln", "orders"],
    r1: ["class-booking", (r) => `CH-CL-${r.range(1000, 9999)}`],
    r2: ["glaze-code", (r) => `GLZ-${r.pick(["CEL", "TEN", "SHI", "ASH", "COB"])}-${pad(r.range(1, 40), 2)}`],
    rd: ["member-number", (r) => digitsOnly(r, () => r.pick(["8", "9"]), 12, (d, q) => (q.chance(0.7) ? g(d, [4, 4, 4]) : d))],
  },
  {
    key: "aquatics", name: "Reedmere Aquatics", short: "Reedmere Aquatics", domain: "reedmere.example", boxes: ["visits", "ponds", "support", "shop"],
    r1: ["visit-ref", (r) => `RMA-V-${r.range(10000, 99999)}`],
    r2: ["system-code", (r) => r.pick([`AQ-${r.pick(["60", "120", "300", "450"])}L-${r.pick(["TR", "RF", "NAN"])}`, `POND-${r.pick(["KOI", "FLT"])}-${pad(r.range(1, 30), 2)}`])],
    rd: ["service-plan", (r) => digitsOnly(r, () => String(r.range(1, 9)), 20, (d, q) => (q.chance(0.7) ? g(d, [4, 4, 4, 4, 4]) : d))],
  },
  {
    key: "mushrooms", name: "Mossgill Mushrooms", short: "Mossgill Mushrooms", domain: "mossgill.example", boxes: ["kits", "growers", "orders", "help"],
    r1: ["kit-order", (r) => `MG-26-${r.range(1000, 9999)}`],
    r2: ["strain-code", (r) => r.pick([`PO-${r.pick(["BLUE", "PINK", "KING"])}-${r.range(1, 9)}`, `LM-${pad(r.range(1, 40), 2)}`, `SHI-${r.range(1000, 9999)}`])],
    rd: ["spawn-lot", (r) => digitsOnly(r, () => r.pick(["7", "8"]), 13, (d, q) => q.pick([g(d, [3, 3, 3, 4]), g(d, [3, 3, 3, 4], "-"), d]))],
  },
]
export const bizByKey = (k: string) => BIZ.find((b) => b.key === k)!

/** Extra lettered lookalikes each business uses besides r1 and r2. */
export const EXTRA: Record<BizKey, [string, (r: Rng) => string]> = {
  balloons: ["weather-hold", (r) => `WX-${mmdd(r)}-${r.pick(["A", "B", "C"])}`],
  pottery: ["firing-batch", (r) => `FB-${mmdd(r)}-K${r.range(1, 4)}`],
  aquatics: ["water-sample", (r) => `WS-26/${pad(r.range(1, 999), 4)}`],
  mushrooms: ["substrate-batch", (r) => `SUB/26/${r.range(100, 999)}`],
}

const lines = new Map<string, Phone>()
/** The business's one line in a country: its toll-free range (Jamaica: a Kingston landline), the same in every text. */
export function bizLine(b: Biz, cc: CountryCode): Phone {
  const k = `${b.key} ${cc}`
  if (!lines.has(k)) lines.set(k, drawPhone(seeded(hashSeed(k)), cc, cc === "JM" ? "fixed" : "free"))
  return lines.get(k)!
}
export const isDigitsOnly = (v: string) => digitsOf(v).length >= 6 && /^[\d -]+$/.test(v)
