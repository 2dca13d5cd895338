// Labeled values other than phones, each made valid by construction and checked here too.
import type { Rng } from './prng.ts'

export function luhnOk(d: string): boolean {
  let s = 0
  for (let i = 0; i < d.length; i++) { const x = Number(d[d.length - 1 - i]) * (i % 2 ? 2 : 1); s += x > 9 ? x - 9 : x }
  return s % 10 === 0
}
export function luhnDigit(body: string): string {
  for (let c = 0; c < 10; c++) if (luhnOk(body + c)) return String(c)
  throw new Error('luhn')
}

const BRANDS: [string, number, number[]][] = [
  ['4', 16, [4, 4, 4, 4]], ['4', 16, [4, 4, 4, 4]], ['51', 16, [4, 4, 4, 4]], ['55', 16, [4, 4, 4, 4]], ['2223', 16, [4, 4, 4, 4]],
  ['2720', 16, [4, 4, 4, 4]], ['37', 15, [4, 6, 5]], ['34', 15, [4, 6, 5]], ['6011', 16, [4, 4, 4, 4]], ['65', 16, [4, 4, 4, 4]],
  ['3530', 16, [4, 4, 4, 4]], ['36', 14, [4, 6, 4]], ['6759', 16, [4, 4, 4, 4]], ['4', 19, [4, 4, 4, 4, 3]],
]
function groupBy(d: string, g: number[], sep: string): string { const o: string[] = []; let i = 0; for (const n of g) { o.push(d.slice(i, i + n)); i += n } return o.join(sep) }

export function card(rng: Rng): string {
  const [pre, len, g] = rng.pick(BRANDS)
  const body = pre + rng.digits(len - pre.length - 1)
  const d = body + luhnDigit(body)
  const sep = rng.pick([' ', ' ', '-', ''])
  return sep ? groupBy(d, g, sep) : d
}
/** 16 digits of a real IIN that fail Luhn (a declined or mistyped card). */
export function luhnInvalid(rng: Rng): string {
  const pre = rng.pick(['4', '51', '53', '2221', '6011', '3541'])
  const body = pre + rng.digits(15 - pre.length)
  const good = Number(luhnDigit(body))
  const d = body + String((good + rng.int(1, 9)) % 10)
  const sep = rng.pick([' ', '-', '', ' '])
  return sep ? groupBy(d, [4, 4, 4, 4], sep) : d
}

// BBAN shapes: 9 digit, A letter, C alphanumeric (drawn as digits or letters)
export const IBAN_BBAN: Record<string, string> = {
  GB: 'AAAA99999999999999', MT: 'AAAA99999CCCCCCCCCCCCCCCCCC', PL: '999999999999999999999999', RO: 'AAAACCCCCCCCCCCCCCCC',
  GR: '9999999CCCCCCCCCCCCCCCC', SK: '99999999999999999999', FI: '99999999999999', SE: '99999999999999999999',
  ES: '99999999999999999999', FR: '9999999999CCCCCCCCCCC99', BE: '999999999999', IT: 'A9999999999CCCCCCCCCCCC', PK: 'AAAACCCCCCCCCCCCCCCC',
}
export const IBAN_LEN: Record<string, number> = Object.fromEntries(Object.entries(IBAN_BBAN).map(([k, v]) => [k, v.length + 4]))
export function ibanMod(s: string): number {
  let r = 0
  for (const c of s.slice(4) + s.slice(0, 4)) for (const d of /[A-Z]/.test(c) ? String(c.charCodeAt(0) - 55) : c) r = (r * 10 + Number(d)) % 97
  return r
}
function ibanCompact(rng: Rng, cc: string, good: boolean): string {
  const bban = IBAN_BBAN[cc]!.replace(/[9AC]/g, (m) => (m === '9' ? String(rng.int(0, 9)) : m === 'A' ? rng.letters(1) : rng.chance(0.7) ? String(rng.int(0, 9)) : rng.letters(1)))
  const r = ibanMod(`${cc}00${bban}`)
  let check = 98 - r
  if (!good) check = ((check + rng.int(1, 90) - 2) % 97) + 2
  const s = `${cc}${String(check).padStart(2, '0')}${bban}`
  if ((ibanMod(s) === 1) !== good) return ibanCompact(rng, cc, good)
  return s
}
export function iban(rng: Rng, cc: string, good = true): string {
  const s = ibanCompact(rng, cc, good)
  return rng.chance(0.7) ? s.replace(/(.{4})/g, '$1 ').trim() : s
}

