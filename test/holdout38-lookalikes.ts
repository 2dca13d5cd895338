// What each labeled lookalike of the holdout38 corpus must look like: its own shape, and its own
// check digit where the thing has one. Written apart from the generator.
import { digitsOf, luhn } from "./holdout38-validators.ts"

const realDate = (y: number, m: number, d: number) => m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate()
const w = (d: string, ws: number[]) => [...d].reduce((s, c, i) => s + Number(c) * ws[i]!, 0)

function s10(v: string): boolean {
  const m = /^[A-Z]{2}(\d{8})(\d)[A-Z]{2}$/.exec(v)
  if (!m) return false
  const r = 11 - (w(m[1]!, [8, 6, 4, 2, 3, 5, 9, 7]) % 11)
  return Number(m[2]) === (r === 10 ? 0 : r === 11 ? 5 : r)
}

function dateOk(v: string): boolean {
  let m = /^(\d{1,2})([./])(\d{1,2})\2(20\d\d)$/.exec(v)
  if (m) return realDate(Number(m[4]), Number(m[3]), Number(m[1])) || (m[2] === "/" && realDate(Number(m[4]), Number(m[1]), Number(m[3])))
  m = /^(20\d\d)([-.])(\d\d)\2(\d\d)$/.exec(v)
  return !!m && realDate(Number(m[1]), Number(m[3]), Number(m[4]))
}

/** Per locale: its postcodes, its plates and its national identity numbers. */
export const POSTCODE: Record<string, RegExp> = {
  "en-IE": /^[ACDEFHKNPRTVWXY]\d[\dW] [0-9ACDEFHKNPRTVWXY]{4}$/, "en-GB": /^[A-Z]{1,2}\d{1,2} \d[A-Z]{2}$/, "en-CA": /^[A-Z]\d[A-Z] \d[A-Z]\d$/, "fr-CA": /^[A-Z]\d[A-Z] \d[A-Z]\d$/,
  "en-NZ": /^\d{4}$/, "en-IN": /^[1-8]\d{5}$/, "en-PH": /^\d{4}$/, "en-GH": /^[A-Z]{2}-\d{3}-\d{4}$/, "nb-NO": /^\d{4}$/, "da-DK": /^\d{4}$/, "pt-PT": /^\d{4}-\d{3}$/,
  "ca-ES": /^(0[1-9]|[1-4]\d|5[0-2])\d{3}$/, "hu-HU": /^\d{4}$/, "sk-SK": /^\d{3} \d{2}$/, "sl-SI": /^\d{4}$/, "lt-LT": /^LT-\d{5}$/, "lv-LV": /^LV-\d{4}$/, "bg-BG": /^\d{4}$/,
  "mt-MT": /^[A-Z]{3} \d{4}$/, "gsw-CH": /^\d{4}$/, "fr-BE": /^\d{4}$/, "es-MX": /^\d{5}$/, "es-AR": /^[A-Z]\d{4}[A-Z]{3}$/,
}
export const PLATE: Record<string, RegExp> = {
  "en-IE": /^\d{2}[12]-[A-Z]{1,2}-\d{1,5}$/, "en-GB": /^[A-Z]{2}\d{2} [A-Z]{3}$/, "en-CA": /^[A-Z]{4} \d{3}$/, "en-NZ": /^[A-Z]{3}\d{3}$/, "en-IN": /^[A-Z]{2} \d{2} [A-Z]{2} \d{4}$/,
  "en-PH": /^[A-Z]{3} \d{4}$/, "en-GH": /^[A-Z]{2} \d{4}-\d{2}$/, "nb-NO": /^[A-Z]{2} \d{5}$/, "da-DK": /^[A-Z]{2} \d{2} \d{3}$/, "pt-PT": /^[A-Z]{2}-\d{2}-[A-Z]{2}$/,
  "ca-ES": /^\d{4} [BCDFGHJKLMNPRSTVWXYZ]{3}$/, "hu-HU": /^([A-Z]{3}-\d{3}|[A-Z]{2} [A-Z]{2}-\d{3})$/, "sk-SK": /^[A-Z]{2}-\d{3}[A-Z]{2}$/, "sl-SI": /^[A-Z]{2} [A-Z]{2}-\d{3}$/,
  "lt-LT": /^[A-Z]{3} \d{3}$/, "lv-LV": /^[A-Z]{2}-\d{4}$/, "bg-BG": /^[АВЕКМНОРСТУХ]{1,2} \d{4} [АВЕКМНОРСТУХ]{2}$/, "mt-MT": /^[A-Z]{3} \d{3}$/, "gsw-CH": /^[A-Z]{2} \d{5,6}$/,
  "fr-BE": /^[12]-[A-Z]{3}-\d{3}$/, "fr-CA": /^([A-Z]\d{2} [A-Z]{3}|\d{3} [A-Z]{3})$/, "es-MX": /^[A-Z]{3}-\d{3}-[A-Z]$/, "es-AR": /^[A-Z]{2} \d{3} [A-Z]{2}$/,
}

