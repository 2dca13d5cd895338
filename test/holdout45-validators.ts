// Validators for holdout45's labels, written apart from its generator: each reads only a label's text as it appears,
// the text's kind (which says how the channel wrote it) and its locale, never how the generator drew it.
import { isIP } from "node:net"
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max"

export const LOCALE_COUNTRY: Record<string, CountryCode> = {
  "en-GB-x-wales": "GB", "en-GB-x-scotland": "GB", "en-AU": "AU", "en-ZA": "ZA", "en-NG": "NG", "en-KE": "KE", "en-SG": "SG", "en-HK": "HK",
  "en-US-x-ne": "US", "en-US-x-ca": "US", "sv-SE": "SE", "fi-FI": "FI", "et-EE": "EE", "pl-PL": "PL", "cs-CZ": "CZ", "ro-RO": "RO", "hr-HR": "HR",
  "el-GR": "GR", "tr-TR": "TR", "it-IT": "IT", "pt-BR": "BR", "fr-FR": "FR", "fr-CA": "CA", "de-AT": "AT",
}
export const ALL_COUNTRIES = [...new Set(Object.values(LOCALE_COUNTRY))]
/** IBAN lengths of the countries here that have one (Australia, South Africa, Nigeria, Kenya, Singapore, Hong Kong, the US and Canada do not). */
export const IBAN_LENGTH: Record<string, number> = { GB: 22, SE: 24, FI: 18, EE: 20, PL: 28, CZ: 24, RO: 24, HR: 21, GR: 27, TR: 26, IT: 27, BR: 29, FR: 27, AT: 20 }

// cp1252 bytes 0x80-0x9f that are not Latin-1.
const CP1252: Record<number, string> = { 0x80: "€", 0x82: "‚", 0x84: "„", 0x85: "…", 0x8a: "Š", 0x8c: "Œ", 0x8e: "Ž", 0x91: "‘", 0x92: "’", 0x93: "“", 0x94: "”", 0x96: "–", 0x97: "—", 0x9a: "š", 0x9c: "œ", 0x9e: "ž", 0x9f: "Ÿ" }
const bytesToText = (hex: string[]) => new TextDecoder().decode(new Uint8Array(hex.map((h) => parseInt(h, 16))))
const ENTITY: Record<string, string> = { nbsp: " ", amp: "&", lt: "<", gt: ">", quot: '"' }
const unHtml = (v: string) => v.replace(/<[^>]+>/g, "").replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => (e[0] === "#" ? String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : ENTITY[e] ?? m))
const unQp = (v: string) => v.replace(/=\n/g, "").replace(/(=[0-9A-F]{2})+/g, (m) => bytesToText(m.slice(1).split("=")))
const unWord = (v: string) => v.replace(/^=\?UTF-8\?Q\?(.*)\?=$/, (_, q: string) => unQp(q.replace(/_/g, " ")))
const unRtf = (v: string) => v.replace(/\\u(-?\d+)\?/g, (_, n: string) => String.fromCharCode((Number(n) + 65536) % 65536)).replace(/\\'([0-9a-f]{2})/g, (_, h: string) => CP1252[parseInt(h, 16)] ?? String.fromCharCode(parseInt(h, 16)))

/** A label's value as a reader of that channel sees it: entities, escapes and soft breaks undone. */
export function decoded(v: string, kind: string): string {
  if (kind === "html") return unHtml(v)
  if (kind === "qp") return unHtml(unWord(unQp(v)))
  if (kind === "form") return decodeURIComponent(v.replace(/\+/g, " "))
  if (kind === "json") return JSON.parse(`"${v}"`) as string
  if (kind === "rtf") return unRtf(v)
  if (kind === "markdown") return v.replace(/\\([_*])/g, "$1")
  return v
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
export function mod97(s: string): number {
  let rem = 0
  for (const ch of s.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55))) rem = (rem * 10 + Number(ch)) % 97
  return rem
}
export const ibanRemainder = (v: string) => ((s) => mod97(s.slice(4) + s.slice(0, 4)))(v.replace(/ /g, ""))
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

// Digits as each language says them, 0 to 9, and its word for "+".
const SAID: Record<string, [string, string]> = {
  en: ["zero one two three four five six seven eight nine", "plus"], sv: ["noll ett två tre fyra fem sex sju åtta nio", "plus"],
  fi: ["nolla yksi kaksi kolme neljä viisi kuusi seitsemän kahdeksan yhdeksän", "plus"], et: ["null üks kaks kolm neli viis kuus seitse kaheksa üheksa", "pluss"],
  pl: ["zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć", "plus"], cs: ["nula jedna dva tři čtyři pět šest sedm osm devět", "plus"],
  ro: ["zero unu doi trei patru cinci șase șapte opt nouă", "plus"], hr: ["nula jedan dva tri četiri pet šest sedam osam devet", "plus"],
  el: ["μηδέν ένα δύο τρία τέσσερα πέντε έξι επτά οκτώ εννέα", "συν"], tr: ["sıfır bir iki üç dört beş altı yedi sekiz dokuz", "artı"],
  it: ["zero uno due tre quattro cinque sei sette otto nove", "più"], pt: ["zero um dois três quatro cinco seis sete oito nove", "mais"],
  fr: ["zéro un deux trois quatre cinq six sept huit neuf", "plus"], de: ["null eins zwei drei vier fünf sechs sieben acht neun", "plus"],
}
/** A number said aloud, read back: digit words, English "oh" and "double", Brazilian "meia" (six), the word for plus. */
export function unspoken(v: string, lang: string): string {
  const [digits, plus] = SAID[lang.slice(0, 2)]!
  const table = digits.split(" ")
  const digit = (w: string) => (lang.startsWith("en") && w === "oh" ? "0" : lang.startsWith("pt") && w === "meia" ? "6" : table.includes(w) ? String(table.indexOf(w)) : undefined)
  const words = v.toLowerCase().replace(/\.\.\.|,/g, " ").split(/\s+/).filter(Boolean)
  let out = ""
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!
    if (w === plus && i === 0) out += "+"
    else if (w === "double" && digit(words[i + 1] ?? "")) out += digit(words[++i]!)!.repeat(2)
    else out += digit(w) ?? w
  }
  return out
}

const DATES = new Map<string, Set<string>>()
/** A real 2026 date in one of its locale's written forms (Intl short, medium, long) or ISO. */
export function realDate(v: string, intl: string): boolean {
  if (!DATES.has(intl)) {
    const set = new Set<string>()
    const formats = (["short", "medium", "long"] as const).map((dateStyle) => new Intl.DateTimeFormat(intl, { dateStyle, timeZone: "UTC" }))
    for (let day = 0; day < 365; day++) {
      const d = new Date(Date.UTC(2026, 0, 1 + day))
      for (const f of formats) set.add(f.format(d))
      set.add(d.toISOString().slice(0, 10))
    }
    DATES.set(intl, set)
  }
  return DATES.get(intl)!.has(v)
}
