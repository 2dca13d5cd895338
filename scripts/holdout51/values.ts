// Labeled values other than phones and names: cards, IBANs, US SSNs, UK NI numbers, IP addresses; and their
// lookalikes that fail the check (declined cards, mistyped IBANs, never-issued SSNs and NI prefixes).
import { ibanCheck, inert, luhnDigit, luhnOk, mod97 } from "./checks.ts"
import type { Rng } from "./rng.ts"

type CardKind = "visa" | "mc" | "mc2" | "amex" | "disc" | "disc65"
function cardDigits(r: Rng, kind: CardKind): string {
  const body =
    kind === "visa" ? "4" + r.digits(14)
    : kind === "mc" ? "5" + r.int(1, 5) + r.digits(13)
    : kind === "mc2" ? String(r.int(2221, 2720)) + r.digits(11)
    : kind === "amex" ? r.pick(["34", "37"]) + r.digits(12)
    : kind === "disc" ? "6011" + r.digits(11)
    : "65" + r.digits(13)
  return body + luhnDigit(body)
}

export function groupCard(d: string, r: Rng, style = r.int(0, 5)): string {
  const sep = style <= 2 ? " " : style <= 4 ? "-" : ""
  if (d.length === 15) return [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep)
  return (d.match(/.{1,4}/g) ?? []).join(sep)
}

export function card(r: Rng): string {
  const kind = r.pick<CardKind>(["visa", "visa", "visa", "mc", "mc", "mc2", "amex", "disc", "disc65"])
  return groupCard(cardDigits(r, kind), r)
}

/** 16 digits with a Visa or Mastercard prefix that fail Luhn. */
export function luhnBad(r: Rng): string {
  for (;;) {
    const good = cardDigits(r, r.pick<CardKind>(["visa", "mc", "mc2"]))
    const last = (Number(good[15]) + r.int(1, 9)) % 10
    const d = good.slice(0, 15) + last
    if (!luhnOk(d) && inert(d)) return groupCard(d, r, r.pick([0, 1, 3, 5]))
  }
}

export const masked = (r: Rng) => r.pick(["**** **** **** ", "•••• ", "XXXX-XXXX-XXXX-", "**** ", "xxxx xxxx xxxx "]) + r.digits(4)
export const expiry = (r: Rng) => `${String(r.int(1, 12)).padStart(2, "0")}/${r.int(27, 31)}`

const UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
const alnum = (r: Rng, n: number) => Array.from({ length: n }, () => (r.chance(0.2) ? r.pick([...UPPER]) : String(r.int(0, 9)))).join("")
const BBAN: Record<string, (r: Rng) => string> = {
  GB: (r) => r.pick(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA"]) + r.digits(14),
  IE: (r) => r.pick(["AIBK", "BOFI", "IPBS", "ULSB"]) + r.digits(14),
  DE: (r) => String(r.int(1, 8)) + r.digits(17),
  FR: (r) => r.pick(["30004", "30003", "20041", "10278", "30002", "11315"]) + r.digits(5) + r.digits(11) + r.digits(2),
  ES: (r) => r.pick(["2100", "0049", "0182", "0081", "2085", "0128"]) + r.digits(16),
  IT: (r) => r.pick([...UPPER]) + r.pick(["03069", "02008", "05034", "01030", "03111"]) + r.digits(5) + alnum(r, 12),
  NL: (r) => r.pick(["ABNA", "INGB", "RABO", "TRIO", "SNSB", "KNAB"]) + r.digits(10),
  PT: (r) => r.pick(["0035", "0033", "0007", "0010", "0036"]) + r.digits(17),
  PL: (r) => r.digits(24),
  SE: (r) => r.pick(["3000", "5000", "6000", "8000", "9500"]) + r.digits(16),
}
export const IBAN_COUNTRIES = Object.keys(BBAN)

function formatIban(raw: string, r: Rng, style = r.int(0, 9)): string {
  if (style <= 5) return (raw.match(/.{1,4}/g) ?? []).join(" ")
  if (style <= 7) return raw
  return style === 8 ? raw.toLowerCase() : (raw.match(/.{1,4}/g) ?? []).join(" ").toLowerCase()
}

export function iban(r: Rng, cc: string): string {
  const bban = BBAN[cc]!(r)
  return formatIban(cc + ibanCheck(cc, bban) + bban, r)
}

/** The country's shape and length with check digits that do not fit. */
export function ibanBad(r: Rng, cc: string): string {
  for (;;) {
    const bban = BBAN[cc]!(r)
    const good = Number(ibanCheck(cc, bban))
    const raw = cc + String((good + r.int(1, 90)) % 97 + 2).padStart(2, "0").slice(-2) + bban
    if (mod97(raw) !== 1) return formatIban(raw, r, r.int(0, 7))
  }
}

export function ssn(r: Rng): string {
  let area = r.int(1, 899)
  if (area === 666) area = 667
  const parts = [String(area).padStart(3, "0"), String(r.int(1, 99)).padStart(2, "0"), String(r.int(1, 9999)).padStart(4, "0")]
  const style = r.int(0, 9)
  return parts.join(style <= 6 ? "-" : style <= 8 ? " " : "")
}
export function ssnBad(r: Rng): string {
  const area = r.pick(["000", "666", String(r.int(900, 999))])
  return `${area}-${String(r.int(1, 99)).padStart(2, "0")}-${String(r.int(1, 9999)).padStart(4, "0")}`
}

const NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
const NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ"
function ninoForm(prefix: string, digits: string, suffix: string, r: Rng): string {
  return r.chance(0.55) ? `${prefix} ${digits.slice(0, 2)} ${digits.slice(2, 4)} ${digits.slice(4)} ${suffix}` : `${prefix}${digits}${suffix}`
}
export function nino(r: Rng): string {
  for (;;) {
    const prefix = r.pick([...NINO_FIRST]) + r.pick([...NINO_SECOND])
    if (!["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"].includes(prefix)) return ninoForm(prefix, r.digits(6), r.pick(["A", "B", "C", "D"]), r)
  }
}
export function ninoBad(r: Rng): string {
  const prefix = r.pick(["QQ", "BG", "GB", "NK", "TN", "ZZ", "DA", "FY", "QA", "VE", "UK"])
  return ninoForm(prefix, r.digits(6), r.pick(["A", "B", "C", "D"]), r)
}

/** IPv4 from the documentation blocks (RFC 5737) and private ranges. */
export function ip4(r: Rng): string {
  const net = r.pick(["192.0.2", "198.51.100", "203.0.113", "203.0.113", "198.51.100", "10", "192.168", "172"])
  if (net === "10") return `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`
  if (net === "192.168") return `192.168.${r.int(0, 20)}.${r.int(2, 254)}`
  if (net === "172") return `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`
  return `${net}.${r.int(1, 254)}`
}
/** IPv6 from the documentation prefix (RFC 3849), unique-local and link-local, compressed or written out. */
export function ip6(r: Rng): string {
  const h = () => r.int(0, 0xffff).toString(16)
  const style = r.int(0, 4)
  if (style === 0) return `2001:db8:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`
  if (style === 1) return `2001:db8:${h()}::${h()}`
  if (style === 2) return `2001:db8::${h()}:${h()}`
  if (style === 3) return `fe80::${h()}:${h()}:${h()}:${h()}`
  return `fd${r.int(0, 255).toString(16).padStart(2, "0")}:${h()}:${h()}::${r.int(1, 0xfff).toString(16)}`
}
