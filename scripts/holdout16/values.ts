// Generators for the entity values: cards, IBANs, SSNs, NINOs, IPs, emails.
import { ibanCheck, luhnCheckDigit } from "./checks.ts"
import type { Rng } from "./rng.ts"

type Brand = { prefix: (r: Rng) => string; len: number; groups: number[] }
const BRANDS: Record<string, Brand> = {
  visa: { prefix: () => "4", len: 16, groups: [4, 4, 4, 4] },
  visa13: { prefix: () => "4", len: 13, groups: [4, 4, 5] },
  mastercard: { prefix: (r) => String(r.int(51, 55)), len: 16, groups: [4, 4, 4, 4] },
  mc2: { prefix: (r) => String(r.int(2221, 2720)), len: 16, groups: [4, 4, 4, 4] },
  amex: { prefix: (r) => r.pick(["34", "37"]), len: 15, groups: [4, 6, 5] },
  discover: { prefix: (r) => r.pick(["6011", "65", String(r.int(644, 649))]), len: 16, groups: [4, 4, 4, 4] },
  jcb: { prefix: (r) => String(r.int(3528, 3589)), len: 16, groups: [4, 4, 4, 4] },
  diners: { prefix: (r) => r.pick(["36", "300", "305"]), len: 14, groups: [4, 6, 4] },
  visa19: { prefix: () => "4", len: 19, groups: [4, 4, 4, 4, 3] },
}
export const CARD_BRANDS = Object.keys(BRANDS)

function group(digits: string, groups: number[], sep: string): string {
  const out: string[] = []
  let i = 0
  for (const g of groups) {
    out.push(digits.slice(i, i + g))
    i += g
  }
  return out.join(sep)
}

function cardDigits(r: Rng, brand: Brand): string {
  const p = brand.prefix(r)
  const body = p + r.digits(brand.len - p.length - 1)
  return body + String(luhnCheckDigit(body))
}

/** A Luhn-valid PAN of a real brand's IIN and length, grouped as people write it. */
export function card(r: Rng, brandName?: string): string {
  const brand = BRANDS[brandName ?? r.pick(CARD_BRANDS)] as Brand
  const d = cardDigits(r, brand)
  const sep = r.pick([" ", " ", "-", ""])
  return sep === "" ? d : group(d, brand.groups, sep)
}

/** Card-shaped, 16 digits, wrong check digit. */
export function badCard(r: Rng): string {
  const d = cardDigits(r, BRANDS[r.pick(["visa", "mastercard", "discover"])] as Brand)
  const wrong = (Number(d[15]) + r.int(1, 9)) % 10
  const bad = d.slice(0, 15) + String(wrong)
  return r.chance(0.3) ? bad : group(bad, [4, 4, 4, 4], r.pick([" ", "-"]))
}

const BBAN: Record<string, (r: Rng) => string> = {
  ES: (r) => r.digits(20),
  PT: (r) => "0" + r.digits(20),
  IT: (r) => r.pick(["X", "A", "K", "M"]) + r.digits(10) + r.digits(12),
  PL: (r) => r.digits(24),
  CZ: (r) => r.pick(["0800", "0100", "2010", "0300"]) + r.digits(16),
  FI: (r) => r.digits(14),
  EE: (r) => r.pick(["22", "10", "77"]) + r.digits(14),
  GB: (r) => r.pick(["NWBK", "BARC", "LOYD", "MIDL"]) + r.digits(14),
  IE: (r) => r.pick(["AIBK", "BOFI"]) + r.digits(14),
  DE: (r) => r.digits(18),
  FR: (r) => r.digits(23),
  NL: (r) => r.pick(["ABNA", "INGB", "RABO"]) + r.digits(10),
}
export const IBAN_COUNTRIES = Object.keys(BBAN)

function ibanFormat(r: Rng, raw: string): string {
  return r.chance(0.65) ? (raw.match(/.{1,4}/g) ?? []).join(" ") : raw
}

