// Shared lookalikes: dates, times, amounts, postcodes, versions, case numbers, masked cards, expiries, bank details.
import type { CountryCode } from "libphonenumber-js/max"
import { luhnOk, phoneAnywhere } from "./checks.ts"
import type { Locale } from "./locales.ts"
import type { Rng } from "./rng.ts"

const sp = (s: string) => s.replace(/[\u00a0\u202f]/g, " ")
const DATE_OPTS: Intl.DateTimeFormatOptions[] = [
  { dateStyle: "short" }, { dateStyle: "medium" }, { dateStyle: "long" }, { day: "numeric", month: "long" }, { weekday: "long", day: "numeric", month: "long" },
  { day: "2-digit", month: "2-digit", year: "numeric" },
]
/** A date in 2026 or 2027 in one of the locale's forms, or ISO. */
export function date(r: Rng, loc: Locale): string {
  const d = new Date(Date.UTC(2026 + r.int(2), r.int(12), 1 + r.int(28), 12))
  if (r.chance(0.1)) return d.toISOString().slice(0, 10)
  return sp(new Intl.DateTimeFormat(loc.tag, { ...r.pick(DATE_OPTS), timeZone: "UTC" }).format(d))
}
/** A chat export's date: the locale's short form. */
export function shortDate(r: Rng, loc: Locale): string {
  const d = new Date(Date.UTC(2026, r.int(12), 1 + r.int(28), 12))
  return sp(new Intl.DateTimeFormat(loc.tag, { dateStyle: "short", timeZone: "UTC" }).format(d))
}
/** A date of birth, 1950-2004. */
export function dob(r: Rng, loc: Locale): string {
  const d = new Date(Date.UTC(1950 + r.int(55), r.int(12), 1 + r.int(28), 12))
  return sp(new Intl.DateTimeFormat(loc.tag, { ...r.pick([DATE_OPTS[0]!, DATE_OPTS[2]!, DATE_OPTS[5]!]), timeZone: "UTC" }).format(d))
}
/** A time the way people in the locale write it. */
export function time(r: Rng, loc: Locale, style = r.int(3)): string {
  const h = 8 + r.int(11)
  const m = r.pick(["00", "15", "30", "45", "10", "20", "40", "50"])
  const h12 = h > 12 ? h - 12 : h
  if (["en-US", "en-NZ", "en-SG", "en-NG", "en-MT"].includes(loc.tag)) return style === 0 ? `${h12}:${m} ${h >= 12 ? "PM" : "AM"}` : style === 1 ? `${h12}.${m}${h >= 12 ? "pm" : "am"}` : `${h12}:${m}${h >= 12 ? "pm" : "am"}`
  if (loc.tag === "en-GB") return style === 0 ? `${h}:${m}` : `${h12}.${m}${h >= 12 ? "pm" : "am"}`
  if (loc.tag === "fr-CA") return style === 0 ? `${h} h ${m}` : `${h}h${m}`
  if (["fi-FI", "nb-NO"].includes(loc.tag) && style !== 0) return `${h}.${m}`
  return `${h}:${m}`
}
export function amount(r: Rng, loc: Locale): string {
  const big = ["HUF", "NGN"].includes(loc.currency)
  const v = big ? (5 + r.int(400)) * 500 : (r.int(60000) + 500) / 100
  return sp(new Intl.NumberFormat(loc.tag, { style: "currency", currency: loc.currency, maximumFractionDigits: big ? 0 : 2 }).format(v))
}
const L = "ABCDEFGHJKLMNPRSTUVWXYZ"
export function postcode(r: Rng, cc: CountryCode): string {
  const d = (n: number) => r.digits(n)
  const a = () => r.pick([...L])
  switch (cc) {
    case "US": return `${1 + r.int(9)}${d(4)}`
    case "GB": return `${r.pick(["EH", "G", "AB", "IV", "KY", "DD", "PA"])}${1 + r.int(20)} ${r.int(10)}${a()}${a()}`
    case "NZ": return `${r.pick(["0", "1", "5", "6", "8", "9"])}${d(3)}`
    case "SG": return `${r.pick(["0", "1", "2", "3", "4", "5", "6", "7"])}${d(5)}`
    case "NG": return `${r.pick(["100", "101", "900", "500"])}${d(3)}`
    case "MT": return `${r.pick(["SLM", "BKR", "MST", "ZBG", "VLT", "NXR"])} ${1000 + r.int(9000)}`
    case "CA": return `${r.pick(["H", "G", "J"])}${r.int(10)}${a()} ${r.int(10)}${a()}${r.int(10)}`
    case "MX": return `${r.pick(["0", "4", "6", "7", "9"])}${d(4)}`
    case "SK": return `${r.pick(["8", "9", "0"])}${d(2)} ${d(2)}`
    case "GR": return `${1 + r.int(8)}${d(2)} ${d(2)}`
    case "FI": case "HR": return `${1 + r.int(9)}${d(4)}`
    case "RO": return `${r.pick(["0", "4", "5", "7"])}${d(5)}`
    default: return `${1 + r.int(9)}${d(3)}`
  }
}
export const version = (r: Rng) => `${r.chance(0.3) ? "v" : ""}${1 + r.int(6)}.${r.int(20)}${r.chance(0.5) ? `.${r.int(10)}` : ""}`
export const caseNo = (r: Rng) => (r.chance(0.5) ? `#${100000 + r.int(900000)}` : `CX-${1000000 + r.int(9000000)}`)
export const masked = (r: Rng, last4: string) => r.pick(["**** **** **** ", "•••• ", "XXXX-XXXX-XXXX-", "XXXX XXXX XXXX "]) + last4
export const expiry = (r: Rng) => `${String(1 + r.int(12)).padStart(2, "0")}/${27 + r.int(5)}`

