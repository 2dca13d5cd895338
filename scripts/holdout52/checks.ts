// The generator's own checks (the test has its own validators, written apart): Luhn, IBAN check digits, and whether a
// string of digits could be read as a phone number anywhere in the corpus.
import { isIP } from "node:net"
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max"
import { ALL_CC } from "./locales.ts"

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
  for (let c = 0; c <= 9; c++) if (luhnOk(body + c)) return String(c)
  throw new Error("no Luhn digit")
}

function mod97(s: string): number {
  const expanded = [...s].map((c) => (/[A-Z]/.test(c) ? String(c.charCodeAt(0) - 55) : c)).join("")
  let r = 0
  for (const ch of expanded) r = (r * 10 + Number(ch)) % 97
  return r
}
/** An IBAN of country `cc` around a BBAN, with its right check digits. */
export function ibanOf(cc: string, bban: string): string {
  const check = 98 - mod97(bban + cc + "00")
  return cc + String(check).padStart(2, "0") + bban
}
export const ibanValid = (iban: string) => mod97(iban.slice(4) + iban.slice(0, 4)) === 1

/** Whether `v` (as written, or as its bare digits) is a valid phone number in any country of the corpus. */
export function phoneAnywhere(v: string, ccs: readonly CountryCode[] = ALL_CC): boolean {
  for (const form of [v, digitsOf(v)]) {
    for (const cc of ccs) {
      const p = parsePhoneNumberFromString(form, cc)
      if (p && p.isValid()) return true
    }
  }
  return false
}

/** A number of digits and separators that reads as no phone in these countries (all of the corpus unless told) and
 *  (twelve digits or more) fails Luhn. */
export function safeDigits(v: string, ccs: readonly CountryCode[] = ALL_CC): boolean {
  const d = digitsOf(v)
  if (d.length >= 6 && /^[\d\s().\/-]+$/.test(v) && phoneAnywhere(v, ccs)) return false
  if (d.length >= 12 && luhnOk(d)) return false
  return true
}

export const isIpAddress = (v: string) => isIP(v) !== 0
