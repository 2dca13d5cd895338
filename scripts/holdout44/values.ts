// The personal values (cards, IBANs, SSNs, NINOs, IP addresses) and their invalid lookalikes.
import type { Rng } from "./rng.ts"

export function luhnOk(d: string): boolean {
  let sum = 0
  for (let i = 0; i < d.length; i++) {
    const x = Number(d[d.length - 1 - i]) * (i % 2 ? 2 : 1)
    sum += x > 9 ? x - 9 : x
  }
  return sum % 10 === 0
}
function luhnComplete(body: string): string {
  for (let c = 0; c < 10; c++) if (luhnOk(body + c)) return body + c
  throw new Error("unreachable")
}
const group = (d: string, sizes: number[], sep: string) => {
  const out: string[] = []
  let at = 0
  for (const n of sizes) out.push(d.slice(at, (at += n)))
  return out.join(sep)
}

/** A card number, Luhn-valid, written with spaces, dashes or compact. */
export function card(r: Rng, sep = r.pick([" ", " ", "-", ""])): string {
  const kind = r.pick(["visa", "visa", "mc", "mc2", "amex"])
  if (kind === "amex") return group(luhnComplete(r.pick(["34", "37"]) + r.digits(12)), [4, 6, 5], sep)
  const pre = kind === "visa" ? "4" + r.digits(5) : kind === "mc" ? "5" + (1 + r.int(5)) + r.digits(4) : String(2221 + r.int(500)) + r.digits(2)
  return group(luhnComplete(pre + r.digits(9)), [4, 4, 4, 4], sep)
}
/** Sixteen digits with a Visa or Mastercard prefix whose Luhn check fails. */
export function luhnInvalid(r: Rng, sep = r.pick([" ", "-", ""])): string {
  const body = r.pick(["4", "5" + (1 + r.int(5))]) + r.digits(13)
  const body15 = body.slice(0, 15).padEnd(15, "0")
  const good = Number(luhnComplete(body15)[15])
  return group(body15 + String((good + 1 + r.int(9)) % 10), [4, 4, 4, 4], sep)
}
export const maskedCard = (r: Rng) => r.pick([`**** **** **** ${r.digits(4)}`, `XXXX-XXXX-XXXX-${r.digits(4)}`, `•••• ${r.digits(4)}`, `************${r.digits(4)}`])

// BBAN shapes: n digit, a capital letter, c either.
const BBAN: Record<string, string> = {
  IE: "4a14n", MT: "4a5n18c", NO: "11n", DK: "14n", IS: "22n", HU: "24n", SK: "20n", SI: "15n", LT: "16n", LV: "4a13c", BG: "4a6n8c",
  UA: "6n19n", RS: "18n", PT: "21n", ES: "20n", LU: "3n13c", BE: "12n", CH: "5n12c", NL: "4a10n", DE: "18n",
}
const BANKS: Record<string, string[]> = { IE: ["AIBK", "BOFI", "IPBS"], MT: ["VALL", "MMEB", "APSB"], LV: ["HABA", "UNLA", "RIKO"], BG: ["UNCR", "BPBI", "FINV"], NL: ["ABNA", "INGB", "RABO", "SNSB"] }
export const ibanCountries = Object.keys(BBAN)

function mod97(s: string): number {
  let rem = 0
  for (const ch of s.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55))) rem = (rem * 10 + Number(ch)) % 97
  return rem
}
function bban(r: Rng, cc: string): string {
  let out = ""
  for (const [, n, t] of BBAN[cc]!.matchAll(/(\d+)([nac])/g)) {
    if (t === "a" && BANKS[cc] && out === "") out += r.pick(BANKS[cc]!)
    else for (let i = 0; i < Number(n); i++) out += t === "n" || (t === "c" && r.chance(0.8)) ? String(r.int(10)) : String.fromCharCode(65 + r.int(26))
  }
  if (cc === "BE") out = out.slice(0, 10) + String(Number(out.slice(0, 10)) % 97 || 97).padStart(2, "0")
  if (cc === "ES") out = out.slice(0, 8) + esControl(out) + out.slice(10)
  return out
}
// Spain's two national control digits: one over bank and branch, one over the account.
function esControl(b: string): string {
  const w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
  const dc = (s: string) => {
    const v = 11 - (s.split("").reduce((a, c, i) => a + Number(c) * w[i]!, 0) % 11)
    return v === 11 ? 0 : v === 10 ? 1 : v
  }
  return `${dc("00" + b.slice(0, 8))}${dc(b.slice(10, 20))}`
}
const printed = (s: string) => s.replace(/(.{4})(?=.)/g, "$1 ")

