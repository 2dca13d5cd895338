// Lookalikes: national ids with valid check digits, domain reference numbers, dates, times,
// amounts and versions. None is a labeled type here; each is recorded as a negative.
import type { Rng } from './rng.ts'
import { N, type Span } from './render.ts'
import { ibanWrong, luhnInvalid, ninoInvalid, ssnInvalid } from './values.ts'

const pad = (n: number, w: number) => String(n).padStart(w, '0')

export function cpf(rng: Rng): string {
  const d = [...rng.digits(9)].map(Number)
  if (d.every((x) => x === d[0])) d[0] = ((d[0] ?? 0) + 1) % 10
  for (const n of [10, 11]) {
    const s = d.reduce((a, x, i) => a + x * (n - i), 0)
    const r = (s * 10) % 11
    d.push(r === 10 ? 0 : r)
  }
  const s = d.join('')
  return `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}`
}
export function belgianNrn(rng: Rng): string {
  const y = rng.int(0, 99), m = rng.int(1, 12), dd = rng.int(1, 28), seq = rng.int(1, 997)
  const base = `${pad(y, 2)}${pad(m, 2)}${pad(dd, 2)}${pad(seq, 3)}`
  const born2000 = y < 10
  const cc = 97 - (Number((born2000 ? '2' : '') + base) % 97)
  return `${base.slice(0, 2)}.${base.slice(2, 4)}.${base.slice(4, 6)}-${base.slice(6)}.${pad(cc, 2)}`
}
export function rodneCislo(rng: Rng): string {
  for (;;) {
    const y = rng.int(54, 99), m = rng.int(1, 12) + (rng.chance(0.5) ? 50 : 0), d = rng.int(1, 28)
    const head = `${pad(y, 2)}${pad(m, 2)}${pad(d, 2)}`
    const tail3 = pad(rng.int(0, 999), 3)
    const r = Number(head + tail3) % 11
    if (r === 10) continue
    return `${head}/${tail3}${r}`
  }
}
export function tckn(rng: Rng): string {
  const d = [rng.int(1, 9), ...[...rng.digits(8)].map(Number)]
  const odd = (d[0] ?? 0) + (d[2] ?? 0) + (d[4] ?? 0) + (d[6] ?? 0) + (d[8] ?? 0)
  const even = (d[1] ?? 0) + (d[3] ?? 0) + (d[5] ?? 0) + (d[7] ?? 0)
  d.push((((odd * 7 - even) % 10) + 10) % 10)
  d.push(d.reduce((a, x) => a + x, 0) % 10)
  return d.join('')
}
export function pesel(rng: Rng): string {
  const y = rng.int(50, 99), m = rng.int(1, 12), dd = rng.int(1, 28)
  const s = `${pad(y, 2)}${pad(m, 2)}${pad(dd, 2)}${rng.digits(4)}`
  const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
  const sum = [...s].reduce((a, c, i) => a + Number(c) * (w[i] ?? 0), 0)
  return s + ((10 - (sum % 10)) % 10)
}
const DNI_L = 'TRWAGMYFPDXBNJZSQVHLCKE'
export function dni(rng: Rng): string {
  if (rng.chance(0.3)) {
    const p = rng.pick(['X', 'Y', 'Z'])
    const n = rng.digits(7)
    return `${p}${n}${DNI_L[Number(String('XYZ'.indexOf(p)) + n) % 23]}`
  }
  const n = pad(rng.int(10000000, 79999999), 8)
  return `${n}${rng.chance(0.3) ? '-' : ''}${DNI_L[Number(n) % 23]}`
}
const CURP_CH = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ'
export function curp(rng: Rng): string {
  const L = () => String.fromCharCode(65 + rng.int(0, 25))
  const V = () => rng.pick(['A', 'E', 'I', 'O', 'U'])
  const C = () => rng.pick([...'BCDFGHJKLMNPRSTVZ'])
  const body = `${C()}${V()}${C()}${C()}${pad(rng.int(60, 99), 2)}${pad(rng.int(1, 12), 2)}${pad(rng.int(1, 28), 2)}${rng.pick(['H', 'M'])}${rng.pick(['DF', 'JC', 'NL', 'PL', 'MC'])}${C()}${C()}${C()}${rng.chance(0.5) ? '0' : L()}`
  const sum = [...body].reduce((a, c, i) => a + CURP_CH.indexOf(c) * (18 - i), 0)
  return body + ((10 - (sum % 10)) % 10)
}
export function ahv(rng: Rng): string {
  const s = '756' + rng.digits(9)
  const sum = [...s].reduce((a, c, i) => a + Number(c) * (i % 2 ? 3 : 1), 0)
  const d = s + ((10 - (sum % 10)) % 10)
  return `${d.slice(0, 3)}.${d.slice(3, 7)}.${d.slice(7, 11)}.${d.slice(11)}`
}
const VD = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],[4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],[8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]]
const VP = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],[9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]]
const VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]
export function aadhaar(rng: Rng): string {
  const s = String(rng.int(2, 9)) + rng.digits(10)
  let c = 0
  ;[...s].reverse().forEach((ch, i) => { c = VD[c]?.[VP[(i + 1) % 8]?.[Number(ch)] ?? 0] ?? 0 })
  const d = s + VINV[c]
  return `${d.slice(0, 4)} ${d.slice(4, 8)} ${d.slice(8)}`
}
export function pan(rng: Rng): string {
  const L = () => String.fromCharCode(65 + rng.int(0, 25))
  return `${L()}${L()}${L()}P${L()}${rng.digits(4)}${L()}`
}
export function nric(rng: Rng): string {
  const p = rng.pick(['S', 'T'])
  const d = rng.digits(7)
  const w = [2, 7, 6, 5, 4, 3, 2]
  const sum = [...d].reduce((a, c, i) => a + Number(c) * (w[i] ?? 0), 0) + (p === 'T' ? 4 : 0)
  return `${p}${d}${'JZIHGFEDCBA'[sum % 11]}`
}
export function ppsn(rng: Rng): string {
  const d = rng.digits(7)
  const sum = [...d].reduce((a, c, i) => a + Number(c) * (8 - i), 0)
  return `${d}${'WABCDEFGHIJKLMNOPQRSTUV'[sum % 23]}${rng.chance(0.3) ? 'A' : ''}`
}
export function nhsNumber(rng: Rng): string {
  for (;;) {
    const d = String(rng.int(4, 7)) + rng.digits(8)
    const sum = [...d].reduce((a, c, i) => a + Number(c) * (10 - i), 0)
    const c = 11 - (sum % 11)
    if (c === 10) continue
    const s = d + (c === 11 ? 0 : c)
    return `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}`
  }
}
export const ein = (rng: Rng): string => `${rng.pick(['58', '62', '72', '27', '46'])}-${rng.digits(7)}`

