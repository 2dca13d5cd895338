// The shared lookalikes: dates and times in each locale's own forms, amounts in its currency, postcodes, versions,
// case numbers, masked cards, expiries, and the domestic bank accounts of the countries that use no IBAN.
import { luhnOk, validIn } from "./checks.ts"
import type { Locale } from "./locales.ts"
import type { Rng } from "./rng.ts"

const nb = (s: string) => s.replace(/[\u00a0\u202f]/g, " ")
type Style = Intl.DateTimeFormatOptions
const SHORT: Style = { dateStyle: "short" }
const MEDIUM: Style = { dateStyle: "medium" }
const LONG: Style = { dateStyle: "long" }
const DM: Style = { day: "numeric", month: "long" }
const WDM: Style = { weekday: "long", day: "numeric", month: "long" }
const DD: Style = { day: "2-digit", month: "2-digit", year: "numeric" }
/** The date styles that read naturally inside a sentence of each locale. */
const DATE_STYLES: Record<string, Style[]> = {
  "en-US": [SHORT, MEDIUM, LONG, DM, WDM], en: [DD, MEDIUM, LONG, DM, WDM], "sv-FI": [SHORT, LONG, DM], "nn-NO": [SHORT, LONG, DM],
  "fr-MC": [SHORT, LONG, DM, WDM], "it-SM": [SHORT, LONG, DM, WDM], "de-LI": [MEDIUM, LONG, DM], "ro-MD": [SHORT, LONG, DM],
  "el-CY": [SHORT, LONG, DM], "sr-RS": [LONG, DM, SHORT], "gl-ES": [SHORT, LONG, DM], "sq-AL": [SHORT, LONG, DM], "mk-MK": [SHORT, LONG, DM],
  "cy-GB": [SHORT, LONG],
}
const fmtDate = (intl: string, d: Date, s: Style) => nb(new Intl.DateTimeFormat(intl, { ...s, timeZone: "UTC" }).format(d))
/** A date of 2026 or early 2027 in one of the locale's forms, now and then ISO. */
export function date(r: Rng, loc: Locale, year = r.chance(0.85) ? 2026 : 2027): string {
  const d = new Date(Date.UTC(year, r.int(year === 2027 ? 3 : 12), r.range(1, 28), 12))
  if (r.chance(0.1)) return d.toISOString().slice(0, 10)
  return fmtDate(loc.intl, d, r.pick(DATE_STYLES[loc.tag] ?? DATE_STYLES[loc.lang]!))
}
/** A date of birth, 1950-2004, in the locale's short or long form. */
export function dob(r: Rng, loc: Locale): string {
  const d = new Date(Date.UTC(r.range(1950, 2004), r.int(12), r.range(1, 28), 12))
  return fmtDate(loc.intl, d, r.pick(loc.lang === "en" && loc.tag !== "en-US" ? [DD, LONG] : [SHORT, LONG]))
}
/** A WhatsApp export's line date: day/month/year with two digits each, as the locale's phones write it. */
export const lineDate = (loc: Locale, d: Date) => (loc.tag === "en-US" ? `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${String(d.getUTCFullYear()).slice(2)}` : fmtDate(loc.intl, d, DD))

/** Clock styles per locale; `h` hour 0-23, `m` minutes. */
const TIME: Record<string, string[]> = {
  "en-US": ["h12:mm AP", "h12:mmap"], "en-GB": ["HH:mm", "h12.mmap"], "en-TZ": ["h12:mm ap", "HH:mm"], "en-MU": ["HH:mm", "h12.mm ap"],
  "en-GY": ["h12:mm p.m.", "h12:mm AP"], "en-GI": ["HH:mm", "h12.mmap"], "sv-FI": ["HH.mm"], "nn-NO": ["HH.mm", "HH:mm"], "fr-MC": ["HHhmm", "HH:mm"],
  "it-SM": ["HH:mm", "HH.mm"], "de-LI": ["HH:mm", "HH.mm"], "ro-MD": ["HH:mm"], "el-CY": ["HH:mm", "h12:mm μ.μ."], "sr-RS": ["HH:mm", "HH.mm"],
  "gl-ES": ["HH:mm", "HH.mm"], "sq-AL": ["HH:mm"], "mk-MK": ["HH:mm", "HH.mm"], "cy-GB": ["HH:mm", "h12:mmyh"],
}
export const clockStyle = (r: Rng, loc: Locale) => r.pick(TIME[loc.tag]!)
/** A clock time in a style; afternoon hours for the 12-hour styles that name them. */
export function time(r: Rng, style: string, h = r.range(8, 19), m = r.pick([0, 15, 30, 45, r.int(60)])): string {
  const pm = /p\.m\.|μ\.μ\.|yh/.test(style)
  if (pm && h < 13) h = 13 + (h % 6)
  const hh = String(h).padStart(2, "0")
  const h12 = String(h % 12 === 0 ? 12 : h % 12)
  const mm = String(m).padStart(2, "0")
  return style.replace("HH", hh).replace("h12", h12).replace("mm", mm).replace("AP", h < 12 ? "AM" : "PM").replace(/ap$/, h < 12 ? "am" : "pm")
}

