// The generator's own checks: Luhn, mod 97 and "a valid phone in no region" (libphonenumber-js/max).
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max"

export function luhnOk(d: string): boolean {
  let sum = 0
  for (let i = d.length - 1, dbl = false; i >= 0; i--, dbl = !dbl) {
    let x = d.charCodeAt(i) - 48
    if (dbl) x = x < 5 ? x * 2 : x * 2 - 9
    sum += x
  }
  return sum % 10 === 0
}
/** The digit that makes the number pass Luhn. */
export function luhnDigit(body: string): string {
  for (let k = 0; k < 10; k++) if (luhnOk(body + k)) return String(k)
  throw new Error("unreachable")
}
/** A number as a string of digits and capitals, mod 97 (letters A=10 … Z=35). */
export function mod97(s: string): number {
  let r = 0
  for (const c of s.toUpperCase()) r = /[A-Z]/.test(c) ? (r * 100 + c.charCodeAt(0) - 55) % 97 : (r * 10 + Number(c)) % 97
  return r
}
/** Every country of the corpus and the default regions a recognizer may try. */
export const REGIONS = "US GB IE AU CA DE AT CH FR BE ES NL IT PT LU DK SE NO FI IS PL CZ SK HU SI HR RO BG GR CY MT EE LV LT LI".split(" ") as CountryCode[]
/** Valid as a phone in some region, as written or as bare digits. */
export function phoneSomewhere(v: string): boolean {
  const d = v.replace(/\D/g, "")
  return REGIONS.some((cc) => !!parsePhoneNumberFromString(v, cc)?.isValid() || !!parsePhoneNumberFromString(d, cc)?.isValid())
}
/** Valid as a phone in this one country. */
export const phoneIn = (v: string, cc: CountryCode) => !!parsePhoneNumberFromString(v, cc)?.isValid() || !!parsePhoneNumberFromString(v.replace(/\D/g, ""), cc)?.isValid()
