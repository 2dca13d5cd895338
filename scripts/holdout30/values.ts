// Cards, IBANs, SSNs, NINOs and IPs, each built to pass its check, and lookalikes built to fail it; national ids of the
// corpus's countries (negatives, each built to pass its own check digit) and the four businesses' numbers.
import type { Rng } from './prng.ts'

export function luhnOk(d: string): boolean {
  let s = 0
  for (let i = 0; i < d.length; i++) { let x = Number(d[d.length - 1 - i]); if (i % 2 === 1) { x *= 2; if (x > 9) x -= 9 } s += x }
  return s % 10 === 0
}
function luhnComplete(body: string): string { for (let c = 0; c < 10; c++) if (luhnOk(body + c)) return body + c; throw new Error('luhn') }

const BRANDS: [string, number][] = [['4', 16], ['4', 16], ['4', 19], ['51', 16], ['53', 16], ['55', 16], ['2221', 16], ['2720', 16], ['2500', 16], ['34', 15], ['37', 15], ['6011', 16], ['65', 16], ['3530', 16], ['3589', 16], ['36', 14], ['38', 14], ['6759', 16], ['5018', 16]]
function group(d: string, sep: string): string {
  if (d.length === 15) return [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep)
  if (d.length === 14) return [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep)
  return d.match(/.{1,4}/g)!.join(sep)
}
export function card(r: Rng): string {
  const [p, n] = r.pick(BRANDS)
  const d = luhnComplete(p + r.digits(n - p.length - 1))
  return group(d, r.pick([' ', ' ', '-', '']))
}
export function luhnInvalid(r: Rng): string {
  const p = r.pick(['4', '51', '55', '6011', '3530', '2221'])
  const good = luhnComplete(p + r.digits(15 - p.length))
  const bad = good.slice(0, 15) + String((Number(good[15]) + r.int(1, 9)) % 10)
  return group(bad, r.pick([' ', '-', '']))
}

export const IBAN_SPEC: Record<string, string> = {
  DE: '##################', AT: '################', FR: '#######################', BE: '############', IT: '@######################',
  ES: '####################', NL: '@@@@##########', PL: '########################', PT: '#####################', SE: '####################',
  GR: '#######################', RO: '@@@@################', CZ: '####################', GB: '@@@@##############', CH: '#################',
}
function mod97(s: string): number { return Number(BigInt(s.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55))) % 97n) }
function ibanOf(cc: string, bban: string, wrong: boolean): string {
  const k = 98 - mod97(`${bban}${cc}00`)
  const ck = !wrong ? k : k >= 50 ? k - 11 - (bban.charCodeAt(2) % 7) : k + 11 + (bban.charCodeAt(2) % 7)
  const s = `${cc}${String(ck).padStart(2, '0')}${bban}`
  if ((mod97(s.slice(4) + s.slice(0, 4)) === 1) === wrong) throw new Error(`iban ${s}`)
  return s
}
export function iban(r: Rng, cc: string, wrong = false, grouped = true): string {
  const s = ibanOf(cc, r.fill(IBAN_SPEC[cc]!), wrong)
  return grouped ? s.match(/.{1,4}/g)!.join(' ') : s
}

export function ssn(r: Rng, sep: string): string {
  let a = r.int(1, 899)
  if (a === 666) a = 667
  return `${String(a).padStart(3, '0')}${sep}${String(r.int(1, 99)).padStart(2, '0')}${sep}${String(r.int(1, 9999)).padStart(4, '0')}`
}
export function ssnInvalid(r: Rng): string {
  const a = r.pick(['000', '666', String(r.int(900, 999))])
  const sep = r.pick(['-', ' '])
  return `${a}${sep}${String(r.int(10, 99))}${sep}${String(r.int(1000, 9999))}`
}
const NINO_A = 'ABCEGHJKLMNOPRSTWXYZ'
const NINO_B = 'ABCEGHJKLMNPRSTWXYZ'
export function nino(r: Rng, spaced: boolean): string {
  let p = ''
  do p = r.pick([...NINO_A]) + r.pick([...NINO_B]); while (['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'].includes(p))
  const d = r.digits(6)
  const s = r.pick([...'ABCD'])
  return spaced ? `${p} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${s}` : `${p}${d}${s}`
}
export function ninoInvalid(r: Rng): string {
  const p = r.pick(['QQ', 'GB', 'BG', 'NK', 'TN', 'ZZ', 'DA', 'FY', 'OO', 'IV'])
  const d = r.digits(6)
  return `${p} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${r.pick([...'ABCD'])}`
}
export function ip(r: Rng): string {
  switch (r.int(0, 5)) {
    case 0: return `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`
    case 1: return `192.168.${r.int(0, 255)}.${r.int(1, 254)}`
    case 2: return `${r.pick([81, 84, 91, 145, 176, 185, 212, 62, 77])}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`
    case 3: return `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`
    case 4: { const h = () => r.int(0, 65535).toString(16); return `2001:db8:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}` }
    default: { const h = () => r.int(1, 65535).toString(16); return r.chance(0.5) ? `2a02:${h()}:${h()}::${h()}` : `fe80::${h()}:${h()}:${h()}` }
  }
}

