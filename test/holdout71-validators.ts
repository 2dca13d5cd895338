// Validators for holdout71's labels and lookalikes, written apart from its texts: each reads only a span's final text
// and the record's locale. The checks that fit unchanged come from holdout66's validators; the locale tables below are
// holdout71's own seventeen locales (English of four countries, German of three, French of two, Italian, Spanish,
// Portuguese, Dutch, Danish, Norwegian, Finnish, Polish).
import type { CountryCode } from "libphonenumber-js/max"

export {
  CURRENCY, digitsOf, ibanRemainder, ibanShape, isCard, isDateText, isEmail, isIban, isIpAddr, isNino, isPersonText, isSsn, isTime, isVersion,
  issuer, luhn, nationalCheck, phoneValidIn, unspoken,
} from "./holdout66-validators.ts"

export const LOCALE_COUNTRY: Record<string, CountryCode> = {
  "en-GB": "GB", "en-US": "US", "en-IE": "IE", "en-CA": "CA", "de-DE": "DE", "de-CH": "CH", "de-AT": "AT", "fr-FR": "FR", "fr-BE": "BE",
  "it-IT": "IT", "es-ES": "ES", "pt-PT": "PT", "nl-NL": "NL", "da-DK": "DK", "nb-NO": "NO", "fi-FI": "FI", "pl-PL": "PL",
}
/** The IBAN countries a text of a locale may hold: its own and its neighbours'. The US and Canada use none. */
export const IBAN_NEAR: Record<string, string[]> = {
  "en-GB": ["GB", "IE"], "en-US": [], "en-IE": ["IE", "GB"], "en-CA": [], "de-DE": ["DE", "AT", "NL", "CH"], "de-CH": ["CH", "LI", "DE", "AT"],
  "de-AT": ["AT", "DE", "CH"], "fr-FR": ["FR", "BE", "CH", "LU"], "fr-BE": ["BE", "FR", "NL", "LU"], "it-IT": ["IT", "CH"], "es-ES": ["ES", "PT"],
  "pt-PT": ["PT", "ES"], "nl-NL": ["NL", "BE", "DE"], "da-DK": ["DK", "SE", "DE", "NO"], "nb-NO": ["NO", "SE", "DK"], "fi-FI": ["FI", "SE"], "pl-PL": ["PL", "DE"],
}
/** Postcodes by locale (a British postcode, an Irish Eircode, a Canadian postal code, a Swiss one with or without CH-, a Dutch one with its letters, a Portuguese and a Polish with a dash). */
export const POSTCODE: Record<string, RegExp> = {
  "en-GB": /^[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}$/, "en-US": /^\d{5}(-\d{4})?$/, "en-IE": /^([AC-FHKNPRTV-Y]\d{2}|D6W) ?[\dAC-FHKNPRTV-Y]{4}$/,
  "en-CA": /^[ABCEGHJ-NPRSTVXY]\d[A-Z] ?\d[A-Z]\d$/, "de-DE": /^\d{5}$/, "de-CH": /^(CH-)?\d{4}$/, "de-AT": /^(A-)?\d{4}$/, "fr-FR": /^\d{5}$/,
  "fr-BE": /^(B-)?\d{4}$/, "it-IT": /^\d{5}$/, "es-ES": /^(0[1-9]|[1-4]\d|5[0-2])\d{3}$/, "pt-PT": /^\d{4}-\d{3}$/, "nl-NL": /^[1-9]\d{3} ?[A-Z]{2}$/,
  "da-DK": /^(DK-)?\d{4}$/, "nb-NO": /^\d{4}$/, "fi-FI": /^\d{5}$/, "pl-PL": /^\d{2}-\d{3}$/,
}
