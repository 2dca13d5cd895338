// The eighteen locales: country, pack language, currency, time styles, IBAN countries (own first, then neighbours)
// or, where no IBAN is used, the domestic account and bank code, and postcodes.
import type { CountryCode } from "libphonenumber-js/max"
import { luhnOk } from "./checks.ts"
import { neg, plain, type Seg } from "./draft.ts"
import type { Rng } from "./rng.ts"

export type TimeStyle = "12" | "12l" | "12d" | "12co" | "24" | "24d" | "h"
export interface Locale {
  tag: string
  lang: string
  cc: CountryCode
  per: number
  cur: string
  times: TimeStyle[]
  /** IBAN countries, own first; none where refunds go to a domestic account. */
  ibans?: string[]
  postcode?: (r: Rng) => string
  /** The domestic account and bank code, with the words around them. */
  bank?: (r: Rng) => Seg[]
  /** Label words that differ from the language pack's (US "Cell"). */
  words?: Record<string, string>
}

const up = (r: Rng, n: number, from = "ABCDEFGHJKLMNPRSTUVWXY") => Array.from({ length: n }, () => r.pick([...from])).join("")
/** Digits drawn again until, from twelve digits, they fail Luhn. */
const acct = (r: Rng, n: number, lead = "") => {
  for (;;) {
    const d = lead + r.digits(n - lead.length)
    if (n < 12 || !luhnOk(d)) return d
  }
}
function aba(r: Rng): string {
  const w = [3, 7, 1, 3, 7, 1, 3, 7]
  for (;;) {
    const body = r.pick(["0", "1", "2", "3"]) + r.digits(7)
    const s = [...body].reduce((a, c, i) => a + Number(c) * w[i]!, 0)
    const check = (10 - (s % 10)) % 10
    return body + check
  }
}

