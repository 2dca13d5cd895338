// Validators for holdout53's labels, written apart from its generator: each reads only a label's final text and the
// record's locale, never how the generator drew it.
import { isIP } from "node:net"
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max"

export const LOCALE_COUNTRY: Record<string, CountryCode> = {
  "en-US": "US", "en-GB": "GB", "en-SG": "SG", "en-PH": "PH", "en-KE": "KE", "en-NG": "NG", "en-JM": "JM",
  "nb-NO": "NO", "fi-FI": "FI", "hu-HU": "HU", "ro-RO": "RO", "el-GR": "GR", "hr-HR": "HR", "sk-SK": "SK", "sl-SI": "SI",
  "de-AT": "AT", "fr-BE": "BE", "pt-BR": "BR",
}
export const ALL_COUNTRIES = [...new Set(Object.values(LOCALE_COUNTRY))]
/** Where refunds go to a domestic account, not an IBAN. */
export const NO_IBAN: CountryCode[] = ["US", "SG", "PH", "KE", "NG", "JM", "BR"]
/** IBAN lengths from the SWIFT IBAN registry. */
export const IBAN_LENGTH: Record<string, number> = {
  GB: 22, IE: 22, NO: 15, SE: 24, DK: 18, FI: 18, EE: 20, HU: 28, AT: 20, SK: 24, CZ: 24, RO: 24, BG: 22, GR: 27, CY: 28, HR: 21, SI: 19,
  DE: 22, BE: 16, FR: 27, LU: 20, NL: 18,
}
/** The IBAN countries a text of a country may hold: its own and its neighbours'. */
export const IBAN_NEAR: Record<string, string[]> = {
  GB: ["GB", "IE"], NO: ["NO", "SE", "DK"], FI: ["FI", "SE", "EE"], HU: ["HU", "AT", "SK"], RO: ["RO", "HU", "BG"], GR: ["GR", "CY"],
  HR: ["HR", "SI", "AT"], SK: ["SK", "CZ", "AT"], SI: ["SI", "HR", "AT"], AT: ["AT", "DE"], BE: ["BE", "FR", "LU", "NL"],
}

export const digitsOf = (v: string) => v.replace(/[^0-9]/g, "")

export function luhn(d: string): boolean {
  if (!/^\d+$/.test(d)) return false
  const sum = [...d].reverse().reduce((acc, ch, i) => {
    const x = Number(ch) * (i % 2 === 1 ? 2 : 1)
    return acc + (x > 9 ? x - 9 : x)
  }, 0)
  return sum % 10 === 0
}
/** Issuer by prefix and length: Visa, Mastercard (51-55, 2221-2720), Amex, Discover (6011, 65). */
export function issuer(d: string): string | undefined {
  const two = Number(d.slice(0, 2))
  const four = Number(d.slice(0, 4))
  if (d.startsWith("4") && [13, 16, 19].includes(d.length)) return "visa"
  if (d.length === 16 && ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720))) return "mastercard"
  if (d.length === 15 && (two === 34 || two === 37)) return "amex"
  if (d.length === 16 && (four === 6011 || two === 65)) return "discover"
  return undefined
}
export const isCard = (v: string) => /^\d[\d -]*\d$/.test(v) && !!issuer(digitsOf(v)) && luhn(digitsOf(v))

export function ibanShape(v: string): boolean {
  const s = v.replace(/\s/g, "").toUpperCase()
  return /^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s) && IBAN_LENGTH[s.slice(0, 2)] === s.length
}
export function ibanRemainder(v: string): number {
  const s = v.replace(/\s/g, "").toUpperCase()
  const expanded = [...(s.slice(4) + s.slice(0, 4))].map((c) => (c >= "A" && c <= "Z" ? String(c.charCodeAt(0) - 55) : c)).join("")
  return Number(BigInt(expanded) % 97n)
}
/** An IBAN in capitals or (typed into a chat) lower case, grouped by four or not, in an e-mail now and then broken over a line. */
export const isIban = (v: string) => /^[A-Za-z]{2}\d{2}([ \n]?[A-Za-z0-9]{1,4})+$/.test(v) && ibanShape(v) && ibanRemainder(v) === 1

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

