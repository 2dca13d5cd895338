// Validators for the holdout39 corpus, written apart from its generator: they read only the
// final text of a label and the text's locale, and know nothing of how it was made.
import { isIP } from "node:net"
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max"

export const digitsOf = (v: string) => v.replace(/\D/g, "")

export function luhn(d: string): boolean {
  if (!/^\d+$/.test(d)) return false
  const sum = [...d].reverse().reduce((s, c, i) => { const n = Number(c) * (i % 2 ? 2 : 1); return s + (n > 9 ? n - 9 : n) }, 0)
  return sum % 10 === 0
}

/** Visa, Mastercard (51-55, 2221-2720), Amex, Discover, JCB: prefix and length. */
export function issuer(d: string): boolean {
  const p4 = Number(d.slice(0, 4))
  if (d.startsWith("4")) return [13, 16, 19].includes(d.length)
  if (/^5[1-5]/.test(d) || (p4 >= 2221 && p4 <= 2720)) return d.length === 16
  if (/^3[47]/.test(d)) return d.length === 15
  if (/^(6011|65)/.test(d) || (p4 >= 3528 && p4 <= 3589)) return d.length >= 16 && d.length <= 19
  return false
}

export const isCard = (v: string) => /^\d[\d -]*\d$/.test(v) && !/[ -]{2}/.test(v) && luhn(digitsOf(v)) && issuer(digitsOf(v))

export const IBAN_LEN: Record<string, number> = { GB: 22, BE: 16, SE: 24, FI: 18, EE: 20, PL: 28, CZ: 24, RO: 24, HR: 21, GR: 27, TR: 26, CH: 21, AT: 20, BR: 29 }

export function ibanShape(v: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9 ]+$/.test(v)) return false
  if (v.includes(" ") && !/^([A-Z0-9]{4} )+[A-Z0-9]{1,4}$/.test(v)) return false
  return IBAN_LEN[v.slice(0, 2)] === v.replace(/ /g, "").length
}

export function ibanRemainder(v: string): number {
  const c = v.replace(/ /g, "")
  const moved = (c.slice(4) + c.slice(0, 4)).replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55))
  return Number(BigInt(moved) % 97n)
}

export const isIban = (v: string) => ibanShape(v) && ibanRemainder(v) === 1

/** Belgium's national check: the first ten digits of the BBAN mod 97 (97 for 0) are its last two. */
export function belgianOk(v: string): boolean {
  const b = v.replace(/ /g, "").slice(4)
  return (Number(BigInt(b.slice(0, 10)) % 97n) || 97) === Number(b.slice(10))
}

export function isSsn(v: string): boolean {
  const m = /^(\d{3})([- ])(\d{2})\2(\d{4})$/.exec(v)
  if (!m) return false
  const area = Number(m[1])
  return area > 0 && area !== 666 && area < 900 && m[3] !== "00" && m[4] !== "0000"
}

export function isNino(v: string): boolean {
  const m = /^([A-Z])([A-Z]) ?(\d\d) ?(\d\d) ?(\d\d) ?([A-D])$/.exec(v)
  if (!m) return false
  if ("DFIQUV".includes(m[1]!) || "DFIOQUV".includes(m[2]!)) return false
  return !["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"].includes(m[1]! + m[2]!)
}

export const isIpAddr = (v: string) => isIP(v) !== 0
export const isEmail = (v: string) => /^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/i.test(v)

export const LOCALE_COUNTRY: Record<string, CountryCode> = {
  "en-GB-x-sct": "GB", "en-GB-x-wls": "GB", "en-ZA": "ZA", "en-AU": "AU", "en-NG": "NG", "en-KE": "KE", "en-SG": "SG", "en-US-x-south": "US",
  "nl-BE": "BE", "sv-SE": "SE", "fi-FI": "FI", "et-EE": "EE", "pl-PL": "PL", "cs-CZ": "CZ", "ro-RO": "RO", "hr-HR": "HR", "el-GR": "GR",
  "tr-TR": "TR", "it-CH": "CH", "de-AT": "AT", "pt-BR": "BR", "es-CL": "CL", "es-CO": "CO",
}
export const ALL_COUNTRIES = [...new Set(Object.values(LOCALE_COUNTRY))]

export const phoneValidIn = (v: string, regions: readonly CountryCode[]) => regions.some((r) => parsePhoneNumberFromString(v, r)?.isValid() === true)

const SPOKEN: Record<string, string> = { oh: "0", zero: "0", one: "1", two: "2", three: "3", four: "4", five: "5", six: "6", seven: "7", eight: "8", nine: "9" }

/** A transcribed number back to digits: "oh seven double four, 123" is 0744123; groups a caller paused between are joined. */
export function unspoken(v: string): string {
  const words = v.toLowerCase().split(/[\s,.-]+/).filter(Boolean)
  let out = ""
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!
    const times = w === "double" ? 2 : w === "triple" ? 3 : 0
    if (times) { out += SPOKEN[words[++i]!]!.repeat(times); continue }
    out += SPOKEN[w] ?? w
  }
  return out
}
