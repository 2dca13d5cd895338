// Validators for holdout57's labels and lookalikes, written apart from its generator: each reads only a span's final
// text and the record's locale, never how the generator drew it.
import { isIP } from "node:net"
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max"

export const LOCALE_COUNTRY: Record<string, CountryCode> = {
  "en-US": "US", "en-GB": "GB", "en-TZ": "TZ", "en-MU": "MU", "en-GY": "GY", "en-GI": "GI", "sv-FI": "FI", "nn-NO": "NO", "fr-MC": "MC",
  "it-SM": "SM", "de-LI": "LI", "ro-MD": "MD", "el-CY": "CY", "sr-RS": "RS", "gl-ES": "ES", "sq-AL": "AL", "mk-MK": "MK", "cy-GB": "GB",
}
/** The Intl tag whose dates a locale writes (Serbian in Latin letters). */
export const INTL_TAG = (tag: string) => (tag === "sr-RS" ? "sr-Latn-RS" : tag)
/** The default regions a recognizer may try, besides the corpus's own countries. */
export const DEFAULT_REGIONS = "US GB IE DE AT CH FR BE ES NL IT PT LU DK SE NO FI IS PL CZ SK HU SI HR RO BG GR CY MT EE LV LT LI".split(" ") as CountryCode[]
export const ALL_REGIONS = [...new Set([...Object.values(LOCALE_COUNTRY), ...DEFAULT_REGIONS])]
/** Where refunds go to a domestic account, not an IBAN. */
export const NO_IBAN: CountryCode[] = ["US", "TZ", "GY"]
/** IBAN lengths from the SWIFT IBAN registry. */
export const IBAN_LENGTH: Record<string, number> = {
  GB: 22, IE: 22, MU: 30, GI: 23, FI: 18, SE: 24, NO: 15, DK: 18, MC: 27, FR: 27, SM: 27, IT: 27, LI: 21, CH: 21, AT: 20, MD: 24, RO: 24,
  CY: 28, GR: 27, RS: 22, ME: 22, BA: 20, ES: 24, PT: 25, AL: 28, XK: 20, MK: 19,
}
/** The IBAN countries a text of a locale may hold: its own and its neighbours'. */
export const IBAN_NEAR: Record<string, string[]> = {
  "en-GB": ["GB", "IE"], "en-MU": ["MU"], "en-GI": ["GI", "GB", "ES"], "sv-FI": ["FI", "SE"], "nn-NO": ["NO", "SE", "DK"], "fr-MC": ["MC", "FR"],
  "it-SM": ["SM", "IT"], "de-LI": ["LI", "CH", "AT"], "ro-MD": ["MD", "RO"], "el-CY": ["CY", "GR"], "sr-RS": ["RS", "ME", "BA"], "gl-ES": ["ES", "PT"],
  "sq-AL": ["AL", "XK"], "mk-MK": ["MK", "AL"], "cy-GB": ["GB"],
}

export const digitsOf = (v: string) => v.replace(/\D/g, "")
export function luhn(d: string): boolean {
  if (!/^\d+$/.test(d)) return false
  let sum = 0
  for (let i = d.length - 1, dbl = false; i >= 0; i--, dbl = !dbl) {
    let x = d.charCodeAt(i) - 48
    if (dbl) x = x < 5 ? x * 2 : x * 2 - 9
    sum += x
  }
  return sum % 10 === 0
}
/** Issuer by prefix and length: Visa, Mastercard (51-55, 2221-2720), Amex, Discover (6011, 644-649, 65). */
export function issuer(d: string): string | undefined {
  const head = (n: number) => Number(d.slice(0, n))
  if (d.startsWith("4") && [13, 16, 19].includes(d.length)) return "visa"
  if (d.length === 16 && ((head(2) >= 51 && head(2) <= 55) || (head(4) >= 2221 && head(4) <= 2720))) return "mastercard"
  if (d.length === 15 && (head(2) === 34 || head(2) === 37)) return "amex"
  if (d.length >= 16 && d.length <= 19 && (head(4) === 6011 || head(2) === 65 || (head(3) >= 644 && head(3) <= 649))) return "discover"
  return undefined
}
export const isCard = (v: string) => /^\d[\d -]*\d$/.test(v) && !!issuer(digitsOf(v)) && luhn(digitsOf(v))

