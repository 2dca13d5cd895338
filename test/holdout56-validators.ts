// Validators for holdout56's labels and lookalikes, written apart from its generator: each reads only a span's final
// text and the record's locale, never how the generator drew it.
import { isIP } from "node:net"
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max"

export const LOCALE_COUNTRY: Record<string, CountryCode> = {
  "en-US": "US", "en-GB": "GB", "en-GH": "GH", "en-KE": "KE", "en-JM": "JM", "en-HK": "HK", "pt-BR": "BR", "es-CO": "CO", "de-AT": "AT",
  "fr-BE": "BE", "nl-NL": "NL", "da-DK": "DK", "cs-CZ": "CZ", "it-IT": "IT", "is-IS": "IS", "et-EE": "EE", "ca-ES": "ES", "lv-LV": "LV",
}
/** The default regions a recognizer may try, besides the corpus's own countries. */
export const DEFAULT_REGIONS = "US GB IE DE AT CH FR BE ES NL IT PT LU DK SE NO FI IS PL CZ SK HU SI HR RO BG GR CY MT EE LV LT LI".split(" ") as CountryCode[]
export const ALL_REGIONS = [...new Set([...Object.values(LOCALE_COUNTRY), ...DEFAULT_REGIONS])]
/** Where refunds go to a domestic account, not an IBAN. */
export const NO_IBAN: CountryCode[] = ["US", "GH", "KE", "JM", "HK", "BR", "CO"]
/** IBAN lengths from the SWIFT IBAN registry. */
export const IBAN_LENGTH: Record<string, number> = {
  GB: 22, IE: 22, AT: 20, DE: 22, LI: 21, BE: 16, NL: 18, LU: 20, FR: 27, DK: 18, SE: 24, CZ: 24, SK: 24, IT: 27, SM: 27, CH: 21, IS: 26, NO: 15,
  EE: 20, FI: 18, LV: 21, LT: 20, ES: 24, AD: 24,
}
/** The IBAN countries a text of a locale may hold: its own and its neighbours'. */
export const IBAN_NEAR: Record<string, string[]> = {
  "en-GB": ["GB", "IE"], "de-AT": ["AT", "DE", "LI"], "fr-BE": ["BE", "NL", "LU", "FR"], "nl-NL": ["NL", "BE", "DE"], "da-DK": ["DK", "SE", "DE"],
  "cs-CZ": ["CZ", "SK", "AT"], "it-IT": ["IT", "SM", "CH"], "is-IS": ["IS", "NO", "DK"], "et-EE": ["EE", "FI", "LV"], "ca-ES": ["ES", "AD", "FR"],
  "lv-LV": ["LV", "LT", "EE"],
}

export const digitsOf = (v: string) => v.replace(/[^0-9]/g, "")
export function luhn(d: string): boolean {
  if (!/^\d+$/.test(d)) return false
  const sum = [...d].reverse().reduce((a, c, i) => {
    const x = Number(c) * (i % 2 ? 2 : 1)
    return a + (x > 9 ? x - 9 : x)
  }, 0)
  return sum % 10 === 0
}
/** Issuer by prefix and length: Visa, Mastercard (51-55, 2221-2720), Amex, Discover (6011, 644-649, 65). */
export function issuer(d: string): string | undefined {
  const p = (n: number) => Number(d.slice(0, n))
  if (d[0] === "4" && [13, 16, 19].includes(d.length)) return "visa"
  if (d.length === 16 && ((p(2) >= 51 && p(2) <= 55) || (p(4) >= 2221 && p(4) <= 2720))) return "mastercard"
  if (d.length === 15 && [34, 37].includes(p(2))) return "amex"
  if (d.length >= 16 && d.length <= 19 && (p(4) === 6011 || p(2) === 65 || (p(3) >= 644 && p(3) <= 649))) return "discover"
  return undefined
}
export const isCard = (v: string) => /^\d[\d -]*\d$/.test(v) && !!issuer(digitsOf(v)) && luhn(digitsOf(v))

const squash = (v: string) => v.replace(/\s+/g, "").toUpperCase()
export const ibanShape = (v: string) => /^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(squash(v)) && IBAN_LENGTH[squash(v).slice(0, 2)] === squash(v).length
export function ibanRemainder(v: string): number {
  const s = squash(v)
  let r = 0n
  for (const c of s.slice(4) + s.slice(0, 4)) r = (r * (c >= "A" ? 100n : 10n) + BigInt(c >= "A" ? c.charCodeAt(0) - 55 : Number(c))) % 97n
  return Number(r)
}
/** An IBAN in capitals or lower case, grouped by four or not, in an e-mail now and then broken over one line. */
export const isIban = (v: string) => /^[A-Za-z]{2}\d{2}([ \n]?[A-Za-z0-9]{1,4})+$/.test(v) && (v.match(/\n/g) ?? []).length <= 1 && ibanShape(v) && ibanRemainder(v) === 1
/** The Belgian BBAN's own mod-97 check (the others' national checks are not computed by this corpus). */
export function nationalCheck(v: string): boolean {
  const s = squash(v)
  if (!s.startsWith("BE")) return true
  const m = Number(BigInt(s.slice(4, 14)) % 97n) || 97
  return m === Number(s.slice(14))
}

