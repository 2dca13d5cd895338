// Labeled values other than phones and names, each made valid by construction and checked by validate.ts.
import type { Rng } from './prng.ts'

export function luhnDigit(body: string): number {
  let s = 0
  for (let i = 0; i < body.length; i++) {
    let x = Number(body[body.length - 1 - i])
    if (i % 2 === 0) { x *= 2; if (x > 9) x -= 9 }
    s += x
  }
  return (10 - (s % 10)) % 10
}
const BRANDS: { pre: (r: Rng) => string; len: number; groups: number[] }[] = [
  { pre: () => '4', len: 16, groups: [4, 4, 4, 4] },
  { pre: () => '4', len: 16, groups: [4, 4, 4, 4] },
  { pre: (r) => '5' + r.int(1, 5), len: 16, groups: [4, 4, 4, 4] },
  { pre: (r) => String(r.int(2221, 2720)), len: 16, groups: [4, 4, 4, 4] },
  { pre: (r) => r.pick(['34', '37']), len: 15, groups: [4, 6, 5] },
  { pre: () => '6011', len: 16, groups: [4, 4, 4, 4] },
  { pre: (r) => String(r.int(3528, 3589)), len: 16, groups: [4, 4, 4, 4] },
  { pre: () => '36', len: 14, groups: [4, 6, 4] },
  { pre: (r) => r.pick(['6759', '6761', '6304']), len: 16, groups: [4, 4, 4, 4] },
]
function groupBy(d: string, g: number[], sep: string): string {
  const out: string[] = []
  let i = 0
  for (const n of g) { out.push(d.slice(i, i + n)); i += n }
  return out.join(sep)
}
export function card(r: Rng): string {
  const b = r.pick(BRANDS)
  const pre = b.pre(r)
  const body = pre + r.digits(b.len - pre.length - 1)
  const d = body + luhnDigit(body)
  return groupBy(d, b.groups, r.pick([' ', ' ', '-', '']))
}
// 16 digits with a real IIN that fail Luhn (a declined or mistyped card)
export function luhnInvalid(r: Rng): string {
  const pre = r.pick(['4', '5' + r.int(1, 5), '6011', String(r.int(2221, 2720))])
  const body = pre + r.digits(15 - pre.length)
  const d = body + ((luhnDigit(body) + r.int(1, 9)) % 10)
  return groupBy(d, [4, 4, 4, 4], r.pick([' ', '-', '']))
}

export const IBAN_SHAPE: Record<string, string> = {
  // a = upper letter, n = digit, c = letter or digit
  IE: 'aaaannnnnnnnnnnnnn', GB: 'aaaannnnnnnnnnnnnn', FR: 'nnnnnnnnnncccccccccccnn', DE: 'nnnnnnnnnnnnnnnnnn',
  ES: 'nnnnnnnnnnnnnnnnnnnn', IT: 'annnnnnnnnncccccccccccc', PL: 'nnnnnnnnnnnnnnnnnnnnnnnn', SE: 'nnnnnnnnnnnnnnnnnnnn',
  FI: 'nnnnnnnnnnnnnn', GR: 'nnnnnnnccccccccccccccccc'.slice(0, 23), RO: 'aaaacccccccccccccccc',
}
const UP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
export function mod97(s: string): number {
  let r = 0
  for (const c of s) for (const x of /[A-Z]/.test(c) ? String(c.charCodeAt(0) - 55) : c) r = (r * 10 + Number(x)) % 97
  return r
}
function bban(r: Rng, cc: string): string {
  let s = ''
  for (const t of IBAN_SHAPE[cc]!) s += t === 'n' ? r.digits(1) : t === 'a' ? r.from(UP, 1) : r.chance(0.7) ? r.digits(1) : r.from(UP, 1)
  return s
}
const fmtIban = (r: Rng, c: string) => (r.chance(0.7) ? c.replace(/(.{4})(?=.)/g, '$1 ') : c)
export function iban(r: Rng, cc: string): string {
  const b = bban(r, cc)
  const check = 98 - mod97(b + cc + '00')
  return fmtIban(r, cc + String(check).padStart(2, '0') + b)
}
export function ibanBad(r: Rng, cc: string): string {
  const b = bban(r, cc)
  const good = 98 - mod97(b + cc + '00')
  const bad = (good + r.int(1, 90)) % 97 || 3
  const ck = bad === good ? (good + 7) % 97 : bad
  const s = cc + String(ck < 2 ? ck + 2 : ck).padStart(2, '0') + b
  return mod97(s.slice(4) + s.slice(0, 4)) === 1 ? ibanBad(r, cc) : fmtIban(r, s)
}

export function ssn(r: Rng, sep?: string): string {
  let a = r.int(1, 899)
  if (a === 666) a = 667
  const s = sep ?? r.pick(['-', '-', '-', ' '])
  return [String(a).padStart(3, '0'), String(r.int(1, 99)).padStart(2, '0'), String(r.int(1, 9999)).padStart(4, '0')].join(s)
}
export function ssnBad(r: Rng): string {
  const a = r.pick(['000', '666', String(r.int(900, 999))])
  return [a, String(r.int(1, 99)).padStart(2, '0'), String(r.int(1, 9999)).padStart(4, '0')].join('-')
}
const NINO1 = 'ABCEGHJKLMNOPRSTWXYZ'
const NINO2 = 'ABCEGHJKLMNPRSTWXYZ'
export function nino(r: Rng, spaced = r.chance(0.6)): string {
  let p = ''
  do p = r.from(NINO1, 1) + r.from(NINO2, 1)
  while (['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'].includes(p))
  const d = r.digits(6)
  const s = r.from('ABCD', 1)
  return spaced ? `${p} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${s}` : p + d + s
}
export function ninoBad(r: Rng): string {
  const p = r.pick(['QQ', 'GB', 'BG', 'NK', 'TN', 'ZZ', 'DA', 'FY', 'OO'])
  const d = r.digits(6)
  return `${p} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${r.from('ABCD', 1)}`
}

export function ip(r: Rng): string {
  const k = r.int(0, 9)
  if (k < 4) return `${r.pick([31, 37, 41, 49, 62, 77, 81, 86, 102, 105, 112, 121, 154, 176, 185, 197, 203])}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`
  if (k < 6) return r.chance(0.5) ? `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}` : `192.168.${r.int(0, 255)}.${r.int(1, 254)}`
  const h = () => r.int(1, 0xffff).toString(16)
  const pre = r.pick(['2a02', '2a01', '2001', '2c0f', '2400', '2604', '2a0a'])
  if (k < 8) return `${pre}:${h()}:${h()}::${h()}`
  return [pre, h(), h(), h(), h(), h(), h(), h()].join(':')
}

const ASCII: Record<string, string> = { ß: 'ss', ł: 'l', Ł: 'l', æ: 'ae', ø: 'o', ɗ: 'd', Ɗ: 'd', ƙ: 'k', ɓ: 'b' }
export function asciiFold(s: string): string {
  return [...s.normalize('NFD').replace(/\p{M}/gu, '')].map((c) => ASCII[c] ?? c).join('').toLowerCase().replace(/[^a-z]/g, '')
}
export function email(r: Rng, given: string, family: string, domains: readonly string[]): string {
  const g = asciiFold(given) || 'info'
  const f = asciiFold(family.split(' ').pop() ?? '') || 'x'
  const local = r.pick([`${g}.${f}`, `${g[0]}${f}`, `${g}${f}${r.int(1, 99)}`, `${g}_${f}`, `${f}.${g}`, `${g}${r.int(70, 99)}`])
  return `${local}@${r.pick(domains)}`
}
