// Validators for the holdout40 corpus, written apart from its generator: they read only the
// final text of a label and the text's locale, and know nothing of how it was made.
import { isIP } from "node:net"
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max"

export const digitsOf = (v: string) => v.replace(/\D/g, "")

export function luhn(d: string): boolean {
  if (!/^\d+$/.test(d)) return false
  let sum = 0
  for (let i = 0; i < d.length; i++) {
    let n = Number(d[d.length - 1 - i])
    if (i % 2 === 1) n = n * 2 > 9 ? n * 2 - 9 : n * 2
    sum += n
  }
  return sum % 10 === 0
}

/** Visa, Mastercard (51-55, 2221-2720), Amex, Discover: prefix and length. */
export function issuer(d: string): boolean {
  const p4 = Number(d.slice(0, 4))
  if (d.startsWith("4")) return [13, 16, 19].includes(d.length)
  if (/^5[1-5]/.test(d) || (p4 >= 2221 && p4 <= 2720)) return d.length === 16
  if (/^3[47]/.test(d)) return d.length === 15
  if (/^(6011|65)/.test(d)) return d.length >= 16 && d.length <= 19
  return false
}

export const isCard = (v: string) => /^\d[\d -]*\d$/.test(v) && !/[ -]{2}/.test(v) && luhn(digitsOf(v)) && issuer(digitsOf(v))

export const IBAN_LEN: Record<string, number> = {
  IE: 22, GB: 22, MT: 31, NO: 15, DK: 18, IS: 26, SK: 24, SI: 19, HU: 28, LT: 20, LV: 21, BG: 22, UA: 29, RS: 22, PT: 25, ES: 24, BE: 16, LU: 20,
}

export function ibanShape(v: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9 ]+$/.test(v)) return false
  if (v.includes(" ") && !/^([A-Z0-9]{4} )+[A-Z0-9]{1,4}$/.test(v)) return false
  return IBAN_LEN[v.slice(0, 2)] === v.replace(/ /g, "").length
}

export function ibanRemainder(v: string): number {
  const c = v.replace(/ /g, "")
  const moved = (c.slice(4) + c.slice(0, 4)).replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55))
  return Number(BigInt(moved) % 97n)
}

export const isIban = (v: string) => ibanShape(v) && ibanRemainder(v) === 1

const bbanOf = (v: string) => v.replace(/ /g, "").slice(4)
const mod = (s: string, m: bigint) => Number(BigInt(s) % m)

/** The national check digits inside a BBAN, for the countries whose rule is public and short. */
export function nationalOk(v: string): boolean {
  const b = bbanOf(v)
  switch (v.slice(0, 2)) {
    case "BE": return (mod(b.slice(0, 10), 97n) || 97) === Number(b.slice(10))
    case "NO": {
      const w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
      const r = 11 - (w.reduce((s, x, i) => s + x * Number(b[i]), 0) % 11)
      return (r === 11 ? 0 : r) === Number(b[10])
    }
    case "ES": {
      const w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
      const dc = (s: string) => { const r = 11 - (w.reduce((t, x, i) => t + x * Number(s[i]), 0) % 11); return r === 11 ? 0 : r === 10 ? 1 : r }
      return dc(`00${b.slice(0, 8)}`) === Number(b[8]) && dc(b.slice(10)) === Number(b[9])
    }
    case "PT": case "RS": return mod(b, 97n) === 1
    default: return true
  }
}

export function isSsn(v: string): boolean {
  const m = /^(\d{3})-(\d{2})-(\d{4})$/.exec(v)
  if (!m) return false
  const area = Number(m[1])
  return area > 0 && area !== 666 && area < 900 && m[2] !== "00" && m[3] !== "0000"
}

export function isNino(v: string): boolean {
  const m = /^([A-Z])([A-Z]) ?(\d\d) ?(\d\d) ?(\d\d) ?([A-D])$/.exec(v)
  if (!m) return false
  if ("DFIQUV".includes(m[1]!) || "DFIOQUV".includes(m[2]!)) return false
  return !["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"].includes(m[1]! + m[2]!)
}

export const isIpAddr = (v: string) => isIP(v) !== 0
export const isEmail = (v: string) => /^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/i.test(v)

export const LOCALE_COUNTRY: Record<string, CountryCode> = {
  "en-IE": "IE", "en-IN": "IN", "en-NZ": "NZ", "en-CA": "CA", "en-PH": "PH", "en-JM": "JM", "en-GH": "GH", "en-MT": "MT",
  "nb-NO": "NO", "da-DK": "DK", "is-IS": "IS", "lt-LT": "LT", "lv-LV": "LV", "sk-SK": "SK", "sl-SI": "SI", "hu-HU": "HU", "bg-BG": "BG", "uk-UA": "UA",
  "sr-Latn-RS": "RS", "pt-PT": "PT", "ca-ES": "ES", "fr-BE": "BE", "de-LU": "LU", "es-AR": "AR", "es-MX": "MX",
}
export const ALL_COUNTRIES = [...new Set(Object.values(LOCALE_COUNTRY))]

export const phoneValidIn = (v: string, regions: readonly CountryCode[]) => regions.some((r) => parsePhoneNumberFromString(v.replace(/\s+/g, " "), r)?.isValid() === true)

const SPOKEN: Record<string, string> = { oh: "0", zero: "0", one: "1", two: "2", three: "3", four: "4", five: "5", six: "6", seven: "7", eight: "8", nine: "9", plus: "+" }

/** A number read out back to digits: words, "double", "plus", and the pauses between groups dropped. */
export function unspoken(v: string): string {
  const words = v.toLowerCase().split(/[\s,.…-]+/).filter(Boolean)
  let out = ""
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!
    if (w === "double") { out += SPOKEN[words[++i]!]!.repeat(2); continue }
    out += SPOKEN[w] ?? w
  }
  return out
}

const MONTHS = [
  "jan feb march april may june july aug sept oct nov dec",
  "januar februar mars april mai juni juli august september oktober november desember",
  "januar februar marts april maj juni juli august september oktober november december",
  "janúar febrúar mars apríl maí júní júlí ágúst september október nóvember desember",
  "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
  "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
  "januar februar märz april mai juni juli august september oktober november dezember",
  "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
].map((l) => l.split(" "))

/** A real date of 2025 or 2026, in any order and separators the locales use, month as a number or a name. */
export function realDate(v: string): boolean {
  const toks = v.toLowerCase().split(/[\s./,-]+/).filter((t) => t && t !== "de")
  if (toks.length !== 3) return false
  const nums: number[] = []
  let month = 0
  for (const t of toks) {
    if (/^\d+$/.test(t)) nums.push(Number(t))
    else { const m = MONTHS.map((l) => l.indexOf(t)).find((i) => i >= 0); if (m === undefined) return false; month = m + 1 }
  }
  const year = (y: number) => [2025, 2026, 25, 26].includes(y)
  if (month) { const [a, b] = nums as [number, number]; return (year(b) && a >= 1 && a <= 28) || (year(a) && b >= 1 && b <= 28) }
  const [a, b, c] = nums as [number, number, number]
  if (year(a) && String(a).length === 4) return b >= 1 && b <= 12 && c >= 1 && c <= 28
  return year(c) && ((a >= 1 && a <= 28 && b >= 1 && b <= 12) || (b >= 1 && b <= 28 && a >= 1 && a <= 12))
}
