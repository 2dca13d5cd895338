// Cards, IBANs, SSNs, NINOs and IPs that pass their checks, and lookalikes that fail them.
import type { Rng } from "./rng.ts"

export function luhnDigit(body: string): string {
  let sum = 0
  for (let i = 0; i < body.length; i++) {
    let n = Number(body[body.length - 1 - i])
    if (i % 2 === 0) n = n * 2 > 9 ? n * 2 - 9 : n * 2
    sum += n
  }
  return String((10 - (sum % 10)) % 10)
}


function issuerPrefix(r: Rng): [string, number] {
  switch (r.int(0, 5)) {
    case 0: case 1: return ["4" + r.digits(1), 16]
    case 2: return [String(r.int(51, 55)), 16]
    case 3: return [String(r.int(2221, 2720)), 16]
    case 4: return [r.pick(["34", "37"]), 15]
    default: return [r.pick(["6011", "65"]), 16]
  }
}

function groupCard(r: Rng, d: string): string {
  const sep = r.pick([" ", " ", "-", ""])
  if (d.length === 15) return [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep)
  return d.replace(/(\d{4})(?=\d)/g, `$1${sep}`)
}

export function card(r: Rng): string {
  const [p, len] = issuerPrefix(r)
  const body = p + r.digits(len - p.length - 1)
  return groupCard(r, body + luhnDigit(body))
}

/** 16 digits behind a real issuer prefix whose last digit breaks Luhn: a mistyped card. */
export function cardLookalike(r: Rng): string {
  const p = r.pick(["4", "5" + r.int(1, 5), "2" + r.int(221, 720)])
  const body = p + r.digits(15 - p.length)
  const good = Number(luhnDigit(body))
  const bad = (good + r.int(1, 9)) % 10
  const d = body + bad
  return d.replace(/(\d{4})(?=\d)/g, `$1${r.pick([" ", " ", "-"])}`)
}

const bankLetters = (r: Rng, cc: string) => r.pick(cc === "GB" ? ["BARC", "LOYD", "NWBK", "RBOS", "BOFS", "HBUK", "MIDL"] : ["BTRL", "RNCB", "BRDE", "INGB", "BACX"])

/** The BBAN of each country the texts bank in, with Belgium's and Spain's national check digits. */
function bban(r: Rng, cc: string): string {
  switch (cc) {
    case "GB": return bankLetters(r, cc) + r.digits(14)
    case "RO": return bankLetters(r, cc) + r.digits(16)
    case "SE": return r.digits(20)
    case "FI": return r.digits(14)
    case "EE": return r.digits(16)
    case "PL": return r.digits(24)
    case "CZ": return r.digits(20)
    case "HR": return r.digits(17)
    case "GR": return r.digits(23)
    case "TR": return r.digits(5) + "0" + r.digits(16)
    case "CH": return r.digits(17)
    case "AT": return r.digits(16)
    case "IT": return r.pick(["X", "K", "T", "M", "Q"]) + r.digits(22)
    case "BR": return r.digits(23) + "C1"
    case "BE": { const ten = r.digits(10); const c = Number(BigInt(ten) % 97n) || 97; return ten + String(c).padStart(2, "0") }
    case "ES": {
      const w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
      const dc = (s: string) => { const x = 11 - (w.reduce((t, k, i) => t + k * Number(s[i]), 0) % 11); return x === 11 ? 0 : x === 10 ? 1 : x }
      const bank = r.pick(["2080", "0049", "2100", "0081", "0182"]) + r.digits(4)
      const acct = r.digits(10)
      return `${bank}${dc("00" + bank)}${dc(acct)}${acct}`
    }
    default: throw new Error(`holdout41: no BBAN for ${cc}`)
  }
}

function checkDigits(cc: string, b: string): string {
  const moved = (b + cc + "00").replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55))
  return String(98 - Number(BigInt(moved) % 97n)).padStart(2, "0")
}

const groupIban = (r: Rng, v: string) => (r.chance(0.75) ? v.replace(/(.{4})(?=.)/g, "$1 ") : v)

export function iban(r: Rng, cc: string): string {
  const b = bban(r, cc)
  return groupIban(r, cc + checkDigits(cc, b) + b)
}

/** The right shape and length with check digits that fail mod 97: a mistyped IBAN. */
export function ibanLookalike(r: Rng, cc: string): string {
  const b = bban(r, cc)
  const good = Number(checkDigits(cc, b))
  let bad = good
  while (bad === good || bad < 2) bad = r.int(2, 98)
  return groupIban(r, cc + String(bad).padStart(2, "0") + b)
}

export function ssn(r: Rng): string {
  let area = r.int(1, 899)
  if (area === 666) area = 667
  return `${String(area).padStart(3, "0")}-${String(r.int(1, 99)).padStart(2, "0")}-${String(r.int(1, 9999)).padStart(4, "0")}`
}

export const ssnLookalike = (r: Rng) => `${r.pick(["000", "666", String(r.int(900, 999))])}-${String(r.int(10, 99))}-${String(r.int(1000, 9999))}`

const NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
const NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ"
const BARRED = ["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"]

function ninoOf(r: Rng, pre: string): string {
  const nums = [r.digits(2), r.digits(2), r.digits(2)]
  const suf = r.pick(["A", "B", "C", "D"])
  return r.chance(0.65) ? `${pre} ${nums.join(" ")} ${suf}` : `${pre}${nums.join("")}${suf}`
}

export function nino(r: Rng): string {
  let pre = "BG"
  while (BARRED.includes(pre)) pre = r.pick([...NINO_FIRST]) + r.pick([...NINO_SECOND])
  return ninoOf(r, pre)
}

export const ninoLookalike = (r: Rng) => ninoOf(r, r.pick(["BG", "GB", "NK", "TN", "KN", "QA", "DA", "FX", "VB", "IA"]))

export function ip(r: Rng): string {
  if (r.chance(0.7)) {
    const first = r.pick([23, 31, 41, 62, 77, 81, 86, 92, 102, 105, 151, 176, 185, 196, 197, 203, 213])
    return [first, r.int(0, 255), r.int(0, 255), r.int(1, 254)].join(".")
  }
  const head = r.pick(["2a02", "2a01", "2c0f", "2400", "2001", "2804", "2a00"])
  const h = () => r.int(0, 0xffff).toString(16)
  const mid = head === "2001" ? r.pick(["67c", "4860", "1890"]) : h()
  return r.chance(0.5) ? [head, mid, h(), h(), h(), h(), h(), h()].join(":") : `${head}:${mid}:${h()}::${h()}`
}
