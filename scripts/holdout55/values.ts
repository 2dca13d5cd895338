// Cards, IBANs, SSNs, NI numbers, IP addresses and their invalid twins.
import { ibanCheck, luhnDigit, luhnOk, safeDigits } from "./checks.ts"
import type { Rng } from "./rng.ts"

const CARD_PREFIX: Array<[string, number]> = [["4", 16], ["51", 16], ["53", 16], ["55", 16], ["2221", 16], ["2720", 16], ["2300", 16], ["34", 15], ["37", 15], ["6011", 16], ["65", 16]]

/** A Luhn-valid PAN under a real issuer prefix, grouped by spaces, dashes or not at all. */
export function card(r: Rng): { v: string; last4: string } {
  const [pre, len] = r.pick(CARD_PREFIX)
  const body = pre + r.digits(len - 1 - pre.length)
  const d = body + luhnDigit(body)
  return { v: groupCard(r, d), last4: d.slice(-4) }
}
function groupCard(r: Rng, d: string): string {
  const sep = r.pick([" ", " ", "-", ""])
  if (d.length === 15) return [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep)
  return d.replace(/(\d{4})(?=\d)/g, `$1${sep}`)
}
/** A mistyped card: Visa or Mastercard prefix, 16 digits, Luhn fails. */
export function badCard(r: Rng): string {
  for (;;) {
    const d = r.pick(["4", "52", "54"]) + r.digits(14)
    const full = d + r.digits(16 - d.length)
    if (!luhnOk(full)) return groupCard(r, full)
  }
}

/** BBAN shapes: `#` digit, `A` capital letter, `X` letter or digit; bank codes where common ones are known. */
const BBAN: Record<string, { banks: string[]; rest: string }> = {
  GB: { banks: ["NWBK", "BARC", "LOYD", "HBUK", "BKSC", "RBOS"], rest: "##############" },
  IE: { banks: ["AIBK", "BOFI", "IPBS"], rest: "##############" },
  MT: { banks: ["MALT", "VALL", "APSB"], rest: "#####0000000###########" },
  IT: { banks: ["X"], rest: "#####0000########" },
  CH: { banks: ["00762", "00700", "08390", "00235"], rest: "############" },
  LI: { banks: ["08810", "08800"], rest: "############" },
  DE: { banks: ["10070000", "50010517", "20041133"], rest: "##########" },
  BE: { banks: ["001", "068", "310", "363"], rest: "#######" },
  NL: { banks: ["INGB", "RABO", "ABNA"], rest: "##########" },
  LU: { banks: ["001", "019", "002"], rest: "#############" },
  NO: { banks: ["1503", "6011", "9710"], rest: "#######" },
  SE: { banks: ["500", "800", "600"], rest: "#################" },
  FI: { banks: ["123456", "800014", "423456"], rest: "########" },
  EE: { banks: ["22", "10", "77"], rest: "##############" },
  HU: { banks: ["117", "104", "120"], rest: "#####################" },
  AT: { banks: ["20111", "12000", "32000"], rest: "###########" },
  SK: { banks: ["0900", "1100", "0200"], rest: "################" },
  CZ: { banks: ["0800", "0100", "2010"], rest: "################" },
  RO: { banks: ["RNCB", "BTRL", "BRDE", "INGB"], rest: "XXXXXXXXXXXXXXXX" },
  BG: { banks: ["UNCR", "BPBI", "STSA"], rest: "7000##########" },
  HR: { banks: ["2484008", "2340009", "2360000"], rest: "##########" },
  SI: { banks: ["56", "02", "19"], rest: "#############" },
  GR: { banks: ["011", "014", "026"], rest: "####################" },
  CY: { banks: ["002", "005"], rest: "#####XXXXXXXXXXXXXXXX" },
}
const ALNUM = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
function fill(r: Rng, shape: string): string {
  return [...shape].map((c) => (c === "#" ? String(r.int(10)) : c === "X" ? r.pick([...ALNUM]) : c === "A" ? r.pick([..."ABCDEFGHIJKLMNOPRSTUVWZ"]) : c)).join("")
}
function bban(r: Rng, cc: string): string {
  const s = BBAN[cc]!
  const bank = cc === "IT" ? r.pick([..."ABCDEFGHIJKLMNOPRSTUVWXYZ"]) + r.pick(["03069", "02008", "05034"]) : r.pick(s.banks)
  let b = bank + fill(r, s.rest)
  if (cc === "BE") {
    const m = Number(BigInt(b.slice(0, 10)) % 97n)
    b = b.slice(0, 10) + String(m === 0 ? 97 : m).padStart(2, "0")
  }
  return b
}
export const IBAN_CCS = Object.keys(BBAN)
/** A valid IBAN of a country, compact. */
export function ibanOf(r: Rng, cc: string): string {
  const b = bban(r, cc)
  return cc + ibanCheck(cc, b) + b
}
/** The same shape with wrong check digits: the IBAN a form rejected. */
export function badIbanOf(r: Rng, cc: string): string {
  const good = ibanOf(r, cc)
  const right = good.slice(2, 4)
  let wrong = right
  while (wrong === right || wrong === "00" || wrong === "01" || wrong === "99") wrong = String(2 + r.int(97)).padStart(2, "0")
  return cc + wrong + good.slice(4)
}
export const groupIban = (s: string) => s.replace(/(.{4})(?=.)/g, "$1 ")

