// The eighteen locales: seven Englishes and eleven other European languages.
import type { CountryCode } from "libphonenumber-js/max"

export interface Locale {
  /** BCP 47 tag, the record's `lang`. */
  tag: string
  /** The language pack's key. */
  lang: string
  cc: CountryCode
  /** Texts of this locale. */
  per: number
  currency: string
  /** Whether refunds go to an IBAN (else to a domestic account). */
  iban: boolean
  /** The IBAN countries of neighbours a customer may give. */
  near: string[]
  /** The word for a postcode. */
  pcWord: string
}

export const LOCALES: Locale[] = [
  { tag: "en-US", lang: "en", cc: "US", per: 33, currency: "USD", iban: false, near: [], pcWord: "ZIP" },
  { tag: "en-GB", lang: "en", cc: "GB", per: 33, currency: "GBP", iban: true, near: ["IE"], pcWord: "postcode" },
  { tag: "en-IE", lang: "en", cc: "IE", per: 30, currency: "EUR", iban: true, near: ["GB"], pcWord: "Eircode" },
  { tag: "en-AU", lang: "en", cc: "AU", per: 30, currency: "AUD", iban: false, near: [], pcWord: "postcode" },
  { tag: "en-IN", lang: "en", cc: "IN", per: 30, currency: "INR", iban: false, near: [], pcWord: "PIN code" },
  { tag: "en-ZA", lang: "en", cc: "ZA", per: 30, currency: "ZAR", iban: false, near: [], pcWord: "postal code" },
  { tag: "en-CA", lang: "en", cc: "CA", per: 30, currency: "CAD", iban: false, near: [], pcWord: "postal code" },
  { tag: "de-DE", lang: "de", cc: "DE", per: 24, currency: "EUR", iban: true, near: ["AT", "PL"], pcWord: "PLZ" },
  { tag: "fr-FR", lang: "fr", cc: "FR", per: 24, currency: "EUR", iban: true, near: ["BE", "LU"], pcWord: "code postal" },
  { tag: "es-ES", lang: "es", cc: "ES", per: 24, currency: "EUR", iban: true, near: ["PT", "FR"], pcWord: "código postal" },
  { tag: "it-IT", lang: "it", cc: "IT", per: 24, currency: "EUR", iban: true, near: ["FR", "DE"], pcWord: "CAP" },
  { tag: "nl-NL", lang: "nl", cc: "NL", per: 24, currency: "EUR", iban: true, near: ["BE", "DE"], pcWord: "postcode" },
  { tag: "pl-PL", lang: "pl", cc: "PL", per: 24, currency: "PLN", iban: true, near: ["DE", "LT"], pcWord: "kod pocztowy" },
  { tag: "cs-CZ", lang: "cs", cc: "CZ", per: 24, currency: "CZK", iban: true, near: ["SK", "AT"], pcWord: "PSČ" },
  { tag: "sv-SE", lang: "sv", cc: "SE", per: 24, currency: "SEK", iban: true, near: ["FI", "NO"], pcWord: "postnummer" },
  { tag: "da-DK", lang: "da", cc: "DK", per: 24, currency: "DKK", iban: true, near: ["SE", "DE"], pcWord: "postnummer" },
  { tag: "pt-PT", lang: "pt", cc: "PT", per: 24, currency: "EUR", iban: true, near: ["ES", "FR"], pcWord: "código postal" },
  { tag: "bg-BG", lang: "bg", cc: "BG", per: 24, currency: "EUR", iban: true, near: ["RO", "GR"], pcWord: "пощенски код" },
]

export const ALL_CC: CountryCode[] = [...new Set(LOCALES.map((l) => l.cc))]
