// Value generators: cards, IBANs, SSNs, NINOs, IPs, and the lookalikes.
import { ibanWith, luhnDigit, luhnOk, mod97 } from "./checks"
import type { Rng } from "./rng"

const group = (s: string, sizes: number[], sep: string): string => {
  const out: string[] = []
  let i = 0
  for (const n of sizes) {
    out.push(s.slice(i, i + n))
    i += n
  }
  if (i < s.length) out.push(s.slice(i))
  return out.filter(Boolean).join(sep)
}

const BRANDS: { iin: () => (r: Rng) => string; len: number; groups: number[] }[] = [
  { iin: () => () => "4", len: 16, groups: [4, 4, 4, 4] },
  { iin: () => (r) => String(r.int(51, 55)), len: 16, groups: [4, 4, 4, 4] },
  { iin: () => (r) => String(r.int(2221, 2720)), len: 16, groups: [4, 4, 4, 4] },
  { iin: () => (r) => r.pick(["34", "37"]), len: 15, groups: [4, 6, 5] },
  { iin: () => (r) => r.pick(["6011", "65"]), len: 16, groups: [4, 4, 4, 4] },
  { iin: () => (r) => String(r.int(3528, 3589)), len: 16, groups: [4, 4, 4, 4] },
  { iin: () => (r) => r.pick(["36", "38"]), len: 14, groups: [4, 6, 4] },
  { iin: () => () => "4", len: 19, groups: [4, 4, 4, 4, 3] },
]

export function cardDigits(r: Rng): { digits: string; groups: number[] } {
  const b = r.pick(BRANDS)
  const iin = b.iin()(r)
  const body = iin + r.digits(b.len - iin.length - 1)
  return { digits: body + luhnDigit(body), groups: b.groups }
}

export function card(r: Rng): string {
  const { digits, groups } = cardDigits(r)
  const sep = r.pick([" ", " ", "-", ""])
  return sep ? group(digits, groups, sep) : digits
}

/** A 16-digit card-shaped number with a wrong check digit. */
export function luhnInvalid(r: Rng): string {
  const body = r.pick(["4", "5" + r.int(1, 5), "6011", "37"]) 
  let d = body + r.digits(16 - body.length)
  while (luhnOk(d)) d = d.slice(0, 15) + String((Number(d[15]) + 1) % 10)
  return r.pick([group(d, [4, 4, 4, 4], " "), d, group(d, [4, 4, 4, 4], "-")])
}

export function maskedCard(r: Rng): string {
  const last = r.digits(4)
  return r.pick([`**** **** **** ${last}`, `XXXX-XXXX-XXXX-${last}`, `************${last}`, `xxxx xxxx xxxx ${last}`])
}

const BBAN: Record<string, (r: Rng) => string> = {
  DE: (r) => r.digits(18),
  GB: (r) => r.pick(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + r.digits(14),
  IE: (r) => r.pick(["AIBK", "BOFI", "IPBS"]) + r.digits(14),
  FR: (r) => r.digits(23),
  IT: (r) => r.letters(1, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") + r.digits(22),
  NL: (r) => r.pick(["ABNA", "INGB", "RABO", "SNSB", "TRIO"]) + r.digits(10),
  PL: (r) => r.digits(24),
  CZ: (r) => r.pick(["0800", "0100", "2010", "0300"]) + r.digits(16),
  AT: (r) => r.digits(16),
  BE: (r) => r.digits(12),
  ES: (r) => r.digits(20),
}

export function ibanRaw(r: Rng, country: string): string {
  const f = BBAN[country]
  if (!f) throw new Error(`no BBAN for ${country}`)
  return ibanWith(country, f(r))
}

export function formatIban(r: Rng, raw: string): string {
  return r.chance(0.65) ? raw.replace(/(.{4})(?=.)/g, "$1 ") : raw
}

export function iban(r: Rng, country: string): string {
  return formatIban(r, ibanRaw(r, country))
}

/** The right country length and shape, wrong check digits. */
export function ibanBad(r: Rng, country: string): string {
  const good = ibanRaw(r, country)
  let bad = good
  while (mod97(bad) === 1) bad = bad.slice(0, 2) + String(r.int(10, 99)) + bad.slice(4)
  return formatIban(r, bad)
}

export function ssn(r: Rng): string {
  let area = r.int(1, 899)
  if (area === 666) area = 667
  const a = String(area).padStart(3, "0")
  const g = String(r.int(1, 99)).padStart(2, "0")
  const s = String(r.int(1, 9999)).padStart(4, "0")
  return r.pick([`${a}-${g}-${s}`, `${a}-${g}-${s}`, `${a} ${g} ${s}`, `${a}${g}${s}`])
}

const NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
const NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ"
const NINO_BAD = new Set(["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"])

export function nino(r: Rng): string {
  let p = ""
  do p = r.letters(1, NINO_FIRST) + r.letters(1, NINO_SECOND)
  while (NINO_BAD.has(p))
  const d = r.digits(6)
  const s = r.letters(1, "ABCD")
  return r.chance(0.5) ? `${p}${d}${s}` : `${p} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${s}`
}

export function ipv4(r: Rng): string {
  const kind = r.int(0, 3)
  if (kind === 0) return `192.168.${r.int(0, 254)}.${r.int(2, 254)}`
  if (kind === 1) return `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(2, 254)}`
  const first = r.pick([31, 46, 62, 77, 81, 86, 89, 94, 109, 176, 185, 212, 217, 83, 98, 24, 73])
  return `${first}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`
}

const hex = (r: Rng, n: number) => r.letters(n, "0123456789abcdef")

export function ipv6(r: Rng): string {
  const pre = r.pick(["2a02:8108", "2001:16b8", "2a01:0e0a", "2600:1700", "2a00:23c5", "2001:0db8", "2a02:a210"])
  if (r.chance(0.4)) {
    const full = [pre, ...Array.from({ length: 6 }, () => hex(r, 4))].join(":")
    return full
  }
  return `${pre}:${hex(r, 3)}:${hex(r, 4)}::${hex(r, r.int(1, 4))}`
}

export function ip(r: Rng): string {
  return r.chance(0.65) ? ipv4(r) : ipv6(r)
}

/** 15-digit IMEI: a TAC, a serial, a Luhn check digit. */
export function imei(r: Rng): string {
  const body = r.pick(["35", "86", "01", "99"]) + r.digits(12)
  return body + luhnDigit(body)
}

const ICCID_CC: Record<string, string> = { en: "44", de: "49", fr: "33", it: "39", nl: "31", pl: "48", cs: "420" }

/** 19- or 20-digit SIM ICCID starting 89, Luhn-valid. */
export function iccid(r: Rng, lang: string): string {
  const head = "89" + (ICCID_CC[lang] ?? "44")
  const len = r.pick([19, 20])
  const body = head + r.digits(len - head.length - 1)
  return body + luhnDigit(body)
}