export function ssn(r: Rng): string {
  let a = 0
  while (a === 0 || a === 666 || a >= 900) a = 1 + r.int(899)
  const g = 1 + r.int(99)
  const s = 1 + r.int(9999)
  const sep = r.pick(["-", "-", " "])
  return [String(a).padStart(3, "0"), String(g).padStart(2, "0"), String(s).padStart(4, "0")].join(sep)
}
export const badSsn = (r: Rng) => `${r.pick(["000", "666", "9" + r.digits(2)])}-${String(1 + r.int(99)).padStart(2, "0")}-${String(1 + r.int(9999)).padStart(4, "0")}`

const NINO_A = "ABCEGHJKLMNOPRSTWXYZ"
const NINO_B = "ABCEGHJKLMNPRSTWXYZ"
export function nino(r: Rng): string {
  let p = "GB"
  while (["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"].includes(p)) p = r.pick([...NINO_A]) + r.pick([...NINO_B])
  const d = r.digits(6)
  const s = r.pick([..."ABCD"])
  return r.chance(0.5) ? `${p}${d}${s}` : `${p} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${s}`
}
export const badNino = (r: Rng) => `${r.pick(["QQ", "BG", "GB", "NK", "TN", "ZZ", "DA", "FY"])} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.pick([..."ABCD"])}`

export function ip(r: Rng): string {
  const h = () => r.int(0x10000).toString(16)
  switch (r.int(7)) {
    case 0: return `192.0.2.${1 + r.int(254)}`
    case 1: return `198.51.100.${1 + r.int(254)}`
    case 2: return `203.0.113.${1 + r.int(254)}`
    case 3: return `10.${r.int(256)}.${r.int(256)}.${1 + r.int(254)}`
    case 4: return `192.168.${r.int(256)}.${1 + r.int(254)}`
    case 5: return `2001:db8:${h()}:${h()}::${(1 + r.int(0xfffe)).toString(16)}`
    default: return `fd${r.int(256).toString(16).padStart(2, "0")}:${h()}:${h()}::${(1 + r.int(0xfffe)).toString(16)}`
  }
}

/** A digits-only number from a shape (`#` a digit), drawn again until it is no phone anywhere and, from 12 digits, fails Luhn. */
export function safeNumber(r: Rng, shape: string, ok: (d: string) => boolean = () => true): string {
  for (;;) {
    const v = fill(r, shape)
    if (ok(v.replace(/\D/g, "")) && safeDigits(v)) return v
  }
}
