// Validators for test/pii-holdout34.test.ts, written apart from the
// generator: each reads only the final text of a span.
import { isIP } from "node:net"
import { parsePhoneNumber, type CountryCode } from "libphonenumber-js/max"

export const digitsOf = (s: string) => s.replace(/\D/g, "")
export function luhn(d: string): boolean {
  let sum = 0
  let dbl = false
  for (let i = d.length - 1; i >= 0; i--) {
    let x = d.charCodeAt(i) - 48
    if (dbl) x = x * 2 > 9 ? x * 2 - 9 : x * 2
    sum += x
    dbl = !dbl
  }
  return sum % 10 === 0
}
/** Issuer prefix and length of the major networks. */
export function cardIin(d: string): boolean {
  if (/^4/.test(d)) return [13, 16, 19].includes(d.length)
  if (/^5[1-5]/.test(d)) return d.length === 16
  const p4 = Number(d.slice(0, 4))
  if (p4 >= 2221 && p4 <= 2720) return d.length === 16
  if (/^3[47]/.test(d)) return d.length === 15
  if (/^(6011|65|64[4-9])/.test(d)) return d.length === 16
  return false
}
export function isCard(s: string): boolean {
  if (!/^\d[\d -]+\d$/.test(s)) return false
  const d = digitsOf(s)
  return cardIin(d) && luhn(d)
}

export const IBAN_LEN: Record<string, number> = { NO: 15, DK: 18, LT: 20, LV: 21, SK: 24, SI: 19, HU: 28, PT: 25, BE: 16, CH: 21, ES: 24, LU: 20, BG: 22, IE: 22, GI: 23, FR: 27 }
export function ibanMod(s: string): number {
  const t = s.replace(/ /g, "")
  let rem = 0
  for (const ch of t.slice(4) + t.slice(0, 4)) {
    const v = ch >= "A" && ch <= "Z" ? String(ch.charCodeAt(0) - 55) : ch
    for (const x of v) rem = (rem * 10 + Number(x)) % 97
  }
  return rem
}
export function ibanShape(s: string): boolean {
  const t = s.replace(/ /g, "")
  return /^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(t) && IBAN_LEN[t.slice(0, 2)] === t.length && (s === t || /^([A-Z0-9]{4} )+[A-Z0-9]{1,4}$/.test(s))
}
export const isIban = (s: string) => ibanShape(s) && ibanMod(s) === 1

export function isSsn(s: string): boolean {
  const m = /^(\d{3})[- ](\d{2})[- ](\d{4})$/.exec(s)
  if (!m) return false
  const a = Number(m[1])
  return a > 0 && a !== 666 && a < 900 && m[2] !== "00" && m[3] !== "0000"
}
export function isNino(s: string): boolean {
  const t = s.replace(/ /g, "")
  const m = /^([A-Z])([A-Z])\d{6}([A-D])$/.exec(t)
  if (!m) return false
  if ("DFIQUV".includes(m[1]!) || "DFIQUVO".includes(m[2]!)) return false
  return !["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"].includes(m[1]! + m[2]!)
}
export const isIpAddr = (s: string) => isIP(s) !== 0
export const isEmail = (s: string) => /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/.test(s)

/** The phone regions of each language of the corpus. */
export const LANG_REGIONS: Record<string, CountryCode[]> = {
  en: ["GH", "UG", "ZM", "NA", "IE", "IM", "NZ", "FJ", "BB", "BS", "US", "CA", "GI"],
  no: ["NO"], da: ["DK"], lt: ["LT"], lv: ["LV"], sk: ["SK"], sl: ["SI"], hu: ["HU"], pt: ["PT"], es: ["MX", "AR", "UY"],
  fr: ["BE", "CH", "CA"], de: ["CH"], it: ["CH"], ca: ["ES"], lb: ["LU"], ru: ["RU"], bg: ["BG"],
}
export function phoneValidIn(s: string, regions: CountryCode[]): boolean {
  return regions.some((r) => {
    try {
      return parsePhoneNumber(s, r).isValid()
    } catch {
      return false
    }
  })
}
const SPOKEN: Record<string, string> = { oh: "0", zero: "0", one: "1", two: "2", three: "3", four: "4", five: "5", six: "6", seven: "7", eight: "8", nine: "9" }
/** Digits of a number read aloud, or null when the span is not spoken digits. */
export function spokenDigits(s: string): string | null {
  if (!/^[a-z]/.test(s)) return null
  let out = ""
  let times = 1
  for (const w of s.split(/[\s,.]+/).filter(Boolean)) {
    if (w === "double") times = 2
    else if (w === "triple") times = 3
    else if (SPOKEN[w]) {
      out += SPOKEN[w]!.repeat(times)
      times = 1
    } else return null
  }
  return out
}

