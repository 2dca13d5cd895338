// Checksummed identifiers (cards, IBANs, SSNs, NINOs) and their invalid lookalikes.
import type { Rng } from "./rng.ts"

function luhnCheck(body: string): string {
  let sum = 0
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i])
    if (i % 2 === 0) {
      d *= 2
      if (d > 9) d -= 9
    }
    sum += d
  }
  return String((10 - (sum % 10)) % 10)
}

const BRANDS: ReadonlyArray<{ prefix: (r: Rng) => string; length: number; groups: number[] }> = [
  { prefix: () => "4", length: 16, groups: [4, 4, 4, 4] }, // Visa
  { prefix: (r) => String(r.int(51, 55)), length: 16, groups: [4, 4, 4, 4] }, // Mastercard
  { prefix: (r) => String(r.int(2221, 2720)), length: 16, groups: [4, 4, 4, 4] }, // Mastercard 2-series
  { prefix: (r) => r.pick(["34", "37"]), length: 15, groups: [4, 6, 5] }, // Amex
  { prefix: (r) => r.pick(["6011", "65"]), length: 16, groups: [4, 4, 4, 4] }, // Discover
  { prefix: (r) => String(r.int(3528, 3589)), length: 16, groups: [4, 4, 4, 4] }, // JCB
  { prefix: () => "36", length: 14, groups: [4, 6, 4] }, // Diners
  { prefix: () => "4", length: 19, groups: [4, 4, 4, 4, 3] }, // Visa 19
]

function group(digits: string, sizes: number[], sep: string): string {
  const parts: string[] = []
  let at = 0
  for (const n of sizes) {
    parts.push(digits.slice(at, at + n))
    at += n
  }
  return parts.join(sep)
}

/** A Luhn-valid PAN of a real brand's IIN and length, grouped as written by people. */
export function card(r: Rng): string {
  const brand = r.pick(BRANDS)
  const p = brand.prefix(r)
  const body = p + r.digits(brand.length - 1 - p.length)
  const pan = body + luhnCheck(body)
  const sep = r.pick([" ", " ", "-", ""])
  return sep === "" ? pan : group(pan, brand.groups, sep)
}

/** A 16-digit card-shaped number whose check digit is wrong. */
export function cardLuhnInvalid(r: Rng): string {
  const body = r.pick(["4", "5", "6"]) + r.digits(14)
  const good = Number(luhnCheck(body))
  const pan = body + String((good + r.int(1, 9)) % 10)
  return group(pan, [4, 4, 4, 4], r.pick([" ", "-", ""]))
}

// BBAN shape per country: n = digits, a = upper-case letters, c = alphanumeric.
const IBAN_SHAPES: Record<string, string> = {
  DE: "n18", GB: "a4n14", FR: "n10c11n2", ES: "n20", IT: "a1n10c12", NL: "a4n10", BE: "n12",
  PT: "n21", PL: "n24", SE: "n20", AT: "n16", CH: "n5c12", IE: "a4n14", DK: "n14", FI: "n14",
  NO: "n11", LU: "n3c13",
}
export const IBAN_COUNTRIES = Object.keys(IBAN_SHAPES)

function bban(r: Rng, country: string): string {
  const shape = IBAN_SHAPES[country] ?? "n18"
  let out = ""
  for (const [, kind, n] of shape.matchAll(/([nac])(\d+)/g)) {
    for (let i = 0; i < Number(n); i++) {
      if (kind === "n" || (kind === "c" && r.chance(0.8))) out += String(r.int(0, 9))
      else out += String.fromCharCode(65 + r.int(0, 25))
    }
  }
  return out
}

function mod97(s: string): number {
  const digits = s.replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55))
  let rem = 0
  for (const ch of digits) rem = (rem * 10 + Number(ch)) % 97
  return rem
}

function ibanWith(country: string, b: string, check: number): string {
  return country + String(check).padStart(2, "0") + b
}

function layout(r: Rng, iban: string): string {
  return r.chance(0.6) ? iban.replace(/(.{4})(?=.)/g, "$1 ") : iban
}

/** A mod-97-valid IBAN of the country's length, grouped in fours or not. */
export function iban(r: Rng, country = r.pick(IBAN_COUNTRIES)): string {
  const b = bban(r, country)
  return layout(r, ibanWith(country, b, 98 - mod97(b + country + "00")))
}

/** IBAN-shaped, right country length, wrong check digits. */
export function ibanBad(r: Rng, country = r.pick(IBAN_COUNTRIES)): string {
  const b = bban(r, country)
  const good = 98 - mod97(b + country + "00")
  let bad = good
  while (bad === good) bad = r.int(2, 98)
  return layout(r, ibanWith(country, b, bad))
}

/** A US SSN that passes the area/group/serial rules. */
export function ssn(r: Rng): string {
  let area = r.int(1, 899)
  if (area === 666) area = 667
  const a = String(area).padStart(3, "0")
  const g = String(r.int(1, 99)).padStart(2, "0")
  const s = String(r.int(1, 9999)).padStart(4, "0")
  return r.pick([`${a}-${g}-${s}`, `${a}-${g}-${s}`, `${a} ${g} ${s}`, `${a}${g}${s}`])
}

/** SSN-shaped with a never-issued area (000, 666, 9xx) or serial 0000. */
export function ssnInvalid(r: Rng): string {
  const area = r.pick(["000", "666", String(r.int(900, 999))])
  return `${area}-${String(r.int(10, 99))}-${r.digits(4)}`
}

const NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
const NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ"
const NINO_BANNED = new Set(["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"])

/** A UK National Insurance number with an allocatable prefix. */
export function nino(r: Rng): string {
  let prefix = "GB"
  while (NINO_BANNED.has(prefix)) prefix = r.pick([...NINO_FIRST]) + r.pick([...NINO_SECOND])
  const d = r.digits(6)
  const suffix = r.pick(["A", "B", "C", "D"])
  return r.chance(0.5) ? `${prefix}${d}${suffix}` : `${prefix} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${suffix}`
}

/** NINO-shaped with a prefix that is never allocated. */
export function ninoInvalid(r: Rng): string {
  return `${r.pick(["QQ", "GB", "BG", "NK", "TN", "ZZ", "DF", "FQ"])} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.pick(["A", "B", "C", "D"])}`
}
