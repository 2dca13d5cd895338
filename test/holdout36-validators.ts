// Validators for the holdout36 corpus, written apart from its generator: they read
// only the final text of a label and know nothing of how it was made.
import { isIP } from "node:net"
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max"

export const digitsOf = (v: string) => v.replace(/\D/g, "")

export function luhn(d: string): boolean {
  let sum = 0
  for (let i = 0; i < d.length; i++) {
    let n = Number(d[d.length - 1 - i])
    if (i % 2 === 1) n = n * 2 > 9 ? n * 2 - 9 : n * 2
    sum += n
  }
  return d.length > 0 && sum % 10 === 0
}

/** Issuer prefix and length of the schemes a card label may carry. */
export function cardIin(d: string): boolean {
  const n = d.length
  if (/^4/.test(d)) return n === 13 || n === 16 || n === 19
  if (/^5[1-5]/.test(d)) return n === 16
  const two = Number(d.slice(0, 4))
  if (two >= 2221 && two <= 2720) return n === 16
  if (/^3[47]/.test(d)) return n === 15
  if (/^(6011|65|64[4-9])/.test(d)) return n >= 16 && n <= 19
  return false
}

export const isCard = (v: string) => /^\d[\d -]*\d$/.test(v) && !/[ -]{2}/.test(v) && luhn(digitsOf(v)) && cardIin(digitsOf(v))

const IBAN_LEN: Record<string, number> = {
  AL: 28, BE: 16, BG: 22, CH: 21, CY: 28, DE: 22, DK: 18, ES: 24, FR: 27, GB: 22, GI: 23, HU: 28, IE: 22, IT: 27, LT: 20, LV: 21, MT: 31, NL: 18, NO: 15, PT: 25, SI: 19, SK: 24,
}

const compactIban = (v: string) => v.replace(/ /g, "")

export function ibanShape(v: string): boolean {
  if (!/^[A-Z]{2}\d{2}( ?[A-Z0-9]{1,4})+$/.test(v)) return false
  const c = compactIban(v)
  return IBAN_LEN[c.slice(0, 2)] === c.length
}

export function ibanMod(v: string): number {
  const c = compactIban(v)
  const moved = c.slice(4) + c.slice(0, 4)
  let r = 0
  for (const ch of moved) {
    const s = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch
    for (const x of s) r = (r * 10 + Number(x)) % 97
  }
  return r
}

export const isIban = (v: string) => ibanShape(v) && ibanMod(v) === 1

export function isSsn(v: string): boolean {
  const m = /^(\d{3})-(\d{2})-(\d{4})$/.exec(v)
  if (!m) return false
  const [, a, g, s] = m as unknown as [string, string, string, string]
  return a !== "000" && a !== "666" && a[0] !== "9" && g !== "00" && s !== "0000"
}

export function isNino(v: string): boolean {
  const m = /^([A-Z])([A-Z]) ?\d{2} ?\d{2} ?\d{2} ?([A-D])$/.exec(v)
  if (!m) return false
  const [, a, b] = m as unknown as [string, string, string]
  if ("DFIQUV".includes(a) || "DFIOQUV".includes(b)) return false
  return !["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"].includes(a + b)
}

export const isIpAddr = (v: string) => isIP(v) !== 0

export const isEmail = (v: string) => /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/.test(v)

/** The countries whose phones a text in each language may carry. */
export const LANG_REGIONS: Record<string, CountryCode[]> = {
  en: ["IE", "GB", "CA", "NZ", "IN", "GH", "PH", "BB", "GI", "ZW", "LK", "BM", "CY"],
  da: ["DK"], nb: ["NO"], sk: ["SK"], hu: ["HU"], sl: ["SI"], bg: ["BG"], lt: ["LT"], lv: ["LV"], pt: ["PT"],
  es: ["MX", "AR"], fr: ["BE", "CA"], de: ["CH"], it: ["CH"], ca: ["ES"], eu: ["ES"], ru: ["RU"], sq: ["AL"], mt: ["MT"],
}

