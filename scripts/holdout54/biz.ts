// The four businesses, their own reference numbers (hard negatives), their line in each country and their mailboxes.
import type { CountryCode } from "libphonenumber-js/max"
import { quietDigits } from "./lookalikes.ts"
import { businessForm } from "./phoneforms.ts"
import { drawPhone, type Phone } from "./phones.ts"
import { hash32, seeded, type Rng } from "./rng.ts"

export type BizKey = "hottub" | "brew" | "signing" | "marquee"
export interface Ref { kind: string; text: string }
export interface Biz {
  key: BizKey
  name: string
  domain: string
  roles: string[]
  /** Its lettered references. */
  refs: Array<(r: Rng) => Ref>
  /** Its digits-only number, shaped like a phone, a card or an IBAN's account part. */
  digits: (r: Rng) => Ref
}

const yymm = (r: Rng) => `26${String(r.range(1, 12)).padStart(2, "0")}`
const mmdd = (r: Rng) => `${String(r.range(1, 12)).padStart(2, "0")}${String(r.range(1, 28)).padStart(2, "0")}`

/** Digits of a shape, drawn again until no phone in any country of the corpus and, from twelve digits, failing Luhn. */
function quiet(r: Rng, make: (r: Rng) => string): string {
  for (let i = 0; i < 5000; i++) {
    const text = make(r)
    if (quietDigits(text)) return text
  }
  throw new Error("no quiet digits")
}
const grouped = (d: string, size: number) => d.match(new RegExp(`.{1,${size}}`, "g"))!.join(" ")

export const BIZ: Biz[] = [
  {
    key: "hottub", name: "Bluecrest Hot Tubs", domain: "bluecrest.example", roles: ["service", "parts", "hello"],
    refs: [
      (r) => ({ kind: "service-visit", text: `SV-${yymm(r)}-${r.digits(4)}` }),
      (r) => ({ kind: "tub-model", text: `BC${r.pick(["540", "640", "720", "860"])}${r.pick(["", "-LX", "-S", "-XL"])}` }),
      (r) => ({ kind: "chem-order", text: `CHM-${r.range(400000, 699999)}` }),
    ],
    digits: (r) => ({ kind: "controller-serial", text: quiet(r, (q) => { const d = String(q.range(1, 9)) + q.digits(11); return q.chance(0.7) ? grouped(d, 3) : d }) }),
  },
  {
    key: "brew", name: "Copperkettle Homebrew", domain: "copperkettle.example", roles: ["orders", "shop", "brewclub"],
    refs: [
      (r) => ({ kind: "brew-order", text: `CKH-${r.range(100000, 999999)}` }),
      (r) => ({ kind: "kit-sku", text: `${r.pick(["KIT-IPA", "KIT-STOUT", "KIT-LAGER", "MLT-PALE", "MLT-CRYS", "YST-S04", "YST-US05"])}-${r.range(10, 60)}` }),
      (r) => ({ kind: "batch-code", text: `L${r.range(24, 26)}-${r.range(100, 365)}-${r.pick(["A", "B", "C"])}` }),
    ],
    digits: (r) => ({ kind: "club-number", text: quiet(r, (q) => { const d = "0" + q.pick(["4", "5", "6"]) + q.digits(9); return q.chance(0.7) ? `${d.slice(0, 5)} ${d.slice(5)}` : d }) }),
  },
  {
    key: "signing", name: "Handwave Interpreting & Captions", domain: "handwave.example", roles: ["bookings", "captions", "interpreters"],
    refs: [
      (r) => ({ kind: "booking-ref", text: `HWB-26-${r.digits(4)}` }),
      (r) => ({ kind: "session-code", text: `CAP-${r.range(2, 9)}${"KQXZRT"[r.int(6)]}${r.range(2, 9)}${"MPWHNV"[r.int(6)]}` }),
      (r) => ({ kind: "interpreter-id", text: `INT-${r.range(1000, 4999)}` }),
    ],
    digits: (r) => ({ kind: "purchase-order", text: quiet(r, (q) => { const d = String(q.range(1, 9)) + q.digits(19); return q.chance(0.75) ? grouped(d, 4) : d }) }),
  },
  {
    key: "marquee", name: "Tallpole Marquees", domain: "tallpole.example", roles: ["hire", "events", "depot"],
    refs: [
      (r) => ({ kind: "hire-agreement", text: `HA/26/${r.range(1000, 4999)}` }),
      (r) => ({ kind: "site-visit", text: `SITE-${r.range(1000, 9999)}-${r.pick(["A", "B", "C", "D"])}` }),
      (r) => ({ kind: "delivery-slot", text: `DLV-${mmdd(r)}-${r.pick(["AM", "PM"])}` }),
    ],
    digits: (r) => ({ kind: "deposit-ref", text: quiet(r, (q) => { const d = "7" + q.digits(15); return q.chance(0.7) ? grouped(d, 4) : d }) }),
  },
]

const lines = new Map<string, { phone: Phone; text: string }>()
/** The business's line in a country: the same number in every text, its toll-free or service range where it has one
 * that is the country's own (Canada's 1-8xx numbers belong to the US's region, so the Toronto office line is used). */
export function bizLine(b: Biz, cc: CountryCode): { phone: Phone; text: string } {
  const key = `${b.key} ${cc}`
  let line = lines.get(key)
  if (!line) {
    const r = seeded(hash32(key))
    const phone = drawPhone(r, cc, cc === "CA" ? "fix" : "free")
    line = { phone, text: businessForm(phone) }
    lines.set(key, line)
  }
  return line
}
export const bizOfKey = (k: string) => BIZ.find((b) => b.key === k)!