// ---------- dates, times, amounts ----------
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
export function date(rng: Rng, style: 'us' | 'dmy' | 'dot' | 'iso' | 'long' | 'dash'): string {
  const y = rng.pick([2025, 2026]), m = rng.int(1, 12), d = rng.int(1, 28)
  switch (style) {
    case 'us': return `${m}/${d}/${y}`
    case 'dmy': return `${pad(d, 2)}/${pad(m, 2)}/${y}`
    case 'dot': return `${d}.${m}.${y}`
    case 'iso': return `${y}-${pad(m, 2)}-${pad(d, 2)}`
    case 'dash': return `${pad(d, 2)}-${pad(m, 2)}-${y}`
    case 'long': return `${d} ${MONTHS_EN[m - 1]} ${y}`
  }
}
export function time(rng: Rng, style: '12' | '24' | 'h' | 'dot'): string {
  const h = rng.int(8, 20), mi = rng.pick([0, 15, 30, 45, 10, 50])
  switch (style) {
    case '12': return `${h > 12 ? h - 12 : h}${mi ? `:${pad(mi, 2)}` : ''}${h >= 12 ? 'pm' : 'am'}`
    case '24': return `${pad(h, 2)}:${pad(mi, 2)}`
    case 'h': return `${h}h${mi ? pad(mi, 2) : ''}`
    case 'dot': return `${h}.${pad(mi, 2)}`
  }
}
const thousands = (n: number, sep: string) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep)
export function amount(rng: Rng, cur: string, lo = 50, hi = 5000): string {
  const n = rng.int(lo, hi)
  const c = pad(rng.pick([0, 0, 50, 99, 25, rng.int(1, 99)]), 2)
  switch (cur) {
    case 'USD': return `$${thousands(n, ',')}${rng.chance(0.5) ? `.${c}` : ''}`
    case 'GBP': return `£${thousands(n, ',')}${rng.chance(0.5) ? `.${c}` : ''}`
    case 'EUR-IE': return `€${thousands(n, ',')}.${c}`
    case 'INR': { const s = String(n * 100); return `₹${s.length > 5 ? s.slice(0, -5).replace(/\B(?=(\d{2})+(?!\d))/g, ',') + ',' + s.slice(-5, -3) + ',' + s.slice(-3) : thousands(n * 100, ',')}` }
    case 'SGD': return `S$${thousands(n, ',')}.${c}`
    case 'BRL': return `R$ ${thousands(n, '.')},${c}`
    case 'EUR': return `€ ${thousands(n, '.')},${c}`
    case 'EUR2': return `${thousands(n, '.')},${c} €`
    case 'CZK': return `${thousands(n, ' ')} Kč`
    case 'TRY': return `${thousands(n, '.')},${c} TL`
    case 'PLN': return `${thousands(n, ' ')},${c} zł`
    case 'MXN': return `$${thousands(n, ',')}.${c} MXN`
    case 'CHF': return `CHF ${thousands(n, "'")}.${rng.chance(0.5) ? '–' : c}`
    default: throw new Error(cur)
  }
}
export const version = (rng: Rng): string => rng.pick([`v${rng.int(1, 9)}.${rng.int(0, 20)}.${rng.int(0, 9)}`, `${rng.int(1, 14)}.${rng.int(0, 9)}.${rng.int(0, 30)}`, `v${rng.int(2, 6)}.${rng.int(0, 12)}`])