export const phoneValidIn = (v: string, regions: readonly CountryCode[]) => regions.some((r) => parsePhoneNumberFromString(v, r)?.isValid() === true)

const DIGIT: Record<string, string> = { oh: "0", zero: "0", one: "1", two: "2", three: "3", four: "4", five: "5", six: "6", seven: "7", eight: "8", nine: "9" }

/** Spoken digits read back ("oh eight seven, double five" -> "08755"), or null when the label is not spoken. */
export function spokenDigits(v: string): string | null {
  if (!/^[a-z][a-z ,]*[a-z]$/.test(v)) return null
  const words = v.split(/[ ,]+/)
  let out = ""
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!
    const times = w === "double" ? 2 : w === "triple" ? 3 : 1
    const d = DIGIT[times > 1 ? (words[++i] ?? "") : w]
    if (d === undefined) return null
    out += d.repeat(times)
  }
  return out
}

const nhs = (v: string) => {
  const d = digitsOf(v)
  if (!/^\d{3} \d{3} \d{4}$/.test(v)) return false
  const sum = [...d.slice(0, 9)].reduce((s, c, i) => s + Number(c) * (10 - i), 0)
  const chk = (11 - (sum % 11)) % 11
  return chk !== 10 && chk === Number(d[9])
}
const mpan = (v: string) => {
  if (!/^\d{13}$/.test(v)) return false
  const w = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43]
  return ([...v.slice(0, 12)].reduce((s, c, i) => s + Number(c) * w[i]!, 0) % 11) % 10 === Number(v[12])
}
const gtin = (v: string) => {
  if (!/^\d{12,13}$/.test(v)) return false
  const body = v.slice(0, -1)
  const sum = [...body].reverse().reduce((s, c, i) => s + Number(c) * (i % 2 ? 1 : 3), 0)
  return (10 - (sum % 10)) % 10 === Number(v.at(-1))
}

/** What each business number must look like (its own check where it has one). */
export const ID_CHECKS: Record<string, (v: string) => boolean> = {
  "nhs-number": nhs,
  mpan,
  barcode: gtin,
  mprn: (v) => /^10\d{9}$/.test(v),
  "bag-tag": (v) => /^\d{10}$/.test(v),
  "file-ref": (v) => /^[A-Z]{5}\d{5}$/.test(v),
  pnr: (v) => /^[A-Z2-9]{6}$/.test(v) && /[A-Z]/.test(v),
  flight: (v) => /^[A-Z]{2}\d{3,4}$/.test(v),
  seat: (v) => /^\d{1,2}[A-K]$/.test(v),
  "job-number": (v) => /^0\d{3} \d{3} \d{4}$/.test(v),
  "member-number": (v) => /^\d{8}$/.test(v),
  "key-safe": (v) => /^\d{4}$/.test(v),
  "door-pin": (v) => /^\d{4}$/.test(v),
  locker: (v) => /^\d{1,3}$/.test(v),
  "client-number": (v) => /^\d{6}$/.test(v),
  "care-plan": (v) => /^CP-\d{4}-[A-Z]$/.test(v),
  "dd-mandate": (v) => /^MNDT\d{8}[A-Z]{2}$/.test(v),
  "grant-ref": (v) => /^GR-20\d\d-\d{5}$/.test(v),
  "class-code": (v) => /^[A-Z]{3,4}-\d{4}$/.test(v),
  weight: (v) => /^\d{1,2}(\.\d)? kg$/.test(v),
  "meter-reading": (v) => /^\d+\.\d kWh$/.test(v),
  dose: (v) => /^\d+ mg$/.test(v),
  time: (v) => /^([01]?\d|2[0-3]):[0-5]\d$/.test(v),
  date: (v) => /^(\d{1,2}[./]\d{1,2}[./]20\d\d|20\d\d-\d\d-\d\d)$/.test(v),
  amount: (v) => /^\d+\.\d\d$/.test(v),
  extension: (v) => /^\d{2,3}$/.test(v),
}
