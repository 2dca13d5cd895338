// The labeled values other than phones and names, each drawn and then checked by its own rule; and the lookalikes
// that fail exactly that rule (Luhn-invalid 16 digits, IBANs with wrong check digits, SSN and NINO shapes that
// cannot be issued).
import type { Rng } from './prng.ts'
import { pad } from './prng.ts'

export function luhnOk(d: string): boolean {
  let s = 0
  for (let i = 0; i < d.length; i++) {
    let x = Number(d[d.length - 1 - i])
    if (i % 2) { x *= 2; if (x > 9) x -= 9 }
    s += x
  }
  return s % 10 === 0
}
export function luhnDigit(body: string): string {
  for (let c = 0; c < 10; c++) if (luhnOk(body + c)) return String(c)
  throw new Error('luhn')
}

const BRANDS: [() => string, number][] = []
export function cardDigits(rng: Rng): string {
  const b = rng.pick([
    () => ['4', 16], () => ['4', 16], () => ['4', 19], () => [`5${rng.int(1, 5)}`, 16], () => [`5${rng.int(1, 5)}`, 16], () => [String(rng.int(2221, 2720)), 16],
    () => [rng.pick(['34', '37']), 15], () => ['6011', 16], () => [`65`, 16], () => [String(rng.int(3528, 3589)), 16], () => [rng.pick(['36', '38']), 14],
    () => [rng.pick(['6759', '5018', '6304']), rng.pick([16, 18])],
  ] as (() => [string, number])[])()
  const [pre, len] = b
  const body = pre + rng.digits(len - pre.length - 1)
  return body + luhnDigit(body)
}
void BRANDS
export function groupCard(d: string, rng: Rng): string {
  const sep = rng.pick([' ', ' ', '-', ''])
  if (d.length === 15) return [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep)
  if (d.length === 14) return [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep)
  return d.match(/.{1,4}/g)!.join(sep)
}
export function card(rng: Rng): string {
  const d = cardDigits(rng)
  if (!luhnOk(d)) throw new Error('card')
  return groupCard(d, rng)
}
export function luhnInvalid(rng: Rng): string {
  for (;;) {
    const body = rng.pick(['4', '5' + rng.int(1, 5), '6011', String(rng.int(2221, 2720))])
    const d0 = body + rng.digits(16 - body.length)
    if (luhnOk(d0)) continue
    const sep = rng.pick([' ', '-', ''])
    return d0.match(/.{4}/g)!.join(sep)
  }
}

// IBAN: country, BBAN maker (national check digits are not computed)
const BBAN: Record<string, (r: Rng) => string> = {
  AT: (r) => r.digits(16), CH: (r) => r.digits(17), BE: (r) => r.digits(12), BR: (r) => r.digits(23) + 'C1', PT: (r) => r.digits(21),
  CZ: (r) => r.digits(20), HU: (r) => r.digits(24), HR: (r) => r.digits(17), SI: (r) => r.digits(15), LT: (r) => r.digits(16),
  LV: (r) => r.pick(['HABA', 'UNLA', 'RIKO', 'PARX']) + r.digits(13), EE: (r) => r.digits(16), TR: (r) => r.digits(5) + '0' + r.digits(16),
  DK: (r) => r.digits(14), NO: (r) => r.digits(11), GB: (r) => r.pick(['BOFS', 'RBOS', 'CLYD', 'TSBS']) + r.digits(14), DE: (r) => r.digits(18), NL: (r) => r.pick(['ABNA', 'RABO', 'INGB']) + r.digits(10),
}
export const IBAN_LEN: Record<string, number> = { AT: 20, CH: 21, BE: 16, BR: 29, PT: 25, CZ: 24, HU: 28, HR: 21, SI: 19, LT: 20, LV: 21, EE: 20, TR: 26, DK: 18, NO: 15, GB: 22, DE: 22, NL: 18 }
export function mod97(s: string): number {
  const moved = s.slice(4) + s.slice(0, 4)
  let r = 0
  for (const ch of moved) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch
    for (const d of v) r = (r * 10 + Number(d)) % 97
  }
  return r
}
export function ibanCompact(rng: Rng, cc: string): string {
  const bban = BBAN[cc]!(rng)
  const chk = 98 - mod97(`${cc}00${bban}`)
  const s = `${cc}${pad(chk)}${bban}`
  if (mod97(s) !== 1 || s.length !== IBAN_LEN[cc]) throw new Error(`iban ${s}`)
  return s
}
export const groupIban = (s: string, rng: Rng) => (rng.chance(0.7) ? s.match(/.{1,4}/g)!.join(' ') : s)
export function iban(rng: Rng, cc: string): string { return groupIban(ibanCompact(rng, cc), rng) }
export function ibanWrong(rng: Rng, cc: string): string {
  const good = ibanCompact(rng, cc)
  const chk = Number(good.slice(2, 4))
  let bad = chk
  while (bad === chk || bad < 2) bad = rng.int(2, 98)
  const s = `${cc}${pad(bad)}${good.slice(4)}`
  if (mod97(s) === 1) throw new Error('iban wrong')
  return groupIban(s, rng)
}

