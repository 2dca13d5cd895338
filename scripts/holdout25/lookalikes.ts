// Lookalikes: national personal numbers of the corpus's countries (each with its own check digits, or its shape where
// none is published), the four businesses' numbers, and declined cards / wrong IBANs / impossible SSNs and NINOs.
import type { Rng } from './prng.ts'
import { cardDigits, groupBy, luhnDigit, luhnOk } from './values.ts'

const sumW = (d: string, w: number[]) => [...d].reduce((a, c, i) => a + Number(c) * (w[i] ?? 0), 0)
const dd = (r: Rng) => r.pad(r.range(1, 28), 2)
const mm = (r: Rng) => r.pad(r.range(1, 12), 2)

export const NATIONAL: Record<string, (r: Rng) => string> = {
  'nhs-number': (r) => { for (;;) { const b = r.digits(9, '4'); const c = 11 - (sumW(b, [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11); if (c === 10) continue; const d = b + (c === 11 ? 0 : c); return `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}` } },
  sin: (r) => { const b = r.digits(8, '1234567'); const d = b + luhnDigit(b); return `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}` },
  'ke-id': (r) => r.digits(8, '23'),
  'kra-pin': (r) => `A${r.digits(9, '0')}${String.fromCharCode(65 + r.int(26))}`,
  nric: (r) => { const p = r.pick(['S', 'T']); const b = r.digits(7); const s = sumW(b, [2, 7, 6, 5, 4, 3, 2]) + (p === 'T' ? 4 : 0); return `${p}${b}${'JZIHGFEDCBA'[s % 11]}` },
  'trn-jm': (r) => { const d = r.digits(9, '1'); return `${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}` },
  'za-id': (r) => { const b = `${r.pad(r.range(50, 99), 2)}${mm(r)}${dd(r)}${r.digits(4)}${r.pick(['0', '1'])}8`; return b + luhnDigit(b) },
  bsn: (r) => { for (;;) { const b = r.digits(8, '1234567'); const s = sumW(b, [9, 8, 7, 6, 5, 4, 3, 2]) % 11; if (s === 10) continue; return b + s } },
  'nif-pt': (r) => { for (;;) { const b = r.digits(8, '12'); const s = 11 - (sumW(b, [9, 8, 7, 6, 5, 4, 3, 2]) % 11); return b + (s >= 10 ? 0 : s) } },
  'rodne-cislo': (r) => { for (;;) { const b = `${r.pad(r.range(54, 99), 2)}${r.pad(r.range(1, 12) + (r.chance(0.5) ? 50 : 0), 2)}${dd(r)}${r.digits(3)}`; const c = Number(BigInt(b) % 11n); if (c === 10) continue; return `${b.slice(0, 6)}/${b.slice(6)}${c}` } },
  taj: (r) => { const b = r.digits(8, '0123'); const d = b + (sumW(b, [3, 7, 3, 7, 3, 7, 3, 7]) % 10); return `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}` },
  fodselsnummer: (r) => {
    for (;;) {
      const b = `${dd(r)}${mm(r)}${r.pad(r.range(40, 99), 2)}${r.digits(3)}`
      let k1 = 11 - (sumW(b, [3, 7, 6, 1, 8, 9, 4, 5, 2]) % 11); if (k1 === 11) k1 = 0; if (k1 === 10) continue
      let k2 = 11 - (sumW(b + k1, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11); if (k2 === 11) k2 = 0; if (k2 === 10) continue
      return `${b}${k1}${k2}`
    }
  },
  tckn: (r) => { const d = [...r.digits(9, '123456789')].map(Number); const d10 = ((((d[0]! + d[2]! + d[4]! + d[6]! + d[8]!) * 7 - (d[1]! + d[3]! + d[5]! + d[7]!)) % 10) + 10) % 10; const d11 = (d.reduce((a, b) => a + b, 0) + d10) % 10; return d.join('') + d10 + d11 },
  oib: (r) => { const b = r.digits(10, '123456789'); let p = 10; for (const c of b) { let s = (Number(c) + p) % 10; if (s === 0) s = 10; p = (s * 2) % 11 } return b + ((11 - p) % 10) },
  'cedula-co': (r) => r.chance(0.5) ? `1.0${r.digits(2)}.${r.digits(3)}.${r.digits(3)}` : `${r.range(10, 99)}.${r.digits(3)}.${r.digits(3)}`,
  'dni-pe': (r) => r.digits(8, '4789'),
  'avs-ch': (r) => { const b = `756${r.digits(9)}`; const c = (10 - (sumW(b, [1, 3, 1, 3, 1, 3, 1, 3, 1, 3, 1, 3]) % 10)) % 10; const d = b + c; return `${d.slice(0, 3)}.${d.slice(3, 7)}.${d.slice(7, 11)}.${d.slice(11)}` },
  'matricule-lu': (r) => { const b = `${r.range(1950, 2005)}${mm(r)}${dd(r)}${r.digits(3)}`; return b + luhnDigit(b) + r.int(10) },
}
export const NATIONAL_OF: Record<string, string[]> = {
  'en-wls': ['nhs-number'], 'en-ca': ['sin'], 'en-ke': ['ke-id', 'kra-pin'], 'en-sg': ['nric'], 'en-jm': ['trn-jm'], 'en-za': ['za-id'],
  nl: ['bsn'], pt: ['nif-pt'], cs: ['rodne-cislo'], hu: ['taj'], no: ['fodselsnummer'], tr: ['tckn'], hr: ['oib'],
  'es-co': ['cedula-co'], 'es-pe': ['dni-pe'], 'fr-ch': ['avs-ch'], 'fr-lu': ['matricule-lu'],
}

const L = (r: Rng, n: number) => { let s = ''; for (let i = 0; i < n; i++) s += 'ABCDEFGHJKLMNPQRSTUVWXYZ'[r.int(24)]; return s }
export type Domain = 'pension' | 'furniture' | 'visa' | 'cruise'
export const BIZ: Record<Domain, Record<string, (r: Rng) => string>> = {
  pension: {
    'member-number': (r) => r.pick([`MBR-${r.digits(7, '1234')}`, `M/${r.digits(8, '2')}`, `${r.digits(3, '1')} ${r.digits(4)} ${r.digits(2)}`]),
    'scheme-ref': (r) => r.pick([`SCH/${L(r, 2)}/${r.digits(4)}`, `PS-${r.digits(5)}-${L(r, 1)}`, `${r.digits(5)}/${r.pad(r.range(1, 99), 2)}`]),
    'policy-ref': (r) => r.pick([`POL-AN-${r.digits(7)}`, `ANN ${r.digits(4)} ${r.digits(4)}`, `${L(r, 3)}${r.digits(6)}/${r.range(1, 9)}`]),
  },
  furniture: {
    'order-number': (r) => r.pick([`FO-2026-${r.digits(6)}`, `#${r.digits(7, '3456789')}`, `${r.digits(3)}-${r.digits(7)}`]),
    'delivery-slot': (r) => r.pick([`SLOT-${r.pad(r.range(1, 28), 2)}${r.pick(['AM', 'PM', 'EV'])}`, `DS/${r.digits(4)}/${r.pick(['A', 'B', 'C'])}`, `${r.pick(['A', 'B', 'C', 'D'])}${r.range(1, 9)}-${r.pad(r.range(1, 28), 2)}`]),
    sku: (r) => r.pick([`${r.digits(5)}-${r.pick(['OAK', 'WAL', 'ASH', 'GRY'])}-${r.range(2, 4)}S`, `${r.digits(3)}.${r.digits(3)}.${r.digits(2)}`, `ART${r.digits(8)}`]),
    'consignment-number': (r) => r.pick([`CN ${r.digits(4)} ${r.digits(4)} ${r.digits(4)}`, `CNS${r.digits(10)}`, `${L(r, 2)}${r.digits(9)}${L(r, 2)}`]),
  },
  visa: {
    'application-number': (r) => r.pick([`VA-26-${r.digits(7)}`, `APP/${L(r, 3)}/2026/${r.digits(6)}`, `GWX${r.digits(9)}`]),
    'passport-number': (r) => r.pick([r.digits(9, '5'), `${L(r, 2)}${r.digits(7)}`, `${L(r, 1)}${r.digits(1)}${L(r, 1)}${r.digits(1)}${L(r, 2)}${r.digits(3)}`]),
    'appointment-code': (r) => r.pick([`APT-${L(r, 1)}${r.digits(1)}${L(r, 2)}-${r.digits(4)}`, `${L(r, 3)}${r.digits(5)}`]),
    'biometric-slot': (r) => r.pick([`BIO-${r.pick(['A', 'B', 'C'])}${r.range(1, 12)}-${r.pad(r.range(8, 16), 2)}${r.pick(['00', '15', '30', '45'])}`, `Booth ${r.range(1, 9)}/${r.pick(['A', 'B'])}${r.range(10, 60)}`]),
  },
  cruise: {
    'booking-number': (r) => r.pick([`BK${L(r, 2)}${r.digits(6)}`, `${r.digits(7, '5678')}`, `CRU-${r.digits(4)}-${L(r, 3)}`]),
    cabin: (r) => r.pick([`${r.range(2, 14)}${r.pad(r.range(1, 350), 3)}`, `${r.range(2, 14)}-${r.pad(r.range(100, 699), 3)}`, `${r.pick(['A', 'B', 'C'])}${r.range(4, 12)}${r.pad(r.range(100, 450), 3)}`]),
    'muster-code': (r) => r.pick([`MS-${r.pick(['A', 'B', 'C', 'D', 'E'])}${r.range(1, 9)}`, `Station ${r.pick(['A', 'B', 'C', 'D'])}-${r.range(1, 12)}`]),
    'deck-code': (r) => r.pick([`D${r.pad(r.range(2, 15), 2)}-${r.pick(['FWD', 'MID', 'AFT'])}`, `${r.pad(r.range(2, 15), 2)}${r.pick(['F', 'A', 'M'])}`]),
    'onboard-account': (r) => r.pick([`OBA ${r.digits(8, '5')}`, `SA-${r.digits(6)}-${r.range(1, 4)}`]),
    folio: (r) => r.pick([r.digits(9, '0'), `F-${r.digits(7)}`, `FOL${r.digits(6)}`]),
  },
}
export const GENERIC: Record<string, (r: Rng) => string> = {
  'order-number': BIZ.furniture['order-number']!,
  'tracking-number': (r) => r.pick([`1Z${r.digits(3)}${L(r, 3)}${r.digits(10)}`, `${L(r, 2)}${r.digits(9)}GB`, `JJD${r.digits(15)}`]),
  'reference-number': (r) => r.pick([`REF-${r.digits(6)}`, `TKT-${r.digits(5)}`, `CASE ${r.digits(3)}-${r.digits(4)}`]),
}

export function luhnInvalid(r: Rng): string {
  for (;;) {
    const { d } = cardDigits(r, r.pick([0, 1, 2, 4, 5]))
    const last = (Number(d[15]) + r.range(1, 9)) % 10
    const bad = d.slice(0, 15) + last
    if (luhnOk(bad)) continue
    return groupBy(bad, [4, 4, 4, 4], r.pick([' ', '-', '']))
  }
}
