// National ids of the corpus's countries (lookalikes, each with its own check) and the four businesses' numbers.
import { Rng, pad } from './prng.ts'
import { luhnOk } from './values.ts'

const weigh = (d: string, w: number[]) => w.reduce((a, x, i) => a + x * Number(d[i]), 0)
const dateOk = (dd: number, mm: number) => mm >= 1 && mm <= 12 && dd >= 1 && dd <= 28 + 3
const digitsOf = (s: string) => s.replace(/\D/g, '')
const dd = (r: Rng) => pad(r.int(1, 28))
const mm = (r: Rng) => pad(r.int(1, 12))
const yy = (r: Rng) => pad(r.int(40, 99))
function retry(f: () => string | null): string { for (let i = 0; i < 1000; i++) { const v = f(); if (v) return v } throw new Error('id') }
const iso7064 = (d: string) => { let p = 10; for (const c of d) { let s = (Number(c) + p) % 10; if (s === 0) s = 10; p = (s * 2) % 11 } return (11 - p) % 10 }
const ean13 = (d12: string) => (10 - ([...d12].reduce((a, c, i) => a + Number(c) * (i % 2 ? 3 : 1), 0) % 10)) % 10
const jmbgK = (d: string) => { const w = [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]; const m = 11 - (weigh(d, w) % 11); return m > 9 ? (m === 11 ? 0 : -1) : m }
const noK1 = (d: string) => { const k = 11 - (weigh(d, [3, 7, 6, 1, 8, 9, 4, 5, 2]) % 11); return k === 11 ? 0 : k }
const noK2 = (d: string) => { const k = 11 - (weigh(d, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11); return k === 11 ? 0 : k }
const isK = (d: string) => { const k = 11 - (weigh(d, [3, 2, 7, 6, 5, 4, 3, 2]) % 11); return k === 11 ? 0 : k }
const ptK = (d: string) => { const k = 11 - (weigh(d, [9, 8, 7, 6, 5, 4, 3, 2]) % 11); return k >= 10 ? 0 : k }
const nhsK = (d: string) => { const k = 11 - (weigh(d, [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11); return k === 11 ? 0 : k }
const tajK = (d: string) => [...d.slice(0, 8)].reduce((a, c, i) => a + Number(c) * (i % 2 ? 7 : 3), 0) % 10
const ES_L = 'TRWAGMYFPDXBNJZSQVHLCKE'

export const NATIONAL: Record<string, { gen: (r: Rng) => string; ok: (v: string) => boolean }> = {
  'my-mykad': { gen: (r) => `${yy(r)}${mm(r)}${dd(r)}-${pad(r.int(1, 14))}-${r.digits(4)}`, ok: (v) => /^\d{6}-\d{2}-\d{4}$/.test(v) && dateOk(Number(v.slice(4, 6)), Number(v.slice(2, 4))) },
  'tt-id': { gen: (r) => `19${yy(r)}${mm(r)}${dd(r)}${r.digits(3)}`, ok: (v) => /^19\d{9}$/.test(v) && dateOk(Number(v.slice(6, 8)), Number(v.slice(4, 6))) },
  'ug-nin': { gen: (r) => `C${r.pick(['M', 'F'])}${yy(r)}${r.digits(5)}${[...'ABCDE'].map(() => r.pick([...'ABCDEFGHJKLMNPRTUVWXY'])).join('')}${r.pick([...'ABCDEFGH'])}`, ok: (v) => /^C[MF]\d{7}[A-Z]{6}$/.test(v) },
  'zm-nrc': { gen: (r) => `${r.digits(6)}/${pad(r.int(10, 99))}/1`, ok: (v) => /^\d{6}\/\d{2}\/1$/.test(v) },
  'gb-nhs': { gen: (r) => retry(() => { const d = String(r.int(4, 6)) + r.digits(8); const k = nhsK(d); return k === 10 ? null : `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}${k}` }), ok: (v) => /^\d{3} \d{3} \d{4}$/.test(v) && nhsK(digitsOf(v)) === Number(v.at(-1)) },
  'ca-sin': { gen: (r) => retry(() => { const d = String(r.int(1, 7)) + r.digits(8); if (!luhnOk(d)) return null; const s = r.pick([' ', '-']); return `${d.slice(0, 3)}${s}${d.slice(3, 6)}${s}${d.slice(6)}` }), ok: (v) => /^[1-7]\d{2}([ -])\d{3}\1\d{3}$/.test(v) && luhnOk(digitsOf(v)) },
  'us-ein': { gen: (r) => `${pad(r.int(10, 88))}-${r.digits(7)}`, ok: (v) => /^\d{2}-\d{7}$/.test(v) },
  'dk-cpr': { gen: (r) => `${dd(r)}${mm(r)}${yy(r)}-${r.digits(4)}`, ok: (v) => /^\d{6}-\d{4}$/.test(v) && dateOk(Number(v.slice(0, 2)), Number(v.slice(2, 4))) },
  'no-fnr': { gen: (r) => retry(() => { const d = `${dd(r)}${mm(r)}${yy(r)}${r.digits(3)}`; const a = noK1(d); if (a === 10) return null; const b = noK2(d + a); return b === 10 ? null : `${d}${a}${b}` }), ok: (v) => /^\d{11}$/.test(v) && dateOk(Number(v.slice(0, 2)), Number(v.slice(2, 4))) && noK1(v) === Number(v[9]) && noK2(v) === Number(v[10]) },
  'is-kt': { gen: (r) => retry(() => { const d = `${dd(r)}${mm(r)}${yy(r)}${r.int(2, 9)}${r.digits(1)}`; const k = isK(d); return k === 10 ? null : `${d.slice(0, 6)}-${d.slice(6)}${k}9` }), ok: (v) => /^\d{6}-\d{4}$/.test(v) && dateOk(Number(v.slice(0, 2)), Number(v.slice(2, 4))) && isK(digitsOf(v)) === Number(v[9]) },
  'pt-nif': { gen: (r) => { const d = String(r.pick([1, 2, 2, 1])) + r.digits(7); return `${d}${ptK(d)}` }, ok: (v) => /^[1-3]\d{8}$/.test(v) && ptK(v) === Number(v[8]) },
  'ar-dni': { gen: (r) => { const d = String(r.int(20, 45)) + r.digits(6); return `${d.slice(0, 2)}.${d.slice(2, 5)}.${d.slice(5)}` }, ok: (v) => /^\d{2}\.\d{3}\.\d{3}$/.test(v) },
  'co-cc': { gen: (r) => `1.0${r.int(10, 99)}.${r.digits(3)}.${r.digits(3)}`, ok: (v) => /^1\.0\d{2}\.\d{3}\.\d{3}$/.test(v) },
  'es-dni': { gen: (r) => { const d = r.digits(8); return `${d}${ES_L[Number(d) % 23]}` }, ok: (v) => /^\d{8}[A-Z]$/.test(v) && ES_L[Number(v.slice(0, 8)) % 23] === v[8] },
  'cz-rc': { gen: (r) => retry(() => { const d = `${yy(r)}${pad(r.int(1, 12) + (r.chance(0.5) ? 50 : 0))}${dd(r)}${r.digits(3)}`; const k = (11 - (Number(d) * 10 % 11)) % 11; return k === 10 ? null : `${d.slice(0, 6)}/${d.slice(6)}${k}` }), ok: (v) => /^\d{6}\/\d{4}$/.test(v) && dateOk(Number(v.slice(4, 6)), Number(v.slice(2, 4)) % 50) && Number(digitsOf(v)) % 11 === 0 },
  'sk-rc': { gen: (r) => retry(() => { const d = `${yy(r)}${pad(r.int(1, 12) + (r.chance(0.5) ? 50 : 0))}${dd(r)}${r.digits(3)}`; const k = (11 - (Number(d) * 10 % 11)) % 11; return k === 10 ? null : `${d.slice(0, 6)}/${d.slice(6)}${k}` }), ok: (v) => /^\d{6}\/\d{4}$/.test(v) && dateOk(Number(v.slice(4, 6)), Number(v.slice(2, 4)) % 50) && Number(digitsOf(v)) % 11 === 0 },
  'hu-taj': { gen: (r) => { const d = r.digits(8); return `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}${tajK(d)}` }, ok: (v) => /^\d{3} \d{3} \d{3}$/.test(v) && tajK(digitsOf(v)) === Number(v.at(-1)) },
  'hr-oib': { gen: (r) => { const d = String(r.int(1, 9)) + r.digits(9); return `${d}${iso7064(d)}` }, ok: (v) => /^\d{11}$/.test(v) && iso7064(v.slice(0, 10)) === Number(v[10]) },
  'rs-jmbg': { gen: (r) => retry(() => { const d = `${dd(r)}${mm(r)}9${yy(r)}7${r.int(0, 9)}${r.digits(3)}`; const k = jmbgK(d); return k < 0 ? null : `${d}${k}` }), ok: (v) => /^\d{13}$/.test(v) && dateOk(Number(v.slice(0, 2)), Number(v.slice(2, 4))) && jmbgK(v.slice(0, 12)) === Number(v[12]) },
  'mt-id': { gen: (r) => `${r.int(1000, 9999999)}${r.pick(['M', 'G', 'A', 'L'])}`, ok: (v) => /^\d{4,7}[MGAL]$/.test(v) },
  'lu-matricule': { gen: (r) => `19${yy(r)} ${mm(r)}${dd(r)} ${r.digits(3)} ${r.digits(2)}`, ok: (v) => /^19\d{2} \d{4} \d{3} \d{2}$/.test(v) && dateOk(Number(v.slice(7, 9)), Number(v.slice(5, 7))) },
  'ch-ahv': { gen: (r) => { const d = '756' + r.digits(9); const k = ean13(d); return `${d.slice(0, 3)}.${d.slice(3, 7)}.${d.slice(7, 11)}.${d.slice(11)}${k}` }, ok: (v) => /^756\.\d{4}\.\d{4}\.\d{2}$/.test(v) && ean13(digitsOf(v).slice(0, 12)) === Number(v.at(-1)) },
}
/** which national ids a region or language writes */
export const NATIONAL_OF: Record<string, string[]> = {
  my: ['my-mykad'], tt: ['tt-id'], ug: ['ug-nin'], zm: ['zm-nrc'], wales: ['gb-nhs'], nl: ['ca-sin'], south: ['us-ein'], midwest: ['us-ein'],
  da: ['dk-cpr'], no: ['no-fnr'], is: ['is-kt'], pt: ['pt-nif'], ar: ['ar-dni'], co: ['co-cc'], ca: ['es-dni'], cs: ['cz-rc'], sk: ['sk-rc'], hu: ['hu-taj'],
  hr: ['hr-oib'], src: ['rs-jmbg'], srl: ['rs-jmbg'], mt: ['mt-id'], lb: ['lu-matricule'], gsw: ['ch-ahv'],
}

const L = 'ABCDEFGHJKLMNPRSTUVWXYZ'
const up = (r: Rng, n: number) => Array.from({ length: n }, () => r.pick([...L])).join('')
export const BIZ: Record<string, { gen: (r: Rng) => string; re: RegExp }> = {
  // removals and self-storage
  'quote-number': { gen: (r) => r.pick([`QT-2026-${r.digits(5)}`, `Q/26/${r.digits(4)}`, `MV${r.digits(6)}`]), re: /^QT-2026-\d{5}$|^Q\/26\/\d{4}$|^MV\d{6}$/ },
  'crate-number': { gen: (r) => r.pick([`CR-${r.digits(4)}`, `KR-${r.int(100, 999)}`, `CRATE ${r.int(1, 40)}/${r.int(40, 60)}`]), re: /^CR-\d{4}$|^KR-\d{3}$|^CRATE \d{1,2}\/\d{2}$/ },
  'storage-unit': { gen: (r) => r.pick([`U-${r.pick(['A', 'B', 'C', 'D'])}${r.int(100, 399)}`, `${r.int(1, 4)}${r.pick(['A', 'B', 'C'])}-${pad(r.int(1, 40))}`, `SU${r.digits(4)}`]), re: /^U-[A-D]\d{3}$|^\d[ABC]-\d{2}$|^SU\d{4}$/ },
  'access-code': { gen: (r) => r.pick([r.digits(r.int(4, 6)), `${r.digits(4)}#`, `*${r.digits(4)}`]), re: /^\d{4,6}$|^\d{4}#$|^\*\d{4}$/ },
  'van-plate': {
    gen: (r) => r.pick([`${up(r, 2)}${r.int(10, 75)} ${up(r, 3)}`, `${up(r, 2)} ${r.digits(2)} ${r.digits(3)}`, `${up(r, 2)} ${r.int(10000, 99999)}`, `${r.int(1, 9)}${up(r, 1)}${r.int(1, 9)} ${r.digits(4)}`, `${up(r, 3)}-${r.digits(3)}`, `ZH ${r.int(10000, 999999)}`, `${up(r, 2)}-${r.digits(2)}-${up(r, 2)}`, `ZG ${r.digits(4)}-${up(r, 2)}`, `${up(r, 3)} ${r.int(100, 999)}`, `${up(r, 3)} ${r.int(1000, 9999)}`, `${r.int(1, 9)}${up(r, 3)}${r.digits(3)}`]),
    re: /^[A-Z]{2}\d{2} [A-Z]{3}$|^[A-Z]{2} \d{2} \d{3}$|^[A-Z]{2} \d{5}$|^\d[A-Z]\d \d{4}$|^[A-Z]{3}-\d{3}$|^ZH \d{5,6}$|^[A-Z]{2}-\d{2}-[A-Z]{2}$|^ZG \d{4}-[A-Z]{2}$|^[A-Z]{3} \d{3,4}$|^\d[A-Z]{3}\d{3}$/,
  },
  // wedding and events venue
  'booking-reference': { gen: (r) => r.pick([`LH-WED-26-${r.digits(4)}`, `EVT-2026-${r.digits(3)}`, `BK${r.digits(7)}`]), re: /^LH-WED-26-\d{4}$|^EVT-2026-\d{3}$|^BK\d{7}$/ },
  'table-number': { gen: (r) => r.pick([`T-${r.int(1, 24)}`, `TBL ${r.int(1, 24)}`]), re: /^T-\d{1,2}$|^TBL \d{1,2}$/ },
  'supplier-ref': { gen: (r) => r.pick([`SUP-${r.digits(4)}`, `PO-${r.digits(3)}-${r.digits(3)}`]), re: /^SUP-\d{4}$|^PO-\d{3}-\d{3}$/ },
  // ski and outdoor rental
  'rental-agreement': { gen: (r) => r.pick([`RA-${r.digits(6)}`, `RNT/26/${r.digits(4)}`, `${r.digits(3)}-${r.digits(3)}-${r.digits(4)}`]), re: /^RA-\d{6}$|^RNT\/26\/\d{4}$|^\d{3}-\d{3}-\d{4}$/ },
  'boot-size': { gen: (r) => r.pick([`${r.int(18, 31)}.5`, `${r.int(19, 31)}.0`, `EU ${r.int(28, 47)}`, `MP ${r.int(19, 31)}`]), re: /^\d{2}\.[05]$|^EU \d{2}$|^MP \d{2}$/ },
  'ski-length': { gen: (r) => `${r.int(90, 185)} cm`, re: /^\d{2,3} cm$/ },
  'lift-pass': { gen: (r) => r.pick([`${pad(r.int(1, 9))}-${r.digits(4)}-${r.digits(4)}-${r.int(0, 9)}`, `LP ${r.digits(4)} ${r.digits(4)} ${r.digits(4)}`, `${r.digits(2)} ${r.digits(3)} ${r.digits(3)} ${r.digits(2)}`]), re: /^\d{2}-\d{4}-\d{4}-\d$|^LP \d{4} \d{4} \d{4}$|^\d{2} \d{3} \d{3} \d{2}$/ },
  // home care
  'care-plan': { gen: (r) => r.pick([`CP-${r.digits(6)}`, `HC/CP/${r.digits(4)}`]), re: /^CP-\d{6}$|^HC\/CP\/\d{4}$/ },
  'visit-number': { gen: (r) => r.pick([`VIS-2026${mm(r)}${dd(r)}-${pad(r.int(1, 6))}`, `V${r.digits(7)}`]), re: /^VIS-2026\d{4}-\d{2}$|^V\d{7}$/ },
  'key-safe': { gen: (r) => r.pick([r.digits(4), `${r.int(1, 9)}${r.int(1, 9)}${r.int(1, 9)}${r.int(1, 9)}X`]), re: /^\d{4}X?$/ },
  // everyone's
  'order-number': { gen: (r) => r.pick([`ORD-${r.digits(7)}`, `SO${r.digits(8)}`, `PO ${r.digits(5)}-${r.digits(3)}`]), re: /^ORD-\d{7}$|^SO\d{8}$|^PO \d{5}-\d{3}$/ },
  'tracking-number': { gen: (r) => r.pick([`1Z${up(r, 3)}${r.digits(3)}${r.digits(10)}`, `RR${r.digits(9)}${r.pick(['DK', 'NO', 'CZ', 'HU', 'CH', 'PT'])}`, `JJD${r.digits(15)}`]), re: /^1Z[A-Z0-9]{6}\d{10}$|^RR\d{9}[A-Z]{2}$|^JJD\d{15}$/ },
  'reference-number': { gen: (r) => r.pick([`REF-${r.digits(6)}`, `CASE ${r.digits(3)}-${r.digits(4)}`, `INC${r.digits(7)}`]), re: /^REF-\d{6}$|^CASE \d{3}-\d{4}$|^INC\d{7}$/ },
}
