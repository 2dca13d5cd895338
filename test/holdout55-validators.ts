// Validators for holdout55's labels and lookalikes, written apart from its generator: each reads only a span's final
// text and the record's locale, never how the generator drew it.
import { isIP } from "node:net"
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max"

export const LOCALE_COUNTRY: Record<string, CountryCode> = {
  "en-US": "US", "en-GB": "GB", "en-NZ": "NZ", "en-SG": "SG", "en-NG": "NG", "en-MT": "MT", "de-CH": "CH", "fr-CA": "CA", "es-MX": "MX",
  "it-CH": "CH", "nl-BE": "BE", "nb-NO": "NO", "fi-FI": "FI", "hu-HU": "HU", "ro-RO": "RO", "sk-SK": "SK", "hr-HR": "HR", "el-GR": "GR",
}
/** The default regions a recognizer may try, besides the corpus's own countries. */
export const DEFAULT_REGIONS = "US GB IE DE AT CH FR BE ES NL IT PT LU DK SE NO FI IS PL CZ SK HU SI HR RO BG GR CY MT EE LV LT LI".split(" ") as CountryCode[]
export const ALL_REGIONS = [...new Set([...Object.values(LOCALE_COUNTRY), ...DEFAULT_REGIONS])]
/** Where refunds go to a domestic account, not an IBAN. */
export const NO_IBAN: CountryCode[] = ["US", "NZ", "SG", "NG", "CA", "MX"]
/** IBAN lengths from the SWIFT IBAN registry. */
export const IBAN_LENGTH: Record<string, number> = {
  GB: 22, IE: 22, MT: 31, IT: 27, CH: 21, LI: 21, DE: 22, BE: 16, NL: 18, LU: 20, NO: 15, SE: 24, FI: 18, EE: 20, HU: 28, AT: 20, SK: 24, CZ: 24,
  RO: 24, BG: 22, HR: 21, SI: 19, GR: 27, CY: 28,
}
/** The IBAN countries a text of a locale may hold: its own and its neighbours'. */
export const IBAN_NEAR: Record<string, string[]> = {
  "en-GB": ["GB", "IE"], "en-MT": ["MT", "IT"], "de-CH": ["CH", "DE", "LI"], "it-CH": ["CH", "IT"], "nl-BE": ["BE", "NL", "LU"], "nb-NO": ["NO", "SE"],
  "fi-FI": ["FI", "SE", "EE"], "hu-HU": ["HU", "AT", "SK"], "ro-RO": ["RO", "BG", "HU"], "sk-SK": ["SK", "CZ", "AT"], "hr-HR": ["HR", "SI", "AT"],
  "el-GR": ["GR", "CY", "BG"],
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
  const four = Number(d.slice(0, 4))
  if (d.startsWith("4") && [13, 16, 19].includes(d.length)) return "visa"
  if (d.length === 16 && ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720))) return "mastercard"
  if (d.length === 15 && (two === 34 || two === 37)) return "amex"
  if (d.length >= 16 && (four === 6011 || two === 65 || (Number(d.slice(0, 3)) >= 644 && Number(d.slice(0, 3)) <= 649))) return "discover"
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
/** The Belgian BBAN's own mod-97 check (the others' national checks are not computed by this corpus). */
export function nationalCheck(v: string): boolean {
  const s = compactIban(v)
  if (!s.startsWith("BE")) return true
  const m = Number(BigInt(s.slice(4, 14)) % 97n)
  return (m === 0 ? 97 : m) === Number(s.slice(14))
}

