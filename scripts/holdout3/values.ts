// Value generators for the third held-out PII corpus: a seeded PRNG and
// checksum-correct (or deliberately checksum-wrong) identifiers. Nothing here
// knows about the recognizers; validity comes from the published rules
// (Luhn, ISO 13616 mod-97, SSA and HMRC allocation rules, libphonenumber's
// numbering plans).
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max"

// The sandbox's seeded PRNG (mulberry32): a script may use it; the corpus still knows nothing of the recognizers.
export { rng as createRng, type Rng } from "../../sandbox/random.ts"
import type { Rng } from "../../sandbox/random.ts"

export const int = (r: Rng, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1))
export const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!
export const digits = (r: Rng, n: number) => Array.from({ length: n }, () => String(int(r, 0, 9))).join("")
const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"

/** Expand a shape: X = digit, A = capital letter, [..] = one of the listed chars (ranges allowed). */
export function expand(r: Rng, shape: string): string {
  let out = ""
  for (let i = 0; i < shape.length; i++) {
    const c = shape[i]!
    if (c === "X") out += String(int(r, 0, 9))
    else if (c === "A") out += pick(r, LETTERS.split(""))
    else if (c === "[") {
      const close = shape.indexOf("]", i)
      const body = shape.slice(i + 1, close)
      const set: string[] = []
      for (let j = 0; j < body.length; j++) {
        if (body[j + 1] === "-" && j + 2 < body.length) {
          for (let k = body.charCodeAt(j); k <= body.charCodeAt(j + 2); k++) set.push(String.fromCharCode(k))
          j += 2
        } else set.push(body[j]!)
      }
      out += pick(r, set)
      i = close
    } else out += c
  }
  return out
}

// ---------- Luhn / cards ----------
export function luhnValid(d: string): boolean {
  let sum = 0
  for (let i = 0; i < d.length; i++) {
    let n = Number(d[d.length - 1 - i])
    if (i % 2 === 1) {
      n *= 2
      if (n > 9) n -= 9
    }
    sum += n
  }
  return sum % 10 === 0
}

function luhnComplete(body: string): string {
  for (let c = 0; c <= 9; c++) if (luhnValid(body + c)) return body + c
  throw new Error("unreachable")
}

export type Brand = "visa" | "mastercard" | "amex" | "discover" | "jcb" | "diners" | "unionpay"
const BRANDS: Record<Brand, { prefix: (r: Rng) => string; len: number; groups: number[] }> = {
  visa: { prefix: () => "4", len: 16, groups: [4, 4, 4, 4] },
  mastercard: { prefix: (r) => (r() < 0.7 ? `5${int(r, 1, 5)}` : String(int(r, 2221, 2720))), len: 16, groups: [4, 4, 4, 4] },
  amex: { prefix: (r) => pick(r, ["34", "37"]), len: 15, groups: [4, 6, 5] },
  discover: { prefix: (r) => pick(r, ["6011", "65", "644", "649"]), len: 16, groups: [4, 4, 4, 4] },
  jcb: { prefix: (r) => String(int(r, 3528, 3589)), len: 16, groups: [4, 4, 4, 4] },
  diners: { prefix: (r) => pick(r, ["36", "300", "305", "38"]), len: 14, groups: [4, 6, 4] },
  unionpay: { prefix: () => "62", len: 16, groups: [4, 4, 4, 4] },
}

export function cardDigits(r: Rng, brand: Brand): string {
  const b = BRANDS[brand]
  const p = b.prefix(r)
  return luhnComplete(p + digits(r, b.len - p.length - 1))
}

export function groupCard(d: string, brand: Brand, sep: string): string {
  if (sep === "") return d
  const out: string[] = []
  let i = 0
  for (const g of BRANDS[brand].groups) {
    out.push(d.slice(i, i + g))
    i += g
  }
  return out.join(sep)
}

/** A card-shaped 16-digit number with a card IIN whose Luhn check fails. */
export function badCardDigits(r: Rng): string {
  const good = cardDigits(r, pick(r, ["visa", "mastercard", "discover"] as Brand[]))
  const last = Number(good[15])
  return good.slice(0, 15) + String((last + int(r, 1, 9)) % 10)
}

