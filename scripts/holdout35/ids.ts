// Values for the labeled types other than PHONE and PERSON, and their lookalikes.
import { type Rng, fillDigits, int, pick } from "./rng.ts"

const luhnSum = (d: string): number => {
  let sum = 0
  for (let i = 0; i < d.length; i++) {
    let x = Number(d[d.length - 1 - i])
    if (i % 2 === 1) x = x * 2 > 9 ? x * 2 - 9 : x * 2
    sum += x
  }
  return sum % 10
}
/** Appends the Luhn check digit (or a wrong one when `bad`). */
export const withLuhn = (body: string, bad = false): string => {
  const check = (10 - luhnSum(body + "0")) % 10
  return body + String(bad ? (check + 1 + (body.length % 8)) % 10 : check)
}

const group = (d: string, sizes: number[], sep: string) => {
  const out: string[] = []
  let at = 0
  for (const n of sizes) out.push(d.slice(at, (at += n)))
  return out.join(sep)
}

export function card(r: Rng, bad = false): string {
  const kind = pick(r, ["visa", "mc", "mc2", "amex", "disc"])
  if (kind === "amex" && !bad) return group(withLuhn(pick(r, ["34", "37"]) + fillDigits(r, "############")), [4, 6, 5], pick(r, [" ", "-", ""]))
  const iin = kind === "visa" ? "4" : kind === "mc" ? String(int(r, 51, 55)) : kind === "mc2" ? String(int(r, 2221, 2720)) : "6011"
  const d = withLuhn(iin + fillDigits(r, "#".repeat(15 - iin.length)), bad)
  return group(d, [4, 4, 4, 4], pick(r, [" ", " ", "-", ""]))
}

const IBAN_SPEC: Record<string, string> = {
  GB: "4a14n", NL: "4a10n", BE: "12n", PL: "24n", CZ: "20n", RO: "4a16c", HR: "17n", RS: "18n", GR: "23n", TR: "5n1n16c",
  FI: "14n", SE: "20n", UA: "6n19c", AT: "16n", FR: "10n11c2n", IT: "1a10n12c", MT: "4a5n18c", PK: "4a16c", BR: "23n1a1c",
}
const expand = (r: Rng, spec: string) =>
  [...spec.matchAll(/(\d+)([anc])/g)].map(([, n, t]) => {
    let s = ""
    for (let i = 0; i < Number(n); i++) s += t === "a" ? String.fromCharCode(65 + int(r, 0, 25)) : t === "c" && r() < 0.06 ? String.fromCharCode(65 + int(r, 0, 25)) : String(int(r, 0, 9))
    return s
  }).join("")
const mod97 = (s: string) => {
  const num = (s.slice(4) + s.slice(0, 4)).replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55))
  let m = 0
  for (const ch of num) m = (m * 10 + Number(ch)) % 97
  return m
}
export const IBAN_COUNTRIES = Object.keys(IBAN_SPEC).filter((c) => IBAN_SPEC[c])
export function iban(r: Rng, cc: string, bad = false): string {
  const bban = expand(r, IBAN_SPEC[cc] ?? IBAN_SPEC.GB!)
  let check = 98 - mod97(`${cc}00${bban}`)
  if (bad) check = check >= 50 ? check - 1 : check + 1
  const raw = `${cc}${String(check).padStart(2, "0")}${bban}`
  return r() < 0.6 ? raw.replace(/(.{4})(?=.)/g, "$1 ") : raw
}

export function ssn(r: Rng): string {
  let area = int(r, 1, 899)
  if (area === 666) area = 667
  return `${String(area).padStart(3, "0")}-${String(int(r, 1, 99)).padStart(2, "0")}-${String(int(r, 1, 9999)).padStart(4, "0")}`
}
export function ssnInvalid(r: Rng): string {
  const area = pick(r, ["000", "666", String(int(r, 900, 999))])
  return `${area}-${String(int(r, 1, 99)).padStart(2, "0")}-${String(int(r, 1, 9999)).padStart(4, "0")}`
}

const NINO_1 = "ABCEGHJKLMNOPRSTWXYZ"
const NINO_2 = "ABCEGHJKLMNPRSTWXYZ"
const NINO_BAD = new Set(["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"])
export function nino(r: Rng): string {
  let pre = ""
  do pre = pick(r, [...NINO_1]) + pick(r, [...NINO_2])
  while (NINO_BAD.has(pre))
  const d = fillDigits(r, "######")
  const suf = pick(r, [..."ABCD"])
  return r() < 0.6 ? `${pre} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${suf}` : `${pre}${d}${suf}`
}
export function ninoInvalid(r: Rng): string {
  const pre = pick(r, ["DA", "FQ", "QT", "GB", "VK", "UA", "AO"])
  const d = fillDigits(r, "######")
  return `${pre} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${pick(r, [..."ABCD"])}`
}

export function ip(r: Rng): string {
  if (r() < 0.25) return `2001:db8:${int(r, 1, 0xffff).toString(16)}::${int(r, 1, 0xfff).toString(16)}`
  return `${pick(r, [41, 62, 81, 102, 154, 185, 196, 203])}.${int(r, 0, 255)}.${int(r, 0, 255)}.${int(r, 1, 254)}`
}
export function mac(r: Rng): string {
  const sep = pick(r, [":", "-"])
  return Array.from({ length: 6 }, () => int(r, 0, 255).toString(16).toUpperCase().padStart(2, "0")).join(sep)
}

/** An IMEI: 8-digit TAC, 6-digit serial, Luhn check; TACs starting 35, 86 or 01 (no card IIN at 15 digits). */
export const imei = (r: Rng): string => withLuhn(pick(r, ["35", "86", "01"]) + fillDigits(r, "############"))

const VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
const VIN_VAL: Record<string, number> = { A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9, S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9 }
const VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
/** A VIN whose ninth character is its check digit. */
export function vin(r: Rng): string {
  const c = [...pick(r, ["WVW", "WBA", "VF1", "JTD", "SAL", "TMB", "ZFA", "KNA"])]
  while (c.length < 17) c.push(pick(r, [...VIN_CHARS]))
  const sum = c.reduce((s, ch, i) => s + (/\d/.test(ch) ? Number(ch) : VIN_VAL[ch]!) * VIN_W[i]!, 0)
  c[8] = sum % 11 === 10 ? "X" : String(sum % 11)
  return c.join("")
}
