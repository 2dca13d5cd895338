// Validators for holdout80's labels and lookalikes, written apart from its texts: each reads only a span's final text
// and the record's locale. The checks that fit unchanged come from holdout66's validators (said numbers read back by
// test/holdout-dates-spoken.ts); below are holdout80's own locale tables (en-US, en-AU, de-CH, fr-BE, nl-NL, it-IT,
// sv-SE, fi-FI, hu-HU, hr-HR) and what the shared helpers lack for them: Hungarian, Croatian, Slovenian, Estonian,
// Slovak and Romanian IBAN lengths, the Italian CIN, the Dutch eleven-test, the Finnish Luhn digit and the Hungarian
// and Croatian account checks, forint and euro-in-Croatian amounts, Hungarian and Croatian dates, numbers said in
// Hungarian and Croatian, forms of address of ten languages, each language's name-words, and the shapes of a
// collection agency's, a property manager's, a course platform's and an appliance warranty desk's own lookalikes
// (payment references with their own check digits, appliance makes and models, error codes, floor areas, streets and
// firms that carry a person's name, timestamps of pasted logs).
import type { CountryCode } from "libphonenumber-js/max"
import {
  CURRENCY, ibanRemainder, ibanShape, isDateText as isDateText66, isIban as isIban66, isIpAddr, luhn, nationalCheck as nationalCheck66,
  unspoken as unspoken66,
} from "./holdout66-validators.ts"

export {
  CURRENCY, digitsOf, ibanRemainder, ibanShape, isCard, isEmail, isIpAddr, isNino, isPersonText, isSsn, isTime, isVersion,
  issuer, luhn, phoneValidIn,
} from "./holdout66-validators.ts"

export const LOCALE_COUNTRY: Record<string, CountryCode> = {
  "en-US": "US", "en-AU": "AU", "de-CH": "CH", "fr-BE": "BE", "nl-NL": "NL", "it-IT": "IT", "sv-SE": "SE", "fi-FI": "FI", "hu-HU": "HU", "hr-HR": "HR",
}
/** The locales whose texts may hold a US SSN or a UK NI number (after its cue): the American and Australian desks. */
export const ENGLISH = ["en-US", "en-AU"]
/** The IBAN countries a text of a locale may hold: its own and its neighbours' (a tenant, a learner or a debtor from abroad). */
export const IBAN_NEAR: Record<string, string[]> = {
  "en-US": [], "en-AU": ["GB", "IE"], "de-CH": ["CH", "LI", "DE", "AT"], "fr-BE": ["BE", "FR", "LU", "NL"], "nl-NL": ["NL", "BE", "DE"],
  "it-IT": ["IT", "CH", "FR", "DE"], "sv-SE": ["SE", "FI", "NO", "DK"], "fi-FI": ["FI", "SE", "EE"], "hu-HU": ["HU", "AT", "SK", "RO", "DE"],
  "hr-HR": ["HR", "SI", "AT", "DE"],
}
/** Registry lengths the shared table lacks. */
const EXTRA_LENGTH: Record<string, number> = { HU: 28, HR: 21, SI: 19, EE: 20, SK: 24, RO: 24 }
/** An IBAN's shape, any of these countries: two letters, two check digits, groups of four or the compact form. */
export const ibanShape80 = (v: string): boolean =>
  /^[A-Z]{2}\d{2}( ?[A-Z\d]{1,4}){3,8}$/.test(v) && (ibanShape(v) || v.replace(/ /g, "").length === EXTRA_LENGTH[v.slice(0, 2)])
