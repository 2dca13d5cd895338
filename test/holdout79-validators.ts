// Validators for holdout79's labels and lookalikes, written apart from its texts: each reads only a span's final text
// and the record's locale. The checks that fit unchanged come from holdout66's validators (said numbers read back by
// test/holdout-dates-spoken.ts); below are holdout79's own locale tables (en-GB, en-IE, pl-PL, cs-CZ, sk-SK, lt-LT,
// ro-RO, el-GR, tr-TR, pt-PT) and what the shared helpers lack for them: Czech, Slovak, Lithuanian, Romanian, Greek,
// Turkish, Hungarian, Latvian and Cypriot IBAN lengths, the Czech and Slovak account checks and the Polish sort-code
// digit, koruna, leu and lira amounts, Czech and Slovak spaced dates and Lithuanian dates, numbers said digit by digit in
// Czech, Slovak, Lithuanian, Romanian, Greek and Turkish, forms of address of nine languages, each language's
// name-words, and the shapes of a motoring desk's own lookalikes (VINs, odometer readings, charged energy, GPS fixes,
// car models, streets and firms that carry a person's name, timestamps of pasted logs).
import type { CountryCode } from "libphonenumber-js/max"
import {
  CURRENCY, ibanRemainder, ibanShape, isDateText as isDateText66, isIban as isIban66, isIpAddr, nationalCheck as nationalCheck66,
  unspoken as unspoken66,
} from "./holdout66-validators.ts"

export {
  CURRENCY, digitsOf, ibanRemainder, ibanShape, isCard, isEmail, isIpAddr, isNino, isPersonText, isSsn, isTime, isVersion,
  issuer, luhn, phoneValidIn,
} from "./holdout66-validators.ts"

export const LOCALE_COUNTRY: Record<string, CountryCode> = {
  "en-GB": "GB", "en-IE": "IE", "pl-PL": "PL", "cs-CZ": "CZ", "sk-SK": "SK", "lt-LT": "LT", "ro-RO": "RO", "el-GR": "GR", "tr-TR": "TR", "pt-PT": "PT",
}
/** The locales whose texts may hold a US SSN or a UK NI number (after its cue): the British and Irish desks. */
export const ENGLISH = ["en-GB", "en-IE"]
/** The IBAN countries a text of a locale may hold: its own and its neighbours' or its diaspora's (a renter from abroad). */
export const IBAN_NEAR: Record<string, string[]> = {
  "en-GB": ["GB", "IE"], "en-IE": ["IE", "GB"], "pl-PL": ["PL", "DE", "GB", "LT"], "cs-CZ": ["CZ", "SK", "DE", "AT"], "sk-SK": ["SK", "CZ", "AT", "HU"],
  "lt-LT": ["LT", "LV", "PL", "GB"], "ro-RO": ["RO", "IT", "ES", "DE"], "el-GR": ["GR", "CY", "DE"], "tr-TR": ["TR", "DE", "NL"], "pt-PT": ["PT", "ES", "FR", "LU", "GB"],
}
/** Registry lengths the shared table lacks. */
const EXTRA_LENGTH: Record<string, number> = { CZ: 24, SK: 24, LT: 20, RO: 24, GR: 27, TR: 26, HU: 28, LV: 21, CY: 28 }
/** An IBAN's shape, any country: two letters, two check digits, groups of four or the compact form. */
export const ibanShape79 = (v: string): boolean => /^[A-Z]{2}\d{2}( ?[A-Z\d]{1,4}){3,8}$/.test(v) && (ibanShape(v) || EXTRA_LENGTH[v.slice(0, 2)] !== undefined)
/** mod 97 and registry length; the countries above by their own lengths. */
export const isIban = (v: string): boolean => {
  const c = v.replace(/ /g, "").toUpperCase()
  const n = EXTRA_LENGTH[c.slice(0, 2)]
  return n ? ibanShape79(v) && c.length === n && ibanRemainder(v) === 1 : isIban66(v)
}
/** Czech and Slovak account numbers: prefix (6) and number (10), each weighted mod 11. */
const czskCheck = (digits: string): boolean => {
  const w = [6, 3, 7, 9, 10, 5, 8, 4, 2, 1]
  const sum = (s: string) => [...s.padStart(10, "0")].reduce((a, d, i) => a + Number(d) * w[i]!, 0)
  return sum(digits.slice(0, 6)) % 11 === 0 && sum(digits.slice(6, 16)) % 11 === 0
}
/** The Polish sort code's eighth digit: weights 3, 9, 7, 1, 3, 9, 7. */
const plSortCheck = (sort: string): boolean => {
  const w = [3, 9, 7, 1, 3, 9, 7]
  const s = [...sort.slice(0, 7)].reduce((a, d, i) => a + Number(d) * w[i]!, 0)
  return (10 - (s % 10)) % 10 === Number(sort[7])
}
/** The shared national checks, and the Czech, Slovak and Polish ones it leaves out. */
export const nationalCheck = (v: string): boolean => {
  const c = v.replace(/ /g, "").toUpperCase()
  if (c.startsWith("CZ") || c.startsWith("SK")) return czskCheck(c.slice(8))
  if (c.startsWith("PL")) return plSortCheck(c.slice(4, 12)) && nationalCheck66(v)
  return nationalCheck66(v)
}
/** Postcodes by locale (an Irish Eircode; Czech and Slovak with their space; Greek five digits). */
export const POSTCODE: Record<string, RegExp> = {
  "en-GB": /^[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}$/, "en-IE": /^([AC-FHKNPRTV-Y]\d{2}|D6W) ?[0-9AC-FHKNPRTV-Y]{4}$/, "pl-PL": /^\d{2}-\d{3}$/,
  "cs-CZ": /^\d{3} \d{2}$/, "sk-SK": /^\d{3} \d{2}$/, "lt-LT": /^(LT-)?\d{5}$/, "ro-RO": /^\d{6}$/, "el-GR": /^\d{3} ?\d{2}$/, "tr-TR": /^\d{5}$/,
  "pt-PT": /^\d{4}-\d{3}$/,
}
/** An amount: the shared currency pattern, or koruna, leu and lira (`1 250 Kč`, `350 lei`, `1.500 TL`, `₺480`) it lacks. */
export const isAmount = (v: string): boolean =>
  /\d/.test(v) && (CURRENCY.test(v) || /^\d[\d  .,]*(,-{1,2})? ?(Kč|CZK|lei|RON|TL|TRY)$/.test(v) || /^(CZK|RON|TRY|₺) ?\d[\d  .,]*$/.test(v))
