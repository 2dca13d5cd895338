// Seeded values for the holdout14 corpus: PRNG, checksummed identifiers and
// their deliberately broken lookalikes. Every valid value is built to pass its
// checksum; every lookalike is built to fail it.
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max"

export type Rng = () => number

/** mulberry32: small, seeded, identical on every runtime. */
export function rng(seed: number): Rng {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export const int = (r: Rng, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1))
export const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T
export const digits = (r: Rng, n: number) => Array.from({ length: n }, () => String(int(r, 0, 9))).join("")
export const letters = (r: Rng, n: number, from = "ABCDEFGHJKLMNPRSTUVWXYZ") =>
  Array.from({ length: n }, () => pick(r, from.split(""))).join("")
export const pad = (n: number, w: number) => String(n).padStart(w, "0")

export function luhnDigit(body: string): number {
  let sum = 0
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i])
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2
    sum += d
  }
  return (10 - (sum % 10)) % 10
}

const BRANDS: [string[], number[], number[]][] = [
  [["4"], [16, 16, 16, 13, 19], [4, 4, 4, 4]], // Visa
  [["51", "52", "53", "54", "55", "2221", "2500", "2720"], [16], [4, 4, 4, 4]], // Mastercard
  [["34", "37"], [15], [4, 6, 5]], // Amex
  [["6011", "65", "644", "649"], [16], [4, 4, 4, 4]], // Discover
  [["3528", "3566", "3589"], [16], [4, 4, 4, 4]], // JCB
  [["36", "38"], [14], [4, 6, 4]], // Diners
]

function group(pan: string, sizes: number[], sep: string): string {
  if (sep === "") return pan
  const out: string[] = []
  let i = 0
  for (const s of sizes) if (i < pan.length) out.push(pan.slice(i, (i += s)))
  if (i < pan.length) out.push(pan.slice(i))
  return out.join(sep)
}

/** A Luhn-valid PAN of a real brand's IIN and length, grouped by spaces, dashes or not at all. */
export function card(r: Rng): string {
  const [iins, lens, sizes] = pick(r, BRANDS)
  const len = pick(r, lens)
  const iin = pick(r, iins)
  const body = iin + digits(r, len - 1 - iin.length)
  return group(body + luhnDigit(body), len === 13 ? [4, 4, 5] : len === 19 ? [4, 4, 4, 4, 3] : sizes, pick(r, [" ", " ", "-", ""]))
}

/** A 16-digit number with a wrong Luhn digit (a card lookalike). */
export function badCard(r: Rng): string {
  const body = pick(r, ["4", "5", "6"]) + digits(r, 14)
  const bad = (luhnDigit(body) + int(r, 1, 9)) % 10
  return group(body + bad, [4, 4, 4, 4], pick(r, [" ", "-", ""]))
}

const IBAN_BBAN: Record<string, string> = {
  GB: "aaaa14", IE: "aaaa14", NL: "aaaa10", IT: "a22", PT: "21", SE: "20", DK: "14", HU: "24",
  BE: "12", DE: "18", FR: "23", ES: "20", NO: "11", AT: "16",
}

function mod97(s: string): number {
  const num = s.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55))
  let rem = 0
  for (const ch of num) rem = (rem * 10 + Number(ch)) % 97
  return rem
}