/** mod 97 and registry length; the countries above by their own lengths. */
export const isIban = (v: string): boolean => {
  const c = v.replace(/ /g, "").toUpperCase()
  const n = EXTRA_LENGTH[c.slice(0, 2)]
  return n ? ibanShape80(v) && c.length === n && ibanRemainder(v) === 1 : isIban66(v)
}
/** The Italian CIN: a letter over ABI, CAB and account, odd places by their own table. */
const CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
export const italianCin = (abiCabAccount: string): string => {
  const val = (c: string) => (/\d/.test(c) ? Number(c) : c.charCodeAt(0) - 65)
  const sum = [...abiCabAccount].reduce((a, c, i) => a + (i % 2 === 0 ? CIN_ODD[val(c)]! : val(c)), 0)
  return String.fromCharCode(65 + (sum % 26))
}
/** The Dutch eleven-test over the ten-digit account. */
const elevenTest = (acct: string): boolean => [...acct].reduce((a, d, i) => a + Number(d) * (10 - i), 0) % 11 === 0
/** Hungarian giro numbers: each eight- or sixteen-digit block ends on a 9-7-3-1 check digit. */
const huBlock = (b: string): boolean => {
  const w = [9, 7, 3, 1]
  const s = [...b.slice(0, -1)].reduce((a, d, i) => a + Number(d) * w[i % 4]!, 0)
  return (10 - (s % 10)) % 10 === Number(b.slice(-1))
}
/** ISO 7064 MOD 11,10, as Croatian bank codes and account numbers carry it. */
export const mod1110 = (digits: string): boolean => {
  let p = 10
  let s = 0
  for (const c of digits) {
    s = (p + Number(c)) % 10 || 10
    p = (2 * s) % 11
  }
  return s === 1
}
/** The shared national checks (Spain, France, Belgium, Portugal) and the Italian, Dutch, Finnish, Hungarian and Croatian ones. */
export const nationalCheck = (v: string): boolean => {
  const c = v.replace(/ /g, "").toUpperCase()
  const b = c.slice(4)
  switch (c.slice(0, 2)) {
    case "IT": return italianCin(b.slice(1)) === b[0]
    case "NL": return elevenTest(b.slice(4))
    case "FI": return luhn(b)
    case "HU": return huBlock(b.slice(0, 8)) && huBlock(b.slice(8))
    case "HR": return mod1110(b.slice(0, 7)) && mod1110(b.slice(7))
    default: return nationalCheck66(v)
  }
}
/** Postcodes by locale (Dutch with its letters, Swedish with its space). */
export const POSTCODE: Record<string, RegExp> = {
  "en-US": /^\d{5}(-\d{4})?$/, "en-AU": /^\d{4}$/, "de-CH": /^(CH-)?[1-9]\d{3}$/, "fr-BE": /^(B-)?[1-9]\d{3}$/, "nl-NL": /^[1-9]\d{3} ?[A-Z]{2}$/,
  "it-IT": /^\d{5}$/, "sv-SE": /^(SE-)?\d{3} ?\d{2}$/, "fi-FI": /^(FI-)?\d{5}$/, "hu-HU": /^(H-)?[1-9]\d{3}$/, "hr-HR": /^(HR-)?[1-5]\d{4}$/,
}
/** An amount: the shared currency pattern, or forint and Croatian euro forms (`12 500 Ft`, `HUF 80 000`, `150 eura`) it lacks. */
export const isAmount = (v: string): boolean =>
  /\d/.test(v) && (CURRENCY.test(v) || /^\d[\d  .,]*(,-{1,2})? ?(Ft|HUF|forint|forintot|forintos|eura|eur|EUR)$/u.test(v) || /^(HUF|EUR) ?\d[\d  .,]*$/.test(v))
