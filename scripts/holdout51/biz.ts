// The four businesses (named by no earlier corpus README): a mattress and bed retailer with a 100-night trial, a
// physiotherapy clinic, a windows and doors installer, and a dry cleaner and tailor. Each has its own numbers, the
// hard negatives only it writes, and one long all-digit number shaped like a phone or a card that is neither.
import { inert, luhnOk } from "./checks.ts"
import { drawPhone, writePhone, type Phone } from "./phones.ts"
import { seeded, type Rng } from "./rng.ts"

export interface Biz {
  key: string
  brand: string
  domain: string
  roles: string[]
  /** Its numbers: negative kind to a maker. `ref` is the one every text may name. */
  nums: Record<string, (r: Rng) => string>
  ref: string
  long: string
}

const grouped4 = (d: string, r: Rng) => (r.chance(0.6) ? (d.match(/.{1,4}/g) ?? []).join(" ") : d)
function longNumber(r: Rng, make: (r: Rng) => string, shape: (d: string, r: Rng) => string): string {
  for (;;) {
    const d = make(r)
    const v = shape(d, r)
    if (!luhnOk(d) && inert(d) && inert(v)) return v
  }
}
function ean13(body: string): string {
  let sum = 0
  for (let i = 0; i < 12; i++) sum += Number(body[i]) * (i % 2 === 0 ? 1 : 3)
  return body + String((10 - (sum % 10)) % 10)
}
const SIZES = ["SG", "DB", "KS", "SK"]
const L = "ABCDEFGHJKLMNPRSTUVWXYZ"

export const BIZ: Biz[] = [
  {
    key: "sleep", brand: "Duskwood Sleep", domain: "duskwoodsleep.example", roles: ["orders", "returns", "hello"], ref: "sleep-order", long: "finance-agreement",
    nums: {
      "sleep-order": (r) => `DWS-${r.int(100000, 999999)}`,
      "trial-return": (r) => `RTN-26-${r.digits(4)}`,
      "mattress-sku": (r) => `${r.pick(["MAT", "BSE", "TOP"])}-${r.pick(SIZES)}-${r.digits(4)}`,
      "finance-agreement": (r) => longNumber(r, () => "98" + r.digits(14), grouped4),
    },
  },
  {
    key: "physio", brand: "Northbank Physiotherapy", domain: "northbankphysio.example", roles: ["appointments", "accounts", "reception"], ref: "appointment-ref", long: "insurer-auth",
    nums: {
      "appointment-ref": (r) => `NBP-26-${r.digits(5)}`,
      "exercise-plan": (r) => `EX-${r.pick(["LB", "NK", "SH", "KN", "AN", "HP"])}-${r.digits(2)}`,
      "physio-invoice": (r) => `INV-${r.int(2601, 2612)}-${r.digits(3)}`,
      "insurer-auth": (r) => longNumber(r, () => "10" + r.digits(8), (d, q) => (q.chance(0.6) ? `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}` : d)),
    },
  },
  {
    key: "windows", brand: "Clearpane Windows & Doors", domain: "clearpane.example", roles: ["surveys", "installs", "service"], ref: "quote-number", long: "guarantee-number",
    nums: {
      "quote-number": (r) => `CPQ-26-${r.digits(4)}`,
      "survey-ref": (r) => `SV-${r.digits(4)}-${r.pick([...L])}`,
      "frame-size": (r) => `${r.int(45, 240)}0 ${r.pick(["x", "×", "x"])} ${r.int(60, 230)}0${r.chance(0.6) ? " mm" : "mm"}`,
      "guarantee-number": (r) => longNumber(r, () => "19" + r.digits(10), grouped4),
    },
  },
  {
    key: "dry", brand: "Pressed & Co", domain: "pressedandco.example", roles: ["care", "collections", "accounts"], ref: "garment-ticket", long: "loyalty-barcode",
    nums: {
      "garment-ticket": (r) => `GT-${r.int(100000, 999999)}`,
      "rack-slot": (r) => `R${String(r.int(1, 40)).padStart(2, "0")}-${String(r.int(1, 24)).padStart(2, "0")}`,
      "corporate-account": (r) => `PCA-${r.digits(4)}`,
      "loyalty-barcode": (r) => longNumber(r, () => ean13("2" + r.digits(11)), (d, q) => (q.chance(0.5) ? `${d[0]} ${d.slice(1, 7)} ${d.slice(7)}` : d)),
    },
  },
]

const lines = new Map<string, Phone>()
/** The business's own line in a country: one number, always the same. */
export function bizLine(b: Biz, cc: string): Phone {
  const key = `${b.key}:${cc}`
  let p = lines.get(key)
  if (!p) {
    let h = 0
    for (const c of key) h = (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0
    p = drawPhone(seeded(h), cc, "biz")
    lines.set(key, p)
  }
  return p
}
/** The line as a text writes it: free and shared-cost lines (all but the French and Canadian ones) in national forms. */
export const bizLineText = (r: Rng, b: Biz, cc: string) => writePhone(r, bizLine(b, cc), undefined, cc !== "FR" && cc !== "CA")