export function ssn(rng: Rng): string {
  let a = rng.int(1, 899)
  if (a === 666) a = 667
  const sep = rng.pick(['-', '-', ' ', ''])
  return `${String(a).padStart(3, '0')}${sep}${String(rng.int(1, 99)).padStart(2, '0')}${sep}${String(rng.int(1, 9999)).padStart(4, '0')}`
}
export function ssnInvalid(rng: Rng): string {
  const a = rng.pick(['000', '666', String(rng.int(900, 999))])
  const sep = rng.pick(['-', ' '])
  return `${a}${sep}${String(rng.int(1, 99)).padStart(2, '0')}${sep}${String(rng.int(1, 9999)).padStart(4, '0')}`
}
const NINO_A = 'ABCEGHJKLMNOPRSTWXYZ'
const NINO_B = 'ABCEGHJKLMNPRSTWXYZ'
const NINO_BAD = ['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ']
export function nino(rng: Rng): string {
  let p = ''
  do p = rng.letters(1, NINO_A) + rng.letters(1, NINO_B)
  while (NINO_BAD.includes(p))
  const d = rng.digits(6)
  const s = rng.letters(1, 'ABCD')
  return rng.chance(0.5) ? `${p}${d}${s}` : `${p} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${s}`
}
export function ninoInvalid(rng: Rng): string {
  const p = rng.pick(['QQ', 'GB', 'BG', 'NK', 'TN', 'ZZ', 'DA', 'FY', 'OO'])
  const d = rng.digits(6)
  return rng.chance(0.5) ? `${p}${d}${rng.letters(1, 'ABCD')}` : `${p} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${rng.letters(1, 'ABCD')}`
}
export function ip(rng: Rng): string {
  const k = rng.int(0, 5)
  if (k === 0) return `10.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`
  if (k === 1) return `192.168.${rng.int(0, 255)}.${rng.int(1, 254)}`
  if (k === 2) return `2a02:${rng.int(0x100, 0xfff).toString(16)}:${rng.int(0, 0xffff).toString(16)}::${rng.int(1, 0xffff).toString(16)}`
  if (k === 3) return Array.from({ length: 8 }, (_, i) => (i === 0 ? '2001' : rng.int(0, 0xffff).toString(16))).join(':')
  return `${rng.pick([41, 62, 78, 102, 154, 185, 196, 213])}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`
}

const FOLD: Record<string, string> = { ł: 'l', Ł: 'L', ø: 'o', æ: 'ae', ß: 'ss', đ: 'd', ħ: 'h', Ħ: 'H' }
const GREEK: Record<string, string> = { α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n', ξ: 'x', ο: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o' }
/** A Greek name in Latin letters (Greeklish), other names folded to ASCII. */
export function latin(s: string): string {
  const base = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC').replace(/ου/g, 'ou').replace(/Ου/g, 'Ou').replace(/ΟΥ/g, 'OU').replace(/αυ/g, 'av').replace(/Αυ/g, 'Av').replace(/ευ/g, 'ev').replace(/Ευ/g, 'Ev')
  let out = ''
  for (const ch of base) {
    const lo = ch.toLowerCase()
    if (GREEK[lo] !== undefined) { const t = GREEK[lo]!; out += ch === lo ? t : t[0]!.toUpperCase() + t.slice(1) } else out += FOLD[ch] ?? ch
  }
  return out
}
export function emailOf(rng: Rng, given: string, family: string, domains: string[]): string {
  const g = latin(given).toLowerCase().replace(/[^a-z]/g, '')
  const f = latin(family).toLowerCase().replace(/[^a-z]/g, '')
  const local = rng.pick([`${g}.${f}`, `${g}${f}`, `${g[0]}${f}`, `${g}_${f}${rng.int(1, 99)}`, `${f}.${g}`, `${g}${rng.int(70, 99)}`])
  return `${local}@${rng.pick(domains)}`
}
