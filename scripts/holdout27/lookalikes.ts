// Lookalikes: national personal numbers of the corpus's countries (each made with its own check digits, or to its
// shape where none is published) and the four businesses' own numbers.
import type { Rng } from './prng.ts'
import { pad } from './prng.ts'
import { luhnDigit, luhnOk } from './values.ts'

const sumW = (d: string, w: number[]) => [...d].reduce((a, c, i) => a + Number(c) * (w[i] ?? 0), 0)
const ymd = (r: Rng) => ({ y: r.int(50, 99), m: r.int(1, 12), d: r.int(1, 28) })

export const NATIONAL: Record<string, (r: Rng) => string> = {
  // South Africa: YYMMDD SSSS C 8 Z, Luhn
  'za-id': (r) => { const { y, m, d } = ymd(r); const b = `${pad(y)}${pad(m)}${pad(d)}${r.digits(4)}${r.pick(['0', '1'])}8`; return b + luhnDigit(b) },
  'ke-id': (r) => `${r.int(2, 3)}${r.digits(7)}`,
  'ng-nin': (r) => `${r.int(1, 9)}${r.digits(10)}`,
  'sg-nric': (r) => {
    const p = r.pick(['S', 'T'])
    const d = r.digits(7)
    const s = sumW(d, [2, 7, 6, 5, 4, 3, 2]) + (p === 'T' ? 4 : 0)
    return `${p}${d}${'JZIHGFEDCBA'[s % 11]}`
  },
  'jm-trn': (r) => { const d = `1${r.digits(8)}`; return `${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}` },
  // Scotland's CHI: DDMMYY + 3 + mod-11 check (10 never issued)
  'chi-number': (r) => {
    for (;;) {
      const { y, m, d } = ymd(r)
      const b = `${pad(d)}${pad(m)}${pad(y)}${r.digits(3)}`
      const c = 11 - (sumW(b, [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11)
      if (c === 10) continue
      const s = b + (c === 11 ? 0 : c)
      return r.chance(0.5) ? s : `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}`
    }
  },
  // New Zealand NHI (AAANNNN), mod 11 over letters without I and O
  'nz-nhi': (r) => {
    const A = 'ABCDEFGHJKLMNPQRSTUVWXYZ'
    for (;;) {
      const l = r.upper(3, A)
      const d = r.digits(3)
      const v = [...l].map((c) => A.indexOf(c) + 1).concat([...d].map(Number))
      const s = v.reduce((a, x, i) => a + x * (7 - i), 0) % 11
      if (s === 0) continue
      const c = 11 - s
      return `${l}${d}${c === 10 ? 0 : c}`
    }
  },
  // Austria: Sozialversicherungsnummer NNNC DDMMYY, check weights 3 7 9 _ 5 8 4 2 1 6 mod 11
  'at-svnr': (r) => {
    for (;;) {
      const n = `${r.int(1, 9)}${r.digits(2)}`
      const { y, m, d } = ymd(r)
      const dob = `${pad(d)}${pad(m)}${pad(y)}`
      const c = (sumW(n, [3, 7, 9]) + sumW(dob, [5, 8, 4, 2, 1, 6])) % 11
      if (c === 10) continue
      return `${n}${c} ${dob}`
    }
  },
  // Switzerland: AHV 756.XXXX.XXXX.XC, EAN-13 check
  'ch-ahv': (r) => {
    const b = `756${r.digits(9)}`
    const s = [...b].reduce((a, c, i) => a + Number(c) * (i % 2 ? 3 : 1), 0)
    const d = b + ((10 - (s % 10)) % 10)
    return `${d.slice(0, 3)}.${d.slice(3, 7)}.${d.slice(7, 11)}.${d.slice(11)}`
  },
  // Belgium: rijksregisternummer YY.MM.DD-XXX.CC, 97 - mod 97 (born before 2000)
  'be-rrn': (r) => { const { y, m, d } = ymd(r); const s = `${pad(y)}${pad(m)}${pad(d)}${pad(r.int(1, 997), 3)}`; const c = 97 - (Number(s) % 97); return `${s.slice(0, 2)}.${s.slice(2, 4)}.${s.slice(4, 6)}-${s.slice(6)}.${pad(c)}` },
  // Brazil: CPF XXX.XXX.XXX-XX, two mod-11 digits
  'br-cpf': (r) => {
    let d = r.digits(9)
    for (const w of [10, 11]) { const s = [...d].reduce((a, c, i) => a + Number(c) * (w - i), 0) % 11; d += s < 2 ? '0' : String(11 - s) }
    return `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6, 9)}-${d.slice(9)}`
  },
  // Portugal: NIF, weights 9..2, mod 11
  'pt-nif': (r) => { const b = `${r.pick(['1', '2'])}${r.digits(7)}`; const c = 11 - (sumW(b, [9, 8, 7, 6, 5, 4, 3, 2]) % 11); return b + (c >= 10 ? 0 : c) },
  // Czechia: rodné číslo YYMMDD/XXXX, divisible by 11 (women month + 50)
  'cz-rc': (r) => {
    for (;;) {
      const { y, m, d } = ymd(r)
      const mm = r.chance(0.5) ? m + 50 : m
      const b = `${pad(y)}${pad(mm)}${pad(d)}${r.digits(3)}`
      const c = Number(b) % 11
      if (c === 10) continue
      return `${b.slice(0, 6)}/${b.slice(6)}${c}`
    }
  },
  // Hungary: TAJ, 8 digits weighted 3 7 3 7... mod 10, written in threes like a phone
  'hu-taj': (r) => { const b = r.digits(8); const d = b + (sumW(b, [3, 7, 3, 7, 3, 7, 3, 7]) % 10); return `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}` },
  // Croatia: OIB, ISO 7064 MOD 11,10
  'hr-oib': (r) => {
    const b = `${r.int(1, 9)}${r.digits(9)}`
    let a = 10
    for (const c of b) { a = (a + Number(c)) % 10; if (a === 0) a = 10; a = (a * 2) % 11 }
    return b + ((11 - a) % 10)
  },
  // Slovenia: EMŠO DDMMYYYRRBBBK, weights 7..2 twice, mod 11
  'si-emso': (r) => {
    for (;;) {
      const { m, d } = ymd(r)
      const b = `${pad(d)}${pad(m)}9${r.int(50, 99)}50${r.digits(3)}`
      const c = 11 - (sumW(b, [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11)
      if (c === 10) continue
      return b + (c === 11 ? 0 : c)
    }
  },
  // Lithuania and Estonia: GYYMMDDSSSC, two-stage mod 11
  'lt-ak': (r) => baltic(r),
  'ee-ik': (r) => baltic(r),
  'lv-pk': (r) => { const { y, m, d } = ymd(r); return `${pad(d)}${pad(m)}${pad(y)}-${r.int(0, 1)}${r.digits(4)}` },
  // Turkey: T.C. kimlik no, the 10th and 11th digits from the others
  'tr-tckn': (r) => {
    const d = [r.int(1, 9), ...[...r.digits(8)].map(Number)]
    const odd = d[0]! + d[2]! + d[4]! + d[6]! + d[8]!
    const even = d[1]! + d[3]! + d[5]! + d[7]!
    const d10 = (((odd * 7 - even) % 10) + 10) % 10
    const d11 = (d.reduce((a, x) => a + x, 0) + d10) % 10
    return d.join('') + d10 + d11
  },
  'dk-cpr': (r) => { const { y, m, d } = ymd(r); return `${pad(d)}${pad(m)}${pad(y)}-${r.digits(4)}` },
  // Norway: fødselsnummer DDMMYY III K1 K2
  'no-fnr': (r) => {
    for (;;) {
      const { y, m, d } = ymd(r)
      const b = `${pad(d)}${pad(m)}${pad(y)}${r.digits(3)}`
      const k1 = 11 - (sumW(b, [3, 7, 6, 1, 8, 9, 4, 5, 2]) % 11)
      if (k1 === 10) continue
      const b1 = b + (k1 === 11 ? 0 : k1)
      const k2 = 11 - (sumW(b1, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11)
      if (k2 === 10) continue
      return b1 + (k2 === 11 ? 0 : k2)
    }
  },
}
function baltic(r: Rng): string {
  const { y, m, d } = ymd(r)
  const b = `${r.int(3, 4)}${pad(y)}${pad(m)}${pad(d)}${r.digits(3)}`
  let c = sumW(b, [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]) % 11
  if (c === 10) { c = sumW(b, [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]) % 11; if (c === 10) c = 0 }
  return b + c
}

// IMEI: TAC + serial + Luhn
export function imei(r: Rng): string {
  const b = `${r.pick(['35', '35', '86', '01'])}${r.digits(12)}`
  const d = b + luhnDigit(b)
  if (!luhnOk(d)) throw new Error('imei')
  return r.chance(0.7) ? d : `${d.slice(0, 2)}-${d.slice(2, 8)}-${d.slice(8, 14)}-${d.slice(14)}`
}
const AN = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'
export const BUSINESS: Record<string, (r: Rng) => string> = {
  'repair-ticket': (r) => r.pick([() => `RT-2026-${r.digits(5)}`, () => `FX/${r.digits(5)}/${r.upper(2)}`, () => `R${r.digits(7)}`])(),
  imei,
  'device-serial': (r) => r.pick([() => `C02${r.upper(9, AN)}`, () => `R58${r.upper(1)}${r.upper(7, AN)}`, () => `PF${r.upper(1)}${r.digits(1)}${r.upper(4, AN)}`, () => `5CD${r.digits(3)}${r.upper(4, AN)}`])().replace(/^(.{3})(.*)$/, (_m, a: string, b: string) => a + b),
  'warranty-number': (r) => r.pick([() => `WTY-${r.digits(4)}-${r.digits(4)}`, () => `EW ${r.digits(4)} ${r.digits(4)}`, () => `W${r.digits(8)}${r.upper(1)}`])(),
  'hospital-number': (r) => r.pick([() => `H${r.digits(7)}`, () => `MRN ${r.digits(8)}`, () => `HN-${r.digits(3)}-${r.digits(3)}-${r.digits(3)}`])(),
  'clinic-code': (r) => r.pick([() => `${r.pick(['ORTH', 'ENT', 'DERM', 'OPH', 'CARD', 'PAED'])}-${r.int(1, 9)}${r.upper(1, 'ABCD')}`, () => `OPD${pad(r.int(1, 40))}`, () => `CL/${r.pick(['FRA', 'AUD', 'PHY', 'DIA'])}/${r.int(1, 9)}`])(),
  'appointment-number': (r) => r.pick([() => `OPA-${r.digits(6)}`, () => `AP${r.digits(8)}`, () => `${r.digits(4)}-${r.digits(4)}-${r.digits(2)}`])(),
  'booking-ref': (r) => r.pick([() => `CAMP-26-${r.digits(5)}`, () => `SC/${r.digits(4)}/${r.upper(1)}`, () => `BK-${r.upper(3)}${r.digits(3)}`])(),
  'session-code': (r) => r.pick([() => `WK${r.int(1, 8)}-${r.pick(['AM', 'PM', 'FD'])}`, () => `ASC-${r.pick(['MON', 'TUE', 'WED', 'THU', 'FRI'])}-${r.int(1, 4)}`])(),
  'item-ref': (r) => r.pick([() => `LP-2026-${r.digits(6)}`, () => `LPO/${r.digits(5)}/${r.pick(['T', 'A', 'B'])}`, () => `${r.digits(3)}-${r.digits(4)}-${r.digits(3)}`])(),
  'train-number': (r) => r.pick([() => `IC ${r.int(500, 2999)}`, () => `ICE ${r.int(20, 1699)}`, () => `RJX ${r.int(60, 869)}`, () => `EC ${r.int(100, 399)}`, () => `${r.int(1, 2)}${r.pick(['S', 'K', 'B'])}${pad(r.int(10, 99))}`, () => `IR ${r.int(10, 99)}`])(),
  'flight-number': (r) => `${r.pick(['SQ', 'KQ', 'LH', 'TK', 'OS', 'LX', 'SN', 'TP', 'OK', 'SK', 'BT', 'NZ', 'SA', 'P4', 'BA', 'LO', 'DY', 'AD'])}${r.pick([' ', ''])}${r.int(11, 2999)}`,
  'seat-number': (r) => `${r.int(1, 88)}${r.pick(['A', 'B', 'C', 'D', 'F', 'K'])}`,
  'locker-code': (r) => r.pick([() => `L-${r.digits(4)}`, () => `${r.digits(3)}/${r.digits(4)}`, () => `LK${r.digits(3)}-${r.upper(1)}`])(),
  'tracking-number': (r) => r.pick([() => `1Z${r.upper(6, AN)}${r.digits(10)}`, () => `RR${r.digits(9)}${r.pick(['GB', 'ZA', 'NZ', 'AT', 'PT', 'TR'])}`, () => `JJD${r.digits(15)}`])(),
  'order-number': (r) => r.pick([() => `ORD-${r.digits(7)}`, () => `PO ${r.digits(5)}-${r.digits(3)}`, () => `SO${r.digits(8)}`])(),
  'reference-number': (r) => r.pick([() => `REF-${r.digits(6)}`, () => `CASE ${r.digits(3)}-${r.digits(4)}`, () => `INC${r.digits(7)}`])(),
}
