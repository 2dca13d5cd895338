// Valid entity values: cards (Luhn, real IINs), IBANs (mod 97), US SSNs,
// UK NINOs, IP addresses and e-mail addresses.
import type { Rng } from "./prng.ts"

export const luhnCheck = (body: string): number => {
  let sum = 0
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i])
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2
    sum += d
  }
  return (10 - (sum % 10)) % 10
}

/** [IIN prefix, length] for the schemes used. */
export const IINS: [string, number][] = [
  ["4", 16], ["4", 16], ["51", 16], ["53", 16], ["55", 16], ["2221", 16], ["2720", 16], ["34", 15], ["37", 15],
  ["6011", 16], ["65", 16], ["3530", 16], ["3589", 16], ["36", 14], ["62", 16], ["4", 13],
]

function groupCard(rng: Rng, n: string): string {
  const sep = rng.pick([" ", " ", "-", ""])
  if (n.length === 15) return [n.slice(0, 4), n.slice(4, 10), n.slice(10)].join(sep)
  if (n.length === 14) return [n.slice(0, 4), n.slice(4, 10), n.slice(10)].join(sep)
  return (n.match(/.{1,4}/g) ?? []).join(sep)
}

/** A card number: real IIN, right length, valid Luhn; `bad` makes the Luhn digit wrong. */
export function cardNumber(rng: Rng, bad = false, len16 = false): string {
  const [iin, len] = len16 ? rng.pick(IINS.filter(([, l]) => l === 16)) : rng.pick(IINS)
  const body = iin + rng.digits(len - 1 - iin.length)
  const check = luhnCheck(body)
  const d = bad ? (check + rng.int(1, 9)) % 10 : check
  return groupCard(rng, body + String(d))
}

export const IBAN_LEN: Record<string, number> = { IE: 22, GB: 22, BR: 29, CH: 21, DK: 18, NO: 15, FI: 18, EE: 20, SK: 24, UA: 29, HR: 21 }
const BANKS: Record<string, string[]> = { IE: ["AIBK", "BOFI", "IPBS", "ULSB"], GB: ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"] }

export function mod97(s: string): number {
  const moved = (s.slice(4) + s.slice(0, 4)).toUpperCase()
  const digits = moved.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55))
  let r = 0
  for (const ch of digits) r = (r * 10 + Number(ch)) % 97
  return r
}

function bban(rng: Rng, cc: string): string {
  const len = IBAN_LEN[cc]! - 4
  if (cc === "IE" || cc === "GB") return rng.pick(BANKS[cc]!) + rng.digits(len - 4)
  if (cc === "BR") return rng.digits(23) + rng.pick(["C", "P"]) + rng.pick(["1", "2"])
  return rng.digits(len)
}

/** An IBAN of country `cc`; `bad` gives it wrong check digits. Grouped by four or compact. */
export function iban(rng: Rng, cc: string, bad = false): string {
  const b = bban(rng, cc)
  const check = 98 - mod97(`${cc}00${b}`)
  let kk = check
  if (bad) kk = (check + rng.int(1, 96)) % 97 || 2
  if (bad && kk === check) kk = (check % 97) + 1
  const s = `${cc}${String(kk).padStart(2, "0")}${b}`
  return rng.chance(0.7) ? (s.match(/.{1,4}/g) ?? []).join(" ") : s
}

export function ssn(rng: Rng): string {
  let area = rng.int(1, 899)
  if (area === 666) area = 667
  const a = String(area).padStart(3, "0")
  const g = String(rng.int(1, 99)).padStart(2, "0")
  const s = String(rng.int(1, 9999)).padStart(4, "0")
  return rng.chance(0.8) ? `${a}-${g}-${s}` : `${a} ${g} ${s}`
}

const NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
const NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ"
const NINO_BAD_PAIRS = ["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"]

export function nino(rng: Rng): string {
  let p = ""
  do p = rng.pick([...NINO_FIRST]) + rng.pick([...NINO_SECOND])
  while (NINO_BAD_PAIRS.includes(p))
  const d = rng.digits(6)
  const suffix = rng.pick(["A", "B", "C", "D"])
  return rng.chance(0.7) ? `${p} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${suffix}` : `${p}${d}${suffix}`
}

export function ipv4(rng: Rng): string {
  const first = rng.pick([31, 37, 46, 62, 78, 81, 89, 92, 100, 105, 109, 145, 176, 185, 191, 203, 212])
  return [first, rng.int(0, 255), rng.int(0, 255), rng.int(1, 254)].join(".")
}

export function ipv6(rng: Rng): string {
  const hex = () => rng.int(0, 0xffff).toString(16)
  const head = rng.pick(["2a02", "2001", "2804", "2600", "2a00", "2406"])
  return rng.chance(0.5) ? `${head}:${hex()}:${hex()}:${hex()}::${hex()}` : `${head}:${hex()}:${hex()}:${hex()}:${hex()}:${hex()}:${hex()}:${hex()}`
}

const CYR: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "h", ґ: "g", д: "d", е: "e", є: "ie", ж: "zh", з: "z", и: "y", і: "i", ї: "i", й: "i", к: "k", л: "l",
  м: "m", н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "kh", ц: "ts", ч: "ch", ш: "sh", щ: "shch", ь: "", ю: "iu", я: "ia", "'": "", "’": "",
}
const SPECIAL: Record<string, string> = { ø: "o", æ: "ae", ß: "ss", đ: "d", ł: "l", ð: "d", þ: "th", œ: "oe", ı: "i" }

/** ASCII for an e-mail local part: marks stripped, Cyrillic romanised, apostrophes and spaces dropped. */
export function ascii(s: string): string {
  return [...s.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "")]
    .map((c) => CYR[c] ?? SPECIAL[c] ?? c)
    .join("")
    .replace(/[^a-z0-9.-]/g, "")
}

export function personEmail(rng: Rng, given: string, surname: string, domains: string[]): string {
  const g = ascii(given.split(" ")[0]!)
  const s = ascii(surname.replace(/ /g, ""))
  const local = rng.pick([`${g}.${s}`, `${g}${s}`, `${g[0]}${s}`, `${g}.${s}${rng.int(1, 99)}`, `${s}.${g}`, `${g}_${s}`])
  return `${local}@${rng.pick(domains)}`
}
