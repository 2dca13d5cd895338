// Validators for holdout54's labels and lookalikes, written apart from its generator: each reads only a span's final
// text and the record's locale, never how the generator drew it.
import { isIP } from "node:net"
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max"

export const LOCALE_COUNTRY: Record<string, CountryCode> = {
  "en-US": "US", "en-GB": "GB", "en-IE": "IE", "en-AU": "AU", "en-IN": "IN", "en-ZA": "ZA", "en-CA": "CA",
  "de-DE": "DE", "fr-FR": "FR", "es-ES": "ES", "it-IT": "IT", "nl-NL": "NL", "pl-PL": "PL", "cs-CZ": "CZ", "sv-SE": "SE", "da-DK": "DK",
  "pt-PT": "PT", "bg-BG": "BG",
}
export const ALL_COUNTRIES = [...new Set(Object.values(LOCALE_COUNTRY))]
/** Where refunds go to a domestic account, not an IBAN. */
export const NO_IBAN: CountryCode[] = ["US", "AU", "IN", "ZA", "CA"]
/** IBAN lengths from the SWIFT IBAN registry. */
export const IBAN_LENGTH: Record<string, number> = {
  GB: 22, IE: 22, DE: 22, AT: 20, PL: 28, LT: 20, FR: 27, BE: 16, LU: 20, ES: 24, PT: 25, IT: 27, NL: 18, CZ: 24, SK: 24, SE: 24, FI: 18,
  NO: 15, DK: 18, BG: 22, RO: 24, GR: 27,
}
/** The IBAN countries a text of a country may hold: its own and its neighbours'. */
export const IBAN_NEAR: Record<string, string[]> = {
  GB: ["GB", "IE"], IE: ["IE", "GB"], DE: ["DE", "AT", "PL"], FR: ["FR", "BE", "LU"], ES: ["ES", "PT", "FR"], IT: ["IT", "FR", "DE"],
  NL: ["NL", "BE", "DE"], PL: ["PL", "DE", "LT"], CZ: ["CZ", "SK", "AT"], SE: ["SE", "FI", "NO"], DK: ["DK", "SE", "DE"], PT: ["PT", "ES", "FR"],
  BG: ["BG", "RO", "GR"],
}

export const digitsOf = (v: string) => v.replace(/[^0-9]/g, "")

export function luhn(d: string): boolean {
  if (!/^\d+$/.test(d)) return false
  let sum = 0
  for (let i = 0; i < d.length; i++) {
    const x = Number(d[d.length - 1 - i]) * (i % 2 === 1 ? 2 : 1)
    sum += x > 9 ? x - 9 : x
  }
  return sum % 10 === 0
}
/** Issuer by prefix and length: Visa, Mastercard (51-55, 2221-2720), Amex, Discover (6011, 644-649, 65). */
export function issuer(d: string): string | undefined {
  const two = Number(d.slice(0, 2))
  const three = Number(d.slice(0, 3))
  const four = Number(d.slice(0, 4))
  if (d.startsWith("4") && [13, 16, 19].includes(d.length)) return "visa"
  if (d.length === 16 && ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720))) return "mastercard"
  if (d.length === 15 && (two === 34 || two === 37)) return "amex"
  if (d.length >= 16 && (four === 6011 || two === 65 || (three >= 644 && three <= 649))) return "discover"
  return undefined
}
export const isCard = (v: string) => /^\d[\d -]*\d$/.test(v) && !!issuer(digitsOf(v)) && luhn(digitsOf(v))

const compactIban = (v: string) => v.replace(/\s/g, "").toUpperCase()
export function ibanShape(v: string): boolean {
  const s = compactIban(v)
  return /^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s) && IBAN_LENGTH[s.slice(0, 2)] === s.length
}
export function ibanRemainder(v: string): number {
  const s = compactIban(v)
  const expanded = [...(s.slice(4) + s.slice(0, 4))].map((c) => (c >= "A" && c <= "Z" ? String(c.charCodeAt(0) - 55) : c)).join("")
  return Number(BigInt(expanded) % 97n)
}
/** An IBAN in capitals or lower case, grouped by four or not, in an e-mail now and then broken over a line. */
export const isIban = (v: string) => /^[A-Za-z]{2}\d{2}([ \n]?[A-Za-z0-9]{1,4})+$/.test(v) && ibanShape(v) && ibanRemainder(v) === 1

/** The national check digits inside a BBAN, for the countries whose IBANs carry one this corpus computes. */
export function nationalCheck(v: string): boolean {
  const s = compactIban(v)
  const b = s.slice(4)
  switch (s.slice(0, 2)) {
    case "ES": {
      const w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
      const dc = (x: string) => { const r = 11 - ([...x].reduce((a, c, i) => a + Number(c) * w[i]!, 0) % 11); return r === 11 ? 0 : r === 10 ? 1 : r }
      return `${dc("00" + b.slice(0, 8))}${dc(b.slice(10))}` === b.slice(8, 10)
    }
    case "PT": return (BigInt(b) % 97n) === 1n
    case "BE": { const m = Number(BigInt(b.slice(0, 10)) % 97n); return (m === 0 ? 97 : m) === Number(b.slice(10)) }
    case "FR": return /^\d+$/.test(b) && (89n * BigInt(b.slice(0, 5)) + 15n * BigInt(b.slice(5, 10)) + 3n * BigInt(b.slice(10, 21)) + BigInt(b.slice(21))) % 97n === 0n
    default: return true
  }
}

