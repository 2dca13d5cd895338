// Validators for holdout43's labels, written apart from its generator: each reads only a label's final text and the
// text's locale, never how the generator drew it.
import { isIP } from "node:net"
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max"

export const LOCALE_COUNTRY: Record<string, CountryCode> = {
  "en-GB-SCT": "GB", "en-GB-WLS": "GB", "en-AU": "AU", "en-ZA": "ZA", "en-KE": "KE", "en-NG": "NG", "en-SG": "SG", "en-HK": "HK", "en-US-TX": "US", "en-US-LA": "US",
  "sv-SE": "SE", "fi-FI": "FI", "et-EE": "EE", "pl-PL": "PL", "cs-CZ": "CZ", "ro-RO": "RO", "hr-HR": "HR", "el-GR": "GR", "ru-RU": "RU", "tr-TR": "TR",
  "nl-BE": "BE", "de-CH": "CH", "de-AT": "AT", "it-IT": "IT", "gl-ES": "ES", "es-CL": "CL", "es-CO": "CO", "pt-BR": "BR", "fr-FR": "FR", "fr-CA": "CA",
}
export const ALL_COUNTRIES = [...new Set(Object.values(LOCALE_COUNTRY))]
const IBAN_LENGTH: Record<string, number> = { GB: 22, SE: 24, PL: 28, RO: 24, GR: 27, TR: 26, BE: 16, CH: 21, AT: 20, ES: 24, FR: 27 }

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
  if (/^4/.test(d) && (d.length === 16 || d.length === 13)) return "visa"
  if ((/^5[1-5]/.test(d) || (+d.slice(0, 4) >= 2221 && +d.slice(0, 4) <= 2720)) && d.length === 16) return "mastercard"
  if (/^3[47]/.test(d) && d.length === 15) return "amex"
  if (/^6011/.test(d) && d.length === 16) return "discover"
}
export const isCard = (v: string) => /^[\d -]+$/.test(v) && !!issuer(digitsOf(v)) && luhn(digitsOf(v))

export const ibanShape = (v: string) => /^[A-Z]{2}\d{2}[A-Z0-9 ]+$/.test(v) && IBAN_LENGTH[v.slice(0, 2)] === v.replace(/ /g, "").length
export function ibanRemainder(v: string): number {
  const s = v.replace(/ /g, "")
  let rem = 0
  for (const ch of (s.slice(4) + s.slice(0, 4)).replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55))) rem = (rem * 10 + Number(ch)) % 97
  return rem
}
export const isIban = (v: string) => ibanShape(v) && ibanRemainder(v) === 1

export function isSsn(v: string): boolean {
  const m = /^(\d{3})-(\d{2})-(\d{4})$/.exec(v)
  return !!m && m[1] !== "000" && m[1] !== "666" && +m[1]! < 900 && m[2] !== "00" && m[3] !== "0000"
}
export function isNino(v: string): boolean {
  const s = v.replace(/ /g, "")
  if (!/^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/.test(s)) return false
  return !["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"].includes(s.slice(0, 2))
}
export const isIpAddr = (v: string) => isIP(v) !== 0
export const isEmail = (v: string) => /^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(v)

export const phoneValidIn = (v: string, ccs: readonly CountryCode[]) => ccs.some((cc) => {
  const p = parsePhoneNumberFromString(v.replace(/\s+/g, " "), cc)
  return !!p && p.isValid() && (v.startsWith("+") || v.startsWith("00") || p.country === cc)
})

const SAID: Record<string, string> = { oh: "0", zero: "0", one: "1", two: "2", three: "3", four: "4", five: "5", six: "6", seven: "7", eight: "8", nine: "9" }
/** A voicemail's number read back: said digits, "double", pauses and commas. */
export function unspoken(v: string): string {
  const words = v.toLowerCase().replace(/\.\.\.|,/g, " ").split(/\s+/).filter(Boolean)
  let out = ""
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!
    if (w === "double" && SAID[words[i + 1] ?? ""]) out += SAID[words[++i]!]!.repeat(2)
    else out += SAID[w] ?? w
  }
  return out
}

const DATES = new Map<string, Set<string>>()
/** A real 2026 date in one of its locale's written forms (Intl short, medium, long), ISO or dd.mm.yyyy. */
export function realDate(v: string, intl: string): boolean {
  if (!DATES.has(intl)) {
    const set = new Set<string>()
    for (let day = 0; day < 365; day++) {
      const d = new Date(Date.UTC(2026, 0, 1 + day))
      for (const dateStyle of ["short", "medium", "long"] as const) set.add(new Intl.DateTimeFormat(intl, { dateStyle, timeZone: "UTC" }).format(d))
      set.add(d.toISOString().slice(0, 10))
      set.add(`${String(d.getUTCDate()).padStart(2, "0")}.${String(d.getUTCMonth() + 1).padStart(2, "0")}.2026`)
    }
    DATES.set(intl, set)
  }
  return DATES.get(intl)!.has(v)
}
export const INTL: Record<string, string> = Object.fromEntries(Object.keys(LOCALE_COUNTRY).map((t) => [t, t.replace(/-(SCT|WLS|TX|LA)$/, "")]))