const yymmdd = (y: string, m: string, d: string) => realDate(1900 + Number(y), Number(m), Number(d)) || realDate(2000 + Number(y), Number(m), Number(d))
export const NATIONAL_ID: Record<string, (v: string) => boolean> = {
  "en-IE": (v) => /^\d{7}[A-W]$/.test(v) && "WABCDEFGHIJKLMNOPQRSTUV"[w(v.slice(0, 7), [8, 7, 6, 5, 4, 3, 2]) % 23] === v[7],
  "en-CA": (v) => /^[1-7]\d{2} \d{3} \d{3}$/.test(v) && luhn(digitsOf(v)),
  "en-IN": (v) => /^[2-9]\d{3} \d{4} \d{4}$/.test(v),
  "en-PH": (v) => /^\d{2}-\d{7}-\d$/.test(v),
  "en-GH": (v) => /^GHA-\d{9}-\d$/.test(v),
  "nb-NO": (v) => {
    if (!/^\d{11}$/.test(v) || !yymmdd(v.slice(4, 6), v.slice(2, 4), v.slice(0, 2))) return false
    const k = (x: string, ws: number[]) => (11 - (w(x, ws) % 11)) % 11
    return k(v.slice(0, 9), [3, 7, 6, 1, 8, 9, 4, 5, 2]) === Number(v[9]) && k(v.slice(0, 10), [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) === Number(v[10])
  },
  "da-DK": (v) => /^\d{6}-\d{4}$/.test(v) && yymmdd(v.slice(4, 6), v.slice(2, 4), v.slice(0, 2)),
  "pt-PT": (v) => /^[12]\d{8}$/.test(v) && (() => { const r = 11 - (w(v.slice(0, 8), [9, 8, 7, 6, 5, 4, 3, 2]) % 11); return (r >= 10 ? 0 : r) === Number(v[8]) })(),
  "ca-ES": (v) => /^\d{8}[A-Z]$/.test(v) && "TRWAGMYFPDXBNJZSQVHLCKE"[Number(v.slice(0, 8)) % 23] === v[8],
  "hu-HU": (v) => /^\d{3} \d{3} \d{3}$/.test(v) && (() => { const d = digitsOf(v); return w(d.slice(0, 8), [3, 7, 3, 7, 3, 7, 3, 7]) % 10 === Number(d[8]) })(),
  "sk-SK": (v) => /^\d{6}\/\d{4}$/.test(v) && BigInt(digitsOf(v)) % 11n === 0n,
  "sl-SI": (v) => /^\d{13}$/.test(v) && (() => { const r = 11 - (w(v.slice(0, 12), [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11); return (r === 11 ? 0 : r) === Number(v[12]) })(),
  "lt-LT": (v) => /^[3-6]\d{10}$/.test(v) && (() => {
    let k = w(v.slice(0, 10), [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]) % 11
    if (k === 10) k = w(v.slice(0, 10), [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]) % 11
    return k % 10 === Number(v[10])
  })(),
  "lv-LV": (v) => /^\d{6}-[12]\d{4}$/.test(v) && yymmdd(v.slice(4, 6), v.slice(2, 4), v.slice(0, 2)),
  "bg-BG": (v) => /^\d{10}$/.test(v) && (w(v.slice(0, 9), [2, 4, 8, 5, 10, 9, 7, 3, 6]) % 11) % 10 === Number(v[9]),
  "mt-MT": (v) => /^\d{1,7}[MGAL]$/.test(v),
  "gsw-CH": (v) => /^756\.\d{4}\.\d{4}\.\d{2}$/.test(v) && (() => { const d = digitsOf(v); return (10 - ([...d.slice(0, 12)].reduce((s, c, i) => s + Number(c) * (i % 2 ? 3 : 1), 0) % 10)) % 10 === Number(d[12]) })(),
  "fr-BE": (v) => /^\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}$/.test(v) && (() => { const d = digitsOf(v); const k = Number(d.slice(9)); return 97 - mod97(d.slice(0, 9)) === k || 97 - mod97("2" + d.slice(0, 9)) === k })(),
  "fr-CA": (v) => NATIONAL_ID["en-CA"]!(v),
  "es-MX": (v) => /^[A-Z]{4}\d{6}[HM][A-Z]{5}[0-9A-Z]\d$/.test(v) && yymmdd(v.slice(4, 6), v.slice(6, 8), v.slice(8, 10)),
  "es-AR": (v) => /^(20|23|27)-\d{8}-\d$/.test(v) && (() => { const d = digitsOf(v); const r = 11 - (w(d.slice(0, 10), [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11); return (r === 11 ? 0 : r) === Number(d[10]) })(),
}
const mod97 = (d: string) => Number(BigInt(d) % 97n)

/** Each kind of lookalike's own shape (the locale matters for postcodes, plates and national ids). */
export const LOOKALIKE: Record<string, (v: string, locale: string) => boolean> = {
  tracking: (v) => s10(v) || /^JJD\d{18}$/.test(v) || /^1Z[0-9A-Z]{16}$/.test(v) || /^[1-9]\d{11}$/.test(v),
  locker: (v) => /^LK-[A-Z]{3}-\d{4}$/.test(v),
  "locker-pin": (v) => /^\d{6}$/.test(v),
  permit: (v) => /^(RP-202[56]-\d{6}|PRK\/2[56]\/\d{5}|Z\d{1,2}-\d{4})$/.test(v),
  "ctax-account": (v) => /^([1-9]\d{7,9}|\d{4} \d{4} \d{2}|\d{3} \d{3} \d{4})$/.test(v),
  "property-ref": (v) => /^100\d{9}$/.test(v),
  "order-ref": (v) => /^(BO-[A-Z2-9]{7}|[1-9]\d{8,9})$/.test(v),
  "ticket-no": (v) => /^([1-9]\d{11}|[1-9]\d{17}|\d{4} \d{4} \d{4})$/.test(v),
  seat: (v) => /^([A-T]\d{1,2}|\d{3}\/[A-T]\/\d{1,2}|B\d-R\d{1,2}-S\d{2})$/.test(v),
  gate: (v) => /^[A-G]\d{1,2}$/.test(v),
  plot: (v) => /^[A-N]-\d{3}$/.test(v),
  grave: (v) => /^(R\d{1,2}-\d{1,2}|\d{1,2}\/\d{3}|\d{3,4}[ABC])$/.test(v),
  "booking-ref": (v) => /^(CR|FN|SV)-2[56]-\d{4}$/.test(v),
  "phone-shaped-ref": (v) => /^\d{2,4}([ -]\d{3,4}){2,3}$/.test(v),
  version: (v) => /^v?\d{1,2}\.\d{1,2}\.\d{1,2}$/.test(v),
  date: dateOk,
  time: (v) => /^([01]?\d|2[0-3])[:.h][0-5]\d$/.test(v),
  timestamp: (v) => { const m = /^(20\d\d)-(\d\d)-(\d\d)T([01]\d|2[0-3]):[0-5]\d:[0-5]\dZ$/.exec(v); return !!m && realDate(Number(m[1]), Number(m[2]), Number(m[3])) },
  amount: (v) => /^\d{1,3}([ ,.'’]\d{3})*([.,]\d{2})?$/.test(v),
  extension: (v) => /^\d{2,3}$/.test(v),
  postcode: (v, l) => POSTCODE[l]?.test(v) ?? false,
  plate: (v, l) => PLATE[l]?.test(v) ?? false,
  "national-id": (v, l) => NATIONAL_ID[l]?.(v) ?? false,
}