export function ssn(rng: Rng): string {
  let a = 0
  while (a === 0 || a === 666) a = rng.int(1, 899)
  const sep = rng.pick(['-', '-', '-', ' ', ''])
  return `${pad(a, 3)}${sep}${pad(rng.int(1, 99))}${sep}${pad(rng.int(1, 9999), 4)}`
}
export function ssnInvalid(rng: Rng): string {
  const a = rng.pick(['000', '666', String(rng.int(900, 999))])
  const sep = rng.pick(['-', ' '])
  return `${a}${sep}${pad(rng.int(1, 99))}${sep}${pad(rng.int(1, 9999), 4)}`
}
const P1 = 'ABCEGHJKLMNOPRSTWXYZ'
const P2 = 'ABCEGHJKLMNPRSTWXYZ'
const BAD = ['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ']
export function nino(rng: Rng): string {
  let pre = ''
  while (!pre || BAD.includes(pre)) pre = rng.pick([...P1]) + rng.pick([...P2])
  const d = rng.digits(6)
  const suf = rng.pick(['A', 'B', 'C', 'D'])
  return rng.chance(0.5) ? `${pre}${d}${suf}` : `${pre} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${suf}`
}
export function ninoInvalid(rng: Rng): string {
  const pre = rng.pick(['QQ', 'GB', 'BG', 'NK', 'TN', 'ZZ', 'DA', 'FY', 'OO'])
  const d = rng.digits(6)
  const suf = rng.pick(['A', 'B', 'C', 'D'])
  return rng.chance(0.5) ? `${pre}${d}${suf}` : `${pre} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${suf}`
}
export function ip(rng: Rng): string {
  const k = rng.int(0, 5)
  if (k === 0) return `10.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`
  if (k === 1) return `192.168.${rng.int(0, 255)}.${rng.int(1, 254)}`
  if (k === 2) return `${rng.pick([41, 102, 105, 154, 196, 197])}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`
  if (k === 3) return `${rng.pick([77, 81, 85, 88, 91, 94, 178, 185, 212])}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`
  const h = () => rng.int(1, 0xffff).toString(16)
  if (k === 4) return `2001:db8:${h()}:${h()}::${h()}`
  return `2a02:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`
}
const ASCII: Record<string, string> = { ß: 'ss', æ: 'ae', ø: 'o', đ: 'd', ı: 'i', ł: 'l', œ: 'oe' }
export function asciiFold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[ßæøđıłœ]/g, (c) => ASCII[c]!).replace(/[^a-z]/g, '')
}
export function email(rng: Rng, first: string, last: string, domains: string[]): string {
  const f = asciiFold(first) || 'info'
  const l = asciiFold(last) || 'mail'
  const local = rng.pick([`${f}.${l}`, `${f}${l}`, `${f[0]}${l}`, `${f}_${l}${rng.int(1, 99)}`, `${l}.${f}`, `${f}${rng.int(70, 99)}`, `${f}-${l}`])
  return `${local}@${rng.pick(domains)}`
}
export const EMAIL_RE = /^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/i
