// The 30 locales: country, words, currency, mail domains, date styles, postcodes, and whether the country has IBANs.
import type { CountryCode } from "libphonenumber-js/max"
import { NAMES } from "./names-data.ts"
import { NAME_WORDS } from "./namewords.ts"
import type { Rng } from "./rng.ts"
import { EN, type Words } from "./words.ts"
import { DA, HU, IS, MT, NB, SK, SL } from "./words-a.ts"
import { BG, CA, LT, LV, PT, SR, UK } from "./words-b.ts"
import { DE, ES, ES_AR, EU, FR, FR_CH, IT, NL } from "./words-c.ts"

export type DateStyle = "short" | "medium" | "long" | "iso" | "dots"
export interface Locale {
  tag: string
  intl: string
  cc: CountryCode
  w: Words
  english: boolean
  currency: string
  mail: string[]
  /** Given names by sex, family names ("male/female" where the form follows sex). */
  names: { m: string[]; f: string[]; fam: string[] }
  familyFirst: boolean
  nameWords: Array<[string, string]>
  dates: DateStyle[]
  postcode: (r: Rng) => string
  iban: boolean
  /** Whether a voicemail's digits are transcribed as words. */
  spoken: boolean
}

const L = "ABCDEFGHJKLMNPRSTVWXY"
const up = (r: Rng, n: number) => Array.from({ length: n }, () => r.pick([...L])).join("")
const dg = (r: Rng, n: number, first = 1) => String(first + r.int(10 - first)) + r.digits(n - 1)
const POST: Record<string, (r: Rng) => string> = {
  IE: (r) => `${r.pick(["D02", "D04", "D08", "T12", "H91", "V94", "A96"])} ${r.pick([...L])}${dg(r, 2)}${up(r, 1)}`,
  IN: (r) => dg(r, 6), CA: (r) => `${r.pick(["M5V", "V6B", "H2X", "K1P", "B3H"])} ${r.int(10)}${up(r, 1)}${r.int(10)}`, NZ: (r) => dg(r, 4),
  MT: (r) => `${r.pick(["VLT", "SLM", "BKR", "MST", "GZR"])} ${dg(r, 4)}`, PH: (r) => dg(r, 4), JM: () => "", NO: (r) => String(r.int(10)) + r.digits(3),
  DK: (r) => dg(r, 4), IS: (r) => dg(r, 3), HU: (r) => dg(r, 4), SK: (r) => `${dg(r, 3)} ${r.digits(2)}`, SI: (r) => dg(r, 4),
  LT: (r) => `LT-${dg(r, 5)}`, LV: (r) => `LV-${dg(r, 4)}`, BG: (r) => dg(r, 4), UA: (r) => r.digits(5).replace(/^0/, "0"), RS: (r) => dg(r, 5),
  PT: (r) => `${dg(r, 4)}-${r.digits(3)}`, ES: (r) => r.pick(["08", "20", "48", "17", "01"]) + r.digits(3), LU: (r) => `L-${dg(r, 4)}`, BE: (r) => dg(r, 4),
  CH: (r) => dg(r, 4), MX: (r) => r.digits(5), AR: (r) => `C${dg(r, 4)}${up(r, 3)}`, NL: (r) => `${dg(r, 4)} ${up(r, 2)}`, DE: (r) => r.digits(5),
}