/** An IBAN with correct mod-97 check digits. */
export function iban(r: Rng, cc: string): string {
  const bban = (BBAN[cc] as (r: Rng) => string)(r)
  return ibanFormat(r, cc + ibanCheck(cc, bban) + bban)
}

/** Same shape and length, check digits wrong. */
export function badIban(r: Rng, cc: string): string {
  const bban = (BBAN[cc] as (r: Rng) => string)(r)
  const good = Number(ibanCheck(cc, bban))
  const wrong = String(((good - 2 + r.int(1, 96)) % 97) + 2).padStart(2, "0")
  return ibanFormat(r, cc + (wrong === String(good).padStart(2, "0") ? "00" : wrong) + bban)
}

export function ssn(r: Rng): string {
  let area = r.int(1, 899)
  if (area === 666) area = 667
  const a = String(area).padStart(3, "0")
  const g = String(r.int(1, 99)).padStart(2, "0")
  const s = String(r.int(1, 9999)).padStart(4, "0")
  return r.pick([`${a}-${g}-${s}`, `${a}-${g}-${s}`, `${a} ${g} ${s}`, `${a}${g}${s}`])
}

export function badSsn(r: Rng): string {
  const a = r.pick(["000", "666", String(r.int(900, 999))])
  return `${a}-${String(r.int(1, 99)).padStart(2, "0")}-${String(r.int(1, 9999)).padStart(4, "0")}`
}

const NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
const NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ"
const NINO_BAD_PREFIX = ["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"]

export function nino(r: Rng): string {
  let prefix = ""
  do prefix = r.pick([...NINO_FIRST]) + r.pick([...NINO_SECOND])
  while (NINO_BAD_PREFIX.includes(prefix))
  const d = r.digits(6)
  const suf = r.pick(["A", "B", "C", "D"])
  return r.chance(0.5) ? `${prefix}${d}${suf}` : `${prefix} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${suf}`
}

export function badNino(r: Rng): string {
  return `${r.pick(["QQ", "GB", "BG", "DA", "FY", "NT", "ZZ"])}${r.digits(6)}${r.pick(["A", "C"])}`
}

export function ipv4(r: Rng): string {
  const kind = r.int(0, 3)
  if (kind === 0) return `192.168.${r.int(0, 20)}.${r.int(2, 254)}`
  if (kind === 1) return `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(2, 254)}`
  return `${r.pick([81, 88, 94, 145, 178, 203, 37, 62, 85, 212])}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`
}

const hex = (r: Rng): string => r.int(0, 0xffff).toString(16)
export function ipv6(r: Rng): string {
  const kind = r.int(0, 2)
  const head = r.pick(["2001:db8", "2a02:1810", "2001:4860", "2a00:23c5", "2406:e000"])
  if (kind === 0) return `${head}:${hex(r)}:${hex(r)}:${hex(r)}:${hex(r)}:${hex(r)}:${hex(r)}`
  if (kind === 1) return `${head}:${hex(r)}::${hex(r)}:${hex(r)}`
  return r.pick([`fe80::${hex(r)}:${hex(r)}:${hex(r)}:${hex(r)}`, `${head}::${hex(r)}`])
}

export function ascii(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ł/g, "l").replace(/Ł/g, "L").replace(/ø/g, "o").replace(/ß/g, "ss")
    .replace(/[^A-Za-z0-9]/g, "")
}

/** Email of many shapes, mostly from the person's own name. */
export function email(r: Rng, first: string, last: string, domains: readonly string[]): string {
  const f = ascii(first).toLowerCase()
  const l = ascii(last).toLowerCase()
  const d = r.pick(domains)
  const shapes = [
    `${f}.${l}@${d}`, `${f[0]}${l}@${d}`, `${f}${l}${r.int(1, 99)}@${d}`, `${f}_${l}@${d}`,
    `${f}.${l}+${r.pick(["tickets", "game", "parking", "lease", "shop"])}@${d}`, `${l}.${f}@${d}`,
    `${f}-${l}@${d}`, `${f[0]}.${l}@${r.pick(["mail", "post", "student"])}.${d}`, `${f}${r.int(1970, 2008)}@${d}`,
  ]
  return r.pick(shapes)
}
