// Cards, IBANs, SSNs, NI numbers and IP addresses, and their invalid twins.
import type { Rng } from "./rng.ts"

export function luhnOk(d: string): boolean {
  let sum = 0
  for (let i = 0; i < d.length; i++) {
    let x = Number(d[d.length - 1 - i])
    if (i % 2 === 1) x = x * 2 > 9 ? x * 2 - 9 : x * 2
    sum += x
  }
  return sum % 10 === 0
}
/** The check digit that makes `body` + digit pass Luhn. */
export function luhnDigit(body: string): string {
  for (let d = 0; d < 10; d++) if (luhnOk(body + d)) return String(d)
  throw new Error("unreachable")
}

const group = (d: string, sizes: number[], sep: string) => {
  const out: string[] = []
  let at = 0
  for (const s of sizes) out.push(d.slice(at, (at += s)))
  return out.join(sep)
}

/** A card number under a real issuer prefix: Visa, Mastercard (51-55, 2221-2720), Amex 4-6-5, Discover. */
export function card(r: Rng): { text: string; last4: string } {
  const kind = r.pick(["visa", "visa", "mc", "mc2", "amex", "disc", "disc65"])
  const prefix = kind === "visa" ? "4" + r.digits(1) : kind === "mc" ? String(r.range(51, 55)) : kind === "mc2" ? String(r.range(2221, 2720))
    : kind === "amex" ? r.pick(["34", "37"]) : kind === "disc" ? "6011" : "65"
  const len = kind === "amex" ? 15 : 16
  const body = prefix + r.digits(len - 1 - prefix.length)
  const d = body + luhnDigit(body)
  const sep = r.pick([" ", " ", "-", ""])
  const text = kind === "amex" ? group(d, [4, 6, 5], sep || " ") : group(d, [4, 4, 4, 4], sep)
  return { text, last4: d.slice(-4) }
}

/** 16 digits under a Visa or Mastercard prefix whose check digit is wrong. */
export function luhnInvalid(r: Rng): string {
  const body = r.pick(["4", "51", "52", "53", "54", "55"]) 
  let d = body + r.digits(15 - body.length)
  d += String((Number(luhnDigit(d)) + r.range(1, 9)) % 10)
  return group(d, [4, 4, 4, 4], r.pick([" ", " ", "-", ""]))
}

export function ibanRemainder(s: string): number {
  const x = (s.slice(4) + s.slice(0, 4)).toUpperCase()
  const digits = Array.from(x, (c) => (/[A-Z]/.test(c) ? String(c.charCodeAt(0) - 55) : c)).join("")
  let rem = 0
  for (const c of digits) rem = (rem * 10 + Number(c)) % 97
  return rem
}

const BANKS: Record<string, string[]> = {
  GB: ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"], IE: ["AIBK", "BOFI", "IPBS"], NL: ["ABNA", "INGB", "RABO", "SNSB", "TRIO"],
  BG: ["UNCR", "BNBG", "STSA", "FINV"], RO: ["BTRL", "RNCB", "BRDE", "INGB"],
}
/** The BBAN: bank codes in each country's shape, account digits random; Spain's, Portugal's, France's and Belgium's
 * national check digits computed. */
function bban(r: Rng, cc: string): string {
  const bank = () => r.pick(BANKS[cc]!)
  switch (cc) {
    case "GB": case "IE": return bank() + r.digits(14)
    case "NL": return bank() + r.digits(10)
    case "BG": return bank() + r.digits(4) + r.pick(["10", "15", "20"]) + r.digits(8)
    case "RO": return bank() + r.digits(16)
    case "DE": return r.pick(["10070000", "20040000", "50010517", "37040044", "70150000"]) + r.digits(10)
    case "AT": return r.pick(["12000", "20111", "32000", "14000"]) + r.digits(11)
    case "PL": return r.pick(["1090", "1020", "1140", "2490"]) + r.digits(20)
    case "LT": return r.pick(["73000", "70440", "40100"]) + r.digits(11)
    case "FR": return frenchBban(r)
    case "BE": { const b = r.pick(["001", "068", "310", "735"]) + r.digits(7); const m = Number(BigInt(b) % 97n); return b + String(m === 0 ? 97 : m).padStart(2, "0") }
    case "LU": return r.pick(["001", "019", "030"]) + r.digits(13)
    case "ES": return spanishBban(r)
    case "PT": return portugueseBban(r)
    case "IT": return String.fromCharCode(65 + r.int(26)) + r.pick(["03069", "02008", "05034"]) + r.digits(5) + r.digits(12)
    case "CZ": case "SK": return r.pick(cc === "CZ" ? ["0800", "0100", "0300", "5500"] : ["0900", "1100", "0200"]) + r.digits(16)
    case "SE": return r.pick(["500", "800", "600", "300"]) + r.digits(17)
    case "FI": return r.pick(["123456", "400000", "800012"]) + r.digits(8)
    case "NO": return r.pick(["8601", "1503", "9710"]) + r.digits(7)
    case "DK": return r.pick(["0040", "3000", "5301"]) + r.digits(10)
    case "GR": return r.pick(["011", "017", "026"]) + r.digits(20)
  }
  throw new Error(`no BBAN shape for ${cc}`)
}

