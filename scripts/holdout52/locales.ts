// The eighteen locales of holdout52: eight Englishes (30 texts each) and ten European languages (24 each).
import type { CountryCode } from "libphonenumber-js/max"

export type Lang = "en" | "de" | "fr" | "es" | "it" | "nl" | "pt" | "pl" | "sv" | "da" | "cs"

export interface Locale {
  tag: string
  lang: Lang
  cc: CountryCode
  currency: string
  per: number
  /** Whether refunds go to an IBAN here (else to a domestic account). */
  iban: boolean
  /** Countries whose IBANs a customer here may also give (neighbours). */
  near: string[]
}

const en = (tag: string, cc: CountryCode, currency: string, iban: boolean, near: string[] = []): Locale => ({ tag, lang: "en", cc, currency, per: 30, iban, near })
const eu = (tag: string, lang: Lang, cc: CountryCode, currency: string, near: string[]): Locale => ({ tag, lang, cc, currency, per: 24, iban: true, near })

export const LOCALES: Locale[] = [
  en("en-US", "US", "USD", false),
  en("en-GB", "GB", "GBP", true, ["IE"]),
  en("en-IE", "IE", "EUR", true, ["GB"]),
  en("en-AU", "AU", "AUD", false),
  en("en-NZ", "NZ", "NZD", false),
  en("en-CA", "CA", "CAD", false),
  en("en-IN", "IN", "INR", false),
  en("en-ZA", "ZA", "ZAR", false),
  eu("de-DE", "de", "DE", "EUR", ["AT", "NL"]),
  eu("fr-FR", "fr", "FR", "EUR", ["BE", "LU"]),
  eu("es-ES", "es", "ES", "EUR", ["PT", "FR"]),
  eu("it-IT", "it", "IT", "EUR", ["AT", "FR"]),
  eu("nl-NL", "nl", "NL", "EUR", ["BE", "DE"]),
  eu("pt-PT", "pt", "PT", "EUR", ["ES"]),
  eu("pl-PL", "pl", "PL", "PLN", ["DE", "CZ"]),
  eu("sv-SE", "sv", "SE", "SEK", ["FI", "DK"]),
  eu("da-DK", "da", "DK", "DKK", ["DE", "SE"]),
  eu("cs-CZ", "cs", "CZ", "CZK", ["SK", "AT"]),
]

export const ALL_CC: CountryCode[] = LOCALES.map((l) => l.cc)
