// The generator's own checks on what it draws (the test has its own, written apart).
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max"

/** The default regions a recognizer may try, besides the corpus's own countries. */
export const DEFAULT_REGIONS = "US GB IE DE AT CH FR BE ES NL IT PT LU DK SE NO FI IS PL CZ SK HU SI HR RO BG GR CY MT EE LV LT LI".split(" ") as CountryCode[]
export const CORPUS_COUNTRIES = "US GB NZ SG NG MT CH CA MX BE NO FI HU RO SK HR GR".split(" ") as CountryCode[]
export const EVERY_REGION = [...new Set([...CORPUS_COUNTRIES, ...DEFAULT_REGIONS])]

export function luhnOk(d: string): boolean {
  let sum = 0
  for (let i = 0; i < d.length; i++) {
    const x = Number(d[d.length - 1 - i]) * (i % 2 === 1 ? 2 : 1)
    sum += x > 9 ? x - 9 : x
  }
  return sum % 10 === 0
}
/** The digit that makes a number pass Luhn when appended. */
export function luhnDigit(body: string): string {
  for (let c = 0; c < 10; c++) if (luhnOk(body + c)) return String(c)
  return "0"
}

export const phoneAnywhere = (v: string, ccs: readonly CountryCode[] = EVERY_REGION) =>
  ccs.some((cc) => {
    const p = parsePhoneNumberFromString(v, cc)
    return !!p && p.isValid()
  })

/** A digits-only lookalike is usable when no region calls it (as written or bare) a phone and, from 12 digits, it fails Luhn. */
export function safeDigits(written: string, ccs: readonly CountryCode[] = EVERY_REGION): boolean {
  const d = written.replace(/\D/g, "")
  if (phoneAnywhere(written, ccs) || phoneAnywhere(d, ccs)) return false
  return d.length < 12 || !luhnOk(d)
}

export function mod97(s: string): number {
  const x = [...(s.slice(4) + s.slice(0, 4))].map((c) => (c >= "A" && c <= "Z" ? String(c.charCodeAt(0) - 55) : c)).join("")
  return Number(BigInt(x) % 97n)
}
/** The two IBAN check digits for a country and BBAN. */
export function ibanCheck(cc: string, bban: string): string {
  const r = mod97(cc + "00" + bban)
  return String(98 - r).padStart(2, "0")
}
