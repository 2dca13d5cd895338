// The regions texts are written from: language, country (numbering plan), how
// people write money and dates there, mail domains, and which national id and
// number plate shape is the local lookalike.
import type { CountryCode } from "libphonenumber-js/max"

export type Lang = "en" | "es" | "pt" | "fr" | "de" | "da" | "nb" | "fi" | "et" | "sk" | "uk" | "hr"

export interface Region {
  id: string
  lang: Lang
  country: CountryCode
  label: string
  /** National significant number plans: [prefix, total NSN length]. */
  plans: [string, number][]
  /** IBAN country, where people there pay by IBAN. */
  iban?: string
  /** The negative kind of the local national id. */
  natid: string
  /** `(0)` after the country code is how some write it here. */
  zero: boolean
  /** International prefix written as `00` here (not in the NANP). */
  idd00: boolean
  /** Money: symbol/code, before or after, decimal and group marks. */
  money: { sym: string; before: boolean; dec: "." | ","; group: string; space: boolean }
  domains: string[]
  /** Date order and separator for numeric dates. */
  date: "dmy/" | "mdy/" | "dmy." | "ymd-" | "dmy. "
}

const EUR = { sym: "€", before: false, dec: "," as const, group: " ", space: true }

export const REGIONS: Region[] = [
  { id: "IE", lang: "en", country: "IE", label: "Ireland", plans: [["83", 9], ["85", 9], ["86", 9], ["87", 9], ["89", 9], ["1", 8], ["21", 9], ["91", 8]], iban: "IE", natid: "ppsn", zero: true, idd00: true, money: { sym: "€", before: true, dec: ".", group: ",", space: false }, domains: ["gmail.com", "eircom.net", "outlook.ie", "hotmail.com"], date: "dmy/" },
  { id: "NENG", lang: "en", country: "GB", label: "Northern England (Yorkshire/Manchester)", plans: [["74", 10], ["75", 10], ["77", 10], ["78", 10], ["79", 10], ["113", 10], ["114", 10], ["161", 10], ["1274", 10], ["1904", 10]], iban: "GB", natid: "nhs-number", zero: true, idd00: true, money: { sym: "£", before: true, dec: ".", group: ",", space: false }, domains: ["btinternet.com", "yahoo.co.uk", "gmail.com", "sky.com"], date: "dmy/" },
  { id: "WLS", lang: "en", country: "GB", label: "Wales", plans: [["74", 10], ["77", 10], ["78", 10], ["79", 10], ["29", 10], ["1792", 10], ["1248", 10], ["1970", 10]], iban: "GB", natid: "nhs-number", zero: true, idd00: true, money: { sym: "£", before: true, dec: ".", group: ",", space: false }, domains: ["btinternet.com", "gmail.com", "outlook.com", "talktalk.net"], date: "dmy/" },
  { id: "TX", lang: "en", country: "US", label: "Texas", plans: [["214", 10], ["469", 10], ["512", 10], ["713", 10], ["832", 10], ["210", 10], ["817", 10], ["915", 10]], natid: "aba-routing", zero: false, idd00: false, money: { sym: "$", before: true, dec: ".", group: ",", space: false }, domains: ["att.net", "gmail.com", "yahoo.com", "sbcglobal.net"], date: "mdy/" },
  { id: "FL", lang: "en", country: "US", label: "Florida", plans: [["305", 10], ["786", 10], ["407", 10], ["813", 10], ["904", 10], ["954", 10], ["561", 10], ["727", 10]], natid: "aba-routing", zero: false, idd00: false, money: { sym: "$", before: true, dec: ".", group: ",", space: false }, domains: ["bellsouth.net", "gmail.com", "aol.com", "comcast.net"], date: "mdy/" },
  { id: "GH", lang: "en", country: "GH", label: "Ghana", plans: [["24", 9], ["54", 9], ["55", 9], ["20", 9], ["50", 9], ["26", 9], ["302", 9]], natid: "ghana-card", zero: false, idd00: true, money: { sym: "GH₵", before: true, dec: ".", group: ",", space: true }, domains: ["gmail.com", "yahoo.com", "ug.edu.gh", "outlook.com"], date: "dmy/" },
  { id: "HK", lang: "en", country: "HK", label: "Hong Kong", plans: [["5", 8], ["6", 8], ["9", 8], ["2", 8], ["3", 8]], natid: "hkid", zero: false, idd00: false, money: { sym: "HK$", before: true, dec: ".", group: ",", space: false }, domains: ["netvigator.com", "yahoo.com.hk", "gmail.com", "connect.ust.hk"], date: "dmy/" },
  { id: "BB", lang: "en", country: "BB", label: "Barbados", plans: [["2462", 10], ["2464", 10], ["2468", 10], ["2465", 10]], natid: "bb-nrn", zero: false, idd00: false, money: { sym: "BDS$", before: true, dec: ".", group: ",", space: false }, domains: ["caribsurf.com", "gmail.com", "hotmail.com", "yahoo.com"], date: "dmy/" },
  { id: "NZ", lang: "en", country: "NZ", label: "New Zealand", plans: [["21", 9], ["22", 9], ["27", 9], ["9", 8], ["4", 8], ["3", 8], ["7", 8]], natid: "ird", zero: true, idd00: true, money: { sym: "NZ$", before: true, dec: ".", group: ",", space: false }, domains: ["xtra.co.nz", "gmail.com", "slingshot.co.nz", "outlook.co.nz"], date: "dmy/" },
  { id: "MX", lang: "es", country: "MX", label: "Mexico", plans: [["55", 10], ["33", 10], ["81", 10], ["222", 10], ["998", 10]], natid: "curp", zero: false, idd00: true, money: { sym: "$", before: true, dec: ".", group: ",", space: false }, domains: ["prodigy.net.mx", "gmail.com", "hotmail.com", "outlook.com"], date: "dmy/" },
  { id: "AR", lang: "es", country: "AR", label: "Argentina", plans: [["911", 11], ["9351", 11], ["9341", 11], ["114", 10], ["351", 10]], natid: "cuit", zero: false, idd00: true, money: { sym: "$", before: true, dec: ",", group: ".", space: true }, domains: ["gmail.com", "hotmail.com.ar", "yahoo.com.ar", "fibertel.com.ar"], date: "dmy/" },
  { id: "BR", lang: "pt", country: "BR", label: "Brazil", plans: [["119", 11], ["219", 11], ["319", 11], ["113", 10], ["213", 10], ["513", 10]], iban: "BR", natid: "cpf", zero: false, idd00: false, money: { sym: "R$", before: true, dec: ",", group: ".", space: true }, domains: ["uol.com.br", "gmail.com", "bol.com.br", "terra.com.br"], date: "dmy/" },
  { id: "QC", lang: "fr", country: "CA", label: "Québec", plans: [["514", 10], ["438", 10], ["418", 10], ["450", 10], ["819", 10], ["581", 10]], natid: "nas", zero: false, idd00: false, money: { sym: "$", before: false, dec: ",", group: " ", space: true }, domains: ["videotron.ca", "gmail.com", "hotmail.ca", "sympatico.ca"], date: "ymd-" },
  { id: "CHF", lang: "fr", country: "CH", label: "Romandy (Swiss French)", plans: [["22", 9], ["21", 9], ["26", 9], ["32", 9], ["76", 9], ["78", 9], ["79", 9]], iban: "CH", natid: "ahv", zero: true, idd00: true, money: { sym: "CHF", before: true, dec: ".", group: "'", space: true }, domains: ["bluewin.ch", "gmail.com", "romandie.com", "hispeed.ch"], date: "dmy." },
  { id: "CHD", lang: "de", country: "CH", label: "German-speaking Switzerland", plans: [["44", 9], ["31", 9], ["61", 9], ["41", 9], ["71", 9], ["76", 9], ["77", 9], ["79", 9]], iban: "CH", natid: "ahv", zero: true, idd00: true, money: { sym: "CHF", before: true, dec: ".", group: "'", space: true }, domains: ["bluewin.ch", "gmx.ch", "sunrise.ch", "gmail.com"], date: "dmy." },
  { id: "DK", lang: "da", country: "DK", label: "Denmark", plans: [["2", 8], ["3", 8], ["4", 8], ["5", 8], ["6", 8], ["7", 8], ["8", 8], ["9", 8]], iban: "DK", natid: "cpr", zero: false, idd00: true, money: { sym: "kr.", before: false, dec: ",", group: ".", space: true }, domains: ["mail.dk", "gmail.com", "hotmail.dk", "stofanet.dk"], date: "dmy." },
  { id: "NO", lang: "nb", country: "NO", label: "Norway", plans: [["4", 8], ["9", 8], ["2", 8], ["5", 8], ["7", 8]], iban: "NO", natid: "fnr", zero: false, idd00: true, money: { sym: "kr", before: true, dec: ",", group: " ", space: true }, domains: ["online.no", "gmail.com", "hotmail.no", "live.no"], date: "dmy." },
  { id: "FI", lang: "fi", country: "FI", label: "Finland", plans: [["40", 10], ["41", 10], ["44", 10], ["45", 10], ["50", 10], ["9", 9], ["3", 9], ["2", 9]], iban: "FI", natid: "hetu", zero: true, idd00: true, money: EUR, domains: ["elisanet.fi", "gmail.com", "luukku.com", "kolumbus.fi"], date: "dmy." },
  { id: "EE", lang: "et", country: "EE", label: "Estonia", plans: [["5", 8], ["5", 7], ["6", 7], ["7", 7]], iban: "EE", natid: "isikukood", zero: false, idd00: true, money: EUR, domains: ["mail.ee", "gmail.com", "hot.ee", "online.ee"], date: "dmy." },
  { id: "SK", lang: "sk", country: "SK", label: "Slovakia", plans: [["90", 9], ["91", 9], ["94", 9], ["2", 9], ["55", 9], ["41", 9]], iban: "SK", natid: "rodne-cislo", zero: true, idd00: true, money: EUR, domains: ["azet.sk", "gmail.com", "centrum.sk", "zoznam.sk"], date: "dmy. " },
  { id: "UA", lang: "uk", country: "UA", label: "Ukraine", plans: [["50", 9], ["67", 9], ["97", 9], ["63", 9], ["93", 9], ["44", 9], ["32", 9], ["48", 9]], iban: "UA", natid: "rnokpp", zero: false, idd00: true, money: { sym: "грн", before: false, dec: ",", group: " ", space: true }, domains: ["ukr.net", "gmail.com", "i.ua", "meta.ua"], date: "dmy." },
  { id: "HR", lang: "hr", country: "HR", label: "Croatia", plans: [["91", 9], ["92", 9], ["95", 9], ["98", 9], ["99", 9], ["1", 8], ["21", 8], ["51", 8]], iban: "HR", natid: "oib", zero: true, idd00: true, money: EUR, domains: ["t-com.hr", "gmail.com", "net.hr", "inet.hr"], date: "dmy. " },
]

export const regionById = (id: string): Region => {
  const r = REGIONS.find((x) => x.id === id)
  if (!r) throw new Error(`no region ${id}`)
  return r
}

/** The countries whose numbering plans a language's texts use (the test parses against these). */
export function countriesOf(lang: Lang): CountryCode[] {
  return [...new Set(REGIONS.filter((r) => r.lang === lang).map((r) => r.country))]
}