// ---- national ids (negatives), one or two per country, each with its check
const pad = (n: number, w: number) => String(n).padStart(w, '0')
function dmy(r: Rng): [number, number, number] { return [r.int(1, 28), r.int(1, 12), r.int(1940, 2004)] }
export function iso7064(d: string): number { let p = 10; for (const c of d) { let s = (Number(c) + p) % 10; if (s === 0) s = 10; p = (s * 2) % 11 } return (11 - p) % 10 }
const w = (d: string, ws: number[]) => ws.reduce((a, x, i) => a + x * Number(d[i]), 0)

export const NATIONAL: Record<string, (r: Rng) => string> = {
  'us-ein': (r) => `${r.int(10, 98)}-${r.digits(7)}`,
  'gb-nhs': (r) => { for (;;) { const d = String(r.int(4, 7)) + r.digits(8); const k = 11 - (w(d, [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11); if (k === 10) continue; const c = k === 11 ? 0 : k; return `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}${c}` } },
  'ca-sin': (r) => { const d = luhnComplete(String(r.int(1, 7)) + r.digits(7)); return `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}` },
  'au-tfn': (r) => { for (;;) { const d = r.digits(9); if (d[0] !== '0' && w(d, [1, 4, 3, 7, 5, 8, 6, 9, 10]) % 11 === 0) return `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}` } },
  'de-steuerid': (r) => { const d = String(r.int(1, 9)) + r.digits(9); return d + iso7064(d) },
  'at-svnr': (r) => { for (;;) { const [dd, mm, yy] = dmy(r); const s = r.digits(3); const dob = pad(dd, 2) + pad(mm, 2) + pad(yy % 100, 2); if (s[0] === '0') continue; const d = s + '0' + dob; const c = w(d, [3, 7, 9, 0, 5, 8, 4, 2, 1, 6]) % 11; if (c === 10) continue; return `${s}${c} ${dob}` } },
  'fr-nir': (r) => { const [, mm, yy] = dmy(r); const b = `${r.int(1, 2)}${pad(yy % 100, 2)}${pad(mm, 2)}${pad(r.int(1, 95), 2)}${r.digits(3)}${r.digits(3)}`; const k = 97 - Number(BigInt(b) % 97n); return `${b.slice(0, 1)} ${b.slice(1, 3)} ${b.slice(3, 5)} ${b.slice(5, 7)} ${b.slice(7, 10)} ${b.slice(10)} ${pad(k, 2)}` },
  'be-nrn': (r) => { const [dd, mm, yy] = dmy(r); const b = `${pad(yy % 100, 2)}${pad(mm, 2)}${pad(dd, 2)}${r.digits(3)}`; const k = 97 - Number(BigInt(yy >= 2000 ? '2' + b : b) % 97n); return `${b.slice(0, 2)}.${b.slice(2, 4)}.${b.slice(4, 6)}-${b.slice(6)}.${pad(k, 2)}` },
  'it-cf': (r) => r.fill('@@@@@@##@##@###@'),
  'es-dni': (r) => { const n = r.int(10000000, 99999999); return `${n}${'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}` },
  'nl-bsn': (r) => { for (;;) { const d = String(r.int(1, 9)) + r.digits(8); if ((w(d, [9, 8, 7, 6, 5, 4, 3, 2]) - Number(d[8])) % 11 === 0) return d } },
  'pl-pesel': (r) => { const [dd, mm, yy] = dmy(r); const m = yy >= 2000 ? mm + 20 : mm; const b = pad(yy % 100, 2) + pad(m, 2) + pad(dd, 2) + r.digits(4); return b + String((10 - (w(b, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10) },
  'pt-nif': (r) => { const b = String(r.int(1, 2)) + r.digits(7); const k = 11 - (w(b, [9, 8, 7, 6, 5, 4, 3, 2]) % 11); return b + String(k >= 10 ? 0 : k) },
  'se-pnr': (r) => { const [dd, mm, yy] = dmy(r); const b = pad(yy % 100, 2) + pad(mm, 2) + pad(dd, 2) + r.digits(3); const d = luhnComplete(b); return `${d.slice(0, 6)}-${d.slice(6)}` },
  'gr-amka': (r) => { const [dd, mm, yy] = dmy(r); return luhnComplete(pad(dd, 2) + pad(mm, 2) + pad(yy % 100, 2) + r.digits(4)) },
  'ro-cnp': (r) => { const [dd, mm, yy] = dmy(r); const b = String(yy >= 2000 ? r.int(5, 6) : r.int(1, 2)) + pad(yy % 100, 2) + pad(mm, 2) + pad(dd, 2) + pad(r.int(1, 46), 2) + r.digits(3); const k = w(b, [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]) % 11; return b + String(k === 10 ? 1 : k) },
  'cz-rc': (r) => { for (;;) { const [dd, mm, yy] = dmy(r); if (yy < 1954) continue; const b = pad(yy % 100, 2) + pad(mm + (r.chance(0.5) ? 50 : 0), 2) + pad(dd, 2); const s = r.digits(3); const k = Number(BigInt(b + s) % 11n); if (k === 10) continue; return `${b}/${s}${k}` } },
}

// ---- the businesses' own numbers (negatives)
export const BIZ: Record<string, (r: Rng) => string> = {
  'property-ref': (r) => r.pick([r.fill('PRP-#####'), r.fill('HL/[SL]/####'), r.fill('P#####')]),
  'listing-ref': (r) => r.pick([r.fill('LST-26-####'), r.fill('RM-######')]),
  'offer-ref': (r) => r.fill('OFR-2026-####'),
  'key-number': (r) => r.pick([r.fill('K-###'), r.fill('KEY ##'), r.fill('K##[AB]')]),
  'alarm-code': (r) => r.pick([r.fill('####'), r.fill('####*'), r.fill('######')]),
  'contract-number': (r) => r.pick([r.fill('CTR-2026-####'), r.fill('SLA/##/###')]),
  'job-number': (r) => r.pick([r.fill('JOB-######'), r.fill('J/26/####'), r.fill('###-###-####')]),
  'gate-code': (r) => r.pick([r.fill('#####'), r.fill('C####X'), r.fill('####')]),
  'bait-station': (r) => r.pick([r.fill('BS-###'), r.fill('BST ##'), r.fill('EFK-##')]),
  'table-booking': (r) => r.pick([r.fill('RES-#####'), r.fill('TB######')]),
  'treatment-booking': (r) => r.pick([r.fill('SPA-2026-####'), r.fill('TR-##-####')]),
  'room-number': (r) => r.pick([String(r.int(101, 529)), r.fill('[1234]##[AB]')]),
  'voucher-code': (r) => r.pick([r.fill('GV-@@##-####'), r.fill('V@@###@@')]),
  'gift-card': (r) => r.fill('GC #### #### ####'),
  'po-number': (r) => r.pick([r.fill('PO-#####'), r.fill('45########'), r.fill('PO ######/26')]),
  sku: (r) => r.pick([r.fill('SKU ##-####-[ABC]'), r.fill('KOS-[PTI]@-####'), r.fill('########')]),
  'invoice-number': (r) => r.pick([r.fill('INV-2026-#####'), r.fill('SI######')]),
  'delivery-note': (r) => r.pick([r.fill('DN ######'), r.fill('DN-26-#####')]),
  'account-code': (r) => r.pick([r.fill('ACC-@####'), r.fill('C#####'), r.fill('@@@###')]),
  'order-number': (r) => r.pick([r.fill('ORD-#######'), r.fill('SO########')]),
  'tracking-number': (r) => r.pick([r.fill('1Z@@@###') + r.digits(10), r.fill('RR#########GB'), r.fill('JJD###############')]),
  'reference-number': (r) => r.pick([r.fill('REF-######'), r.fill('CASE ###-####'), r.fill('INC#######')]),
}
