// Cards, IBANs, SSNs, NINOs and IPs, each with its own validator, and the lookalikes that fail those checks.
import { Rng } from './prng.ts'

export function luhnOk(d: string): boolean {
  let s = 0
  for (let i = 0; i < d.length; i++) {
    let x = Number(d[d.length - 1 - i])
    if (i % 2 === 1) { x *= 2; if (x > 9) x -= 9 }
    s += x
  }
  return s % 10 === 0
}
function luhnDigit(body: string): string {
  for (let c = 0; c < 10; c++) if (luhnOk(body + c)) return String(c)
  throw new Error('luhn')
}
const BRANDS: [string, number][] = [['4', 16], ['4', 19], ['51', 16], ['55', 16], ['2221', 16], ['2720', 16], ['2412', 16], ['34', 15], ['37', 15], ['6011', 16], ['65', 16], ['3530', 16], ['3589', 16], ['36', 14], ['38', 14], ['6759', 16], ['5018', 16]]
const group = (d: string, sizes: number[], sep: string) => { const out: string[] = []; let i = 0; for (const s of sizes) { out.push(d.slice(i, i + s)); i += s } if (i < d.length) out.push(d.slice(i)); return out.join(sep) }
function cardSizes(n: number): number[] { return n === 15 ? [4, 6, 5] : n === 14 ? [4, 6, 4] : n === 19 ? [4, 4, 4, 4, 3] : [4, 4, 4, 4] }
export function card(r: Rng): string {
  const [pre, n] = r.pick(BRANDS)
  const body = pre + r.digits(n - pre.length - 1)
  const d = body + luhnDigit(body)
  const style = r.int(0, 2)
  return style === 0 ? d : group(d, cardSizes(n), style === 1 ? ' ' : '-')
}
/** 16 digits with a real IIN that fail Luhn */
export function badCard(r: Rng): string {
  const pre = r.pick(['4', '51', '53', '2221', '6011', '3530'])
  const body = pre + r.digits(15 - pre.length)
  const good = Number(luhnDigit(body))
  const d = body + String((good + r.int(1, 9)) % 10)
  const style = r.int(0, 2)
  return style === 0 ? d : group(d, [4, 4, 4, 4], style === 1 ? ' ' : '-')
}

// IBAN: country -> BBAN pattern (n digits, a upper letters, c alphanumerics)
export const IBAN_BBAN: Record<string, string> = {
  DK: 'nnnnnnnnnnnnnn', NO: 'nnnnnnnnnnn', IS: 'nnnnnnnnnnnnnnnnnnnnnn', PT: 'nnnnnnnnnnnnnnnnnnnnn', ES: 'nnnnnnnnnnnnnnnnnnnn',
  CZ: 'nnnnnnnnnnnnnnnnnnnn', SK: 'nnnnnnnnnnnnnnnnnnnn', HU: 'nnnnnnnnnnnnnnnnnnnnnnnn', HR: 'nnnnnnnnnnnnnnnnn', RS: 'nnnnnnnnnnnnnnnnnn',
  MT: 'aaaannnnncccccccccccccccccc', LU: 'nnnccccccccccccc', CH: 'nnnnncccccccccccc', GB: 'aaaannnnnnnnnnnnnn',
}
export const IBAN_LEN: Record<string, number> = Object.fromEntries(Object.entries(IBAN_BBAN).map(([k, v]) => [k, v.length + 4]))
export function ibanMod(c: string): number {
  const s = c.slice(4) + c.slice(0, 4)
  return Number(BigInt(s.replace(/[A-Z]/g, (x) => String(x.charCodeAt(0) - 55))) % 97n)
}
export const ibanOk = (v: string) => { const c = v.replace(/ /g, ''); return IBAN_LEN[c.slice(0, 2)] === c.length && /^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(c) && ibanMod(c) === 1 }
function bban(r: Rng, cc: string): string {
  const AL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
  return [...IBAN_BBAN[cc]!].map((p) => (p === 'n' ? String(r.int(0, 9)) : p === 'a' ? r.pick([...AL]) : r.chance(0.7) ? String(r.int(0, 9)) : r.pick([...AL]))).join('')
}
const spaced = (c: string) => c.replace(/(.{4})(?=.)/g, '$1 ')
export function iban(r: Rng, cc: string): string {
  const b = bban(r, cc)
  const ck = 98 - ibanMod(`${cc}00${b}`)
  const c = `${cc}${String(ck).padStart(2, '0')}${b}`
  if (!ibanOk(c)) throw new Error('iban')
  return r.chance(0.65) ? spaced(c) : c
}
/** right country and length, wrong check digits */
export function badIban(r: Rng, cc: string): string {
  const b = bban(r, cc)
  const ck = 98 - ibanMod(`${cc}00${b}`)
  let w = ck
  while (w === ck) w = r.int(2, 98)
  const c = `${cc}${String(w).padStart(2, '0')}${b}`
  if (ibanOk(c)) throw new Error('bad iban')
  return r.chance(0.65) ? spaced(c) : c
}

export const ssnOk = (v: string) => {
  const m = /^(\d{3})([- ]?)(\d{2})\2(\d{4})$/.exec(v)
  if (!m) return false
  const a = Number(m[1])
  return a > 0 && a !== 666 && a < 900 && m[3] !== '00' && m[4] !== '0000'
}
export function ssn(r: Rng): string {
  let a = r.int(1, 899)
  if (a === 666) a = 667
  const sep = r.pick(['-', '-', '-', ' ', ''])
  const v = `${String(a).padStart(3, '0')}${sep}${String(r.int(1, 99)).padStart(2, '0')}${sep}${String(r.int(1, 9999)).padStart(4, '0')}`
  if (!ssnOk(v)) throw new Error('ssn')
  return v
}
export function badSsn(r: Rng): string {
  const a = r.pick(['000', '666', String(r.int(900, 999))])
  return `${a}-${String(r.int(10, 99))}-${String(r.int(1000, 9999))}`
}
const NINO_1 = 'ABCEGHJKLMNOPRSTWXYZ'
const NINO_2 = 'ABCEGHJKLMNPRSTWXYZ'
const NO_NINO = ['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ']
export const ninoOk = (v: string) => { const c = v.replace(/ /g, ''); return /^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/.test(c) && !NO_NINO.includes(c.slice(0, 2)) }
export function nino(r: Rng): string {
  let p = ''
  do p = r.pick([...NINO_1]) + r.pick([...NINO_2]); while (NO_NINO.includes(p))
  const d = r.digits(6)
  const s = r.pick(['A', 'B', 'C', 'D'])
  const v = r.chance(0.5) ? `${p}${d}${s}` : `${p} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${s}`
  if (!ninoOk(v)) throw new Error('nino')
  return v
}
export function badNino(r: Rng): string {
  const p = r.pick(['QQ', 'GB', 'BG', 'NK', 'TN', 'ZZ', 'DA', 'FY', 'OO', 'IV'])
  const d = r.digits(6)
  return `${p} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${r.pick(['A', 'B', 'C', 'D'])}`
}
export function ip(r: Rng): string {
  const k = r.int(0, 5)
  if (k === 0) return `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`
  if (k === 1) return `192.168.${r.int(0, 255)}.${r.int(1, 254)}`
  if (k === 2) return `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`
  if (k === 3) return `${r.pick([41, 62, 81, 102, 154, 178, 185, 196, 203])}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`
  const h = () => r.int(1, 0xffff).toString(16)
  if (k === 4) return `2001:db8:${h()}:${h()}::${h()}`
  return `2a02:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`
}
