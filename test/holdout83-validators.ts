// Validators for holdout83's labels and lookalikes, written apart from its texts: each reads only a span's final text
// and the record's locale. The locale-free checks (Luhn and issuers, e-mail, IP, phone validity by libphonenumber-js/max,
// SSN and NINO rules, times, versions, mod 97, the French, Portuguese and Slovak national checks, and the reader of
// numbers said in English, French, Portuguese and Spanish) come from holdout81's validators; below are holdout83's own
// locale tables (fr-FR, pt-BR, es-MX, ro-RO, sk-SK, lt-LT, tr-TR, en-ZA, en-IN, nb-NO) and what those lack for them:
// IBAN lengths of its countries, numbers said in Romanian, Slovak, Lithuanian, Turkish and Norwegian, amounts in its
// currencies, dates with its month names, forms of address, name-words, and the shapes of a number-porting and SIM-swap
// desk's, a hotel desk's, a pharmacy's and a lost-baggage desk's own lookalikes.
import type { CountryCode } from "libphonenumber-js/max"
import { ibanRemainder, nationalCheck as nationalCheck81, unspoken as unspoken81 } from "./holdout81-validators.ts"

export {
  digitsOf, ibanRemainder, isCard, isEmail, isIpAddr, isNino, isPersonText, isSsn, isTime, isVersion, issuer, luhn, phoneValidIn,
} from "./holdout81-validators.ts"

export const LOCALE_COUNTRY: Record<string, CountryCode> = {
  "fr-FR": "FR", "pt-BR": "BR", "es-MX": "MX", "ro-RO": "RO", "sk-SK": "SK", "lt-LT": "LT", "tr-TR": "TR", "en-ZA": "ZA", "en-IN": "IN", "nb-NO": "NO",
}
/** The IBAN countries a text of a locale may hold: its own and its neighbours'. Mexico, South Africa and India use none. */
export const IBAN_NEAR: Record<string, string[]> = {
  "fr-FR": ["FR", "BE", "DE"], "pt-BR": ["BR", "PT"], "es-MX": [], "ro-RO": ["RO", "HU", "BG"], "sk-SK": ["SK", "CZ", "AT", "HU"], "lt-LT": ["LT", "LV", "PL"],
  "tr-TR": ["TR", "DE"], "en-ZA": [], "en-IN": [], "nb-NO": ["NO", "SE", "DK"],
}
/** Registry lengths of the IBAN countries above. */
const LENGTH: Record<string, number> = { FR: 27, BE: 16, DE: 22, BR: 29, PT: 25, RO: 24, HU: 28, BG: 22, SK: 24, CZ: 24, AT: 20, LT: 20, LV: 21, PL: 28, TR: 26, NO: 15, SE: 24, DK: 18 }
/** Grouped by four (the last group shorter) or compact, with the registry's length. */
export const ibanShape83 = (v: string): boolean =>
  /^[A-Z]{2}\d{2}( ?[A-Z\d]{1,4}){2,8}$/.test(v) && v.replace(/ /g, "").length === LENGTH[v.slice(0, 2)]
export const isIban = (v: string): boolean => ibanShape83(v) && ibanRemainder(v) === 1
/** The national checks: France's RIB key, Portugal's pair and Slovakia's mod 11 (holdout81's); the others only by mod 97. */
export const nationalCheck = (v: string): boolean => (["FR", "PT", "SK"].includes(v.slice(0, 2)) ? nationalCheck81(v) : true)