const ds = (s: string) => [...digitsOf(s)].map(Number)
const ws = (d: number[], w: number[]) => w.reduce((a, x, i) => a + x * d[i]!, 0)
const m11 = (s: number) => { const c = 11 - (s % 11); return c === 11 ? 0 : c }
/** Check-digit validators of the national ids, by negative kind. */
export const ID_CHECKS: Record<string, (s: string) => boolean> = {
  "ie-ppsn": (s) => /^\d{7}[A-W]$/.test(s) && "WABCDEFGHIJKLMNOPQRSTUV"[ws(ds(s), [8, 7, 6, 5, 4, 3, 2]) % 23] === s[7],
  "nz-ird": (s) => { const d = ds(s); let c = m11(ws(d, [3, 2, 7, 6, 5, 4, 3, 2])); if (c === 10) c = m11(ws(d, [7, 4, 3, 2, 5, 2, 7, 6])); return d.length === 9 && c === d[8] },
  "no-fnr": (s) => { const d = ds(s); return d.length === 11 && m11(ws(d, [3, 7, 6, 1, 8, 9, 4, 5, 2])) === d[9] && m11(ws(d, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) === d[10] },
  "dk-cpr": (s) => /^\d{6}-\d{4}$/.test(s) && ws(ds(s), [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]) % 11 === 0,
  "lt-asmens-kodas": (s) => { const d = ds(s); let k = ws(d, [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]) % 11; if (k === 10) k = ws(d, [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]) % 11; if (k === 10) k = 0; return d.length === 11 && k === d[10] },
  "lv-personas-kods": (s) => { const d = ds(s); return d.length === 11 && (1101 - ws(d, [1, 6, 3, 7, 9, 10, 5, 8, 4, 2])) % 11 === d[10] },
  "sk-rodne-cislo": (s) => /^\d{6}\/\d{4}$/.test(s) && Number(digitsOf(s)) % 11 === 0,
  "si-emso": (s) => { const d = ds(s); return d.length === 13 && m11(ws(d, [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) === d[12] },
  "hu-taj": (s) => { const d = ds(s); return d.length === 9 && ws(d, [3, 7, 3, 7, 3, 7, 3, 7]) % 10 === d[8] },
  "pt-nif": (s) => { const d = ds(s); const c = m11(ws(d, [9, 8, 7, 6, 5, 4, 3, 2])); return d.length === 9 && (c >= 10 ? 0 : c) === d[8] },
  "ar-cuit": (s) => { const d = ds(s); return d.length === 11 && m11(ws(d, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) === d[10] },
  "uy-cedula": (s) => { const d = ds(s); return d.length === 8 && (10 - (ws(d, [2, 9, 8, 7, 6, 3, 4]) % 10)) % 10 === d[7] },
  "be-nrn": (s) => { const t = digitsOf(s); return t.length === 11 && 97 - (Number(t.slice(0, 9)) % 97) === Number(t.slice(9)) },
  "ch-ahv": (s) => { const d = ds(s); const sum = d.slice(0, 12).reduce((a, x, i) => a + x * (i % 2 ? 3 : 1), 0); return d.length === 13 && s.startsWith("756.") && (10 - (sum % 10)) % 10 === d[12] },
  "lu-matricule": (s) => /^\d{13}$/.test(s) && luhn(s.slice(0, 12)),
  "ru-snils": (s) => { const d = ds(s); let v = ws(d, [9, 8, 7, 6, 5, 4, 3, 2, 1]); if (v > 101) v %= 101; const c = v === 100 || v === 101 ? 0 : v; return d.length === 11 && c === d[9]! * 10 + d[10]! },
  "bg-egn": (s) => { const d = ds(s); return d.length === 10 && (ws(d, [2, 4, 8, 5, 10, 9, 7, 3, 6]) % 11) % 10 === d[9] },
  "es-dni": (s) => /^\d{8}[A-Z]$/.test(s) && "TRWAGMYFPDXBNJZSQVHLCKE"[Number(s.slice(0, 8)) % 23] === s[8],
  "ca-sin": (s) => /^\d{3} \d{3} \d{3}$/.test(s) && luhn(digitsOf(s)),
}
