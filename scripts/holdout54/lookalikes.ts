// Shared lookalikes: dates, times, amounts, postcodes, versions, case numbers, masked cards, expiries, domestic bank
// accounts and bank codes. None is personal data.
import { ALL_CC, type Locale } from "./locales.ts"
import { validIn } from "./phones.ts"
import type { Rng } from "./rng.ts"
import { luhnOk } from "./values.ts"

const clean = (s: string) => s.replace(/[\u00a0\u202f]/g, " ")
const DATE_OPTS: Intl.DateTimeFormatOptions[] = [
  { dateStyle: "short" }, { dateStyle: "medium" }, { dateStyle: "long" }, { day: "2-digit", month: "2-digit", year: "numeric" },
  { day: "numeric", month: "long" }, { weekday: "long", day: "numeric", month: "long" },
]
export function dateIn(r: Rng, tag: string, year = 2026, opts?: Intl.DateTimeFormatOptions): string {
  const d = new Date(Date.UTC(year, r.int(12), r.range(1, 28), 12))
  if (r.chance(0.08) && !opts) return d.toISOString().slice(0, 10)
  return clean(new Intl.DateTimeFormat(tag, { ...(opts ?? r.pick(DATE_OPTS)), timeZone: "UTC" }).format(d))
}
export const dob = (r: Rng, tag: string) => dateIn(r, tag, r.range(1950, 2004), r.pick([{ dateStyle: "short" }, { dateStyle: "medium" }, { day: "2-digit", month: "2-digit", year: "numeric" }] as Intl.DateTimeFormatOptions[]))
/** The date of a WhatsApp line (`12/05/2026`), as the phone writes it. */
export const chatDate = (r: Rng, tag: string) => dateIn(r, tag, 2026, { day: "2-digit", month: "2-digit", year: "numeric" })

const TWELVE = new Set(["US", "CA", "AU", "IN"])
/** A clock time: 12-hour where people write it so, `14.30` in Denmark, `14h30` in France. A fixed `style` keeps one
 * way of writing through a chat's clocks. */
export function timeIn(r: Rng, loc: Locale, minutes?: number, style?: number): string {
  const m = minutes ?? r.range(8 * 60, 19 * 60 + 30)
  const h = Math.floor(m / 60)
  const mm = String(m % 60).padStart(2, "0")
  const x = style ?? r.int(1000)
  if (TWELVE.has(loc.cc) || (loc.cc === "GB" && x % 5 < 2) || (loc.cc === "IE" && x % 10 < 3)) {
    const h12 = ((h + 11) % 12) + 1
    const ap = h < 12 ? "am" : "pm"
    const forms = [`${h12}:${mm} ${ap.toUpperCase()}`, `${h12}:${mm}${ap}`, `${h12}:${mm} ${ap}`, loc.cc === "GB" ? `${h12}.${mm}${ap}` : `${h12}:${mm} ${ap}`]
    return forms[Math.floor(x / 10) % forms.length]!
  }
  if (loc.cc === "DK" || (loc.cc === "SE" && x % 10 < 3)) return `${h}.${mm}`
  if (loc.cc === "FR" && x % 10 < 4) return `${h}h${mm}`
  return `${String(h).padStart(2, "0")}:${mm}`
}

export function amountIn(r: Rng, loc: Locale): string {
  const v = r.chance(0.6) ? r.range(15, 480) + r.pick([0, 0.5, 0.99, 0.25]) : r.range(500, 4800)
  return clean(new Intl.NumberFormat(loc.tag, { style: "currency", currency: loc.currency }).format(v))
}