const squash = (v: string) => v.replace(/\s+/g, "").toUpperCase()
export const ibanShape = (v: string) => /^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(squash(v)) && IBAN_LENGTH[squash(v).slice(0, 2)] === squash(v).length
export function ibanRemainder(v: string): number {
  const s = squash(v)
  const moved = s.slice(4) + s.slice(0, 4)
  let r = 0n
  for (const c of moved) r = /[A-Z]/.test(c) ? (r * 100n + BigInt(c.charCodeAt(0) - 55)) % 97n : (r * 10n + BigInt(c)) % 97n
  return Number(r)
}
/** An IBAN in capitals or lower case, grouped by four or not, now and then broken over one line. */
export const isIban = (v: string) => /^[A-Za-z]{2}\d{2}([ \n]?[A-Za-z0-9]{1,4})+$/.test(v) && (v.match(/\n/g) ?? []).length <= 1 && ibanShape(v) && ibanRemainder(v) === 1

const mod = (digits: string, m: bigint) => Number(BigInt(digits) % m)
/** The national check digits inside the BBAN, for the countries whose rule this corpus knows. */
export function nationalCheck(v: string): boolean {
  const s = squash(v)
  const cc = s.slice(0, 2)
  const b = s.slice(4)
  if (cc === "NO") {
    const w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    const k = (11 - ([...b.slice(0, 10)].reduce((a, c, i) => a + Number(c) * w[i]!, 0) % 11)) % 11
    return k !== 10 && String(k) === b[10]
  }
  if (cc === "FI") return luhn(b)
  if (cc === "RS" || cc === "ME" || cc === "BA" || cc === "MK") return !/^\d+$/.test(b) || mod(b, 97n) === 1
  if (cc === "ES") {
    const w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    const dc = (x: string) => { const k = 11 - ([...x].reduce((a, c, i) => a + Number(c) * w[i]!, 0) % 11); return k === 11 ? 0 : k === 10 ? 1 : k }
    return `${dc("00" + b.slice(0, 8))}${dc(b.slice(10))}` === b.slice(8, 10)
  }
  if (cc === "MC" || cc === "FR") {
    if (!/^\d+$/.test(b)) return true
    return (89 * Number(b.slice(0, 5)) + 15 * Number(b.slice(5, 10)) + 3 * mod(b.slice(10, 21), 97n) + Number(b.slice(21))) % 97 === 0
  }
  return true
}

/** Area 001-899 but not 666, group 01-99, serial 0001-9999; dashes, spaces or none. */
export function isSsn(v: string): boolean {
  const m = /^(\d{3})([- ]?)(\d{2})\2(\d{4})$/.exec(v)
  if (!m) return false
  const area = Number(m[1])
  return area > 0 && area !== 666 && area < 900 && Number(m[3]) > 0 && Number(m[4]) > 0
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
    return !!p && p.isValid() && (/^(\+|00)/.test(v) || p.country === cc)
  })
/** Valid anywhere among these regions, however it parses. */
export const phoneAnywhere = (v: string, ccs: readonly CountryCode[]) => ccs.some((cc) => !!parsePhoneNumberFromString(v, cc)?.isValid())
/** The ABA routing number's weighted check (3 7 1). */
export const abaOk = (v: string) => /^\d{9}$/.test(v) && [...v].reduce((a, c, i) => a + Number(c) * [3, 7, 1][i % 3]!, 0) % 10 === 0

