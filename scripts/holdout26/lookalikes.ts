// Lookalikes: national personal numbers of the corpus's countries (each with its own check digits, or its shape where
// none is published) and the four businesses' own numbers. None of them is a labeled type.
import type { Rng } from './prng.ts'
import { luhnDigit } from './values.ts'

const p2 = (n: number) => String(n).padStart(2, '0')
const sumW = (d: string, w: number[]) => [...d].reduce((a, c, i) => a + Number(c) * (w[i] ?? 0), 0)
const day = (rng: Rng) => p2(rng.int(1, 28))
const mon = (rng: Rng) => p2(rng.int(1, 12))

function hkid(rng: Rng): string {
  const L = rng.letters(1, 'ACDEGHKMPRSVWYZ')
  const d = rng.digits(6)
  const s = 36 * 9 + (L.charCodeAt(0) - 55) * 8 + sumW(d, [7, 6, 5, 4, 3, 2])
  const c = (11 - (s % 11)) % 11
  return `${L}${d}(${c === 10 ? 'A' : c})`
}
function mod11nhs(rng: Rng): string {
  for (;;) {
    const d = rng.pick(['3', '3', '4']) + rng.digits(8)
    const c = 11 - (sumW(d, [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11)
    if (c === 10) continue
    const x = d + (c === 11 ? 0 : c)
    return `${x.slice(0, 3)} ${x.slice(3, 6)} ${x.slice(6)}`
  }
}
function pesel(rng: Rng): string {
  const y = rng.int(50, 99)
  const d = `${p2(y)}${mon(rng)}${day(rng)}${rng.digits(4)}`
  return d + ((10 - (sumW(d, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10)
}
function cnp(rng: Rng): string {
  const d = `${rng.pick(['1', '2'])}${p2(rng.int(55, 99))}${mon(rng)}${day(rng)}${p2(rng.int(1, 46))}${rng.digits(3)}`
  const r = sumW(d, [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]) % 11
  return d + (r === 10 ? 1 : r)
}
function amka(rng: Rng): string { const b = `${day(rng)}${mon(rng)}${p2(rng.int(50, 99))}${rng.digits(4)}`; return b + luhnDigit(b) }
function afm(rng: Rng): string {
  for (;;) { const b = rng.pick(['0', '1']) + rng.digits(7); const s = [...b].reduce((a, c, i) => a + Number(c) * 2 ** (8 - i), 0); const c = (s % 11) % 10; return b + c }
}
function rodne(rng: Rng): string {
  for (;;) {
    const m = rng.int(1, 12) + (rng.chance(0.5) ? 50 : 0)
    const head = `${p2(rng.int(54, 99))}${p2(m)}${day(rng)}`
    const tail3 = rng.digits(3)
    const n = Number(BigInt(head + tail3 + '0') % 11n)
    const c = (11 - n) % 11
    if (c === 10) continue
    return `${head}/${tail3}${c}`
  }
}
function hetu(rng: Rng): string {
  const yy = rng.int(0, 99)
  const sep = yy < 10 ? 'A' : '-'
  const b = `${day(rng)}${mon(rng)}${p2(yy)}`
  const n = String(rng.int(2, 899)).padStart(3, '0')
  return `${b}${sep}${n}${'0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(b + n) % 31]}`
}
function personnummer(rng: Rng): string { const b = `${p2(rng.int(40, 99))}${mon(rng)}${day(rng)}${rng.digits(3)}`; return `${b.slice(0, 6)}-${b.slice(6)}${luhnDigit(b)}` }
function cuil(rng: Rng): string {
  for (;;) {
    const b = `${rng.pick(['20', '27'])}${rng.int(20, 45)}${rng.digits(6)}`
    const r = 11 - (sumW(b, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11)
    if (r === 10) continue
    return `${b.slice(0, 2)}-${b.slice(2)}-${r === 11 ? 0 : r}`
  }
}
function rut(rng: Rng): string {
  const n = String(rng.int(6_000_000, 24_999_999))
  let s = 0
  const w = [2, 3, 4, 5, 6, 7]
  ;[...n].reverse().forEach((c, i) => { s += Number(c) * w[i % 6]! })
  const v = 11 - (s % 11)
  const dv = v === 11 ? '0' : v === 10 ? 'K' : String(v)
  return `${n.slice(0, -6)}.${n.slice(-6, -3)}.${n.slice(-3)}-${dv}`
}
function sin(rng: Rng): string { const b = String(rng.int(1, 7)) + rng.digits(7); const d = b + luhnDigit(b); return `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}` }
function niss(rng: Rng): string {
  const b = `${p2(rng.int(40, 99))}${mon(rng)}${day(rng)}${String(rng.int(1, 997)).padStart(3, '0')}`
  const c = 97 - (Number(b) % 97)
  return `${b.slice(0, 2)}.${b.slice(2, 4)}.${b.slice(4, 6)}-${b.slice(6)}.${p2(c)}`
}
const CF_ODD: Record<string, number> = { 0: 1, 1: 0, 2: 5, 3: 7, 4: 9, 5: 13, 6: 15, 7: 17, 8: 19, 9: 21, A: 1, B: 0, C: 5, D: 7, E: 9, F: 13, G: 15, H: 17, I: 19, J: 21, K: 2, L: 4, M: 18, N: 20, O: 11, P: 3, Q: 6, R: 8, S: 12, T: 14, U: 16, V: 10, W: 22, X: 25, Y: 24, Z: 23 }
function codiceFiscale(rng: Rng): string {
  const b = `${rng.letters(6, 'BCDFGLMNPRSTVZ')}${p2(rng.int(50, 99))}${rng.letters(1, 'ABCDEHLMPRST')}${p2(rng.int(1, 28) + (rng.chance(0.5) ? 40 : 0))}${rng.letters(1, 'ABCDEFGHILM')}${rng.digits(3)}`
  let s = 0
  ;[...b].forEach((c, i) => { s += i % 2 === 0 ? CF_ODD[c]! : /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 65 })
  return b + String.fromCharCode(65 + (s % 26))
}
function dniEs(rng: Rng): string { const n = rng.int(10_000_000, 79_999_999); return `${n}${'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}` }
function nie(rng: Rng): string { const x = rng.int(0, 2); const n = rng.int(1_000_000, 9_999_999); return `${'XYZ'[x]}${n}${'TRWAGMYFPDXBNJZSQVHLCKE'[Number(`${x}${n}`) % 23]}` }

export const NATIONAL: Record<string, (rng: Rng) => string> = {
  'gh-card': (r) => `GHA-${r.int(700000000, 729999999)}-${r.int(0, 9)}`,
  'mt-id': (r) => `${r.int(1000, 999999)}${r.pick(['M', 'G', 'L', 'H'])}`,
  hkid,
  cnic: (r) => `${r.pick(['35202', '42101', '61101', '37405'])}-${r.digits(7)}-${r.int(1, 9)}`,
  omang: (r) => `${r.int(1, 9)}${r.digits(3)}${r.pick(['1', '2'])}${r.digits(4)}`,
  'hc-number': mod11nhs,
  pesel, cnp, amka, afm, 'rodne-cislo': rodne, hetu, personnummer,
  'dni-ar': (r) => { const n = String(r.int(20_000_000, 45_999_999)); return `${n.slice(0, 2)}.${n.slice(2, 5)}.${n.slice(5)}` },
  cuil, rut, sin, niss, 'codice-fiscale': codiceFiscale, 'dni-es': dniEs, nie,
}

const plate: Record<string, (r: Rng) => string> = {
  GB: (r) => `${r.letters(2)}${r.pick(['Z', 'I'])} ${r.int(100, 9999)}`,
  UK: (r) => `${r.letters(2)}${r.int(10, 76)} ${r.letters(3)}`,
  MT: (r) => `${r.letters(3)} ${r.digits(3)}`,
  GH: (r) => `${r.pick(['GR', 'GT', 'AS', 'GW'])} ${r.int(1000, 9999)}-${r.pick(['19', '21', '23', '24'])}`,
  PK: (r) => `${r.pick(['LEA', 'LEB', 'ICT', 'BKR'])}-${r.int(100, 9999)}`,
  BW: (r) => `B ${r.digits(3)} ${r.letters(3)}`,
  HK: (r) => `${r.letters(2)} ${r.int(1, 9999)}`,
  PL: (r) => `${r.pick(['WX', 'KR', 'PO', 'GD', 'WE'])} ${r.digits(5)}`,
  RO: (r) => `${r.pick(['B', 'CJ', 'IS', 'TM'])} ${p2(r.int(10, 99))} ${r.letters(3)}`,
  GR: (r) => `${r.letters(3, 'ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ')}-${r.int(1000, 9999)}`,
  SK: (r) => `${r.pick(['BA', 'KE', 'ZA', 'NR'])}${r.digits(3)}${r.letters(2)}`,
  FI: (r) => `${r.letters(3)}-${r.int(1, 999)}`,
  SE: (r) => `${r.letters(3)} ${r.digits(2)}${r.letters(1)}`,
  AR: (r) => `${r.letters(2)} ${r.digits(3)} ${r.letters(2)}`,
  CL: (r) => `${r.letters(4, 'BCDFGHJKLPRSTVWXYZ')}-${r.digits(2)}`,
  CA: (r) => `${r.letters(3)} ${r.digits(3)}`,
  BE: (r) => `1-${r.letters(3)}-${r.digits(3)}`,
  IT: (r) => `${r.letters(2)} ${r.digits(3)}${r.letters(2)}`,
  ES: (r) => `${r.digits(4)} ${r.letters(3, 'BCDFGHJKLMNPRSTVWXYZ')}`,
}
export function plateOf(rng: Rng, country: string): string { return (plate[country] ?? plate.UK!)(rng) }

export const BUSINESS: Record<string, (r: Rng) => string> = {
  // mobile operator: number porting and SIM swap
  'porting-code': (r) => r.pick([`${r.letters(3)}${r.digits(6)}`, `PAC ${r.letters(3)}${r.digits(6)}`, `${r.digits(4)}-${r.letters(4)}`, `NPC-${r.digits(8)}`]),
  iccid: (r) => { const b = `8935${r.digits(14)}`; const d = b + luhnDigit(b); return r.chance(0.5) ? d : d.replace(/^(.{4})(.{4})(.{4})(.{4})/, '$1 $2 $3 $4 ') },
  imei: (r) => { const b = `35${r.digits(12)}`; const d = b + luhnDigit(b); return r.chance(0.6) ? d : `${d.slice(0, 2)}-${d.slice(2, 8)}-${d.slice(8, 14)}-${d.slice(14)}` },
  'account-pin': (r) => r.digits(r.pick([4, 4, 6])),
  'porting-ref': (r) => r.pick([`PRT-${r.int(2025, 2026)}-${r.digits(6)}`, `SW${r.digits(7)}`, `MNP/${r.digits(5)}/${r.letters(2)}`]),
  // dental clinic chain
  'patient-number': (r) => r.pick([`PT-${r.digits(6)}`, `DEN/${r.digits(4)}/${r.digits(2)}`, `P${r.digits(7)}`]),
  'appointment-number': (r) => r.pick([`APPT-2026-${r.digits(5)}`, `BK${r.digits(6)}`, `A-${r.digits(3)}-${r.digits(3)}`]),
  'treatment-code': (r) => r.pick([`D${r.int(1000, 9999)}`, `T-${r.digits(3)}`, `UDA-${r.int(1, 3)}`, `CHK${r.digits(2)}`]),
  // student-loan servicer
  'loan-number': (r) => r.pick([`SL-${r.digits(4)}-${r.digits(4)}-${r.digits(2)}`, `LN${r.digits(9)}`, `${r.digits(3)}/${r.digits(6)}/L`]),
  'borrower-ref': (r) => r.pick([`BRN ${r.digits(4)} ${r.digits(4)}`, `CRN-${r.digits(8)}`, `B${r.digits(6)}${r.letters(1)}`]),
  'payroll-number': (r) => r.pick([`PAY/${r.digits(5)}`, `EMP-${r.digits(5)}`, `${r.digits(2)}-${r.digits(6)}`, `PRN ${r.digits(7)}`]),
  // toll road and parking fines
  'penalty-notice': (r) => r.pick([`PCN ${r.letters(2)}${r.digits(8)}`, `PN-2026-${r.digits(6)}`, `${r.letters(2)}${r.digits(8)}`]),
  transponder: (r) => r.pick([`TAG ${r.digits(4)} ${r.digits(4)} ${r.digits(4)}`, `OBU-${r.digits(9)}`, `TX${r.digits(10)}`]),
  'toll-account': (r) => r.pick([`TA-${r.digits(7)}`, `${r.digits(3)}-${r.digits(3)}-${r.digits(3)}-T`]),
  // generic
  'tracking-number': (r) => r.pick([`1Z${r.letters(3, 'ABCDEFGHJKLMNPRSTUVWXY')}${r.digits(3)}${r.letters(2)}${r.digits(8)}`, `RR${r.digits(9)}GB`, `JJD${r.digits(15)}`]),
  'reference-number': (r) => r.pick([`REF-${r.digits(6)}`, `TKT-${r.digits(5)}`, `CASE ${r.digits(3)}-${r.digits(4)}`, `INC${r.digits(7)}`]),
}
