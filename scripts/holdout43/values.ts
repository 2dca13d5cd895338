// Labeled values (cards, IBANs, SSNs, NINOs, IPs, emails) and the lookalikes every domain shares.
import { parsePhoneNumberFromString } from "libphonenumber-js/max"
import type { Locale } from "./locales.ts"
import { PHONE_COUNTRIES } from "./phones.ts"
import type { Rng } from "./rng.ts"

export const luhnOk = (d: string) => {
  let sum = 0
  for (let i = 0; i < d.length; i++) {
    let x = Number(d[d.length - 1 - i])
    if (i % 2 === 1) x = x * 2 > 9 ? x * 2 - 9 : x * 2
    sum += x
  }
  return sum % 10 === 0
}
const checkDigit = (body: string) => String([...Array(10).keys()].find((c) => luhnOk(body + c))!)

export function card(r: Rng): string {
  const kind = r.pick(["visa", "mc", "mc2", "amex", "disc"])
  const pre = kind === "visa" ? "4" + r.digits(5) : kind === "mc" ? `5${1 + r.int(5)}` + r.digits(4) : kind === "mc2" ? String(2221 + r.int(500)) + r.digits(2) : kind === "amex" ? r.pick(["34", "37"]) + r.digits(4) : "6011" + r.digits(2)
  const len = kind === "amex" ? 15 : 16
  const body = pre + r.digits(len - 1 - pre.length)
  const d = body + checkDigit(body)
  const sep = r.pick([" ", " ", "-", ""])
  return kind === "amex" ? [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep) : d.match(/.{4}/g)!.join(sep)
}

/** 16 digits with a Visa or Mastercard prefix whose Luhn check fails. */
export function luhnInvalid(r: Rng): string {
  for (;;) {
    const d = r.pick(["4", "52", "55"]) + r.digits(14)
    const full = d.padEnd(16, "7").slice(0, 16)
    if (!luhnOk(full)) return full.match(/.{4}/g)!.join(r.pick([" ", "-", ""]))
  }
}

const mod97 = (s: string) => {
  const n = s.slice(4) + s.slice(0, 4)
  const num = n.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55))
  let rem = 0
  for (const ch of num) rem = (rem * 10 + Number(ch)) % 97
  return rem
}
const BBAN: Record<string, (r: Rng) => string> = {
  GB: (r) => r.pick(["NWBK", "BARC", "LOYD", "RBOS", "MIDL"]) + r.digits(14),
  SE: (r) => r.pick(["500", "800", "600"]) + r.digits(17),
  PL: (r) => r.digits(24),
  RO: (r) => r.pick(["BTRL", "RNCB", "BRDE"]) + r.digits(16),
  GR: (r) => r.pick(["011", "017", "026"]) + r.digits(20),
  TR: (r) => r.digits(5) + "0" + r.digits(16),
  BE: (r) => { const b = r.digits(10); const k = Number(BigInt(b) % 97n) || 97; return b + String(k).padStart(2, "0") },
  CH: (r) => r.digits(17),
  AT: (r) => r.digits(16),
  ES: (r) => {
    const bank = r.pick(["2080", "2100", "0049", "0081"]) + r.digits(4)
    const acc = r.digits(10)
    const dc = (s: string) => { const w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]; const v = 11 - (s.split("").reduce((a, c, i) => a + Number(c) * w[i]!, 0) % 11); return String(v === 11 ? 0 : v === 10 ? 1 : v) }
    return bank + dc("00" + bank) + dc(acc) + acc
  },
  FR: (r) => {
    const bank = r.digits(5), branch = r.digits(5), acc = r.digits(11)
    const key = 97 - Number((89n * BigInt(bank) + 15n * BigInt(branch) + 3n * BigInt(acc)) % 97n)
    return bank + branch + acc + String(key).padStart(2, "0")
  },
}
export const IBAN_COUNTRIES = Object.keys(BBAN)

