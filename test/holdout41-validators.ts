// Validators for the holdout41 corpus, written apart from its generator: they read only the final text
// of a label and the text's locale, and know nothing of how it was made.
import { isIP } from "node:net"
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max"

export const digitsOf = (v: string) => v.replace(/\D/g, "")

export function luhn(d: string): boolean {
  if (!/^\d+$/.test(d)) return false
  let sum = 0
  for (let i = 0; i < d.length; i++) {
    let n = Number(d[d.length - 1 - i])
    if (i % 2 === 1) n = n * 2 > 9 ? n * 2 - 9 : n * 2
    sum += n
  }
  return sum % 10 === 0
}

/** Visa, Mastercard (51-55, 2221-2720), Amex, Discover: prefix and length. */
export function issuer(d: string): boolean {
  const p4 = Number(d.slice(0, 4))
  if (d.startsWith("4")) return [13, 16, 19].includes(d.length)
  if (/^5[1-5]/.test(d) || (p4 >= 2221 && p4 <= 2720)) return d.length === 16
  if (/^3[47]/.test(d)) return d.length === 15
  if (/^(6011|65)/.test(d)) return d.length >= 16 && d.length <= 19
  return false
}

export const isCard = (v: string) => /^\d[\d -]*\d$/.test(v) && !/[ -]{2}/.test(v) && luhn(digitsOf(v)) && issuer(digitsOf(v))

export const IBAN_LEN: Record<string, number> = {
  GB: 22, SE: 24, FI: 18, EE: 20, PL: 28, CZ: 24, RO: 24, HR: 21, GR: 27, TR: 26, BE: 16, CH: 21, AT: 20, IT: 27, ES: 24, BR: 29,
}

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

/** Belgium's and Spain's check digits inside the BBAN; other countries have none checked here. */
export function nationalOk(v: string): boolean {
  const b = v.replace(/ /g, "").slice(4)
  if (v.startsWith("BE")) return (Number(BigInt(b.slice(0, 10)) % 97n) || 97) === Number(b.slice(10))
  if (v.startsWith("ES")) {
    const w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    const dc = (s: string) => { const x = 11 - (w.reduce((t, k, i) => t + k * Number(s[i]), 0) % 11); return x === 11 ? 0 : x === 10 ? 1 : x }
    return dc(`00${b.slice(0, 8)}`) === Number(b[8]) && dc(b.slice(10)) === Number(b[9])
  }
  return true
}

export function isSsn(v: string): boolean {
  const m = /^(\d{3})-(\d{2})-(\d{4})$/.exec(v)
  if (!m) return false
  const area = Number(m[1])
  return area > 0 && area !== 666 && area < 900 && m[2] !== "00" && m[3] !== "0000"
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
  "en-GB-SCT": "GB", "en-GB-WLS": "GB", "en-AU": "AU", "en-ZA": "ZA", "en-KE": "KE", "en-NG": "NG", "en-SG": "SG", "en-US-TX": "US",
  "sv-SE": "SE", "fi-FI": "FI", "et-EE": "EE", "pl-PL": "PL", "cs-CZ": "CZ", "ru-RU": "RU", "ro-RO": "RO", "hr-HR": "HR", "el-GR": "GR", "tr-TR": "TR",
  "it-IT": "IT", "gl-ES": "ES", "nl-BE": "BE", "de-CH": "CH", "de-AT": "AT", "es-CL": "CL", "es-CO": "CO", "pt-BR": "BR",
}
export const ALL_COUNTRIES = [...new Set(Object.values(LOCALE_COUNTRY))]

export const phoneValidIn = (v: string, regions: readonly CountryCode[]) => regions.some((r) => parsePhoneNumberFromString(v.replace(/\s+/g, " "), r)?.isValid() === true)

const SAID: Record<string, string> = { oh: "0", zero: "0", one: "1", two: "2", three: "3", four: "4", five: "5", six: "6", seven: "7", eight: "8", nine: "9", plus: "+" }

/** A number left on a voicemail, back to digits: said digits, "double", "plus", and the pauses between groups dropped. */
export function unspoken(v: string): string {
  const words = v.toLowerCase().split(/[\s,.…-]+/).filter(Boolean)
  let out = ""
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!
    if (w === "double") { out += SAID[words[++i]!]!.repeat(2); continue }
    out += SAID[w] ?? w
  }
  return out
}

/** A real date of 2025 or 2026: day 1-28, month 1-12 or a month's name, in any order the locales write them. */
export function realDate(v: string): boolean {
  const toks = v.split(/[\s./,-]+/).filter((t) => t && t !== "de")
  if (toks.length !== 3) return false
  const nums = toks.filter((t) => /^\d+$/.test(t)).map(Number)
  const words = toks.filter((t) => !/^\d+$/.test(t))
  if (words.some((w) => !/^\p{L}{3,}$/u.test(w))) return false
  const year = (y: number) => y === 2025 || y === 2026
  const day = (d: number) => d >= 1 && d <= 28
  if (words.length === 1) { const [a, b] = nums as [number, number]; return (day(a) && year(b)) || (year(a) && day(b)) }
  if (words.length > 1) return false
  const [a, b, c] = nums as [number, number, number]
  if (year(a)) return b >= 1 && b <= 12 && day(c)
  return year(c) && ((day(a) && b >= 1 && b <= 12) || (day(b) && a >= 1 && a <= 12))
}