/** Area 001-899 but not 666, group 01-99, serial 0001-9999; dashes, spaces or none. */
export function isSsn(v: string): boolean {
  const m = /^(\d{3})([- ]?)(\d{2})\2(\d{4})$/.exec(v)
  if (!m) return false
  const [a, g, s] = [Number(m[1]), Number(m[3]), Number(m[4])]
  return a > 0 && a !== 666 && a < 900 && g > 0 && s > 0
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
/** Valid anywhere among these regions, however it parses. */
export const phoneAnywhere = (v: string, ccs: readonly CountryCode[]) => ccs.some((cc) => !!parsePhoneNumberFromString(v, cc)?.isValid())

/** The ABA routing number's weighted check (3 7 1). */
export function abaOk(v: string): boolean {
  if (!/^\d{9}$/.test(v)) return false
  const w = [3, 7, 1, 3, 7, 1, 3, 7, 1]
  return [...v].reduce((a, c, i) => a + Number(c) * w[i]!, 0) % 10 === 0
}
/** The Mexican CLABE's check digit (weights 3 7 1, products mod 10). */
export function clabeOk(v: string): boolean {
  if (!/^\d{18}$/.test(v)) return false
  const w = [3, 7, 1]
  const s = [...v.slice(0, 17)].reduce((a, c, i) => a + ((Number(c) * w[i % 3]!) % 10), 0)
  return (10 - (s % 10)) % 10 === Number(v[17])
}

/** A person's name as written: letters and marks (any script), with apostrophes, hyphens, periods, commas and spaces. */
export const isPersonText = (v: string) => /^[\p{L}\p{M}]([\p{L}\p{M}'’., -]*[\p{L}\p{M}])?$/u.test(v)
/** Currency signs and codes, in either case (transcripts are lowered). */
export const CURRENCY = /(\$|£|€|₦|\bCHF\b|\bkr\b|\bFt\b|\bRON\b|\blei\b|\b(USD|GBP|NZD|SGD|NGN|EUR|CAD|MXN|NOK|HUF)\b)/iu

// Said phones read back to digits: digit words of thirteen languages, English "oh", "double", "triple" and "plus", and
// the two-digit words of the languages that say numbers in pairs (Swiss German, Flemish, Norwegian, Mexican Spanish).
const UNITS: Record<string, string[]> = {
  en: ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
  de: ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
  fr: ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
  es: ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
  it: ["zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"],
  nl: ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"],
  nb: ["null", "en", "to", "tre", "fire", "fem", "seks", "sju", "åtte", "ni"],
  fi: ["nolla", "yksi", "kaksi", "kolme", "neljä", "viisi", "kuusi", "seitsemän", "kahdeksan", "yhdeksän"],
  hu: ["nulla", "egy", "kettő", "három", "négy", "öt", "hat", "hét", "nyolc", "kilenc"],
  ro: ["zero", "unu", "doi", "trei", "patru", "cinci", "șase", "șapte", "opt", "nouă"],
  sk: ["nula", "jedna", "dva", "tri", "štyri", "päť", "šesť", "sedem", "osem", "deväť"],
  hr: ["nula", "jedan", "dva", "tri", "četiri", "pet", "šest", "sedam", "osam", "devet"],
  el: ["μηδέν", "ένα", "δύο", "τρία", "τέσσερα", "πέντε", "έξι", "επτά", "οκτώ", "εννιά"],
}
const ALIASES: Record<string, Record<string, number>> = {
  en: { oh: 0 }, de: { zwo: 2, ein: 1 }, el: { εννέα: 9, εφτά: 7, οχτώ: 8 }, nb: { syv: 7 }, hr: { jedna: 1 }, sk: { jeden: 1 },
}
const TEENS: Record<string, string[]> = {
  de: ["zehn", "elf", "zwölf", "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn", "neunzehn"],
  nl: ["tien", "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien"],
  nb: ["ti", "elleve", "tolv", "tretten", "fjorten", "femten", "seksten", "sytten", "atten", "nitten"],
  es: ["diez", "once", "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve"],
}
const TENS: Record<string, string[]> = {
  de: ["zwanzig", "dreissig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig"],
  nl: ["twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig"],
  nb: ["tjue", "tretti", "førti", "femti", "seksti", "sytti", "åtti", "nitti"],
  es: ["veinte", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"],
}
const ES_TWENTIES = ["veinte", "veintiuno", "veintidós", "veintitrés", "veinticuatro", "veinticinco", "veintiséis", "veintisiete", "veintiocho", "veintinueve"]

function unit(lang: string, w: string): number | undefined {
  const i = UNITS[lang]!.indexOf(w)
  if (i >= 0) return i
  return ALIASES[lang]?.[w] ?? (lang === "de" && w === "ein" ? 1 : undefined)
}
/** A two-digit word of a pair language, compounds included (`vierundzwanzig`, `vierendertig`, `tjuefire`, `veintidós`). */
function pair(lang: string, w: string): number | undefined {
  const teens = TEENS[lang]
  const tens = TENS[lang]
  if (!teens || !tens) return undefined
  if (teens.includes(w)) return 10 + teens.indexOf(w)
  if (tens.includes(w)) return 20 + 10 * tens.indexOf(w)
  if (lang === "es" && ES_TWENTIES.includes(w)) return 20 + ES_TWENTIES.indexOf(w)
  for (const [ti, t] of tens.entries()) {
    if (lang === "de" || lang === "nl") {
      const m = new RegExp(`^(.+?)(und|en|ën)${t}$`).exec(w)
      const u = m ? unit(lang, m[1]!) : undefined
      if (u !== undefined && u > 0) return 20 + 10 * ti + u
    }
    if (lang === "nb" && w.startsWith(t)) {
      const u = unit(lang, w.slice(t.length))
      if (u !== undefined && u > 0) return 20 + 10 * ti + u
    }
  }
  return undefined
}

/** The said number as digits (a `+` for "plus"); an unknown word comes back as `?word?`. */
export function unspoken(v: string, tag: string): string {
  const lang = tag.slice(0, 2)
  const tokens = v.toLowerCase().replace(/\.\.\./g, " ").replace(/,/g, " ").split(/\s+/).filter(Boolean)
  let out = ""
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    const u = unit(lang, t)
    if (/^\d+$/.test(t)) out += t
    else if (t === "plus") out += "+"
    else if (lang === "en" && (t === "double" || t === "triple") && unit(lang, tokens[i + 1] ?? "") !== undefined) out += String(unit(lang, tokens[++i]!)).repeat(t === "double" ? 2 : 3)
    else if (u !== undefined) out += String(u)
    else if (lang === "es" && TENS.es!.includes(t) && tokens[i + 1] === "y" && unit(lang, tokens[i + 2] ?? "") !== undefined) {
      out += String(20 + 10 * TENS.es!.indexOf(t) + unit(lang, tokens[i + 2]!)!)
      i += 2
    } else {
      const p = pair(lang, t)
      out += p !== undefined ? String(p) : `?${t}?`
    }
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
  US: /^\d{5}$/, GB: /^[A-Z]{1,2}\d{1,2} \d[A-Z]{2}$/, NZ: /^\d{4}$/, SG: /^\d{6}$/, NG: /^\d{6}$/, MT: /^[A-Z]{3} \d{4}$/, CH: /^\d{4}$/,
  CA: /^[A-Z]\d[A-Z] \d[A-Z]\d$/, MX: /^\d{5}$/, BE: /^\d{4}$/, NO: /^\d{4}$/, FI: /^\d{5}$/, HU: /^\d{4}$/, RO: /^\d{6}$/, SK: /^\d{3} \d{2}$/,
  HR: /^\d{5}$/, GR: /^\d{3} \d{2}$/,
}
/** Domestic bank accounts and bank codes where no IBAN is used. */
export const BANK_ACCOUNT: Record<string, (v: string) => boolean> = {
  US: (v) => /^\d{10,12}$/.test(v), CA: (v) => /^\d{7}$/.test(v), NZ: (v) => /^\d{2}-\d{4}-\d{7}-\d{2}$/.test(v), SG: (v) => /^\d{3}-\d{6}-\d$/.test(v),
  NG: (v) => /^\d{10}$/.test(v), MX: clabeOk,
}
export const BANK_CODE: Record<string, (v: string) => boolean> = { US: abaOk, CA: (v) => /^\d{5}-\d{3}$/.test(v) }
