// Validators for holdout82's labels and lookalikes, written apart from its texts: each reads only a span's final text
// and the record's locale. Unlike holdout81's, these import nothing from earlier corpora's validators (their tables of
// IBAN lengths, dates and said numbers were not read): Luhn and issuer prefixes, mod 97 with the registry lengths and the
// Belgian, Italian and Hungarian national checks, SSN and NINO rules, node:net for IPs, libphonenumber-js/max for phones,
// numbers said in English, German, Italian, Dutch, Swedish, Finnish and Hungarian, dates in those languages, and the
// shapes of a funeral home's, a driving school's, a dental billing desk's and a marina berth office's lookalikes.
import { isIP } from "node:net"
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max"

export const LOCALE_COUNTRY: Record<string, CountryCode> = {
  "en-US": "US", "en-GB": "GB", "en-AU": "AU", "de-AT": "AT", "de-CH": "CH", "it-IT": "IT", "nl-BE": "BE", "sv-SE": "SE", "fi-FI": "FI", "hu-HU": "HU",
}
/** The IBAN countries a text of a locale may hold: its own and its neighbours'. The US and Australia use none of their own. */
export const IBAN_NEAR: Record<string, string[]> = {
  "en-US": [], "en-GB": ["GB", "IE"], "en-AU": ["GB"], "de-AT": ["AT", "DE", "CH", "HU", "IT"], "de-CH": ["CH", "LI", "DE", "AT", "IT", "FR"],
  "it-IT": ["IT", "CH", "AT", "FR"], "nl-BE": ["BE", "NL", "FR", "DE"], "sv-SE": ["SE", "FI", "NO", "DK"], "fi-FI": ["FI", "SE", "EE"], "hu-HU": ["HU", "AT", "SK", "DE"],
}
const IBAN_LENGTH: Record<string, number> = {
  GB: 22, IE: 22, AT: 20, DE: 22, CH: 21, LI: 21, IT: 27, FR: 27, BE: 16, NL: 18, SE: 24, FI: 18, NO: 15, DK: 18, EE: 20, HU: 28, SK: 24,
}
export const digitsOf = (v: string): string => v.replace(/\D/g, "")
export const luhn = (d: string): boolean => /^\d{12,19}$/.test(d) &&
  [...d].reverse().reduce((s, c, i) => s + (i % 2 ? (Number(c) * 2 > 9 ? Number(c) * 2 - 9 : Number(c) * 2) : Number(c)), 0) % 10 === 0
/** The card network a number's prefix and length belong to, if any. */
export const issuer = (d: string): string | undefined => {
  const n = (k: number) => Number(d.slice(0, k))
  if (/^4/.test(d) && [13, 16, 19].includes(d.length)) return "visa"
  if (d.length === 16 && ((n(2) >= 51 && n(2) <= 55) || (n(4) >= 2221 && n(4) <= 2720))) return "mastercard"
  if (d.length === 15 && /^3[47]/.test(d)) return "amex"
  if (d.length === 16 && (/^6011|^65/.test(d) || (n(3) >= 644 && n(3) <= 649))) return "discover"
  if (d.length === 16 && n(4) >= 3528 && n(4) <= 3589) return "jcb"
  return undefined
}
/** A card number as typed: grouped by four (Amex 4-6-5), dashed or compact; Luhn and an issuer. */
export const isCard = (v: string): boolean =>
  /^(\d{4}([ -]?\d{4}){3}|\d{4}[ -]?\d{6}[ -]?\d{5}|\d{15,16})$/.test(v) && luhn(digitsOf(v)) && !!issuer(digitsOf(v))
const compact = (v: string) => v.replace(/ /g, "").toUpperCase()
export const ibanShape = (v: string): boolean =>
  /^[A-Z]{2}\d{2}( ?[A-Z\d]{1,4}){2,8}$/.test(v) && compact(v).length === IBAN_LENGTH[v.slice(0, 2)]