/** An IBAN of the country, printed in fours or compact. */
export function iban(r: Rng, cc: string, spaced = r.chance(0.7)): string {
  const b = bban(r, cc)
  const check = String(98 - mod97(b + cc + "00")).padStart(2, "0")
  return spaced ? printed(cc + check + b) : cc + check + b
}
/** The country's IBAN shape with check digits that fail mod 97. */
export function ibanBad(r: Rng, cc: string): string {
  const good = iban(r, cc, false)
  const wrong = String(2 + ((Number(good.slice(2, 4)) - 2 + 1 + r.int(95)) % 97)).padStart(2, "0").slice(-2)
  const out = good.slice(0, 2) + wrong + good.slice(4)
  if (mod97(out.slice(4) + out.slice(0, 4)) === 1) return ibanBad(r, cc)
  return r.chance(0.7) ? printed(out) : out
}

export function ssn(r: Rng): string {
  let area = 1 + r.int(899)
  if (area === 666) area = 667
  return `${String(area).padStart(3, "0")}-${String(1 + r.int(99)).padStart(2, "0")}-${String(1 + r.int(9999)).padStart(4, "0")}`
}
export const ssnBad = (r: Rng) => `${r.pick(["000", "666", String(900 + r.int(100))])}-${String(1 + r.int(99)).padStart(2, "0")}-${String(1 + r.int(9999)).padStart(4, "0")}`

const NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
const NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ"
export function nino(r: Rng, spaced = r.chance(0.6)): string {
  let pre = ""
  do pre = r.pick([...NINO_FIRST]) + r.pick([...NINO_SECOND])
  while (["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"].includes(pre))
  const d = r.digits(6)
  const suf = r.pick(["A", "B", "C", "D"])
  return spaced ? `${pre} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${suf}` : pre + d + suf
}
export const ninoBad = (r: Rng) => `${r.pick(["BG", "GB", "NK", "TN", "ZZ", "QQ", "DA", "FY"])} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.pick(["A", "B", "C", "D"])}`

const V4_FIRST = [31, 37, 46, 62, 78, 79, 80, 81, 82, 84, 85, 86, 87, 88, 89, 91, 93, 94, 95, 109, 176, 178, 185, 188, 193, 212, 213, 217]
export const ipv4 = (r: Rng) => `${r.pick(V4_FIRST)}.${r.int(256)}.${r.int(256)}.${1 + r.int(253)}`
const hex = (r: Rng, n: number) => Array.from({ length: n }, () => "0123456789abcdef"[r.int(16)]).join("")
const V6_HEADS = ["2a02:8084", "2a01:4b00", "2001:bb6", "2a02:a44", "2a00:23c7", "2a02:c7c", "2001:4c3c", "2a0a:a540", "2806:103e", "2800:810"]
const hextet = (r: Rng) => hex(r, 1 + r.int(4)).replace(/^0+(?=.)/, "")
/** A full customer IPv6 address (sometimes with one `::`). */
export function ipv6(r: Rng): string {
  const head = r.pick(V6_HEADS)
  const rest = Array.from({ length: 6 }, () => hextet(r))
  return r.chance(0.3) ? `${head}:${rest[0]}::${rest.slice(3).join(":")}` : `${head}:${rest.join(":")}`
}
/** A delegated prefix, no address: `2a02:8084:4e81::/48`. */
export const ipv6Prefix = (r: Rng) => {
  const len = r.pick([48, 56, 56, 64])
  const extra = len === 48 ? 1 : len === 56 ? 2 : 2
  return `${r.pick(V6_HEADS)}:${Array.from({ length: extra }, () => hextet(r)).join(":")}::/${len}`
}
export { hex }