/** Area 001-899 but not 666, group 01-99, serial 0001-9999; dashes, spaces or none. */
export function isSsn(v: string): boolean {
  const m = /^(\d{3})([- ]?)(\d{2})\2(\d{4})$/.exec(v)
  if (!m) return false
  const a = Number(m[1])
  return a > 0 && a !== 666 && a < 900 && Number(m[3]) > 0 && Number(m[4]) > 0
}
/** First letter not D F I Q U V, second not D F I O Q U V, not BG GB NK KN TN NT ZZ, suffix A-D. */
export function isNino(v: string): boolean {
  const s = v.replace(/ /g, "").toUpperCase()
  return /^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/.test(s) && !["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"].includes(s.slice(0, 2))
}
export const isIpAddr = (v: string) => isIP(v) !== 0
const ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
const EMAIL = new RegExp(`^${ATOM}(\\.${ATOM})*@([A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?\\.)+[A-Za-z]{2,}$`)
export const isEmail = (v: string) => EMAIL.test(v) && v.length <= 254

/** Valid in one of these countries: written with + or 00, or nationally and then in that very country. */
export const phoneValidIn = (v: string, ccs: readonly CountryCode[]) =>
  ccs.some((cc) => {
    const p = parsePhoneNumberFromString(v, cc)
    return !!p && p.isValid() && (/^(\+|00|\(\+)/.test(v) || p.country === cc)
  })
/** Valid anywhere among these regions, however it parses. */
export const phoneAnywhere = (v: string, ccs: readonly CountryCode[]) => ccs.some((cc) => !!parsePhoneNumberFromString(v, cc)?.isValid())
/** The ABA routing number's weighted check (3 7 1). */
export const abaOk = (v: string) => /^\d{9}$/.test(v) && [...v].reduce((a, c, i) => a + Number(c) * [3, 7, 1][i % 3]!, 0) % 10 === 0

/** A person's name as written: letters and marks (any script), with apostrophes, hyphens, periods, commas and spaces. */
export const isPersonText = (v: string) => /^[\p{L}\p{M}]([\p{L}\p{M}'’., -]*[\p{L}\p{M}])?$/u.test(v)
/** Currency signs and codes, in either case (transcripts are lowered). */
export const CURRENCY = /(GH₵|HK\$|R\$|\$|£|€|\bKsh\b|\bkr\.|\bKč|\b(USD|GBP|GHS|KES|JMD|HKD|BRL|COP|EUR|DKK|CZK|ISK)\b)/iu
/** Clock times: 24-hour with colon, period or h; 12-hour with am/pm, Colombian `p. m.`. */
export const isTime = (v: string) => /^([01]?\d|2[0-3])(h|[:.])[0-5]\d( ?([ap]m|[AP]M)| [ap]\. m\.)?$/.test(v)

/** Postcodes by country (Jamaica and Hong Kong have none in this corpus). */
export const POSTCODE: Record<string, RegExp> = {
  US: /^\d{5}$/, GB: /^[A-Z]{1,2}\d{1,2}[A-Z]? \d[A-Z]{2}$/, GH: /^[A-Z]{2}-\d{3}-\d{4}$/, KE: /^\d{5}$/, BR: /^\d{5}-\d{3}$/, CO: /^\d{6}$/,
  AT: /^\d{4}$/, BE: /^\d{4}$/, NL: /^\d{4} [A-Z]{2}$/, DK: /^\d{4}$/, CZ: /^\d{3} \d{2}$/, IT: /^\d{5}$/, IS: /^\d{3}$/, EE: /^\d{5}$/, ES: /^\d{5}$/,
  LV: /^LV-\d{4}$/,
}
/** Domestic bank accounts and bank codes where no IBAN is used. */
export const BANK_ACCOUNT: Record<string, RegExp> = {
  US: /^\d{10,12}$/, GH: /^\d{13}$/, KE: /^\d{12}$/, JM: /^\d{3}-\d{3}-\d{3}$/, HK: /^\d{3}-\d{6}-\d{3}$/, BR: /^\d{5,6}-[\dX]$/, CO: /^\d{3}-\d{6}-\d{2}$/,
}
export const BANK_CODE: Record<string, (v: string) => boolean> = { US: abaOk, BR: (v) => /^\d{4}-\d$/.test(v) }

const formCache = new Map<string, Set<string>>()
const STYLES: Intl.DateTimeFormatOptions[] = [
  { dateStyle: "short" }, { dateStyle: "medium" }, { dateStyle: "long" }, { dateStyle: "full" }, { day: "numeric", month: "long" },
  { weekday: "long", day: "numeric", month: "long" }, { day: "2-digit", month: "2-digit", year: "numeric" },
]
function forms(tag: string, year: number): Set<string> {
  const key = `${tag}:${year}`
  if (!formCache.has(key)) {
    const set = new Set<string>()
    const fmts = STYLES.map((o) => new Intl.DateTimeFormat(tag, { ...o, timeZone: "UTC" }))
    for (let d = new Date(Date.UTC(year, 0, 1, 12)); d.getUTCFullYear() === year; d = new Date(d.getTime() + 86400000)) {
      for (const f of fmts) set.add(f.format(d).replace(/[\u00a0\u202f]/g, " ").toLowerCase())
      set.add(d.toISOString().slice(0, 10))
    }
    formCache.set(key, set)
  }
  return formCache.get(key)!
}
/** A real date (1950-2027) in one of its locale's written forms, or ISO. */
export function isDateText(v: string, tag: string): boolean {
  const years = new Set([2026, 2027])
  for (const m of v.matchAll(/\b(19[5-9]\d|20[0-2]\d)\b/g)) years.add(Number(m[1]))
  for (const m of v.matchAll(/\b(\d{2})\b/g)) for (const y of [1900 + Number(m[1]), 2000 + Number(m[1])]) if (y >= 1950 && y <= 2027) years.add(y)
  return [...years].some((y) => forms(tag, y).has(v.toLowerCase()))
}

// Said phones read back to digits. Each language's words for 0-9 and 10-99 (Czech also 100-999) become phrases; a
// said number is read group by group (commas and "..." part groups), longest phrase first. English `oh`, `double`,
// `triple`, `plus`; German `doppel`; Brazilian `meia` (six).
const W = (s: string) => s.split(" ")
const DIGIT: Record<string, string[]> = {
  en: W("zero one two three four five six seven eight nine"), pt: W("zero um dois três quatro cinco seis sete oito nove"),
  es: W("cero uno dos tres cuatro cinco seis siete ocho nueve"), de: W("null eins zwei drei vier fünf sechs sieben acht neun"),
  fr: W("zéro un deux trois quatre cinq six sept huit neuf"), nl: W("nul een twee drie vier vijf zes zeven acht negen"),
  da: W("nul en to tre fire fem seks syv otte ni"), cs: W("nula jedna dva tři čtyři pět šest sedm osm devět"),
  it: W("zero uno due tre quattro cinque sei sette otto nove"), is: W("núll einn tveir þrír fjórir fimm sex sjö átta níu"),
  et: W("null üks kaks kolm neli viis kuus seitse kaheksa üheksa"), ca: W("zero u dos tres quatre cinc sis set vuit nou"),
  lv: W("nulle viens divi trīs četri pieci seši septiņi astoņi deviņi"),
}
const TEEN: Record<string, string[]> = {
  pt: W("dez onze doze treze catorze quinze dezesseis dezessete dezoito dezenove"), es: W("diez once doce trece catorce quince dieciséis diecisiete dieciocho diecinueve"),
  de: W("zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn"), fr: W("dix onze douze treize quatorze quinze seize dix-sept dix-huit dix-neuf"),
  nl: W("tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien"), da: W("ti elleve tolv tretten fjorten femten seksten sytten atten nitten"),
  cs: W("deset jedenáct dvanáct třináct čtrnáct patnáct šestnáct sedmnáct osmnáct devatenáct"), it: W("dieci undici dodici tredici quattordici quindici sedici diciassette diciotto diciannove"),
  is: W("tíu ellefu tólf þrettán fjórtán fimmtán sextán sautján átján nítján"), et: W("kümme üksteist kaksteist kolmteist neliteist viisteist kuusteist seitseteist kaheksateist üheksateist"),
  ca: W("deu onze dotze tretze catorze quinze setze disset divuit dinou"), lv: W("desmit vienpadsmit divpadsmit trīspadsmit četrpadsmit piecpadsmit sešpadsmit septiņpadsmit astoņpadsmit deviņpadsmit"),
}
/** Tens 20-90, index 0 = twenty. */
const TEN: Record<string, string[]> = {
  pt: W("vinte trinta quarenta cinquenta sessenta setenta oitenta noventa"), es: W("veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa"),
  de: W("zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig"), fr: W("vingt trente quarante cinquante soixante septante quatre-vingts nonante"),
  nl: W("twintig dertig veertig vijftig zestig zeventig tachtig negentig"), da: W("tyve tredive fyrre halvtreds tres halvfjerds firs halvfems"),
  cs: W("dvacet třicet čtyřicet padesát šedesát sedmdesát osmdesát devadesát"), it: W("venti trenta quaranta cinquanta sessanta settanta ottanta novanta"),
  is: W("tuttugu þrjátíu fjörutíu fimmtíu sextíu sjötíu áttatíu níutíu"), et: W("kakskümmend kolmkümmend nelikümmend viiskümmend kuuskümmend seitsekümmend kaheksakümmend üheksakümmend"),
  ca: W("vint trenta quaranta cinquanta seixanta setanta vuitanta noranta"), lv: W("divdesmit trīsdesmit četrdesmit piecdesmit sešdesmit septiņdesmit astoņdesmit deviņdesmit"),
}
const ES_VEINTI = W("veintiuno veintidós veintitrés veinticuatro veinticinco veintiséis veintisiete veintiocho veintinueve")
/** The phrase for tens word `t` (20-90) and unit word `u` (1-9) in a language. */
function compound(lang: string, ti: number, ui: number): string {
  const t = TEN[lang]![ti - 2]!
  const u = DIGIT[lang]![ui]!
  if (lang === "de") return `${ui === 1 ? "ein" : u}und${t}`
  if (lang === "nl") return `${u}${/e$/.test(u) ? "ën" : "en"}${t}`
  if (lang === "da") return `${u}og${t}`
  if (lang === "es") return ti === 2 ? ES_VEINTI[ui - 1]! : `${t} y ${u}`
  if (lang === "pt") return `${t} e ${u}`
  if (lang === "is") return `${t} og ${u}`
  if (lang === "fr") return ti === 8 ? `quatre-vingt-${u}` : ui === 1 ? `${t} et un` : `${t}-${u}`
  if (lang === "it") return ui === 1 || ui === 8 ? t.slice(0, -1) + u : ui === 3 ? `${t}tré` : t + u
  if (lang === "ca") return ti === 2 ? `vint-i-${u}` : `${t}-${u}`
  return `${t} ${u}`
}
const CS_100 = ["", "sto", "dvě stě", "tři sta", "čtyři sta", "pět set", "šest set", "sedm set", "osm set", "devět set"]
const phraseCache = new Map<string, Map<string, string>>()
function phrases(lang: string): Map<string, string> {
  if (phraseCache.has(lang)) return phraseCache.get(lang)!
  const m = new Map<string, string>()
  DIGIT[lang]!.forEach((w, i) => m.set(w, String(i)))
  if (lang === "en") m.set("oh", "0")
  if (lang === "pt") m.set("meia", "6")
  if (TEN[lang]) {
    TEEN[lang]!.forEach((w, i) => m.set(w, String(10 + i)))
    for (let t = 2; t <= 9; t++) {
      m.set(TEN[lang]![t - 2]!, String(t * 10))
      for (let u = 1; u <= 9; u++) m.set(compound(lang, t, u), String(t * 10 + u))
    }
  }
  if (lang === "cs") {
    const two = [...m].filter(([, d]) => d.length === 2)
    for (let h = 1; h <= 9; h++) {
      m.set(CS_100[h]!, `${h}00`)
      for (let u = 1; u <= 9; u++) m.set(`${CS_100[h]} ${DIGIT.cs![u]}`, `${h}0${u}`)
      for (const [w, d] of two) m.set(`${CS_100[h]} ${w}`, `${h}${d}`)
    }
  }
  phraseCache.set(lang, m)
  return m
}
/** The said number as digits (a `+` for "plus"); an unknown word comes back as `?word?`. */
export function unspoken(v: string, tag: string): string {
  const lang = tag.slice(0, 2)
  const m = phrases(lang)
  let out = ""
  for (const group of v.toLowerCase().split(/,|\.\.\./)) {
    const tok = group.trim().split(/\s+/).filter(Boolean)
    for (let i = 0; i < tok.length; ) {
      const t = tok[i]!
      if (/^\d+$/.test(t)) { out += t; i++; continue }
      if (t === "plus") { out += "+"; i++; continue }
      const times = { double: 2, doppel: 2, triple: 3 }[t]
      if (times && m.get(tok[i + 1] ?? "")?.length === 1) { out += m.get(tok[i + 1]!)!.repeat(times); i += 2; continue }
      let n = Math.min(5, tok.length - i)
      while (n > 0 && !m.has(tok.slice(i, i + n).join(" "))) n--
      if (n === 0) { out += `?${t}?`; i++; continue }
      out += m.get(tok.slice(i, i + n).join(" "))!
      i += n
    }
  }
  return out
}
