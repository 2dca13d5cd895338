// Labeled values other than phones, each drawn and then checked by the validator beside it.
import type { Rng } from './prng.ts'

export function luhnOk(d: string): boolean {
  let s = 0
  for (let i = 0; i < d.length; i++) {
    const x = Number(d[d.length - 1 - i]) * (i % 2 ? 2 : 1)
    s += x > 9 ? x - 9 : x
  }
  return s % 10 === 0
}
export function luhnDigit(body: string): string {
  for (let c = 0; c < 10; c++) if (luhnOk(body + c)) return String(c)
  throw new Error('luhn')
}

const BRANDS: { pre: (r: Rng) => string; len: number; groups: number[] }[] = [
  { pre: (r) => '4' + r.digits(5), len: 16, groups: [4, 4, 4, 4] },
  { pre: (r) => '5' + r.range(1, 5) + r.digits(4), len: 16, groups: [4, 4, 4, 4] },
  { pre: (r) => String(r.range(2221, 2720)) + r.digits(2), len: 16, groups: [4, 4, 4, 4] },
  { pre: (r) => r.pick(['34', '37']) + r.digits(4), len: 15, groups: [4, 6, 5] },
  { pre: (r) => '6011' + r.digits(2), len: 16, groups: [4, 4, 4, 4] },
  { pre: (r) => String(r.range(3528, 3589)) + r.digits(2), len: 16, groups: [4, 4, 4, 4] },
  { pre: (r) => r.pick(['36', '38']) + r.digits(4), len: 14, groups: [4, 6, 4] },
  { pre: (r) => r.pick(['6759', '6761', '6304']) + r.digits(2), len: 16, groups: [4, 4, 4, 4] },
]
export function cardDigits(r: Rng, brand?: number): { d: string; groups: number[] } {
  const b = brand !== undefined ? BRANDS[brand]! : r.pick(BRANDS)
  const body = b.pre(r) + r.digits(b.len - 7)
  return { d: body + luhnDigit(body), groups: b.groups }
}
export function groupBy(d: string, groups: number[], sep: string): string {
  const out: string[] = []
  let i = 0
  for (const g of groups) { out.push(d.slice(i, i + g)); i += g }
  return out.join(sep)
}
export function card(r: Rng): string {
  const { d, groups } = cardDigits(r)
  const sep = r.pick([' ', ' ', '-', ''])
  const v = groupBy(d, groups, sep)
  if (!luhnOk(d)) throw new Error('card')
  return v
}

// IBAN: country, BBAN pattern (A letter, 9 digit), total length
export const IBAN_SPEC: Record<string, { bban: string; len: number }> = {
  GB: { bban: 'AAAA99999999999999', len: 22 }, NL: { bban: 'AAAA9999999999', len: 18 }, PT: { bban: '999999999999999999999', len: 25 },
  CZ: { bban: '99999999999999999999', len: 24 }, HU: { bban: '999999999999999999999999', len: 28 }, NO: { bban: '99999999999', len: 15 },
  TR: { bban: '9999909999999999999999', len: 26 }, HR: { bban: '99999999999999999', len: 21 }, CH: { bban: '99999999999999999', len: 21 },
  LU: { bban: '9999999999999999', len: 20 }, ES: { bban: '99999999999999999999', len: 24 },
}
export function ibanMod(s: string): number {
  let rem = 0
  for (const c of s.slice(4) + s.slice(0, 4)) for (const d of /[A-Z]/.test(c) ? String(c.charCodeAt(0) - 55) : c) rem = (rem * 10 + Number(d)) % 97
  return rem
}
export function ibanCompact(r: Rng, cc: string, wrongCheck = false): string {
  const spec = IBAN_SPEC[cc]!
  let bban = ''
  for (const ch of spec.bban) bban += ch === 'A' ? String.fromCharCode(65 + r.int(26)) : String(r.int(10))
  const ck = 98 - ibanMod(`${cc}00${bban}`)
  let check = ck
  if (wrongCheck) { check = (ck + r.range(1, 95)) % 97; if (check < 2) check += 2; if (check === ck) check = ck === 2 ? 3 : 2 }
  const v = `${cc}${String(check).padStart(2, '0')}${bban}`
  if (v.length !== spec.len || (ibanMod(v) === 1) === wrongCheck) throw new Error(`iban ${v}`)
  return v
}
export const group4 = (s: string) => s.replace(/(.{4})(?=.)/g, '$1 ')
export function iban(r: Rng, cc: string): string {
  const c = ibanCompact(r, cc)
  return r.chance(0.65) ? group4(c) : c
}