/** Dates: the shared reader (in the locale's language, or in British English), then Hungarian (`2026. március 12.`, `március 12-én`, `2026.03.12.`) and Croatian (`12. 3. 2026.`) forms it lacks. */
const HU_MONTHS = "január|február|március|április|május|június|július|augusztus|szeptember|október|november|december|jan\\.|febr\\.|márc\\.|ápr\\.|máj\\.|jún\\.|júl\\.|aug\\.|szept\\.|okt\\.|nov\\.|dec\\."
export const isDateText = (v: string, lang: string): boolean => {
  // A desk's English texts (three of each locale's fifteen) write English dates.
  if (isDateText66(v, lang) || (lang !== "en-US" && isDateText66(v, "en-GB"))) return true
  if (lang === "hu-HU") {
    return /^20\d\d\. ?(0[1-9]|1[0-2])\. ?(0[1-9]|[12]\d|3[01])\.$/.test(v) ||
      new RegExp(`^(20\\d\\d\\. )?(${HU_MONTHS}) (0?[1-9]|[12]\\d|3[01])(\\.|-(én|án|ig|től|től|ére|ára|i|ei|ai|jén|ján))?$`).test(v)
  }
  if (lang === "hr-HR" || lang === "fi-FI" || lang === "de-CH") return /^(0?[1-9]|[12]\d|3[01])\. ?(0?[1-9]|1[0-2])\.( ?20\d\d\.?)?$/.test(v)
  return false
}
/** Hungarian numbers said as people give phone numbers: digits and one-word numbers up to 999 (`harmincegy`, `százhuszonhárom`). */
const HU_UNIT: Record<string, number> = { nulla: 0, egy: 1, kettő: 2, két: 2, három: 3, négy: 4, öt: 5, hat: 6, hét: 7, nyolc: 8, kilenc: 9 }
const HU_TEN: Record<string, number> = { tíz: 10, tizen: 10, húsz: 20, huszon: 20, harminc: 30, negyven: 40, ötven: 50, hatvan: 60, hetven: 70, nyolcvan: 80, kilencven: 90 }
const readHu = (w: string): string | undefined => {
  if (w in HU_UNIT) return String(HU_UNIT[w])
  const m = new RegExp(`^(?:(${Object.keys(HU_UNIT).join("|")})?(száz))?(${Object.keys(HU_TEN).join("|")})?(${Object.keys(HU_UNIT).filter((k) => k !== "nulla").join("|")})?$`).exec(w)
  if (!m || !m[0]) return undefined
  const hundreds = m[2] ? (m[1] ? HU_UNIT[m[1]]! : 1) : undefined
  if (m[1] && !m[2]) return undefined
  const ten = m[3] ? HU_TEN[m[3]]! : 0
  if ((m[3] === "tizen" || m[3] === "huszon") && !m[4]) return undefined
  const low = ten + (m[4] ? HU_UNIT[m[4]]! : 0)
  if (hundreds !== undefined) return String(hundreds * 100 + low)
  return m[3] ? String(low) : undefined
}
/** Croatian digits, teens and tens (`devedeset jedan` is 91). */
const HR_UNIT: Record<string, number> = { nula: 0, jedan: 1, jedna: 1, jedno: 1, dva: 2, dvije: 2, tri: 3, četiri: 4, pet: 5, šest: 6, sedam: 7, osam: 8, devet: 9 }
const HR_TEEN: Record<string, number> = { deset: 10, jedanaest: 11, dvanaest: 12, trinaest: 13, četrnaest: 14, petnaest: 15, šesnaest: 16, sedamnaest: 17, osamnaest: 18, devetnaest: 19 }
const HR_TENS: Record<string, number> = { dvadeset: 20, trideset: 30, četrdeset: 40, pedeset: 50, šezdeset: 60, sedamdeset: 70, osamdeset: 80, devedeset: 90 }
const readHr = (toks: string[]): string => {
  let out = ""
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!
    if (t in HR_UNIT) out += String(HR_UNIT[t])
    else if (t in HR_TEEN) out += String(HR_TEEN[t])
    else if (t in HR_TENS) {
      const next = toks[i + 1]
      if (next && next in HR_UNIT && HR_UNIT[next]! > 0) { out += String(HR_TENS[t]! + HR_UNIT[next]!); i++ }
      else out += String(HR_TENS[t])
    } else if (t === "plus") out += "+"
    else if (/^\d+$/.test(t)) out += t
    else out += `?${t}?`
  }
  return out
}
/** A said number read back: the shared reader for English, German, French, Dutch, Italian, Swedish and Finnish; Hungarian and Croatian here. */
export const unspoken = (v: string, lang: string): string => {
  const l = lang.slice(0, 2)
  const toks = v.toLowerCase().split(/[\s,]+/).filter(Boolean)
  if (l === "hu") return toks.map((t) => (t === "plusz" ? "+" : /^\d+$/.test(t) ? t : readHu(t) ?? `?${t}?`)).join("")
  if (l === "hr") return readHr(toks)
  return unspoken66(v, lang === "en-AU" ? "en-GB" : lang)
}
/** A pasted log line's timestamp. */
export const isTimestamp = (v: string): boolean =>
  /^\d{4}[-./]\d{2}[-./]\d{2}\.?[T ]\d{2}:\d{2}(:\d{2})?(\.\d{1,3})?( ?(Z|UTC|CET|CEST|EET|EEST|EST|EDT|PST|PDT|AEST|AEDT|[+-]\d{2}:?\d{2}))?$/.test(v) ||
  /^\d{1,2}[./-]\d{1,2}[./-]\d{4}\.?,? (klo )?\d{1,2}[:.]\d{2}([:.]\d{2})?$/.test(v) || /^\d{1,2}\/\d{1,2}\/\d{4},? \d{1,2}:\d{2}( ?[AP]M)?$/.test(v)
