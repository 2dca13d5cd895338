// The businesses' own numbers and the everyday values around them: labeled as negatives by kind.
// A reference made only of digits and separators is drawn again until it is no valid phone number
// in any country of the corpus, and (12 digits or more) until it fails Luhn.
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max"
import { luhnOk } from "./money.ts"
import type { Rng } from "./rng.ts"

export const COUNTRIES: CountryCode[] = ["IE", "IN", "NZ", "CA", "PH", "JM", "GH", "MT", "NO", "DK", "IS", "SK", "SI", "HU", "LT", "LV", "BG", "UA", "RS", "PT", "ES", "BE", "LU", "AR", "MX"]

export const phoneSomewhere = (v: string) => COUNTRIES.some((c) => parsePhoneNumberFromString(v, c)?.isValid() === true)

/** Draws `make` until what it writes is neither a phone anywhere in the corpus nor (long) a Luhn pass. */
export function safe(r: Rng, make: (r: Rng) => string): string {
  for (let i = 0; i < 500; i++) {
    const v = make(r)
    if (!/^[\d\s./()-]+$/.test(v)) return v
    const dd = v.replace(/\D/g, "")
    if (phoneSomewhere(v)) continue
    if (dd.length >= 12 && luhnOk(dd)) continue
    return v
  }
  throw new Error("holdout40: no safe reference in 500 draws")
}

const L = "ABCDEFGHJKLMNPRSTUVWXYZ"
const up = (r: Rng, n: number) => Array.from({ length: n }, () => L[r.int(0, L.length - 1)]).join("")
const VINCH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"

/** Each negative kind of the four businesses, and how one is written. */
export const REFS: Record<string, (r: Rng, dec: string) => string> = {
  // opticians
  "lens-power": (r, dec) => {
    const q = (lo: number, hi: number) => { const v = r.int(lo, hi) * 0.25; return (v >= 0 ? "+" : "-") + Math.abs(v).toFixed(2).replace(".", dec) }
    const axis = String(r.int(1, 180))
    return r.pick([
      () => `${q(-28, 16)} / ${q(-12, -1)} x ${axis}`,
      () => `SPH ${q(-28, 16)} CYL ${q(-12, -1)} AX ${axis}`,
      () => `${q(-28, -1)} DS`,
      () => `ADD ${q(3, 12)}`,
    ])()
  },
  "frame-sku": (r) => r.pick([() => `FR-${r.digits(5)}-${r.pick(["BK", "TO", "GD", "SV", "BL"])}`, () => `${up(r, 2)}${r.int(1000, 9999)} C${r.int(1, 9)}`, () => safe(r, (x) => `${x.int(1000, 9999)}-${x.digits(5)}-${x.int(48, 56)}`)])(),
  "contact-plan": (r) => r.pick([() => `CLP-${r.digits(6)}`, () => `CL/${r.int(24, 26)}/${r.digits(5)}`, () => safe(r, (x) => `${x.int(10, 99)} ${x.digits(3)} ${x.digits(3)} ${x.digits(3)}`)])(),
  "repair-ticket": (r) => r.pick([() => `RPR/26/${r.digits(4)}`, () => `REP${r.digits(6)}`, () => `R-${r.digits(5)}`])(),
  // recruitment and temp staffing
  "candidate-id": (r) => r.pick([() => `CAND-${r.digits(6)}`, () => `C${r.int(1000000, 9999999)}`, () => safe(r, (x) => `${x.int(100, 999)}-${x.digits(4)}-${x.digits(4)}`)])(),
  "timesheet-id": (r) => r.pick([() => `TS-2026-W${String(r.int(1, 52)).padStart(2, "0")}-${r.digits(4)}`, () => `TS${r.digits(8)}`, () => `WK${r.int(10, 52)}/${r.digits(5)}`])(),
  "payroll-ref": (r) => safe(r, (x) => x.pick([() => `${x.int(1, 9)}${x.digits(3)} ${x.digits(3)} ${x.digits(4)}`, () => `${x.digits(3)}-${x.digits(3)}-${x.digits(4)}-${x.digits(1)}`, () => `${x.int(10, 99)} ${x.digits(4)} ${x.digits(5)}`])()),
  "tax-ref": (r) => safe(r, (x) => x.pick([() => `${x.int(100, 999)} ${x.digits(3)} ${x.digits(3)} ${x.digits(2)}`, () => `${x.int(10, 99)}/${x.digits(7)}/${x.digits(2)}`, () => `${x.int(1000, 9999)} ${x.digits(4)} ${x.digits(3)}`])()),
  // funeral director and bereavement line
  "funeral-plan": (r) => r.pick([() => `FP-${r.int(18, 26)}-${r.digits(6)}`, () => `PPF${r.digits(7)}`, () => safe(r, (x) => `${x.int(1000, 9999)}-${x.digits(4)}-${x.digits(3)}`)])(),
  "register-number": (r) => r.pick([() => `CR/${r.int(2019, 2026)}/${r.digits(4)}`, () => `BR ${r.int(10, 99)}/${r.digits(3)}`, () => safe(r, (x) => `${x.digits(5)}/${x.int(19, 26)}`)])(),
  plot: (r) => r.pick([() => `${"ABCDEFGHK"[r.int(0, 8)]}-${r.int(1, 48)}`, () => `${"ABCDEFGHK"[r.int(0, 8)]}${r.int(1, 12)}/${r.int(1, 140)}`, () => `${r.pick(["N", "S", "E", "W"])}${r.int(1, 9)}-${r.int(1, 60)}`])(),
  // caravan park and campsite
  pitch: (r) => r.pick([() => `${r.int(1, 240)}${r.pick(["A", "B", "C", ""])}`, () => `P-${r.digits(3)}`, () => `${"ABCDEF"[r.int(0, 5)]}${r.int(10, 99)}`])(),
  vin: (r) => r.pick(["SDC", "SE9", "WKD", "VF7", "ZFA", "WF0", "TMB", "VNE"]) + Array.from({ length: 14 }, () => VINCH[r.int(0, VINCH.length - 1)]).join(""),
  "meter-reading": (r, dec) => `${r.digits(5)}${dec}${r.int(0, 9)} kWh`,
  // everyday values
  duration: (r) => r.pick([() => `${r.int(5, 55)} min`, () => `${r.int(1, 3)}h ${r.int(5, 55)}m`, () => `${r.int(1, 3)} h ${r.int(10, 50)} min`, () => `0:${r.int(10, 59)}`])(),
  version: (r) => r.pick([() => `${r.int(1, 9)}.${r.int(0, 20)}.${r.int(0, 40)}`, () => `v${r.int(1, 9)}.${r.int(0, 20)}.${r.int(0, 40)}`])(),
  "phone-shaped-ref": (r) => safe(r, (x) => x.pick([() => `${x.int(1, 9)}${x.digits(2)} ${x.digits(3)} ${x.digits(3)} ${x.digits(2)}`, () => `${x.digits(4)} ${x.digits(4)} ${x.digits(3)}`, () => `${x.int(1, 9)}${x.digits(5)}-${x.digits(5)}`])()),
}