function ssnParts(v: string): [number, number, number] | undefined {
  const m = /^(\d{3})([- ]?)(\d{2})\2(\d{4})$/.exec(v)
  return m ? [Number(m[1]), Number(m[3]), Number(m[4])] : undefined
}
/** Area 001-899 but not 666, group 01-99, serial 0001-9999; dashes, spaces or none. */
export function isSsn(v: string): boolean {
  const p = ssnParts(v)
  return !!p && p[0] > 0 && p[0] !== 666 && p[0] < 900 && p[1] > 0 && p[2] > 0
}
/** First letter not D F I Q U V, second not D F I O Q U V, not BG GB NK KN TN NT ZZ, suffix A-D. */
export function isNino(v: string): boolean {
  const s = v.replace(/ /g, "").toUpperCase()
  if (!/^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/.test(s)) return false
  return !["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"].includes(s.slice(0, 2))
}
export const isIpAddr = (v: string) => isIP(v) !== 0
const ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
const EMAIL = new RegExp(`^${ATOM}(\\.${ATOM})*@([A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?\\.)+[A-Za-z]{2,}$`)
export const isEmail = (v: string) => EMAIL.test(v) && v.length <= 254

/** Valid in one of these countries: written with + or 00, or nationally and then in that very country. */
export const phoneValidIn = (v: string, ccs: readonly CountryCode[]) =>
  ccs.some((cc) => {
    const p = parsePhoneNumberFromString(v, cc)
    return !!p && p.isValid() && (/^(\+|00)/.test(v) || p.country === cc)
  })

/** The ABA routing number's weighted check (3 7 1). */
export function abaOk(v: string): boolean {
  if (!/^\d{9}$/.test(v)) return false
  const w = [3, 7, 1, 3, 7, 1, 3, 7, 1]
  return [...v].reduce((a, c, i) => a + Number(c) * w[i]!, 0) % 10 === 0
}

/** A person's name as written: letters and marks (any script), with apostrophes, hyphens, periods, commas and spaces. */
export const isPersonText = (v: string) => /^[\p{L}\p{M}]([\p{L}\p{M}'’., -]*[\p{L}\p{M}])?$/u.test(v)
/** Currency signs and codes, in either case (transcripts are lowered). */
export const CURRENCY = /(?:\$|£|€|₹|\bzł|\bKč|\bkr\b|(^|\s)R ?\d|\b(USD|GBP|EUR|AUD|INR|ZAR|CAD|PLN|CZK|SEK|DKK)\b)/iu

const WORDS: Record<string, string> = {
  en: "zero one two three four five six seven eight nine", de: "null eins zwei drei vier fünf sechs sieben acht neun",
  fr: "zéro un deux trois quatre cinq six sept huit neuf", es: "cero uno dos tres cuatro cinco seis siete ocho nueve",
  it: "zero uno due tre quattro cinque sei sette otto nove", nl: "nul een twee drie vier vijf zes zeven acht negen",
  pl: "zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć", cs: "nula jedna dva tři čtyři pět šest sedm osm devět",
  sv: "noll ett två tre fyra fem sex sju åtta nio", da: "nul en to tre fire fem seks syv otte ni",
  pt: "zero um dois três quatro cinco seis sete oito nove", bg: "нула едно две три четири пет шест седем осем девет",
}
const FR_TENS: Record<string, number> = { vingt: 20, vingts: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60 }
const FR_TEENS = ["dix", "onze", "douze", "treize", "quatorze", "quinze", "seize"]
/** A French number word of one or two digits (`douze`, `soixante-dix-huit`, `quatre-vingt-onze`), by its parts. */
export function frenchNumber(w: string): string | undefined {
  const units = WORDS.fr!.split(" ")
  const parts = w.split("-").filter((x) => x !== "et")
  let total = 0
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!
    if (p === "quatre" && /^vingts?$/.test(parts[i + 1] ?? "")) {
      total += 80
      i++
    } else if (FR_TENS[p] !== undefined) total += FR_TENS[p]!
    else if (FR_TEENS.includes(p)) total += 10 + FR_TEENS.indexOf(p)
    else if (units.includes(p)) total += units.indexOf(p)
    else return undefined
  }
  return String(total)
}
const DA_TEENS = ["ti", "elleve", "tolv", "tretten", "fjorten", "femten", "seksten", "sytten", "atten", "nitten"]
const DA_TENS: Record<string, number> = { tyve: 20, tredive: 30, fyrre: 40, halvtreds: 50, tres: 60, halvfjerds: 70, firs: 80, halvfems: 90 }
/** A Danish number word of one or two digits: units, teens, tens, and unit + `og` + tens (`fireogtredive`). */
export function danishNumber(w: string): string | undefined {
  const units = WORDS.da!.split(" ")
  if (units.includes(w)) return String(units.indexOf(w))
  if (DA_TEENS.includes(w)) return String(10 + DA_TEENS.indexOf(w))
  if (DA_TENS[w] !== undefined) return String(DA_TENS[w])
  const m = /^(.+)og(.+)$/.exec(w)
  if (m && units.includes(m[1]!) && DA_TENS[m[2]!] !== undefined) return String(DA_TENS[m[2]!]! + units.indexOf(m[1]!))
  return undefined
}

/** A said number read back to digits: digit words, digits, "plus", English "oh", "double", "triple", German "zwo",
 * French and Danish two-digit words. */
export function unspoken(v: string, lang: string): string {
  const base = lang.slice(0, 2)
  const table = WORDS[base]!.split(" ")
  const tokens = v.toLowerCase().replace(/\.\.\.|,/g, " ").split(/\s+/).filter(Boolean)
  const one = (w: string): string | undefined => {
    if (/^\d+$/.test(w)) return w
    if (base === "en" && w === "oh") return "0"
    if (base === "de" && w === "zwo") return "2"
    if (base === "cs" && w === "jeden") return "1"
    if (table.includes(w)) return String(table.indexOf(w))
    return base === "fr" ? frenchNumber(w) : base === "da" ? danishNumber(w) : undefined
  }
  let out = ""
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    const times = base === "en" ? ({ double: 2, triple: 3 } as Record<string, number>)[t] : undefined
    if (t === "plus") out += "+"
    else if (times && one(tokens[i + 1] ?? "") !== undefined) out += one(tokens[++i]!)!.repeat(times)
    else out += one(t) ?? `?${t}?`
  }
  return out
}