/** Dates: the shared reader, then Czech and Slovak spaced numbers (`3. 3. 2026`) and Lithuanian ones it lacks. */
const LT_MONTHS = "sausio|vasario|kovo|balandžio|gegužės|birželio|liepos|rugpjūčio|rugsėjo|spalio|lapkričio|gruodžio"
export const isDateText = (v: string, lang: string): boolean => {
  if (isDateText66(v, lang)) return true
  if (lang === "cs-CZ" || lang === "sk-SK") return /^(0?[1-9]|[12]\d|3[01])\. ?(0?[1-9]|1[0-2])\.( ?\d{4})?$/.test(v)
  if (lang === "lt-LT") return new RegExp(`^(\\d{4} m\\. )?(${LT_MONTHS}) (0?[1-9]|[12]\\d|3[01]) d\\.$`).test(v) || /^\d{4}\.\d{2}\.\d{2}$/.test(v)
  return false
}
/** Digits said one by one in the languages the shared reader does not know (and Turkish tens: `otuz iki` is 32). */
const DIGIT_WORDS: Record<string, Record<string, number>> = {
  cs: { nula: 0, jedna: 1, jeden: 1, dva: 2, dvě: 2, tři: 3, čtyři: 4, pět: 5, šest: 6, sedm: 7, osm: 8, devět: 9 },
  sk: { nula: 0, jeden: 1, jedna: 1, dva: 2, dve: 2, tri: 3, štyri: 4, päť: 5, šesť: 6, sedem: 7, osem: 8, deväť: 9 },
  lt: { nulis: 0, vienas: 1, du: 2, trys: 3, keturi: 4, penki: 5, šeši: 6, septyni: 7, aštuoni: 8, devyni: 9 },
  ro: { zero: 0, unu: 1, una: 1, doi: 2, două: 2, trei: 3, patru: 4, cinci: 5, șase: 6, şase: 6, șapte: 7, şapte: 7, opt: 8, nouă: 9 },
  el: { "μηδέν": 0, "ένα": 1, "δύο": 2, "τρία": 3, "τέσσερα": 4, "πέντε": 5, "έξι": 6, "επτά": 7, "εφτά": 7, "οκτώ": 8, "οχτώ": 8, "εννέα": 9, "εννιά": 9 },
  tr: { sıfır: 0, bir: 1, iki: 2, üç: 3, dört: 4, beş: 5, altı: 6, yedi: 7, sekiz: 8, dokuz: 9 },
}
const TR_TENS: Record<string, number> = { on: 10, yirmi: 20, otuz: 30, kırk: 40, elli: 50, altmış: 60, yetmiş: 70, seksen: 80, doksan: 90 }
const readDigits = (v: string, lang: string): string => {
  const words = DIGIT_WORDS[lang]!
  const toks = v.toLowerCase().split(/[\s,.–-]+/).filter(Boolean)
  let out = ""
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!
    if (t in words) out += String(words[t])
    else if (lang === "tr" && t in TR_TENS) {
      const next = toks[i + 1]
      if (next && next in words && words[next]! > 0) { out += String(TR_TENS[t]! + words[next]!); i++ }
      else out += String(TR_TENS[t])
    } else if (/^\d+$/.test(t)) out += t
    else out += "?"
  }
  return out
}
/** A said number read back: the shared reader for English, Polish and Portuguese; digit words for the others. */
export const unspoken = (v: string, lang: string): string => {
  const l = lang.slice(0, 2)
  return DIGIT_WORDS[l] ? readDigits(v, l) : unspoken66(v, lang === "en-IE" ? "en-GB" : lang)
}
/** A pasted log line's timestamp. */
export const isTimestamp = (v: string): boolean =>
  /^\d{4}[-./]\d{2}[-./]\d{2}\.?[T ]\d{2}:\d{2}(:\d{2})?(\.\d{1,3})?( ?(Z|UTC|CET|CEST|EET|EEST|TRT|[+-]\d{2}:?\d{2}))?$/.test(v) || /^\d{2}[./]\d{2}[./]\d{4},? \d{2}:\d{2}(:\d{2})?$/.test(v)
