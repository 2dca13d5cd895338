// Labeled values (cards, IBANs, SSNs, NI numbers, IP addresses) and their invalid lookalikes.
import { digitsOf, luhnDigit, luhnOk, mod97 } from "./checks.ts"
import type { Rng } from "./rng.ts"

const group = (s: string, sizes: number[], sep: string) => {
  const out: string[] = []
  let at = 0
  for (const n of sizes) { out.push(s.slice(at, at + n)); at += n }
  return out.filter(Boolean).join(sep)
}

function cardDigits(r: Rng): string {
  const p = r.int(10)
  if (p < 4) return ((b) => b + luhnDigit(b))("4" + r.digits(14))
  if (p < 6) return ((b) => b + luhnDigit(b))("5" + String(1 + r.int(5)) + r.digits(13))
  if (p < 7) return ((b) => b + luhnDigit(b))(String(2221 + r.int(500)) + r.digits(11))
  if (p < 9) return ((b) => b + luhnDigit(b))("3" + r.pick(["4", "7"]) + r.digits(12))
  return ((b) => b + luhnDigit(b))("6011" + r.digits(11))
}

export function writeCard(d: string, r: Rng): string {
  const sizes = d.length === 15 ? [4, 6, 5] : [4, 4, 4, 4]
  return r.pick([group(d, sizes, " "), group(d, sizes, "-"), d, group(d, sizes, " ")])
}
export const card = (r: Rng) => writeCard(cardDigits(r), r)

/** 16 digits with a Visa or Mastercard prefix whose Luhn sum fails. */
export function luhnInvalid(r: Rng): string {
  for (;;) {
    const prefix = r.chance(0.5) ? "4" : "5" + String(1 + r.int(5))
    const full = prefix + r.digits(16 - prefix.length)
    if (!luhnOk(full)) return r.pick([group(full, [4, 4, 4, 4], " "), group(full, [4, 4, 4, 4], "-"), full])
  }
}

// BBAN shapes: n digits, a upper-case letters, c letters or digits.
const BBAN: Record<string, string> = {
  GB: "4a14n", SE: "20n", FI: "14n", EE: "16n", PL: "24n", CZ: "20n", RO: "4a16c", HR: "17n", GR: "23n", TR: "5n1n16n", IT: "1a10n12n", BR: "23n1a1c", FR: "23n", AT: "16n",
}
const GB_BANKS = ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "RBOS", "BOFS", "CLYD"]

function bban(cc: string, r: Rng): string {
  if (cc === "GB") return r.pick(GB_BANKS) + r.digits(14)
  if (cc === "RO") return r.pick(["BTRL", "RNCB", "BRDE", "INGB", "BACX", "RZBR"]) + r.digits(4) + r.pick(["", "C", "V"]).padEnd(1, "0") + r.digits(11)
  if (cc === "TR") return r.digits(5) + "0" + r.digits(16)
  if (cc === "FR") {
    const bank = r.pick(["30004", "30003", "20041", "10278", "30002"]), branch = r.digits(5), acct = r.digits(11)
    const key = 97 - ((89 * Number(bank) + 15 * Number(branch) + 3 * (Number(acct) % 97)) % 97)
    return bank + branch + acct + String(key).padStart(2, "0")
  }
  let out = ""
  for (const [, n, t] of BBAN[cc]!.matchAll(/(\d+)([nac])/g)) {
    for (let i = 0; i < Number(n); i++) out += t === "n" ? String(r.int(10)) : t === "a" ? String.fromCharCode(65 + r.int(26)) : r.chance(0.7) ? String(r.int(10)) : String.fromCharCode(65 + r.int(26))
  }
  return out
}

const ibanOf = (cc: string, b: string) => cc + String(98 - mod97(b + cc + "00")).padStart(2, "0") + b
export const writeIban = (s: string, r: Rng) => (r.chance(0.6) ? s.replace(/(.{4})(?=.)/g, "$1 ") : s)
export const iban = (cc: string, r: Rng) => writeIban(ibanOf(cc, bban(cc, r)), r)

/** The country's IBAN shape and length, but mod 97 is not 1 (a digit mistyped). */
export function ibanBad(cc: string, r: Rng): string {
  const good = ibanOf(cc, bban(cc, r))
  for (;;) {
    const at = 4 + r.int(good.length - 4)
    if (!/\d/.test(good[at]!)) continue
    const bad = good.slice(0, at) + String((Number(good[at]) + 1 + r.int(8)) % 10) + good.slice(at + 1)
    if (mod97(bad.slice(4) + bad.slice(0, 4)) !== 1) return writeIban(bad, r)
  }
}

export function ssn(r: Rng): string {
  let area = 1 + r.int(899)
  if (area === 666) area = 667
  return `${String(area).padStart(3, "0")}-${String(1 + r.int(99)).padStart(2, "0")}-${String(1 + r.int(9999)).padStart(4, "0")}`
}
export const ssnBad = (r: Rng) => `${r.pick(["000", "666", String(900 + r.int(100))])}-${String(1 + r.int(99)).padStart(2, "0")}-${String(1 + r.int(9999)).padStart(4, "0")}`

const NI1 = "ABCEGHJKLMNOPRSTWXYZ", NI2 = "ABCEGHJKLMNPRSTWXYZ"
const writeNino = (p: string, d: string, s: string, r: Rng) => (r.chance(0.6) ? `${p} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${s}` : `${p}${d}${s}`)
export function nino(r: Rng): string {
  for (;;) {
    const p = r.pick([...NI1]) + r.pick([...NI2])
    if (!["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"].includes(p)) return writeNino(p, r.digits(6), r.pick(["A", "B", "C", "D"]), r)
  }
}
export const ninoBad = (r: Rng) => writeNino(r.pick(["BG", "GB", "NK", "TN", "ZZ", "DA", "FY", "QQ", "VT"]), r.digits(6), r.pick(["A", "B", "C", "D"]), r)

export function ipv4(r: Rng): string {
  for (;;) {
    const a = 2 + r.int(221)
    if ([10, 127, 169, 172, 192, 100].includes(a)) continue
    return [a, r.int(256), r.int(256), 1 + r.int(254)].join(".")
  }
}
export function ipv6(r: Rng): string {
  const hex = () => (1 + r.int(0xfffe)).toString(16)
  const head = r.pick(["2a02", "2a01", "2001", "2603", "2804", "2400", "2c0f", "2406"])
  const full = [head, hex(), hex(), hex(), hex(), hex(), hex(), hex()]
  return r.chance(0.5) ? full.join(":") : `${full.slice(0, 3).join(":")}::${full.slice(6).join(":")}`
}
export const ip = (r: Rng) => (r.chance(0.65) ? ipv4(r) : ipv6(r))

export const masked = (d: string) => digitsOf(d).slice(-4)
