// Validators for holdout49's labels, written apart from its generator: each reads only a label's final text and the
// text's locale, never how the generator drew it.
import { isIP } from "node:net"
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max"

export const LOCALE_COUNTRY: Record<string, CountryCode> = {
  "en-US": "US", "en-GB": "GB", "en-ZA": "ZA", "en-NZ": "NZ", "en-SG": "SG", "el-GR": "GR", "tr-TR": "TR", "ro-RO": "RO", "hr-HR": "HR",
  "sr-Latn-RS": "RS", "et-EE": "EE", "fi-FI": "FI", "is-IS": "IS", "pt-BR": "BR", "pt-PT": "PT", "es-CL": "CL", "es-CO": "CO", "de-AT": "AT",
  "de-DE": "DE", "it-IT": "IT", "pl-PL": "PL", "cs-CZ": "CZ", "sv-SE": "SE", "fr-FR": "FR",
}
export const ALL_COUNTRIES = [...new Set(Object.values(LOCALE_COUNTRY))]
/** Countries of the corpus where a refund goes to a domestic account, not an IBAN. */
export const NO_IBAN = ["US", "ZA", "NZ", "SG", "BR", "CL", "CO"]
/** IBAN lengths (ECBS registry) of the corpus's IBAN countries. */
export const IBAN_LENGTH: Record<string, number> = {
  GB: 22, GR: 27, TR: 26, RO: 24, HR: 21, RS: 22, EE: 20, FI: 18, IS: 26, PT: 25, AT: 20, DE: 22, IT: 27, PL: 28, CZ: 24, SE: 24, FR: 27,
}

export const digitsOf = (v: string) => v.replace(/\D/g, "")
export function luhn(d: string): boolean {
  let sum = 0
  let dbl = false
  for (let i = d.length - 1; i >= 0; i--) {
    let x = d.charCodeAt(i) - 48
    if (dbl) x = x * 2 > 9 ? x * 2 - 9 : x * 2
    sum += x
    dbl = !dbl
  }
  return d.length > 0 && sum % 10 === 0
}
export function issuer(d: string): string | undefined {
  const p4 = Number(d.slice(0, 4))
  if (d[0] === "4" && (d.length === 16 || d.length === 13)) return "visa"
  if (d.length === 16 && ((p4 >= 5100 && p4 <= 5599) || (p4 >= 2221 && p4 <= 2720))) return "mastercard"
  if (d.length === 15 && (d.startsWith("34") || d.startsWith("37"))) return "amex"
  if (d.length === 16 && d.startsWith("6011")) return "discover"
}
export const isCard = (v: string) => /^\d[\d -]+\d$/.test(v) && !!issuer(digitsOf(v)) && luhn(digitsOf(v))

export const ibanShape = (v: string) => /^[A-Z]{2}\d{2}[A-Z0-9 ]+$/.test(v) && IBAN_LENGTH[v.slice(0, 2)] === v.replace(/ /g, "").length
export function ibanRemainder(v: string): number {
  const s = v.replace(/ /g, "")
  const moved = s.slice(4) + s.slice(0, 4)
  let num = ""
  for (const ch of moved) num += /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch
  return Number(BigInt(num) % 97n)
}
/** An IBAN, in capitals or (as typed in a chat) lower case. */
export const isIban = (v: string) => ibanShape(v.toUpperCase()) && ibanRemainder(v.toUpperCase()) === 1

export function isSsn(v: string): boolean {
  const m = /^(\d{3})-(\d{2})-(\d{4})$/.exec(v)
  if (!m) return false
  const area = Number(m[1])
  return area !== 0 && area !== 666 && area < 900 && m[2] !== "00" && m[3] !== "0000"
}
export function isNino(v: string): boolean {
  const s = v.replace(/ /g, "")
  if (!/^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/.test(s)) return false
  return !["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"].includes(s.slice(0, 2))
}
export const isIpAddr = (v: string) => isIP(v) !== 0
export const isEmail = (v: string) => /^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(v)

/** Valid in one of these countries: written internationally, or nationally and then in that very country. */
export const phoneValidIn = (v: string, ccs: readonly CountryCode[]) => ccs.some((cc) => {
  const p = parsePhoneNumberFromString(v.replace(/\s+/g, " "), cc)
  return !!p && p.isValid() && (v.startsWith("+") || v.startsWith("00") || p.country === cc)
})

// Digits as each language says them, 0 to 9.
const SAID: Record<string, string> = {
  en: "zero one two three four five six seven eight nine", el: "μηδέν ένα δύο τρία τέσσερα πέντε έξι επτά οκτώ εννέα",
  tr: "sıfır bir iki üç dört beş altı yedi sekiz dokuz", ro: "zero unu doi trei patru cinci șase șapte opt nouă",
  hr: "nula jedan dva tri četiri pet šest sedam osam devet", sr: "nula jedan dva tri četiri pet šest sedam osam devet",
  et: "null üks kaks kolm neli viis kuus seitse kaheksa üheksa", fi: "nolla yksi kaksi kolme neljä viisi kuusi seitsemän kahdeksan yhdeksän",
  is: "núll einn tveir þrír fjórir fimm sex sjö átta níu", pt: "zero um dois três quatro cinco seis sete oito nove",
  es: "cero uno dos tres cuatro cinco seis siete ocho nueve", de: "null eins zwei drei vier fünf sechs sieben acht neun",
  it: "zero uno due tre quattro cinque sei sette otto nove", pl: "zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć",
  cs: "nula jedna dvě tři čtyři pět šest sedm osm devět", sv: "noll ett två tre fyra fem sex sju åtta nio",
  fr: "zéro un deux trois quatre cinq six sept huit neuf",
}
/** A said number read back: digit words and digits, pauses and commas ("oh" and "double" in English). */
export function unspoken(v: string, lang: string): string {
  const table = SAID[lang.slice(0, 2)]!.split(" ")
  const digit = (w: string) => (/^\d$/.test(w) ? w : lang.startsWith("en") && w === "oh" ? "0" : table.includes(w) ? String(table.indexOf(w)) : undefined)
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
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 86400000) {
      const d = new Date(t)
      for (const dateStyle of ["short", "medium", "long"] as const) set.add(new Intl.DateTimeFormat(intl, { dateStyle, timeZone: "UTC" }).format(d))
      set.add(d.toISOString().slice(0, 10))
    }
    DATES.set(intl, set)
  }
  return DATES.get(intl)!.has(v)
}
