// Validators for the holdout35 corpus, written apart from its generator: they
// read only the final text of a span and know nothing of how it was made.
import { isIP } from "node:net"
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max"

export const digitsOf = (v: string): string => v.replace(/\D/g, "")

export function luhn(d: string): boolean {
  let sum = 0
  for (let i = 0; i < d.length; i++) {
    let x = d.charCodeAt(d.length - 1 - i) - 48
    if (i % 2 === 1) x = x * 2 > 9 ? x * 2 - 9 : x * 2
    sum += x
  }
  return d.length > 0 && sum % 10 === 0
}

/** The number starts with an issuer range whose cards have this many digits. */
export function cardIin(d: string): boolean {
  const n = d.length
  const p2 = Number(d.slice(0, 2)), p3 = Number(d.slice(0, 3)), p4 = Number(d.slice(0, 4))
  if (d[0] === "4") return n === 13 || n === 16 || n === 19
  if ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) return n === 16
  if (p2 === 34 || p2 === 37) return n === 15
  if (p4 === 6011 || p2 === 65 || (p3 >= 644 && p3 <= 649)) return n >= 16 && n <= 19
  if (p4 >= 3528 && p4 <= 3589) return n >= 16 && n <= 19
  if ((p3 >= 300 && p3 <= 305) || p2 === 36 || p2 === 38 || p2 === 39) return n >= 14 && n <= 19
  if (p2 === 62) return n >= 16 && n <= 19
  if (p2 === 50 || (p2 >= 56 && p2 <= 69)) return n >= 12 && n <= 19
  return false
}

export function isCard(v: string): boolean {
  if (!/^\d[\d -]*\d$/.test(v) || /[ -]{2}/.test(v)) return false
  const d = digitsOf(v)
  return d.length >= 12 && d.length <= 19 && cardIin(d) && luhn(d)
}

const IBAN_LEN: Record<string, number> = {
  GB: 22, NL: 18, BE: 16, PL: 28, CZ: 24, RO: 24, HR: 21, RS: 22, GR: 27, TR: 26, FI: 18, SE: 24, UA: 29, AT: 20, FR: 27, IT: 27, MT: 31, PK: 24, BR: 29,
  DE: 22, ES: 24, PT: 25, IE: 22, DK: 18, NO: 15, EE: 20, IS: 26, CH: 21, SK: 24, HU: 28, SI: 19, BG: 22, LT: 20, LV: 21, LU: 20, CY: 28,
}
export function ibanShape(v: string): boolean {
  if (!/^[A-Z]{2}\d{2}( ?[A-Z0-9]{1,4})+$/.test(v)) return false
  const c = v.replace(/ /g, "")
  return IBAN_LEN[c.slice(0, 2)] === c.length
}
export function ibanMod(v: string): number {
  const c = v.replace(/ /g, "")
  const num = (c.slice(4) + c.slice(0, 4)).replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55))
  let m = 0
  for (const ch of num) m = (m * 10 + Number(ch)) % 97
  return m
}
export const isIban = (v: string): boolean => ibanShape(v) && ibanMod(v) === 1

export function isSsn(v: string): boolean {
  const m = /^(\d{3})-(\d{2})-(\d{4})$/.exec(v)
  if (!m) return false
  const [area, group, serial] = [Number(m[1]), Number(m[2]), Number(m[3])]
  return area !== 0 && area !== 666 && area < 900 && group !== 0 && serial !== 0
}

export function isNino(v: string): boolean {
  const c = v.replace(/ /g, "")
  if (!/^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/.test(c)) return false
  return !["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"].includes(c.slice(0, 2))
}

export const isIpAddr = (v: string): boolean => isIP(v) !== 0
export const isEmail = (v: string): boolean => /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/.test(v)

export const LANG_REGIONS: Record<string, string[]> = {
  en: ["GB", "KE", "NG", "MY", "SG", "JM", "TT", "HK", "AU", "ZA", "MT", "PK"], nl: ["NL", "BE"], pl: ["PL"], cs: ["CZ"], ro: ["RO"], hr: ["HR"], sr: ["RS"],
  el: ["GR"], tr: ["TR"], fi: ["FI"], sv: ["SE"], uk: ["UA"], de: ["AT"], fr: ["FR"], es: ["CL", "CO"], pt: ["BR"], it: ["IT"],
}
export const phoneValidIn = (v: string, regions: string[]): boolean =>
  regions.some((c) => parsePhoneNumberFromString(v, c as CountryCode)?.isValid() === true)