/** Digits said one by one, or in groups of tens and hundreds, in Romanian, Slovak, Lithuanian, Turkish and Norwegian. */
interface Words { units: Record<string, number>; tens: Record<string, number>; hundred: string[] }
const table = (s: string, from: number, step = 1) => Object.fromEntries(s.split(" ").flatMap((ws, i) => ws.split("/").map((w) => [w, from + i * step])))
const WORDS: Record<string, Words> = {
  ro: { units: table("zero unu/una doi/două trei patru cinci șase/sase șapte/sapte opt nouă/noua", 0), tens: {}, hundred: [] },
  sk: { units: table("nula jedna/jeden dva/dve tri štyri päť šesť sedem osem deväť", 0), tens: {}, hundred: [] },
  lt: { units: table("nulis vienas du trys keturi penki šeši septyni aštuoni devyni", 0), tens: {}, hundred: [] },
  tr: { units: table("sıfır bir iki üç dört beş altı yedi sekiz dokuz", 0), tens: table("on yirmi otuz kırk elli altmış yetmiş seksen doksan", 10, 10), hundred: ["yüz"] },
  nb: { units: table("null en/ett to tre fire fem seks sju/syv åtte ni", 0), tens: {}, hundred: [] },
}
const readWords = (v: string, w: Words): string => {
  const t = v.toLowerCase().split(/[\s,]+/).filter(Boolean)
  let out = ""
  for (let i = 0; i < t.length; ) {
    const x = t[i]!
    let h: number | undefined
    if (w.hundred.includes(x)) { h = 100; i++ }
    else if (x in w.units && w.hundred.includes(t[i + 1] ?? "")) { h = w.units[x]! * 100; i += 2 }
    const y = t[i]
    let low: number | undefined
    if (y !== undefined && y in w.tens) {
      low = w.tens[y]!
      i++
      const z = t[i]
      if (z !== undefined && z in w.units && w.units[z]! > 0) { low += w.units[z]!; i++ }
    }
    if (h !== undefined) { out += String(h + (low ?? 0)).padStart(3, "0"); continue }
    if (low !== undefined) { out += String(low); continue }
    if (y !== undefined && y in w.units) { out += String(w.units[y]); i++; continue }
    if (y !== undefined && /^\d+$/.test(y)) { out += y; i++; continue }
    out += `?${y}?`
    i++
  }
  return out
}
/** A said number read back: holdout81's reader for English, French, Portuguese and Spanish; this corpus's for the others. */
export const unspoken = (v: string, lang: string): string => {
  const l = lang.slice(0, 2)
  if (WORDS[l]) return readWords(v, WORDS[l])
  const near: Record<string, string> = { fr: "fr-CA", pt: "pt-PT", es: "es-ES", en: "en-IE" }
  // Brazilians say `meia` (half a dozen) for six when reading numbers out.
  return unspoken81(l === "pt" ? v.replace(/\bmeia\b/g, "seis") : v, near[l]!)
}
/** An address said aloud (`x dot y at example dot com`, `ponto`, `arroba`, `punct`) as the address written. */
export const written = (v: string): string =>
  v.includes("@") ? v : v.replace(/ (dot|ponto|punct|punto|nokta|taškas|bodka|prikk) /g, ".").replace(/ (at|arroba|kukac|krøllalfa) /g, "@")

/** Postcodes by locale. */
export const POSTCODE: Record<string, RegExp> = {
  "fr-FR": /^\d{5}$/, "pt-BR": /^\d{5}-\d{3}$/, "es-MX": /^\d{5}$/, "ro-RO": /^\d{6}$/, "sk-SK": /^\d{3} \d{2}$/, "lt-LT": /^LT-\d{5}$/,
  "tr-TR": /^\d{5}$/, "en-ZA": /^\d{4}$/, "en-IN": /^[1-9]\d{5}$/, "nb-NO": /^\d{4}$/,
}
/** An amount in the texts' currencies, the symbol or code before or after. */
const CUR = "€|EUR|R\\$|BRL|\\$|MXN|lei|RON|TL|₺|TRY|R|ZAR|₹|Rs\\.?|INR|kr|NOK"
export const isAmount = (v: string): boolean =>
  new RegExp(`^((${CUR}) ?\\d[\\d .,]*(\\d)( (${CUR}))?|\\d[\\d .,]*\\d? ?(${CUR}))$`).test(v) && /\d/.test(v)