// ---------- IBAN ----------
export const IBAN_BBAN: Record<string, (r: Rng) => string> = {
  DE: (r) => expand(r, "XXXXXXXXXXXXXXXXXX"),
  AT: (r) => expand(r, "XXXXXXXXXXXXXXXX"),
  CH: (r) => expand(r, "00XXXXXXXXXXXXXXX"),
  FR: (r) => expand(r, "XXXXXXXXXX0000XXXXXXXXX"),
  BE: (r) => expand(r, "XXXXXXXXXXXX"),
  ES: (r) => expand(r, "XXXXXXXXXXXXXXXXXXXX"),
  IT: (r) => expand(r, "AXXXXXXXXXX000000XXXXXX"),
  NL: (r) => pick(r, ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB"]) + digits(r, 10),
  PL: (r) => expand(r, "XXXXXXXXXXXXXXXXXXXXXXXX"),
  PT: (r) => expand(r, "00XXXXXXXXXXXXXXXXXXX"),
  GB: (r) => pick(r, ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(r, 14),
  IE: (r) => pick(r, ["AIBK", "BOFI"]) + digits(r, 14),
  SE: (r) => expand(r, "XXXXXXXXXXXXXXXXXXXX"),
  NO: (r) => expand(r, "XXXXXXXXXXX"),
  DK: (r) => expand(r, "XXXXXXXXXXXXXX"),
  FI: (r) => expand(r, "XXXXXXXXXXXXXX"),
  LU: (r) => expand(r, "XXX0000XXXXXXXXX"),
}
export const IBAN_LENGTH: Record<string, number> = {
  DE: 22, AT: 20, CH: 21, FR: 27, BE: 16, ES: 24, IT: 27, NL: 18, PL: 28, PT: 25, GB: 22, IE: 22, SE: 24,
  NO: 15, DK: 18, FI: 18, LU: 20,
}

const numeric = (s: string) => s.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55))
function mod97(s: string): number {
  let rem = 0
  for (const ch of numeric(s)) rem = (rem * 10 + Number(ch)) % 97
  return rem
}
export function ibanValid(iban: string): boolean {
  const c = iban.replace(/ /g, "")
  if (IBAN_LENGTH[c.slice(0, 2)] !== c.length) return false
  return mod97(c.slice(4) + c.slice(0, 4)) === 1
}
export function iban(r: Rng, country: string): string {
  const bban = IBAN_BBAN[country]!(r)
  const check = 98 - mod97(bban + country + "00")
  return country + String(check).padStart(2, "0") + bban
}
/** Same shape and length, check digits changed so mod-97 fails. */
export function badIban(r: Rng, country: string): string {
  const good = iban(r, country)
  const check = Number(good.slice(2, 4))
  let wrong = check
  while (wrong === check) wrong = int(r, 2, 98)
  return good.slice(0, 2) + String(wrong).padStart(2, "0") + good.slice(4)
}
export const groupIban = (s: string) => s.replace(/(.{4})/g, "$1 ").trim()

// ---------- SSN / NINO ----------
export function ssnValid(d: string): boolean {
  const area = Number(d.slice(0, 3))
  const group = Number(d.slice(3, 5))
  const serial = Number(d.slice(5))
  return d.length === 9 && area > 0 && area < 900 && area !== 666 && group > 0 && serial > 0
}
export function ssn(r: Rng): string {
  for (;;) {
    const d = String(int(r, 1, 899)).padStart(3, "0") + String(int(r, 1, 99)).padStart(2, "0") + String(int(r, 1, 9999)).padStart(4, "0")
    if (ssnValid(d) && !d.startsWith("078051120")) return d
  }
}
export function badSsn(r: Rng): string {
  const kind = int(r, 0, 3)
  if (kind === 0) return "000" + digits(r, 2).replace(/^00$/, "17") + String(int(r, 1, 9999)).padStart(4, "0")
  if (kind === 1) return "666" + String(int(r, 10, 99)) + String(int(r, 1000, 9999))
  if (kind === 2) return String(int(r, 900, 999)) + String(int(r, 10, 99)) + String(int(r, 1000, 9999))
  return String(int(r, 100, 899)) + String(int(r, 10, 99)) + "0000"
}
const NINO_BAD_PREFIX = new Set(["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"])
export function ninoValid(s: string): boolean {
  const c = s.replace(/ /g, "")
  if (!/^[A-Z]{2}\d{6}[A-D]$/.test(c)) return false
  if ("DFIQUV".includes(c[0]!) || "DFIOQUV".includes(c[1]!)) return false
  return !NINO_BAD_PREFIX.has(c.slice(0, 2))
}
export function nino(r: Rng): string {
  for (;;) {
    const c = pick(r, LETTERS.split("")) + pick(r, LETTERS.split("")) + digits(r, 6) + pick(r, ["A", "B", "C", "D"])
    if (ninoValid(c)) return c
  }
}
export function badNino(r: Rng): string {
  return pick(r, ["QQ", "GB", "BG", "DA", "FY", "NT", "ZZ", "TN", "OO"]) + digits(r, 6) + pick(r, ["A", "B", "C", "D"])
}
export const spacedNino = (c: string) => `${c.slice(0, 2)} ${c.slice(2, 4)} ${c.slice(4, 6)} ${c.slice(6, 8)} ${c.slice(8)}`

