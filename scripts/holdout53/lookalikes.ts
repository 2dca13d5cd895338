// Shared lookalikes: dates, times, amounts, postcodes, versions, case numbers, masked cards, expiries, domestic accounts.
import type { CountryCode } from "libphonenumber-js/max"
import type { Locale } from "./locales.ts"
import type { Rng } from "./rng.ts"
import { luhnOk, phoneNotIn } from "./values.ts"

const nb = (s: string) => s.replace(/[\u00a0\u202f]/g, " ")
export function dateText(r: Rng, loc: Locale, birth: boolean): string {
  const y = birth ? 1950 + r.int(55) : r.chance(0.85) ? 2026 : 2027
  const d = new Date(Date.UTC(y, r.int(12), 1 + r.int(28), 12))
  const style = birth ? r.pick(["short", "medium", "long"] as const) : r.pick(["short", "medium", "long", "dm", "iso"] as const)
  if (style === "iso") return d.toISOString().slice(0, 10)
  const o: Intl.DateTimeFormatOptions = style === "dm" ? { day: "numeric", month: "long" } : { dateStyle: style }
  return nb(new Intl.DateTimeFormat(loc.tag, { ...o, timeZone: "UTC" }).format(d))
}
export function timeText(min: number, loc: Locale): string {
  const h = Math.floor(min / 60) % 24
  const m = String(min % 60).padStart(2, "0")
  if (["US", "PH", "JM"].includes(loc.cc)) return `${h % 12 || 12}:${m} ${h < 12 ? "AM" : "PM"}`
  if (["GB", "SG", "KE", "NG"].includes(loc.cc) && min % 2 === 0) return `${h % 12 || 12}.${m}${h < 12 ? "am" : "pm"}`
  if (loc.cc === "FI") return `${h}.${m}`
  if (loc.cc === "BE") return `${h}h${m}`
  return `${String(h).padStart(2, "0")}:${m}`
}
export function amountText(r: Rng, loc: Locale): string {
  const v = loc.currency === "HUF" || loc.currency === "JMD" || loc.currency === "KES" || loc.currency === "NGN" || loc.currency === "PHP" ? (5 + r.int(300)) * 100 : 40 + r.int(1400) + (r.chance(0.4) ? 0.5 : 0)
  const f = nb(new Intl.NumberFormat(loc.tag, { style: "currency", currency: loc.currency, maximumFractionDigits: v % 1 ? 2 : 0, minimumFractionDigits: v % 1 ? 2 : 0 }).format(v))
  if (loc.currency === "JMD" && !f.includes("J")) return `J${f}`
  if (loc.currency === "SGD" && !f.includes("S")) return `S${f}`
  return f
}
const POST: Record<string, (r: Rng) => string> = {
  US: (r) => r.digits(5).replace(/^0/, "1"), GB: (r) => `${r.pick(["SW", "M", "LS", "EH", "CF", "B"])}${1 + r.int(19)} ${r.int(10)}${r.pick(["AB", "PN", "LT", "QX", "RD"])}`,
  SG: (r) => `${1 + r.int(8)}${r.digits(5)}`, PH: (r) => `${1 + r.int(8)}${r.digits(3)}`, KE: (r) => `00${1 + r.int(6)}00`, NG: (r) => `${1 + r.int(9)}${r.digits(5)}`,
  JM: (r) => `JM${r.pick(["AKN", "ACE", "BSA", "DMN"])}${String(1 + r.int(20)).padStart(2, "0")}`, NO: (r) => `0${150 + r.int(800)}`, FI: (r) => `00${100 + r.int(900)}`,
  HU: (r) => `${1 + r.int(9)}${r.digits(3)}`, RO: (r) => `0${r.digits(5)}`, GR: (r) => `1${r.digits(2)} ${r.digits(2)}`, HR: (r) => `10${r.digits(3)}`,
  SK: (r) => `8${r.digits(2)} 0${r.int(9)}`, SI: (r) => `${1 + r.int(9)}000`, AT: (r) => `1${r.digits(3)}`, BE: (r) => `${1 + r.int(9)}${r.digits(3)}`, BR: (r) => `0${r.digits(4)}-${r.digits(3)}`,
}
export function postcode(r: Rng, cc: CountryCode): string {
  for (;;) {
    const v = POST[cc]!(r)
    if (v.replace(/\D/g, "").length < 6 || phoneNotIn(v, cc)) return v
  }
}
const ACCT: Record<string, (r: Rng) => string> = {
  US: (r) => r.digits(10 + r.int(3)), SG: (r) => `${r.digits(3)}-${r.digits(5)}-${r.digits(1)}`, PH: (r) => r.digits(12), KE: (r) => r.digits(13),
  NG: (r) => r.digits(10), JM: (r) => r.digits(11), BR: (r) => `${r.digits(5)}-${r.digits(1)}`,
}
export function domesticAccount(r: Rng, cc: CountryCode): string {
  for (;;) {
    const v = ACCT[cc]!(r)
    const d = v.replace(/\D/g, "")
    if (phoneNotIn(v, cc) && (d.length < 12 || !luhnOk(d))) return v
  }
}
export const version = (r: Rng) => r.pick([`v${1 + r.int(6)}.${r.int(20)}.${r.int(10)}`, `${2 + r.int(5)}.${r.int(10)}.${r.int(10)} (${1000 + r.int(900)})`, `2026.${1 + r.int(12)}.${r.int(5)}`])
export const caseNo = (r: Rng) => r.pick([`CS-00${r.digits(6)}`, `#${100000 + r.int(900000)}`, `INC00${r.digits(5)}`])
export const expiry = (r: Rng) => `${String(1 + r.int(12)).padStart(2, "0")}/${27 + r.int(5)}`
