// The eighteen locales: their country, texts, money, IBAN neighbours and number conventions.
import type { CountryCode } from "libphonenumber-js/max"

export interface Locale {
  tag: string
  /** The language pack. */
  lang: string
  cc: CountryCode
  per: number
  currency: string
  /** IBAN countries a customer here may give (own first); empty where refunds go to a domestic account. */
  ibans: string[]
  /** Whether numbers are said in pairs here now and then. */
  pairs: boolean
}

const L = (tag: string, cc: CountryCode, per: number, currency: string, ibans: string[], pairs = false): Locale =>
  ({ tag, lang: tag.slice(0, 2), cc, per, currency, ibans, pairs })

export const LOCALES: Locale[] = [
  L("en-US", "US", 28, "USD", []),
  L("en-GB", "GB", 28, "GBP", ["GB", "IE"]),
  L("en-NZ", "NZ", 28, "NZD", []),
  L("en-SG", "SG", 28, "SGD", []),
  L("en-NG", "NG", 28, "NGN", []),
  L("en-MT", "MT", 28, "EUR", ["MT", "IT"]),
  L("de-CH", "CH", 26, "CHF", ["CH", "DE", "LI"], true),
  L("fr-CA", "CA", 26, "CAD", []),
  L("es-MX", "MX", 26, "MXN", [], true),
  L("it-CH", "CH", 26, "CHF", ["CH", "IT"]),
  L("nl-BE", "BE", 26, "EUR", ["BE", "NL", "LU"], true),
  L("nb-NO", "NO", 26, "NOK", ["NO", "SE"], true),
  L("fi-FI", "FI", 26, "EUR", ["FI", "SE", "EE"]),
  L("hu-HU", "HU", 26, "HUF", ["HU", "AT", "SK"]),
  L("ro-RO", "RO", 26, "RON", ["RO", "BG", "HU"]),
  L("sk-SK", "SK", 26, "EUR", ["SK", "CZ", "AT"]),
  L("hr-HR", "HR", 26, "EUR", ["HR", "SI", "AT"]),
  L("el-GR", "GR", 26, "EUR", ["GR", "CY", "BG"]),
]
