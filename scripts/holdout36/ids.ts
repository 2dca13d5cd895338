// The other labeled types and their lookalikes, each made valid (or invalid) by construction.
import type { Rng } from "./rng.ts"

export const luhnSum = (d: string) => {
  let sum = 0
  for (let i = 0; i < d.length; i++) {
    let n = Number(d[d.length - 1 - i])
    if (i % 2 === 1) n = n * 2 > 9 ? n * 2 - 9 : n * 2
    sum += n
  }
  return sum % 10
}

const withLuhn = (body: string) => {
  for (let c = 0; c < 10; c++) if (luhnSum(body + c) === 0) return body + c
  throw new Error("unreachable")
}

const group = (d: string, sizes: number[], sep: string) => {
  const out: string[] = []
  let at = 0
  for (const n of sizes) out.push(d.slice(at, (at += n)))
  return out.join(sep)
}

/** A card number: Visa, Mastercard, Amex or Discover, grouped by spaces, dashes or not. */
export function card(rng: Rng, fail = false): string {
  const kind = fail ? rng.pick(["visa", "mc", "disc"]) : rng.pick(["visa", "visa", "mc", "mc", "amex", "disc"])
  const prefix = kind === "visa" ? "4" : kind === "mc" ? rng.pick(["51", "52", "53", "54", "55", "2221", "2720"]) : kind === "amex" ? rng.pick(["34", "37"]) : "6011"
  const len = kind === "amex" ? 15 : 16
  let d = withLuhn(prefix + rng.digits(len - prefix.length - 1))
  if (fail) d = d.slice(0, -1) + String((Number(d.at(-1)) + rng.int(1, 9)) % 10)
  const sep = rng.pick([" ", " ", "-", ""])
  return sep === "" ? d : group(d, len === 15 ? [4, 6, 5] : [4, 4, 4, 4], sep)
}

const IBAN_BBAN: Record<string, string> = {
  IE: "AAAA14", GB: "AAAA14", DK: "14", NO: "11", SK: "20", HU: "24", SI: "15", BG: "AAAA14", LT: "16", LV: "AAAA13",
  PT: "21", BE: "12", CH: "17", ES: "20", AL: "24", MT: "AAAA23", CY: "24", GI: "AAAA15",
}

const mod97 = (s: string) => {
  let r = 0
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch
    for (const c of v) r = (r * 10 + Number(c)) % 97
  }
  return r
}

function bban(rng: Rng, cc: string): string {
  const spec = IBAN_BBAN[cc]!
  const letters = spec.startsWith("AAAA") ? Array.from({ length: 4 }, () => String.fromCharCode(65 + rng.int(0, 25))).join("") : ""
  const n = Number(spec.replace("AAAA", ""))
  if (cc === "BE") {
    const ten = rng.digits(10)
    const chk = Number(BigInt(ten) % 97n) || 97
    return ten + String(chk).padStart(2, "0")
  }
  return letters + rng.digits(n)
}

/** An IBAN of the country, grouped by four or compact; `bad` breaks only the mod-97 check. */
export function iban(rng: Rng, cc: string, bad = false): string {
  const b = bban(rng, cc)
  let check = 98 - mod97(b + cc + "00")
  if (bad) check = ((check + rng.int(1, 90) - 2) % 97) + 2
  const compact = cc + String(check).padStart(2, "0") + b
  return rng.chance(0.6) ? compact.replace(/(.{4})/g, "$1 ").trim() : compact
}

/** A US SSN that passes area/group/serial rules, or one that breaks them. */
export function ssn(rng: Rng, invalid = false): string {
  if (invalid) {
    const bad = rng.pick(["000", "666", String(rng.int(900, 999))])
    return rng.chance(0.7) ? `${bad}-${String(rng.int(1, 99)).padStart(2, "0")}-${String(rng.int(1, 9999)).padStart(4, "0")}` : `${String(rng.int(100, 665)).padStart(3, "0")}-00-${String(rng.int(1, 9999)).padStart(4, "0")}`
  }
  let area = rng.int(1, 899)
  if (area === 666) area = 667
  return `${String(area).padStart(3, "0")}-${String(rng.int(1, 99)).padStart(2, "0")}-${String(rng.int(1, 9999)).padStart(4, "0")}`
}

const NINO_1 = "ABCEGHJKLMNOPRSTWXYZ"
const NINO_2 = "ABCEGHJKLMNPRSTWXYZ"
const NINO_BAD = ["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"]

/** A UK National Insurance number, spaced or compact; `invalid` uses a barred prefix or letter. */
export function nino(rng: Rng, invalid = false): string {
  let pre = ""
  do pre = rng.pick([...NINO_1]) + rng.pick([...NINO_2])
  while (NINO_BAD.includes(pre))
  if (invalid) pre = rng.pick(["QQ", "BG", "GB", "DA", "FY", "TN", "VO"])
  const d = rng.digits(6)
  const suf = rng.pick(["A", "B", "C", "D"])
  return rng.chance(0.6) ? `${pre} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${suf}` : `${pre}${d}${suf}`
}

export function ip(rng: Rng): string {
  if (rng.chance(0.25)) return `2a02:${rng.int(0x1000, 0xffff).toString(16)}:${rng.int(1, 0xfff).toString(16)}:${rng.int(0, 0xff).toString(16)}::${rng.int(1, 0xfff).toString(16)}`
  return `${rng.pick([31, 46, 78, 81, 86, 89, 91, 109, 141, 176, 185, 193, 212, 217])}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`
}

export function mac(rng: Rng): string {
  const sep = rng.pick([":", "-"])
  return Array.from({ length: 6 }, () => rng.int(0, 255).toString(16).toUpperCase().padStart(2, "0")).join(sep)
}

/** A pet microchip: 15 digits, ISO country or maker code first. */
export const microchip = (rng: Rng) => rng.pick(["985", "956", "900", "941", "981", "977"]) + rng.digits(12)
