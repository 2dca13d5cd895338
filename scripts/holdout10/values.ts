// Checksummed identifiers and their failing lookalikes.
import type { Rng } from "./rng.ts"

export function luhnDigit(body: string): number {
  let sum = 0
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i])
    if (i % 2 === 0) {
      d *= 2
      if (d > 9) d -= 9
    }
    sum += d
  }
  return (10 - (sum % 10)) % 10
}

const BRANDS: { prefix: (r: Rng) => string; len: number }[] = [
  { prefix: () => "4", len: 16 },
  { prefix: (r) => String(r.int(51, 55)), len: 16 },
  { prefix: (r) => String(r.int(2221, 2720)), len: 16 },
  { prefix: (r) => r.pick(["34", "37"]), len: 15 },
  { prefix: (r) => r.pick(["6011", "65", String(r.int(644, 649))]), len: 16 },
  { prefix: (r) => String(r.int(3528, 3589)), len: 16 },
  { prefix: () => "4", len: 19 },
]

function group(pan: string, sep: string): string {
  const sizes = pan.length === 15 ? [4, 6, 5] : pan.length === 19 ? [4, 4, 4, 4, 3] : [4, 4, 4, 4]
  const out: string[] = []
  let i = 0
  for (const s of sizes) {
    out.push(pan.slice(i, i + s))
    i += s
  }
  return out.join(sep)
}

export function cardPan(r: Rng): string {
  const brand = r.pick(BRANDS)
  const p = brand.prefix(r)
  const body = p + r.digits(brand.len - p.length - 1)
  return body + luhnDigit(body)
}

export function card(r: Rng): string {
  return group(cardPan(r), r.pick([" ", " ", "-", ""]))
}

export function cardBad(r: Rng): string {
  const pan = cardPan(r)
  const last = Number(pan.at(-1))
  const wrong = (last + r.int(1, 9)) % 10
  return group(pan.slice(0, -1) + wrong, r.pick([" ", "-", ""]))
}

// Country, length, and the BBAN as letters (A) or digits (9).
const IBAN_SHAPES: Record<string, string> = {
  CH: "99999999999999999",
  LI: "99999999999999999",
  DE: "999999999999999999",
  FR: "99999999999999999999999",
  GB: "AAAA99999999999999",
  ES: "99999999999999999999",
  NL: "AAAA9999999999",
  IT: "A9999999999999999999999",
  AT: "9999999999999999",
}

function mod97(s: string): number {
  const expanded = s.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55))
  let rem = 0
  for (const ch of expanded) rem = (rem * 10 + Number(ch)) % 97
  return rem
}

function bban(r: Rng, shape: string): string {
  return [...shape].map((c) => (c === "A" ? "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[r.int(0, 25)] : String(r.int(0, 9)))).join("")
}

function ibanRaw(r: Rng, country: string): string {
  const shape = IBAN_SHAPES[country]
  if (!shape) throw new Error(`no IBAN shape for ${country}`)
  const b = bban(r, shape)
  const check = 98 - mod97(`${b}${country}00`)
  return `${country}${String(check).padStart(2, "0")}${b}`
}

const spaced = (s: string) => s.replace(/(.{4})(?=.)/g, "$1 ")

export function iban(r: Rng, country: string): string {
  const raw = ibanRaw(r, country)
  return r.chance(0.7) ? spaced(raw) : raw
}

export function ibanBad(r: Rng, country: string): string {
  const raw = ibanRaw(r, country)
  const check = Number(raw.slice(2, 4))
  const wrong = ((check - 2 + r.int(1, 90)) % 97) + 2
  const bad = raw.slice(0, 2) + String(wrong === check ? ((check + 1 - 2) % 97) + 2 : wrong).padStart(2, "0") + raw.slice(4)
  return r.chance(0.7) ? spaced(bad) : bad
}

function ssnParts(r: Rng): [string, string, string] {
  let area = r.int(1, 899)
  if (area === 666) area = 667
  return [String(area).padStart(3, "0"), String(r.int(1, 99)).padStart(2, "0"), String(r.int(1, 9999)).padStart(4, "0")]
}

export function ssn(r: Rng, style?: "dash" | "space" | "bare"): string {
  const [a, g, s] = ssnParts(r)
  const st = style ?? r.pick(["dash", "dash", "space", "bare"] as const)
  return st === "dash" ? `${a}-${g}-${s}` : st === "space" ? `${a} ${g} ${s}` : `${a}${g}${s}`
}

export function ssnBad(r: Rng): string {
  const [, g, s] = ssnParts(r)
  const area = r.pick(["000", "666", String(r.int(900, 999))])
  return r.chance(0.8) ? `${area}-${g}-${s}` : `${area}-${g}-0000`
}

/** A Canadian SIN: Luhn-valid, grouped 3-3-3, which no US SSN is written as. */
export function sin(r: Rng): string {
  const body = String(r.pick([1, 2, 3, 4, 5, 6, 7, 9])) + r.digits(7)
  const s = body + luhnDigit(body)
  return `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}`
}

export function nino(r: Rng): string {
  const first = "ABCEGHJKLMNOPRSTWXYZ"
  const second = "ABCEGHJKLMNPRSTWXYZ"
  let prefix = "BG"
  while (["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"].includes(prefix)) {
    prefix = first[r.int(0, first.length - 1)]! + second[r.int(0, second.length - 1)]!
  }
  const d = r.digits(6)
  const suffix = "ABCD"[r.int(0, 3)]
  return r.chance(0.5) ? `${prefix}${d}${suffix}` : `${prefix} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${suffix}`
}

export function ipv4(r: Rng): string {
  return r.pick([
    () => `${r.pick([24, 67, 71, 98, 104, 142, 173, 184, 206, 216])}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`,
    () => `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`,
    () => `192.168.${r.int(0, 255)}.${r.int(1, 254)}`,
    () => `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`,
  ])()
}

const hex4 = (r: Rng) => r.int(0, 0xffff).toString(16)

export function ipv6(r: Rng): string {
  const style = r.int(0, 3)
  if (style === 0) return Array.from({ length: 8 }, () => hex4(r).padStart(4, "0")).join(":")
  if (style === 1) return `2001:db8:${hex4(r)}::${hex4(r)}:${hex4(r)}`
  if (style === 2) return `fe80::${hex4(r)}:${hex4(r)}:${hex4(r)}:${hex4(r)}`
  return `2600:${hex4(r)}:${hex4(r)}:${hex4(r)}::${r.int(1, 255).toString(16)}`
}
