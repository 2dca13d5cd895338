// Values made by code: cards (issuer prefix, Luhn digit computed), IBANs (the country's BBAN shape, mod-97 check
// digits computed), SSNs, NI numbers, IP addresses, domestic accounts, and their invalid lookalikes.
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max"
import type { Rng } from "./rng.ts"

export const digitsOf = (v: string) => v.replace(/\D/g, "")
export function luhnOk(d: string): boolean {
  let sum = 0
  for (let i = 0; i < d.length; i++) {
    let x = d.charCodeAt(d.length - 1 - i) - 48
    if (i % 2 === 1) x = x * 2 > 9 ? x * 2 - 9 : x * 2
    sum += x
  }
  return sum % 10 === 0
}
const luhnDigit = (body: string) => String([...Array(10).keys()].find((c) => luhnOk(body + c))!)

const group = (d: string, sizes: number[], sep: string) => {
  const out: string[] = []
  let at = 0
  for (const n of sizes) (out.push(d.slice(at, at + n)), (at += n))
  return out.join(sep)
}

/** A valid card number: Visa, Mastercard (51-55, 2221-2720), Amex (4-6-5) or Discover; spaces, dashes or none. */
export function card(r: Rng): string {
  const kind = r.pick(["visa", "visa", "mc", "mc2", "amex", "disc"])
  const prefix = { visa: "4", mc: "5" + (1 + r.int(5)), mc2: String(2221 + r.int(500)), amex: r.pick(["34", "37"]), disc: "6011" }[kind]!
  const len = kind === "amex" ? 15 : 16
  const body = prefix + r.digits(len - 1 - prefix.length)
  const d = body + luhnDigit(body)
  const sep = r.pick([" ", " ", "-", ""])
  return kind === "amex" ? group(d, [4, 6, 5], sep) : group(d, [4, 4, 4, 4], sep)
}

/** 16 digits with a Visa or Mastercard prefix whose Luhn check fails. */
export function badCard(r: Rng): string {
  const prefix = r.pick(["4", "5" + (1 + r.int(5))])
  const body = prefix + r.digits(15 - prefix.length)
  const d = body + ((Number(luhnDigit(body)) + 1 + r.int(9)) % 10)
  return group(d, [4, 4, 4, 4], r.pick([" ", "-", ""]))
}

export const masked = (r: Rng) => r.pick(["**** **** **** ", "•••• ", "XXXX-XXXX-XXXX-", "**** "]) + r.digits(4)
export const expiry = (r: Rng) => `${String(1 + r.int(12)).padStart(2, "0")}/${27 + r.int(5)}`

function mod97(s: string): number {
  let rem = 0
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch
    for (const c of v) rem = (rem * 10 + Number(c)) % 97
  }
  return rem
}
const checkDigits = (cc: string, bban: string) => String(98 - mod97(bban + cc + "00")).padStart(2, "0")
const AZ_UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"

function bbanOf(r: Rng, shape: string): string {
  let out = ""
  for (const m of shape.matchAll(/=(\d)|(\d+)([nac])/g)) {
    if (m[1]) {
      out += m[1]
      continue
    }
    for (let i = 0; i < Number(m[2]); i++) out += m[3] === "n" ? String(r.int(10)) : m[3] === "a" ? r.pick([...AZ_UP]) : r.pick([...AZ_UP, ..."0123456789"])
  }
  return out
}

/** A valid IBAN of the country; Tunisia's keep their fixed check digits 59 (the last two BBAN digits are the key). */
export function iban(r: Rng, cc: string, shape: string): string {
  let bban = bbanOf(r, shape)
  if (cc === "TN") {
    const head = bban.slice(0, -2)
    bban = head + [...Array(100).keys()].map((k) => String(k).padStart(2, "0")).find((k) => checkDigits(cc, head + k) === "59")!
  }
  return cc + checkDigits(cc, bban) + bban
}
/** The same shape with check digits that fail mod 97. */
export function badIban(r: Rng, cc: string, shape: string): string {
  const good = iban(r, cc, shape)
  const ck = (Number(good.slice(2, 4)) + 1 + r.int(90)) % 100
  return formatIban(r, cc + String(ck).padStart(2, "0") + good.slice(4), false)
}
export function formatIban(r: Rng, v: string, mayLower = true): string {
  const out = r.chance(0.65) ? v.replace(/(.{4})(?=.)/g, "$1 ") : v
  return mayLower && r.chance(0.12) ? out.toLowerCase() : out
}

export function ssn(r: Rng): string {
  let area = 1 + r.int(899)
  while (area === 666) area = 1 + r.int(899)
  return `${String(area).padStart(3, "0")}-${String(1 + r.int(99)).padStart(2, "0")}-${String(1 + r.int(9999)).padStart(4, "0")}`
}
export const badSsn = (r: Rng) => `${r.pick(["000", "666", String(900 + r.int(100))])}-${String(1 + r.int(99)).padStart(2, "0")}-${String(1 + r.int(9999)).padStart(4, "0")}`

const NINO_1 = "ABCEGHJKLMNOPRSTWXYZ"
const NINO_2 = "ABCEGHJKLMNPRSTWXYZ"
const BARRED = ["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"]
const ninoFmt = (r: Rng, p: string, d: string, s: string) => (r.chance(0.5) ? `${p} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${s}` : `${p}${d}${s}`)
export function nino(r: Rng): string {
  let p = r.pick([...NINO_1]) + r.pick([...NINO_2])
  while (BARRED.includes(p)) p = r.pick([...NINO_1]) + r.pick([...NINO_2])
  return ninoFmt(r, p, r.digits(6), r.pick(["A", "B", "C", "D"]))
}
export const badNino = (r: Rng) => ninoFmt(r, r.chance(0.6) ? r.pick(BARRED) : r.pick(["D", "F", "Q"]) + r.pick([...NINO_2]), r.digits(6), r.pick(["A", "B", "C", "D"]))

export function ipv4(r: Rng): string {
  const first = r.pick([31, 37, 46, 62, 78, 81, 89, 94, 103, 109, 112, 141, 178, 185, 188, 195, 203, 212, 217])
  return [first, r.int(256), r.int(256), 1 + r.int(254)].join(".")
}
export const privateIp = (r: Rng) => r.pick([`192.168.${r.int(256)}.${1 + r.int(254)}`, `10.${r.int(256)}.${r.int(256)}.${1 + r.int(254)}`])
export function ipv6(r: Rng): string {
  const h = () => r.int(65536).toString(16)
  const head = [r.pick(["2a02", "2001", "2a01", "2406", "2c0f", "2803"]), h(), h()]
  return r.chance(0.5) ? [...head, h(), h(), h(), h(), h()].join(":") : `${head.join(":")}::${h()}`
}

/** Digits and separators that no country of the corpus takes as a phone, and (12 digits or more) that fail Luhn. */
export function safeDigits(v: string, countries: readonly CountryCode[]): boolean {
  const d = digitsOf(v)
  if (d.length >= 12 && luhnOk(d)) return false
  if (d.length < 6) return true
  return ![v, d].some((s) => countries.some((cc) => parsePhoneNumberFromString(s, cc)?.isValid()))
}

/** A domestic account of the given shape (`#` a digit), drawn again until it is no phone and no card. */
export function account(r: Rng, shape: string, countries: readonly CountryCode[]): string {
  for (;;) {
    const v = shape.replace(/#/g, () => String(r.int(10)))
    if (safeDigits(v, countries)) return v
  }
}
