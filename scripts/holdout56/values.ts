// Cards, IBANs, SSNs, NI numbers and IPs valid by their rules, their invalid twins, and the shared lookalikes:
// dates, times, amounts, masked cards, expiries, versions and case numbers.
import { ibanCheck, luhnDigit, luhnOk, mod97 } from "./checks.ts"
import type { Locale, TimeStyle } from "./locales.ts"
import type { Rng } from "./rng.ts"

const group4 = (s: string, sep = " ") => s.match(/.{1,4}/g)!.join(sep)

export type CardKind = "visa" | "mc" | "amex" | "discover"
export function cardDigits(r: Rng, kind: CardKind): string {
  const body =
    kind === "visa" ? "4" + r.digits(14)
    : kind === "mc" ? (r.chance(0.7) ? String(r.range(51, 55)) + r.digits(13) : String(r.range(2221, 2720)) + r.digits(11))
    : kind === "amex" ? r.pick(["34", "37"]) + r.digits(12)
    : r.pick(["6011", "65" + r.digits(2)]) + r.digits(11)
  return body + luhnDigit(body)
}
export function writeCard(r: Rng, d: string): string {
  if (d.length === 15) return r.chance(0.75) ? `${d.slice(0, 4)} ${d.slice(4, 10)} ${d.slice(10)}` : `${d.slice(0, 4)}-${d.slice(4, 10)}-${d.slice(10)}`
  return r.pick([group4(d), group4(d), group4(d, "-"), d])
}
/** A 16-digit Visa or Mastercard number whose Luhn check fails: the card a customer mistyped. */
export function luhnInvalid(r: Rng): string {
  for (;;) {
    const d = cardDigits(r, r.pick(["visa", "mc"] as const))
    const i = 4 + r.int(11)
    const bad = d.slice(0, i) + String((Number(d[i]) + 1 + r.int(8)) % 10) + d.slice(i + 1)
    if (!luhnOk(bad)) return r.pick([group4(bad), group4(bad), group4(bad, "-"), bad])
  }
}

