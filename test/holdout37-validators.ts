// Validators for the holdout37 corpus, written apart from its generator: they read
// only the final text of a label and know nothing of how it was made.
import { isIP } from "node:net"
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max"

export const digitsOf = (v: string) => v.replace(/\D/g, "")

export function luhn(d: string): boolean {
  if (!/^\d+$/.test(d)) return false
  const sum = [...d].reverse().reduce((s, ch, i) => {
    const n = Number(ch) * (i % 2 ? 2 : 1)
    return s + (n > 9 ? n - 9 : n)
  }, 0)
  return sum % 10 === 0
}

/** Issuer prefix and length of Visa, Mastercard (51-55, 2221-2720), Amex and Discover. */
export function cardIin(d: string): boolean {
  const n = d.length
  const four = Number(d.slice(0, 4))
  if (d.startsWith("4")) return [13, 16, 19].includes(n)
  if (/^5[1-5]/.test(d) || (four >= 2221 && four <= 2720)) return n === 16
  if (/^3[47]/.test(d)) return n === 15
  if (/^(6011|65|64[4-9])/.test(d)) return n >= 16 && n <= 19
  return false
}

export const isCard = (v: string) => /^\d[\d -]*\d$/.test(v) && !/[ -]{2}/.test(v) && luhn(digitsOf(v)) && cardIin(digitsOf(v))

export const IBAN_LEN: Record<string, number> = {
  GB: 22, NL: 18, BE: 16, SE: 24, FI: 18, PL: 28, CZ: 24, RO: 24, HR: 21, RS: 22, GR: 27, TR: 26, EE: 20, IS: 26, UA: 29, AT: 20, FR: 27, ES: 24, BR: 29, IT: 27,
}

export function ibanShape(v: string): boolean {
  if (!/^[A-Z]{2}\d{2}(?: ?[A-Z0-9]{1,4})+$/.test(v)) return false
  if (v.includes(" ") && !/^([A-Z0-9]{4} )+[A-Z0-9]{1,4}$/.test(v)) return false
  const c = v.replace(/ /g, "")
  return IBAN_LEN[c.slice(0, 2)] === c.length
}

export function ibanMod(v: string): number {
  const c = v.replace(/ /g, "")
  const num = [...(c.slice(4) + c.slice(0, 4))].map((ch) => (/\d/.test(ch) ? ch : String(ch.charCodeAt(0) - 55))).join("")
  return Number(BigInt(num) % 97n)
}

export const isIban = (v: string) => ibanShape(v) && ibanMod(v) === 1

export function isSsn(v: string): boolean {
  const m = /^(\d{3})-(\d{2})-(\d{4})$/.exec(v)
  if (!m) return false
  const area = Number(m[1])
  return area !== 0 && area !== 666 && area < 900 && m[2] !== "00" && m[3] !== "0000"
}

export function isNino(v: string): boolean {
  const m = /^([A-Z]{2}) ?(\d{2}) ?(\d{2}) ?(\d{2}) ?([A-D])$/.exec(v)
  if (!m) return false
  const p = m[1]!
  if (/[DFIQUV]/.test(p[0]!) || /[DFIOQUV]/.test(p[1]!)) return false
  return !["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"].includes(p)
}

export const isIpAddr = (v: string) => isIP(v) !== 0

export const isEmail = (v: string) => /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/.test(v)

/** The countries whose phones a text in each language may carry. */
export const LANG_REGIONS: Record<string, CountryCode[]> = {
  en: ["US", "GB", "AU", "ZA", "NG", "KE", "SG", "MY", "JM", "TT", "PK", "HK"],
  nl: ["NL", "BE"], sv: ["SE"], fi: ["FI"], pl: ["PL"], cs: ["CZ"], ro: ["RO"], hr: ["HR"], sr: ["RS"], el: ["GR"], tr: ["TR"], et: ["EE"], is: ["IS"],
  uk: ["UA"], de: ["AT"], fr: ["FR"], es: ["ES", "CO", "CL"], pt: ["BR"], it: ["IT"],
}

export const phoneValidIn = (v: string, regions: readonly CountryCode[]) => regions.some((r) => parsePhoneNumberFromString(v, r)?.isValid() === true)