export const ibanRemainder = (v: string): number => {
  const c = compact(v)
  return [...(c.slice(4) + c.slice(0, 4))].reduce((r, ch) => {
    const s = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch
    return [...s].reduce((q, x) => (q * 10 + Number(x)) % 97, r)
  }, 0)
}
export const isIban = (v: string): boolean => ibanShape(v) && ibanRemainder(v) === 1
/** Italian CIN (odd and even tables over ABI, CAB and account). */
const ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
const cinOf = (s: string) => String.fromCharCode(65 + [...s].reduce((t, c, i) => {
  const x = /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 65
  return t + (i % 2 === 0 ? ODD[x]! : x)
}, 0) % 26)
const w9731 = (s: string) => (10 - ([...s].reduce((a, c, i) => a + Number(c) * [9, 7, 3, 1][i % 4]!, 0) % 10)) % 10
/** The national checks this corpus computes: Belgium (mod 97 of ten digits), Italy (CIN), Hungary (9-7-3-1 twice); others pass. */
export const nationalCheck = (v: string): boolean => {
  const b = compact(v).slice(4)
  switch (v.slice(0, 2)) {
    case "BE": return (Number(BigInt(b.slice(0, 10)) % 97n) || 97) === Number(b.slice(10))
    case "IT": return cinOf(b.slice(1)) === b[0]
    case "HU": return w9731(b.slice(0, 7)) === Number(b[7]) && w9731(b.slice(8, 23)) === Number(b[23])
    default: return true
  }
}
export const isSsn = (v: string): boolean => {
  const m = /^(\d{3})-(\d{2})-(\d{4})$/.exec(v)
  return !!m && !["000", "666"].includes(m[1]!) && m[1]![0] !== "9" && m[2] !== "00" && m[3] !== "0000"
}
export const isNino = (v: string): boolean => {
  const c = compact(v)
  return /^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/.test(c) && !["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"].includes(c.slice(0, 2))
}
export const isIpAddr = (v: string): boolean => isIP(v) > 0
export const isEmail = (v: string): boolean => /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/.test(v)
/** Valid in one of the countries, or by its own `+`/`00` prefix. */
export const phoneValidIn = (v: string, ccs: CountryCode[]): boolean => {
  if (/^(\+|00)/.test(v)) return !!parsePhoneNumberFromString(v.replace(/^00/, "+"))?.isValid()
  return ccs.some((cc) => !!parsePhoneNumberFromString(v, cc)?.isValid())
}
export const isPersonText = (v: string): boolean => /^[\p{L}\p{M}'’ .,-]+$/u.test(v) && /\p{L}/u.test(v)

/** A language's number words: units 0-9, teens 10-19, tens 20-90, the word for a hundred, and how a two-digit compound is glued. */
interface Words { units: string[][]; teens: string[][]; tens: string[][]; hundred: string; glue: "unit-and-tens" | "tens-unit" | "fi"; and?: RegExp }
const list = (s: string) => s.split(" ").map((w) => w.split("/"))
const WORDS: Record<string, Words> = {
  en: { units: list("zero/oh/o one two three four five six seven eight nine"), teens: list("ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen"),
    tens: list("twenty thirty forty fifty sixty seventy eighty ninety"), hundred: "hundred", glue: "tens-unit" },
  de: { units: list("null eins/ein/eine zwei/zwo drei vier fünf sechs sieben acht neun"), teens: list("zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn"),
    tens: list("zwanzig dreissig/dreißig vierzig fünfzig sechzig siebzig achtzig neunzig"), hundred: "hundert", glue: "unit-and-tens", and: /und/ },
  nl: { units: list("nul één/een twee drie vier vijf zes zeven acht negen"), teens: list("tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien"),
    tens: list("twintig dertig veertig vijftig zestig zeventig tachtig negentig"), hundred: "honderd", glue: "unit-and-tens", and: /ën|en/ },
  it: { units: list("zero uno due tre/tré quattro cinque sei sette otto nove"), teens: list("dieci undici dodici tredici quattordici quindici sedici diciassette diciotto diciannove"),
    tens: list("venti/vent trenta/trent quaranta/quarant cinquanta/cinquant sessanta/sessant settanta/settant ottanta/ottant novanta/novant"), hundred: "cento", glue: "tens-unit" },
  sv: { units: list("noll ett/en två tre fyra fem sex sju åtta nio"), teens: list("tio elva tolv tretton fjorton femton sexton sjutton arton nitton"),
    tens: list("tjugo trettio fyrtio femtio sextio sjuttio åttio nittio"), hundred: "hundra", glue: "tens-unit" },
  fi: { units: list("nolla yksi kaksi kolme neljä viisi kuusi seitsemän kahdeksan yhdeksän"), teens: list("kymmenen"), tens: [], hundred: "sata", glue: "fi" },
  hu: { units: list("nulla egy kettő/két/kettö három négy öt hat hét nyolc kilenc"), teens: list("tíz"),
    tens: list("húsz/huszon harminc negyven ötven hatvan hetven nyolcvan kilencven"), hundred: "száz", glue: "tens-unit" },
}
const idx = (rows: string[][], w: string) => rows.findIndex((r) => r.includes(w))
/** A word below a hundred as its value, or -1. */
function below100(w: string, L: Words, lang: string): number {
  if (w === "") return -1
  const u = idx(L.units, w)
  if (u >= 0) return u
  if (lang === "fi") {
    if (w === "kymmenen") return 10
    const t = /^(.+?)toista$/.exec(w)
    if (t) return 10 + idx(L.units, t[1]!)
    const k = /^(.+?)kymmentä(.*)$/.exec(w)
    if (k) return idx(L.units, k[1]!) * 10 + (k[2] ? idx(L.units, k[2]) : 0)
    return -1
  }
  if (lang === "hu" && w.startsWith("tizen")) return 10 + idx(L.units, w.slice(5))
  const t = idx(L.teens, w)
  if (t >= 0) return 10 + t
  for (const [i, row] of L.tens.entries()) {
    for (const stem of row) {
      if (L.glue === "tens-unit" && w.startsWith(stem)) {
        const rest = w.slice(stem.length)
        const r = rest === "" ? 0 : idx(L.units, rest)
        if (r >= 0 && !(rest === "" && stem === "huszon")) return 20 + i * 10 + r
      }
      if (L.glue === "unit-and-tens" && w.endsWith(stem) && w !== stem) {
        const m = new RegExp(`^(.+?)(${L.and!.source})$`).exec(w.slice(0, -stem.length))
        if (m && idx(L.units, m[1]!) > 0) return 20 + i * 10 + idx(L.units, m[1]!)
      }
      if (w === stem) return 20 + i * 10
    }
  }
  return -1
}
/** One word's digits: a hundreds compound, a two-digit word, a unit; `?` if unknown. */
function wordDigits(w: string, L: Words, lang: string): string {
  const h = w.indexOf(L.hundred)
  if (h >= 0) {
    const head = w.slice(0, h)
    let tail = w.slice(h + L.hundred.length)
    if (lang === "fi" && head && tail.startsWith("a")) tail = tail.slice(1)
    const hv = head === "" ? 1 : idx(L.units, head)
    const rest = tail === "" ? 0 : below100(tail, L, lang)
    return hv > 0 && rest >= 0 ? String(hv * 100 + rest) : "?"
  }
  const v = below100(w, L, lang)
  return v < 0 ? "?" : String(v)
}
/** A number said in words read back as digits (`plus` as `+`, English `double`/`triple`, digits kept). */
export function unspoken(v: string, lang: string): string {
  const l = lang.slice(0, 2)
  const L = WORDS[l]!
  const words = v.toLowerCase().split(/[\s,.;–—-]+/).filter(Boolean)
  let out = ""
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!
    if (/^\d+$/.test(w)) out += w
    else if (w === "plus") out += "+"
    else if (l === "en" && (w === "double" || w === "triple")) out += wordDigits(words[++i] ?? "", L, l).repeat(w === "double" ? 2 : 3)
    else if (l === "en" && idx(L.tens, w) >= 0 && idx(L.units, words[i + 1] ?? "") > 0 && !["oh", "o"].includes(words[i + 1]!)) out += String(20 + idx(L.tens, w) * 10 + idx(L.units, words[++i]!))
    else out += wordDigits(w, L, l)
  }
  return out
}

