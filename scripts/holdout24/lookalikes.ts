// Lookalikes (negatives): national ids of the countries used, each with its own check digits (or its published shape),
// and the four businesses' own numbers. None of them is a labeled type.
import type { Rng } from './prng.ts'
import { luhnDigit } from './values.ts'

const pad = (n: number, w: number) => String(n).padStart(w, '0')
const sumW = (d: string, w: number[]) => [...d].reduce((a, c, i) => a + Number(c) * (w[i] ?? 0), 0)
const dob = (r: Rng) => ({ dd: r.int(1, 28), mm: r.int(1, 12), yy: r.int(40, 99) })
const UP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
const HEX = '0123456789abcdef'

export const ID: Record<string, (r: Rng) => string> = {
  // Irish PPSN: 7 digits, check letter mod 23 (weights 8..2), optional second letter (weight 9)
  ppsn: (r) => { const d = r.digits(7); const s = sumW(d, [8, 7, 6, 5, 4, 3, 2]); return d + 'WABCDEFGHIJKLMNOPQRSTUV'[s % 23] },
  // NHS number: 10 digits, mod 11 (weights 10..2), written 3-3-4
  'nhs-number': (r) => { for (;;) { const d = String(r.int(4, 6)) + r.digits(8); const c = 11 - (sumW(d, [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11); if (c === 10) continue; const x = d + (c === 11 ? 0 : c); return `${x.slice(0, 3)} ${x.slice(3, 6)} ${x.slice(6)}` } },
  // Scottish CHI: ddmmyy + 4, the last a mod 11 check
  'chi-number': (r) => { for (;;) { const b = dob(r); const d = pad(b.dd, 2) + pad(b.mm, 2) + pad(b.yy, 2) + r.digits(3); const c = 11 - (sumW(d, [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11); if (c === 10) continue; return d + (c === 11 ? 0 : c) } },
  // Nigerian NIN: 11 digits (shape), BVN: 22 + 9 digits (shape)
  'nin-ng': (r) => String(r.int(1, 9)) + r.digits(10),
  bvn: (r) => '22' + r.digits(9),
  // Philippine TIN 3-3-3-3 and PhilHealth 2-9-1
  'tin-ph': (r) => `${r.digits(3)}-${r.digits(3)}-${r.digits(3)}-000`,
  philhealth: (r) => `${r.digits(2)}-${r.digits(9)}-${r.digits(1)}`,
  // NZ IRD (weights 3,2,7,6,5,4,3,2, mod 11) and NHI (3 letters without I/O, 4 digits, mod 11 check)
  'ird-nz': (r) => { for (;;) { const d = String(r.int(10, 14)) + r.digits(6); const s = sumW(d, [3, 2, 7, 6, 5, 4, 3, 2]) % 11; const c = s === 0 ? 0 : 11 - s; if (c === 10) continue; const x = d + c; return `${x.slice(0, 3)}-${x.slice(3, 6)}-${x.slice(6)}` } },
  'nhi-nz': (r) => { const L = 'ABCDEFGHJKLMNPQRSTUVWXYZ'; for (;;) { const a = r.from(L, 3); const d = r.digits(3); const s = [...a].reduce((t, ch, i) => t + (L.indexOf(ch) + 1) * (7 - i), 0) + sumW(d, [4, 3, 2]); const c = 11 - (s % 11); if (c >= 10) continue; return a + d + c } },
  // French NIR: 13 digits + key 97 - n mod 97
  nir: (r) => { const b = dob(r); const n = String(r.int(1, 2)) + pad(b.yy, 2) + pad(b.mm, 2) + pad(r.int(1, 95), 2) + r.digits(3) + r.digits(3); const k = 97 - Number(BigInt(n) % 97n); return `${n[0]} ${n.slice(1, 3)} ${n.slice(3, 5)} ${n.slice(5, 7)} ${n.slice(7, 10)} ${n.slice(10, 13)} ${pad(k, 2)}` },
  // Canadian SIN: Luhn, 3-3-3
  sin: (r) => { const b = String(r.int(1, 7)) + r.digits(7); const x = b + luhnDigit(b); return `${x.slice(0, 3)} ${x.slice(3, 6)} ${x.slice(6)}` },
  // German Steuer-ID: 11 digits, ISO 7064 MOD 11,10
  'steuer-id': (r) => { const b = String(r.int(1, 9)) + r.digits(9); let p = 10; for (const c of b) { let s = (Number(c) + p) % 10; if (s === 0) s = 10; p = (s * 2) % 11 } const c = (11 - p) % 10; return `${b.slice(0, 2)} ${b.slice(2, 5)} ${b.slice(5, 8)} ${b.slice(8)}${c}` },
  // Spanish DNI (mod 23) and NIE (X/Y/Z + 7 digits + letter)
  'dni-es': (r) => { const n = r.int(10000000, 79999999); return String(n) + 'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23] },
  nie: (r) => { const p = r.int(0, 2); const d = r.digits(7); return 'XYZ'[p] + d + 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(String(p) + d) % 23] },
  // Argentine DNI (shape) and CUIT (mod 11, weights 5432765432)
  'dni-ar': (r) => { const n = String(r.int(20000000, 45999999)); return `${n.slice(0, 2)}.${n.slice(2, 5)}.${n.slice(5)}` },
  cuit: (r) => { for (;;) { const b = r.pick(['20', '27', '23']) + String(r.int(20000000, 45999999)); const s = 11 - (sumW(b, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11); if (s === 10) continue; return `${b.slice(0, 2)}-${b.slice(2)}-${s === 11 ? 0 : s}` } },
  // Chilean RUT: mod 11 with K
  rut: (r) => { const n = String(r.int(6000000, 25999999)); let s = 0; let m = 2; for (let i = n.length - 1; i >= 0; i--) { s += Number(n[i]) * m; m = m === 7 ? 2 : m + 1 } const v = 11 - (s % 11); const dv = v === 11 ? '0' : v === 10 ? 'K' : String(v); return `${Number(n).toLocaleString('de-DE')}-${dv}` },
  // Italian codice fiscale (check letter)
  'codice-fiscale': (r) => {
    const ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
    const b = dob(r)
    const s = r.from('BCDFGLMNPRSTVZ', 6) + pad(b.yy, 2) + r.pick([...'ABCDEHLMPRST']) + pad(b.dd + (r.chance(0.5) ? 40 : 0), 2) + r.pick(['H', 'F', 'L', 'A', 'G']) + r.digits(3)
    const v = (ch: string) => (/\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 65)
    return s + UP[[...s].reduce((a, ch, i) => a + (i % 2 === 0 ? ODD[v(ch)]! : v(ch)), 0) % 26]
  },
  // Polish PESEL: weights 1 3 7 9, check (10 - s mod 10) mod 10
  pesel: (r) => { const b = dob(r); const d = pad(b.yy, 2) + pad(b.mm, 2) + pad(b.dd, 2) + r.digits(4); return d + ((10 - (sumW(d, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10) },
  // Swedish personnummer: yymmdd-nnnC, Luhn over the 10 digits
  personnummer: (r) => { const b = dob(r); const d = pad(b.yy, 2) + pad(b.mm, 2) + pad(b.dd, 2) + r.digits(3); return `${d.slice(0, 6)}-${d.slice(6)}${luhnDigit(d)}` },
  // Finnish HETU: ddmmyy, century sign, 3 digits, mod 31 check character
  hetu: (r) => { const b = dob(r); const d = pad(b.dd, 2) + pad(b.mm, 2) + pad(b.yy, 2); const n = pad(r.int(2, 899), 3); return `${d}-${n}${'0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(d + n) % 31]}` },
  // Greek AMKA: ddmmyy + 5 digits, Luhn; AFM: 9 digits, weights 2^8..2^1 mod 11 mod 10
  amka: (r) => { const b = dob(r); const d = pad(b.dd, 2) + pad(b.mm, 2) + pad(b.yy, 2) + r.digits(4); return d + luhnDigit(d) },
  afm: (r) => { const d = String(r.int(0, 1)) + r.digits(7); return d + ((sumW(d, [256, 128, 64, 32, 16, 8, 4, 2]) % 11) % 10) },
  // Romanian CNP: 13 digits, weights 279146358279, mod 11 (10 -> 1)
  cnp: (r) => { const b = dob(r); const d = String(r.int(1, 2)) + pad(b.yy, 2) + pad(b.mm, 2) + pad(b.dd, 2) + pad(r.int(1, 46), 2) + r.digits(3); const s = sumW(d, [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]) % 11; return d + (s === 10 ? 1 : s) },
}

// national ids by country of the text
export const IDS_OF: Record<string, string[]> = {
  IE: ['ppsn'], GB: ['nhs-number'], US: [], NG: ['nin-ng', 'bvn'], PH: ['tin-ph', 'philhealth'], NZ: ['ird-nz', 'nhi-nz'],
  FR: ['nir'], CA: ['sin'], DE: ['steuer-id'], ES: ['dni-es'], AR: ['dni-ar', 'cuit'], CL: ['rut'], IT: ['codice-fiscale'],
  PL: ['pesel'], SE: ['personnummer'], FI: ['hetu'], GR: ['amka', 'afm'], RO: ['cnp'],
}

export function ean13(r: Rng): string {
  const b = r.pick(['50', '539', '400', '300', '840', '841', '779', '780', '800', '590', '730', '640', '520', '594', '940', '615', '480']) + ''
  const body = (b + r.digits(12)).slice(0, 12)
  const s = sumW(body, [1, 3, 1, 3, 1, 3, 1, 3, 1, 3, 1, 3])
  return body + ((10 - (s % 10)) % 10)
}

// the businesses' numbers
export const BIZ: Record<string, (r: Rng) => string> = {
  'care-plan': (r) => r.pick([`CP-${r.int(2025, 2026)}-${r.digits(4)}`, `CarePlan ${r.int(100, 999)}/${r.int(10, 99)}`, `CP${r.digits(6)}`]),
  'visit-id': (r) => r.pick([`V${r.digits(7)}`, `VIS-${r.digits(5)}`, `RV/${r.digits(4)}`]),
  'insurer-member': (r) => r.pick([`${r.from(UP, 3)}${r.digits(8)}`, `MBR ${r.digits(4)} ${r.digits(4)}`, `${r.digits(9)}-${r.digits(2)}`]),
  'wallet-address': (r) => r.chance(0.6) ? '0x' + r.from(HEX, 40) : 'bc1q' + r.from('023456789acdefghjklmnpqrstuvwxyz', 38),
  'tx-hash': (r) => (r.chance(0.7) ? '0x' : '') + r.from(HEX, 64),
  'account-number': (r) => r.pick([`ACC-${r.digits(8)}`, `${r.digits(3)}-${r.digits(6)}-${r.digits(2)}`, `UID ${r.digits(9)}`]),
  'kyc-ref': (r) => r.pick([`KYC-${r.int(2026, 2026)}-${r.from(UP, 2)}${r.digits(5)}`, `IDV${r.digits(8)}`, `CASE#${r.digits(6)}`]),
  'season-ticket': (r) => r.pick([`ST${r.int(26, 27)}-${r.digits(6)}`, `${r.digits(4)} ${r.digits(4)} ${r.digits(2)}`, `STH/${r.digits(5)}`]),
  seat: (r) => r.pick([`Block ${r.int(101, 128)} Row ${r.from('ABCDEFGHJKLMN', 1)} Seat ${r.int(1, 40)}`, `${r.from('NSEW', 1)}${r.int(1, 9)}-${r.from('ABCDEFGH', 1)}${r.int(1, 30)}`, `Sec ${r.int(100, 330)}/Row ${r.int(1, 30)}/Seat ${r.int(1, 25)}`]),
  'membership-number': (r) => r.pick([`M${r.digits(7)}`, `MEM-${r.digits(6)}`, `JNR-${r.digits(5)}`, `${r.digits(3)}-${r.digits(4)}-${r.digits(3)}`]),
  'batch-code': (r) => r.pick([`B${r.digits(2)}${r.from(UP, 1)}${r.digits(4)}`, `BATCH ${r.digits(3)}/${r.int(24, 26)}`, `${r.from(UP, 2)}${r.digits(3)}${r.from(UP, 1)}`]),
  'lot-code': (r) => r.pick([`L${r.digits(5)}`, `LOT ${r.int(2026, 2026)}${r.digits(3)}`, `L-${r.digits(3)}-${r.from(UP, 2)}`]),
  barcode: ean13,
  'refund-ref': (r) => r.pick([`RF-${r.digits(7)}`, `RFD${r.digits(6)}`, `REF ${r.from(UP, 3)}-${r.digits(4)}`]),
  'order-number': (r) => r.pick([`#${r.digits(7)}`, `ORD-${r.digits(8)}`, `${r.digits(3)}-${r.digits(7)}-${r.digits(7)}`, `SO${r.digits(6)}`]),
  'tracking-number': (r) => r.pick([`1Z${r.from('0123456789ABCDEFGHJKLMNPRSTVWXYZ', 16)}`, `${r.from(UP, 2)}${r.digits(9)}GB`, `JD${r.digits(16)}`, `${r.digits(12)}`]),
  'reference-number': (r) => r.pick([`REF-${r.digits(6)}`, `${r.from(UP, 3)}${r.digits(7)}`, `TKT-${r.digits(5)}`]),
}