type Row = [tag: string, cc: CountryCode, w: Words, currency: string, mail: string, dates: string, opts?: string]
const ROWS: Row[] = [
  ["en-IE", "IE", EN, "EUR", "eircom.net gmail.com outlook.ie", "short medium long iso", "iban"],
  ["en-IN", "IN", EN, "INR", "gmail.com rediffmail.com yahoo.co.in", "short medium long"],
  ["en-CA", "CA", EN, "CAD", "gmail.com rogers.com videotron.ca", "short medium long"],
  ["en-NZ", "NZ", EN, "NZD", "xtra.co.nz gmail.com", "short medium long"],
  ["en-MT", "MT", EN, "EUR", "gmail.com maltanet.net melita.com", "short medium long", "iban"],
  ["en-PH", "PH", EN, "PHP", "yahoo.com.ph gmail.com", "short medium long"],
  ["en-JM", "JM", EN, "JMD", "gmail.com hotmail.com", "short medium long"],
  ["mt-MT", "MT", MT, "EUR", "gmail.com maltanet.net", "short long", "iban spoken"],
  ["nb-NO", "NO", NB, "NOK", "online.no gmail.com", "short medium long", "iban spoken"],
  ["da-DK", "DK", DA, "DKK", "mail.dk gmail.com", "short medium long", "iban"],
  ["is-IS", "IS", IS, "ISK", "simnet.is gmail.com", "short medium long", "iban spoken"],
  ["hu-HU", "HU", HU, "HUF", "freemail.hu citromail.hu", "short medium long", "iban spoken"],
  ["sk-SK", "SK", SK, "EUR", "azet.sk centrum.sk", "short long dots", "iban spoken"],
  ["sl-SI", "SI", SL, "EUR", "siol.net gmail.com", "short medium long", "iban spoken"],
  ["lt-LT", "LT", LT, "EUR", "gmail.com inbox.lt", "short long", "iban spoken"],
  ["lv-LV", "LV", LV, "EUR", "inbox.lv gmail.com", "short long dots", "iban spoken"],
  ["bg-BG", "BG", BG, "EUR", "abv.bg gmail.com", "short medium long", "iban spoken"],
  ["uk-UA", "UA", UK, "UAH", "ukr.net i.ua", "short medium long", "iban spoken"],
  ["sr-Latn-RS", "RS", SR, "RSD", "gmail.com eunet.rs", "short long", "iban spoken"],
  ["pt-PT", "PT", PT, "EUR", "sapo.pt gmail.com", "short medium long", "iban spoken"],
  ["ca-ES", "ES", CA, "EUR", "gmail.com telefonica.net", "short medium long", "iban spoken"],
  ["eu-ES", "ES", EU, "EUR", "euskaltel.net gmail.com", "iso dots", "iban spoken"],
  ["fr-LU", "LU", FR, "EUR", "pt.lu gmail.com", "short medium long", "iban"],
  ["fr-BE", "BE", FR, "EUR", "skynet.be proximus.be", "short medium long", "iban"],
  ["fr-CH", "CH", FR_CH, "CHF", "bluewin.ch gmail.com", "short medium long", "iban"],
  ["it-CH", "CH", IT, "CHF", "bluewin.ch ticino.com", "short medium long", "iban spoken"],
  ["es-MX", "MX", ES, "MXN", "prodigy.net.mx hotmail.com", "short medium long", "spoken"],
  ["es-AR", "AR", ES_AR, "ARS", "fibertel.com.ar gmail.com", "short medium long", "spoken"],
  ["nl-NL", "NL", NL, "EUR", "ziggo.nl kpnmail.nl", "short medium long", "iban spoken"],
  ["de-DE", "DE", DE, "EUR", "web.de gmx.de t-online.de", "short medium long dots", "iban spoken"],
]

const wordsKey = (tag: string) => (NAME_WORDS[tag] ? tag : tag.startsWith("en") ? "en" : tag === "es-AR" ? "es-AR" : tag.slice(0, 2))
export const LOCALES: Locale[] = ROWS.map(([tag, cc, w, currency, mail, dates, opts = ""]) => {
  const [m, f, fam] = NAMES[tag]!
  const split = (s: string) => s.split(",")
  return {
    tag, cc, w, currency, english: tag.startsWith("en-"), intl: tag === "sr-Latn-RS" ? "sr-Latn-RS" : tag,
    mail: mail.split(" "), names: { m: split(m), f: split(f), fam: split(fam) }, familyFirst: tag === "hu-HU",
    nameWords: NAME_WORDS[wordsKey(tag)] ?? [], dates: dates.split(" ") as DateStyle[], postcode: POST[cc]!,
    iban: opts.includes("iban"), spoken: tag.startsWith("en-") || opts.includes("spoken"),
  }
})
export const ALL_CC = [...new Set(LOCALES.map((l) => l.cc))]
