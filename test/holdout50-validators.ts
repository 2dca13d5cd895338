// Validators for holdout50's labels, written apart from its generator: each reads only a label's final text and the
// text's locale, never how the generator drew it.
import { isIP } from "node:net"
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max"

export const LOCALE_COUNTRY: Record<string, CountryCode> = {
  "en-US": "US", "en-GB": "GB", "ka-GE": "GE", "hy-AM": "AM", "az-AZ": "AZ", "kk-KZ": "KZ", "uz-UZ": "UZ", "mk-MK": "MK",
  "bs-BA": "BA", "ro-MD": "MD", "fo-FO": "FO", "he-IL": "IL", "ar-AE": "AE", "ko-KR": "KR", "vi-VN": "VN", "id-ID": "ID",
  "ms-MY": "MY", "fil-PH": "PH", "sw-KE": "KE", "es-PE": "PE", "es-CR": "CR", "es-DO": "DO", "es-UY": "UY", "fr-TN": "TN",
}
export const ALL_COUNTRIES = [...new Set(Object.values(LOCALE_COUNTRY))]
/** Countries of the corpus where a refund goes to a domestic account, not an IBAN. */
export const NO_IBAN = ["US", "AM", "UZ", "KR", "VN", "ID", "MY", "PH", "KE", "PE", "UY"]
/** IBAN lengths (SWIFT IBAN registry) of the corpus's IBAN countries. */
export const IBAN_LENGTH: Record<string, number> = {
  GB: 22, GE: 22, AZ: 28, KZ: 20, MK: 19, BA: 20, MD: 24, FO: 18, IL: 23, AE: 23, CR: 22, DO: 28, TN: 24,
}

export const digitsOf = (v: string) => v.replace(/\D/g, "")
export function luhn(d: string): boolean {
  let sum = 0
  let dbl = false
  for (let i = d.length - 1; i >= 0; i--) {
    let x = d.charCodeAt(i) - 48
    if (dbl) x = x * 2 > 9 ? x * 2 - 9 : x * 2
    sum += x
    dbl = !dbl
  }
  return d.length > 0 && sum % 10 === 0
}
export function issuer(d: string): string | undefined {
  const p4 = Number(d.slice(0, 4))
  if (d[0] === "4" && (d.length === 16 || d.length === 13)) return "visa"
  if (d.length === 16 && ((p4 >= 5100 && p4 <= 5599) || (p4 >= 2221 && p4 <= 2720))) return "mastercard"
  if (d.length === 15 && (d.startsWith("34") || d.startsWith("37"))) return "amex"
  if (d.length === 16 && d.startsWith("6011")) return "discover"
}
export const isCard = (v: string) => /^\d[\d -]+\d$/.test(v) && !!issuer(digitsOf(v)) && luhn(digitsOf(v))

export const ibanShape = (v: string) => /^[A-Z]{2}\d{2}[A-Z0-9 ]+$/.test(v) && IBAN_LENGTH[v.slice(0, 2)] === v.replace(/ /g, "").length
export function ibanRemainder(v: string): number {
  const s = v.replace(/ /g, "")
  const moved = s.slice(4) + s.slice(0, 4)
  let num = ""
  for (const ch of moved) num += /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch
  return Number(BigInt(num) % 97n)
}
/** An IBAN, in capitals or (as typed into a form) lower case. */
export const isIban = (v: string) => ibanShape(v.toUpperCase()) && ibanRemainder(v.toUpperCase()) === 1

export function isSsn(v: string): boolean {
  const m = /^(\d{3})[- ](\d{2})[- ](\d{4})$/.exec(v)
  if (!m) return false
  const area = Number(m[1])
  return area !== 0 && area !== 666 && area < 900 && m[2] !== "00" && m[3] !== "0000"
}
export function isNino(v: string): boolean {
  const s = v.replace(/ /g, "")
  if (!/^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/.test(s)) return false
  return !["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"].includes(s.slice(0, 2))
}
export const isIpAddr = (v: string) => isIP(v) !== 0
export const isEmail = (v: string) => /^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(v)