export function iban(r: Rng, cc: string, valid = true): string {
  const bban = BBAN[cc]!(r)
  const check = 98 - mod97(`${cc}00${bban}`)
  let ck = String(check).padStart(2, "0")
  if (!valid) ck = String((check + 1 + r.int(90)) % 97 + 2).padStart(2, "0")
  const s = cc + ck + bban
  if (!valid && mod97(s) === 1) return iban(r, cc, false)
  return r.chance(0.7) ? s.match(/.{1,4}/g)!.join(" ") : s
}

export function ssn(r: Rng): string {
  const area = String(1 + r.int(899)).padStart(3, "0")
  if (area === "666") return ssn(r)
  return `${area}-${String(1 + r.int(99)).padStart(2, "0")}-${String(1 + r.int(9999)).padStart(4, "0")}`
}
export const ssnInvalid = (r: Rng) => `${r.pick(["000", "666", "9" + r.digits(2)])}-${String(1 + r.int(99)).padStart(2, "0")}-${String(1 + r.int(9999)).padStart(4, "0")}`

const NINO_A = "ABCEGHJKLMNOPRSTWXYZ", NINO_B = "ABCEGHJKLMNPRSTWXYZ"
export function nino(r: Rng): string {
  const p = r.pick([...NINO_A]) + r.pick([...NINO_B])
  if (["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"].includes(p)) return nino(r)
  const d = r.digits(6)
  return r.chance(0.5) ? `${p}${d}${r.pick(["A", "B", "C", "D"])}` : `${p} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${r.pick(["A", "B", "C", "D"])}`
}
export const ninoInvalid = (r: Rng) => `${r.pick(["BG", "GB", "NK", "TN", "KN"])} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.pick(["A", "B", "C", "D"])}`

export function ip(r: Rng): string {
  if (r.chance(0.25)) return `2a02:${r.int(0xffff).toString(16)}:${r.int(0xffff).toString(16)}::${(1 + r.int(0xfff)).toString(16)}`
  const a = r.pick([31, 46, 62, 81, 89, 102, 141, 178, 185, 197, 212])
  return `${a}.${r.int(256)}.${r.int(256)}.${1 + r.int(254)}`
}

const plainLatin = (s: string) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/ł/g, "l").replace(/Ł/g, "L").replace(/ı/g, "i").replace(/[^A-Za-z-]/g, "").toLowerCase()
export function emailOf(r: Rng, loc: Locale, given: string, family: string): string {
  const g = loc.latin?.[given] ?? plainLatin(given), f = loc.latin?.[family] ?? plainLatin(family)
  const local = r.pick([`${g}.${f}`, `${g[0]}${f}`, `${g}${r.int(90) + 10}`, `${f}.${g}`])
  const tld = { GB: "co.uk", AU: "com.au", ZA: "co.za", KE: "co.ke", NG: "com.ng", SG: "com.sg", HK: "com.hk", US: "com", CA: "ca", BR: "com.br" }[loc.cc as string] ?? loc.cc.toLowerCase()
  return `${local}@${r.pick(["gmail.com", "outlook.com", `mail.${tld}`, `posteo.${tld === "com" ? "net" : tld}`])}`
}

/** True when a digits-and-separators string is a valid phone in any country of the corpus. */
export const phoneAnywhere = (v: string) => PHONE_COUNTRIES.some((cc) => parsePhoneNumberFromString(v, cc)?.isValid() ?? false)

/** Digits-only business numbers drawn again until no country of the corpus calls them a phone nor Luhn passes. */
export function safeDigits(r: Rng, make: () => string): string {
  for (;;) {
    const v = make()
    const d = v.replace(/\D/g, "")
    if (d.length >= 6 && phoneAnywhere(v)) continue
    if (d.length >= 12 && /^[\d -]+$/.test(v) && luhnOk(d)) continue
    return v
  }
}
