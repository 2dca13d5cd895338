// The labeled values other than phones and names: cards, IBANs, SSNs, NI numbers, IP addresses and e-mail addresses.
import { ibanOf, ibanValid, luhnDigit, luhnOk } from "./checks.ts"
import type { Rng } from "./rng.ts"

/** A card number that passes Luhn under a real issuer prefix, grouped by spaces, dashes or not at all. */
export function drawCard(r: Rng): string {
  const net = r.pick(["visa", "visa", "mc", "mc2", "amex", "disc"])
  const prefix = net === "visa" ? "4" + r.pick(["0", "1", "4", "5", "9"]) : net === "mc" ? String(r.int(51, 55)) : net === "mc2" ? String(r.int(2221, 2720)) : net === "amex" ? r.pick(["34", "37"]) : r.pick(["6011", "65"])
  const len = net === "amex" ? 15 : 16
  const body = prefix + r.digits(len - 1 - prefix.length)
  const d = body + luhnDigit(body)
  const sep = r.pick([" ", " ", "-", ""])
  if (len === 15) return [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep)
  return d.match(/.{4}/g)!.join(sep)
}

/** 16 digits under a Visa or Mastercard prefix that fail Luhn. */
export function drawLuhnBad(r: Rng): string {
  const prefix = r.pick(["4", "5" + r.int(1, 5)])
  const body = prefix + r.digits(15 - prefix.length)
  const good = Number(luhnDigit(body))
  const d = body + String((good + r.int(1, 9)) % 10)
  if (luhnOk(d)) throw new Error("luhn")
  return r.chance(0.7) ? d.match(/.{4}/g)!.join(" ") : d
}