export const LOCALES: Locale[] = [
  { tag: "en-US", lang: "en", cc: "US", per: 28, cur: "USD", times: ["12", "12l"], postcode: (r) => r.pick(["1", "3", "6", "7", "8", "9"]) + r.digits(4), words: { mob: "Cell", pc: "ZIP code" },
    bank: (r) => [plain("routing "), neg("bank-code", aba(r)), plain(", account "), neg("bank-account", acct(r, r.range(10, 12), r.pick(["4", "7", "2"])))] },
  { tag: "en-GB", lang: "en", cc: "GB", per: 28, cur: "GBP", times: ["24", "12d", "12l"], ibans: ["GB", "IE"],
    postcode: (r) => `${r.pick(["LS", "M", "BT", "CF", "NE", "BS", "SW", "E", "G", "TR"])}${r.range(1, 19)} ${r.int(10)}${up(r, 2, "ABDEFGHJLNPQRSTUWXYZ")}` },
  { tag: "en-GH", lang: "en", cc: "GH", per: 28, cur: "GHS", times: ["12l", "24", "12d"], words: { pc: "Digital address" }, postcode: (r) => `${r.pick(["GA", "AK", "GT", "CC"])}-${r.digits(3)}-${r.digits(4)}`,
    bank: (r) => [plain("account "), neg("bank-account", acct(r, 13, r.pick(["10", "11", "14"])))] },
  { tag: "en-KE", lang: "en", cc: "KE", per: 28, cur: "KES", times: ["12l", "24"], words: { pc: "Postal code" }, postcode: (r) => r.pick(["00100", "00200", "00505", "80100", "40100", "20100"]),
    bank: (r) => [plain("account "), neg("bank-account", acct(r, 12, r.pick(["01", "11", "02"])))] },
  { tag: "en-JM", lang: "en", cc: "JM", per: 28, cur: "JMD", times: ["12", "12l"],
    bank: (r) => [plain("account "), neg("bank-account", `${r.range(301, 499)}-${r.digits(3)}-${r.digits(3)}`)] },
  { tag: "en-HK", lang: "en", cc: "HK", per: 28, cur: "HKD", times: ["12l", "24"], words: { mob: "Mobile" },
    bank: (r) => [plain("account "), neg("bank-account", `${r.pick(["004", "012", "024", "015"])}-${r.digits(6)}-${r.digits(3)}`)] },
  { tag: "pt-BR", lang: "pt", cc: "BR", per: 26, cur: "BRL", times: ["h", "24"], postcode: (r) => `${r.pick(["01", "04", "20", "22", "30", "40", "70", "80", "90"])}${r.digits(3)}-${r.digits(3)}`,
    bank: (r) => [plain("agência "), neg("bank-code", `${r.range(1000, 9999)}-${r.int(10)}`), plain(", conta "), neg("bank-account", `${r.range(10000, 999999)}-${r.pick([..."0123456789X"])}`)] },
  { tag: "es-CO", lang: "es", cc: "CO", per: 26, cur: "COP", times: ["12co", "24"], postcode: (r) => r.pick(["110111", "110221", "050021", "760001", "080001", "130001"]),
    bank: (r) => [plain("cuenta de ahorros "), neg("bank-account", `${r.digits(3)}-${r.digits(6)}-${r.digits(2)}`)] },
  { tag: "de-AT", lang: "de", cc: "AT", per: 26, cur: "EUR", times: ["24", "24d"], ibans: ["AT", "DE", "LI"], postcode: (r) => r.pick(["1010", "1020", "1070", "1100", "1160", "8010", "4020", "5020", "6020", "9020"]) },
  { tag: "fr-BE", lang: "fr", cc: "BE", per: 26, cur: "EUR", times: ["h", "24"], ibans: ["BE", "NL", "LU", "FR"], postcode: (r) => r.pick(["1000", "1030", "1050", "1060", "1180", "4000", "5000", "6000", "1300", "7000"]) },
  { tag: "nl-NL", lang: "nl", cc: "NL", per: 26, cur: "EUR", times: ["24d", "24"], ibans: ["NL", "BE", "DE"], postcode: (r) => `${r.range(1011, 9999)} ${up(r, 2, "ABCDEGHJKLMNPRSTVWXZ")}` },
  { tag: "da-DK", lang: "da", cc: "DK", per: 26, cur: "DKK", times: ["24d", "24"], ibans: ["DK", "SE", "DE"], postcode: (r) => r.pick(["1050", "2100", "2200", "2300", "8000", "5000", "9000", "2800", "4000"]) },
  { tag: "cs-CZ", lang: "cs", cc: "CZ", per: 26, cur: "CZK", times: ["24", "24d"], ibans: ["CZ", "SK", "AT"], postcode: (r) => r.pick(["110 00", "120 00", "130 00", "602 00", "612 00", "301 00", "370 01", "460 01"]) },
  { tag: "it-IT", lang: "it", cc: "IT", per: 26, cur: "EUR", times: ["24", "24d"], ibans: ["IT", "SM", "CH"], postcode: (r) => r.pick(["20121", "20154", "00184", "00153", "10121", "50123", "80133", "40126"]) },
  { tag: "is-IS", lang: "is", cc: "IS", per: 26, cur: "ISK", times: ["24"], ibans: ["IS", "NO", "DK"], postcode: (r) => r.pick(["101", "105", "107", "108", "200", "210", "220", "600", "800"]) },
  { tag: "et-EE", lang: "et", cc: "EE", per: 26, cur: "EUR", times: ["24", "24d"], ibans: ["EE", "FI", "LV"], postcode: (r) => r.pick(["10111", "10115", "10145", "11314", "50090", "51005", "80010", "13516"]) },
  { tag: "ca-ES", lang: "ca", cc: "ES", per: 26, cur: "EUR", times: ["24", "24d"], ibans: ["ES", "AD", "FR"], postcode: (r) => r.pick(["08001", "08012", "08025", "08036", "17001", "25001", "43001", "08201"]) },
  { tag: "lv-LV", lang: "lv", cc: "LV", per: 26, cur: "EUR", times: ["24", "24d"], ibans: ["LV", "LT", "EE"], postcode: (r) => `LV-${r.pick(["1010", "1050", "1011", "1001", "3001", "5401", "2101"])}` },
]
