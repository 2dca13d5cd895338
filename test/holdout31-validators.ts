// Validators for test/pii-holdout31.test.ts, written apart from the generator:
// each reads only the final text of a span.
import { isIP } from "node:net"
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max"

export const digitsOf = (s: string) => s.replace(/\D/g, "")

export function luhnOk(d: string): boolean {
  let sum = 0
  for (let i = 0; i < d.length; i++) {
    let v = Number(d[d.length - 1 - i])
    if (i % 2 === 1) v = v * 2 > 9 ? v * 2 - 9 : v * 2
    sum += v
  }
  return sum % 10 === 0
}

/** Card schemes by IIN range and allowed lengths. */
export function iinOk(d: string): boolean {
  const n = (k: number) => Number(d.slice(0, k))
  const len = d.length
  if (d.startsWith("4")) return [13, 16, 19].includes(len)
  if ((n(2) >= 51 && n(2) <= 55) || (n(4) >= 2221 && n(4) <= 2720)) return len === 16
  if (n(2) === 34 || n(2) === 37) return len === 15
  if (d.startsWith("6011") || d.startsWith("65") || (n(3) >= 644 && n(3) <= 649)) return len >= 16 && len <= 19
  if (n(4) >= 3528 && n(4) <= 3589) return len >= 16 && len <= 19
  if (n(2) === 36 || n(2) === 38 || (n(3) >= 300 && n(3) <= 305)) return len >= 14 && len <= 19
  if (d.startsWith("62")) return len >= 16 && len <= 19
  return false
}

export const cardOk = (s: string) => /^\d[\d -]*\d$/.test(s) && iinOk(digitsOf(s)) && luhnOk(digitsOf(s))

export const IBAN_LENGTHS: Record<string, number> = { IE: 22, GB: 22, BR: 29, CH: 21, DK: 18, NO: 15, FI: 18, EE: 20, SK: 24, UA: 29, HR: 21, DE: 22, FR: 27, ES: 24 }

export function ibanMod(s: string): number {
  const c = s.replace(/\s/g, "").toUpperCase()
  const r = (c.slice(4) + c.slice(0, 4)).split("").map((ch) => (/[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch)).join("")
  let m = 0
  for (const ch of r) m = (m * 10 + Number(ch)) % 97
  return m
}
export const ibanShape = (s: string) => /^[A-Z]{2}\d{2}( ?[A-Z0-9]{1,4})+$/.test(s) && IBAN_LENGTHS[s.slice(0, 2)] === s.replace(/\s/g, "").length
export const ibanOk = (s: string) => ibanShape(s) && ibanMod(s) === 1

export function ssnParts(s: string): [number, number, number] | undefined {
  const m = /^(\d{3})[- ](\d{2})[- ](\d{4})$/.exec(s)
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined
}
export function ssnOk(s: string): boolean {
  const p = ssnParts(s)
  return !!p && p[0] !== 0 && p[0] !== 666 && p[0] < 900 && p[1] !== 0 && p[2] !== 0
}

export function ninoShape(s: string): string | undefined {
  const c = s.replace(/ /g, "")
  return /^[A-Z]{2}\d{6}[A-Z]$/.test(c) && /^[A-Z]{2}( ?\d{2}){3} ?[A-Z]$/.test(s) ? c : undefined
}
export function ninoOk(s: string): boolean {
  const c = ninoShape(s)
  if (!c) return false
  const [a, b] = [c[0]!, c[1]!]
  return !"DFIQUV".includes(a) && !"DFIOQUV".includes(b) && !["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"].includes(a + b) && "ABCD".includes(c[8]!)
}

export const emailOk = (s: string) => /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/.test(s)
export const ipOk = (s: string) => isIP(s) !== 0

/** The countries whose numbering plans the corpus says each language's texts come from. */
export const LANG_COUNTRIES: Record<string, CountryCode[]> = {
  en: ["IE", "GB", "US", "GH", "HK", "BB", "NZ"], es: ["MX", "AR"], pt: ["BR"], fr: ["CA", "CH"], de: ["CH"], da: ["DK"], nb: ["NO"], fi: ["FI"], et: ["EE"], sk: ["SK"], uk: ["UA"], hr: ["HR"],
}

const SPOKEN: Record<string, string> = { oh: "0", zero: "0", one: "1", two: "2", three: "3", four: "4", five: "5", six: "6", seven: "7", eight: "8", nine: "9" }

/** Digits of spoken English digits ("oh eight seven, double two ..."), or undefined. */
export function spokenDigits(s: string): string | undefined {
  if (!/^[a-z]+([ ,]+[a-z]+)+$/.test(s)) return undefined
  let out = ""
  const words = s.split(/[ ,]+/)
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!
    const times = w === "double" ? 2 : w === "triple" ? 3 : 1
    const d = SPOKEN[times > 1 ? words[++i] ?? "" : w]
    if (d === undefined) return undefined
    out += d.repeat(times)
  }
  return out
}

export function phoneValidIn(s: string, lang: string): boolean {
  const written = spokenDigits(s) ?? s
  return (LANG_COUNTRIES[lang] ?? []).some((c) => {
    const p = parsePhoneNumberFromString(written, c)
    return !!p && p.isValid()
  })
}

/** Month names as ICU writes them for a language, standalone and in a date. */
export function monthNames(lang: string): string[] {
  const out: string[] = []
  for (let m = 0; m < 12; m++) {
    const d = new Date(Date.UTC(2025, m, 14, 12))
    out.push(new Intl.DateTimeFormat(lang, { month: "long", timeZone: "UTC" }).format(d))
    out.push(new Intl.DateTimeFormat(lang, { day: "numeric", month: "long", timeZone: "UTC" }).formatToParts(d).find((p) => p.type === "month")!.value)
  }
  return out.map((x) => x.toLowerCase())
}

const okDay = (d: number, m: number) => m >= 1 && m <= 12 && d >= 1 && d <= 31

export function dateOk(s: string, lang: string): boolean {
  let m = /^(\d{1,2})[/.] ?(\d{1,2})[/.] ?(\d{2}|\d{4})\.?$/.exec(s)
  if (m) return lang === "en" ? okDay(Number(m[1]), Number(m[2])) || okDay(Number(m[2]), Number(m[1])) : okDay(Number(m[1]), Number(m[2]))
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s)
  if (m) return okDay(Number(m[3]), Number(m[2]))
  const names = monthNames(lang)
  const words = s.toLowerCase().match(/\p{L}+/gu) ?? []
  return /\d/.test(s) && words.some((w) => names.includes(w) || (w.length === 3 && names.some((n) => n.startsWith(w))))
}

export const timeOk = (s: string) => {
  const m = /^(\d{1,2})(?:[:.](\d{2}))? ?([AaPp][Mm])?$|^(\d{1,2}) ?h ?(\d{2})?$/.exec(s)
  if (!m) return false
  const h = Number(m[1] ?? m[4])
  return m[3] ? h >= 1 && h <= 12 : h <= 23
}

export const timestampOk = (s: string) => /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}/.test(s) && !Number.isNaN(Date.parse(s.replace(" ", "T")))
export const amountOk = (s: string) => /\d/.test(s) && /(€|£|\$|₵|HK\$|BDS\$|NZ\$|R\$|CHF|kr|грн)/.test(s)
export const versionOk = (s: string) => /^\d+(\.\d+){1,3}$/.test(s) && !ipOk(s)