// ---------- spans ----------
export const neg = {
  date: (rng: Rng, style: Parameters<typeof date>[1]): Span => N('date', date(rng, style)),
  time: (rng: Rng, style: Parameters<typeof time>[1]): Span => N('time', time(rng, style)),
  amount: (rng: Rng, cur: string, lo?: number, hi?: number): Span => N('amount', amount(rng, cur, lo, hi)),
  version: (rng: Rng): Span => N('version', version(rng)),
  luhn: (rng: Rng): Span => N('luhn-invalid', luhnInvalid(rng)),
  ibanBad: (rng: Rng, cc: string): Span => N('iban-checksum', ibanWrong(rng, cc)),
  ssnBad: (rng: Rng): Span => N('ssn-invalid', ssnInvalid(rng)),
  ninoBad: (rng: Rng): Span => N('nino-invalid', ninoInvalid(rng)),
  word: (w: string): Span => N('name-word', w),
  order: (rng: Rng): Span => N('order-number', rng.pick([`${rng.int(100, 999)}-${rng.digits(7)}-${rng.digits(7)}`, `ORD-${rng.pick([2025, 2026])}-${rng.digits(6)}`, `#${rng.int(10000, 99999)}`])),
  tracking: (rng: Rng): Span => N('tracking-number', rng.pick([`1Z${rng.digits(3)}${String.fromCharCode(65 + rng.int(0, 25))}${String.fromCharCode(65 + rng.int(0, 25))}${rng.digits(11)}`, `RR${rng.digits(9)}${rng.pick(['GB', 'IE', 'BR', 'CZ', 'PL'])}`, `${rng.digits(4)} ${rng.digits(4)} ${rng.digits(4)}`])),
  ref: (kind: string, v: string): Span => N(kind, v),
  cpf: (rng: Rng): Span => N('cpf', cpf(rng)),
  nrn: (rng: Rng): Span => N('national-register', belgianNrn(rng)),
  rc: (rng: Rng): Span => N('birth-number', rodneCislo(rng)),
  tckn: (rng: Rng): Span => N('tckn', tckn(rng)),
  pesel: (rng: Rng): Span => N('pesel', pesel(rng)),
  dni: (rng: Rng): Span => N('dni', dni(rng)),
  curp: (rng: Rng): Span => N('curp', curp(rng)),
  ahv: (rng: Rng): Span => N('ahv', ahv(rng)),
  aadhaar: (rng: Rng): Span => N('aadhaar', aadhaar(rng)),
  pan: (rng: Rng): Span => N('pan', pan(rng)),
  nric: (rng: Rng): Span => N('nric', nric(rng)),
  ppsn: (rng: Rng): Span => N('ppsn', ppsn(rng)),
  nhs: (rng: Rng): Span => N('nhs-number', nhsNumber(rng)),
  ein: (rng: Rng): Span => N('ein', ein(rng)),
}