/** Month names of the texts' languages, as written in dates (declined forms included). */
const MONTHS: Record<string, string[]> = {
  fr: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
  pt: ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
  es: ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
  en: ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"],
}
/** A date: day first with `.`, `/` or `-` (year optional), ISO, or a day and a month name of the locale's language. */
export const isDateText = (v: string, lang: string): boolean => {
  if (/^(0?[1-9]|[12]\d|3[01])(\. ?|\/|-)(0?[1-9]|1[0-2])((\. ?|\/|-)20\d\d|\.)?$/.test(v) || /^20\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(v)) return true
  const m = /^(\d{1,2})(er)? (de )?(\p{L}+)( (de )?20\d\d)?$/u.exec(v)
  return !!m && Number(m[1]) >= 1 && Number(m[1]) <= 31 && (MONTHS[lang.slice(0, 2)] ?? []).includes(m[4]!.toLowerCase())
}
/** Titles and forms of address by language, which stay outside a PERSON label. */
export const TITLE: Record<string, RegExp> = {
  fr: /^(M\.|Mme|Mlle|Madame|Monsieur|Dr) /i, pt: /^(Sr\.|Sra\.|senhor|senhora|Dona|Dr\.|Dra\.) /i, es: /^(Sr\.|Sra\.|Srta\.|don|doña|Lic\.|Dr\.|Dra\.) /i,
  ro: /^(dl\.|dna\.|domnul|doamna|domnule|doamnă) /i, sk: /^(pán|pani|pána|pánovi|pane|Ing\.|Mgr\.|MUDr\.) /i, lt: /^(p\.|ponas|ponia|pone|ponia|gerb\.) /i,
  tr: /^(Sayın|Bay|Bayan|Dr\.) |( Bey| Hanım)$/i, en: /^(Mr|Mrs|Ms|Miss|Dr|Shri|Smt)\.? /i, nb: /^(herr|fru|dr\.) /i,
}
/** Words that are also given names or surnames, used as ordinary words, by language. */
export const NAME_WORDS_BY_LANG: Record<string, string[]> = {
  fr: ["pierre", "rose", "blanche", "constant", "noël", "claire"], pt: ["rosa", "luz", "glória", "vitória", "rocha", "pereira"],
  es: ["paz", "luz", "rosario", "dolores", "esperanza", "amparo"], ro: ["doina", "speranța", "crăciun", "floarea", "lumința"],
  sk: ["veselý", "malý", "zima", "nový", "kováč"], lt: ["vilkas", "rūta", "gintaras", "jūra", "saulė"],
  tr: ["umut", "deniz", "bahar", "yıldız", "barış", "kaya"], en: ["grace", "gift", "precious", "blessing", "joy", "hope", "may"],
  nb: ["storm", "berg", "strand", "dal", "sol", "lie"],
}
export const NAME_WORDS_83: string[] = [...new Set(Object.values(NAME_WORDS_BY_LANG).flat())]
export const nameWordsOf = (lang: string): string[] => NAME_WORDS_BY_LANG[lang.slice(0, 2)]!

/** A phone's own lookalikes: an IMEI (15 digits, Luhn-valid), an ICCID (19 or 20 digits from 89), a PUK (8 digits). */
export const isImei = (v: string): boolean => /^\d{15}$/.test(v)
export const isIccid = (v: string): boolean => /^89\d{17,18}$/.test(v)
export const isPuk = (v: string): boolean => /^\d{8}$/.test(v)
/** A porting code or a porting reference (a RIO, a NIP, a ČVO, a UPC), letters and digits. */
export const isPortingCode = (v: string): boolean => /^[\p{L}\d][\p{L}\d -]*[\p{L}\d]$/u.test(v) && /\d{4}|(\d\p{L}){3}/u.test(v)
/** A passenger name record: six letters and digits. A bag tag: the carrier and six digits. A flight: the carrier and 3-4 digits. */
export const isPnr = (v: string): boolean => /^[A-Z\d]{6}$/.test(v) && /[A-Z]/.test(v)
export const isBagTag = (v: string): boolean => /^[A-Z\d]{2} \d{6}$/.test(v)
export const isFlight = (v: string): boolean => /^[A-Z\d]{2}\d{3,4}$/.test(v)
/** A lost-baggage file reference: station, carrier and five digits (`AMS-KL-12345`). */
export const isFileReference = (v: string): boolean => /^[A-Z]{3}-[A-Z\d]{2}-\d{5}$/.test(v)
/** A weight (a bag's) and a duration. */
export const isWeight = (v: string): boolean => /^\d{1,3}([.,]\d{1,2})? ?(kg|lb)$/.test(v)
export const isDuration = (v: string): boolean => /^\d{1,3} \p{L}+( \p{L}+)?$/u.test(v)
