// The values a text carries: phones from each country's numbering plan, cards, IBANs, SSNs, NINOs, IP addresses,
// and the lookalikes (Luhn-invalid cards, IBANs with a bad checksum, barred SSNs and NINOs), dates, times, amounts.
import { parsePhoneNumberFromString, getExampleNumber, type CountryCode } from "libphonenumber-js/max"
import examples from "libphonenumber-js/mobile/examples"
import type { Rng } from "./rng.ts"

const IDD00 = new Set(["GB", "GR", "TR", "RO", "HR", "RS", "EE", "FI", "IS", "AT", "PT", "IT", "PL", "CZ", "SE", "DE", "FR", "ZA", "NZ"])

/** One phone number, as written in one of the forms its country uses; every form parses back to the same number. */
export function phone(r: Rng, cc: CountryCode): string {
  const ex = getExampleNumber(cc, examples)!
  const nat = String(ex.nationalNumber)
  for (;;) {
    const keep = cc === "US" ? nat.slice(0, 3) + String(r.int(2, 9)) : nat.slice(0, nat.length - 6)
    const num = keep + r.digits(nat.length - keep.length)
    const p = parsePhoneNumberFromString(`+${ex.countryCallingCode}${num}`)
    if (!p || !p.isValid() || p.country !== cc) continue
    const intl = p.formatInternational()
    const forms = [p.formatNational(), p.formatNational(), intl, intl, p.number, p.formatNational().replace(/[^\d+]/g, "")]
    if (IDD00.has(cc)) forms.push("00" + intl.slice(1))
    if (cc === "US") forms.push(intl.replace(/ /g, "-").replace(/^\+1-/, "+1 "), `${num.slice(0, 3)}.${num.slice(3, 6)}.${num.slice(6)}`)
    const form = r.pick(forms)
    const back = parsePhoneNumberFromString(form, cc)
    if (back && back.isValid() && back.number === p.number) return form
  }
}

/** A phone number's national digits (trunk prefix included), as a caller says them. */
export function phoneDigits(r: Rng, cc: CountryCode): string {
  for (;;) {
    const v = phone(r, cc)
    const p = parsePhoneNumberFromString(v, cc)!
    const d = p.formatNational().replace(/\D/g, "")
    const back = parsePhoneNumberFromString(d, cc)
    if (back && back.isValid() && back.number === p.number) return d
  }
}

/** A phone number in E.164, as a switch logs the caller. */
export const e164 = (r: Rng, cc: CountryCode) => parsePhoneNumberFromString(phone(r, cc), cc)!.number

/** Is this string (as written) a valid phone number in any of these countries? */
export const phoneAnywhere = (v: string, ccs: readonly CountryCode[]) => ccs.some((cc) => !!parsePhoneNumberFromString(v, cc)?.isValid())

export function luhnOk(d: string): boolean {
  let sum = 0
  for (let i = 0; i < d.length; i++) {
    const x = Number(d[d.length - 1 - i]) * (i % 2 ? 2 : 1)
    sum += x > 9 ? x - 9 : x
  }
  return sum % 10 === 0
}
function luhnDigit(body: string): string {
  for (let c = 0; c < 10; c++) if (luhnOk(body + c)) return String(c)
  return "0"
}
const group = (d: string, sizes: number[], sep: string) => {
  const out: string[] = []
  let at = 0
  for (const n of sizes) out.push(d.slice(at, (at += n)))
  return out.join(sep)
}

/** A card number that passes Luhn: Visa, Mastercard (51-55 and 2221-2720), Amex (4-6-5) or Discover. */
export function card(r: Rng): string {
  const brand = r.pick(["visa", "visa", "mc", "mc2", "amex", "disc"])
  const prefix = { visa: "4" + r.digits(5), mc: "5" + r.int(1, 5) + r.digits(4), mc2: String(r.int(2221, 2720)) + r.digits(2), amex: "3" + r.pick(["4", "7"]) + r.digits(4), disc: "6011" + r.digits(2) }[brand]!
  const len = brand === "amex" ? 15 : 16
  const body = prefix + r.digits(len - 1 - prefix.length)
  const d = body + luhnDigit(body)
  const sep = r.pick([" ", " ", "-", ""])
  return group(d, len === 15 ? [4, 6, 5] : [4, 4, 4, 4], sep)
}
/** Sixteen digits with a Visa or Mastercard prefix whose Luhn check fails. */
export function badCard(r: Rng): string {
  const body = r.pick(["4", "5" + r.int(1, 5)]) + r.digits(13)
  const b = body.padEnd(15, "0").slice(0, 15)
  const d = b + String((Number(luhnDigit(b)) + r.int(1, 9)) % 10)
  return group(d, [4, 4, 4, 4], r.pick([" ", "-", ""]))
}

