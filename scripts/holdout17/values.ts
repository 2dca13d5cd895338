// Entity values: cards, IBANs, SSNs, NINOs, IPs and emails, all valid by construction.
import { cardLike, ibanCheck, ibanOk, luhnDigit, luhnOk } from "./checks.ts"
import type { Rng } from "./rng.ts"

const BRANDS: Array<[() => string, number, string]> = [
  [() => "4", 16, "4444"], [() => "4", 13, "445"], [() => "4", 19, "44443"],
  [() => String(51 + Math.floor(0)), 16, "4444"], [() => "55", 16, "4444"], [() => "2221", 16, "4444"], [() => "2720", 16, "4444"],
  [() => "34", 15, "465"], [() => "37", 15, "465"], [() => "6011", 16, "4444"], [() => "65", 16, "4444"],
  [() => "645", 16, "4444"], [() => "3530", 16, "4444"], [() => "3589", 16, "4444"],
]

function group(d: string, shape: string, sep: string): string {
  const parts: string[] = []
  let i = 0
  for (const n of shape) {
    parts.push(d.slice(i, i + Number(n)))
    i += Number(n)
  }
  return parts.join(sep)
}

export function card(rng: Rng): string {
  const [iin, len, shape] = rng.pick(BRANDS)
  let prefix = iin()
  if (prefix === "2221") prefix = String(rng.int(2221, 2720))
  if (prefix === "51") prefix = String(rng.int(51, 55))
  if (prefix === "3530") prefix = String(rng.int(3528, 3589))
  if (prefix === "645") prefix = String(rng.int(644, 649))
  const body = prefix + rng.digits(len - prefix.length - 1)
  const d = body + luhnDigit(body)
  const sep = rng.pick([" ", " ", "-", ""])
  return sep === "" ? d : group(d, shape, sep)
}

/** 16 digits that fail Luhn (a card with a mistyped digit, or a reference). */
export function badCard(rng: Rng): string {
  for (;;) {
    const d = rng.pick(["4", "5", "37", "6011", "9"]) + rng.digits(14)
    const full = (d + rng.digits(16)).slice(0, 16)
    if (luhnOk(full)) continue
    return rng.pick([full, group(full, "4444", " "), group(full, "4444", "-")])
  }
}

const IBAN: Record<string, (rng: Rng) => string> = {
  NL: (r) => r.pick(["ABNA", "INGB", "RABO", "TRIO", "SNSB"]) + r.digits(10),
  BE: (r) => r.digits(12),
  SE: (r) => r.digits(20),
  DK: (r) => r.digits(14),
  NO: (r) => r.digits(11),
  RO: (r) => r.pick(["BTRL", "RNCB", "BRDE", "INGB"]) + r.digits(16),
  HU: (r) => r.digits(24),
  HR: (r) => r.digits(17),
  IE: (r) => r.pick(["AIBK", "BOFI", "IPBS"]) + r.digits(14),
  MT: (r) => r.pick(["VALL", "MALT", "APSB"]) + r.digits(5) + r.digits(18),
  GB: (r) => r.pick(["NWBK", "BARC", "HBUK", "MIDL"]) + r.digits(14),
  DE: (r) => r.digits(18),
}
export const IBAN_COUNTRIES = Object.keys(IBAN)

function groupIban(s: string, grouped: boolean): string {
  return grouped ? s.replace(/(.{4})(?=.)/g, "$1 ") : s
}

export function iban(rng: Rng, country: string): string {
  const make = IBAN[country]
  if (!make) throw new Error(`no IBAN for ${country}`)
  const bban = make(rng)
  return groupIban(country + ibanCheck(country, bban) + bban, rng.chance(0.6))
}

export function badIban(rng: Rng, country: string): string {
  const make = IBAN[country]
  if (!make) throw new Error(`no IBAN for ${country}`)
  for (;;) {
    const s = country + rng.digits(2) + make(rng)
    if (!ibanOk(s)) return groupIban(s, rng.chance(0.6))
  }
}

export function ssn(rng: Rng): string {
  let area = rng.int(1, 899)
  if (area === 666) area = 667
  const a = String(area).padStart(3, "0")
  const g = String(rng.int(1, 99)).padStart(2, "0")
  const s = String(rng.int(1, 9999)).padStart(4, "0")
  return rng.pick([`${a}-${g}-${s}`, `${a}-${g}-${s}`, `${a} ${g} ${s}`, `${a}${g}${s}`])
}

export function nino(rng: Rng): string {
  const first = "ABCEGHJKLMNOPRSTWXYZ"
  const second = "ABCEGHJKLMNPRSTWXYZ"
  for (;;) {
    const p = rng.pick([...first]) + rng.pick([...second])
    if (["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"].includes(p)) continue
    const d = rng.digits(6)
    const suf = rng.pick(["A", "B", "C", "D"])
    return rng.chance(0.5) ? `${p}${d}${suf}` : `${p} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${suf}`
  }
}

export function ipv4(rng: Rng): string {
  if (rng.chance(0.25)) return rng.pick([`10.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`, `192.168.${rng.int(0, 255)}.${rng.int(1, 254)}`, `172.${rng.int(16, 31)}.${rng.int(0, 255)}.${rng.int(1, 254)}`])
  const first = rng.pick([31, 37, 46, 78, 80, 81, 86, 89, 91, 94, 109, 149, 176, 185, 188, 193, 212, 217, 49, 101, 124, 142, 203])
  return `${first}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`
}

export function ipv6(rng: Rng): string {
  const h = () => rng.int(0, 0xffff).toString(16)
  const pre = rng.pick(["2a02:8084", "2001:4860", "2a01:4f8", "2c0f:f738", "2401:4900", "2603:3020", "2a00:1450"])
  const form = rng.int(0, 2)
  if (form === 0) return `${pre}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`
  if (form === 1) return `${pre}:${h()}::${h()}:${h()}`
  return `${pre}::${h()}`
}

const FOLD: Record<string, string> = { ø: "o", æ: "ae", å: "a", ß: "ss", đ: "d", ł: "l", ı: "i", œ: "oe" }
export function asciiFold(s: string): string {
  return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[øæåßđłıœ]/g, (c) => FOLD[c] ?? c).replace(/[^a-z]/g, "")
}

export function email(rng: Rng, first: string, last: string, domains: readonly string[]): string {
  const f = asciiFold(first)
  const l = asciiFold(last)
  const d = rng.pick(domains)
  const local = rng.pick([`${f}.${l}`, `${f}${l}`, `${f[0]}${l}`, `${f}_${l}${rng.int(1, 99)}`, `${l}.${f}`, `${f}.${l}+${rng.pick(["uni", "orders", "move", "rx"])}`, `${f}${rng.int(80, 2008)}`, `${f}-${l}`])
  return `${local}@${d}`
}

/** True when a lookalike could rightly be taken for a card: regenerate it then. */
export const tooCardLike = cardLike
