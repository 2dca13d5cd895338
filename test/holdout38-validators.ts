// Validators for the holdout38 corpus, written apart from its generator: they read only the
// final text of a label (and the text's locale) and know nothing of how it was made.
import { isIP } from "node:net"
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max"

export const digitsOf = (v: string) => v.replace(/\D/g, "")

export function luhn(d: string): boolean {
  if (!/^\d+$/.test(d)) return false
  let sum = 0
  let dbl = false
  for (let i = d.length - 1; i >= 0; i--) {
    let n = d.charCodeAt(i) - 48
    if (dbl) { n *= 2; if (n > 9) n -= 9 }
    sum += n
    dbl = !dbl
  }
  return sum % 10 === 0
}

/** Issuer prefix and length: Visa, Mastercard (51-55, 2221-2720), Amex, Discover, JCB. */
export function cardIin(d: string): boolean {
  const n = d.length
  const p4 = Number(d.slice(0, 4))
  if (d[0] === "4") return n === 13 || n === 16 || n === 19
  if (/^5[1-5]/.test(d) || (p4 >= 2221 && p4 <= 2720)) return n === 16
  if (/^3[47]/.test(d)) return n === 15
  if (/^(6011|65|64[4-9])/.test(d)) return n >= 16 && n <= 19
  if (p4 >= 3528 && p4 <= 3589) return n >= 16 && n <= 19
  return false
}

export const isCard = (v: string) => /^\d[\d -]*\d$/.test(v) && !/[ -]{2}/.test(v) && luhn(digitsOf(v)) && cardIin(digitsOf(v))

export const IBAN_LEN: Record<string, number> = { IE: 22, GB: 22, NO: 15, DK: 18, PT: 25, ES: 24, HU: 28, SK: 24, SI: 19, LT: 20, LV: 21, BG: 22, MT: 31, CH: 21, BE: 16 }

export const compact = (v: string) => v.replace(/ /g, "")

export function ibanShape(v: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9 ]+$/.test(v)) return false
  if (v.includes(" ") && !/^([A-Z0-9]{4} )+[A-Z0-9]{1,4}$/.test(v)) return false
  return IBAN_LEN[v.slice(0, 2)] === compact(v).length
}

export function ibanMod(v: string): number {
  const c = compact(v)
  const moved = c.slice(4) + c.slice(0, 4)
  let r = 0n
  for (const ch of moved) r = (r * (ch >= "A" ? 100n : 10n) + BigInt(ch >= "A" ? ch.charCodeAt(0) - 55 : Number(ch))) % 97n
  return Number(r)
}

export const isIban = (v: string) => ibanShape(v) && ibanMod(v) === 1

const mod = (a: bigint, m: bigint) => Number(((a % m) + m) % m)
const weigh = (d: string, w: number[]) => [...d].reduce((s, c, i) => s + Number(c) * w[i % w.length]!, 0)

/** The national check digits inside an IBAN, for the countries whose check is simple. */
export function ibanNationalOk(v: string): boolean {
  const b = compact(v).slice(4)
  switch (v.slice(0, 2)) {
    case "BE": { const r = mod(BigInt(b.slice(0, 10)), 97n) || 97; return r === Number(b.slice(10)) }
    case "NO": { const r = 11 - (weigh(b.slice(0, 10), [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11); return (r === 11 ? 0 : r) === Number(b[10]) }
    case "ES": {
      const dc = (d: string) => { const r = 11 - (weigh(d, [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]) % 11); return r === 11 ? 0 : r === 10 ? 1 : r }
      return `${dc("00" + b.slice(0, 8))}${dc(b.slice(10))}` === b.slice(8, 10)
    }
    case "PT": case "SI": return mod(BigInt(b), 97n) === 1
    case "HU": return weigh(b.slice(0, 8), [9, 7, 3, 1]) % 10 === 0 && weigh(b.slice(8), [9, 7, 3, 1]) % 10 === 0
    default: return true
  }
}

export function isSsn(v: string): boolean {
  const m = /^(\d{3})([- ])(\d{2})\2(\d{4})$/.exec(v)
  if (!m) return false
  const area = Number(m[1])
  return area > 0 && area !== 666 && area < 900 && m[3] !== "00" && m[4] !== "0000"
}

export function isNino(v: string): boolean {
  const m = /^([A-Z])([A-Z])(?: ?)(\d\d) ?(\d\d) ?(\d\d) ?([A-D])$/.exec(v)
  if (!m) return false
  if ("DFIQUV".includes(m[1]!) || "DFIOQUV".includes(m[2]!)) return false
  return !["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"].includes(m[1]! + m[2]!)
}

export const isIpAddr = (v: string) => isIP(v) !== 0
export const isEmail = (v: string) => /^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/i.test(v)

/** The country whose phones, IBANs and national numbers each locale's texts carry. */
export const LOCALE_COUNTRY: Record<string, CountryCode> = {
  "en-IE": "IE", "en-GB": "GB", "en-CA": "CA", "en-NZ": "NZ", "en-IN": "IN", "en-PH": "PH", "en-GH": "GH",
  "nb-NO": "NO", "da-DK": "DK", "pt-PT": "PT", "ca-ES": "ES", "hu-HU": "HU", "sk-SK": "SK", "sl-SI": "SI", "lt-LT": "LT", "lv-LV": "LV",
  "bg-BG": "BG", "mt-MT": "MT", "gsw-CH": "CH", "fr-BE": "BE", "fr-CA": "CA", "es-MX": "MX", "es-AR": "AR",
}
export const ALL_COUNTRIES = [...new Set(Object.values(LOCALE_COUNTRY))]

export const phoneValidIn = (v: string, regions: readonly CountryCode[]) => regions.some((r) => parsePhoneNumberFromString(v, r)?.isValid() === true)
