// Cards, IBANs, SSNs, NI numbers and IP addresses, and their invalid twins (the hard negatives that fail the check).
import { esDc, ibanMod, ibanOf, luhnDigit, mod9710, noMod11, ribKey } from "./checks.ts"
import type { Rng } from "./rng.ts"

const group = (s: string, sizes: number[], sep: string) => {
  const out: string[] = []
  let at = 0
  for (const n of sizes) { out.push(s.slice(at, at + n)); at += n }
  return out.join(sep)
}
type Issuer = "visa" | "mastercard" | "amex" | "discover"
function cardPrefix(r: Rng, k: Issuer): string {
  if (k === "visa") return "4" + r.digits(3)
  if (k === "mastercard") return r.chance(0.7) ? `5${r.range(1, 5)}${r.digits(2)}` : String(r.range(2221, 2720))
  if (k === "amex") return r.pick(["34", "37"]) + r.digits(2)
  return r.chance(0.5) ? "6011" : `65${r.digits(2)}`
}
/** A card number under a real issuer prefix that passes Luhn, grouped by spaces, dashes or not at all. */
export function card(r: Rng, k: Issuer = r.pick(["visa", "visa", "mastercard", "mastercard", "amex", "discover"] as const)): string {
  const len = k === "amex" ? 15 : 16
  const body = cardPrefix(r, k) + r.digits(len - 5)
  const d = body + luhnDigit(body)
  const sep = r.pick([" ", " ", "-", ""])
  return k === "amex" ? group(d, [4, 6, 5], sep) : group(d, [4, 4, 4, 4], sep)
}
/** A Visa- or Mastercard-shaped sixteen digits whose Luhn check fails: the card a customer mistyped. */
export function badCard(r: Rng): string {
  const body = cardPrefix(r, r.pick(["visa", "mastercard"] as const)) + r.digits(11)
  const good = luhnDigit(body)
  const d = body + String((Number(good) + r.range(1, 9)) % 10)
  return group(d, [4, 4, 4, 4], r.pick([" ", "-", ""]))
}
export const lastFour = (c: string) => c.replace(/\D/g, "").slice(-4)

const A = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
const letters = (r: Rng, n: number) => Array.from({ length: n }, () => r.pick([...A])).join("")
/** A BBAN per country, with the national check digits this corpus computes (NO, FI, ES, MC, FR, RS, ME, BA, MK). */
function bban(r: Rng, cc: string): string {
  const n = (k: number) => r.digits(k)
  switch (cc) {
    case "GB": return r.pick(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + n(14)
    case "IE": return r.pick(["AIBK", "BOFI"]) + n(14)
    case "MU": return r.pick(["BOMM", "MCBL"]) + n(2) + n(2) + n(12) + "000MUR"
    case "GI": return r.pick(["NWBK", "GIBK"]) + n(15)
    case "FI": { const b = r.pick(["1", "5", "8", "4"]) + n(12); return b + luhnDigit(b) }
    case "SE": return r.pick(["500", "800", "600"]) + n(17)
    case "DK": return n(14)
    case "NO": { for (;;) { const b = n(10); const k = noMod11(b); if (k) return b + k } }
    case "MC": case "FR": { const b = n(5), s = n(5), a = n(11); return b + s + a + ribKey(b, s, a) }
    case "SM": case "IT": return letters(r, 1) + n(5) + n(5) + n(12)
    case "LI": case "CH": return n(5) + n(12)
    case "AT": return n(16)
    case "MD": return r.pick(["AG", "MO", "VI", "EX"]) + n(18)
    case "RO": return r.pick(["BTRL", "RNCB", "BRDE", "INGB"]) + n(16)
    case "CY": return n(3) + n(5) + n(16)
    case "GR": return n(3) + n(4) + n(16)
    case "RS": case "ME": { const b = n(16); return b + mod9710(b) }
    case "BA": { const b = n(14); return b + mod9710(b) }
    case "ES": { const b = r.pick(["2080", "0049", "2100", "0081", "0182"]), s = n(4), a = n(10); return b + s + esDc(b, s, a) + a }
    case "PT": return n(21)
    case "AL": return n(8) + n(16)
    case "XK": return n(16)
    case "MK": { const b = n(13); return b + mod9710(b) }
    default: throw new Error(`holdout57: no BBAN for ${cc}`)
  }
}
export type IbanStyle = "grouped" | "compact" | "lower" | "broken"
const styleIban = (s: string, style: IbanStyle) => {
  const g = s.replace(/(.{4})(?!$)/g, "$1 ")
  if (style === "compact") return s
  if (style === "lower") return g.toLowerCase()
  if (style === "broken") { const parts = g.split(" "); const at = Math.ceil(parts.length / 2); return `${parts.slice(0, at).join(" ")}\n${parts.slice(at).join(" ")}` }
  return g
}
/** A valid IBAN of the country in a style. */
export const iban = (r: Rng, cc: string, style: IbanStyle) => styleIban(ibanOf(cc, bban(r, cc)), style)
/** The same country's shape and length with check digits that fail mod 97: the IBAN a form rejected. */
export function badIban(r: Rng, cc: string): string {
  const good = ibanOf(cc, bban(r, cc))
  for (;;) {
    const s = good.slice(0, 2) + String(r.range(2, 98)).padStart(2, "0") + good.slice(4)
    if (ibanMod(s) !== 1) return styleIban(s, r.pick(["grouped", "compact"]))
  }
}

/** An SSN: area 001-899 but not 666, group 01-99, serial 0001-9999. */
export function ssn(r: Rng): string {
  let a = 0
  while (a === 0 || a === 666) a = r.range(1, 899)
  const s = `${String(a).padStart(3, "0")}-${String(r.range(1, 99)).padStart(2, "0")}-${String(r.range(1, 9999)).padStart(4, "0")}`
  return r.chance(0.15) ? s.replace(/-/g, " ") : s
}
export const badSsn = (r: Rng) => `${r.pick(["000", "666", `9${r.digits(2)}`])}-${String(r.range(1, 99)).padStart(2, "0")}-${String(r.range(1, 9999)).padStart(4, "0")}`
const NINO1 = "ABCEGHJKLMNOPRSTWXYZ"
const NINO2 = "ABCEGHJKLMNPRSTWXYZ"
/** A National Insurance number: allowed prefix letters, six digits, suffix A-D; spaced or not. */
export function nino(r: Rng): string {
  let p = ""
  while (!p || ["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"].includes(p)) p = r.pick([...NINO1]) + r.pick([...NINO2])
  const d = r.digits(6)
  const s = r.pick(["A", "B", "C", "D"])
  return r.chance(0.6) ? `${p} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${s}` : `${p}${d}${s}`
}
export const badNino = (r: Rng) => `${r.pick(["QQ", "BG", "GB", "NK", "TN", "ZZ", "DA", "FY"])} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.pick(["A", "B", "C", "D"])}`

/** An IPv4 address from the documentation and private ranges, or an IPv6 one (documentation, unique-local). */
export function ip(r: Rng, v6 = r.chance(0.35)): string {
  if (v6) {
    const h = () => r.int(0x10000).toString(16)
    return r.chance(0.5) ? `2001:db8:${h()}::${h()}` : `fd${r.int(256).toString(16).padStart(2, "0")}:${h()}:${h()}::${r.range(1, 255).toString(16)}`
  }
  const head = r.pick(["192.0.2", "198.51.100", "203.0.113", `10.${r.int(256)}.${r.int(256)}`, `192.168.${r.int(256)}`])
  return `${head}.${r.range(1, 254)}`
}
