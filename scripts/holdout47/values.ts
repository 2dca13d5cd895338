// Values of the labeled types and their invalid lookalikes, each drawn to its real rules.
import type { Rng } from "./rng.ts"

export const digitsOf = (v: string) => v.replace(/\D/g, "")
export function luhnOk(d: string): boolean {
  let sum = 0
  for (let i = 0; i < d.length; i++) {
    const x = Number(d[d.length - 1 - i]) * (i % 2 ? 2 : 1)
    sum += x > 9 ? x - 9 : x
  }
  return sum % 10 === 0
}
/** The digit that makes `body` pass Luhn. */
export function luhnDigit(body: string): string {
  for (let c = 0; c < 10; c++) if (luhnOk(body + c)) return String(c)
  return "0"
}

export type CardStyle = "spaces" | "dashes" | "compact"
export function card(r: Rng, style: CardStyle, brand = r.pick(["visa", "visa", "mc", "mc2", "amex"])): string {
  const head = brand === "visa" ? "4" + r.pick(["539", "916", "751", "024", "176"]) : brand === "mc" ? r.pick(["51", "53", "54", "55"]) + r.digits(2) : brand === "mc2" ? String(r.int(2221, 2720)) : r.pick(["34", "37"]) + r.digits(2)
  const len = brand === "amex" ? 15 : 16
  const body = head + r.digits(len - head.length - 1)
  return groupCard(body + luhnDigit(body), style)
}
export function groupCard(d: string, style: CardStyle): string {
  if (style === "compact") return d
  const sep = style === "spaces" ? " " : "-"
  const parts = d.length === 15 ? [d.slice(0, 4), d.slice(4, 10), d.slice(10)] : d.match(/\d{4}/g)!
  return parts.join(sep)
}
/** 16 digits with a Visa or Mastercard prefix that fail Luhn: a mistyped card. */
export function luhnInvalid(r: Rng, style: CardStyle): string {
  const body = r.pick(["4", "5" + r.int(1, 5)]) + r.digits(13)
  const good = luhnDigit(body.padEnd(15, "0").slice(0, 15))
  const bad = String((Number(good) + r.int(1, 9)) % 10)
  return groupCard(body.padEnd(15, "0").slice(0, 15) + bad, style)
}

export function ssn(r: Rng): string {
  let area = r.int(1, 899)
  if (area === 666) area = 665
  return `${String(area).padStart(3, "0")}-${String(r.int(1, 99)).padStart(2, "0")}-${String(r.int(1, 9999)).padStart(4, "0")}`
}
export const ssnInvalid = (r: Rng) => `${r.pick(["000", "666", String(r.int(900, 999))])}-${String(r.int(10, 99))}-${String(r.int(1000, 9999))}`

const NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
const NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ"
const BARRED = ["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"]
export function nino(r: Rng, spaced: boolean): string {
  let pre = ""
  do pre = r.pick([...NINO_FIRST]) + r.pick([...NINO_SECOND])
  while (BARRED.includes(pre))
  const d = r.digits(6)
  const s = r.pick(["A", "B", "C", "D"])
  return spaced ? `${pre} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${s}` : pre + d + s
}
export const ninoInvalid = (r: Rng) => `${r.pick([...BARRED, "DA", "FY", "QH", "VK"])} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.pick(["A", "B", "C", "D"])}`

export function ipv4(r: Rng): string {
  const first = r.pick([31, 37, 46, 62, 78, 81, 86, 92, 109, 151, 176, 185, 188, 212, 213, 217])
  return `${first}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`
}
export function ipv6(r: Rng): string {
  const h = () => r.int(1, 0xffff).toString(16)
  const pre = r.pick(["2a02", "2a01", "2001", "2a00", "2003", "2800", "2405"])
  return r.chance(0.5) ? `${pre}:${h()}:${h()}:${h()}::${h()}` : `${pre}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`
}

const GREEK: Record<string, string> = {
  α: "a", β: "v", γ: "g", δ: "d", ε: "e", ζ: "z", η: "i", θ: "th", ι: "i", κ: "k", λ: "l", μ: "m", ν: "n", ξ: "x", ο: "o", π: "p", ρ: "r", σ: "s", ς: "s",
  τ: "t", υ: "y", φ: "f", χ: "ch", ψ: "ps", ω: "o",
}
const SPECIAL: Record<string, string> = { ø: "o", æ: "ae", ß: "ss", ł: "l", đ: "d", ð: "d", þ: "th", ı: "i", œ: "oe" }
/** A name as it appears in an e-mail address: ASCII, no spaces, Greek transliterated. */
export function ascii(s: string): string {
  return s.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/./g, (c) => GREEK[c] ?? SPECIAL[c] ?? c).replace(/[^a-z0-9.-]/g, "")
}