/** A VIN: seventeen letters and digits, no I, O or Q, both letters and digits. */
export const isVin = (v: string): boolean => /^[A-HJ-NPR-Z\d]{17}$/.test(v) && /\d/.test(v) && /[A-Z]/.test(v)
/** An odometer reading or a distance: digits, grouped or not, then km or miles in the texts' languages. */
export const isOdometer = (v: string): boolean => /^\d{1,3}([  .,]?\d{3})* ?(km|mi|miles|χλμ\.?|χιλιόμετρα|kilometrů|kilometrov|kilometrów|kilometrų|kilometri)$/.test(v)
/** Energy charged: kWh with a point or a comma. */
export const isEnergy = (v: string): boolean => /^\d{1,3}([.,]\d{1,3})? ?kWh$/.test(v)
/** A GPS fix: latitude and longitude in decimal degrees, none of them an IP address. */
export const isGps = (v: string): boolean => /^-?\d{1,2}\.\d{3,7}°?\s?[NS]?,?\s-?\d{1,3}\.\d{3,7}°?\s?[EW]?$/.test(v) && !isIpAddr(v)
/** Car makes and models that carry a person's name (or a name-like word), as renters name them. */
const MAKES = ["Renault", "Škoda", "Skoda", "Mercedes", "Mercedes-Benz", "Opel", "Citroën", "Citroen", "Peugeot", "Ford", "Tesla", "Porsche", "Dacia", "Seat",
  "Cupra", "Toyota", "Kia", "Hyundai", "Fiat", "VW", "Volkswagen", "Nissan", "Jaguar", "Lancia", "Ferrari", "Chevrolet", "Honda", "BMW", "Volvo", "Mazda", "MG", "Suzuki", "Togg", "BYD"]