const L = "ABCDEFGHJKLMNPRSTUVWXY"
const up = (r: Rng) => L[r.int(L.length)]!
export function postcodeIn(r: Rng, cc: string): string {
  switch (cc) {
    case "US": return String(r.range(10001, 98999))
    case "GB": return `${r.pick(["SW", "M", "LS", "B", "EH", "G", "NE", "CF", "BS", "N"])}${r.range(1, 20)} ${r.range(1, 9)}${up(r)}${up(r)}`
    case "IE": return `${r.pick(["D02", "D04", "D08", "T12", "H91", "V94", "A94"])} ${up(r)}${r.digits(1)}${up(r)}${r.digits(1)}`
    case "AU": return String(r.pick([2000, 2010, 3000, 3121, 4000, 5000, 6000, 2600]) + r.int(9))
    case "IN": return String(r.pick([110001, 400001, 560034, 600028, 700019, 500081]) + r.int(40))
    case "ZA": return String(r.pick([2196, 8001, 4001, 181, 2193, 7700]) + r.int(9)).padStart(4, "0")
    case "CA": return `${r.pick(["M5V", "H2X", "V6B", "K1P", "T2P", "R3C", "B3H"])} ${r.digits(1)}${up(r)}${r.digits(1)}`
    case "NL": return `${r.range(1011, 9999)} ${up(r)}${up(r)}`
    case "PL": return `${r.digits(2)}-${r.digits(3)}`
    case "CZ": case "SE": return `${r.range(100, 999)} ${r.digits(2)}`
    case "PT": return `${r.range(1000, 9999)}-${r.digits(3)}`
    case "DK": case "BG": return String(r.range(1000, 9999))
    default: return String(r.range(10000, 98999))
  }
}

export const versionIn = (r: Rng) => r.pick([`v${r.range(1, 6)}.${r.range(0, 19)}.${r.range(0, 9)}`, `${r.range(2, 17)}.${r.range(0, 9)}.${r.range(1, 40)}`, `${r.range(1, 4)}.${r.range(10, 60)}`])
export const caseIn = (r: Rng) => r.pick([`#${r.range(300000, 999999)}`, `CX-${r.digits(7)}`])
export const maskIn = (r: Rng, last4: string) => r.pick([`**** **** **** ${last4}`, `•••• ${last4}`, `xxxx-xxxx-xxxx-${last4}`, `XXXX XXXX XXXX ${last4}`])
export const expiryIn = (r: Rng) => `${String(r.range(1, 12)).padStart(2, "0")}/${r.range(27, 31)}`

/** Digits that are no phone anywhere in the corpus and, from twelve digits, fail Luhn. */
export function quietDigits(text: string, ccs: readonly string[] = ALL_CC): boolean {
  const d = text.replace(/\D/g, "")
  if (d.length >= 12 && luhnOk(d)) return false
  return !ccs.some((cc) => validIn(text, cc as never) || validIn(d, cc as never))
}

const ABA = [3, 7, 1, 3, 7, 1, 3, 7, 1]
function routing(r: Rng): string {
  const body = r.pick(["0210", "0260", "1210", "0710", "0110", "3222"]) + r.digits(4)
  for (let d = 0; d < 10; d++) if (Array.from(body + d).reduce((a, c, i) => a + Number(c) * ABA[i]!, 0) % 10 === 0) return body + d
  throw new Error("unreachable")
}

/** Where no IBAN is used: a bank code and an account number, in the country's shape, drawn until quiet. */
export function domesticAccount(r: Rng, cc: string): { code: string; acct: string } {
  for (;;) {
    const code = cc === "US" ? routing(r) : cc === "AU" ? `${r.pick(["062", "033", "083", "012"])}-${r.digits(3)}`
      : cc === "IN" ? `${r.pick(["HDFC", "SBIN", "ICIC", "UTIB"])}0${r.digits(6)}` : cc === "ZA" ? r.pick(["250655", "632005", "470010", "051001", "198765"])
      : `${r.digits(5)}-${r.pick(["001", "002", "003", "004", "006", "010"])}`
    const acct = cc === "US" ? r.digits(r.range(9, 12)) : cc === "AU" ? `${r.digits(4)} ${r.digits(4)}` : cc === "IN" ? r.digits(r.range(11, 14))
      : cc === "ZA" ? r.digits(r.range(10, 11)) : r.digits(7)
    if (quietDigits(acct, [cc]) && quietDigits(code, [cc])) return { code, acct }
  }
}