export function ssnOk(v: string): boolean {
  const m = /^(\d{3})([- ]?)(\d{2})\2(\d{4})$/.exec(v)
  if (!m) return false
  const a = Number(m[1])
  return a > 0 && a !== 666 && a < 900 && m[3] !== '00' && m[4] !== '0000'
}
export function ssn(r: Rng): string {
  for (;;) {
    const a = r.range(1, 899)
    if (a === 666) continue
    const sep = r.pick(['-', '-', '-', ' ', ''])
    const v = `${r.pad(a, 3)}${sep}${r.pad(r.range(1, 99), 2)}${sep}${r.pad(r.range(1, 9999), 4)}`
    if (ssnOk(v)) return v
  }
}
export function ssnInvalid(r: Rng): string {
  const a = r.pick(['000', '666', String(r.range(900, 999))])
  const sep = r.pick(['-', ' '])
  return `${a}${sep}${r.pad(r.range(1, 99), 2)}${sep}${r.pad(r.range(1, 9999), 4)}`
}

const NINO_A = 'ABCEGHJKLMNOPRSTWXYZ'
const NINO_B = 'ABCEGHJKLMNPRSTWXYZ'
const BAD_NINO = ['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ']
export const ninoOk = (c: string) => /^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/.test(c) && !BAD_NINO.includes(c.slice(0, 2))
export function nino(r: Rng): string {
  for (;;) {
    const c = r.pick([...NINO_A]) + r.pick([...NINO_B]) + r.digits(6) + r.pick(['A', 'B', 'C', 'D'])
    if (!ninoOk(c)) continue
    return r.chance(0.5) ? c : `${c.slice(0, 2)} ${c.slice(2, 4)} ${c.slice(4, 6)} ${c.slice(6, 8)} ${c[8]}`
  }
}
export function ninoInvalid(r: Rng): string {
  const c = r.pick(['QQ', 'GB', 'BG', 'NK', 'TN', 'ZZ', 'DA', 'FY', 'OO']) + r.digits(6) + r.pick(['A', 'B', 'C', 'D'])
  if (ninoOk(c)) throw new Error('nino')
  return r.chance(0.5) ? c : `${c.slice(0, 2)} ${c.slice(2, 4)} ${c.slice(4, 6)} ${c.slice(6, 8)} ${c[8]}`
}

export function ip(r: Rng): string {
  const k = r.int(6)
  if (k === 0) return `10.${r.int(256)}.${r.int(256)}.${r.range(1, 254)}`
  if (k === 1) return `192.168.${r.int(256)}.${r.range(1, 254)}`
  if (k === 2) return `172.${r.range(16, 31)}.${r.int(256)}.${r.range(1, 254)}`
  if (k === 3) return `${r.pick([41, 81, 102, 154, 185, 196, 203, 213])}.${r.int(256)}.${r.int(256)}.${r.range(1, 254)}`
  const h = () => r.int(65536).toString(16)
  if (k === 4) return `2001:db8:${h()}:${h()}::${h()}`
  return `2a02:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`
}

const FOLD: Record<string, string> = { ø: 'o', æ: 'ae', å: 'a', ß: 'ss', ı: 'i', đ: 'd', ł: 'l' }
export function asciiFold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[øæåßıđł]/g, (c) => FOLD[c] ?? c).replace(/[^a-z]/g, '')
}
export function email(r: Rng, given: string, family: string, domains: string[]): string {
  const g = asciiFold(given) || 'guest'
  const f = asciiFold(family.split(' ').slice(-1)[0] ?? '') || 'mail'
  const local = r.pick([`${g}.${f}`, `${g[0]}${f}`, `${g}${f}${r.range(1, 99)}`, `${g}_${f}`, `${f}.${g}`, `${g}${r.range(60, 99)}`])
  const v = `${local}@${r.pick(domains)}`
  if (!/^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/.test(v)) throw new Error(`email ${v}`)
  return v
}
