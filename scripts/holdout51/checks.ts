// Check digits the generator needs: Luhn (cards), ISO 13616 mod 97 (IBANs), and the phone test every business
// number and account must fail (valid nowhere in the corpus's countries, as written and as bare digits).
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max"

export const COUNTRIES: CountryCode[] = ["US", "GB", "IE", "AU", "CA", "IN", "ZA", "DE", "FR", "ES", "IT", "NL", "PT", "PL", "SE"]

export function luhnOk(d: string): boolean {
  let sum = 0
  for (let i = 0; i < d.length; i++) {
    let x = Number(d[d.length - 1 - i])
    if (i % 2 === 1) x = x * 2 > 9 ? x * 2 - 9 : x * 2
    sum += x
  }
  return sum % 10 === 0
}

/** The digit that makes `body + digit` pass Luhn. */
export function luhnDigit(body: string): string {
  for (let c = 0; c <= 9; c++) if (luhnOk(body + c)) return String(c)
  throw new Error("unreachable")
}

export function mod97(iban: string): number {
  const moved = iban.slice(4) + iban.slice(0, 4)
  let rem = 0
  for (const ch of moved) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch
    for (const d of v) rem = (rem * 10 + Number(d)) % 97
  }
  return rem
}

/** Check digits for a country and BBAN: 98 - mod97(country + "00" + bban). */
export function ibanCheck(cc: string, bban: string): string {
  return String(98 - mod97(cc + "00" + bban)).padStart(2, "0")
}

/** True when the string (or its digits alone) is a valid phone number in any country of the corpus. */
export function phoneSomewhere(v: string): boolean {
  const digits = v.replace(/\D/g, "")
  return COUNTRIES.some((cc) => [v, digits].some((x) => {
    const p = parsePhoneNumberFromString(x, cc)
    return !!p && p.isValid()
  }))
}

/** A number that can be mistaken for nothing: no valid phone anywhere, and (12 digits or more) no Luhn pass. */
export function inert(v: string): boolean {
  const d = v.replace(/\D/g, "")
  if (d.length >= 6 && /^[\d\s().\/-]+$/.test(v) && phoneSomewhere(v)) return false
  if (d.length >= 12 && /^[\d -]+$/.test(v) && luhnOk(d)) return false
  return true
}