/** Month names (and their inflected or short forms) by language. */
const MONTHS: Record<string, string> = {
  en: "january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec",
  de: "januar jänner februar feber märz april mai juni juli august september oktober november dezember jän feb mär apr aug sept okt nov dez",
  it: "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre gen feb mar apr mag giu lug ago set ott nov dic",
  nl: "januari februari maart april mei juni juli augustus september oktober november december jan feb mrt apr aug sep okt nov dec",
  sv: "januari februari mars april maj juni juli augusti september oktober november december jan feb mar apr aug sep okt nov dec",
  fi: "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta tammikuussa helmikuussa maaliskuussa huhtikuussa toukokuussa kesäkuussa heinäkuussa elokuussa syyskuussa lokakuussa marraskuussa joulukuussa",
  hu: "január február március április május június július augusztus szeptember október november december jan febr márc ápr máj jún júl aug szept okt",
}
const D = "(0?[1-9]|[12]\\d|3[01])"
const M = "(0?[1-9]|1[0-2])"
/** A date as the locale writes it: numeric (US month first, else day first; Swedish and Hungarian year first) or with a month name. */
const WEEKDAYS = new Set(("mon tue tues wed thu thur thurs fri sat sun monday tuesday wednesday thursday friday saturday sunday mo di mi do fr sa so montag dienstag " +
  "mittwoch donnerstag freitag samstag sonntag lun mar mer gio ven sab dom lunedì martedì mercoledì giovedì venerdì sabato domenica ma wo vr za zo maandag dinsdag " +
  "woensdag donderdag vrijdag zaterdag zondag mån tis ons tor fre lör sön måndag tisdag onsdag torsdag fredag lördag söndag ti ke to pe la su maanantai tiistai " +
  "keskiviikko torstai perjantai lauantai sunnuntai maanantaina tiistaina keskiviikkona torstaina perjantaina lauantaina sunnuntaina hétfő kedd szerda csütörtök " +
  "péntek szombat vasárnap").split(" "))
