// The eighteen locales: seven Englishes and eleven other languages, with their country, texts, IBAN use and money.
import type { CountryCode } from "libphonenumber-js/max"

export interface Locale {
  tag: string
  lang: string
  cc: CountryCode
  per: number
  /** IBAN countries a customer here may give (own first); empty where refunds go to a domestic account. */
  ibans: string[]
  currency: string
}

export const LOCALES: Locale[] = [
  { tag: "en-US", lang: "en", cc: "US", per: 33, ibans: [], currency: "USD" },
  { tag: "en-GB", lang: "en", cc: "GB", per: 33, ibans: ["GB", "IE"], currency: "GBP" },
  { tag: "en-SG", lang: "en", cc: "SG", per: 30, ibans: [], currency: "SGD" },
  { tag: "en-PH", lang: "en", cc: "PH", per: 30, ibans: [], currency: "PHP" },
  { tag: "en-KE", lang: "en", cc: "KE", per: 30, ibans: [], currency: "KES" },
  { tag: "en-NG", lang: "en", cc: "NG", per: 30, ibans: [], currency: "NGN" },
  { tag: "en-JM", lang: "en", cc: "JM", per: 30, ibans: [], currency: "JMD" },
  { tag: "nb-NO", lang: "nb", cc: "NO", per: 24, ibans: ["NO", "SE", "DK"], currency: "NOK" },
  { tag: "fi-FI", lang: "fi", cc: "FI", per: 24, ibans: ["FI", "SE", "EE"], currency: "EUR" },
  { tag: "hu-HU", lang: "hu", cc: "HU", per: 24, ibans: ["HU", "AT", "SK"], currency: "HUF" },
  { tag: "ro-RO", lang: "ro", cc: "RO", per: 24, ibans: ["RO", "HU", "BG"], currency: "RON" },
  { tag: "el-GR", lang: "el", cc: "GR", per: 24, ibans: ["GR", "CY"], currency: "EUR" },
  { tag: "hr-HR", lang: "hr", cc: "HR", per: 24, ibans: ["HR", "SI", "AT"], currency: "EUR" },
  { tag: "sk-SK", lang: "sk", cc: "SK", per: 24, ibans: ["SK", "CZ", "AT"], currency: "EUR" },
  { tag: "sl-SI", lang: "sl", cc: "SI", per: 24, ibans: ["SI", "HR", "AT"], currency: "EUR" },
  { tag: "de-AT", lang: "de", cc: "AT", per: 24, ibans: ["AT", "DE"], currency: "EUR" },
  { tag: "fr-BE", lang: "fr", cc: "BE", per: 24, ibans: ["BE", "FR", "LU", "NL"], currency: "EUR" },
  { tag: "pt-BR", lang: "pt", cc: "BR", per: 24, ibans: [], currency: "BRL" },
]
export const ALL_CC: CountryCode[] = LOCALES.map((l) => l.cc)
