// Values with their own checks: cards (Luhn, issuer prefix), IBANs (mod 97; Belgium's and Norway's national check
// digits), SSNs, NI numbers, IPs, dates, times and amounts, and their invalid lookalikes.
import type { Rng } from "./rng.ts"

export function luhnDigit(body: string): string {
  let sum = 0
  for (let i = 0; i < body.length; i++) {
    const x = Number(body[body.length - 1 - i]) * (i % 2 === 0 ? 2 : 1)
    sum += x > 9 ? x - 9 : x
  }
  return String((10 - (sum % 10)) % 10)
}
export const luhnOk = (d: string) => luhnDigit(d.slice(0, -1)) === d.slice(-1)

const group = (d: string, sizes: number[], sep: string) => {
  const out: string[] = []
  let at = 0
  for (const n of sizes) out.push(d.slice(at, (at += n)))
  return out.join(sep)
}

export function card(r: Rng): string {
  const which = r.int(0, 9)
  if (which < 2) {
    const d = r.pick(["34", "37"]) + r.digits(12)
    const full = d + luhnDigit(d)
    return r.chance(0.7) ? group(full, [4, 6, 5], r.pick([" ", "-"])) : full
  }
  const pre = which < 6 ? "4" : r.chance(0.7) ? String(r.int(51, 55)) : String(r.int(2221, 2720))
  const body = pre + r.digits(15 - pre.length)
  const full = body + luhnDigit(body)
  return r.pick([group(full, [4, 4, 4, 4], " "), group(full, [4, 4, 4, 4], " "), group(full, [4, 4, 4, 4], "-"), full])
}

/** 16 digits with a Visa or Mastercard prefix whose Luhn check fails. */
export function luhnBad(r: Rng): string {
  const pre = r.pick(["4", "5" + r.int(1, 5)])
  const body = pre + r.digits(15 - pre.length)
  const bad = String((Number(luhnDigit(body)) + r.int(1, 9)) % 10)
  return r.pick([" ", "-", ""]) === "" ? body + bad : group(body + bad, [4, 4, 4, 4], r.pick([" ", "-"]))
}

export const masked = (r: Rng) => r.pick([`**** **** **** ${r.digits(4)}`, `•••• ${r.digits(4)}`, `XXXX-XXXX-XXXX-${r.digits(4)}`])
export const expiry = (r: Rng) => `${String(r.int(1, 12)).padStart(2, "0")}/${r.int(27, 31)}`

function mod97(s: string): number {
  let rem = 0
  for (const ch of s.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55))) rem = (rem * 10 + Number(ch)) % 97
  return rem
}
const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
const letters = (r: Rng, n: number) => Array.from({ length: n }, () => r.pick([...LETTERS])).join("")

/** A domestic account number (BBAN) of the country, with the national check digits where computed. */
function bban(r: Rng, cc: string, length: number): string {
  if (cc === "BE") {
    const ten = r.digits(10)
    const k = Number(BigInt(ten) % 97n) || 97
    return ten + String(k).padStart(2, "0")
  }
  if (cc === "NO") {
    for (;;) {
      const ten = r.digits(10)
      const w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
      const k = 11 - (w.reduce((s, x, i) => s + x * Number(ten[i]), 0) % 11)
      if (k === 10) continue
      return ten + (k === 11 ? "0" : String(k))
    }
  }
  const lead = ({ IE: 4, GB: 4, MT: 4, NL: 4, LV: 4, BG: 4 } as Record<string, number>)[cc] ?? 0
  return letters(r, lead) + r.digits(length - 4 - lead)
}

export function ibanOf(cc: string, b: string): string {
  const check = 98 - mod97(b + cc + "00")
  return cc + String(check).padStart(2, "0") + b
}
export const groupIban = (v: string) => v.replace(/(.{4})(?=.)/g, "$1 ")

export function iban(r: Rng, cc: string, length: number): string {
  const v = ibanOf(cc, bban(r, cc, length))
  return r.chance(0.65) ? groupIban(v) : v
}

/** An IBAN of the country's shape and length whose mod 97 is not 1. */
export function ibanBad(r: Rng, cc: string, length: number): string {
  const v = ibanOf(cc, bban(r, cc, length))
  const cd = (Number(v.slice(2, 4)) + r.int(1, 9)) % 100
  const bad = v.slice(0, 2) + String(cd).padStart(2, "0") + v.slice(4)
  if (mod97(bad.slice(4) + bad.slice(0, 4)) === 1) return ibanBad(r, cc, length)
  return r.chance(0.6) ? groupIban(bad) : bad
}

export function ssn(r: Rng): string {
  return `${String(r.int(1, 665)).padStart(3, "0")}-${String(r.int(1, 99)).padStart(2, "0")}-${String(r.int(1, 9999)).padStart(4, "0")}`
}
export const ssnBad = (r: Rng) => `${r.pick(["000", "666", String(r.int(900, 999))])}-${String(r.int(1, 99)).padStart(2, "0")}-${String(r.int(1, 9999)).padStart(4, "0")}`

const NINO_1 = "ABCEGHJKLMNOPRSTWXYZ"
const NINO_2 = "ABCEGHJKLMNPRSTWXYZ"
export function nino(r: Rng): string {
  for (;;) {
    const pre = r.pick([...NINO_1]) + r.pick([...NINO_2])
    if (["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"].includes(pre)) continue
    const d = r.digits(6)
    return r.chance(0.5) ? `${pre}${d}${r.pick(["A", "B", "C", "D"])}` : `${pre} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${r.pick(["A", "B", "C", "D"])}`
  }
}
export function ninoBad(r: Rng): string {
  const pre = r.pick(["BG", "GB", "NK", "KN", "TN", "NT", "ZZ", "DA", "FX", "QT", "VB"])
  const d = r.digits(6)
  return r.chance(0.5) ? `${pre}${d}${r.pick(["A", "B", "C", "D"])}` : `${pre} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${r.pick(["A", "B", "C", "D"])}`
}

export function ipv4(r: Rng): string {
  return [r.pick([31, 46, 62, 77, 78, 81, 85, 89, 91, 94, 109, 151, 176, 185, 193, 212, 213, 217]), r.int(0, 255), r.int(0, 255), r.int(1, 254)].join(".")
}
export function ipv6(r: Rng): string {
  const h = () => r.int(0, 0xffff).toString(16)
  const head = `2a0${r.int(1, 9)}:${h()}:${h()}`
  return r.chance(0.5) ? `${head}::${h()}:${h()}` : `${head}:${h()}:${h()}:${h()}:${h()}:${h()}`
}

export function date(r: Rng, intl: string): string {
  const d = new Date(Date.UTC(2026, 0, 1 + r.int(0, 364)))
  const style = r.pick(["short", "medium", "long", "iso"] as const)
  return style === "iso" ? d.toISOString().slice(0, 10) : new Intl.DateTimeFormat(intl, { dateStyle: style, timeZone: "UTC" }).format(d)
}
export const time = (r: Rng) => `${String(r.int(7, 21)).padStart(2, "0")}:${String(r.pick([0, 5, 10, 15, 20, 30, 40, 45, 50, 55])).padStart(2, "0")}`
export function amount(r: Rng, intl: string, currency: string): string {
  const big = ["HUF", "INR", "UAH", "MXN", "ARS"].includes(currency)
  const n = big ? r.int(12, 900) * 100 : r.int(900, 48000) / 100
  return new Intl.NumberFormat(intl, { style: "currency", currency }).format(n)
}
