// The generator's own checks: Luhn, mod 97, and "no valid phone in any region" for the businesses' own numbers.
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max"

export const digitsOf = (v: string) => v.replace(/\D/g, "")

export function luhnOk(d: string): boolean {
  let sum = 0
  for (let i = 0; i < d.length; i++) {
    let x = Number(d[d.length - 1 - i])
    if (i % 2 === 1) x = x * 2 > 9 ? x * 2 - 9 : x * 2
    sum += x
  }
  return sum % 10 === 0
}
/** The digit that makes `body` + digit pass Luhn. */
export function luhnDigit(body: string): string {
  for (let c = 0; c < 10; c++) if (luhnOk(body + c)) return String(c)
  throw new Error("unreachable")
}

/** The remainder mod 97 of a string of digits and capital letters (letters as 10-35). */
export function mod97(s: string): number {
  let r = 0
  for (const ch of s) {
    const v = ch >= "A" && ch <= "Z" ? String(ch.charCodeAt(0) - 55) : ch
    for (const d of v) r = (r * 10 + Number(d)) % 97
  }
  return r
}
/** The two IBAN check digits for a country and BBAN. */
export function ibanCheck(cc: string, bban: string): string {
  return String(98 - mod97(bban + cc + "00")).padStart(2, "0")
}

/** The corpus's countries and the default regions a recognizer may try. */
export const CORPUS_REGIONS = "US GB GH KE JM HK BR CO AT BE NL DK CZ IT IS EE ES LV".split(" ") as CountryCode[]
export const DEFAULT_REGIONS = "US GB IE DE AT CH FR BE ES NL IT PT LU DK SE NO FI IS PL CZ SK HU SI HR RO BG GR CY MT EE LV LT LI".split(" ") as CountryCode[]
export const ALL_REGIONS = [...new Set([...CORPUS_REGIONS, ...DEFAULT_REGIONS])]

/** Valid as a phone in some region, as written or as bare digits. */
export function phoneSomewhere(v: string, regions: readonly CountryCode[] = ALL_REGIONS): boolean {
  for (const s of [v, digitsOf(v)]) for (const cc of regions) if (parsePhoneNumberFromString(s, cc)?.isValid()) return true
  return false
}
/** Valid as a phone of this country when written nationally. */
export function phoneIn(v: string, cc: CountryCode): boolean {
  for (const s of [v, digitsOf(v)]) {
    const p = parsePhoneNumberFromString(s, cc)
    if (p?.isValid() && p.country === cc) return true
  }
  return false
}