export const isDateText = (v: string, lang: string): boolean => {
  const wd = /^(\p{L}+)\.?,? (.+)$/u.exec(v)
  if (wd && WEEKDAYS.has(wd[1]!.toLowerCase()) && isDateText(wd[2]!, lang)) return true
  const l = lang.slice(0, 2)
  const mon = `(${MONTHS[l]!.split(" ").join("|")})\\.?`
  const pats = [
    lang === "en-US" ? `${M}/${D}(/(19|20)?\\d\\d)?` : `${D}[./]${M}([./](19|20)?\\d\\d)?\\.?`,
    `${D}\\.? ${mon}( ((19|20)\\d\\d))?`, `(the )?${D}(st|nd|rd|th)( of)? ${mon}( (19|20)\\d\\d)?`, `${mon} ${D}(st|nd|rd|th)?(,? (19|20)\\d\\d)?`,
    "20\\d\\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])", `20\\d\\d\\. ?${M}\\. ?${D}\\.?`, `(20\\d\\d\\. )?${mon} ${D}(\\.|-(án|én|ig|jén|jéig|ától|étől))?`,
  ]
  return pats.some((p) => new RegExp(`^(${p})$`, "iu").test(v))
}
export const isTime = (v: string): boolean =>
  /^([01]?\d|2[0-3])([:.][0-5]\d)?( ?([ap]\.?m\.?|Uhr|h|órakor|kor))?$/i.test(v) && /[:.apUhók]/i.test(v) || /^([01]?\d|2[0-3])h[0-5]\d$/.test(v)