/** BBAN shapes: `A` a capital letter, `9` a digit; fixed bank codes where they are common. */
const BBAN: Record<string, string[]> = {
  GB: ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"].map((b) => `${b}99999999999999`), IE: ["AIBK", "BOFI"].map((b) => `${b}99999999999999`),
  AT: ["12000", "20111", "32000", "14000", "19043"].map((b) => `${b}99999999999`), DE: ["37040044", "50010517", "70150000", "10020030"].map((b) => `${b}9999999999`),
  LI: ["08800", "08810"].map((b) => `${b}999999999999`), NL: ["ABNA", "INGB", "RABO", "TRIO", "SNSB", "ASNB"].map((b) => `${b}9999999999`),
  LU: ["001", "019", "141"].map((b) => `${b}9999999999999`), FR: ["30004", "30003", "20041", "10278"].map((b) => `${b}999999999999999999`),
  DK: ["3000", "2000", "5301", "9570"].map((b) => `${b}9999999999`), SE: ["500", "800", "600", "300"].map((b) => `${b}99999999999999999`),
  CZ: ["0800", "0100", "0300", "2010", "5500", "3030"].map((b) => `${b}9999999999999999`), SK: ["0200", "1100", "0900", "7500"].map((b) => `${b}9999999999999999`),
  IT: ["03069", "02008", "05034", "03062"].map((b) => `A${b}99999999999999999`), SM: ["03225", "06067", "08540"].map((b) => `A${b}99999999999999999`),
  CH: ["00762", "00230", "80808", "09000"].map((b) => `${b}999999999999`), IS: ["0111", "0133", "0515", "0301"].map((b) => `${b}269999999999999999`),
  NO: ["1503", "8601", "9710", "1254"].map((b) => `${b}9999999`), EE: ["22", "10", "17", "77"].map((b) => `${b}99999999999999`),
  FI: ["123456", "800012", "405521"].map((b) => `${b}99999999`), LV: ["HABA", "UNLA", "PARX", "RIKO", "NDEA"].map((b) => `${b}9999999999999`),
  LT: ["73000", "70440", "72900"].map((b) => `${b}99999999999`), ES: ["2100", "0081", "0182", "0049", "2085"].map((b) => `${b}9999999999999999`),
  AD: ["0001", "0003", "0004"].map((b) => `${b}9999999999999999`),
}
function bban(r: Rng, cc: string): string {
  const shape = r.pick(BBAN[cc] ?? (cc === "BE" ? ["999999999999"] : []))
  let s = [...shape].map((c) => (c === "9" ? String(r.int(10)) : c === "A" ? r.pick([..."ABCDEFGHIJKLMNOPQRSTUVWXYZ"]) : c)).join("")
  if (cc === "BE") {
    const m = Number(BigInt(s.slice(0, 10)) % 97n)
    s = s.slice(0, 10) + String(m === 0 ? 97 : m).padStart(2, "0")
  }
  return s
}
export function ibanOf(r: Rng, cc: string): string {
  const b = bban(r, cc)
  return cc + ibanCheck(cc, b) + b
}
/** The same country's shape and length, mod 97 not 1: the IBAN a form rejected. */
export function ibanInvalid(r: Rng, cc: string): string {
  for (;;) {
    const good = ibanOf(r, cc)
    const i = 2 + r.int(good.length - 2)
    if (!/\d/.test(good[i]!)) continue
    const bad = good.slice(0, i) + String((Number(good[i]) + 1 + r.int(8)) % 10) + good.slice(i + 1)
    if (mod97(bad.slice(4) + bad.slice(0, 4)) !== 1) return bad
  }
}
export type IbanForm = "grouped" | "compact" | "lower" | "line"
export function writeIban(v: string, form: IbanForm): string {
  if (form === "compact") return v
  if (form === "lower") return v.toLowerCase()
  const g = group4(v)
  if (form === "grouped") return g
  const at = g.indexOf(" ", Math.floor(g.length / 2))
  return `${g.slice(0, at)}\n${g.slice(at + 1)}`
}

export function ssn(r: Rng): string {
  let area = r.range(1, 899)
  if (area === 666) area = 667
  const d = `${String(area).padStart(3, "0")}${String(r.range(1, 99)).padStart(2, "0")}${String(r.range(1, 9999)).padStart(4, "0")}`
  return r.chance(0.8) ? `${d.slice(0, 3)}-${d.slice(3, 5)}-${d.slice(5)}` : r.chance(0.5) ? `${d.slice(0, 3)} ${d.slice(3, 5)} ${d.slice(5)}` : d
}
export const ssnInvalid = (r: Rng) => `${r.pick(["000", "666", String(r.range(900, 999))])}-${String(r.range(1, 99)).padStart(2, "0")}-${String(r.range(1, 9999)).padStart(4, "0")}`
const NINO1 = [..."ABCEGHJKLMNOPRSTWXYZ"]
const NINO2 = [..."ABCEGHJKLMNPRSTWXYZ"]
const writeNino = (r: Rng, p: string, d: string, s: string) => (r.chance(0.55) ? `${p} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${s}` : `${p}${d}${s}`)
export function nino(r: Rng): string {
  for (;;) {
    const p = r.pick(NINO1) + r.pick(NINO2)
    if (!["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"].includes(p)) return writeNino(r, p, r.digits(6), r.pick(["A", "B", "C", "D"]))
  }
}
export const ninoInvalid = (r: Rng) => writeNino(r, r.pick(["QQ", "BG", "GB", "NK", "TN", "ZZ", "DA", "FY"]), r.digits(6), r.pick(["A", "B", "C", "D"]))

