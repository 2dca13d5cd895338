// The 24 locales of holdout50 (20 texts each): their language pack, country, currency, mail domains, names, and how
// a refund is paid there (an IBAN of the country's BBAN shape, or a domestic account where no IBAN is in use).
import type { CountryCode } from "libphonenumber-js/max"
import { NAMES_A, type NameSet } from "./names-a.ts"
import { NAMES_B } from "./names-b.ts"
import { EN, ES, FR, type Pack } from "./pack.ts"
import { AZ, HY, KA, KK, UZ } from "./packs-a.ts"
import { BS, FO, MK, RO } from "./packs-b.ts"
import { AR, HE, KO, VI } from "./packs-c.ts"
import { FIL, ID, MS, SW } from "./packs-d.ts"

export interface Locale {
  tag: string
  lang: string
  pack: Pack
  country: CountryCode
  currency: string
  domains: string[]
  names: NameSet
  /** BBAN shape (`4a14n`: 4 capitals, 14 digits; `c` a capital or digit; `=0` a literal 0), or undefined where no IBAN is used. */
  bban?: string
  /** A domestic account's shape (`#` a digit) where no IBAN is used. */
  account?: string
}

type Row = [tag: string, pack: Pack, country: CountryCode, currency: string, domains: string, pay: string]
const ROWS: Row[] = [
  ["en-US", EN, "US", "USD", "gmail.com comcast.net yahoo.com outlook.com", "acct:############"],
  ["en-GB", EN, "GB", "GBP", "btinternet.com gmail.com yahoo.co.uk sky.com", "4a14n"],
  ["ka-GE", KA, "GE", "GEL", "gmail.com mail.ge posta.ge", "2a16n"],
  ["hy-AM", HY, "AM", "AMD", "mail.am gmail.com yandex.ru", "acct:1570 0### #### ####"],
  ["az-AZ", AZ, "AZ", "AZN", "mail.az gmail.com box.az", "4a20c"],
  ["kk-KZ", KK, "KZ", "KZT", "mail.kz gmail.com inbox.kz", "3n13c"],
  ["uz-UZ", UZ, "UZ", "UZS", "mail.uz gmail.com umail.uz", "acct:2020 8000 #### #### ####"],
  ["mk-MK", MK, "MK", "MKD", "t-home.mk gmail.com yahoo.com", "3n10c2n"],
  ["bs-BA", BS, "BA", "BAM", "bih.net.ba gmail.com hotmail.com", "16n"],
  ["ro-MD", RO, "MD", "MDL", "mail.md gmail.com yahoo.com", "2c18c"],
  ["fo-FO", FO, "FO", "DKK", "olivant.fo gmail.com post.olivant.fo", "14n"],
  ["he-IL", HE, "IL", "ILS", "walla.co.il gmail.com bezeqint.net", "19n"],
  ["ar-AE", AR, "AE", "AED", "emirates.net.ae gmail.com hotmail.com", "19n"],
  ["ko-KR", KO, "KR", "KRW", "naver.com daum.net gmail.com", "acct:###-##-######-#"],
  ["vi-VN", VI, "VN", "VND", "gmail.com yahoo.com.vn fpt.vn", "acct:#############"],
  ["id-ID", ID, "ID", "IDR", "gmail.com yahoo.co.id telkom.net", "acct:###-##-#######-#"],
  ["ms-MY", MS, "MY", "MYR", "gmail.com yahoo.com.my tm.net.my", "acct:#### #### ####"],
  ["fil-PH", FIL, "PH", "PHP", "gmail.com yahoo.com.ph pldt.net", "acct:00##-####-####"],
  ["sw-KE", SW, "KE", "KES", "gmail.com yahoo.co.ke safaricom.co.ke", "acct:1180 ### ### ###"],
  ["es-PE", ES, "PE", "PEN", "hotmail.com gmail.com terra.com.pe", "acct:002-###-############-##"],
  ["es-CR", ES, "CR", "CRC", "ice.co.cr gmail.com racsa.co.cr", "=017n"],
  ["es-DO", ES, "DO", "DOP", "claro.net.do gmail.com hotmail.com", "4a20n"],
  ["es-UY", ES, "UY", "UYU", "adinet.com.uy gmail.com hotmail.com", "acct:#########-#####"],
  ["fr-TN", FR, "TN", "TND", "topnet.tn gmail.com planet.tn", "20n"],
]

export const LOCALES: Locale[] = ROWS.map(([tag, pack, country, currency, domains, pay]) => ({
  tag,
  lang: tag.split("-")[0]!,
  pack,
  country,
  currency,
  domains: domains.split(" "),
  names: (NAMES_A[tag] ?? NAMES_B[tag])!,
  ...(pay.startsWith("acct:") ? { account: pay.slice(5) } : { bban: pay }),
}))

export const IBAN_COUNTRIES = LOCALES.filter((l) => l.bban).map((l) => l.country)
export const ALL_COUNTRIES = LOCALES.map((l) => l.country)