const WORDS: Record<string, string> = {
  en: "zero one two three four five six seven eight nine", nb: "null en to tre fire fem seks sju åtte ni",
  fi: "nolla yksi kaksi kolme neljä viisi kuusi seitsemän kahdeksan yhdeksän", hu: "nulla egy kettő három négy öt hat hét nyolc kilenc",
  ro: "zero unu doi trei patru cinci șase șapte opt nouă", el: "μηδέν ένα δύο τρία τέσσερα πέντε έξι επτά οκτώ εννέα",
  hr: "nula jedan dva tri četiri pet šest sedam osam devet", sk: "nula jeden dva tri štyri päť šesť sedem osem deväť",
  sl: "nič ena dva tri štiri pet šest sedem osem devet", de: "null eins zwei drei vier fünf sechs sieben acht neun",
  fr: "zéro un deux trois quatre cinq six sept huit neuf", pt: "zero um dois três quatro cinco seis sete oito nove",
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

/** A said number read back to digits: digit words, digits, "oh", "double", "plus", German "zwo", Brazilian "meia". */
export function unspoken(v: string, lang: string): string {
  const base = lang.slice(0, 2)
  const table = WORDS[base]!.split(" ")
  const tokens = v.toLowerCase().replace(/\.\.\.|,/g, " ").split(/\s+/).filter(Boolean)
  let out = ""
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    const one = (w: string) => (/^\d+$/.test(w) ? w : base === "en" && w === "oh" ? "0" : base === "de" && w === "zwo" ? "2" : base === "pt" && w === "meia" ? "6" : table.includes(w) ? String(table.indexOf(w)) : base === "fr" ? frenchNumber(w) : undefined)
    if (t === "plus") out += "+"
    else if (base === "en" && t === "double" && one(tokens[i + 1] ?? "") !== undefined) out += one(tokens[++i]!)!.repeat(2)
    else out += one(t) ?? t
  }
  return out
}

const intlForms = new Map<string, Set<string>>()
const OPTIONS: Intl.DateTimeFormatOptions[] = [
  { dateStyle: "short" }, { dateStyle: "medium" }, { dateStyle: "long" }, { dateStyle: "full" }, { day: "numeric", month: "long" },
  { day: "numeric", month: "short" }, { weekday: "long", day: "numeric", month: "long" },
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
const ORDINALS = "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split(" ")
const ordinalWords = [...ORDINALS, ...ORDINALS.slice(0, 9).map((o) => `twenty-${o}`), "thirtieth", "thirty-first"]
const MONTHS = Array.from({ length: 12 }, (_, m) => new Intl.DateTimeFormat("en-GB", { month: "long", timeZone: "UTC" }).format(new Date(Date.UTC(2026, m, 15))).toLowerCase())
/** An English date in words: `14th May`, `May 14th`, `the 14th of May`, `the fourteenth of may`, `may fourteenth 1987`. */
function englishWords(v: string): boolean {
  const s = v.toLowerCase()
  const day = "(\\d{1,2}(st|nd|rd|th)|" + ordinalWords.join("|") + ")"
  const month = `(${MONTHS.join("|")})`
  return new RegExp(`^(the ${day} of ${month}|${day} ${month}|${month} ${day}|${month} the ${day})( (19[5-9]\\d|200\\d))?$`).test(s)
}
/** A real date (1950-2027) in one of its locale's written forms, ISO, or English words. */
export function isDateText(v: string, tag: string): boolean {
  if (tag.startsWith("en") && englishWords(v)) return true
  const years = new Set([2026, 2027, ...(v.match(/\b(19[5-9]\d|20[0-2]\d)\b/g) ?? []).map(Number)])
  const yy = /\b(\d{2})$/.exec(v)
  if (yy) for (const y of [1900 + Number(yy[1]), 2000 + Number(yy[1])]) if (y >= 1950 && y <= 2027) years.add(y)
  return [...years].some((y) => formsOf(tag, y).has(v.toLowerCase()))
}

/** A name as written: letters and marks, with apostrophes, hyphens, periods (initials), commas and spaces inside. */
export const isPersonText = (v: string) => /^[\p{L}\p{M}]([\p{L}\p{M}'’., -]*[\p{L}\p{M}])?$/u.test(v)
export const CURRENCY = /(?:\$|£|€|₱|₦|\bKsh|\bKES|\bkr\b|\bFt\b|\bRON\b|\blei\b|R\$|S\$|J\$|\b(USD|GBP|EUR|SGD|PHP|KES|NGN|JMD|NOK|HUF|RON|BRL)\b)/iu
