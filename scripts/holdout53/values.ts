// Cards, IBANs, SSNs, NI numbers, IP addresses and their invalid lookalikes; the phone test every own number fails.
import type { CountryCode } from "libphonenumber-js/max"
import { ALL_CC } from "./locales.ts"
import { parsedIn } from "./phones.ts"
import type { Rng } from "./rng.ts"

export const digitsOf = (v: string) => v.replace(/\D/g, "")
export function luhnOk(d: string): boolean {
  let sum = 0
  for (let i = 0; i < d.length; i++) {
    let x = Number(d[d.length - 1 - i])
    if (i % 2 === 1) x = x * 2 > 9 ? x * 2 - 9 : x * 2
    sum += x
  }
  return sum % 10 === 0
}
const checkDigit = (body: string) => [..."0123456789"].find((c) => luhnOk(body + c))!

/** Valid as a phone in no country of the corpus, as written and as bare digits. */
export const phoneNowhere = (v: string) => ALL_CC.every((cc) => !parsedIn(v, cc) && !parsedIn(digitsOf(v), cc))
export const phoneNotIn = (v: string, cc: CountryCode) => !parsedIn(v, cc) && !parsedIn(digitsOf(v), cc)

const group = (d: string, sizes: number[], sep: string) => {
  const out: string[] = []
  let at = 0
  for (const s of sizes) out.push(d.slice(at, (at += s)))
  return out.join(sep)
}
export function drawCard(r: Rng): string {
  const kind = r.int(4)
  const sep = r.pick([" ", " ", "-", ""])
  if (kind === 2) {
    const body = r.pick(["34", "37"]) + r.digits(12)
    return group(body + checkDigit(body), [4, 6, 5], sep)
  }
  const pre = kind === 0 ? "4" : kind === 1 ? r.pick(["51", "53", "55", "2221", "2720", "2342"]) : r.pick(["6011", "65"])
  const body = pre + r.digits(15 - pre.length)
  return group(body + checkDigit(body), [4, 4, 4, 4], sep)
}
export function drawBadCard(r: Rng): string {
  const pre = r.pick(["4", "52", "54"])
  const body = pre + r.digits(15 - pre.length)
  const bad = (Number(checkDigit(body)) + 1 + r.int(9)) % 10
  return group(body + bad, [4, 4, 4, 4], r.pick([" ", "-"]))
}

