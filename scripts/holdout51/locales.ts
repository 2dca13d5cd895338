// The fifteen locales: seven Englishes (the SSNs in the US, the NI numbers in Britain) and eight European languages.

export interface Locale { tag: string; lang: string; cc: string; iban: boolean; currency: string; per: number }

const L = (tag: string, currency: string, iban: boolean, per: number): Locale => ({ tag, lang: tag.slice(0, 2), cc: tag.slice(3), iban, currency, per })

export const LOCALES: Locale[] = [
  L("en-US", "USD", false, 40), L("en-GB", "GBP", true, 40), L("en-IE", "EUR", true, 40), L("en-AU", "AUD", false, 40),
  L("en-CA", "CAD", false, 40), L("en-IN", "INR", false, 40), L("en-ZA", "ZAR", false, 40),
  L("de-DE", "EUR", true, 25), L("fr-FR", "EUR", true, 25), L("es-ES", "EUR", true, 25), L("it-IT", "EUR", true, 25),
  L("nl-NL", "EUR", true, 25), L("pt-PT", "EUR", true, 25), L("pl-PL", "PLN", true, 25), L("sv-SE", "SEK", true, 25),
]
