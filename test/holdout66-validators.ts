// Validators for holdout66's labels and lookalikes, written apart from its texts: each reads only a span's final text
// and the record's locale. The locale-free checks are holdout64's, imported unchanged (this file began as their copy,
// whose Discover range had become 664-669 for 644-649); the locale maps are holdout66's eight locales (en-US, en-GB,
// en-CA, en-AU, de-DE, fr-FR, es-ES, it-IT): Canadian postal codes added, the other locales dropped.
import type { CountryCode } from "libphonenumber-js/max"

export {
  CURRENCY, IBAN_LENGTH, digitsOf, ibanRemainder, ibanShape, isCard, isEmail, isIban, isIpAddr, isNino, isPersonText, isSsn, isTime, isVersion,
  issuer, luhn, nationalCheck, phoneValidIn,
} from "./holdout64-validators.ts"
export { isDateText, unspoken } from "./holdout-dates-spoken.ts"

export const LOCALE_COUNTRY: Record<string, CountryCode> = {
  "en-US": "US", "en-GB": "GB", "en-CA": "CA", "en-AU": "AU", "de-DE": "DE", "fr-FR": "FR", "es-ES": "ES", "it-IT": "IT",
}

/** The IBAN countries a text of a locale may hold: its own and its neighbours'. The US uses no IBAN. */
export const IBAN_NEAR: Record<string, string[]> = {
  "en-US": [], "en-GB": ["GB", "IE"], "en-CA": [], "en-AU": [], "de-DE": ["DE", "AT", "NL"], "fr-FR": ["FR", "BE", "LU"], "es-ES": ["ES", "PT"], "it-IT": ["IT"],
}

/** Postcodes by locale (an Irish Eircode, a Swedish postnummer with its space). */
export const POSTCODE: Record<string, RegExp> = {
  "en-US": /^\d{5}(-\d{4})?$/, "en-GB": /^[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}$/, "en-CA": /^[ABCEGHJ-NPRSTVXY]\d[A-Z] ?\d[A-Z]\d$/, "en-AU": /^\d{4}$/,
  "de-DE": /^\d{5}$/, "fr-FR": /^\d{5}$/, "es-ES": /^(0[1-9]|[1-4]\d|5[0-2])\d{3}$/, "it-IT": /^\d{5}$/,
}