const CUR_ALT: Record<string, ((n: string) => string)[]> = {
  GYD: [(n) => `G$${n}`, (n) => `GY$ ${n}`], MDL: [(n) => `${n.replace(".", ",")} lei`], RSD: [(n) => `${n.replace(".", ",")} din.`],
  NOK: [(n) => `kr ${n.replace(".", ",")}`], CHF: [(n) => `Fr. ${n}`], TZS: [(n) => `TZS ${n}`], MUR: [(n) => `MUR ${n}`],
}
/** An amount in the locale's currency, Intl's way or a local way. */
export function amount(r: Rng, loc: Locale): string {
  const big = ["TZS", "ALL", "MKD", "RSD", "GYD", "MUR"].includes(loc.currency)
  const v = big ? r.range(4, 600) * 50 : r.range(900, 48000) / 100
  const alt = CUR_ALT[loc.currency]
  if (alt && r.chance(0.35)) return r.pick(alt)(big ? String(v) : v.toFixed(2))
  return nb(new Intl.NumberFormat(loc.intl, { style: "currency", currency: loc.currency, maximumFractionDigits: big ? 0 : 2 }).format(v))
}

const POSTCODE: Record<string, (r: Rng) => string> = {
  "en-US": (r) => r.pick(["70501", "70112", "98101", "96813", "60614", "11201", "19104", "02139", "77002"]),
  "en-GB": (r) => r.pick(["M14 5RG", "LS6 3HN", "EH6 7BD", "G12 8QQ", "E17 4PP", "B11 1LB", "N16 7UX"]),
  "cy-GB": (r) => r.pick(["CF10 3AT", "LL57 2DG", "SY23 3BX", "SA31 1AA", "LL55 1SH", "CF24 4HQ"]),
  "en-TZ": (r) => r.pick(["11101", "14111", "23104", "33101", "16103"]), "en-MU": (r) => r.pick(["11302", "74501", "81503", "30513", "72201"]),
  "en-GI": () => "GX11 1AA", "sv-FI": (r) => r.pick(["00100", "65100", "68600", "10600", "20100", "22100"]),
  "nn-NO": (r) => r.pick(["5003", "6800", "6004", "5501", "6900", "5700"]), "fr-MC": () => "98000", "it-SM": (r) => r.pick(["47890", "47891", "47893", "47895"]),
  "de-LI": (r) => r.pick(["9490", "9494", "9495", "9496", "9497"]), "ro-MD": (r) => r.pick(["MD-2001", "MD-2012", "MD-3100", "MD-2068"]),
  "el-CY": (r) => r.pick(["1010", "3036", "6021", "8046", "1065"]), "sr-RS": (r) => r.pick(["11000", "21000", "18000", "11070", "34000"]),
  "gl-ES": (r) => r.pick(["15001", "15704", "36201", "27001", "32003", "15403"]), "sq-AL": (r) => r.pick(["1001", "1019", "2001", "4001"]),
  "mk-MK": (r) => r.pick(["1000", "6000", "1300", "7000"]),
}
/** A postcode of the locale's country (Guyana has none); digits that would pass as a phone there are not used. */
export function postcode(r: Rng, loc: Locale): string | undefined {
  const f = POSTCODE[loc.tag]
  if (!f) return undefined
  for (;;) { const v = f(r); if (!/^\d+$/.test(v) || !validIn(v, loc.cc)) return v }
}
export const version = (r: Rng) => `${r.range(1, 6)}.${r.range(0, 19)}.${r.range(0, 9)}`
export const caseNumber = (r: Rng) => r.pick([`#${r.range(100000, 999999)}`, `INC-${r.range(1000000, 9999999)}`, `TCK-${r.range(100000, 999999)}`])
export const expiry = (r: Rng) => `${String(r.range(1, 12)).padStart(2, "0")}/${r.range(27, 31)}`
export const masked = (r: Rng, four: string) => r.pick([`**** **** **** ${four}`, `•••• ${four}`, `XXXX-XXXX-XXXX-${four}`])

/** A US routing number with its ABA check (3 7 1). */
export function routing(r: Rng): string {
  for (;;) {
    const d = r.pick(["0", "1", "2", "3"]) + r.digits(8)
    if ([...d].reduce((a, c, i) => a + Number(c) * [3, 7, 1][i % 3]!, 0) % 10 === 0) return d
  }
}
/** A domestic account number (US ten to twelve digits, Tanzania thirteen, Guyana twelve): no phone there, no Luhn pass. */
export function account(r: Rng, loc: Locale): string {
  for (;;) {
    const d = loc.cc === "US" ? r.digits(r.range(10, 12)) : loc.cc === "TZ" ? `01${r.range(50, 52)}${r.digits(9)}` : `9${r.digits(11)}`
    if (!validIn(d, loc.cc) && !(d.length >= 12 && luhnOk(d))) return d
  }
}
