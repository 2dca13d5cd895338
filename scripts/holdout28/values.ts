// The labeled values other than phones and names, each built to pass its own check, and the lookalikes that fail it.
import type { Rng } from './prng.ts'

export function luhnOk(d: string): boolean {
  let s = 0
  for (let i = 0; i < d.length; i++) { let x = Number(d[d.length - 1 - i]); if (i % 2) { x *= 2; if (x > 9) x -= 9 } s += x }
  return s % 10 === 0
}
/** completes a digit string with its Luhn digit */
export function luhnComplete(body: string): string { for (let c = 0; c < 10; c++) if (luhnOk(body + c)) return body + c; throw new Error('luhn') }

const BRANDS: [string, number][] = [['4', 16], ['4', 16], ['4', 19], ['51', 16], ['55', 16], ['2221', 16], ['2720', 16], ['34', 15], ['37', 15], ['6011', 16], ['65', 16], ['3530', 16], ['3589', 16], ['36', 14], ['6759', 16]]
function groupCard(d: string, r: Rng): string {
  const sep = r.pick([' ', ' ', '-', ''])
  if (!sep) return d
  if (d.length === 15) return [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep)
  if (d.length === 14) return [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep)
  return d.match(/.{1,4}/g)!.join(sep)
}
export function card(r: Rng): string {
  const [pre, len] = r.pick(BRANDS)
  return groupCard(luhnComplete(pre + r.digits(len - pre.length - 1)), r)
}
/** 16 digits with a real IIN whose Luhn digit is wrong (a declined card in the text) */
export function luhnInvalid(r: Rng): string {
  const pre = r.pick(['4', '51', '53', '55', '2221', '6011'])
  const ok = luhnComplete(pre + r.digits(15 - pre.length))
  const d = ok.slice(0, 15) + String((Number(ok[15]) + r.int(1, 9)) % 10)
  const sep = r.pick([' ', '-', ''])
  return sep ? d.match(/.{4}/g)!.join(sep) : d
}

// BBAN patterns: 9 digit, A capital letter
const BBAN: Record<string, string> = {
  DE: '999999999999999999', FR: '99999999999999999999999', IT: 'A9999999999999999999999',
  NL: 'AAAA9999999999', BR: '99999999999999999999999A9', PL: '999999999999999999999999', SE: '99999999999999999999',
  FI: '99999999999999', RO: 'AAAA9999999999999999', BG: 'AAAA99999999999999', GR: '99999999999999999999999',
  IE: 'AAAA99999999999999', GB: 'AAAA99999999999999', ES: '99999999999999999999',
}
export const IBAN_LEN: Record<string, number> = Object.fromEntries(Object.entries(BBAN).map(([k, v]) => [k, v.length + 4]))
export function ibanMod(c: string): number {
  const s = (c.slice(4) + c.slice(0, 4)).replace(/[A-Z]/g, (x) => String(x.charCodeAt(0) - 55))
  return Number(BigInt(s) % 97n)
}
function ibanCompact(r: Rng, cc: string): string {
  const bban = r.fill(BBAN[cc]!)
  const chk = 98 - ibanMod(`${cc}00${bban}`)
  return `${cc}${String(chk).padStart(2, '0')}${bban}`
}
const groupIban = (c: string, r: Rng) => (r.chance(0.7) ? c.match(/.{1,4}/g)!.join(' ') : c)
export function iban(r: Rng, cc: string): string { return groupIban(ibanCompact(r, cc), r) }
/** the country's length and shape, wrong check digits */
export function ibanBad(r: Rng, cc: string): string {
  const c = ibanCompact(r, cc)
  const good = Number(c.slice(2, 4))
  let bad = good
  while (bad === good) bad = r.int(2, 98)
  return groupIban(`${cc}${String(bad).padStart(2, '0')}${c.slice(4)}`, r)
}

export function ssn(r: Rng): string {
  let a = 0
  while (a === 0 || a === 666) a = r.int(1, 899)
  const p = [String(a).padStart(3, '0'), String(r.int(1, 99)).padStart(2, '0'), String(r.int(1, 9999)).padStart(4, '0')]
  return p.join(r.pick(['-', '-', '-', ' ', '']))
}
export function ssnBad(r: Rng): string {
  const a = r.pick(['000', '666', String(r.int(900, 999))])
  return [a, String(r.int(1, 99)).padStart(2, '0'), String(r.int(1, 9999)).padStart(4, '0')].join(r.pick(['-', ' ']))
}
const NINO1 = 'ABCEGHJKLMNPRSTWXYZ'
const NINO2 = 'ABCEGHJKLMNPRSTWXYZ'
const NO_PAIR = ['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ']
export function nino(r: Rng): string {
  let p = 'GB'
  while (NO_PAIR.includes(p)) p = r.letters(1, NINO1) + r.letters(1, NINO2)
  const d = r.digits(6)
  const s = r.letters(1, 'ABCD')
  return r.chance(0.5) ? `${p}${d}${s}` : `${p} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${s}`
}
export function ninoBad(r: Rng): string {
  const p = r.pick(['QQ', 'GB', 'BG', 'NK', 'TN', 'ZZ', 'DA', 'FY', 'OO', 'IV'])
  const d = r.digits(6)
  return r.chance(0.5) ? `${p}${d}${r.letters(1, 'ABCD')}` : `${p} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${r.letters(1, 'ABCD')}`
}
export function ip(r: Rng): string {
  switch (r.int(0, 5)) {
    case 0: return `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`
    case 1: return `192.168.${r.int(0, 255)}.${r.int(1, 254)}`
    case 2: return `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`
    case 3: return `${r.pick([81, 88, 101, 145, 178, 203, 94])}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`
    case 4: { const h = () => r.int(0, 0xffff).toString(16); return `2001:db8:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}` }
    default: { const h = () => r.int(1, 0xffff).toString(16); return `2a02:${h()}:${h()}::${h()}` }
  }
}
export function version(r: Rng): string { return `${r.chance(0.4) ? 'v' : ''}${r.int(1, 14)}.${r.int(0, 30)}.${r.int(0, 99)}` }
export function timestamp(r: Rng): string {
  const p = (n: number) => String(n).padStart(2, '0')
  return `2026-${p(r.int(1, 12))}-${p(r.int(1, 28))}T${p(r.int(6, 21))}:${p(r.int(0, 59))}:${p(r.int(0, 59))}${r.pick(['Z', '+01:00', '+05:30', '-05:00', '+08:00', '+02:00'])}`
}
