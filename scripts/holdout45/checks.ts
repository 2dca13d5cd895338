// The generator's own arithmetic: Luhn, mod 97, and whether a string of digits would pass as a phone anywhere in the
// corpus (a business number must not).
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max"

export const COUNTRIES: CountryCode[] = ["GB", "AU", "ZA", "NG", "KE", "SG", "HK", "US", "SE", "FI", "EE", "PL", "CZ", "RO", "HR", "GR", "TR", "IT", "BR", "FR", "CA", "AT"]

export function luhnSum(d: string): number {
  let sum = 0
  for (let i = 0; i < d.length; i++) {
    const x = Number(d[d.length - 1 - i]) * (i % 2 ? 2 : 1)
    sum += x > 9 ? x - 9 : x
  }
  return sum % 10
}
export const luhnOk = (d: string) => luhnSum(d) === 0
/** The digit that makes `body` + digit pass Luhn. */
export const luhnDigit = (body: string) => String((10 - luhnSum(body + "0")) % 10)

export function mod97(s: string): number {
  let rem = 0
  for (const ch of s.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55))) rem = (rem * 10 + Number(ch)) % 97
  return rem
}

export const digitsOf = (v: string) => v.replace(/\D/g, "")

/** True when the text, or its digits alone, parse as a valid number of any corpus country. */
export function phoneAnywhere(v: string): boolean {
  return COUNTRIES.some((cc) => [v, digitsOf(v)].some((x) => parsePhoneNumberFromString(x, cc)?.isValid() ?? false))
}

/** A business number must not be a phone anywhere here, nor (12 digits or more) pass Luhn. */
export function safeNumber(v: string): boolean {
  if (!/^[\d\s().\/-]+$/.test(v)) return true
  const d = digitsOf(v)
  if (d.length >= 6 && phoneAnywhere(v)) return false
  return !(d.length >= 12 && /^[\d -]+$/.test(v) && luhnOk(d))
}