// ---------- IP ----------
export function ipv4(r: Rng): string {
  const k = int(r, 0, 4)
  if (k === 0) return `10.${int(r, 0, 255)}.${int(r, 0, 255)}.${int(r, 1, 254)}`
  if (k === 1) return `192.168.${int(r, 0, 255)}.${int(r, 1, 254)}`
  if (k === 2) return `172.${int(r, 16, 31)}.${int(r, 0, 255)}.${int(r, 1, 254)}`
  return `${pick(r, [31, 46, 62, 81, 84, 89, 91, 95, 109, 145, 151, 176, 185, 194, 203, 213])}.${int(r, 0, 255)}.${int(r, 0, 255)}.${int(r, 1, 254)}`
}
export function ipv6(r: Rng): string {
  const h = () => int(r, 0, 0xffff).toString(16)
  const k = int(r, 0, 3)
  if (k === 0) return `2001:db8:${h()}:${h()}::${h()}`
  if (k === 1) return `fe80::${h()}:${h()}:${h()}:${h()}`
  if (k === 2) return `2a02:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`
  return `2600:${h()}:${h()}::${h()}:${h()}`
}

// ---------- phones ----------
/** National significant number shapes per region; every draw is checked with libphonenumber's full metadata. */
const PHONE_NSN: Record<string, { cc: string; shapes: string[] }> = {
  US: { cc: "1", shapes: ["800[2-9]XXXXXX", "212[2-9]XXXXXX", "415[2-9]XXXXXX", "312[2-9]XXXXXX", "617[2-9]XXXXXX", "206[2-9]XXXXXX", "713[2-9]XXXXXX", "305[2-9]XXXXXX", "404[2-9]XXXXXX"] },
  CA: { cc: "1", shapes: ["416[2-9]XXXXXX", "604[2-9]XXXXXX", "514[2-9]XXXXXX"] },
  GB: { cc: "44", shapes: ["800[0-9]XXXXXX", "7[4-9]XXXXXXXX", "20[378]XXXXXXX", "161[2-9]XXXXXX", "131[2-9]XXXXXX"] },
  IE: { cc: "353", shapes: ["8[35-7]XXXXXXX", "1[2-9]XXXXXX"] },
  DE: { cc: "49", shapes: ["1[67][0-9]XXXXXXX", "15[1-79]XXXXXXXX", "30[1-9]XXXXXXX", "89[1-9]XXXXXX", "40[1-9]XXXXXXX", "221[1-9]XXXXXX"] },
  AT: { cc: "43", shapes: ["66[04]XXXXXXX", "1[2-9]XXXXXX", "316[2-9]XXXXX"] },
  CH: { cc: "41", shapes: ["7[6-9]XXXXXXX", "44[2-9]XXXXXX", "31[2-9]XXXXXX"] },
  FR: { cc: "33", shapes: ["6XXXXXXXX", "7[3-8]XXXXXXX", "1[4-5]XXXXXXX", "4[1-9]XXXXXXX"] },
  BE: { cc: "32", shapes: ["4[7-9]XXXXXXX", "2[2-9]XXXXXX", "9[2-9]XXXXXX"] },
  LU: { cc: "352", shapes: ["621XXXXXX", "691XXXXXX"] },
  ES: { cc: "34", shapes: ["6XXXXXXXX", "91[1-9]XXXXXX", "93[1-9]XXXXXX", "96[1-9]XXXXXX"] },
  NL: { cc: "31", shapes: ["6[1-5]XXXXXXX", "20[1-9]XXXXXX", "10[1-9]XXXXXX", "30[1-9]XXXXXX"] },
  IT: { cc: "39", shapes: ["3[2-9]XXXXXXXX", "06[1-9]XXXXXXX", "02[1-9]XXXXXXX"] },
  PL: { cc: "48", shapes: ["5[013]XXXXXXX", "6[069]XXXXXXX", "7[2389]XXXXXXX", "88XXXXXXX", "22[1-9]XXXXXX", "12[1-9]XXXXXX"] },
  PT: { cc: "351", shapes: ["9[1236]XXXXXXX", "21[1-9]XXXXXX", "22[1-9]XXXXXX"] },
  BR: { cc: "55", shapes: ["119[6-9]XXXXXXX", "219[6-9]XXXXXXX"] },
  SE: { cc: "46", shapes: ["7[0236]XXXXXXX", "8[1-9]XXXXXXX", "31[1-9]XXXXXX"] },
  NO: { cc: "47", shapes: ["4[015-8]XXXXXX", "9[0-8]XXXXXX", "2[1-9]XXXXXX"] },
  DK: { cc: "45", shapes: ["2[0-9]XXXXXX", "3[0-1]XXXXXX", "4[0-2]XXXXXX"] },
  FI: { cc: "358", shapes: ["4[0-6]XXXXXXX", "50XXXXXXX", "9[1-9]XXXXXX"] },
  IN: { cc: "91", shapes: ["9[7-9]XXXXXXXX", "8[7-9]XXXXXXXX", "7[0-9]XXXXXXXX"] },
  PK: { cc: "92", shapes: ["3[0-4]XXXXXXXX"] },
  NG: { cc: "234", shapes: ["80[3-9]XXXXXXX", "70[3-8]XXXXXXX"] },
  GH: { cc: "233", shapes: ["2[04]XXXXXXX", "5[45]XXXXXXX"] },
  KE: { cc: "254", shapes: ["7[0-2]XXXXXXX"] },
  ZA: { cc: "27", shapes: ["8[2-4]XXXXXXX", "7[1-4]XXXXXXX"] },
  VN: { cc: "84", shapes: ["9[0-8]XXXXXXX", "3[2-9]XXXXXXX"] },
  PH: { cc: "63", shapes: ["9[1-7]XXXXXXXX"] },
  JP: { cc: "81", shapes: ["90XXXXXXXX", "80XXXXXXXX"] },
  KR: { cc: "82", shapes: ["10[2-9]XXXXXXX"] },
  CN: { cc: "86", shapes: ["13[0-9]XXXXXXXX", "18[6-9]XXXXXXXX"] },
  AE: { cc: "971", shapes: ["5[0256]XXXXXXX"] },
  MA: { cc: "212", shapes: ["6[1-6]XXXXXXX"] },
  EG: { cc: "20", shapes: ["1[0-2]XXXXXXXX"] },
  TR: { cc: "90", shapes: ["5[3-5]XXXXXXXX"] },
  UA: { cc: "380", shapes: ["50XXXXXXX", "67XXXXXXX", "97XXXXXXX"] },
  MX: { cc: "52", shapes: ["55[1-9]XXXXXXX", "33[1-9]XXXXXXX"] },
  AU: { cc: "61", shapes: ["4[0-9]XXXXXXX"] },
}
export const PHONE_REGIONS = Object.keys(PHONE_NSN)

