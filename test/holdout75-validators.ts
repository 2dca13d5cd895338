// Validators for holdout75's labels and lookalikes, written apart from its texts: each reads only a span's final text
// and the record's locale. The checks that fit unchanged come from holdout66's validators (said numbers read back by
// test/holdout-dates-spoken.ts); the locale tables below are holdout75's own ten locales (English of four countries,
// German, French, Spanish, Italian, Dutch, Portuguese).
import type { CountryCode } from "libphonenumber-js/max"

export {
  CURRENCY, digitsOf, ibanRemainder, ibanShape, isCard, isDateText, isEmail, isIban, isIpAddr, isNino, isPersonText, isSsn, isTime, isVersion,
  issuer, luhn, nationalCheck, phoneValidIn, unspoken,
} from "./holdout66-validators.ts"

export const LOCALE_COUNTRY: Record<string, CountryCode> = {
  "en-US": "US", "en-GB": "GB", "en-IE": "IE", "en-AU": "AU", "de-DE": "DE", "fr-FR": "FR", "es-ES": "ES", "it-IT": "IT", "nl-NL": "NL", "pt-PT": "PT",
}
/** The IBAN countries a text of a locale may hold: its own and its neighbours'. The US and Australia use none. */
export const IBAN_NEAR: Record<string, string[]> = {
  "en-US": [], "en-GB": ["GB", "IE"], "en-IE": ["IE", "GB"], "en-AU": [], "de-DE": ["DE", "AT", "NL"], "fr-FR": ["FR", "BE", "LU"],
  "es-ES": ["ES", "PT"], "it-IT": ["IT"], "nl-NL": ["NL", "BE", "DE"], "pt-PT": ["PT", "ES"],
}
/** Postcodes by locale (an Irish Eircode, Australian four digits, Portuguese with a dash). */
export const POSTCODE: Record<string, RegExp> = {
  "en-US": /^\d{5}(-\d{4})?$/, "en-GB": /^[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}$/, "en-IE": /^([AC-FHKNPRTV-Y]\d{2}|D6W) ?[\dAC-FHKNPRTV-Y]{4}$/, "en-AU": /^\d{4}$/,
  "de-DE": /^\d{5}$/, "fr-FR": /^\d{5}$/, "es-ES": /^(0[1-9]|[1-4]\d|5[0-2])\d{3}$/, "it-IT": /^\d{5}$/, "nl-NL": /^[1-9]\d{3} ?[A-Z]{2}$/, "pt-PT": /^\d{4}-\d{3}$/,
}