function abaNumber(r: Rng): string {
  const w = [3, 7, 1, 3, 7, 1, 3, 7]
  const body = r.pick(["0", "1", "2"]) + r.digits(7)
  const s = [...body].reduce((a, c, i) => a + Number(c) * w[i]!, 0)
  return body + String((10 - (s % 10)) % 10)
}
function clabe(r: Rng): string {
  const body = r.pick(["002", "012", "014", "021", "072"]) + r.digits(14)
  const w = [3, 7, 1]
  const s = [...body].reduce((a, c, i) => a + ((Number(c) * w[i % 3]!) % 10), 0)
  return body + String((10 - (s % 10)) % 10)
}
/** A domestic account and bank code where refunds go to one, not to an IBAN: [account, code or undefined]. */
export function bankDetails(r: Rng, cc: CountryCode): [string, string | undefined] {
  for (;;) {
    let acc: string
    let code: string | undefined
    switch (cc) {
      case "US": acc = r.digits(2 + r.int(3)) + r.digits(8); code = abaNumber(r); break
      case "CA": acc = r.digits(7); code = `${r.digits(5)}-${r.pick(["001", "002", "003", "004", "006", "815"])}`; break
      case "NZ": acc = `${r.pick(["01", "02", "06", "12", "38"])}-${r.digits(4)}-${r.digits(7)}-${r.pick(["00", "01", "02"])}`; break
      case "SG": acc = `${r.digits(3)}-${r.digits(6)}-${r.digits(1)}`; break
      case "NG": acc = r.pick(["0", "1", "2", "3"]) + r.digits(9); break
      default: acc = clabe(r)
    }
    const all = [acc, ...(code ? [code] : [])]
    const bad = all.some((v) => phoneAnywhere(v, [cc]) || phoneAnywhere(v.replace(/\D/g, ""), [cc]) || (v.replace(/\D/g, "").length >= 12 && luhnOk(v.replace(/\D/g, ""))))
    if (!bad) return [acc, code]
  }
}
