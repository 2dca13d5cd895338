// Validators for holdout78's labels and lookalikes, written apart from its texts: each reads only a span's final text
// and the record's locale. The checks that fit unchanged come from holdout66's validators (said numbers read back by
// test/holdout-dates-spoken.ts); below are holdout78's own locale tables (en-GB, en-AU, nl-NL, sv-SE, fi-FI, da-DK,
// hu-HU, hr-HR, mt-MT, pl-PL) and what the shared helpers lack for them: Hungarian, Croatian, Maltese, Estonian and
// Slovenian IBAN lengths, forms of address of nine languages, each language's name-words, forint and kuna amounts,
// Hungarian, Croatian and Maltese dates, and the shapes of a gambling desk's own lookalikes (odds, drawn numbers,
// timestamps of pasted logs).
import type { CountryCode } from "libphonenumber-js/max"
import { CURRENCY, ibanRemainder, ibanShape, isDateText as isDateText66, isIban as isIban66, unspoken as unspoken66 } from "./holdout66-validators.ts"

export {
  CURRENCY, digitsOf, ibanRemainder, ibanShape, isCard, isEmail, isIpAddr, isNino, isPersonText, isSsn, isTime, isVersion,
  issuer, luhn, nationalCheck, phoneValidIn,
} from "./holdout66-validators.ts"

export const LOCALE_COUNTRY: Record<string, CountryCode> = {
  "en-GB": "GB", "en-AU": "AU", "nl-NL": "NL", "sv-SE": "SE", "fi-FI": "FI", "da-DK": "DK", "hu-HU": "HU", "hr-HR": "HR", "mt-MT": "MT", "pl-PL": "PL",
}
/** The locales whose texts may hold a US SSN or a UK NI number (after its cue): English-speaking desks, Malta's included. */
export const ENGLISH = ["en-GB", "en-AU", "mt-MT"]
/** The IBAN countries a text of a locale may hold: its own and its neighbours' (a player abroad). Australia uses none of its own. */
export const IBAN_NEAR: Record<string, string[]> = {
  "en-GB": ["GB", "IE"], "en-AU": ["GB", "IE"], "nl-NL": ["NL", "BE", "DE"], "sv-SE": ["SE", "NO", "FI", "DK"], "fi-FI": ["FI", "EE", "SE"],
  "da-DK": ["DK", "SE", "DE", "NO"], "hu-HU": ["HU", "AT", "SK"], "hr-HR": ["HR", "SI", "AT", "DE"], "mt-MT": ["MT", "GB", "IT", "IE"], "pl-PL": ["PL", "DE", "GB"],
}
/** Registry lengths the shared table lacks. */
const EXTRA_LENGTH: Record<string, number> = { HU: 28, HR: 21, MT: 31, EE: 20, SI: 19, SK: 24 }
/** mod 97 and registry length; the countries above by their own lengths. */
export const isIban = (v: string): boolean => {
  const c = v.replace(/ /g, "").toUpperCase()
  const n = EXTRA_LENGTH[c.slice(0, 2)]
  return n ? ibanShape78(v) && c.length === n && ibanRemainder(v) === 1 : isIban66(v)
}
/** An IBAN's shape, any country: two letters, two check digits, groups of four or the compact form. */
export const ibanShape78 = (v: string): boolean => /^[A-Z]{2}\d{2}( ?[A-Z\d]{1,4}){3,8}$/.test(v) && (ibanShape(v) || EXTRA_LENGTH[v.slice(0, 2)] !== undefined)
/** Postcodes by locale. */
export const POSTCODE: Record<string, RegExp> = {
  "en-GB": /^[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}$/, "en-AU": /^\d{4}$/, "nl-NL": /^[1-9]\d{3} ?[A-Z]{2}$/, "sv-SE": /^\d{3} \d{2}$/, "fi-FI": /^\d{5}$/,
  "da-DK": /^(DK-)?\d{4}$/, "hu-HU": /^(H-)?\d{4}$/, "hr-HR": /^(HR-)?\d{5}$/, "mt-MT": /^[A-Z]{3} ?\d{4}$/, "pl-PL": /^\d{2}-\d{3}$/,
}
/** An amount: the shared currency pattern, or forint, kuna and the Swedish `:-` the shared pattern lacks. */
export const isAmount = (v: string): boolean => /\d/.test(v) && (CURRENCY.test(v) || /(^|[\d ])(Ft|HUF|forint|kn|HRK|kuna)\.?$|^(HUF|Ft) ?\d/.test(v) || /^\d[\d  ]*(,\d\d)?:-$/.test(v))
/** Dates: the shared reader, then Hungarian (year first), Croatian (trailing period) and Maltese ones it lacks (Malta's English dates read as British). */
const HU_MONTHS = "január|február|március|április|május|június|július|augusztus|szeptember|október|november|december|jan|febr|márc|ápr|máj|jún|júl|aug|szept|okt|nov|dec"
const HR_MONTHS = "siječnja|veljače|ožujka|travnja|svibnja|lipnja|srpnja|kolovoza|rujna|listopada|studenoga|studenog|prosinca"
const MT_MONTHS = "Jannar|Frar|Marzu|April|Mejju|Ġunju|Lulju|Awwissu|Settembru|Ottubru|Novembru|Diċembru|Dicembru"
export const isDateText = (v: string, lang: string): boolean => {
  if (isDateText66(v, lang)) return true
  if (lang === "hu-HU") return new RegExp(`^(\\d{4}\\. ?)?((0?[1-9]|1[0-2])\\. ?|(${HU_MONTHS})\\.? )(0?[1-9]|[12]\\d|3[01])\\.?(-(á|é)n)?$`, "i").test(v) || /^\d{4}\.\d{2}\.\d{2}\.?$/.test(v)
  if (lang === "hr-HR") return new RegExp(`^(0?[1-9]|[12]\\d|3[01])\\. ?((0?[1-9]|1[0-2])\\.|(${HR_MONTHS}))( ?\\d{4}\\.?)?$`, "i").test(v)
  if (lang === "mt-MT") return isDateText66(v, "en-GB") || new RegExp(`^(0?[1-9]|[12]\\d|3[01]) ta['’] (${MT_MONTHS})( \\d{4})?$`, "i").test(v)
  return false
}
/** A said number read back; Maltese texts say numbers in English. */
export const unspoken = (v: string, lang: string): string => unspoken66(v, lang === "mt-MT" ? "en-GB" : lang)
/** A log line's timestamp. */
export const isTimestamp = (v: string): boolean =>
  /^\d{4}[-./]\d{2}[-./]\d{2}\.?[T ]\d{2}:\d{2}(:\d{2})?(\.\d{1,3})?( ?(Z|UTC|CET|CEST|[+-]\d{2}:?\d{2}))?$/.test(v) || /^\d{2}[./]\d{2}[./]\d{4} \d{2}:\d{2}(:\d{2})?$/.test(v)
