// National personal numbers of the corpus's countries (lookalikes: not an entity type here), each built to pass
// its own check digits, or its shape where none is published.
import type { Rng } from './prng.ts'
import { luhnComplete } from './values.ts'

const p2 = (n: number) => String(n).padStart(2, '0')
const weigh = (d: string, w: number[]) => w.reduce((a, x, i) => a + x * Number(d[i]), 0)
const birth = (r: Rng) => ({ y: r.int(1950, 2012), m: r.int(1, 12), d: r.int(1, 28) })

const VD = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],[4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],[8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]]
const VP = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],[9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]]
const VINV = [0,4,3,2,1,5,6,7,8,9]
function verhoeffDigit(s: string): number { let c = 0; [...s].reverse().forEach((ch, i) => { c = VD[c]![VP[(i + 1) % 8]![Number(ch)]!]! }); return VINV[c]! }
function mod1110(d: string): number { let a = 10; for (const ch of d) { a = (a + Number(ch)) % 10 || 10; a = (a * 2) % 11 } return (11 - a) % 10 }
const CF_L = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
const CF_ODD: Record<string, number> = Object.fromEntries([...[...'0123456789'].map((c, i) => [c, CF_L[i]!]), ...[...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [c, CF_L[i]!])])
const cfEven = (c: string) => (/\d/.test(c) ? Number(c) : c.charCodeAt(0) - 65)
export function cfCheck(s15: string): string { let t = 0; [...s15].forEach((c, i) => { t += i % 2 === 0 ? CF_ODD[c]! : cfEven(c) }); return String.fromCharCode(65 + (t % 26)) }

