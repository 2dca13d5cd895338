// Checksummed identifiers (cards, IBANs, SSNs, NINOs), IPs, emails, and
// their invalid lookalikes. Everything is drawn from the seeded Rng.
import type { Rng } from "./render.ts"

const digits = (rng: Rng, n: number) => Array.from({ length: n }, () => String(rng.int(0, 9))).join("")

export function luhnCheckDigit(body: string): number {
  let sum = 0
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i])
    if (i % 2 === 0) d *= 2
    if (d > 9) d -= 9
    sum += d
  }
  return (10 - (sum % 10)) % 10
}

const BRANDS: { prefix: (r: Rng) => string; len: number; amex?: boolean }[] = [
  { prefix: () => "4", len: 16 },
  { prefix: (r) => String(r.int(51, 55)), len: 16 },
  { prefix: (r) => String(r.int(2221, 2720)), len: 16 },
  { prefix: (r) => r.pick(["34", "37"]), len: 15, amex: true },
  { prefix: (r) => r.pick(["6011", "65", String(r.int(644, 649))]), len: 16 },
  { prefix: (r) => String(r.int(3528, 3589)), len: 16 },
]

function groupCard(pan: string, amex: boolean, sep: string): string {
  if (sep === "") return pan
  if (amex) return [pan.slice(0, 4), pan.slice(4, 10), pan.slice(10)].join(sep)
  return pan.match(/.{1,4}/g)!.join(sep)
}

/** A Luhn-valid PAN of a real brand's IIN and length, grouped as people write it. */
export function card(rng: Rng): string {
  const b = rng.pick(BRANDS)
  const p = b.prefix(rng)
  const body = p + digits(rng, b.len - 1 - p.length)
  return groupCard(body + luhnCheckDigit(body), !!b.amex, rng.pick([" ", " ", "-", ""]))
}

/** Same shape, check digit off by 1-9. */
export function badCard(rng: Rng): string {
  const p = rng.pick(["4", "5" + rng.int(1, 5), "6011", "4"])
  const body = p + digits(rng, 15 - p.length)
  const bad = (luhnCheckDigit(body) + rng.int(1, 9)) % 10
  return groupCard(body + bad, false, rng.pick([" ", "-", ""]))
}

export function mod97(s: string): number {
  const moved = (s.slice(4) + s.slice(0, 4)).replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55))
  let r = 0
  for (const ch of moved) r = (r * 10 + Number(ch)) % 97
  return r
}

// a: capital letter, n: digit. Per-country BBAN shapes (total lengths GB 22, ES 24, IT 27, PT 25, DE 22, FR 27, NL 18, IE 22, BE 16).
const BBAN: Record<string, string> = {
  GB: "aaaannnnnnnnnnnnnn", IE: "aaaannnnnnnnnnnnnn", ES: "nnnnnnnnnnnnnnnnnnnn", IT: "annnnnnnnnnnnnnnnnnnnnn",
  PT: "nnnnnnnnnnnnnnnnnnnnn", DE: "nnnnnnnnnnnnnnnnnn", FR: "nnnnnnnnnnnnnnnnnnnnnnn", NL: "aaaannnnnnnnnn", BE: "nnnnnnnnnnnn",
}

function bban(rng: Rng, cc: string): string {
  const shape = BBAN[cc]
  if (!shape) throw new Error(`no BBAN shape for ${cc}`)
  return [...shape].map((c) => (c === "a" ? String.fromCharCode(65 + rng.int(0, 25)) : String(rng.int(0, 9)))).join("")
}

const groupIban = (raw: string, grouped: boolean) => (grouped ? raw.match(/.{1,4}/g)!.join(" ") : raw)

export function iban(rng: Rng, cc: string): string {
  const b = bban(rng, cc)
  const check = 98 - mod97(`${cc}00${b}`)
  return groupIban(`${cc}${String(check).padStart(2, "0")}${b}`, rng.chance(0.6))
}

/** Right country and length, check digits that leave a mod-97 remainder other than 1. */
export function badIban(rng: Rng, cc: string): string {
  const b = bban(rng, cc)
  const good = 98 - mod97(`${cc}00${b}`)
  const check = (good + rng.int(1, 90)) % 97 || 42
  const raw = `${cc}${String(check).padStart(2, "0")}${b}`
  if (mod97(raw) === 1) return badIban(rng, cc)
  return groupIban(raw, rng.chance(0.6))
}

export function ssn(rng: Rng): string {
  let area = rng.int(1, 899)
  if (area === 666) area = 667
  const parts = [String(area).padStart(3, "0"), String(rng.int(1, 99)).padStart(2, "0"), String(rng.int(1, 9999)).padStart(4, "0")]
  return parts.join(rng.pick(["-", "-", " ", ""]))
}

const NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
const NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ"
const NINO_BAD_PREFIX = new Set(["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"])

export function nino(rng: Rng): string {
  let prefix = ""
  do prefix = rng.pick([...NINO_FIRST]) + rng.pick([...NINO_SECOND])
  while (NINO_BAD_PREFIX.has(prefix))
  const d = digits(rng, 6)
  const suffix = rng.pick(["A", "B", "C", "D"])
  return rng.chance(0.5) ? `${prefix}${d}${suffix}` : `${prefix} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${suffix}`
}

export function ipv4(rng: Rng): string {
  const kind = rng.int(0, 3)
  if (kind === 0) return `10.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`
  if (kind === 1) return `192.168.${rng.int(0, 255)}.${rng.int(1, 254)}`
  return `${rng.pick([81, 86, 101, 142, 154, 176, 197, 203])}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`
}

export function ipv6(rng: Rng): string {
  const h = () => rng.int(0, 0xffff).toString(16)
  const head = rng.pick(["2001:db8", "2a02:c7f", "2405:201", "2c0f:f4c0", "fe80:0"])
  if (rng.chance(0.5)) return `${head}:${h()}:${h()}::${h()}`
  return `${head}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`
}

const ascii = (s: string) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[^A-Za-z]/g, "").toLowerCase()

/** An address derived from the person's name, in one of several shapes. */
export function email(rng: Rng, first: string, last: string, domains: readonly string[]): string {
  const f = ascii(first) || "info"
  const l = ascii(last) || "user"
  const d = rng.pick(domains)
  const local = rng.pick([`${f}.${l}`, `${f[0]}${l}`, `${f}_${l}${rng.int(1, 99)}`, `${f}.${l}+${rng.pick(["gym", "uni", "dental"])}`, `${l}.${f}${rng.int(70, 99)}`, `${f}${rng.int(100, 999)}`])
  return `${local}@${d}`
}

export { digits }