const SPOKEN = ["oh|zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]

/** Spoken digits read back ("oh one three one, double five" -> "013155"), or null when the label is not spoken. */
export function spokenDigits(v: string): string | null {
  if (!/^[a-z]+([ ,]+[a-z]+)*$/.test(v)) return null
  let out = ""
  let times = 1
  for (const word of v.split(/[ ,]+/)) {
    if (word === "double" || word === "triple") { times = word === "double" ? 2 : 3; continue }
    const d = SPOKEN.findIndex((s) => s.split("|").includes(word))
    if (d < 0) return null
    out += String(d).repeat(times)
    times = 1
  }
  return times === 1 ? out : null
}

const VIN_MAP = "0123456789.ABCDEFGH..JKLMN.P.R..STUVWXYZ"
function vinOk(v: string): boolean {
  if (!/^[A-HJ-NPR-Z0-9]{17}$/.test(v)) return false
  const weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
  let sum = 0
  for (let i = 0; i < 17; i++) {
    const ch = v[i]!
    const value = /\d/.test(ch) ? Number(ch) : (VIN_MAP.indexOf(ch) % 10)
    sum += value * weights[i]!
  }
  const chk = sum % 11
  return v[8] === (chk === 10 ? "X" : String(chk))
}

function isbnOk(v: string): boolean {
  const d = v.replace(/-/g, "")
  if (/^97[89]\d{10}$/.test(d)) return [...d].reduce((s, c, i) => s + Number(c) * (i % 2 ? 3 : 1), 0) % 10 === 0
  if (/^\d{9}[\dX]$/.test(d)) return [...d].reduce((s, c, i) => s + (c === "X" ? 10 : Number(c)) * (10 - i), 0) % 11 === 0
  return false
}

const validDate = (y: number, m: number, d: number) => m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate()

/** What each business number must look like (its own check where it has one). */
export const ID_CHECKS: Record<string, (v: string) => boolean> = {
  microchip: (v) => /^\d{15}$/.test(digitsOf(v)) && /^(\d{15}|\d{3} \d{3} \d{3} \d{6})$/.test(v) && /^(826|036|710|528|752|9\d\d)/.test(v),
  batch: (v) => /^[A-Z]\d{3}[A-Z]\d{2}$/.test(v),
  weight: (v) => /^\d{1,2}\.\d kg$/.test(v),
  "client-account": (v) => /^\d{7}$/.test(v),
  "appointment-ref": (v) => /^APT-\d{6}-\d{2}$/.test(v) && validDate(2000 + Number(v.slice(4, 6)), Number(v.slice(6, 8)), Number(v.slice(8, 10))),
  plate: (v) => /^([A-Z]{2}\d{2} [A-Z]{3}|\d[A-Z]{3}\d{3}|[A-Z]{3}-\d{3}|\d-[A-Z]{3}-\d{2}|[A-Z]{2} \d{3} [A-Z]{2})$/.test(v),
  vin: vinOk,
  agreement: (v) => /^\d{9,10}$/.test(v),
  odometer: (v) => /^\d{2,3},\d{3} (km|mi)$/.test(v),
  "job-ref": (v) => /^BD-\d{4}-\d{2}$/.test(v),
  gps: (v) => { const m = /^(-?\d{1,2}\.\d{5}), (-?\d{1,3}\.\d{5})$/.exec(v); return !!m && Math.abs(Number(m[1])) <= 90 && Math.abs(Number(m[2])) <= 180 },
  "student-id": (v) => /^[12]\d{7,8}$/.test(v),
  course: (v) => /^[A-Z]{3,4}\d{4}$/.test(v),
  isbn: isbnOk,
  room: (v) => /^[A-Z]\d\.\d{2}$/.test(v),
  grade: (v) => /^(\d{2}%|A-|B\+|B|C|2:1|HD)$/.test(v),
  "application-ref": (v) => /^APP-20\d\d-\d{6}$/.test(v),
  timestamp: (v) => { const m = /^(\d{4})-(\d\d)-(\d\d)T([01]\d|2[0-3]):[0-5]\d:[0-5]\dZ$/.exec(v); return !!m && validDate(Number(m[1]), Number(m[2]), Number(m[3])) },
  "meter-serial": (v) => /^\d{2}[A-Z]\d{6}$/.test(v),
  "water-account": (v) => /^(0\d{10}|0\d{3} \d{3} \d{4})$/.test(v),
  reading: (v) => /^(\d+\.\d m³|\d+ L|\d+\.\d m3)$/.test(v),
  "zone-code": (v) => /^[A-Z]{2}\d{1,2} \d[A-Z]$/.test(v),
  "ticket-no": (v) => /^WTR-\d{7}$/.test(v),
  bic: (v) => /^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(v),
  "order-id": (v) => /^\d{8,10}$/.test(v),
  version: (v) => /^v?\d{1,2}\.\d{1,2}\.\d{1,2}$/.test(v),
  date: (v) => { const m = /^(\d{1,2})[./](\d{1,2})[./](20\d\d)$|^(20\d\d)-(\d\d)-(\d\d)$/.exec(v); return !!m && (m[1] ? validDate(Number(m[3]), Number(m[2]), Number(m[1])) : validDate(Number(m[4]), Number(m[5]), Number(m[6]))) },
  time: (v) => /^([01]?\d|2[0-3]):[0-5]\d$/.test(v),
  amount: (v) => /^\d+\.\d\d$/.test(v),
  extension: (v) => /^\d{2,3}$/.test(v),
}