function spanishBban(r: Rng): string {
  const W = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
  const dc = (s: string) => { const x = 11 - (Array.from(s).reduce((a, c, i) => a + Number(c) * W[i]!, 0) % 11); return x === 11 ? 0 : x === 10 ? 1 : x }
  const bank = r.pick(["2100", "0049", "0182", "2085"]) + r.digits(4)
  const acct = r.digits(10)
  return `${bank}${dc("00" + bank)}${dc(acct)}${acct}`
}
function portugueseBban(r: Rng): string {
  const body = r.pick(["0035", "0033", "0010", "0007"]) + r.digits(4) + r.digits(11)
  const check = 98 - Number(BigInt(body + "00") % 97n)
  return body + String(check).padStart(2, "0")
}
function frenchBban(r: Rng): string {
  const bank = r.pick(["30004", "30003", "20041", "10278"])
  const branch = r.digits(5)
  const acct = r.digits(11)
  const key = 97 - Number((89n * BigInt(bank) + 15n * BigInt(branch) + 3n * BigInt(acct)) % 97n)
  return bank + branch + acct + String(key).padStart(2, "0")
}

export type IbanStyle = "grouped" | "compact" | "lower" | "broken"
function styled(s: string, style: IbanStyle): string {
  const g = s.match(/.{1,4}/g)!.join(" ")
  if (style === "compact") return s
  if (style === "lower") return g.toLowerCase()
  if (style === "broken") { const parts = g.split(" "); const at = Math.ceil(parts.length / 2); return `${parts.slice(0, at).join(" ")}\n${parts.slice(at).join(" ")}` }
  return g
}

/** A valid IBAN of the country, in a style. */
export function iban(r: Rng, cc: string, style: IbanStyle): string {
  const b = bban(r, cc)
  const check = 98 - ibanRemainder(`${cc}00${b}`)
  return styled(`${cc}${String(check).padStart(2, "0")}${b}`, style)
}
/** The country's shape and length with check digits that fail mod 97. */
export function ibanInvalid(r: Rng, cc: string): string {
  const b = bban(r, cc)
  const good = 98 - ibanRemainder(`${cc}00${b}`)
  const bad = (good + r.range(1, 96)) % 97 || 98
  const s = `${cc}${String(bad).padStart(2, "0")}${b}`
  return ibanRemainder(s) === 1 ? ibanInvalid(r, cc) : styled(s, r.chance(0.7) ? "grouped" : "compact")
}

export function ssn(r: Rng): string {
  for (;;) {
    const a = r.range(1, 899)
    if (a === 666) continue
    const d = `${String(a).padStart(3, "0")}${String(r.range(1, 99)).padStart(2, "0")}${String(r.range(1, 9999)).padStart(4, "0")}`
    return r.chance(0.8) ? `${d.slice(0, 3)}-${d.slice(3, 5)}-${d.slice(5)}` : `${d.slice(0, 3)} ${d.slice(3, 5)} ${d.slice(5)}`
  }
}
export const ssnInvalid = (r: Rng) => `${r.pick(["000", "666", String(r.range(900, 999))])}-${String(r.range(1, 99)).padStart(2, "0")}-${String(r.range(1, 9999)).padStart(4, "0")}`

const NINO_A = "ABCEGHJKLMNOPRSTWXYZ"
const NINO_B = "ABCEGHJKLMNPRSTWXYZ"
export function nino(r: Rng): string {
  for (;;) {
    const pre = NINO_A[r.int(NINO_A.length)]! + NINO_B[r.int(NINO_B.length)]!
    if (["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"].includes(pre)) continue
    const d = r.digits(6)
    const suf = r.pick(["A", "B", "C", "D"])
    return r.chance(0.5) ? `${pre}${d}${suf}` : `${pre} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${suf}`
  }
}
export const ninoInvalid = (r: Rng) => `${r.pick(["QQ", "BG", "GB", "NK", "TN", "ZZ", "DA", "FY"])} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.pick(["A", "B", "C", "D"])}`

const hex = (r: Rng) => r.int(65536).toString(16)
export function ip(r: Rng): string {
  switch (r.int(7)) {
    case 0: return `192.0.2.${r.range(1, 254)}`
    case 1: return `198.51.100.${r.range(1, 254)}`
    case 2: return `203.0.113.${r.range(1, 254)}`
    case 3: return `10.${r.range(0, 255)}.${r.range(0, 255)}.${r.range(1, 254)}`
    case 4: return `192.168.${r.range(0, 255)}.${r.range(1, 254)}`
    case 5: return `2001:db8:${hex(r)}:${hex(r)}::${hex(r)}`
    default: return r.chance(0.5) ? `fe80::${hex(r)}:${hex(r)}:${hex(r)}:${hex(r)}` : `fd${r.int(256).toString(16).padStart(2, "0")}:${hex(r)}:${hex(r)}::${r.range(1, 255).toString(16)}`
  }
}
