// Entity values: cards, IBANs, SSNs, NINOs, IPs, emails. All made by code.
import { group4, ibanWith, luhnDigit } from "./checks"
import type { Rng } from "./rng"

type Brand = { prefix: () => string; len: number; groups: number[] }
const brands = (r: Rng): Brand[] => [
  { prefix: () => "4", len: 16, groups: [4, 4, 4, 4] },
  { prefix: () => String(r.int(51, 55)), len: 16, groups: [4, 4, 4, 4] },
  { prefix: () => String(r.int(2221, 2720)), len: 16, groups: [4, 4, 4, 4] },
  { prefix: () => r.pick(["34", "37"]), len: 15, groups: [4, 6, 5] },
  { prefix: () => r.pick(["6011", "65", String(r.int(644, 649))]), len: 16, groups: [4, 4, 4, 4] },
  { prefix: () => String(r.int(3528, 3589)), len: 16, groups: [4, 4, 4, 4] },
  { prefix: () => "4", len: 19, groups: [4, 4, 4, 4, 3] },
]

function grouped(d: string, groups: number[], sep: string): string {
  const out: string[] = []
  let i = 0
  for (const g of groups) {
    out.push(d.slice(i, i + g))
    i += g
  }
  return out.join(sep)
}

export function card(r: Rng): string {
  const b = r.pick(brands(r))
  const p = b.prefix()
  const body = p + r.digits(b.len - p.length - 1)
  const pan = body + String(luhnDigit(body))
  return grouped(pan, b.groups, r.pick([" ", " ", "-", ""]))
}

/** 16 digits that fail Luhn (the check digit shifted by 1-9). */
export function badCard(r: Rng): string {
  const body = r.pick(["4", "5", "6"]) + r.digits(14)
  const wrong = (luhnDigit(body) + r.int(1, 9)) % 10
  return grouped(body + String(wrong), [4, 4, 4, 4], r.pick([" ", "-", ""]))
}

const BBAN: Record<string, (r: Rng) => string> = {
  RO: (r) => r.letters(4, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") + r.digits(16),
  HU: (r) => r.digits(24),
  HR: (r) => r.digits(17),
  SK: (r) => r.digits(20),
  SI: (r) => r.digits(15),
  LT: (r) => r.digits(16),
  EE: (r) => r.digits(16),
  GB: (r) => r.pick(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + r.digits(14),
  IE: (r) => r.pick(["AIBK", "BOFI", "IPBS"]) + r.digits(14),
  DE: (r) => r.digits(18),
  AT: (r) => r.digits(16),
}

export const IBAN_COUNTRIES = Object.keys(BBAN)

export function iban(r: Rng, country: string): string {
  const s = ibanWith(country, BBAN[country]!(r))
  return r.chance(0.6) ? group4(s) : s
}

/** The right country and length, check digits that do not give remainder 1. */
export function badIban(r: Rng, country: string): string {
  const good = ibanWith(country, BBAN[country]!(r))
  const check = (Number(good.slice(2, 4)) + r.int(1, 40)) % 97
  const bad = good.slice(0, 2) + String(check < 2 ? check + 10 : check).padStart(2, "0") + good.slice(4)
  return r.chance(0.6) ? group4(bad) : bad
}

export function ssn(r: Rng): string {
  let area = r.int(1, 899)
  if (area === 666) area = 667
  const a = String(area).padStart(3, "0")
  const g = String(r.int(1, 99)).padStart(2, "0")
  const s = String(r.int(1, 9999)).padStart(4, "0")
  return r.pick([`${a}-${g}-${s}`, `${a}-${g}-${s}`, `${a} ${g} ${s}`, `${a}${g}${s}`])
}

export function nino(r: Rng): string {
  const first = "ABCEGHJKLMNOPRSTWXYZ"
  const second = "ABCEGHJKLMNPRSTWXYZ"
  let prefix = "GB"
  while (["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"].includes(prefix)) prefix = r.letters(1, first) + r.letters(1, second)
  const d = r.digits(6)
  const suffix = r.letters(1, "ABCD")
  return r.chance(0.5) ? `${prefix}${d}${suffix}` : `${prefix} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${suffix}`
}

export function ipv4(r: Rng): string {
  const kind = r.int(0, 3)
  if (kind === 0) return `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`
  if (kind === 1) return `192.168.${r.int(0, 255)}.${r.int(1, 254)}`
  return `${r.pick([31, 46, 79, 86, 89, 109, 176, 188, 213])}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`
}

const hex4 = (r: Rng) => r.int(0, 0xffff).toString(16)
export function ipv6(r: Rng): string {
  const head = r.pick(["2a02", "2001", "2a01", "2a00", "2600", "fe80"])
  if (r.chance(0.35)) {
    const groups = [head, ...Array.from({ length: 7 }, () => hex4(r).padStart(4, "0"))]
    return groups.join(":")
  }
  const left = [head, ...Array.from({ length: r.int(1, 3) }, () => hex4(r))]
  const right = Array.from({ length: r.int(1, 2) }, () => hex4(r))
  return `${left.join(":")}::${right.join(":")}`
}

export function fold(s: string): string {
  const map: Record<string, string> = { đ: "d", Đ: "D", ł: "l", ß: "ss", ø: "o", "'": "" }
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐłßø']/g, (c) => map[c] ?? c)
}

export function email(r: Rng, first: string, last: string, domains: string[]): string {
  const f = fold(first).toLowerCase().replace(/[^a-z-]/g, "")
  const l = fold(last).toLowerCase().replace(/[^a-z-]/g, "")
  const shapes = [
    `${f}.${l}`,
    `${f[0]}.${l}`,
    `${f}_${l}${r.int(1, 99)}`,
    `${l}.${f}`,
    `${f}${l}${r.int(70, 99)}`,
    `${f}.${l}+${r.pick(["rental", "booking", "travel", "claims"])}`,
    `${f[0]}${l}`,
    `${l}-${f[0]}`,
  ]
  return `${r.pick(shapes)}@${r.pick(domains)}`
}
