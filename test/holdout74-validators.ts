// Validators for holdout74's labels and lookalikes, written apart from its texts: each reads only a span's final text
// and the record's locale. The checks that fit unchanged come from holdout66's validators; the locale tables below are
// holdout74's own fifteen locales (English of four countries, German and Austrian, French and Swiss French, Spanish,
// Italian, Flemish, Portuguese, Danish, Swedish, Polish).
import type { CountryCode } from "libphonenumber-js/max"

export {
  CURRENCY, digitsOf, ibanRemainder, ibanShape, isCard, isDateText, isEmail, isIban, isIpAddr, isNino, isPersonText, isSsn, isTime, isVersion,
  issuer, luhn, nationalCheck, phoneValidIn, unspoken,
} from "./holdout66-validators.ts"

export const LOCALE_COUNTRY: Record<string, CountryCode> = {
  "en-US": "US", "en-GB": "GB", "en-IE": "IE", "en-CA": "CA", "de-DE": "DE", "de-AT": "AT", "fr-FR": "FR", "fr-CH": "CH",
  "es-ES": "ES", "it-IT": "IT", "nl-BE": "BE", "pt-PT": "PT", "da-DK": "DK", "sv-SE": "SE", "pl-PL": "PL",
}
/** The IBAN countries a text of a locale may hold: its own and its neighbours'. The US and Canada use none. */
export const IBAN_NEAR: Record<string, string[]> = {
  "en-US": [], "en-GB": ["GB", "IE"], "en-IE": ["IE", "GB"], "en-CA": [], "de-DE": ["DE", "AT", "NL", "CH"], "de-AT": ["AT", "DE", "CH"],
  "fr-FR": ["FR", "BE", "CH"], "fr-CH": ["CH", "FR"], "es-ES": ["ES", "PT"], "it-IT": ["IT", "CH"], "nl-BE": ["BE", "NL", "FR"], "pt-PT": ["PT", "ES"],
  "da-DK": ["DK", "SE", "DE"], "sv-SE": ["SE", "DK"], "pl-PL": ["PL", "DE"],
}
/** Postcodes by locale (Canadian postal codes, an Irish Eircode, Swiss and Belgian four digits, Swedish with its space, Polish with a dash). */
export const POSTCODE: Record<string, RegExp> = {
  "en-US": /^\d{5}(-\d{4})?$/, "en-GB": /^[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}$/, "en-IE": /^([AC-FHKNPRTV-Y]\d{2}|D6W) ?[\dAC-FHKNPRTV-Y]{4}$/,
  "en-CA": /^[ABCEGHJ-NPRSTVXY]\d[A-Z] ?\d[A-Z]\d$/, "de-DE": /^\d{5}$/, "de-AT": /^\d{4}$/, "fr-FR": /^\d{5}$/, "fr-CH": /^(CH-)?\d{4}$/,
  "es-ES": /^(0[1-9]|[1-4]\d|5[0-2])\d{3}$/, "it-IT": /^\d{5}$/, "nl-BE": /^\d{4}$/, "pt-PT": /^\d{4}-\d{3}$/, "da-DK": /^(DK-)?\d{4}$/,
  "sv-SE": /^(SE-)?\d{3} ?\d{2}$/, "pl-PL": /^\d{2}-\d{3}$/,
}
