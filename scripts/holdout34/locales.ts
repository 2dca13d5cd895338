// The regions of the corpus: language, phone plan, IBAN country, places,
// dates and money in their own forms, and a small phrasebook per language.
import type { Rng } from "./prng.ts"

export interface Locale {
  key: string
  lang: string
  phone: string
  pool: string
  iban: string
  city: string
  tld: string
  cur: (r: Rng) => string
  date: (r: Rng) => string
  weight: number
}
const pad = (n: number) => String(n).padStart(2, "0")
const d3 = (r: Rng): [number, number, number] => [r.int(1, 28), r.int(1, 12), r.pick([2025, 2026, 2027])]
const dmyDot = (r: Rng) => { const [d, m, y] = d3(r); return `${pad(d)}.${pad(m)}.${y}` }
const dmySlash = (r: Rng) => { const [d, m, y] = d3(r); return `${pad(d)}/${pad(m)}/${y}` }
const iso = (r: Rng) => { const [d, m, y] = d3(r); return `${y}-${pad(m)}-${pad(d)}` }
const mdy = (r: Rng) => { const [d, m, y] = d3(r); return `${m}/${d}/${y}` }
const EN_M = ["January", "February", "March", "April", "June", "July", "August", "September", "October", "November", "December"]
const enLong = (r: Rng) => `${r.int(1, 28)} ${r.pick(EN_M)} ${r.pick([2025, 2026])}`
const amt = (sym: string, after = false, dec = ".") => (r: Rng) => {
  const v = `${r.int(12, 4800)}${dec}${pad(r.int(0, 99))}`
  return after ? `${v} ${sym}` : `${sym}${v}`
}
const L = (key: string, lang: string, phone: string, pool: string, iban: string, city: string, tld: string, cur: (r: Rng) => string, date: (r: Rng) => string, weight = 1): Locale => ({ key, lang, phone, pool, iban, city, tld, cur, date, weight })

export const LOCALES: Locale[] = [
  L("GH", "en", "GH", "GH", "GI", "Kumasi", "com.gh", amt("GH₵"), dmySlash),
  L("UG", "en", "UG", "UG", "IE", "Kampala", "co.ug", amt("UGX ", false, ","), dmySlash),
  L("ZM", "en", "ZM", "ZM", "IE", "Kitwe", "co.zm", amt("K"), dmySlash),
  L("NA", "en", "NA", "NA", "GI", "Windhoek", "com.na", amt("N$"), iso),
  L("IE_CORK", "en", "IE", "IE", "IE", "Cork", "ie", amt("€"), dmySlash, 1.3),
  L("IE_GALWAY", "en", "IE", "IE", "IE", "Galway", "ie", amt("€"), enLong, 1.2),
  L("IM", "en", "IM", "IM", "GI", "Douglas", "im", amt("£"), dmySlash, 2.0),
  L("NZ", "en", "NZ", "NZ", "IE", "Rotorua", "co.nz", amt("NZ$"), dmySlash, 1.2),
  L("FJ", "en", "FJ", "FJ", "IE", "Suva", "com.fj", amt("FJ$"), dmySlash),
  L("BB", "en", "BB", "BB", "GI", "Bridgetown", "bb", amt("BBD $"), enLong),
  L("BS", "en", "BS", "BS", "GI", "Nassau", "bs", amt("B$"), mdy),
  L("US", "en", "US", "US", "IE", "Lafayette", "com", amt("$"), mdy, 2.2),
  L("CA_NL", "en", "CA_NL", "CA_NL", "IE", "St. John's", "ca", amt("$"), iso),
  L("GI", "en", "GI", "GI", "GI", "Gibraltar", "gi", amt("£"), dmySlash),
  L("NO", "no", "NO", "NO", "NO", "Tromsø", "no", amt("kr", true, ","), dmyDot),
  L("DK", "da", "DK", "DK", "DK", "Aarhus", "dk", amt("kr.", true, ","), dmyDot),
  L("LT", "lt", "LT", "LT", "LT", "Kaunas", "lt", amt("€", true, ","), iso),
  L("LV", "lv", "LV", "LV", "LV", "Rīga", "lv", amt("€", true, ","), dmyDot),
  L("SK", "sk", "SK", "SK", "SK", "Košice", "sk", amt("€", true, ","), dmyDot),
  L("SI", "sl", "SI", "SI", "SI", "Maribor", "si", amt("€", true, ","), dmyDot),
  L("HU", "hu", "HU", "HU", "HU", "Debrecen", "hu", amt("Ft", true, ","), (r) => { const [d, m, y] = d3(r); return `${y}. ${pad(m)}. ${pad(d)}.` }),
  L("PT", "pt", "PT", "PT", "PT", "Coimbra", "pt", amt("€", true, ","), dmySlash),
  L("MX", "es", "MX", "MX", "ES", "Guadalajara", "com.mx", amt("$"), dmySlash),
  L("AR", "es", "AR", "AR", "ES", "Rosario", "com.ar", amt("$ ", false, ","), dmySlash),
  L("UY", "es", "UY", "UY", "ES", "Montevideo", "com.uy", amt("$U ", false, ","), dmySlash),
  L("BE", "fr", "BE", "BE", "BE", "Liège", "be", amt("€", true, ","), dmySlash),
  L("CH_FR", "fr", "CH", "CH_FR", "CH", "Lausanne", "ch", amt("CHF "), dmyDot),
  L("CA_QC", "fr", "CA_QC", "CA_QC", "FR", "Québec", "qc.ca", amt("$", true, ","), iso),
  L("CH_DE", "de", "CH", "CH_DE", "CH", "Luzern", "ch", amt("CHF "), dmyDot),
  L("CH_IT", "it", "CH", "CH_IT", "CH", "Lugano", "ch", amt("CHF "), dmyDot),
  L("ES", "ca", "ES", "ES", "ES", "Girona", "cat", amt("€", true, ","), dmySlash),
  L("LU", "lb", "LU", "LU", "LU", "Esch-sur-Alzette", "lu", amt("€", true, ","), dmyDot),
  L("RU", "ru", "RU", "RU", "BG", "Казань", "ru", amt("₽", true, ","), dmyDot),
  L("BG", "bg", "BG", "BG", "BG", "Пловдив", "bg", amt("лв.", true, ","), dmyDot),
]

export function time(r: Rng, lang: string): string {
  const h = r.int(7, 21)
  const m = pad(r.pick([0, 15, 20, 30, 45, 50]))
  if (lang === "en") return r.chance(0.5) ? `${h > 12 ? h - 12 : h}:${m}${h >= 12 ? "pm" : "am"}` : `${pad(h)}:${m}`
  return lang === "fr" && r.chance(0.5) ? `${h}h${m}` : `${pad(h)}:${m}`
}
export function timestamp(r: Rng): string {
  const [d, m, y] = d3(r)
  return `${y}-${pad(m)}-${pad(d)}T${pad(r.int(0, 23))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))}Z`
}