/** Valid in one of these countries: written internationally, or nationally and then in that very country. */
export const phoneValidIn = (v: string, ccs: readonly CountryCode[]) => ccs.some((cc) => {
  const p = parsePhoneNumberFromString(v.replace(/\s+/g, " "), cc)
  return !!p && p.isValid() && (/^(\+|00|٠٠)/.test(v) || p.country === cc)
})

// Digits 0 to 9 as each language says them.
const SAID: Record<string, string> = {
  en: "zero one two three four five six seven eight nine", ka: "ნული ერთი ორი სამი ოთხი ხუთი ექვსი შვიდი რვა ცხრა",
  hy: "զրո մեկ երկու երեք չորս հինգ վեց յոթ ութ ինը", az: "sıfır bir iki üç dörd beş altı yeddi səkkiz doqquz",
  kk: "нөл бір екі үш төрт бес алты жеті сегіз тоғыз", uz: "nol bir ikki uch toʻrt besh olti yetti sakkiz toʻqqiz",
  mk: "нула еден два три четири пет шест седум осум девет", bs: "nula jedan dva tri četiri pet šest sedam osam devet",
  ro: "zero unu doi trei patru cinci șase șapte opt nouă", fo: "null ein tvey trý fýra fimm seks sjey átta níggju",
  he: "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע", ar: "صفر واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة",
  ko: "공 일 이 삼 사 오 육 칠 팔 구", vi: "không một hai ba bốn năm sáu bảy tám chín",
  id: "nol satu dua tiga empat lima enam tujuh delapan sembilan", ms: "kosong satu dua tiga empat lima enam tujuh lapan sembilan",
  fil: "sero isa dalawa tatlo apat lima anim pito walo siyam", sw: "sifuri moja mbili tatu nne tano sita saba nane tisa",
  es: "cero uno dos tres cuatro cinco seis siete ocho nueve", fr: "zéro un deux trois quatre cinq six sept huit neuf",
}
/** A said number read back: digit words and digits, pauses and commas ("oh" and "double" in English). */
export function unspoken(v: string, lang: string): string {
  const table = SAID[lang.split("-")[0]!]!.split(" ")
  const en = lang.startsWith("en")
  const digit = (w: string) => (/^\d$/.test(w) ? w : en && w === "oh" ? "0" : table.includes(w) ? String(table.indexOf(w)) : undefined)
  const words = v.toLocaleLowerCase(lang).replace(/\.\.\.|,/g, " ").split(/\s+/).filter(Boolean)
  let out = ""
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!
    if (en && w === "double" && digit(words[i + 1] ?? "")) out += digit(words[++i]!)!.repeat(2)
    else out += digit(w) ?? w
  }
  return out
}

const DATES = new Map<string, Set<string>>()
/** A real 2026 date in one of its locale's written forms (Intl short, medium, long) or ISO. */
export function realDate(v: string, intl: string): boolean {
  if (!DATES.has(intl)) {
    const set = new Set<string>()
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 86400000) {
      const d = new Date(t)
      for (const dateStyle of ["short", "medium", "long"] as const) set.add(new Intl.DateTimeFormat(intl, { dateStyle, timeZone: "UTC" }).format(d))
      set.add(d.toISOString().slice(0, 10))
    }
    DATES.set(intl, set)
  }
  return DATES.get(intl)!.has(v)
}

/** A name as written: letters and marks, with apostrophes, hyphens, commas and spaces inside (one letter alone too). */
export const isPersonText = (v: string) => /^[\p{L}\p{M}]([\p{L}\p{M}'., -]*[\p{L}\p{M}])?$/u.test(v)
/** Currencies as Intl writes them in the corpus's countries. */
export const CURRENCY = /(\$|£|₾|֏|₼|₸|ден|KM|\bL\b|₪|د\.إ|₩|₫|Rp|RM|₱|Ksh|S\/|₡|RD\$|DT|kr|soʻm)/u