const DIGIT_WORDS: Record<string, string> = { oh: "0", o: "0", zero: "0", nought: "0", one: "1", two: "2", three: "3", four: "4", five: "5", six: "6", seven: "7", eight: "8", nine: "9" }
/** Digits read aloud ("oh seven, double five ...") as a digit string; null when `v` is not such words. */
export function spokenDigits(v: string): string | null {
  if (!/^[a-z]+([ ,-]+[a-z]+)*$/i.test(v)) return null
  const words = v.toLowerCase().split(/[ ,-]+/)
  let out = ""
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!
    const times = w === "double" ? 2 : w === "triple" ? 3 : 1
    const d = DIGIT_WORDS[times > 1 ? words[++i] ?? "" : w]
    if (d === undefined) return null
    out += d.repeat(times)
  }
  return out.length >= 7 ? out : null
}

const vinValue = (ch: string) => (/\d/.test(ch) ? Number(ch) : [1, 2, 3, 4, 5, 6, 7, 8, 0, 1, 2, 3, 4, 5, 0, 7, 0, 9, 2, 3, 4, 5, 6, 7, 8, 9][ch.charCodeAt(0) - 65]!)
export function vinOk(v: string): boolean {
  if (!/^[A-HJ-NPR-Z0-9]{17}$/.test(v)) return false
  const w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
  const sum = [...v].reduce((s, ch, i) => s + vinValue(ch) * w[i]!, 0) % 11
  return v[8] === (sum === 10 ? "X" : String(sum))
}

/** Each business number kind and what its value must look like. */
export const ID_CHECKS: Record<string, (v: string) => boolean> = {
  imei: (v) => /^\d{15}$/.test(v) && luhn(v),
  vin: vinOk,
  tooth: (v) => /^((UR|UL|LR|LL)[1-8]|[1-4][1-8])$/.test(v),
  passcode: (v) => /^\d{4,6}$/.test(v),
  "patient-number": (v) => /^(PT-|P)\d{6}$/.test(v),
  "treatment-plan": (v) => /^TP-\d{2}-\d{4}$/.test(v),
  "lab-order": (v) => /^(LAB\/\d{5}|\d{5}-L)$/.test(v),
  "appointment-slot": (v) => /^([01]\d|2[0-3]):[0-5]\d$/.test(v),
  "rental-agreement": (v) => /^RA(\d{7}|-\d{3}-\d{4})$/.test(v),
  plate: (v) => /^(?=.*\d)(?=.*[A-Z])[A-Z0-9][A-Z0-9 -]{2,9}[A-Z0-9]$/.test(v),
  "breakdown-job": (v) => /^(BJ \d{6}|RSA-\d{5})$/.test(v),
  mileage: (v) => /^\d{1,3} \d{3} km$/.test(v),
  "fuel-level": (v) => /^([1-7]\/[248]|[1-9]0%)$/.test(v),
  "storage-unit": (v) => /^[A-D]-\d{3}$/.test(v),
  "seal-number": (v) => /^(SL)?\d{7}$/.test(v),
  "inventory-id": (v) => /^INV-\d{2}-\d{4}$/.test(v),
  "crate-count": (v) => /^\d{1,2}$/.test(v),
  volume: (v) => /^\d+(\.\d)? (m3|cu ft)$/.test(v),
  "quote-number": (v) => /^(0\d{3} \d{3} \d{3}|Q-\d{2}-\d{4})$/.test(v),
  "device-serial": (v) => /^(?=.*\d)[A-Z0-9]{11,12}$/.test(v),
  "repair-ticket": (v) => /^(RT-|#)\d{5}$/.test(v),
  "part-number": (v) => /^(661-\d{5}|GH82-\d{5}A)$/.test(v),
  date: (v) => /^(\d{1,2}[./]\d{1,2}[./]\d{4}|\d{4}-\d{2}-\d{1,2})$/.test(v),
  time: (v) => /^\d{1,2}:\d{2}$/.test(v),
  timestamp: (v) => !Number.isNaN(Date.parse(v)) && /^\d{4}-\d{2}-\d{2}T/.test(v),
  "name-word": (v) => /^[\p{L}\p{M}]+$/u.test(v),
}
