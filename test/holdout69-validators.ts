// Validators for holdout69's labels and lookalikes, written apart from its texts: each reads only a span's final text
// and the record's locale. The checks come unchanged from holdout66's validators; the locale tables below are
// holdout69's own sixteen locales (English of four countries, German and Swiss German, French and Belgian French,
// Spanish, Italian, Dutch, Swedish, Danish, Norwegian Bokmål, Finnish, Polish).
import type { CountryCode } from "libphonenumber-js/max"

export {
  CURRENCY, digitsOf, ibanRemainder, ibanShape, isCard, isDateText, isEmail, isIban, isIpAddr, isNino, isPersonText, isSsn, isTime, isVersion,
  issuer, luhn, nationalCheck, phoneValidIn, unspoken,
} from "./holdout66-validators.ts"

export const LOCALE_COUNTRY: Record<string, CountryCode> = {
  "en-US": "US", "en-GB": "GB", "en-AU": "AU", "en-CA": "CA", "de-DE": "DE", "de-CH": "CH", "fr-FR": "FR", "fr-BE": "BE",
  "es-ES": "ES", "it-IT": "IT", "nl-NL": "NL", "sv-SE": "SE", "da-DK": "DK", "nb-NO": "NO", "fi-FI": "FI", "pl-PL": "PL",
}
/** The IBAN countries a text of a locale may hold: its own and its neighbours'. The US, Australia and Canada use none. */
export const IBAN_NEAR: Record<string, string[]> = {
  "en-US": [], "en-GB": ["GB", "IE"], "en-AU": [], "en-CA": [], "de-DE": ["DE", "AT", "NL", "CH"], "de-CH": ["CH", "DE", "AT", "LI"],
  "fr-FR": ["FR", "BE", "CH", "LU"], "fr-BE": ["BE", "FR", "NL", "LU"], "es-ES": ["ES", "PT"], "it-IT": ["IT"], "nl-NL": ["NL", "BE", "DE"],
  "sv-SE": ["SE", "DK", "NO", "FI"], "da-DK": ["DK", "SE", "DE", "NO"], "nb-NO": ["NO", "SE", "DK"], "fi-FI": ["FI", "SE"], "pl-PL": ["PL", "DE"],
}
/** Postcodes by locale (a Canadian postal code, a Dutch postcode with its letters, a Swedish with its space, a Polish with a dash). */
export const POSTCODE: Record<string, RegExp> = {
  "en-US": /^\d{5}(-\d{4})?$/, "en-GB": /^[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}$/, "en-AU": /^\d{4}$/, "en-CA": /^[ABCEGHJ-NPRSTVXY]\d[A-Z] ?\d[A-Z]\d$/,
  "de-DE": /^\d{5}$/, "de-CH": /^(CH-)?\d{4}$/, "fr-FR": /^\d{5}$/, "fr-BE": /^\d{4}$/, "es-ES": /^(0[1-9]|[1-4]\d|5[0-2])\d{3}$/, "it-IT": /^\d{5}$/,
  "nl-NL": /^[1-9]\d{3} ?[A-Z]{2}$/, "sv-SE": /^(SE-)?\d{3} ?\d{2}$/, "da-DK": /^(DK-)?\d{4}$/, "nb-NO": /^\d{4}$/, "fi-FI": /^\d{5}$/, "pl-PL": /^\d{2}-\d{3}$/,
}