/** A valid E.164 number of a region (checked with libphonenumber-js/max; US/CA never 555). */
export function phoneE164(r: Rng, region: string): string {
  const spec = PHONE_NSN[region]!
  for (let i = 0; i < 500; i++) {
    const nsn = expand(r, pick(r, spec.shapes))
    if ((region === "US" || region === "CA") && nsn.slice(3, 6) === "555") continue
    const p = parsePhoneNumberFromString(`+${spec.cc}${nsn}`)
    if (p?.isValid() && p.country === region) return p.number
  }
  throw new Error(`no valid phone for ${region}`)
}

export type PhoneStyle = "national" | "intl" | "intl00" | "e164" | "dashed" | "intldash" | "dotted" | "slash" | "compact" | "paren0"

/** Format an E.164 number in a style; falls back to plain national when the style does not reparse to the same number. */
export function formatPhone(e164: string, region: string, style: PhoneStyle): string {
  const p = parsePhoneNumberFromString(e164)!
  const nat = p.formatNational()
  const intl = p.formatInternational()
  let s: string
  switch (style) {
    case "national": s = nat; break
    case "intl": s = intl; break
    case "intl00": s = intl.replace(/^\+/, "00"); break
    case "e164": s = p.number; break
    case "dashed": s = nat.replace(/^\((\d+)\) /, "$1-").replace(/ /g, "-"); break
    case "intldash": s = intl.replace(/ /g, "-"); break
    case "dotted": s = nat.replace(/ /g, "."); break
    case "slash": s = nat.replace(" ", "/"); break
    case "compact": s = nat.replace(/[\s()-]/g, ""); break
    case "paren0": s = region === "GB" || region === "DE" || region === "CH" || region === "AT" ? intl.replace(" ", " (0)") : intl; break
  }
  return phoneReparses(s, region, e164) ? s : nat
}

export function phoneReparses(s: string, region: string, e164: string): boolean {
  const p = parsePhoneNumberFromString(s.replace(" (0)", " "), region as CountryCode)
  return !!p && p.isValid() && p.number === e164
}
