// Validators for holdout77's labels and lookalikes, written apart from its texts: each reads only a span's final text
// and the record's locale. The checks that fit unchanged come from holdout66's validators (said numbers read back by
// test/holdout-dates-spoken.ts); below are holdout77's own locale tables (en-US, en-NG, en-IE, fr-FR, de-CH, it-IT,
// pt-BR, es-AR, ro-RO, el-GR) and what the shared helpers lack for them: Romanian and Greek IBAN lengths, Romanian and
// Greek forms of address, name-words of those two languages, and currencies (naira, lei, RON) the shared pattern lacks.
import type { CountryCode } from "libphonenumber-js/max"
import { CURRENCY, ibanRemainder, ibanShape, isIban as isIban66 } from "./holdout66-validators.ts"

export {
  CURRENCY, digitsOf, ibanRemainder, ibanShape, isCard, isDateText, isEmail, isIpAddr, isNino, isPersonText, isSsn, isTime, isVersion,
  issuer, luhn, nationalCheck, phoneValidIn, unspoken,
} from "./holdout66-validators.ts"

export const LOCALE_COUNTRY: Record<string, CountryCode> = {
  "en-US": "US", "en-NG": "NG", "en-IE": "IE", "fr-FR": "FR", "de-CH": "CH", "it-IT": "IT", "pt-BR": "BR", "es-AR": "AR", "ro-RO": "RO", "el-GR": "GR",
}
/** The IBAN countries a text of a locale may hold: its own and its neighbours' (a seller abroad). The US, Nigeria and Argentina use none of their own. */
export const IBAN_NEAR: Record<string, string[]> = {
  "en-US": [], "en-NG": ["GB"], "en-IE": ["IE", "GB"], "fr-FR": ["FR", "BE", "LU"], "de-CH": ["CH", "LI", "DE"], "it-IT": ["IT", "SM"],
  "pt-BR": ["BR", "PT"], "es-AR": ["ES"], "ro-RO": ["RO"], "el-GR": ["GR", "CY"],
}
/** Registry lengths the shared table may lack. */
const EXTRA_LENGTH: Record<string, number> = { RO: 24, GR: 27, CY: 28 }
/** mod 97 and registry length; Romania and Greece by the table above. */
export const isIban = (v: string): boolean => {
  const c = v.replace(/ /g, "").toUpperCase()
  const n = EXTRA_LENGTH[c.slice(0, 2)]
  return n ? ibanShape77(v) && c.length === n && ibanRemainder(v) === 1 : isIban66(v)
}
/** An IBAN's shape, any country: two letters, two check digits, groups of four or the compact form. */
export const ibanShape77 = (v: string): boolean => /^[A-Z]{2}\d{2}( ?[A-Z\d]{1,4}){3,8}$/.test(v) && (ibanShape(v) || EXTRA_LENGTH[v.slice(0, 2)] !== undefined)
/** Postcodes by locale (a Nigerian six-digit code, an Eircode, a Swiss four-digit code, a Brazilian CEP, an Argentine CPA or four digits, a Greek TK). */
export const POSTCODE: Record<string, RegExp> = {
  "en-US": /^\d{5}(-\d{4})?$/, "en-NG": /^\d{6}$/, "en-IE": /^([AC-FHKNPRTV-Y]\d{2}|D6W) ?[\dAC-FHKNPRTV-Y]{4}$/, "fr-FR": /^\d{5}$/,
  "de-CH": /^[1-9]\d{3}$/, "it-IT": /^\d{5}$/, "pt-BR": /^\d{5}-\d{3}$/, "es-AR": /^([A-HJ-NP-Z]\d{4}[A-Z]{3}|\d{4})$/, "ro-RO": /^\d{6}$/, "el-GR": /^\d{3} ?\d{2}$/,
}
/** An amount: the shared currency pattern, or naira, lei, RON, euro written after the number. */
export const isAmount = (v: string): boolean => /\d/.test(v) && (CURRENCY.test(v) || /^(₦\d[\d,.]*|\d[\d.,]* (lei|RON|€))$/.test(v))
/** Titles and forms of address by language, which stay outside a PERSON label (Romanian and Greek added). */
export const TITLE: Record<string, RegExp> = {
  en: /^(Mr|Mrs|Ms|Miss|Dr|Chief|Alhaji|Oga)\.? /i, de: /^(Herr|Frau|Dr\.) /, fr: /^(M\.|Mme|Mlle|Madame|Monsieur) /i, es: /^(Sr\.|Sra\.|don|doña) /i,
  it: /^(Sig\.|Sig\.ra|signor|signora|dott\.) /i, pt: /^(Sr\.|Sra\.|senhor|senhora|dona|seu|Dr\.|Dra\.) /i, ro: /^(domnul|doamna|dl\.|dna\.) /i,
  el: /^(κ\.|κα|κύριος|κυρία|κυρ) /i,
}
/** Words that are also given names, used as ordinary words (the shared list's, plus Romanian and Greek ones). */
export const NAME_WORDS_77 = ["may", "will", "bill", "mark", "grace", "rose", "frank", "hope", "patience", "goodwill", "blessing", "precious", "sommer",
  "blanc", "bianca", "fortuna", "branca", "vitória", "luz", "pilar", "speranța", "victoria", "ελπίδα", "νίκη", "ειρήνη", "χαρά"]