type Bban = (r: Rng) => string
const up = (r: Rng, n: number) => Array.from({ length: n }, () => "ABCDEFGHJKLMNPRSTUVWXYZ"[r.int(0, 22)]).join("")
/** BBAN shapes by country (bank codes common ones, national check digits not computed). */
export const BBAN: Record<string, Bban> = {
  GB: (r) => r.pick(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + r.digits(14),
  IE: (r) => r.pick(["AIBK", "BOFI", "IPBS"]) + r.digits(14),
  DE: (r) => r.pick(["37040044", "50010517", "10070000", "20041133", "70150000"]) + r.digits(10),
  AT: (r) => r.pick(["12000", "20111", "14000"]) + r.digits(11),
  NL: (r) => r.pick(["ABNA", "RABO", "INGB", "TRIO", "SNSB"]) + r.digits(10),
  BE: (r) => r.digits(12),
  LU: (r) => r.pick(["001", "019", "141"]) + r.digits(13),
  FR: (r) => r.pick(["30004", "30003", "20041", "10278"]) + r.digits(5) + r.digits(11) + r.digits(2),
  ES: (r) => r.pick(["2100", "0049", "0182", "0081"]) + r.digits(16),
  PT: (r) => r.pick(["0035", "0033", "0007", "0036"]) + r.digits(17),
  IT: (r) => up(r, 1) + r.pick(["03069", "02008", "05034"]) + r.digits(5) + r.digits(12),
  PL: (r) => r.pick(["10901014", "11402004", "10201026"]) + r.digits(16),
  SE: (r) => r.pick(["500", "800", "600"]) + r.digits(17),
  FI: (r) => r.pick(["100010", "405500", "800014"]) + r.digits(8),
  DK: (r) => r.pick(["0040", "3000", "1551"]) + r.digits(10),
  CZ: (r) => r.pick(["0800", "0100", "0300"]) + r.digits(16),
  SK: (r) => r.pick(["1100", "0900", "0200"]) + r.digits(16),
}

const group4 = (s: string) => s.match(/.{1,4}/g)!.join(" ")

/** A valid IBAN of `cc`, grouped by four or compact, now and then in lower case. */
export function drawIban(r: Rng, cc: string, lowerOk = false): string {
  const iban = ibanOf(cc, BBAN[cc]!(r))
  const v = r.chance(0.6) ? group4(iban) : iban
  return lowerOk && r.chance(0.35) ? v.toLowerCase() : v
}

/** The country's IBAN shape with wrong check digits. */
export function drawIbanBad(r: Rng, cc: string): string {
  const good = ibanOf(cc, BBAN[cc]!(r))
  const check = (Number(good.slice(2, 4)) + r.int(1, 90)) % 97
  const bad = good.slice(0, 2) + String(check < 2 ? check + 2 : check).padStart(2, "0") + good.slice(4)
  if (ibanValid(bad)) return drawIbanBad(r, cc)
  return r.chance(0.6) ? group4(bad) : bad
}

export function drawSsn(r: Rng): string {
  let area = 0
  do area = r.int(1, 899)
  while (area === 666)
  const parts = [String(area).padStart(3, "0"), String(r.int(1, 99)).padStart(2, "0"), String(r.int(1, 9999)).padStart(4, "0")]
  const sep = r.pick(["-", "-", "-", " ", ""])
  return parts.join(sep)
}
export function drawSsnBad(r: Rng): string {
  const area = r.pick(["000", "666", String(r.int(900, 999))])
  return `${area}-${String(r.int(1, 99)).padStart(2, "0")}-${String(r.int(1, 9999)).padStart(4, "0")}`
}

const NINO_1 = "ABCEGHJKLMNOPRSTWXYZ"
const NINO_2 = "ABCEGHJKLMNPRSTWXYZ"
const NINO_BANNED = ["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"]
const ninoWrite = (r: Rng, prefix: string) => {
  const d = r.digits(6)
  const suffix = "ABCD"[r.int(0, 3)]
  return r.chance(0.6) ? `${prefix} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${suffix}` : `${prefix}${d}${suffix}`
}
export function drawNino(r: Rng): string {
  let p = ""
  do p = NINO_1[r.int(0, NINO_1.length - 1)]! + NINO_2[r.int(0, NINO_2.length - 1)]!
  while (NINO_BANNED.includes(p))
  return ninoWrite(r, p)
}
export const drawNinoBad = (r: Rng) => ninoWrite(r, r.pick(["QQ", "BG", "GB", "NK", "TN", "ZZ", "DA", "FY", "QA", "VE", "UK"]))

const hex = (r: Rng) => r.int(1, 0xffff).toString(16)
export function drawIp4(r: Rng): string {
  const pick = r.int(0, 5)
  if (pick === 0) return `192.0.2.${r.int(1, 254)}`
  if (pick === 1) return `198.51.100.${r.int(1, 254)}`
  if (pick === 2) return `203.0.113.${r.int(1, 254)}`
  if (pick === 3) return `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`
  if (pick === 4) return `192.168.${r.int(0, 255)}.${r.int(1, 254)}`
  return `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`
}
export function drawIp6(r: Rng): string {
  const pick = r.int(0, 3)
  if (pick <= 1) return `2001:db8:${hex(r)}:${hex(r)}::${hex(r)}`
  if (pick === 2) return `2001:db8:${hex(r)}:${hex(r)}:${hex(r)}:${hex(r)}:${hex(r)}:${hex(r)}`
  return r.chance(0.5) ? `fe80::${hex(r)}:${hex(r)}:${hex(r)}:${hex(r)}` : `fd${r.int(0, 255).toString(16).padStart(2, "0")}:${hex(r)}:${hex(r)}::${hex(r)}`
}

/** A name folded to ASCII letters for an e-mail address. */
export function ascii(s: string): string {
  const map: Record<string, string> = { ß: "ss", ł: "l", Ł: "L", ø: "o", Ø: "O", æ: "ae", Æ: "AE", đ: "d", ı: "i", İ: "I", "’": "'" }
  const out = s.replace(/[ßłŁøØæÆđıİ’]/g, (c) => map[c]!).normalize("NFD").replace(/[\u0300-\u036f]/g, "")
  if (!/^[\x20-\x7e]*$/.test(out)) throw new Error(`ascii: ${s}`)
  return out
}
