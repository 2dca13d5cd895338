// Validators for holdout70's labels and lookalikes, written apart from its texts: each reads only a span's final text
// and the record's locale. The checks that fit unchanged come from holdout66's validators; the locale tables below are
// holdout70's own fourteen locales (English of four countries, Canadian French, Spanish of Spain and of the US, German and
// Austrian, Flemish, Italian, Portuguese, Swedish, Polish).
import type { CountryCode } from "libphonenumber-js/max"

export {
  CURRENCY, digitsOf, ibanRemainder, ibanShape, isCard, isDateText, isEmail, isIban, isIpAddr, isNino, isPersonText, isSsn, isTime, isVersion,
  issuer, luhn, nationalCheck, phoneValidIn, unspoken,
} from "./holdout66-validators.ts"

export const LOCALE_COUNTRY: Record<string, CountryCode> = {
  "en-US": "US", "en-GB": "GB", "en-IE": "IE", "en-CA": "CA", "fr-CA": "CA", "es-ES": "ES", "es-US": "US", "de-DE": "DE", "de-AT": "AT",
  "nl-BE": "BE", "it-IT": "IT", "pt-PT": "PT", "sv-SE": "SE", "pl-PL": "PL",
}
/** The IBAN countries a text of a locale may hold: its own and its neighbours'. The US and Canada use none. */
export const IBAN_NEAR: Record<string, string[]> = {
  "en-US": [], "en-GB": ["GB", "IE"], "en-IE": ["IE", "GB"], "en-CA": [], "fr-CA": [], "es-ES": ["ES", "PT"], "es-US": [], "de-DE": ["DE", "AT", "NL"],
  "de-AT": ["AT", "DE"], "nl-BE": ["BE", "NL", "FR"], "it-IT": ["IT"], "pt-PT": ["PT", "ES"], "sv-SE": ["SE"], "pl-PL": ["PL", "DE"],
}
/** Postcodes by locale (an Irish Eircode, a Canadian postal code, a Swedish postnummer with its space, a Portuguese and a Polish with a dash). */
export const POSTCODE: Record<string, RegExp> = {
  "en-US": /^\d{5}(-\d{4})?$/, "en-GB": /^[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}$/, "en-IE": /^([AC-FHKNPRTV-Y]\d{2}|D6W) ?[\dAC-FHKNPRTV-Y]{4}$/,
  "en-CA": /^[ABCEGHJ-NPRSTVXY]\d[A-Z] ?\d[A-Z]\d$/, "fr-CA": /^[ABCEGHJ-NPRSTVXY]\d[A-Z] ?\d[A-Z]\d$/, "es-ES": /^(0[1-9]|[1-4]\d|5[0-2])\d{3}$/,
  "es-US": /^\d{5}(-\d{4})?$/, "de-DE": /^\d{5}$/, "de-AT": /^\d{4}$/, "nl-BE": /^\d{4}$/, "it-IT": /^\d{5}$/, "pt-PT": /^\d{4}-\d{3}$/,
  "sv-SE": /^(SE-)?\d{3} ?\d{2}$/, "pl-PL": /^\d{2}-\d{3}$/,
}
