// Validators for holdout47's labels, written apart from its generator: each reads only a label's final text and the
// text's locale, never how the generator drew it.
import { isIP } from "node:net"
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max"

export const LOCALE_COUNTRY: Record<string, CountryCode> = {
  "en-GB": "GB", "en-AU": "AU", "en-ZA": "ZA", "en-SG": "SG", "en-US": "US", "en-GH": "GH", "sv-SE": "SE", "fi-FI": "FI", "et-EE": "EE", "pl-PL": "PL",
  "cs-CZ": "CZ", "ro-RO": "RO", "hr-HR": "HR", "el-GR": "GR", "tr-TR": "TR", "it-IT": "IT", "pt-BR": "BR", "pt-PT": "PT", "fr-FR": "FR", "de-DE": "DE",
  "de-AT": "AT", "es-ES": "ES", "es-CL": "CL", "is-IS": "IS",
}
export const ALL_COUNTRIES = [...new Set(Object.values(LOCALE_COUNTRY))]
/** IBAN lengths of the countries here whose people pay by IBAN (Australia, South Africa, Singapore, the US, Ghana, Brazil and Chile do not). */
export const IBAN_LENGTH: Record<string, number> = {
  GB: 22, SE: 24, FI: 18, EE: 20, PL: 28, CZ: 24, RO: 24, HR: 21, GR: 27, TR: 26, IT: 27, PT: 25, FR: 27, DE: 22, AT: 20, ES: 24, IS: 26,
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
  en: "zero one two three four five six seven eight nine", sv: "noll ett två tre fyra fem sex sju åtta nio",
  fi: "nolla yksi kaksi kolme neljä viisi kuusi seitsemän kahdeksan yhdeksän", et: "null üks kaks kolm neli viis kuus seitse kaheksa üheksa",
  pl: "zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć", cs: "nula jedna dva tři čtyři pět šest sedm osm devět",
  ro: "zero unu doi trei patru cinci șase șapte opt nouă", hr: "nula jedan dva tri četiri pet šest sedam osam devet",
  el: "μηδέν ένα δύο τρία τέσσερα πέντε έξι επτά οκτώ εννέα", tr: "sıfır bir iki üç dört beş altı yedi sekiz dokuz",
  it: "zero uno due tre quattro cinque sei sette otto nove", pt: "zero um dois três quatro cinco seis sete oito nove",
  fr: "zéro un deux trois quatre cinq six sept huit neuf", de: "null eins zwei drei vier fünf sechs sieben acht neun",
  es: "cero uno dos tres cuatro cinco seis siete ocho nueve", is: "núll einn tveir þrír fjórir fimm sex sjö átta níu",
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