/** Appliance makes (many carry a founder's name), with a model or a line after them. */
const MAKES = ["Bosch", "Siemens", "Miele", "AEG", "Electrolux", "Zanussi", "Whirlpool", "Beko", "Samsung", "LG", "Liebherr", "Gorenje", "Smeg", "Candy",
  "Indesit", "Hotpoint", "Philips", "De'Longhi", "DeLonghi", "Dyson", "V-ZUG", "Haier", "Grundig", "Neff", "Gaggenau", "Maytag", "GE", "Fisher & Paykel",
  "Westinghouse", "Kenwood", "Husqvarna", "Asko", "Upo", "KitchenAid", "Frigidaire", "Electrolux", "Schulthess", "Jura", "Vorwerk", "Balay", "Hisense", "Sharp", "Panasonic", "Končar", "Rheem"]
export const isApplianceModel = (v: string): boolean => MAKES.some((m) => v === m || v.startsWith(m + " ")) && /^[\p{L}\d .&'/-]+$/u.test(v) && v.split(" ").length >= 2
/** A street, square or road named with its keyword, in the texts' languages (German, Dutch, Swedish and Finnish glue it on). */
const STREET_WORD = /(^|\s)(Street|St\.?|Road|Rd|Avenue|Ave\.?|Boulevard|Blvd\.?|Drive|Lane|Place|Parade|Terrace|Court|Way|Highway|Rue|rue|Avenue|avenue|Chaussée|chaussée|Boulevard|boulevard|Place|place|Quai|quai|Via|via|Viale|viale|Corso|corso|Piazza|piazza|Largo|largo|utca|u\.|út|útja|tér|körút|krt\.|Ulica|ulica|ul\.|Trg|trg|Cesta|cesta|Avenija|avenija|Obala|obala|Put|put)(\s|$)/u
const STREET_TAIL = /\p{L}(strasse|straße|gasse|weg|platz|quai|straat|laan|plein|gracht|kade|singel|gatan|vägen|torget|gränd|katu|tie|kuja|tori|polku)(\s\d+\p{L}?)?$/u
export const isStreet = (v: string): boolean => (STREET_WORD.test(v) || STREET_TAIL.test(v)) && /^[\p{L}\d .,'’-]+$/u.test(v)
/** A firm with its legal form (after its name, or before it for Finnish housing companies and Swedish housing co-operatives), in the texts' countries. */
const FIRM = /(\s(LLC|Inc\.?|Corp\.?|Co\.|Pty Ltd|Ltd|AG|GmbH|SA|S\.A\.|Sàrl|SRL|SPRL|BV|BVBA|NV|B\.V\.|N\.V\.|S\.r\.l\.|S\.p\.A\.|Srl|SpA|snc|AB|HB|Oy|Oyj|Ky|Kft\.|Zrt\.|Nyrt\.|Bt\.|d\.o\.o\.|d\.d\.|j\.d\.o\.o\.|obrt)$)|^(As Oy|Asunto Oy|Kiinteistö Oy|Brf) /u
export const isCompany = (v: string): boolean => FIRM.test(v) && /^[\p{L}\d .,&'’-]+$/u.test(v)
/** Payment references with their own check digits: the Belgian structured communication, the ISO 11649 RF reference, the
 * Finnish viitenumero, the Swiss QR reference, the Swedish OCR number (Luhn), and the Croatian model-and-reference. */
const qrMod10 = (d: string): number => {
  const t = [0, 9, 4, 6, 8, 2, 7, 1, 3, 5]
  let carry = 0
  for (const c of d) carry = t[(carry + Number(c)) % 10]!
  return (10 - carry) % 10
}
const fiViite = (d: string): boolean => {
  const w = [7, 3, 1]
  const body = d.slice(0, -1)
  const s = [...body].reverse().reduce((a, c, i) => a + Number(c) * w[i % 3]!, 0)
  return (10 - (s % 10)) % 10 === Number(d.slice(-1))
}
export const isPaymentRef = (v: string, lang: string): boolean => {
  const d = v.replace(/\D/g, "")
  if (/^\+\+\+\d{3}\/\d{4}\/\d{5}\+\+\+$/.test(v)) return (Number(BigInt(d.slice(0, 10)) % 97n) || 97) === Number(d.slice(10))
  if (/^RF\d{2}( ?[A-Z\d]{1,4}){1,6}$/.test(v)) return ibanRemainder(v) === 1
  if (lang === "fi-FI" && /^\d{1,5}( \d{5}){0,3}$/.test(v) && d.length >= 4) return fiViite(d)
  if (lang === "de-CH" && /^\d{2}( \d{5}){5}$/.test(v)) return qrMod10(d.slice(0, -1)) === Number(d.slice(-1))
  if (lang === "sv-SE" && /^\d{6,25}$/.test(v)) return luhn(d)
  if (lang === "hr-HR" && /^HR\d{2} \d{1,12}(-\d{1,12}){0,2}$/.test(v)) return true
  return false
}
/** An appliance's fault code as its display shows it (`E:24`, `F21`, `E-15`, `H20`, `5E`, Electrolux's `i20`). */
export const isErrorCode = (v: string): boolean => /^([A-Z]{1,2}|i)[:-]?\d{1,3}$/.test(v) || /^[A-Z]\d{1,2}[:-]\d{1,2}$/.test(v) || /^\d{1,2}[A-Z]{1,2}$/.test(v)
/** A floor area. */
export const isArea = (v: string): boolean => /^\d{1,4}([.,]\d{1,2})? ?(m²|m2|sqm|square metres|square feet|sq ft|sq\. ft\.|neliötä|kvm|nm)$/.test(v)
/** Titles and forms of address by language, which stay outside a PERSON label. */
export const TITLE: Record<string, RegExp> = {
  en: /^(Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.? /i, de: /^(Herr|Herrn|Frau|Dr\.|Prof\.) /, fr: /^(M\.|Mme|Mlle|Madame|Monsieur|Me|Maître|Dr) /i,
  nl: /^(Dhr\.|Mevr\.|Mw\.|meneer|mevrouw|de heer|mr\.|dr\.|ir\.) /i, it: /^(Sig\.|Sig\.ra|signor|signora|sig\.ra|dott\.|dott\.ssa|avv\.|ing\.|geom\.) /i,
  sv: /^(herr|fru) /i, fi: /^(herra|rouva|neiti|tri) /i, hu: /^(dr\.|Dr\.|ifj\.|id\.|özv\.) /,
  hr: /^(g\.|gđa|gđica|gosp\.|gospodin|gospođa|gospodine|gospođo|gospodinu|gospođi|gospodina|gospođu|dr\.) /i,
}
/** Words that are also given names or surnames, used as ordinary words, by language. */
export const NAME_WORDS_BY_LANG: Record<string, string[]> = {
  en: ["will", "mark", "bill", "grace", "dawn", "frank", "penny", "hope", "chance", "joy", "grant", "may", "rich", "faith", "carol", "pat", "sterling", "august", "june", "crystal"],
  de: ["ernst", "klein", "lange", "sommer", "winter", "fuchs", "vogel", "frank", "wolf", "kurz", "brand", "fröhlich", "gut"],
  fr: ["pierre", "rose", "blanc", "noël", "claire", "marine", "constant", "aimé", "olive", "lebrun", "prudence"],
  nl: ["bakker", "visser", "kok", "roos", "bos", "vos", "smit", "koning", "schipper", "klein", "zwart", "groen"],
  it: ["rosa", "serena", "franco", "bianca", "stella", "fortuna", "marina", "felice", "gloria", "speranza", "primo", "sole", "leone", "fiore", "benvenuto", "gentile", "sereno"],
  sv: ["berg", "björk", "ström", "sten", "holm", "sommar", "vår", "sol", "lind", "storm", "dal"],
  fi: ["onni", "toivo", "aina", "ilma", "lumi", "tähti", "satu", "aamu", "kivi", "mäki", "virta", "koski", "järvi", "lahti", "valo", "rauha"],
  hu: ["nagy", "kis", "fekete", "fehér", "virág", "rózsa", "remény", "hajnal", "szabó", "kovács", "bátor", "vidám"],
  hr: ["nada", "ruža", "zora", "mir", "vuk", "jagoda", "kovač", "slava", "vedran", "sretan", "zlatko", "radost"],
}
export const NAME_WORDS_80: string[] = [...new Set(Object.values(NAME_WORDS_BY_LANG).flat())]
/** The name-words a text of a locale may use: its language's own. */
export const nameWordsOf = (lang: string): string[] => NAME_WORDS_BY_LANG[lang.slice(0, 2)]!