export const isCarModel = (v: string): boolean => MAKES.some((m) => v === m || v.startsWith(m + " ")) && /^[\p{L}\d .-]+$/u.test(v)
/** A street, square or road named with its keyword, in the texts' languages. */
const STREET = /(^|\s)(Street|St\.?|Road|Rd|Avenue|Square|Quay|Lane|Place|ulica|ul\.|al\.|aleja|ulice|třída|nábřeží|náměstí|námestie|ulica|nábrežie|gatvė|g\.|prospektas|pr\.|aikštė|Strada|Str\.|Bulevardul|Bd\.|Calea|Piața|Οδός|οδός|Λεωφόρος|Λεωφ\.|Πλατεία|Caddesi|Cad\.|Sokak|Sok\.|Bulvarı|Meydanı|Rua|Avenida|Av\.|Praça|Largo|Travessa)(\s|$)/u
export const isStreet = (v: string): boolean => STREET.test(v) && /^[\p{L}\d .,'’„“"-]+$/u.test(v)
/** A firm with its legal form (before or after its name), in the texts' countries. */
const FIRM = /(\s(Ltd|Limited|plc|DAC|Teo\.|Sp\. z o\.o\.|S\.A\.|s\.r\.o\.|spol\. s r\.o\.|a\.s\.|SRL|S\.R\.L\.|Α\.Ε\.|ΑΕ|Ε\.Π\.Ε\.|ΙΚΕ|Ο\.Ε\.|A\.Ş\.|Ltd\. Şti\.|Lda\.?|Unipessoal Lda)$)|^(UAB|AB|MB) /u
export const isCompany = (v: string): boolean => FIRM.test(v) && /^[\p{L}\d .,&'’„“"-]+$/u.test(v)
/** Titles and forms of address by language, which stay outside a PERSON label. */
export const TITLE: Record<string, RegExp> = {
  en: /^(Mr|Mrs|Ms|Miss|Dr|Sir|Fr|Garda|Sgt)\.? /i, pl: /^(Pan|Pani|Pana|Panią|Panem|Panu|Panie|dr|mgr|inż\.) /i,
  cs: /^(pan|paní|pane|pana|panu|panem|slečna|Ing\.|Mgr\.|MUDr\.|JUDr\.|Bc\.) /i, sk: /^(pán|pani|pána|pánovi|pánom|pane|slečna|Ing\.|Mgr\.|MUDr\.|JUDr\.|Bc\.) /i,
  lt: /^(p\.|ponas|ponia|pone|ponui|pono|ponios|poniai|dr\.) /i, ro: /^(dl\.?|dna\.?|d-na|d-l|domnul|doamna|domnului|doamnei|domnule|doamnă|dr\.) /i,
  el: /^(κ\.|κα|κας|κυρία|κύριε|κύριο|κυρίου|κυρίας|κύριος|Δρ\.?|k\.|kyria|kyrie|kyrio|kyrios) /i, tr: /^(Sayın|Bay|Bayan|Dr\.|Av\.|Op\.) /,
  pt: /^(Sr\.|Sra\.|Sr\.ª|senhor|senhora|dona|D\.|Dr\.|Dra\.|Eng\.|Exmo\.|Exma\.) /i,
}
/** Words that are also given names or surnames, used as ordinary words, by language. */
export const NAME_WORDS_BY_LANG: Record<string, string[]> = {
  en: ["will", "mark", "bill", "jack", "miles", "lane", "grace", "dawn", "frank", "penny", "sunny", "hope", "chance", "joy", "grant", "may", "rich", "faith", "carol", "pat"],
  pl: ["zając", "wróbel", "baran", "kruk", "lis", "sowa", "róża", "malina", "jagoda", "kowal", "wiktoria"],
  cs: ["zima", "mráz", "liška", "holub", "veselý", "král", "vrána", "kos", "šťastný"],
  sk: ["zima", "mráz", "vlk", "sokol", "šťastný", "kováč", "slávik", "kráľ"],
  lt: ["rasa", "laima", "saulė", "audra", "viltis", "aušra", "giedra", "gintaras", "vaiva", "rūta", "dalia"],
  ro: ["crăciun", "vulpe", "floare", "doina", "lupu", "dor"],
  el: ["ζωή", "ελπίδα", "ειρήνη", "χαρά", "νίκη", "δόξα", "αγάπη", "σοφία"],
  tr: ["umut", "deniz", "barış", "yıldız", "bahar", "güneş", "kaya", "aslan", "şeker", "özgür", "sevgi"],
  pt: ["rosa", "graça", "paz", "luz", "leão", "rocha", "branco", "coelho", "carvalho", "oliveira", "pinto", "esperança"],
}
export const NAME_WORDS_79: string[] = [...new Set(Object.values(NAME_WORDS_BY_LANG).flat())]
/** The name-words a text of a locale may use: its language's own. */
export const nameWordsOf = (lang: string): string[] => NAME_WORDS_BY_LANG[lang.slice(0, 2)]!
