// Labeled values (cards, IBANs, SSNs, NINOs, IPs, emails) and the lookalikes
// that sit beside them (cards failing Luhn, IBANs with wrong check digits,
// invalid SSN and NINO shapes, MACs, versions).
import type { Rng } from "./prng.ts"
import { grp } from "./phones.ts"

export function luhnOk(d: string): boolean {
  let sum = 0
  for (let i = 0; i < d.length; i++) {
    let x = Number(d[d.length - 1 - i])
    if (i % 2 === 1) {
      x *= 2
      if (x > 9) x -= 9
    }
    sum += x
  }
  return sum % 10 === 0
}
function luhnDigit(body: string): string {
  for (let c = 0; c < 10; c++) if (luhnOk(body + c)) return String(c)
  throw new Error("unreachable")
}

const IINS: Array<[string[], number]> = [
  [["4"], 16],
  [["51", "52", "53", "54", "55", "2221", "2300", "2720"], 16],
  [["34", "37"], 15],
  [["6011", "65"], 16],
]
function cardDigits(r: Rng): string {
  const [pres, len] = r.pick(IINS)
  const pre = r.pick(pres)
  return pre + r.digits(len - pre.length - 1)
}
function cardForm(r: Rng, d: string): string {
  if (d.length === 15) return r.pick([grp(d, [4, 6, 5]), grp(d, [4, 6, 5], "-"), d])
  return r.pick([grp(d, [4, 4, 4, 4]), grp(d, [4, 4, 4, 4], "-"), d, grp(d, [4, 4, 4, 4])])
}
export function card(r: Rng): string {
  const body = cardDigits(r)
  return cardForm(r, body + luhnDigit(body))
}
/** A 16-digit number with a real IIN whose Luhn check fails. */
export function badCard(r: Rng): string {
  let body = cardDigits(r)
  while (body.length !== 15) body = cardDigits(r)
  const good = Number(luhnDigit(body))
  return cardForm(r, body + String((good + r.int(1, 9)) % 10))
}

const IBAN_SPEC: Record<string, [number, number]> = {
  NO: [15, 0], DK: [18, 0], LT: [20, 0], LV: [21, 4], SK: [24, 0], SI: [19, 0], HU: [28, 0], PT: [25, 0],
  BE: [16, 0], CH: [21, 0], ES: [24, 0], LU: [20, 0], BG: [22, 4], IE: [22, 4], GI: [23, 4], FR: [27, 0],
}
const BANKS: Record<string, string[]> = { LV: ["HABA", "UNLA", "PARX"], BG: ["BNBG", "UNCR", "STSA"], IE: ["AIBK", "BOFI"], GI: ["NWBK", "BARC"] }
export function mod97(s: string): number {
  const moved = s.slice(4) + s.slice(0, 4)
  let rem = 0
  for (const ch of moved) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch
    for (const c of v) rem = (rem * 10 + Number(c)) % 97
  }
  return rem
}
function ibanParts(r: Rng, cc: string): [string, string] {
  const spec = IBAN_SPEC[cc]
  if (!spec) throw new Error(`no IBAN spec ${cc}`)
  const [len, letters] = spec
  const bank = letters ? r.pick(BANKS[cc] ?? ["ABCD"]) : ""
  const bban = bank + r.digits(len - 4 - bank.length)
  const check = 98 - mod97(`${cc}00${bban}`)
  return [bban, String(check).padStart(2, "0")]
}
const ibanForm = (r: Rng, s: string) => (r.chance(0.6) ? grp(s, [4, 4, 4, 4, 4, 4, 4, 4]) : s)
export function iban(r: Rng, cc: string): string {
  const [bban, check] = ibanParts(r, cc)
  return ibanForm(r, cc + check + bban)
}
/** Right country and length, wrong check digits. */
export function badIban(r: Rng, cc: string): string {
  const [bban, check] = ibanParts(r, cc)
  let bad = check
  while (bad === check || mod97(cc + bad + bban) === 1) bad = String(r.int(2, 98)).padStart(2, "0")
  return ibanForm(r, cc + bad + bban)
}
export const IBAN_COUNTRIES = Object.keys(IBAN_SPEC)

export function ssn(r: Rng): string {
  let area = r.int(1, 899)
  if (area === 666) area = 667
  const a = String(area).padStart(3, "0")
  const g = String(r.int(1, 99)).padStart(2, "0")
  const s = String(r.int(1, 9999)).padStart(4, "0")
  return r.chance(0.8) ? `${a}-${g}-${s}` : `${a} ${g} ${s}`
}
export function badSsn(r: Rng): string {
  const a = r.pick(["000", "666", String(r.int(900, 999))])
  const g = r.chance(0.3) ? "00" : String(r.int(1, 99)).padStart(2, "0")
  return `${a}-${g}-${r.chance(0.3) ? "0000" : r.digits(4)}`
}
const NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
const NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ"
const NINO_BANNED = ["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"]
function ninoForm(r: Rng, pre: string, d: string, suf: string): string {
  return r.chance(0.7) ? `${pre} ${grp(d, [2, 2, 2])} ${suf}` : `${pre}${d}${suf}`
}
export function nino(r: Rng, manx = false): string {
  let pre = manx ? "MA" : ""
  while (!pre || NINO_BANNED.includes(pre)) pre = r.pick([...NINO_FIRST]) + r.pick([...NINO_SECOND])
  return ninoForm(r, pre, r.digits(6), r.pick(["A", "B", "C", "D"]))
}
export function badNino(r: Rng): string {
  const pre = r.pick(["GB", "BG", "NK", "TN", "ZZ", "DA", "FQ", "QV", "UA", "VI", "AO"])
  return ninoForm(r, pre, r.digits(6), r.pick(["A", "C", "E", "F", "Z"]))
}

export function ip(r: Rng): string {
  if (r.chance(0.25)) return `2001:db8:${r.int(1, 0xfff).toString(16)}::${r.int(1, 0xffff).toString(16)}`
  return `${r.pick([41, 62, 81, 102, 154, 178, 185, 196, 203])}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`
}
export function mac(r: Rng): string {
  const sep = r.pick([":", "-"])
  return Array.from({ length: 6 }, () => r.int(0, 255).toString(16).padStart(2, "0").toUpperCase()).join(sep)
}
/** A four-part version string with a part over 255, so it is no IPv4. */
export function version(r: Rng): string {
  return r.pick([`${r.int(1, 9)}.${r.int(0, 40)}.${r.int(256, 3000)}.${r.int(0, 99)}`, `v${r.int(1, 12)}.${r.int(0, 30)}.${r.int(0, 9)}`, `${r.int(2, 9)}.${r.int(0, 9)}.${r.int(0, 9)}-rc${r.int(1, 4)}`])
}

export function ascii(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ø/g, "o").replace(/Ø/g, "O").replace(/æ/g, "ae").replace(/ł/g, "l").replace(/ß/g, "ss").replace(/đ/g, "d")
    .replace(/[^A-Za-z0-9]+/g, "")
    .toLowerCase()
}
const CYR = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
const LAT = ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"]
export function translit(s: string): string {
  return [...s.toLowerCase()].map((c) => { const i = CYR.indexOf(c); return i >= 0 ? LAT[i] : c }).join("")
}
/** A person's address at a domain, from the person's own names. */
export function email(r: Rng, given: string, family: string, domain: string): string {
  const g = ascii(translit(given)) || "x"
  const f = ascii(translit(family)) || "y"
  return r.pick([`${g}.${f}@${domain}`, `${g[0]}${f}@${domain}`, `${g}${r.int(1, 99)}@${domain}`, `${f}.${g}@${domain}`])
}
