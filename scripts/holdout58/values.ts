// Cards, IBANs, SSNs, NI numbers, IP addresses, and their invalid twins (the lookalikes).
import { luhnDigit, luhnOk, mod97 } from "./checks.ts"
import type { Rng } from "./rng.ts"

const group = (d: string, sizes: number[], sep: string) => { let i = 0; return sizes.map((n) => d.slice(i, (i += n))).join(sep) }

/** A card number under a real issuer prefix, passing Luhn, grouped as printed. */
export function card(r: Rng): string {
  const kind = r.pick(["visa", "visa", "mc", "mc2", "amex", "disc"])
  const head = { visa: "4" + r.digits(5), mc: "5" + (1 + r.int(5)) + r.digits(4), mc2: String(2221 + r.int(500)) + r.digits(2), amex: r.pick(["34", "37"]) + r.digits(4), disc: r.pick(["6011", "65" + r.digits(2)]) + r.digits(2) }[kind]!
  const len = kind === "amex" ? 15 : 16
  const body = head + r.digits(len - 1 - head.length)
  const d = body + luhnDigit(body)
  const sep = r.pick([" ", " ", "-", ""])
  return kind === "amex" ? group(d, [4, 6, 5], sep) : group(d, [4, 4, 4, 4], sep)
}
/** A 16-digit Visa or Mastercard lookalike that fails Luhn: the card a customer mistyped. */
export function badCard(r: Rng): string {
  const head = r.chance(0.5) ? "4" : "5" + (1 + r.int(5))
  const body = head + r.digits(15 - head.length)
  const good = luhnDigit(body)
  const d = body + String((Number(good) + 1 + r.int(9)) % 10)
  return group(d, [4, 4, 4, 4], r.pick([" ", "-", ""]))
}
export const last4 = (c: string) => c.replace(/\D/g, "").slice(-4)

const A = (r: Rng, n: number) => Array.from({ length: n }, () => String.fromCharCode(65 + r.int(26))).join("")
/** The BBAN of a country, with the national check digits this corpus computes (Spain, France, Belgium, Portugal). */
function bban(r: Rng, cc: string): string {
  switch (cc) {
    case "GB": return r.pick(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + r.digits(14)
    case "IE": return r.pick(["AIBK", "BOFI", "IPBS"]) + r.digits(14)
    case "DE": return r.digits(18)
    case "AT": return r.digits(16)
    case "NL": return r.pick(["ABNA", "RABO", "INGB", "SNSB", "TRIO"]) + r.digits(10)
    case "LU": return r.digits(16)
    case "IT": return A(r, 1) + r.digits(22)
    case "BE": { const b = String(1 + r.int(9)) + r.digits(9); const k = Number(BigInt(b) % 97n) || 97; return b + String(k).padStart(2, "0") }
    case "PT": { const b = r.digits(19); const k = 98 - mod97(b + "00"); return b + String(k).padStart(2, "0") }
    case "ES": { const bank = r.digits(8); const acct = r.digits(10); return bank + esDc("00" + bank) + esDc(acct) + acct }
    case "FR": { const b = r.digits(5); const g = r.digits(5); const a = r.digits(11); const key = 97 - ((89 * Number(b) + 15 * Number(g) + 3 * mod97(a)) % 97); return b + g + a + String(key).padStart(2, "0") }
  }
  throw new Error(`no BBAN for ${cc}`)
}
function esDc(x: string): string {
  const w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
  const k = 11 - ([...x].reduce((a, c, i) => a + Number(c) * w[i]!, 0) % 11)
  return String(k === 11 ? 0 : k === 10 ? 1 : k)
}
function withCheck(cc: string, b: string): string {
  const k = 98 - mod97(b + cc + "00")
  return cc + String(k).padStart(2, "0") + b
}
/** Written as printed (groups of four), compact, lower case, or broken over a line after a group. */
export function writeIban(r: Rng, iban: string, canBreak: boolean): string {
  const grouped = iban.match(/.{1,4}/g)!
  const how = r.int(10)
  if (how < 5) return grouped.join(" ")
  if (how < 7) return iban
  if (how < 9 || !canBreak) return grouped.join(" ").toLowerCase()
  const at = 2 + r.int(grouped.length - 3)
  return grouped.slice(0, at).join(" ") + "\n" + grouped.slice(at).join(" ")
}
export const iban = (r: Rng, cc: string) => withCheck(cc, bban(r, cc))
/** The locale's own IBAN shape with check digits that fail mod 97: the one a form rejected. */
export function badIban(r: Rng, cc: string): string {
  const good = iban(r, cc)
  const k = (Number(good.slice(2, 4)) + 1 + r.int(90)) % 100
  const bad = good.slice(0, 2) + String(k).padStart(2, "0") + good.slice(4)
  return mod97(bad.slice(4) + bad.slice(0, 4)) === 1 ? badIban(r, cc) : bad.match(/.{1,4}/g)!.join(" ")
}

/** An SSN: area 001-899 but 666, group 01-99, serial 0001-9999. */
export function ssn(r: Rng): string {
  let a = 1 + r.int(899)
  if (a === 666) a = 667
  return `${String(a).padStart(3, "0")}-${String(1 + r.int(99)).padStart(2, "0")}-${String(1 + r.int(9999)).padStart(4, "0")}`
}
export const badSsn = (r: Rng) => `${r.pick(["000", "666", String(900 + r.int(100))])}-${String(1 + r.int(99)).padStart(2, "0")}-${String(1 + r.int(9999)).padStart(4, "0")}`
const NI1 = "ABCEGHJKLMNOPRSTWXYZ"
const NI2 = "ABCEGHJKLMNPRSTWXYZ"
export function nino(r: Rng): string {
  let p = ""
  do p = NI1[r.int(NI1.length)]! + NI2[r.int(NI2.length)]!
  while (["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"].includes(p))
  const d = r.digits(6)
  const s = "ABCD"[r.int(4)]
  return r.chance(0.5) ? `${p} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${s}` : `${p}${d}${s}`
}
export const badNino = (r: Rng) => `${r.pick(["QQ", "BG", "GB", "NK", "TN", "ZZ", "DA", "FY"])} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${"ABCD"[r.int(4)]}`

/** Documentation and private addresses, IPv4 and IPv6. */
export function ip(r: Rng): string {
  const b = () => 1 + r.int(254)
  const h = () => (r.int(0xffff) + 1).toString(16)
  switch (r.int(6)) {
    case 0: return `192.0.2.${b()}`
    case 1: return `198.51.100.${b()}`
    case 2: return `203.0.113.${b()}`
    case 3: return r.chance(0.5) ? `10.${r.int(256)}.${r.int(256)}.${b()}` : `192.168.${r.int(256)}.${b()}`
    case 4: return `2001:db8:${h()}::${h()}`
    default: return `fd${r.int(256).toString(16).padStart(2, "0")}:${h()}:${h()}::${h()}`
  }
}
export { luhnOk }
