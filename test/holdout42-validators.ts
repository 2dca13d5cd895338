// Validators for holdout42's labels and lookalikes, written apart from its generator: each reads only a label's final
// text (and the text's locale), never how the generator made it.
import { isIP } from "node:net"
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max"

export const LOCALE_COUNTRY: Record<string, string> = {
  "en-IE": "IE", "en-GB-NIR": "GB", "en-CA": "CA", "en-IN": "IN", "en-PH": "PH", "en-GH": "GH", "en-JM": "JM", "en-NZ": "NZ", "en-MT": "MT", "en-US-MW": "US",
  "nb-NO": "NO", "da-DK": "DK", "is-IS": "IS", "lt-LT": "LT", "lv-LV": "LV", "sk-SK": "SK", "sl-SI": "SI", "hu-HU": "HU", "bg-BG": "BG", "uk-UA": "UA",
  "sr-Latn-RS": "RS", "pt-PT": "PT", "ca-ES": "ES", "eu-ES": "ES", "fr-BE": "BE", "de-LU": "LU", "es-MX": "MX", "es-AR": "AR", "nl-NL": "NL", "de-DE": "DE",
}
export const ALL_COUNTRIES = [...new Set(Object.values(LOCALE_COUNTRY))]

export const digitsOf = (v: string) => v.replace(/\D/g, "")

export function luhn(d: string): boolean {
  let sum = 0
  for (let i = 0; i < d.length; i++) {
    const x = Number(d[d.length - 1 - i]) * (i % 2 ? 2 : 1)
    sum += x > 9 ? x - 9 : x
  }
  return d.length > 0 && sum % 10 === 0
}

export function issuer(d: string): string | undefined {
  if (/^4/.test(d)) return "visa"
  if (/^5[1-5]/.test(d) || (Number(d.slice(0, 4)) >= 2221 && Number(d.slice(0, 4)) <= 2720)) return "mastercard"
  if (/^3[47]/.test(d)) return "amex"
  if (/^(6011|65|64[4-9])/.test(d)) return "discover"
  return undefined
}

export function isCard(v: string): boolean {
  if (!/^\d[\d -]*\d$/.test(v)) return false
  const d = digitsOf(v)
  const kind = issuer(d)
  if (!kind || !luhn(d)) return false
  return kind === "amex" ? d.length === 15 : d.length === 16
}

const IBAN_LENGTH: Record<string, number> = {
  IE: 22, GB: 22, MT: 31, NO: 15, DK: 18, IS: 26, LT: 20, LV: 21, SK: 24, SI: 19, HU: 28, BG: 22, UA: 29, RS: 22, PT: 25, ES: 24, BE: 16, LU: 20, NL: 18, DE: 22,
}
const compact = (v: string) => v.replace(/ /g, "")
export function ibanShape(v: string): boolean {
  const c = compact(v)
  return /^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(c) && IBAN_LENGTH[c.slice(0, 2)] === c.length && /^[A-Z]{2}\d{2}( ?[A-Z0-9]{1,4})+$/.test(v)
}
export function ibanRemainder(v: string): number {
  const c = compact(v)
  const moved = c.slice(4) + c.slice(0, 4)
  let rem = 0
  for (const ch of moved) {
    const n = ch >= "A" && ch <= "Z" ? ch.charCodeAt(0) - 55 : Number(ch)
    rem = (rem * (n > 9 ? 100 : 10) + n) % 97
  }
  return rem
}
export const isIban = (v: string) => ibanShape(v) && ibanRemainder(v) === 1

export function isSsn(v: string): boolean {
  const m = /^(\d{3})-(\d{2})-(\d{4})$/.exec(v)
  if (!m) return false
  const area = Number(m[1])
  return area > 0 && area !== 666 && area < 900 && m[2] !== "00" && m[3] !== "0000"
}

export function isNino(v: string): boolean {
  const c = compact(v)
  if (!/^[A-Z]{2}\d{6}[A-D]$/.test(c)) return false
  if (/[DFIQUV]/.test(c[0]!) || /[DFIOQUV]/.test(c[1]!)) return false
  return !["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"].includes(c.slice(0, 2))
}

export const isIpAddr = (v: string) => isIP(v) !== 0
export const isEmail = (v: string) => /^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(v)

export function phoneValidIn(v: string, countries: readonly string[]): boolean {
  return countries.some((cc) => parsePhoneNumberFromString(v.replace(/\n/g, " "), cc as CountryCode)?.isValid() ?? false)
}

const WORDS: Record<string, string> = { oh: "0", zero: "0", one: "1", two: "2", three: "3", four: "4", five: "5", six: "6", seven: "7", eight: "8", nine: "9" }
/** A voicemail's number read back to digits: said words, "double", pauses and commas dropped. */
export function unspoken(v: string): string {
  const out: string[] = []
  const toks = v.toLowerCase().split(/[\s,.…]+/).filter(Boolean)
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!
    if (t === "double" || t === "triple") {
      const d = WORDS[toks[i + 1] ?? ""] ?? toks[i + 1] ?? ""
      out.push(d.repeat(t === "double" ? 2 : 3))
      i++
    } else out.push(WORDS[t] ?? t)
  }
  return out.join("")
}

const MONTH_OR_DIGITS = /\d/
/** A date label: a real day and month of 2026 in a numeric form, or a form with the month as a word. */
export function realDate(v: string): boolean {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v)
  if (iso) return !Number.isNaN(Date.parse(v)) && Number(iso[3]) <= 31
  const num = /^(\d{1,4})[./-](\d{1,2})[./-](\d{1,4})$/.exec(v)
  if (num) {
    const [a, b, c] = [Number(num[1]), Number(num[2]), Number(num[3])]
    const dayMonth = (d: number, m: number) => d >= 1 && d <= 31 && m >= 1 && m <= 12
    const year = (y: number) => y === 26 || y === 2026
    return (year(c) && (dayMonth(a, b) || dayMonth(b, a))) || (year(a) && (dayMonth(c, b) || dayMonth(b, c)))
  }
  return MONTH_OR_DIGITS.test(v) && /(2026|\b26\b)/.test(v) && /\p{L}|\d{1,2}\. ?\d{1,2}\./u.test(v)
}