/** A person's name as written: letters and marks (any script), with apostrophes, hyphens, periods, commas and spaces. */
export const isPersonText = (v: string) => /^[\p{L}\p{M}]([\p{L}\p{M}'’., -]*[\p{L}\p{M}])?$/u.test(v)
/** Currency signs, codes and local words, in either case (transcripts are lowered). */
export const CURRENCY = /(GY\$|G\$|\$|£|€|(?<!\p{L})(TSh|Rs|kr|CHF|Fr\.|L|lei|din\.|Lekë|ден\.|USD|GBP|TZS|MUR|GYD|GIP|EUR|NOK|MDL|RSD|ALL|MKD)(?!\p{L}))/iu
/** Clock times: 24-hour with colon, period or h; 12-hour with am/pm, a.m./p.m., Greek μ.μ./π.μ., Welsh yb/yh. */
export const isTime = (v: string) => /^([01]?\d|2[0-3])([:.h])[0-5]\d( ?([ap]m|[AP]M|[ap]\.m\.|μ\.μ\.|π\.μ\.)|yh|yb)?$/u.test(v)

/** Postcodes by locale (Guyana has none). */
export const POSTCODE: Record<string, RegExp> = {
  "en-US": /^\d{5}$/, "en-GB": /^[A-Z]{1,2}\d{1,2}[A-Z]? \d[A-Z]{2}$/, "cy-GB": /^[A-Z]{1,2}\d{1,2}[A-Z]? \d[A-Z]{2}$/, "en-TZ": /^\d{5}$/,
  "en-MU": /^\d{5}$/, "en-GI": /^GX11 1AA$/, "sv-FI": /^\d{5}$/, "nn-NO": /^\d{4}$/, "fr-MC": /^980\d\d$/, "it-SM": /^4789\d$/, "de-LI": /^94\d\d$/,
  "ro-MD": /^MD-\d{4}$/, "el-CY": /^\d{4}$/, "sr-RS": /^\d{5}$/, "gl-ES": /^(15|27|32|36)\d{3}$/, "sq-AL": /^\d{4}$/, "mk-MK": /^\d{4}$/,
}
/** Domestic bank accounts and bank codes where no IBAN is used. */
export const BANK_ACCOUNT: Record<string, RegExp> = { US: /^\d{10,12}$/, TZ: /^01\d{11}$/, GY: /^9\d{11}$/ }
export const BANK_CODE: Record<string, (v: string) => boolean> = { US: abaOk }

const STYLES: Intl.DateTimeFormatOptions[] = [
  { dateStyle: "short" }, { dateStyle: "medium" }, { dateStyle: "long" }, { dateStyle: "full" }, { day: "numeric", month: "long" },
  { weekday: "long", day: "numeric", month: "long" }, { day: "2-digit", month: "2-digit", year: "numeric" },
]
const dateCache = new Map<string, Set<string>>()
function datesOf(tag: string, year: number): Set<string> {
  const key = `${tag}|${year}`
  let set = dateCache.get(key)
  if (set) return set
  set = new Set<string>()
  const fmts = STYLES.map((o) => new Intl.DateTimeFormat(INTL_TAG(tag), { ...o, timeZone: "UTC" }))
  for (let t = Date.UTC(year, 0, 1, 12); new Date(t).getUTCFullYear() === year; t += 86400000) {
    const d = new Date(t)
    for (const f of fmts) set.add(f.format(d).replace(/[\u00a0\u202f]/g, " ").toLowerCase())
    set.add(d.toISOString().slice(0, 10))
    if (tag === "en-US") set.add(`${d.getUTCMonth() + 1}/${d.getUTCDate()}/${String(year).slice(2)}`)
  }
  dateCache.set(key, set)
  return set
}
/** A real date (1950-2027) in one of its locale's written forms, or ISO. */
export function isDateText(v: string, tag: string): boolean {
  const years = new Set([2026, 2027])
  for (const m of v.matchAll(/(?<!\d)(19[5-9]\d|20[0-2]\d)(?!\d)/g)) years.add(Number(m[1]))
  for (const m of v.matchAll(/(?<!\d)(\d{2})(?!\d)/g)) for (const y of [1900 + Number(m[1]), 2000 + Number(m[1])]) if (y >= 1950 && y <= 2027) years.add(y)
  return [...years].some((y) => datesOf(tag, y).has(v.toLowerCase()))
}

// Said phones read back to digits. Each language's words for 0-9, 10-99 (Serbian and Galician also 100-999) become
// phrases; a said number is read group by group (commas and "..." part groups), longest phrase first. English `oh`,
// `double`, `triple`; each language's word for `plus`.
const L = (s: string) => s.split(" ")
interface Numerals { units: string[][]; teens: string[]; tens: string[]; join: (ten: string, unit: string, u: number) => string[]; plus?: string }
const alt = (xs: string) => xs.split(" ").map((x) => x.split("/"))
const NUMERALS: Record<string, Numerals> = {
  en: { units: alt("zero/oh one two three four five six seven eight nine"), teens: [], tens: [], join: () => [], plus: "plus" },
  sv: { units: alt("noll ett/en två tre fyra fem sex sju åtta nio"), teens: L("tio elva tolv tretton fjorton femton sexton sjutton arton nitton"),
    tens: L("tjugo trettio fyrtio femtio sextio sjuttio åttio nittio"), join: (t, u) => [t + u], plus: "plus" },
  nn: { units: alt("null ein/eitt to tre fire fem seks sju åtte ni"), teens: L("ti elleve tolv tretten fjorten femten seksten sytten atten nitten"),
    tens: L("tjue tretti førti femti seksti sytti åtti nitti"), join: (t, u) => [t + u, `${u}og${t}`], plus: "pluss" },
  it: { units: alt("zero uno due tre quattro cinque sei sette otto nove"), teens: L("dieci undici dodici tredici quattordici quindici sedici diciassette diciotto diciannove"),
    tens: L("venti trenta quaranta cinquanta sessanta settanta ottanta novanta"), join: (t, u, n) => [n === 1 || n === 8 ? t.slice(0, -1) + u : n === 3 ? `${t}tré` : t + u], plus: "più" },
  de: { units: alt("null eins zwei/zwo drei vier fünf sechs sieben acht neun"), teens: L("zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn"),
    tens: L("zwanzig dreissig vierzig fünfzig sechzig siebzig achtzig neunzig"), join: (t, u, n) => [`${n === 1 ? "ein" : u}und${t}`, `${n === 1 ? "ein" : u}und${t.replace("ss", "ß")}`], plus: "plus" },
  ro: { units: alt("zero unu doi/două trei patru cinci șase șapte opt nouă"), teens: L("zece unsprezece doisprezece treisprezece paisprezece cincisprezece șaisprezece șaptesprezece optsprezece nouăsprezece"),
    tens: L("douăzeci treizeci patruzeci cincizeci șaizeci șaptezeci optzeci nouăzeci"), join: (t, u) => [`${t} și ${u}`], plus: "plus" },
  el: { units: alt("μηδέν ένα δύο τρία τέσσερα πέντε έξι επτά/εφτά οκτώ/οχτώ εννέα/εννιά"), teens: L("δέκα έντεκα δώδεκα δεκατρία δεκατέσσερα δεκαπέντε δεκαέξι δεκαεφτά δεκαοχτώ δεκαεννιά"),
    tens: L("είκοσι τριάντα σαράντα πενήντα εξήντα εβδομήντα ογδόντα ενενήντα"), join: (t, u) => [`${t} ${u}`], plus: "συν" },
  sr: { units: alt("nula jedan dva tri četiri pet šest sedam osam devet"), teens: L("deset jedanaest dvanaest trinaest četrnaest petnaest šesnaest sedamnaest osamnaest devetnaest"),
    tens: L("dvadeset trideset četrdeset pedeset šezdeset sedamdeset osamdeset devedeset"), join: (t, u) => [`${t} ${u}`], plus: "plus" },
  gl: { units: alt("cero un/unha dous/dúas tres catro cinco seis sete oito nove"), teens: L("dez once doce trece catorce quince dezaseis dezasete dezaoito dezanove"),
    tens: L("vinte trinta corenta cincuenta sesenta setenta oitenta noventa"), join: (t, u) => [`${t} e ${u}`], plus: "máis" },
  sq: { units: alt("zero një dy tre katër pesë gjashtë shtatë tetë nëntë"), teens: L("dhjetë njëmbëdhjetë dymbëdhjetë trembëdhjetë katërmbëdhjetë pesëmbëdhjetë gjashtëmbëdhjetë shtatëmbëdhjetë tetëmbëdhjetë nëntëmbëdhjetë"),
    tens: L("njëzet tridhjetë dyzet pesëdhjetë gjashtëdhjetë shtatëdhjetë tetëdhjetë nëntëdhjetë"), join: (t, u) => [`${t} e ${u}`], plus: "plus" },
  mk: { units: alt("нула еден/една два/две три четири пет шест седум осум девет"), teens: L("десет единаесет дванаесет тринаесет четиринаесет петнаесет шеснаесет седумнаесет осумнаесет деветнаесет"),
    tens: L("дваесет триесет четириесет педесет шеесет седумдесет осумдесет деведесет"), join: (t, u) => [`${t} и ${u}`], plus: "плус" },
  cy: { units: alt("dim un dau tri pedwar pump chwech saith wyth naw"), teens: ["deg", ..."un dau tri pedwar pump chwech saith wyth naw".split(" ").map((u) => `un deg ${u}`)],
    tens: ["dau ddeg", "tri deg", "pedwar deg", "pum deg", "chwe deg", "saith deg", "wyth deg", "naw deg"], join: (t, u) => [`${t} ${u}`] },
}
/** French counts by twenties from seventy: soixante-dix, quatre-vingts, quatre-vingt-dix-neuf. */
function french(): Map<string, string> {
  const m = new Map<string, string>()
  const u = L("zéro un deux trois quatre cinq six sept huit neuf")
  const teen = L("dix onze douze treize quatorze quinze seize dix-sept dix-huit dix-neuf")
  u.forEach((w, i) => m.set(w, String(i)))
  teen.forEach((w, i) => m.set(w, String(10 + i)))
  L("vingt trente quarante cinquante soixante").forEach((t, k) => {
    m.set(t, String(20 + 10 * k))
    for (let i = 1; i <= 9; i++) m.set(i === 1 ? `${t} et un` : `${t}-${u[i]}`, String(21 + 10 * k + i - 1))
  })
  teen.forEach((w, i) => m.set(i === 1 ? "soixante et onze" : `soixante-${w}`, String(70 + i)))
  m.set("quatre-vingts", "80")
  for (let i = 1; i <= 9; i++) m.set(`quatre-vingt-${u[i]}`, String(80 + i))
  teen.forEach((w, i) => m.set(`quatre-vingt-${w}`, String(90 + i)))
  m.set("plus", "+")
  return m
}
const HUNDREDS: Record<string, string[]> = {
  sr: L("sto dvesta trista četiristo petsto šeststo sedamsto osamsto devetsto"),
  gl: L("cento douscentos trescentos catrocentos cincocentos/quiñentos seiscentos setecentos oitocentos novecentos"),
}
const phraseCache = new Map<string, Map<string, string>>()
function phrasebook(lang: string): Map<string, string> {
  if (phraseCache.has(lang)) return phraseCache.get(lang)!
  const n = NUMERALS[lang]
  const m = lang === "fr" ? french() : new Map<string, string>()
  if (n) {
    n.units.forEach((ws, i) => ws.forEach((w) => m.set(w, String(i))))
    n.teens.forEach((w, i) => m.set(w, String(10 + i)))
    n.tens.forEach((t, k) => {
      m.set(t, String(20 + 10 * k))
      for (let i = 1; i <= 9; i++) for (const uw of n.units[i]!) for (const p of n.join(t, uw, i)) m.set(p, String(20 + 10 * k + i))
    })
    if (n.plus) m.set(n.plus, "+")
  }
  const below = [...m].filter(([, d]) => /^\d\d?$/.test(d) && (d.length === 2 || d !== "0"))
  HUNDREDS[lang]?.forEach((ws, h) => ws.split("/").forEach((w) => {
    const head = lang === "gl" && h === 0 ? "cen" : w
    m.set(head, `${h + 1}00`)
    for (const [p, d] of below) m.set(`${w} ${p}`, `${h + 1}${d.padStart(2, "0")}`)
  }))
  phraseCache.set(lang, m)
  return m
}
/** The said number as digits (a `+` for the language's "plus"); an unknown word comes back as `?word?`. */
export function unspoken(v: string, tag: string): string {
  const lang = tag.slice(0, 2)
  const m = phrasebook(lang)
  let out = ""
  for (const group of v.toLowerCase().split(/,|\.\.\./)) {
    const tok = group.trim().split(/\s+/).filter(Boolean)
    for (let i = 0; i < tok.length; ) {
      const t = tok[i]!
      if (/^\d+$/.test(t)) { out += t; i++; continue }
      const times = lang === "en" ? ({ double: 2, triple: 3 } as Record<string, number>)[t] : undefined
      if (times && m.get(tok[i + 1] ?? "")?.length === 1) { out += m.get(tok[i + 1]!)!.repeat(times); i += 2; continue }
      let k = Math.min(6, tok.length - i)
      while (k > 0 && !m.has(tok.slice(i, i + k).join(" "))) k--
      if (k === 0) { out += `?${t}?`; i++; continue }
      out += m.get(tok.slice(i, i + k).join(" "))
      i += k
    }
  }
  return out
}
