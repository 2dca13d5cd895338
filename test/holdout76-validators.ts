// Validators for holdout76's labels and lookalikes, written apart from its texts: each reads only a span's final text
// and the record's locale. The checks that fit unchanged come from holdout66's validators; the locale tables below are
// holdout76's own ten locales (English of the US, Britain and India, Austrian German, Belgian French and Dutch, Swedish,
// Polish, Czech, Mexican Spanish).
import type { CountryCode } from "libphonenumber-js/max"

import { ibanRemainder, ibanShape as ibanShape66, isIban as isIban66, nationalCheck as nationalCheck66 } from "./holdout66-validators.ts"

export {
  CURRENCY, digitsOf, ibanRemainder, isCard, isDateText, isEmail, isIpAddr, isNino, isPersonText, isSsn, isTime, isVersion,
  issuer, luhn, phoneValidIn, unspoken,
} from "./holdout66-validators.ts"

/** Czech and Slovak IBANs (24 characters: bank 4, prefix 6, account 10 digits), which holdout66's length table lacks. */
const CZSK = /^(CZ|SK)\d{22}$/
const compact = (v: string) => v.replace(/ /g, "").toUpperCase()
export const ibanShape = (v: string): boolean => ibanShape66(v) || CZSK.test(compact(v))
export const isIban = (v: string): boolean => isIban66(v) || (CZSK.test(compact(v)) && ibanRemainder(v) === 1)
/** The Czech and Slovak account check: prefix and number each weighted mod 11; the other countries as holdout66's. */
const mod11 = (digits: string) => [...digits.padStart(10, "0")].reduce((s, d, i) => s + Number(d) * [6, 3, 7, 9, 10, 5, 8, 4, 2, 1][i]!, 0) % 11 === 0
export const nationalCheck = (v: string): boolean => {
  const c = compact(v)
  return CZSK.test(c) ? mod11(c.slice(8, 14)) && mod11(c.slice(14)) : nationalCheck66(v)
}

export const LOCALE_COUNTRY: Record<string, CountryCode> = {
  "en-US": "US", "en-GB": "GB", "en-IN": "IN", "de-AT": "AT", "fr-BE": "BE", "nl-BE": "BE", "sv-SE": "SE", "pl-PL": "PL", "cs-CZ": "CZ", "es-MX": "MX",
}
/** The IBAN countries a text of a locale may hold: its own and its neighbours'. The US, India and Mexico use none. */
export const IBAN_NEAR: Record<string, string[]> = {
  "en-US": [], "en-GB": ["GB", "IE"], "en-IN": [], "de-AT": ["AT", "DE"], "fr-BE": ["BE", "FR", "LU"], "nl-BE": ["BE", "NL"],
  "sv-SE": ["SE"], "pl-PL": ["PL"], "cs-CZ": ["CZ", "SK"], "es-MX": [],
}
/** Postcodes by locale (an Indian PIN, a Swedish postnummer and a Czech PSČ with their space, a Polish one with its dash). */
export const POSTCODE: Record<string, RegExp> = {
  "en-US": /^\d{5}(-\d{4})?$/, "en-GB": /^[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}$/, "en-IN": /^[1-9]\d{2} ?\d{3}$/, "de-AT": /^\d{4}$/, "fr-BE": /^[1-9]\d{3}$/,
  "nl-BE": /^[1-9]\d{3}$/, "sv-SE": /^[1-9]\d{2} \d{2}$/, "pl-PL": /^\d{2}-\d{3}$/, "cs-CZ": /^[1-7]\d{2} \d{2}$/, "es-MX": /^\d{5}$/,
}
