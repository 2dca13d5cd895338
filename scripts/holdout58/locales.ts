// The twelve locales: country, count, currency, postcodes, IBAN countries (own first) or domestic bank details.
import type { CountryCode } from "libphonenumber-js/max"
import type { Rng } from "./rng.ts"

export interface Locale { tag: string; lang: string; cc: CountryCode; per: number; currency: string; ibans: string[]; postcode: (r: Rng) => string }
const n = (r: Rng, k: number) => r.digits(k)
const L = (r: Rng, s: string) => s[r.int(s.length)]!
export const LOCALES: Locale[] = [
  { tag: "en-US", lang: "en", cc: "US", per: 48, currency: "USD", ibans: [], postcode: (r) => r.pick(["10027", "60614", "94110", "02139", "77006", "98103", "30309", "97214"]) },
  { tag: "en-GB", lang: "en", cc: "GB", per: 48, currency: "GBP", ibans: ["GB", "IE"], postcode: (r) => `${r.pick(["M14", "LS6", "EH9", "BS3", "N16", "SW11", "B15", "CF24"])} ${r.int(10)}${L(r, "ABDEFGHJLNPQRSTUWXYZ")}${L(r, "ABDEFGHJLNPQRSTUWXYZ")}` },
  { tag: "en-IE", lang: "en", cc: "IE", per: 48, currency: "EUR", ibans: ["IE", "GB"], postcode: (r) => r.pick(["D08 X2Y7", "T12 K8AF", "H91 E2K3", "V94 T9PX", "D6W Y2K9"]) },
  { tag: "en-AU", lang: "en", cc: "AU", per: 48, currency: "AUD", ibans: [], postcode: (r) => r.pick(["2010", "3065", "4101", "6008", "5006", "2617"]) },
  { tag: "de-DE", lang: "de", cc: "DE", per: 36, currency: "EUR", ibans: ["DE", "AT", "NL"], postcode: (r) => r.pick(["10115", "80331", "50667", "20095", "60311", "70173"]) },
  { tag: "de-AT", lang: "de", cc: "AT", per: 36, currency: "EUR", ibans: ["AT", "DE"], postcode: (r) => r.pick(["1010", "1070", "8010", "4020", "5020", "6020"]) },
  { tag: "fr-FR", lang: "fr", cc: "FR", per: 36, currency: "EUR", ibans: ["FR", "BE"], postcode: (r) => r.pick(["75011", "69003", "13006", "33000", "59800", "44000"]) },
  { tag: "fr-BE", lang: "fr", cc: "BE", per: 36, currency: "EUR", ibans: ["BE", "FR", "LU"], postcode: (r) => r.pick(["1000", "1050", "4000", "5000", "6000", "1348"]) },
  { tag: "es-ES", lang: "es", cc: "ES", per: 36, currency: "EUR", ibans: ["ES", "PT"], postcode: (r) => r.pick(["28013", "08012", "46001", "41004", "48001", "29016"]) },
  { tag: "it-IT", lang: "it", cc: "IT", per: 36, currency: "EUR", ibans: ["IT"], postcode: (r) => r.pick(["00184", "20121", "50122", "10123", "80134", "40126"]) },
  { tag: "nl-NL", lang: "nl", cc: "NL", per: 36, currency: "EUR", ibans: ["NL", "BE", "DE"], postcode: (r) => `${r.pick(["1012", "3011", "3511", "2511", "5611", "9711"])} ${L(r, "ABCDEGHJKLMNPRSTVWXZ")}${L(r, "ABCDEGHJKLMNPRSTVWXZ")}` },
  { tag: "pt-PT", lang: "pt", cc: "PT", per: 36, currency: "EUR", ibans: ["PT", "ES"], postcode: (r) => `${r.pick(["1100", "1200", "4000", "4050", "3000", "8000"])}-${n(r, 3)}` },
]
