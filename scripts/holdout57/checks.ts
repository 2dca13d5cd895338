// The generator's own checks: Luhn, mod 97 and the national check digits it computes, and "no phone in any region".
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max"

export function luhnSum(d: string): number {
  let sum = 0
  for (let i = 0; i < d.length; i++) {
    let x = Number(d[d.length - 1 - i])
    if (i % 2 === 1) x = x * 2 > 9 ? x * 2 - 9 : x * 2
    sum += x
  }
  return sum % 10
}
export const luhnOk = (d: string) => /^\d+$/.test(d) && luhnSum(d) === 0
/** The digit that makes `d + digit` pass Luhn. */
export const luhnDigit = (d: string) => String((10 - luhnSum(d + "0")) % 10)

/** The ISO 13616 remainder of an IBAN (1 when valid). */
export function ibanMod(iban: string): number {
  const s = iban.replace(/\s+/g, "").toUpperCase()
  let r = 0
  for (const c of s.slice(4) + s.slice(0, 4)) {
    const v = c >= "A" && c <= "Z" ? String(c.charCodeAt(0) - 55) : c
    for (const ch of v) r = (r * 10 + Number(ch)) % 97
  }
  return r
}
/** The IBAN for a country and BBAN, with its two check digits. */
export function ibanOf(cc: string, bban: string): string {
  const r = ibanMod(`${cc}00${bban}`)
  return `${cc}${String(98 - r).padStart(2, "0")}${bban}`
}
/** Digits mod 97 as a number. */
const mod97 = (digits: string) => digits.split("").reduce((a, c) => (a * 10 + Number(c)) % 97, 0)
/** ISO 7064 mod 97-10 check digits for a digit string (the Serbian, Montenegrin, Bosnian and Macedonian BBAN). */
export const mod9710 = (digits: string) => String(98 - mod97(digits + "00")).padStart(2, "0")
/** The Norwegian account's mod-11 digit (weights 5 4 3 2 7 6 5 4 3 2), or undefined when it would be 10. */
export function noMod11(d10: string): string | undefined {
  const w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
  const s = [...d10].reduce((a, c, i) => a + Number(c) * w[i]!, 0)
  const k = (11 - (s % 11)) % 11
  return k === 10 ? undefined : String(k)
}
/** The two Spanish control digits: over "00" + bank + branch, then over the ten-digit account. */
export function esDc(bank: string, branch: string, account: string): string {
  const w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
  const one = (ds: string) => {
    const k = 11 - ([...ds].reduce((a, c, i) => a + Number(c) * w[i]!, 0) % 11)
    return k === 11 ? 0 : k === 10 ? 1 : k
  }
  return `${one("00" + bank + branch)}${one(account)}`
}
/** The French and Monegasque RIB key over digit-only bank, branch and account. */
export function ribKey(bank: string, branch: string, account: string): string {
  const r = (89 * Number(bank) + 15 * Number(branch) + 3 * Number(BigInt(account) % 97n)) % 97
  return String(97 - r).padStart(2, "0")
}

/** Valid in that very country, as libphonenumber reads it with that country as default. */
export function validIn(v: string, cc: CountryCode): boolean {
  const p = parsePhoneNumberFromString(v, cc)
  return !!p && p.isValid() && p.country === cc
}
/** Valid in none of these regions, as written and as its bare digits. */
export function phoneNowhere(v: string, regions: readonly CountryCode[]): boolean {
  const bare = v.replace(/\D/g, "")
  return regions.every((cc) => !parsePhoneNumberFromString(v, cc)?.isValid() && !parsePhoneNumberFromString(bare, cc)?.isValid())
}
