// Lookalikes: national personal numbers with their own check digits, and the numbers of the four
// businesses (microchips, meter points, barcodes, memberships...) that are not PII.
import type { Rng } from './prng.ts'
import { luhnDigit, luhnOk, cardBrandOk } from './values.ts'

const sumW = (d: string, w: number[]) => [...d].reduce((a, c, i) => a + Number(c) * (w[i] ?? 0), 0)
const date6 = (r: Rng) => ({ y: r.int(40, 99), m: r.int(1, 12), d: r.int(1, 28) })
const p2 = (n: number) => String(n).padStart(2, '0')

// Swedish personnummer YYMMDD-NNNC, Luhn over the ten digits
export function personnummer(r: Rng): string {
  const { y, m, d } = date6(r)
  const body = `${p2(y)}${p2(m)}${p2(d)}${r.digits(3)}`
  const v = `${body.slice(0, 6)}-${body.slice(6)}${luhnDigit(body)}`
  if (!luhnOk(v.replace('-', ''))) throw new Error(v)
  return v
}
// Danish CPR DDMMYY-SSSS, weights 4 3 2 7 6 5 4 3 2 1, sum divisible by 11 (the pre-2007 rule)
export function cpr(r: Rng): string {
  for (;;) {
    const { y, m, d } = date6(r)
    const nine = `${p2(d)}${p2(m)}${p2(y)}${r.digits(3)}`
    const rest = sumW(nine, [4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11
    const c = (11 - rest) % 11
    if (c === 10) continue
    return `${nine.slice(0, 6)}-${nine.slice(6)}${c}`
  }
}
// Finnish henkilötunnus DDMMYYCZZZQ, Q from the table by mod 31
export function hetuFull(r: Rng): string {
  const { m, d } = date6(r)
  const c = r.pick(['-', '-', 'A'])
  const y = c === 'A' ? r.int(0, 12) : r.int(40, 99)
  const zzz = String(r.int(2, 899)).padStart(3, '0')
  const q = '0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(`${p2(d)}${p2(m)}${p2(y)}${zzz}`) % 31]
  return `${p2(d)}${p2(m)}${p2(y)}${c}${zzz}${q}`
}
// Romanian CNP: 13 digits, weights 279146358279, sum mod 11 (10 gives 1)
export function cnp(r: Rng): string {
  const { y, m, d } = date6(r)
  const twelve = `${r.pick(['1', '2'])}${p2(y)}${p2(m)}${p2(d)}${p2(r.int(1, 46))}${r.digits(3)}`
  const s = sumW(twelve, [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]) % 11
  return twelve + (s === 10 ? 1 : s)
}
// Hungarian TAJ: 9 digits, odd positions x3, even x7 over eight, mod 10; written in threes
export function taj(r: Rng): string {
  const eight = `${r.int(0, 1)}${r.digits(7)}`
  const c = [...eight].reduce((a, ch, i) => a + Number(ch) * (i % 2 === 0 ? 3 : 7), 0) % 10
  const v = eight + c
  return `${v.slice(0, 3)} ${v.slice(3, 6)} ${v.slice(6)}`
}
// Hungarian adóazonosító jel: 10 digits starting 8, weights 1..9 mod 11
export function adoazonosito(r: Rng): string {
  for (;;) {
    const nine = `8${r.digits(8)}`
    const c = sumW(nine, [1, 2, 3, 4, 5, 6, 7, 8, 9]) % 11
    if (c < 10) return nine + c
  }
}
// Slovak rodné číslo YYMMDD/XXXX, divisible by 11; women +50 on the month
export function rodneCislo(r: Rng): string {
  for (;;) {
    const { m, d } = date6(r)
    const y = r.int(54, 99) // ten digits since 1954
    const mm = r.chance(0.5) ? m + 50 : m
    const six = `${p2(y)}${p2(mm)}${p2(d)}`
    const three = r.digits(3)
    const c = (11 - (Number(six + three + '0') % 11)) % 11
    if (c === 10) continue
    const v = `${six}/${three}${c}`
    if (Number(v.replace('/', '')) % 11 !== 0) throw new Error(v)
    return v
  }
}
// Croatian OIB: 11 digits, ISO 7064 MOD 11,10
export function oib(r: Rng): string {
  const ten = `${r.int(1, 9)}${r.digits(9)}`
  let a = 10
  for (const ch of ten) {
    a = (a + Number(ch)) % 10
    if (a === 0) a = 10
    a = (a * 2) % 11
  }
  const c = (11 - a) % 10
  return ten + c
}
// Austrian Sozialversicherungsnummer NNNC DDMMYY, weights 3 7 9 _ 5 8 4 2 1 6, mod 11
export function svnr(r: Rng): string {
  for (;;) {
    const nnn = String(r.int(100, 999))
    const { y, m, d } = date6(r)
    const dob = `${p2(d)}${p2(m)}${p2(y)}`
    const s = (sumW(nnn, [3, 7, 9]) + sumW(dob, [5, 8, 4, 2, 1, 6])) % 11
    if (s === 10) continue
    return `${nnn}${s} ${dob}`
  }
}
// Canadian SIN: 9 digits, Luhn, first digit 1-7; written in threes
export function sin(r: Rng): string {
  const eight = `${r.int(1, 7)}${r.digits(7)}`
  const v = eight + luhnDigit(eight)
  return `${v.slice(0, 3)} ${v.slice(3, 6)} ${v.slice(6)}`
}
// Quebec RAMQ: three letters of the surname, one of the given name, YYMMDD (+50 women), two digits
export function ramq(r: Rng, surname: string, given: string): string {
  const fold = (s: string) => s.normalize('NFD').replace(/[^A-Za-z]/g, '').toUpperCase()
  const { y, m, d } = date6(r)
  const mm = r.chance(0.5) ? m + 50 : m
  return `${fold(surname).padEnd(3, 'X').slice(0, 3)}${fold(given).slice(0, 1)} ${p2(y)}${p2(mm)} ${p2(d)}${r.digits(2)}`
}
// Australian TFN: 9 digits, weights 1 4 3 7 5 8 6 9 10, divisible by 11
export function tfn(r: Rng): string {
  for (;;) {
    const eight = r.digits(8)
    const s = sumW(eight, [1, 4, 3, 7, 5, 8, 6, 9])
    for (let c = 0; c < 10; c++) if ((s + c * 10) % 11 === 0) return `${eight.slice(0, 3)} ${eight.slice(3, 6)} ${eight.slice(6)}${c}`
  }
}
// Australian Medicare: 10 digits (+ issue), first 2-6, check = weights 1 3 7 9 1 3 7 9 mod 10
export function medicare(r: Rng): string {
  const eight = `${r.int(2, 6)}${r.digits(7)}`
  const c = sumW(eight, [1, 3, 7, 9, 1, 3, 7, 9]) % 10
  return `${eight.slice(0, 4)} ${eight.slice(4)}${c} ${r.int(1, 5)}`
}
// New Zealand IRD number: 8 digits (first weights 3 2 7 6 5 4 3 2 on 9 padded), mod 11
export function ird(r: Rng): string {
  for (;;) {
    const base = `${r.int(10, 99)}${r.digits(5)}`
    const s = sumW(`0${base}`, [3, 2, 7, 6, 5, 4, 3, 2]) % 11
    const c = s === 0 ? 0 : 11 - s
    if (c === 10) continue
    const v = `${base}${c}`
    return `${v.slice(0, 2)}-${v.slice(2, 5)}-${v.slice(5)}`
  }
}
// Nigerian NIN: 11 digits (no public check digit)
export const nin = (r: Rng) => `${r.int(1, 9)}${r.digits(10)}`
// Philippine SSS number 34-1234567-8 and TIN 123-456-789-000
export const sss = (r: Rng) => `${r.int(1, 9)}${r.int(0, 9)}-${r.digits(7)}-${r.int(0, 9)}`
export const phTin = (r: Rng) => `${r.int(1, 9)}${r.digits(2)}-${r.digits(3)}-${r.digits(3)}-000`
// Scottish CHI number: DDMMYY + 4, mod 11 as the NHS number
export function chi(r: Rng): string {
  for (;;) {
    const { y, m, d } = date6(r)
    const nine = `${p2(d)}${p2(m)}${p2(y)}${r.digits(3)}`
    const c = 11 - (sumW(nine, [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11)
    if (c === 10) continue
    return `${nine}${c === 11 ? 0 : c}`
  }
}

// ---- the businesses' own numbers
// ISO 11784 microchip: 15 digits, a country code (752 SE, 208 DK, 246 FI, 642 RO, 348 HU, 703 SK, 191 HR, 040 AT, 036 AU, 554 NZ, 124 CA) or a maker's 9xx
export function microchip(r: Rng, country?: string): string {
  const pre = country ?? r.pick(['985', '981', '900', '956', '977'])
  const d = pre + r.digits(12)
  return r.chance(0.3) ? `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6, 9)} ${d.slice(9)}` : d
}
// MPAN core: 13 digits, check by primes 3 5 7 13 17 19 23 29 31 37 41 43 mod 11 mod 10
export function mpan(r: Rng): string {
  const twelve = `${r.pick(['16', '17', '18'])}${r.digits(10)}`
  const c = (sumW(twelve, [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43]) % 11) % 10
  const v = twelve + c
  return r.chance(0.5) ? `${v.slice(0, 2)} ${v.slice(2, 6)} ${v.slice(6, 10)} ${v.slice(10)}` : v
}
export const mpanOk = (v: string) => {
  const d = v.replace(/ /g, '')
  return /^\d{13}$/.test(d) && (sumW(d.slice(0, 12), [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43]) % 11) % 10 === Number(d[12])
}
// GS1 metering point ids (SE 735999, DK 5713131, FI 643007): 18 digits with a GS1 check digit
export function gsrn(r: Rng, pre: string): string {
  const body = pre + r.digits(17 - pre.length)
  const s = [...body].reverse().reduce((a, ch, i) => a + Number(ch) * (i % 2 === 0 ? 3 : 1), 0)
  return body + ((10 - (s % 10)) % 10)
}
export const gs1Ok = (v: string) => {
  const d = v.replace(/ /g, '')
  const body = d.slice(0, -1)
  const s = [...body].reverse().reduce((a, ch, i) => a + Number(ch) * (i % 2 === 0 ? 3 : 1), 0)
  return (10 - (s % 10)) % 10 === Number(d[d.length - 1])
}
// EAN-13 ticket barcode
export const ean13 = (r: Rng) => gs1Body(r, 12)
function gs1Body(r: Rng, n: number): string {
  const body = `2${r.digits(n - 1)}`
  const s = [...body].reverse().reduce((a, ch, i) => a + Number(ch) * (i % 2 === 0 ? 3 : 1), 0)
  return body + ((10 - (s % 10)) % 10)
}
// Austrian Zählpunktnummer AT + 31 characters
export const zaehlpunkt = (r: Rng) => `AT00${r.pick(['1000', '2000', '3000'])}00000${r.digits(20)}`
// 16 digits that are no card: a prefix no brand uses
export function ticketNumber16(r: Rng): string {
  for (;;) {
    const d = `${r.pick(['1', '7', '8', '9', '0'])}${r.digits(15)}`
    if (!cardBrandOk(d) || !luhnOk(d)) return d
  }
}
// Philippine PhilSys card number, 16 digits in fours: never a card (a prefix no brand uses)
export const philsys = (r: Rng) => ticketNumber16(r).replace(/(\d{4})(?=\d)/g, '$1-')
