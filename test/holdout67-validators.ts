// Validators for holdout67's labels and lookalikes, written apart from its texts: each reads only a span's final text
// and the record's locale. The locale-free checks are holdout66's, imported unchanged; the locale maps are holdout67's
// nine locales (en-US, en-GB, en-IE, de-DE, nl-NL, fr-FR, es-ES, pt-PT, sv-SE).
import type { CountryCode } from "libphonenumber-js/max"

export {
  CURRENCY, IBAN_LENGTH, digitsOf, ibanRemainder, ibanShape, isCard, isEmail, isIban, isIpAddr, isNino, isPersonText, isSsn, isTime, isVersion,
  issuer, luhn, nationalCheck, phoneValidIn,
} from "./holdout66-validators.ts"
export { isDateText, unspoken } from "./holdout-dates-spoken.ts"

export const LOCALE_COUNTRY: Record<string, CountryCode> = {
  "en-US": "US", "en-GB": "GB", "en-IE": "IE", "de-DE": "DE", "nl-NL": "NL", "fr-FR": "FR", "es-ES": "ES", "pt-PT": "PT", "sv-SE": "SE",
}
/** The IBAN countries a text of a locale may hold: its own and its neighbours'. The US uses no IBAN. */
export const IBAN_NEAR: Record<string, string[]> = {
  "en-US": [], "en-GB": ["GB", "IE"], "en-IE": ["IE", "GB"], "de-DE": ["DE", "AT", "NL"], "nl-NL": ["NL", "BE", "DE"], "fr-FR": ["FR", "BE", "LU"],
  "es-ES": ["ES", "PT"], "pt-PT": ["PT", "ES"], "sv-SE": ["SE"],
}
/** Postcodes by locale: ZIP, British, Irish Eircode, German, Dutch `1234 AB`, French, Spanish, Portuguese `1234-567`, Swedish `123 45`. */
export const POSTCODE: Record<string, RegExp> = {
  "en-US": /^\d{5}(-\d{4})?$/, "en-GB": /^[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}$/, "en-IE": /^([AC-FHKNPRTV-Y]\d{2}|D6W) ?[\dAC-FHKNPRTV-Y]{4}$/,
  "de-DE": /^\d{5}$/, "nl-NL": /^[1-9]\d{3} ?[A-Z]{2}$/, "fr-FR": /^\d{5}$/, "es-ES": /^(0[1-9]|[1-4]\d|5[0-2])\d{3}$/, "pt-PT": /^\d{4}-\d{3}$/,
  "sv-SE": /^\d{3} \d{2}$/,
}
