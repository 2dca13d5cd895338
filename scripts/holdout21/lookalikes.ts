// Lookalikes: national ids of the corpus's countries (each with its own check digits, or its shape where
// none is published) and the four businesses' own numbers. None is PII of a labeled type.
import { luhnDigit, luhnOk } from './values.ts'
import type { Rng } from './prng.ts'

const sumW = (d: string, w: number[]) => [...d].reduce((a, c, i) => a + Number(c) * (w[i] ?? 0), 0)
const dd = (r: Rng) => r.pad(r.int(1, 28), 2)
const mm = (r: Rng) => r.pad(r.int(1, 12), 2)
const yy = (r: Rng, lo = 55, hi = 99) => r.pad(r.int(lo, hi) % 100, 2)

/** retries a maker until its own check accepts */
function until(r: Rng, make: () => string | null): string {
  for (let i = 0; i < 500; i++) {
    const v = make()
    if (v !== null) return v
  }
  throw new Error('no value')
}

// ---- tax and national ids
export const ein = (r: Rng) => `${r.pick(['20', '27', '36', '41', '45', '46', '47', '74', '75', '76', '81', '82', '83', '84', '86', '87', '88', '92'])}-${r.digits(7)}`
/** US ITIN: 9xx-7x/8x/9x-xxxx, SSN-shaped but never an SSN */
export const itin = (r: Rng) => `9${r.digits(2)}-${r.pick(['70', '72', '75', '78', '81', '83', '88', '90', '91', '92', '94', '97'])}-${r.digits(4)}`
export const utr = (r: Rng) => `${r.int(1, 9)}${r.digits(9)}`
export const ptin = (r: Rng) => `P${r.digits(8)}`
/** Indian PAN: 4th letter P (a person), 5th the surname's initial */
export const pan = (r: Rng, surname: string) => `${r.letters(3, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')}P${surname[0]!.toUpperCase()}${r.digits(4)}${r.letters(1, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')}`
// Verhoeff tables for Aadhaar
const VD = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],[4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],[8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]]
const VP = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],[9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]]
const VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]
export function verhoeffOk(d: string): boolean {
  let c = 0
  ;[...d].reverse().forEach((ch, i) => { c = VD[c]![VP[i % 8]![Number(ch)]!]! })
  return c === 0
}
export function aadhaar(r: Rng): string {
  const body = String(r.int(2, 9)) + r.digits(10)
  let c = 0
  ;[...body].reverse().forEach((ch, i) => { c = VD[c]![VP[(i + 1) % 8]![Number(ch)]!]! })
  const v = body + VINV[c]
  if (!verhoeffOk(v)) throw new Error('aadhaar')
  return `${v.slice(0, 4)} ${v.slice(4, 8)} ${v.slice(8)}`
}
/** South African ID: YYMMDD SSSS C A Z, Luhn */
export const zaId = (r: Rng) => {
  const body = `${yy(r)}${mm(r)}${dd(r)}${r.digits(4)}${r.pick(['0', '0', '1'])}8`
  return body + luhnDigit(body)
}
/** SARS income tax reference: 10 digits starting 0-3 or 9, Luhn */
export const zaTax = (r: Rng) => {
  const body = String(r.pick([0, 1, 2, 3, 9])) + r.digits(8)
  return body + luhnDigit(body)
}
/** Jamaican TRN, 9 digits, written in threes */
export const trn = (r: Rng) => `1${r.digits(2)}-${r.digits(3)}-${r.digits(3)}`
/** Greek AMKA: DDMMYY and five digits, Luhn */
export const amka = (r: Rng) => {
  const body = `${dd(r)}${mm(r)}${yy(r)}${r.digits(4)}`
  return body + luhnDigit(body)
}
/** Greek ΑΦΜ: nine digits, powers of two mod 11 mod 10 */
export const afm = (r: Rng) => {
  const body = String(r.int(0, 1)) + r.digits(7)
  const s = [...body].reduce((a, c, i) => a + Number(c) * 2 ** (8 - i), 0)
  return body + String((s % 11) % 10)
}
/** Latvian personas kods DDMMYY-CNNNN: weights 1 6 3 7 9 10 5 8 4 2, (1101 - sum) mod 11 */
export const lvPk = (r: Rng) => until(r, () => {
  const body = `${dd(r)}${mm(r)}${yy(r)}${r.pick(['0', '1'])}${r.digits(3)}`
  const c = (1101 - sumW(body, [1, 6, 3, 7, 9, 10, 5, 8, 4, 2])) % 11
  return c === 10 ? null : `${body.slice(0, 6)}-${body.slice(6)}${c}`
})
/** Estonian isikukood GYYMMDDSSSC */
export const eeIk = (r: Rng) => {
  // the first digit is the sex and the century: 3/4 born in the 1900s, 5/6 in the 2000s
  const year = r.int(1955, 2005)
  const first = (year < 2000 ? 3 : 5) + (r.chance(0.5) ? 1 : 0)
  const body = `${first}${String(year % 100).padStart(2, '0')}${mm(r)}${dd(r)}${r.digits(3)}`
  let c = sumW(body, [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]) % 11
  if (c === 10) c = sumW(body, [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]) % 11
  if (c === 10) c = 0
  return body + c
}
/** Slovenian EMŠO DDMMYYYRRBBBK */
export const emso = (r: Rng) => until(r, () => {
  const y = r.int(955, 1005) % 1000
  const body = `${dd(r)}${mm(r)}${r.pad(y, 3)}50${r.pad(r.int(0, 999), 3)}`
  const m = sumW(body, [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11
  if (m === 1) return null
  return body + (m === 0 ? 0 : 11 - m)
})
/** Slovenian davčna številka: eight digits, weights 8..2 */
export const siTax = (r: Rng) => until(r, () => {
  const body = String(r.int(1, 9)) + r.digits(6)
  const m = sumW(body, [8, 7, 6, 5, 4, 3, 2]) % 11
  if (m === 0) return null
  const c = 11 - m
  return body + (c === 10 ? 0 : c)
})
/** Icelandic kennitala DDMMYY-RRCD, weights 3 2 7 6 5 4 3 2, century digit 9 or 0 */
export const kennitala = (r: Rng) => until(r, () => {
  const century = r.chance(0.8) ? '9' : '0'
  const body = `${dd(r)}${mm(r)}${century === '9' ? yy(r, 40, 99) : r.pad(r.int(0, 12), 2)}${r.int(2, 9)}${r.digits(1)}`
  const m = sumW(body, [3, 2, 7, 6, 5, 4, 3, 2]) % 11
  const c = m === 0 ? 0 : 11 - m
  if (c === 10) return null
  return `${body.slice(0, 6)}-${body.slice(6)}${c}${century}`
})
/** Portuguese NIF: nine digits, weights 9..2 */
export const nif = (r: Rng) => {
  const body = String(r.pick([1, 2, 2, 2])) + r.digits(7)
  const m = sumW(body, [9, 8, 7, 6, 5, 4, 3, 2]) % 11
  return body + (m < 2 ? 0 : 11 - m)
}
/** German Steuer-Identifikationsnummer: eleven digits, ISO 7064 MOD 11,10 */
export function mod1110Digit(body: string): number {
  let a = 10
  for (const ch of body) {
    a = (a + Number(ch)) % 10
    if (a === 0) a = 10
    a = (a * 2) % 11
  }
  return (11 - a) % 10
}
export const steuerId = (r: Rng) => {
  // one digit twice, one missing, in the first ten
  const ds = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
  for (let i = ds.length - 1; i > 0; i--) {
    const j = r.int(0, i)
    ;[ds[i], ds[j]] = [ds[j]!, ds[i]!]
  }
  ds[r.int(1, 9)] = ds[r.int(1, 9)]!
  if (ds[0] === 0) ds[0] = r.int(1, 9)
  const body = ds.join('')
  const v = body + mod1110Digit(body)
  return r.chance(0.5) ? `${v.slice(0, 2)} ${v.slice(2, 5)} ${v.slice(5, 8)} ${v.slice(8)}` : v
}
export const steuernummer = (r: Rng) => `${r.int(10, 99)}/${r.digits(3)}/${r.digits(5)}`
/** Italian codice fiscale with its check letter */
const CF_ODD: Record<string, number> = { 0: 1, 1: 0, 2: 5, 3: 7, 4: 9, 5: 13, 6: 15, 7: 17, 8: 19, 9: 21, A: 1, B: 0, C: 5, D: 7, E: 9, F: 13, G: 15, H: 17, I: 19, J: 21, K: 2, L: 4, M: 18, N: 20, O: 11, P: 3, Q: 6, R: 8, S: 12, T: 14, U: 16, V: 10, W: 22, X: 25, Y: 24, Z: 23 }
const cfEven = (c: string) => (/\d/.test(c) ? Number(c) : c.charCodeAt(0) - 65)
export const cfCheck = (s15: string) => String.fromCharCode(65 + ([...s15].reduce((a, c, i) => a + (i % 2 === 0 ? CF_ODD[c]! : cfEven(c)), 0) % 26))
function cfPart(word: string, given: boolean): string {
  const w = word.normalize('NFD').replace(/[^A-Za-z]/g, '').toUpperCase()
  const cons = w.replace(/[AEIOU]/g, '')
  const vow = w.replace(/[^AEIOU]/g, '')
  if (given && cons.length >= 4) return cons[0]! + cons[2]! + cons[3]!
  return (cons + vow + 'XXX').slice(0, 3)
}
export const codiceFiscale = (r: Rng, surname: string, given: string, female: boolean) => {
  const day = r.int(1, 28) + (female ? 40 : 0)
  const s15 = `${cfPart(surname, false)}${cfPart(given, true)}${yy(r, 50, 99)}${r.pick([...'ABCDEHLMPRST'])}${r.pad(day, 2)}${r.pick(['H501', 'F205', 'L219', 'F839', 'A944', 'G273', 'D612'])}`
  return s15 + cfCheck(s15)
}
/** Italian partita IVA: eleven digits, Luhn */
export const partitaIva = (r: Rng) => {
  const body = r.pad(r.int(1, 9999999), 7) + r.pad(r.int(1, 100), 3)
  return body + luhnDigit(body)
}
/** Argentine CUIT/CUIL XX-XXXXXXXX-X */
export const cuit = (r: Rng, person = true) => until(r, () => {
  const body = `${person ? r.pick(['20', '27', '23']) : '30'}${r.int(10, 45)}${r.digits(6)}`
  const m = sumW(body, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11
  const c = m === 0 ? 0 : 11 - m
  if (c === 10) return null
  return `${body.slice(0, 2)}-${body.slice(2)}-${c}`
})
export const dni = (r: Rng) => {
  const n = String(r.int(14000000, 45999999))
  return `${n.slice(0, 2)}.${n.slice(2, 5)}.${n.slice(5)}`
}
export const cedulaCo = (r: Rng) => {
  const n = String(r.chance(0.5) ? r.int(1000000000, 1099999999) : r.int(10000000, 99999999))
  return n.replace(/\B(?=(\d{3})+$)/g, '.')
}
/** Colombian NIT with its DIAN check digit */
export const nitCo = (r: Rng) => {
  const body = `9${r.digits(8)}`
  const w = [3, 7, 13, 17, 19, 23, 29, 37, 41]
  const m = [...body].reverse().reduce((a, c, i) => a + Number(c) * w[i]!, 0) % 11
  const c = m > 1 ? 11 - m : m
  return `${body.slice(0, 3)}.${body.slice(3, 6)}.${body.slice(6)}-${c}`
}
/** Argentine CBU: 22 digits in two blocks, each with its check digit */
export const cbu = (r: Rng) => {
  const b1 = r.pick(['011', '007', '017', '072', '285']) + r.digits(4)
  const c1 = (10 - (sumW(b1, [7, 1, 3, 9, 7, 1, 3]) % 10)) % 10
  const b2 = r.digits(13)
  const c2 = (10 - (sumW(b2, [3, 9, 7, 1, 3, 9, 7, 1, 3, 9, 7, 1, 3]) % 10)) % 10
  return `${b1}${c1}${b2}${c2}`
}
/** US ABA routing number (3 7 1 weights) */
export const aba = (r: Rng) => until(r, () => {
  const body = r.pick(['07', '11', '10', '04', '08']) + r.digits(6)
  for (let c = 0; c < 10; c++) if (sumW(body + c, [3, 7, 1, 3, 7, 1, 3, 7, 1]) % 10 === 0) return body + c
  return null
})
export const sortCodeAccount = (r: Rng) => `${r.int(10, 40)}-${r.digits(2)}-${r.digits(2)} ${r.digits(8)}`
export const ifsc = (r: Rng) => `${r.pick(['SBIN', 'HDFC', 'ICIC', 'UTIB', 'KKBK'])}0${r.digits(6)}`

// ---- the businesses' numbers
export const imei = (r: Rng) => {
  const body = r.pick(['35', '86', '01']) + r.digits(12)
  return body + luhnDigit(body)
}
export const imeiOk = (v: string) => /^\d{15}$/.test(v) && luhnOk(v)
/** UK childcare 30-hours eligibility code: 11 digits starting 500 */
export const fundingCode = (r: Rng) => `500${r.digits(8)}`
export const ofstedUrn = (r: Rng) => `EY${r.digits(6)}`
export const upsTracking = (r: Rng) => `1Z${r.letters(3, 'ABCDEFGHJKLMNPRSTVWXY')}${r.digits(3)}${r.digits(10)}`