/** Each IBAN country's BBAN shape: `n` digits, `a` capital letters, `c` letters or digits. */
const BBAN: Record<string, string> = {
  GB: "aaaannnnnnnnnnnnnn", GR: "nnnnnnnnnnnnnnnnnnnnnnn", TR: "nnnnnnnnnnnnnnnnnnnnnn", RO: "aaaacccccccccccccccc", HR: "nnnnnnnnnnnnnnnnn",
  RS: "nnnnnnnnnnnnnnnnnn", EE: "nnnnnnnnnnnnnnnn", FI: "nnnnnnnnnnnnnn", IS: "nnnnnnnnnnnnnnnnnnnnnn", AT: "nnnnnnnnnnnnnnnn",
  PT: "nnnnnnnnnnnnnnnnnnnnn", IT: "annnnnnnnnnnccccccccccc", PL: "nnnnnnnnnnnnnnnnnnnnnnnn", CZ: "nnnnnnnnnnnnnnnnnnnn",
  SE: "nnnnnnnnnnnnnnnnnnnn", DE: "nnnnnnnnnnnnnnnnnn", FR: "nnnnnnnnnnnnnnnnnnnnnnn",
}
export const IBAN_COUNTRIES = Object.keys(BBAN)
function mod97(s: string): number {
  let rem = 0
  for (const ch of (s.slice(4) + s.slice(0, 4)).replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55))) rem = (rem * 10 + Number(ch)) % 97
  return rem
}
function bban(r: Rng, cc: string): string {
  const L = "ABCDEFGHJKLMNPRSTUVWXZ"
  return Array.from(BBAN[cc]!, (k) => (k === "n" ? r.digits(1) : k === "a" ? r.pick([...L]) : r.chance(0.7) ? r.digits(1) : r.pick([...L]))).join("")
}
const spaced = (s: string) => s.replace(/(.{4})(?=.)/g, "$1 ")
/** A correct IBAN of the country, grouped by four or compact, now and then in lower case. */
export function iban(r: Rng, cc: string): string {
  const b = bban(r, cc)
  const check = String(98 - mod97(cc + "00" + b)).padStart(2, "0")
  const v = cc + check + b
  const w = r.chance(0.6) ? spaced(v) : v
  return r.chance(0.1) ? w.toLowerCase() : w
}
/** The country's IBAN shape with check digits that fail mod 97. */
export function badIban(r: Rng, cc: string): string {
  const b = bban(r, cc)
  const good = 98 - mod97(cc + "00" + b)
  const check = String(((good + r.int(1, 40) - 2) % 97) + 2).padStart(2, "0")
  const v = cc + check + b
  return mod97(v) === 1 ? badIban(r, cc) : r.chance(0.6) ? spaced(v) : v
}

export function ssn(r: Rng): string {
  let a = r.int(1, 899)
  if (a === 666) a = 667
  return `${String(a).padStart(3, "0")}-${String(r.int(1, 99)).padStart(2, "0")}-${String(r.int(1, 9999)).padStart(4, "0")}`
}
export const badSsn = (r: Rng) => `${r.pick(["000", "666", String(r.int(900, 999))])}-${String(r.int(1, 99)).padStart(2, "0")}-${String(r.int(1, 9999)).padStart(4, "0")}`
const NINO1 = "ABCEGHJKLMNOPRSTWXYZ"
const NINO2 = "ABCEGHJKLMNPRSTWXYZ"
export function nino(r: Rng): string {
  let p = r.pick([...NINO1]) + r.pick([...NINO2])
  while (["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"].includes(p)) p = r.pick([...NINO1]) + r.pick([...NINO2])
  const d = r.digits(6)
  const s = r.pick(["ABCD"[r.int(0, 3)]!])
  return r.chance(0.5) ? `${p}${d}${s}` : `${p} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${s}`
}
export function badNino(r: Rng): string {
  const p = r.pick(["BG", "GB", "NK", "KN", "TN", "NT", "ZZ", "D" + r.pick([..."ABCE"]), "F" + r.pick([..."ABCE"]), "Q" + r.pick([..."ABCE"])])
  const d = r.digits(6)
  return r.chance(0.5) ? `${p}${d}${"ABCD"[r.int(0, 3)]}` : `${p} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${"ABCD"[r.int(0, 3)]}`
}

export function ip(r: Rng): string {
  if (r.chance(0.3)) return `2a02:${r.int(0x1000, 0xffff).toString(16)}:${r.int(1, 0xffff).toString(16)}:${r.int(1, 0xfff).toString(16)}::${r.int(1, 0xff).toString(16)}`
  return `${r.pick([31, 46, 62, 78, 85, 91, 109, 151, 176, 188, 195, 212])}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`
}

/** A real 2026 date in the locale's Intl short, medium or long form, or ISO. */
export function date(r: Rng, intl: string, style?: "short" | "medium" | "long" | "iso"): string {
  const d = new Date(Date.UTC(2026, 0, 1 + r.int(0, 364)))
  const st = style ?? r.pick(["short", "medium", "long", "iso"] as const)
  return st === "iso" ? d.toISOString().slice(0, 10) : new Intl.DateTimeFormat(intl, { dateStyle: st, timeZone: "UTC" }).format(d)
}
export const time = (r: Rng) => `${String(r.int(7, 21)).padStart(2, "0")}:${String(r.int(0, 59)).padStart(2, "0")}`
export const amount = (r: Rng, intl: string, cur: string) => new Intl.NumberFormat(intl, { style: "currency", currency: cur }).format(r.int(500, 250000) / 100)
export const masked = (r: Rng) => r.pick([`**** **** **** ${r.digits(4)}`, `•••• ${r.digits(4)}`, `XXXX-XXXX-XXXX-${r.digits(4)}`])
export const expiry = (r: Rng) => `${String(r.int(1, 12)).padStart(2, "0")}/${r.int(27, 31)}`
