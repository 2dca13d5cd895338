// The eighteen locales: six Englishes and twelve other European languages, with their countries and Intl tags.
import type { CountryCode } from "libphonenumber-js/max"

export type Lang = "en" | "sv" | "nn" | "fr" | "it" | "de" | "ro" | "el" | "sr" | "gl" | "sq" | "mk" | "cy"
export interface Locale {
  tag: string
  lang: Lang
  cc: CountryCode
  /** Texts of this locale. */
  per: number
  /** The Intl tag for dates and money (Serbian is written in Latin letters). */
  intl: string
  currency: string
  /** IBAN countries: its own first, then neighbours'; empty where refunds go to a domestic account. */
  ibans: string[]
}

const L = (tag: string, cc: CountryCode, per: number, currency: string, ibans: string[], intl = tag): Locale => ({
  tag, lang: tag.slice(0, 2) as Lang, cc, per, intl, currency, ibans,
})

export const LOCALES: Locale[] = [
  L("en-US", "US", 28, "USD", []),
  L("en-GB", "GB", 28, "GBP", ["GB", "IE"]),
  L("en-TZ", "TZ", 28, "TZS", []),
  L("en-MU", "MU", 28, "MUR", ["MU"]),
  L("en-GY", "GY", 28, "GYD", []),
  L("en-GI", "GI", 28, "GIP", ["GI", "GB", "ES"]),
  L("sv-FI", "FI", 26, "EUR", ["FI", "SE"]),
  L("nn-NO", "NO", 26, "NOK", ["NO", "SE", "DK"]),
  L("fr-MC", "MC", 26, "EUR", ["MC", "FR"]),
  L("it-SM", "SM", 26, "EUR", ["SM", "IT"]),
  L("de-LI", "LI", 26, "CHF", ["LI", "CH", "AT"]),
  L("ro-MD", "MD", 26, "MDL", ["MD", "RO"]),
  L("el-CY", "CY", 26, "EUR", ["CY", "GR"]),
  L("sr-RS", "RS", 26, "RSD", ["RS", "ME", "BA"], "sr-Latn-RS"),
  L("gl-ES", "ES", 26, "EUR", ["ES", "PT"]),
  L("sq-AL", "AL", 26, "ALL", ["AL", "XK"]),
  L("mk-MK", "MK", 26, "MKD", ["MK", "AL"]),
  L("cy-GB", "GB", 26, "GBP", ["GB"]),
]

/** Default regions a recognizer may try, besides the corpus's own countries. */
export const DEFAULT_REGIONS = "US GB IE DE AT CH FR BE ES NL IT PT LU DK SE NO FI IS PL CZ SK HU SI HR RO BG GR CY MT EE LV LT LI".split(" ") as CountryCode[]
export const ALL_REGIONS: CountryCode[] = [...new Set([...LOCALES.map((l) => l.cc), ...DEFAULT_REGIONS])]