function bban(r: Rng, cc: string): string {
  const f = IBAN_BBAN[cc] ?? "20"
  const m = /^(a*)(\d+)$/.exec(f) as RegExpExecArray
  return letters(r, (m[1] as string).length, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") + digits(r, Number(m[2]))
}

const groupIban = (s: string, spaced: boolean) => (spaced ? s.replace(/(.{4})(?=.)/g, "$1 ") : s)

/** A valid IBAN of the country (mod-97 remainder 1), in groups of four or compact. */
export function iban(r: Rng, cc: string): string {
  const b = bban(r, cc)
  const check = 98 - mod97(`${b}${cc}00`)
  return groupIban(`${cc}${pad(check, 2)}${b}`, r() < 0.6)
}

/** The country's IBAN shape with check digits that fail mod-97. */
export function badIban(r: Rng, cc: string): string {
  const b = bban(r, cc)
  const good = 98 - mod97(`${b}${cc}00`)
  const bad = (good + int(r, 1, 90)) % 97 || 1
  const wrong = bad === good ? (good % 96) + 2 : bad
  return groupIban(`${cc}${pad(wrong, 2)}${b}`, r() < 0.6)
}

export function ssn(r: Rng): string {
  let area = int(r, 1, 899)
  if (area === 666) area = 667
  const s = [pad(area, 3), pad(int(r, 1, 99), 2), pad(int(r, 1, 9999), 4)]
  return s.join(pick(r, ["-", "-", " ", ""]))
}

export function nino(r: Rng): string {
  const first = "ABCEGHJKLMNOPRSTWXYZ"
  const second = "ABCEGHJKLMNPRSTWXYZ"
  let pre = ""
  do pre = letters(r, 1, first) + letters(r, 1, second)
  while (["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"].includes(pre))
  const d = digits(r, 6)
  const suf = pick(r, ["A", "B", "C", "D"])
  return r() < 0.5 ? `${pre}${d}${suf}` : `${pre} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${suf}`
}

export function ipv4(r: Rng): string {
  const kind = int(r, 0, 3)
  if (kind === 0) return `192.168.${int(r, 0, 20)}.${int(r, 2, 254)}`
  if (kind === 1) return `10.${int(r, 0, 255)}.${int(r, 0, 255)}.${int(r, 2, 254)}`
  return `${pick(r, [81, 86, 94, 109, 145, 185, 203, 62, 77, 151])}.${int(r, 0, 255)}.${int(r, 0, 255)}.${int(r, 1, 254)}`
}

export function ipv6(r: Rng): string {
  const h = () => int(r, 0, 0xffff).toString(16)
  const pre = pick(r, ["2001:db8", "2a02:c7f", "2a00:23c5", "2600:1700", "fe80:0"])
  if (r() < 0.5) return `${pre}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`
  return r() < 0.5 ? `${pre}::${h()}` : `${pre}:${h()}::${h()}:${h()}`
}

/** National significant number shapes per region: a prefix and how many random digits follow. */
const PHONE_SHAPES: Record<string, [string, number][]> = {
  GB: [["74", 8], ["77", 8], ["79", 8], ["207", 7], ["203", 7], ["161", 7], ["131", 7]],
  IE: [["83", 7], ["85", 7], ["87", 7], ["1", 7], ["21", 7]],
  AU: [["41", 7], ["42", 7], ["2", 8], ["3", 8], ["7", 8]],
  BE: [["47", 7], ["49", 7], ["2", 7]],
  NL: [["6", 8], ["20", 7], ["10", 7], ["30", 7]],
  IT: [["32", 8], ["33", 8], ["34", 8], ["06", 8], ["02", 8]],
  PT: [["91", 7], ["93", 7], ["96", 7], ["21", 7], ["22", 7]],
  SE: [["70", 7], ["72", 7], ["73", 7], ["8", 7], ["31", 7]],
  DK: [["2", 7], ["3", 7], ["4", 7], ["6", 7]],
  HU: [["20", 7], ["30", 7], ["70", 7], ["1", 7]],
  US: [["212", 7], ["415", 7], ["617", 7], ["312", 7], ["206", 7]],
  CA: [["416", 7], ["604", 7], ["514", 7]],
  BR: [["119", 8], ["219", 8]],
  IN: [["98", 8], ["97", 8]],
  ZA: [["82", 7], ["83", 7]],
  SG: [["9", 7], ["8", 7]],
  JP: [["90", 8], ["80", 8]],
  DE: [["151", 8], ["30", 8]],
  NZ: [["21", 7], ["9", 7]],
}

function nationalNumber(r: Rng, region: string) {
  for (let i = 0; i < 500; i++) {
    const [pre, n] = pick(r, PHONE_SHAPES[region] as [string, number][])
    const p = parsePhoneNumberFromString(pre + digits(r, n), region as CountryCode)
    if (p?.isValid() && !/555(01)/.test(p.nationalNumber)) return p
  }
  throw new Error(`no valid phone for ${region}`)
}

const validIn = (s: string, region: string) => parsePhoneNumberFromString(s, region as CountryCode)?.isValid() === true

/** A valid phone of the region, national or international, in a random written style. */
export function phone(r: Rng, region: string, intl = false): string {
  const p = nationalNumber(r, region)
  const nat = p.formatNational()
  const int_ = p.formatInternational()
  const styles = intl
    ? [int_, int_, int_.replace(/ /g, "-"), int_.replace(/^\+/, "00"), p.number]
    : /[(-]/.test(nat)
      ? [nat, nat, int_, int_.replace(/^\+/, "00")]
      : [nat, nat, nat, nat.replace(/ /g, "-"), nat.replace(/ /g, "."), int_, int_.replace(/^\+/, "00")]
  let s = pick(r, styles)
  if (region === "US" || region === "CA") {
    const [a, b, c] = [p.nationalNumber.slice(0, 3), p.nationalNumber.slice(3, 6), p.nationalNumber.slice(6)]
    s = intl ? pick(r, [int_, `+1 (${a}) ${b}-${c}`, `+1-${a}-${b}-${c}`, `+1.${a}.${b}.${c}`]) : pick(r, [nat, nat, `${a}.${b}.${c}`, `${a}-${b}-${c}`, `1-${a}-${b}-${c}`])
  }
  return validIn(s, region) ? s : nat
}