const intlForms = new Map<string, Set<string>>()
const OPTIONS: Intl.DateTimeFormatOptions[] = [
  { dateStyle: "short" }, { dateStyle: "medium" }, { dateStyle: "long" }, { dateStyle: "full" }, { day: "numeric", month: "long" },
  { day: "numeric", month: "short" }, { weekday: "long", day: "numeric", month: "long" }, { day: "2-digit", month: "2-digit", year: "numeric" },
]
function formsOf(tag: string, year: number): Set<string> {
  const key = `${tag} ${year}`
  let set = intlForms.get(key)
  if (!set) {
    set = new Set()
    const fmts = OPTIONS.map((o) => new Intl.DateTimeFormat(tag, { ...o, timeZone: "UTC" }))
    for (let t = Date.UTC(year, 0, 1, 12); t < Date.UTC(year + 1, 0, 1); t += 86400000) {
      const d = new Date(t)
      for (const f of fmts) set.add(f.format(d).replace(/[\u00a0\u202f]/g, " ").toLowerCase())
      set.add(d.toISOString().slice(0, 10))
    }
    intlForms.set(key, set)
  }
  return set
}
/** A real date (1950-2027) in one of its locale's written forms, or ISO. */
export function isDateText(v: string, tag: string): boolean {
  const years = new Set([2026, 2027, ...(v.match(/\b(19[5-9]\d|20[0-2]\d)\b/g) ?? []).map(Number)])
  for (const m of v.matchAll(/\b(\d{2})\b/g)) for (const y of [1900 + Number(m[1]), 2000 + Number(m[1])]) if (y >= 1950 && y <= 2027) years.add(y)
  return [...years].some((y) => formsOf(tag, y).has(v.toLowerCase()))
}

/** Postcodes by country. */
export const POSTCODE: Record<string, RegExp> = {
  US: /^\d{5}$/, GB: /^[A-Z]{1,2}\d{1,2} \d[A-Z]{2}$/, IE: /^[AC-FHKNPRTV-Y]\d{2} [A-Z0-9]{4}$/, AU: /^\d{4}$/, IN: /^[1-9]\d{5}$/, ZA: /^\d{4}$/,
  CA: /^[A-Z]\d[A-Z] \d[A-Z]\d$/, DE: /^\d{5}$/, FR: /^\d{5}$/, ES: /^\d{5}$/, IT: /^\d{5}$/, NL: /^[1-9]\d{3} [A-Z]{2}$/, PL: /^\d{2}-\d{3}$/,
  CZ: /^\d{3} \d{2}$/, SE: /^\d{3} \d{2}$/, DK: /^\d{4}$/, PT: /^\d{4}-\d{3}$/, BG: /^\d{4}$/,
}
/** Domestic bank accounts and bank codes where no IBAN is used. */
export const BANK_ACCOUNT: Record<string, RegExp> = { US: /^\d{9,12}$/, AU: /^\d{4} \d{4}$/, IN: /^\d{11,14}$/, ZA: /^\d{10,11}$/, CA: /^\d{7}$/ }
export const BANK_CODE: Record<string, (v: string) => boolean> = {
  US: abaOk, AU: (v) => /^\d{3}-\d{3}$/.test(v), IN: (v) => /^[A-Z]{4}0[A-Z0-9]{6}$/.test(v), ZA: (v) => /^\d{6}$/.test(v), CA: (v) => /^\d{5}-\d{3}$/.test(v),
}