export function ip(r: Rng): string {
  const x = () => r.int(256)
  const h = () => r.int(0x10000).toString(16)
  const k = r.int(8)
  if (k === 0) return `192.0.2.${r.range(1, 254)}`
  if (k === 1) return `198.51.100.${r.range(1, 254)}`
  if (k === 2) return `203.0.113.${r.range(1, 254)}`
  if (k === 3) return `10.${x()}.${x()}.${r.range(1, 254)}`
  if (k === 4) return `192.168.${x()}.${r.range(1, 254)}`
  if (k === 5) return `2001:db8:${h()}:${h()}::${h()}`
  if (k === 6) return `2001:db8::${h()}:${h()}`
  return `fd${r.int(256).toString(16).padStart(2, "0")}:${h()}:${h()}:${h()}::${r.range(1, 0xfff).toString(16)}`
}

const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, " ")
const DATE_OPTS: Intl.DateTimeFormatOptions[] = [
  { dateStyle: "short" }, { dateStyle: "medium" }, { dateStyle: "long" }, { day: "numeric", month: "long" },
  { weekday: "long", day: "numeric", month: "long" }, { day: "2-digit", month: "2-digit", year: "numeric" },
]
/** A date of 2026 (or a birth date) in one of the locale's Intl forms, or ISO. */
export function dateText(r: Rng, loc: Locale, birth = false, opt?: Intl.DateTimeFormatOptions): string {
  const y = birth ? r.range(1950, 2004) : 2026
  const d = new Date(Date.UTC(y, r.int(12), r.range(1, 28), 12))
  if (!opt && !birth && r.chance(0.08)) return d.toISOString().slice(0, 10)
  const cased = ["cs", "lv", "et", "is"].includes(loc.lang)
  const o = opt ?? (birth ? r.pick([DATE_OPTS[0]!, DATE_OPTS[2]!, DATE_OPTS[5]!]) : r.pick(DATE_OPTS.filter((x) => !(cased && x.weekday))))
  return nbsp(new Intl.DateTimeFormat(loc.tag, { ...o, timeZone: "UTC" }).format(d))
}
export function timeText(h: number, m: number, style: TimeStyle): string {
  const mm = String(m).padStart(2, "0")
  const h12 = h % 12 === 0 ? 12 : h % 12
  const ap = h < 12 ? "am" : "pm"
  if (style === "12") return `${h12}:${mm} ${ap.toUpperCase()}`
  if (style === "12l") return `${h12}:${mm}${ap}`
  if (style === "12d") return `${h12}.${mm}${ap}`
  if (style === "12co") return `${h12}:${mm} ${ap[0]}. m.`
  if (style === "24") return `${h}:${mm}`
  if (style === "24d") return `${h}.${mm}`
  return `${h}h${mm}`
}
export const randomTime = (r: Rng, loc: Locale) => timeText(r.range(8, 19), r.pick([0, 15, 30, 45, 10, 20, 40, 50]), r.pick(loc.times))
export function amount(r: Rng, loc: Locale): string {
  const big = ["COP", "ISK", "JMD", "KES", "CZK"].includes(loc.cur)
  const v = big ? r.range(8, 900) * (loc.cur === "COP" ? 1000 : 100) : r.range(9, 900) + (r.chance(0.5) ? 0 : r.pick([0.5, 0.99, 0.25]))
  return nbsp(new Intl.NumberFormat(loc.tag, { style: "currency", currency: loc.cur }).format(v))
}
export const masked = (r: Rng, last4: string) => r.pick([`**** **** **** ${last4}`, `•••• ${last4}`, `XXXX-XXXX-XXXX-${last4}`, `XXXX XXXX XXXX ${last4}`])
export const expiry = (r: Rng) => `${String(r.range(1, 12)).padStart(2, "0")}/${r.range(27, 31)}`
export const version = (r: Rng) => `${r.chance(0.3) ? "v" : ""}${r.range(2, 9)}.${r.range(0, 24)}.${r.range(0, 9)}`
export const caseNumber = (r: Rng) => (r.chance(0.5) ? `#${r.range(100000, 999999)}` : `INC-${r.range(1000000, 9999999)}`)