export const NATIONAL: Record<string, (r: Rng) => string> = {
  'in-aadhaar': (r) => { const b = String(r.int(2, 9)) + r.digits(10); const d = b + verhoeffDigit(b); return r.chance(0.6) ? d.match(/.{4}/g)!.join(' ') : d },
  'ph-sss': (r) => `${r.digits(2)}-${r.digits(7)}-${r.digits(1)}`,
  'au-tfn': (r) => { for (;;) { const b = String(r.int(1, 9)) + r.digits(7); const c = weigh(b, [1, 4, 3, 7, 5, 8, 6, 9]) % 11; if (c < 10) { const d = b + c; return `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}` } } },
  'ca-sin': (r) => { const d = luhnComplete(String(r.int(1, 7)) + r.digits(7)); return r.chance(0.5) ? `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}` : `${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}` },
  'ie-ppsn': (r) => { const d = r.digits(7); return d + 'WABCDEFGHIJKLMNOPQRSTUV'[weigh(d, [8, 7, 6, 5, 4, 3, 2]) % 23] },
  'us-ein': (r) => `${r.int(10, 98)}-${r.digits(7)}`,
  'de-steuerid': (r) => { const b = String(r.int(1, 9)) + r.digits(9); return b + mod1110(b) },
  'fr-nir': (r) => {
    const { y, m } = birth(r)
    const b = `${r.int(1, 2)}${p2(y % 100)}${p2(m)}${p2(r.int(1, 95))}${r.digits(3)}${r.digits(3)}`
    const k = p2(97 - Number(BigInt(b) % 97n))
    return `${b[0]} ${b.slice(1, 3)} ${b.slice(3, 5)} ${b.slice(5, 7)} ${b.slice(7, 10)} ${b.slice(10, 13)} ${k}`
  },
  'mx-curp': (r) => { const { y, m, d } = birth(r); return `${r.letters(4, 'ABCDEFGHIJLMNOPRSTUVZ')}${p2(y % 100)}${p2(m)}${p2(d)}${r.pick(['H', 'M'])}${r.pick(['DF', 'JC', 'NL', 'PL', 'YN'])}${r.letters(3, 'BCDFGHJLMNPRSTVZ')}${r.pick(['0', 'A'])}${r.int(0, 9)}` },
  'it-cf': (r) => { const { y, m, d } = birth(r); const s = `${r.letters(6, 'BCDFGLMNPRSTVZAEIO')}${p2(y % 100)}${'ABCDEHLMPRST'[m - 1]}${p2(d + (r.chance(0.5) ? 40 : 0))}${r.pick(['H501', 'F205', 'L219', 'A662', 'D612'])}`; return s + cfCheck(s) },
  'nl-bsn': (r) => { for (;;) { const b = String(r.int(1, 6)) + r.digits(7); const c = weigh(b, [9, 8, 7, 6, 5, 4, 3, 2]) % 11; if (c < 10) return b + c } },
  'br-cpf': (r) => {
    const d = r.digits(9)
    const dv = (s: string) => { const x = [...s].reduce((a, c, i) => a + Number(c) * (s.length + 1 - i), 0) % 11; return x < 2 ? 0 : 11 - x }
    const a = dv(d); const b = dv(d + a)
    return `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6)}-${a}${b}`
  },
  'pl-pesel': (r) => { const { y, m, d } = birth(r); const b = `${p2(y % 100)}${p2(m + (y >= 2000 ? 20 : 0))}${p2(d)}${r.digits(4)}`; return b + ((10 - (weigh(b, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10) },
  'se-pnr': (r) => { const { y, m, d } = birth(r); const c = luhnComplete(`${p2(y % 100)}${p2(m)}${p2(d)}${r.digits(3)}`); return `${c.slice(0, 6)}-${c.slice(6)}` },
  'fi-hetu': (r) => { const { y, m, d } = birth(r); const n = `${p2(d)}${p2(m)}${p2(y % 100)}`; const z = String(r.int(2, 899)).padStart(3, '0'); return `${n}${y >= 2000 ? 'A' : '-'}${z}${'0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(n + z) % 31]}` },
  'ro-cnp': (r) => { const { y, m, d } = birth(r); const b = `${(y >= 2000 ? 5 : 1) + r.int(0, 1)}${p2(y % 100)}${p2(m)}${p2(d)}${p2(r.int(1, 46))}${r.digits(3)}`; const c = weigh(b, [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]) % 11; return b + (c === 10 ? 1 : c) },
  'bg-egn': (r) => { const { y, m, d } = birth(r); const b = `${p2(y % 100)}${p2(m + (y >= 2000 ? 40 : 0))}${p2(d)}${r.digits(3)}`; const c = weigh(b, [2, 4, 8, 5, 10, 9, 7, 3, 6]) % 11; return b + (c === 10 ? 0 : c) },
  'gr-amka': (r) => { const { y, m, d } = birth(r); return luhnComplete(`${p2(d)}${p2(m)}${p2(y % 100)}${r.digits(4)}`) },
}
export const NATIONAL_OF: Record<string, string[]> = {
  in: ['in-aadhaar'], ph: ['ph-sss'], au: ['au-tfn'], ca: ['ca-sin'], ie: ['ie-ppsn'], us: ['us-ein'], de: ['de-steuerid'], fr: ['fr-nir'], es: ['mx-curp'], it: ['it-cf'],
  nl: ['nl-bsn'], pt: ['br-cpf'], pl: ['pl-pesel'], sv: ['se-pnr'], fi: ['fi-hetu'], ro: ['ro-cnp'], bg: ['bg-egn'], el: ['gr-amka'],
}

// the four businesses' numbers, and the common ones
export const BIZ: Record<string, (r: Rng) => string> = {
  'member-code': (r) => r.pick([() => `MBR-${r.digits(5)}`, () => `CW/${r.digits(4)}/${r.letters(1, 'HFDT')}`, () => `M-2026-${r.digits(4)}`])(),
  'room-code': (r) => r.pick([() => `RM-${r.int(1, 6)}${r.letters(1, 'ABCD')}`, () => `MR-${r.int(10, 39)}`, () => `POD-${r.int(1, 9)}`])(),
  'door-pin': (r) => r.pick([() => r.digits(4), () => r.digits(6), () => r.digits(5)])(),
  'invoice-number': (r) => r.pick([() => `INV-2026-${r.digits(5)}`, () => `FA-${r.digits(5)}`, () => `2026/INV/${r.digits(4)}`])(),
  'flower-order': (r) => r.pick([() => `FL-${r.digits(6)}`, () => `BQ-2026-${r.digits(4)}`, () => `${r.digits(3)}-${r.digits(3)}-${r.digits(4)}`])(),
  'delivery-slot': (r) => r.pick([() => { const h = r.int(8, 17); return `${h}:00-${h + 2}:00` }, () => `SLOT-${r.pick(['AM', 'PM', 'EV'])}${r.int(1, 4)}`])(),
  'library-card': (r) => r.pick([() => `2${r.digits(13)}`, () => `LC-${r.digits(6)}`, () => `2 ${r.digits(4)} ${r.digits(5)} ${r.digits(4)}`])(),
  isbn: (r) => { const b = `978${r.pick(['0', '1', '3', '2', '84', '88', '90', '85', '83', '91', '951', '973', '954', '960'])}`; const body = b + r.digits(12 - b.length); let s = 0; [...body].forEach((c, i) => { s += Number(c) * (i % 2 ? 3 : 1) }); const d = body + ((10 - (s % 10)) % 10); return r.chance(0.5) ? `${d.slice(0, 3)}-${d.slice(3, 4)}-${d.slice(4, 8)}-${d.slice(8, 12)}-${d[12]}` : d },
  'accession-number': (r) => r.pick([() => `ACC.${r.int(1970, 2025)}.${r.digits(4)}`, () => `${r.int(1950, 2024)}.${r.int(1, 300)}.${r.int(1, 20)}`, () => `M/${r.digits(5)}`])(),
  'locker-number': (r) => r.pick([() => `L-${r.int(100, 399)}`, () => `K${r.int(10, 99)}`, () => `LKR ${r.int(1, 9)}-${r.digits(2)}`])(),
  'learner-licence': (r) => r.pick([() => `LL-${r.digits(7)}`, () => `DL ${r.digits(4)} ${r.digits(4)}`, () => `P${r.digits(8)}`])(),
  'test-booking': (r) => r.pick([() => `TB-${r.digits(8)}`, () => `DT/2026/${r.digits(5)}`, () => `${r.digits(4)}-${r.digits(4)}-${r.digits(2)}`])(),
  'lesson-code': (r) => r.pick([() => `LSN-${r.digits(2)}-${r.letters(1, 'ABC')}`, () => `L${r.int(1, 20)}-${r.pick(['MAN', 'AUT', 'MWY'])}`])(),
  'vehicle-plate': (r) => r.pick([() => `${r.int(11, 26)}${r.pick(['-D-', '-C-', '-G-', '-KY-'])}${r.int(100, 99999)}`, () => `${r.pick(['B', 'M', 'HH', 'K'])}-${r.letters(2)} ${r.int(10, 9999)}`, () => `${r.letters(2)}-${r.digits(3)}-${r.letters(2)}`, () => `${r.letters(3)} ${r.digits(3)}`, () => `${r.pick(['CA', 'CB', 'PB', 'B'])} ${r.digits(4)} ${r.letters(2)}`, () => `${r.int(1, 9)}${r.letters(3)}${r.digits(3)}`])(),
  'tracking-number': (r) => r.pick([() => `1Z${r.letters(6, 'ABCDEFGHJKLMNPRSTUVWXY0123456789')}${r.digits(10)}`, () => `RR${r.digits(9)}${r.pick(['IN', 'PH', 'AU', 'CA', 'IE', 'US', 'DE', 'FR', 'PL'])}`, () => `JJD${r.digits(15)}`])(),
  'order-number': (r) => r.pick([() => `ORD-${r.digits(7)}`, () => `PO ${r.digits(5)}-${r.digits(3)}`, () => `SO${r.digits(8)}`])(),
  'reference-number': (r) => r.pick([() => `REF-${r.digits(6)}`, () => `CASE ${r.digits(3)}-${r.digits(4)}`, () => `INC${r.digits(7)}`])(),
}
export const BIZ_OF: Record<string, string[]> = {
  cowork: ['member-code', 'room-code', 'door-pin', 'invoice-number'],
  florist: ['flower-order', 'delivery-slot', 'order-number', 'tracking-number'],
  library: ['library-card', 'isbn', 'accession-number', 'locker-number'],
  driving: ['learner-licence', 'test-booking', 'lesson-code', 'vehicle-plate'],
}