/** Odds: fractional, decimal (point or comma), or evens. */
export const isOdds = (v: string): boolean => /^(\d{1,3}\/\d{1,3}|\d{1,3}[.,]\d{1,2}|evens|EVS)$/i.test(v)
/** Drawn or chosen numbers: five to seven distinct numbers of 1 to 90 (most games here draw six). */
export const isDrawnNumbers = (v: string): boolean => {
  if (!/^\d{1,2}([ ,\-–·]+\d{1,2})+$/.test(v)) return false
  const ns = v.split(/[^\d]+/).map(Number)
  return ns.length >= 5 && ns.length <= 7 && new Set(ns).size === ns.length && ns.every((n) => n >= 1 && n <= 90)
}
/** Titles and forms of address by language, which stay outside a PERSON label. */
export const TITLE: Record<string, RegExp> = {
  en: /^(Mr|Mrs|Ms|Miss|Dr|Sir)\.? /i, nl: /^(Dhr\.|Mevr\.|Mw\.|meneer|mevrouw|de heer) /i, sv: /^(herr|fru) /i, fi: /^(herra|rouva|neiti) /i,
  da: /^(hr\.|fru|frk\.) /i, hu: /^(dr\.|Dr\.|özv\.) /i, hr: /^(g\.|gđa|gđica|gospodin|gospođa|gospodinu|gospođi|dr\.) /i,
  mt: /^(Sur|Sinjura|Sinjorina|is-Sur|is-Sinjura|Dr|Mr|Mrs|Ms)\.? /i, pl: /^(Pan|Pani|Pana|Panią|Panem|Panu|dr|mgr) /i,
}
/** Words that are also given names or surnames, used as ordinary words, by language (Malta's texts use the Maltese and the English ones). */
export const NAME_WORDS_BY_LANG: Record<string, string[]> = {
  en: ["will", "mark", "penny", "bill", "grace", "rich", "dawn", "lucky", "chance", "sunny", "joy", "hope", "frank", "grant", "rose", "may", "faith", "sterling", "jack"],
  nl: ["roos", "bakker", "visser", "vos", "bos", "fleur", "kees", "jan", "mees", "smit"],
  sv: ["lisa", "björn", "vilja", "berg", "ros", "sommar", "linnea", "rut"],
  fi: ["onni", "toivo", "voitto", "lumi", "tähti", "armas", "ilo", "sulo", "into", "rauha"],
  da: ["lykke", "storm", "ask", "bo", "sommer", "holm"],
  hu: ["virág", "hajnal", "győző", "ibolya", "gyöngyi", "szabó", "molnár"],
  hr: ["nada", "vjera", "zora", "vesna", "sreća", "mir", "zlata"],
  mt: ["grazzja", "fortuna", "carmen", "marija"],
  pl: ["róża", "jagoda", "malina", "sowa", "lis", "wiktoria", "kruk"],
}
export const NAME_WORDS_78: string[] = Object.values(NAME_WORDS_BY_LANG).flat()
/** The name-words a text of a locale may use: its language's own (Malta's: Maltese and English). */
export const nameWordsOf = (lang: string): string[] => lang === "mt-MT" ? [...NAME_WORDS_BY_LANG.mt!, ...NAME_WORDS_BY_LANG.en!] : NAME_WORDS_BY_LANG[lang.slice(0, 2)]!
