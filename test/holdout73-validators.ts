// Validators for holdout73's labels and lookalikes, written apart from its texts: each reads only a span's final text
// and the record's locale. The checks that fit unchanged come from holdout66's validators; the locale tables below are
// holdout73's own sixteen locales (English of three countries, German and Swiss German, French and Belgian French,
// Spanish and Mexican Spanish, Italian, Brazilian Portuguese, Dutch, Swedish, Norwegian Bokmål, Finnish, Polish).
import type { CountryCode } from "libphonenumber-js/max"

export {
  CURRENCY, digitsOf, ibanRemainder, ibanShape, isCard, isDateText, isEmail, isIban, isIpAddr, isNino, isPersonText, isSsn, isTime, isVersion,
  issuer, luhn, nationalCheck, phoneValidIn, unspoken,
} from "./holdout66-validators.ts"

export const LOCALE_COUNTRY: Record<string, CountryCode> = {
  "en-US": "US", "en-GB": "GB", "en-AU": "AU", "de-DE": "DE", "de-CH": "CH", "fr-FR": "FR", "fr-BE": "BE", "es-ES": "ES", "es-MX": "MX",
  "it-IT": "IT", "pt-BR": "BR", "nl-NL": "NL", "sv-SE": "SE", "nb-NO": "NO", "fi-FI": "FI", "pl-PL": "PL",
}
/** The IBAN countries a text of a locale may hold: its own and its neighbours'. The US, Australia and Mexico use none. */
export const IBAN_NEAR: Record<string, string[]> = {
  "en-US": [], "en-GB": ["GB", "IE"], "en-AU": [], "de-DE": ["DE", "AT", "NL", "CH"], "de-CH": ["CH", "DE", "AT", "LI"], "fr-FR": ["FR", "BE", "CH"],
  "fr-BE": ["BE", "FR", "NL"], "es-ES": ["ES", "PT"], "es-MX": [], "it-IT": ["IT", "CH"], "pt-BR": ["BR"], "nl-NL": ["NL", "BE", "DE"],
  "sv-SE": ["SE", "DK", "NO", "FI"], "nb-NO": ["NO", "SE", "DK"], "fi-FI": ["FI", "SE"], "pl-PL": ["PL", "DE"],
}
/** Postcodes by locale (Swiss, Belgian, Australian and Norwegian four digits, Swedish with its space, Polish and Brazilian with a dash). */
export const POSTCODE: Record<string, RegExp> = {
  "en-US": /^\d{5}(-\d{4})?$/, "en-GB": /^[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}$/, "en-AU": /^\d{4}$/, "de-DE": /^\d{5}$/, "de-CH": /^(CH-)?\d{4}$/,
  "fr-FR": /^\d{5}$/, "fr-BE": /^\d{4}$/, "es-ES": /^(0[1-9]|[1-4]\d|5[0-2])\d{3}$/, "es-MX": /^\d{5}$/, "it-IT": /^\d{5}$/, "pt-BR": /^\d{5}-\d{3}$/,
  "nl-NL": /^[1-9]\d{3} ?[A-Z]{2}$/, "sv-SE": /^(SE-)?\d{3} ?\d{2}$/, "nb-NO": /^\d{4}$/, "fi-FI": /^\d{5}$/, "pl-PL": /^\d{2}-\d{3}$/,
}