/** BBAN shapes (`A` a letter from the bank codes, `9` a digit) and bank codes. */
const BBAN: Record<string, [string, string[]]> = {
  GB: ["AAAA99999999999999", ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]], IE: ["AAAA99999999999999", ["AIBK", "BOFI"]],
  NO: ["99999999999", []], SE: ["99999999999999999999", []], DK: ["99999999999999", []], FI: ["99999999999999", []],
  EE: ["9999999999999999", []], HU: ["999999999999999999999999", []], AT: ["9999999999999999", []], SK: ["99999999999999999999", []],
  CZ: ["99999999999999999999", []], RO: ["AAAA9999999999999999", ["BTRL", "RNCB", "BRDE", "INGB"]], BG: ["AAAA99999999999999", ["UNCR", "BNBG", "STSA"]],
  GR: ["99999999999999999999999", []], CY: ["999999999999999999999999", []], HR: ["99999999999999999", []], SI: ["999999999999999", []],
  DE: ["999999999999999999", []], BE: ["999999999999", []], FR: ["99999999999999999999999", []], LU: ["9999999999999999", []],
  NL: ["AAAA9999999999", ["ABNA", "INGB", "RABO", "KNAB"]],
}
const BANKS: Record<string, string[]> = {
  NO: ["1503", "6011", "9710"], SE: ["500", "800", "600"], DK: ["3000", "5301"], FI: ["1234", "5000", "4006"], EE: ["22", "10"],
  HU: ["117", "104", "120"], AT: ["12000", "20111", "32000"], SK: ["0200", "1100", "0900"], CZ: ["0800", "0100", "5500"],
  GR: ["011", "014", "017", "026"], CY: ["002", "005"], HR: ["2340009", "2360000", "2484008"], SI: ["0201", "1010", "0310"],
  DE: ["37040044", "50010517", "10020030"], BE: ["001", "310", "539"], FR: ["30004", "20041", "30002"], LU: ["001", "019"],
}
export const IBAN_LEN: Record<string, number> = Object.fromEntries(Object.entries(BBAN).map(([cc, [s]]) => [cc, s.length + 4]))
export function mod97(s: string): number {
  const t = (s.slice(4) + s.slice(0, 4)).toUpperCase()
  const n = [...t].map((c) => (c >= "A" && c <= "Z" ? String(c.charCodeAt(0) - 55) : c)).join("")
  return Number(BigInt(n) % 97n)
}
function bban(cc: string, r: Rng): string {
  const [shape, letters] = BBAN[cc]!
  const bank = letters.length ? r.pick(letters) : r.pick(BANKS[cc] ?? [""])
  return bank + [...shape.slice(bank.length)].map(() => String(r.int(10))).join("")
}
export function ibanCompact(cc: string, r: Rng): string {
  const b = bban(cc, r)
  const check = 98 - mod97(`${cc}00${b}`)
  return `${cc}${String(check).padStart(2, "0")}${b}`
}
export const byFour = (s: string) => s.replace(/(.{4})(?=.)/g, "$1 ")
/** An IBAN whose check digits are off by one or more: the country's shape and length, mod 97 != 1. */
export function badIban(cc: string, r: Rng): string {
  const good = ibanCompact(cc, r)
  const check = ((Number(good.slice(2, 4)) + 1 + r.int(90)) % 97) + 2
  const bad = `${cc}${String(check).padStart(2, "0")}${good.slice(4)}`
  return mod97(bad) === 1 ? badIban(cc, r) : byFour(bad)
}

export function drawSsn(r: Rng, sep: string): string {
  let area = 1 + r.int(899)
  if (area === 666) area = 667
  return [String(area).padStart(3, "0"), String(1 + r.int(99)).padStart(2, "0"), String(1 + r.int(9999)).padStart(4, "0")].join(sep)
}
export const badSsn = (r: Rng) => `${r.pick(["000", "666", `9${r.digits(2)}`])}-${String(1 + r.int(99)).padStart(2, "0")}-${String(1 + r.int(9999)).padStart(4, "0")}`
const NINO1 = "ABCEGHJKLMNOPRSTWXYZ"
const NINO2 = "ABCEGHJKLMNPRSTWXYZ"
export function drawNino(r: Rng, spaced: boolean): string {
  let pre = ""
  do pre = r.pick([...NINO1]) + r.pick([...NINO2])
  while (["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"].includes(pre))
  const d = r.digits(6)
  const suf = r.pick(["A", "B", "C", "D"])
  return spaced ? `${pre} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${suf}` : `${pre}${d}${suf}`
}
export const badNino = (r: Rng) => `${r.pick(["QQ", "BG", "GB", "NK", "TN", "ZZ", "DA", "FY"])} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.pick(["A", "B", "C", "D"])}`

export function drawIp(r: Rng): string {
  const b = () => 1 + r.int(254)
  const h = () => (r.int(0xffff) + 1).toString(16)
  return r.pick([
    () => `192.0.2.${b()}`, () => `198.51.100.${b()}`, () => `203.0.113.${b()}`, () => `10.${r.int(256)}.${r.int(256)}.${b()}`,
    () => `192.168.${r.int(256)}.${b()}`, () => `172.${16 + r.int(16)}.${r.int(256)}.${b()}`,
    () => `2001:db8:${h()}::${h()}`, () => `2001:db8:${h()}:${h()}::${h()}`, () => `fe80::${h()}:${h()}`, () => `fd${r.int(256).toString(16).padStart(2, "0")}:${h()}::${h()}`,
  ])()
}
