// Validators for holdout72's labels and lookalikes, written apart from its texts: each reads only a span's final text
// and the record's locale. The checks that fit unchanged come from holdout66's validators; the locale tables below are
// holdout72's own sixteen locales (English of four countries, Canadian French and French, German and Austrian,
// Italian, Spanish, Portuguese, Dutch and Flemish, Swedish, Danish, Polish).
import type { CountryCode } from "libphonenumber-js/max"

export {
  CURRENCY, digitsOf, ibanRemainder, ibanShape, isCard, isDateText, isEmail, isIban, isIpAddr, isNino, isPersonText, isSsn, isTime, isVersion,
  issuer, luhn, nationalCheck, phoneValidIn, unspoken,
} from "./holdout66-validators.ts"

export const LOCALE_COUNTRY: Record<string, CountryCode> = {
  "en-US": "US", "en-GB": "GB", "en-IE": "IE", "en-CA": "CA", "fr-CA": "CA", "fr-FR": "FR", "de-DE": "DE", "de-AT": "AT",
  "it-IT": "IT", "es-ES": "ES", "pt-PT": "PT", "nl-NL": "NL", "nl-BE": "BE", "sv-SE": "SE", "da-DK": "DK", "pl-PL": "PL",
}
/** The IBAN countries a text of a locale may hold: its own and its neighbours'. The US and Canada use none. */
export const IBAN_NEAR: Record<string, string[]> = {
  "en-US": [], "en-GB": ["GB", "IE"], "en-IE": ["IE", "GB"], "en-CA": [], "fr-CA": [], "fr-FR": ["FR", "BE", "CH"], "de-DE": ["DE", "AT", "NL", "CH"],
  "de-AT": ["AT", "DE", "CH"], "it-IT": ["IT"], "es-ES": ["ES", "PT"], "pt-PT": ["PT", "ES"], "nl-NL": ["NL", "BE", "DE"], "nl-BE": ["BE", "NL", "FR"],
  "sv-SE": ["SE", "DK"], "da-DK": ["DK", "SE", "DE"], "pl-PL": ["PL", "DE"],
}
/** Postcodes by locale (Canadian postal codes for both Canadian locales, an Irish Eircode, Swedish with its space, Polish with a dash). */
const CANADA = /^[ABCEGHJ-NPRSTVXY]\d[A-Z] ?\d[A-Z]\d$/
export const POSTCODE: Record<string, RegExp> = {
  "en-US": /^\d{5}(-\d{4})?$/, "en-GB": /^[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}$/, "en-IE": /^([AC-FHKNPRTV-Y]\d{2}|D6W) ?[\dAC-FHKNPRTV-Y]{4}$/, "en-CA": CANADA,
  "fr-CA": CANADA, "fr-FR": /^\d{5}$/, "de-DE": /^\d{5}$/, "de-AT": /^\d{4}$/, "it-IT": /^\d{5}$/, "es-ES": /^(0[1-9]|[1-4]\d|5[0-2])\d{3}$/,
  "pt-PT": /^\d{4}-\d{3}$/, "nl-NL": /^[1-9]\d{3} ?[A-Z]{2}$/, "nl-BE": /^\d{4}$/, "sv-SE": /^(SE-)?\d{3} ?\d{2}$/, "da-DK": /^(DK-)?\d{4}$/, "pl-PL": /^\d{2}-\d{3}$/,
}