export const isTimestamp = (v: string): boolean => /^20\d\d-\d\d-\d\d[T ]\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:?\d\d)?$/.test(v) || /^\d\d\.\d\d\.20\d\d \d\d:\d\d(:\d\d)?$/.test(v)
/** An amount with its currency, before or after: $, A$, £, €, CHF/Fr., kr/SEK, Ft/HUF; Swiss `1'250.–`, Austrian `€ 1.250,-`. */
export const isAmount = (v: string): boolean => {
  const num = "\\d[\\d  .,'’]*(\\.–|\\.-|,-{1,2}|,–)?"
  const cur = "(US\\$|A\\$|AU\\$|\\$|£|€|EUR|USD|AUD|GBP|CHF|Fr\\.|SFr\\.|SEK|kr|kronor|HUF|Ft|forint|euro)"
  return new RegExp(`^(${cur} ?${num}|${num} ?${cur})$`, "u").test(v) && /\d/.test(v)
}
export const isVersion = (v: string): boolean => /^v?\d+(\.\d+){1,3}( ?(beta|rc)\d*)?$/i.test(v) || /^(version|v) ?\d+(\.\d+)+$/i.test(v)
/** Postcodes by locale. */
export const POSTCODE: Record<string, RegExp> = {
  "en-US": /^\d{5}(-\d{4})?$/, "en-GB": /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/, "en-AU": /^\d{4}$/, "de-AT": /^(A-)?\d{4}$/, "de-CH": /^(CH-)?\d{4}$/,
  "it-IT": /^\d{5}$/, "nl-BE": /^(B-)?\d{4}$/, "sv-SE": /^(SE-)?\d{3} ?\d{2}$/, "fi-FI": /^(FI-)?\d{5}$/, "hu-HU": /^(H-)?\d{4}$/,
}
/** A street, road, quay or square with its word, in the ten languages (German and Swedish glue it to the name). */
const STREET = /(^|\s)(Street|St|Road|Rd|Avenue|Ave|Drive|Lane|Place|Parade|Crescent|Terrace|Way|Highway|Boulevard|Court|Close|Esplanade|Quay|Via|via|Viale|viale|Piazza|piazza|Corso|corso|Largo|Lungomare|Straat|straat|Laan|laan|Steenweg|steenweg|Kaai|kaai|Plein|Rue|rue|Avenue|utca|u\.|út|tér|körút|sor|rakpart|katu|tie|kuja)(\s|\.|$)/u
const GLUED = /\p{L}(strasse|straße|gasse|weg|platz|gate|gatan|vägen|väg|torget|allén|kajen|straat|laan|dreef|katu|tie|kuja|ranta|utca|rakpart)(\s\d+[a-z]?(\/\d+)?)?(,?\s\d+)?$/u
export const isStreet = (v: string): boolean => (STREET.test(v) || GLUED.test(v) || /^\d+ \p{Lu}/u.test(v) && /\s(St|Rd|Ave)\.?$/u.test(v)) && /^[\p{L}\d .,'’/-]+$/u.test(v)
/** A firm with its legal form. */
const FIRM = /\s(Ltd|Limited|LLC|Inc\.?|Pty Ltd|plc|GmbH|AG|KG|OG|GmbH & Co KG|Sàrl|S\.r\.l\.|Srl|S\.p\.A\.|SpA|BV|BVBA|NV|SRL|bv|AB|HB|Oy|Oyj|Ky|Kft\.|Kft|Zrt\.|Bt\.|e\.U\.)$/u
export const isCompany = (v: string): boolean => FIRM.test(v) && /^[\p{L}\d .,&'’/-]+$/u.test(v)
/** A boat's name as painted on its transom: one to four capitalised words, maybe a Roman numeral or a number. */
export const isBoatName = (v: string): boolean => /^(\p{Lu}[\p{L}'’-]*|II|III|IV|\d{1,2}|of|o’|o'|di|van|af|del|la)( (\p{Lu}[\p{L}'’-]*|II|III|IV|\d{1,2}|of|o’|o'|di|van|af|del|la)){0,3}$/u.test(v)
/** A product: a car, an aligner, a stone, an engine, letters and digits. */
export const isProduct = (v: string): boolean => /^[\p{L}\d][\p{L}\d .&'’+/-]*$/u.test(v) && /\p{L}{2}/u.test(v)
/** A length, a size, a depth or a volume: a boat's, a berth's, a stone's, a fuel tank's. */
export const isMeasure = (v: string): boolean =>
  /^\d{1,4}([.,]\d{1,2})?( ?[x×] ?\d{1,4}([.,]\d{1,2})?){0,2} ?(m|cm|mm|ft|feet|l|L|litres|liter|litri|litraa|kW|hp|HP|PS|hv|LE|kg|t|in|gal)$/.test(v)
/** Forms of address by language, which stay outside a PERSON label (Hungarian ones after the name). */
export const TITLE: Record<string, RegExp> = {
  en: /^(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Rev|Fr)\.? /i, de: /^(Herr|Frau|Hr\.|Fr\.|Dr\.|Mag\.|Ing\.|DI|Dipl\.-Ing\.|Prof\.) /,
  it: /^(Sig\.|Sig\.ra|Sigg\.|signor|signora|dott\.|dott\.ssa|Dott\.|Dott\.ssa|avv\.|ing\.|geom\.) /i, nl: /^(Dhr\.|Mevr\.|meneer|mevrouw|Mr\.|Dr\.) /i,
  sv: /^(herr|fru|dr\.?) /i, fi: /^(herra|rouva|neiti|tri|dr\.?) /i, hu: /^(dr\.|Dr\.|id\.|ifj\.|özv\.) /,
}
export const TITLE_AFTER = /\s(úr|úrnak|urat|asszony|asszonynak|néni|bácsi)$/u
/** Words that are also given names or surnames, used as ordinary words, by language. */
export const NAME_WORDS_BY_LANG: Record<string, string[]> = {
  en: ["may", "will", "bill", "rose", "mark", "frank", "grace", "hope", "dawn", "penny", "june", "grant", "sterling", "rusty", "jack", "sue", "sandy", "pat", "rob", "bob"],
  de: ["ernst", "lange", "klein", "stein", "sommer", "winter", "fuchs", "vogel", "wolf", "hahn", "frank", "kraus", "fromm", "mai", "august", "lenz"],
  it: ["rosa", "bianca", "franco", "serena", "marina", "speranza", "primo", "fortuna", "celeste", "pace", "gioia", "santo", "sole", "chiara"],
  nl: ["bos", "koning", "visser", "roos", "mei", "de wit", "zwart", "smit", "brand", "hoop", "wolf", "dirk"],
  sv: ["björn", "berg", "lind", "holm", "strand", "sten", "vår", "sommar", "ek", "storm", "ström", "rosa", "sol"],
  fi: ["kivi", "tuuli", "toivo", "onni", "lumi", "aamu", "ilma", "sini", "kaisla", "ilo", "satu", "vesa"],
  hu: ["nagy", "fekete", "kis", "virág", "remény", "béke", "rózsa", "fehér", "szabó", "kovács", "hajnal", "boldog"],
}
export const NAME_WORDS: string[] = [...new Set(Object.values(NAME_WORDS_BY_LANG).flat())]
export const nameWordsOf = (lang: string): string[] => NAME_WORDS_BY_LANG[lang.slice(0, 2)]!
