// Validators for holdout48's labels, written apart from its generator: each reads only a label's final text and the
// text's locale, never how the generator drew it.
import { isIP } from "node:net"
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max"

export const LOCALE_COUNTRY: Record<string, CountryCode> = {
  "en-IE": "IE", "en-IN": "IN", "en-CA": "CA", "en-GB": "GB", "en-US": "US", "en-MT": "MT", "nl-NL": "NL", "nl-BE": "BE", "da-DK": "DK", "nb-NO": "NO",
  "hu-HU": "HU", "sk-SK": "SK", "sl-SI": "SI", "lt-LT": "LT", "lv-LV": "LV", "bg-BG": "BG", "uk-UA": "UA", "fr-CA": "CA", "fr-BE": "BE", "fr-CH": "CH",
  "fr-LU": "LU", "de-CH": "CH", "es-MX": "MX", "es-AR": "AR",
}
export const ALL_COUNTRIES = [...new Set(Object.values(LOCALE_COUNTRY))]
/** IBAN lengths of the countries here whose people pay by IBAN (India, Canada, the US, Mexico and Argentina do not). */
export const IBAN_LENGTH: Record<string, number> = {
  IE: 22, GB: 22, MT: 31, NL: 18, BE: 16, DK: 18, NO: 15, HU: 28, SK: 24, SI: 19, LT: 20, LV: 21, BG: 22, UA: 29, CH: 21, LU: 20,
}

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
export const isCard = (v: string) => /^\d[\d -]+\d$/.test(v) && !!issuer(digitsOf(v)) && luhn(digitsOf(v))

export const ibanShape = (v: string) => /^[A-Z]{2}\d{2}[A-Z0-9 ]+$/.test(v) && IBAN_LENGTH[v.slice(0, 2)] === v.replace(/ /g, "").length
export function ibanRemainder(v: string): number {
  const s = v.replace(/ /g, "")
  let rem = 0
  for (const ch of (s.slice(4) + s.slice(0, 4)).replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55))) rem = (rem * 10 + Number(ch)) % 97
  return rem
}
/** An IBAN, in capitals or (as typed in a chat) lower case. */
export const isIban = (v: string) => ibanShape(v.toUpperCase()) && ibanRemainder(v.toUpperCase()) === 1
/** Belgium's and Norway's national check digits inside the IBAN; other countries' are not checked here. */
export function nationalCheck(v: string): boolean {
  const s = v.replace(/ /g, "").toUpperCase()
  const b = s.slice(4)
  if (s.startsWith("BE")) return (Number(BigInt(b.slice(0, 10)) % 97n) || 97) === Number(b.slice(10))
  if (s.startsWith("NO")) {
    const w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    const k = 11 - (w.reduce((acc, x, i) => acc + x * Number(b[i]), 0) % 11)
    return (k === 11 ? 0 : k) === Number(b[10])
  }
  return true
}

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

// Digits as each language says them, 0 to 9.
const SAID: Record<string, string> = {
  en: "zero one two three four five six seven eight nine", nl: "nul een twee drie vier vijf zes zeven acht negen",
  da: "nul en to tre fire fem seks syv otte ni", nb: "null en to tre fire fem seks sju åtte ni",
  hu: "nulla egy kettő három négy öt hat hét nyolc kilenc", sk: "nula jedna dva tri štyri päť šesť sedem osem deväť",
  sl: "nič ena dve tri štiri pet šest sedem osem devet", lt: "nulis vienas du trys keturi penki šeši septyni aštuoni devyni",
  lv: "nulle viens divi trīs četri pieci seši septiņi astoņi deviņi", bg: "нула едно две три четири пет шест седем осем девет",
  uk: "нуль один два три чотири п'ять шість сім вісім дев'ять", fr: "zéro un deux trois quatre cinq six sept huit neuf",
  de: "null eins zwei drei vier fünf sechs sieben acht neun", es: "cero uno dos tres cuatro cinco seis siete ocho nueve",
}
/** A voicemail's or a transcript's number read back: said digits ("oh" and "double" in English), pauses and commas. */
export function unspoken(v: string, lang: string): string {
  const table = SAID[lang.slice(0, 2)]!.split(" ")
  const digit = (w: string) => (lang.startsWith("en") && w === "oh" ? "0" : table.includes(w) ? String(table.indexOf(w)) : undefined)
  const words = v.toLocaleLowerCase(lang).replace(/\.\.\.|,/g, " ").split(/\s+/).filter(Boolean)
  let out = ""
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!
    if (w === "double" && digit(words[i + 1] ?? "")) out += digit(words[++i]!)!.repeat(2)
    else out += digit(w) ?? w
  }
  return out
}

const DATES = new Map<string, Set<string>>()
/** A real 2026 date in one of its locale's written forms (Intl short, medium, long) or ISO. */
export function realDate(v: string, intl: string): boolean {
  if (!DATES.has(intl)) {
    const set = new Set<string>()
    for (let day = 0; day < 365; day++) {
      const d = new Date(Date.UTC(2026, 0, 1 + day))
      for (const dateStyle of ["short", "medium", "long"] as const) set.add(new Intl.DateTimeFormat(intl, { dateStyle, timeZone: "UTC" }).format(d))
      set.add(d.toISOString().slice(0, 10))
    }
    DATES.set(intl, set)
  }
  return DATES.get(intl)!.has(v)
}