export function vehicleReg(r: Rng, cc: string): string {
  const n = (k: number) => r.digits(k)
  const A = (k: number) => up(r, k)
  const CY = "АВЕКМНОРСТХ"
  const cy = (k: number) => Array.from({ length: k }, () => CY[r.int(0, CY.length - 1)]).join("")
  const by: Record<string, () => string> = {
    IE: () => `${r.int(141, 252)}-${r.pick(["D", "C", "G", "KY", "WX", "L"])}-${r.int(1, 29999)}`, IN: () => `${r.pick(["KA", "MH", "DL", "TN"])} ${n(2)} ${A(2)} ${n(4)}`,
    NZ: () => `${A(3)}${n(3)}`, CA: () => `${A(4)} ${n(3)}`, PH: () => `${A(3)} ${n(4)}`, JM: () => `${n(4)} ${A(2)}`, GH: () => `${r.pick(["GR", "GT", "AS", "GE"])} ${n(4)}-${r.int(18, 25)}`,
    MT: () => `${A(3)} ${n(3)}`, NO: () => `${A(2)} ${n(5)}`, DK: () => `${A(2)} ${n(2)} ${n(3)}`, IS: () => `${A(2)} ${A(1)}${n(2)}`, SK: () => `${r.pick(["BA", "KE", "ZA", "NR"])}-${n(3)}${A(2)}`,
    SI: () => `${r.pick(["LJ", "MB", "KR", "CE"])} ${A(2)}-${n(3)}`, HU: () => `${A(3)}-${n(3)}`, LT: () => `${A(3)} ${n(3)}`, LV: () => `${A(2)}-${n(4)}`,
    BG: () => `${r.pick(["СА", "СВ", "РВ", "В"])} ${n(4)} ${cy(2)}`, UA: () => `${r.pick(["АА", "КА", "ВС", "АЕ"])} ${n(4)} ${cy(2)}`, RS: () => `${r.pick(["BG", "NS", "NI", "KG"])} ${n(3)}-${A(2)}`,
    PT: () => `${n(2)}-${A(2)}-${n(2)}`, ES: () => `${n(4)} ${up(r, 3).replace(/[AEIOU]/g, "K")}`, BE: () => `${r.int(1, 2)}-${A(3)}-${n(3)}`, LU: () => `${A(2)} ${n(4)}`,
    AR: () => `${A(2)} ${n(3)} ${A(2)}`, MX: () => `${A(3)}-${n(3)}-${A(1)}`,
  }
  return by[cc]!()
}
