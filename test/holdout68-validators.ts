// Validators for holdout68's labels and lookalikes, written apart from its texts: each reads only a span's final text
// and the record's locale. The checks that fit unchanged come from holdout66's validators; the locale tables below are
// holdout68's own sixteen locales (English of six countries, German and Austrian, French and Swiss French, Dutch and
// Flemish, Spanish, Portuguese, Italian, Polish).
import type { CountryCode } from "libphonenumber-js/max"

export {
  CURRENCY, digitsOf, ibanRemainder, ibanShape, isCard, isDateText, isEmail, isIban, isIpAddr, isNino, isPersonText, isSsn, isTime, isVersion,
  issuer, luhn, nationalCheck, phoneValidIn, unspoken,
} from "./holdout66-validators.ts"

export const LOCALE_COUNTRY: Record<string, CountryCode> = {
  "en-US": "US", "en-GB": "GB", "en-IE": "IE", "en-IN": "IN", "en-ZA": "ZA", "en-NZ": "NZ", "de-DE": "DE", "de-AT": "AT",
  "fr-FR": "FR", "fr-CH": "CH", "nl-NL": "NL", "nl-BE": "BE", "es-ES": "ES", "pt-PT": "PT", "it-IT": "IT", "pl-PL": "PL",
}
/** The IBAN countries a text of a locale may hold: its own and its neighbours'. The US, India, South Africa and New Zealand use none. */
export const IBAN_NEAR: Record<string, string[]> = {
  "en-US": [], "en-GB": ["GB", "IE"], "en-IE": ["IE", "GB"], "en-IN": [], "en-ZA": [], "en-NZ": [], "de-DE": ["DE", "AT", "NL", "CH"],
  "de-AT": ["AT", "DE", "CH"], "fr-FR": ["FR", "BE", "CH"], "fr-CH": ["CH", "FR"], "nl-NL": ["NL", "BE", "DE"], "nl-BE": ["BE", "NL", "FR"],
  "es-ES": ["ES", "PT"], "pt-PT": ["PT", "ES"], "it-IT": ["IT"], "pl-PL": ["PL", "DE"],
}
/** Postcodes by locale (an Irish Eircode, an Indian PIN, a Dutch postcode with its letters, a Portuguese and a Polish with a dash). */
export const POSTCODE: Record<string, RegExp> = {
  "en-US": /^\d{5}(-\d{4})?$/, "en-GB": /^[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}$/, "en-IE": /^[A-Z]\d[\dW] ?[A-Z\d]{4}$/, "en-IN": /^[1-9]\d{2} ?\d{3}$/,
  "en-ZA": /^\d{4}$/, "en-NZ": /^\d{4}$/, "de-DE": /^\d{5}$/, "de-AT": /^\d{4}$/, "fr-FR": /^\d{5}$/, "fr-CH": /^\d{4}$/, "nl-NL": /^\d{4} ?[A-Z]{2}$/,
  "nl-BE": /^\d{4}$/, "es-ES": /^(0[1-9]|[1-4]\d|5[0-2])\d{3}$/, "pt-PT": /^\d{4}-\d{3}$/, "it-IT": /^\d{5}$/, "pl-PL": /^\d{2}-\d{3}$/,
}
