// Checksummed identifiers for the holdout5 corpus: cards (Luhn), IBANs (mod-97), SSNs, NINOs, IPs.
import type { Rng } from './rng'

export function luhnDigit(body: string): number {
  let sum = 0
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i])
    if (i % 2 === 0) { d *= 2; if (d > 9) d -= 9 }
    sum += d
  }
  return (10 - (sum % 10)) % 10
}

function cardPrefix(r: Rng): [string, number] {
  const kind = r.int(0, 6)
  if (kind <= 1) return ['4', r.pick([16, 16, 16, 19])]
  if (kind === 2) return [String(r.int(51, 55)), 16]
  if (kind === 3) return [String(r.int(2221, 2720)), 16]
  if (kind === 4) return [r.pick(['34', '37']), 15]
  if (kind === 5) return [r.pick(['6011', '65', String(r.int(644, 649))]), 16]
  return [String(r.int(3528, 3589)), 16]
}

function group(pan: string, r: Rng): string {
  const sep = r.pick([' ', ' ', '-', ''])
  if (sep === '') return pan
  const sizes = pan.length === 15 ? [4, 6, 5] : pan.length === 13 ? [4, 4, 5] : pan.length === 19 ? [4, 4, 4, 4, 3] : [4, 4, 4, 4]
  const out: string[] = []
  let at = 0
  for (const s of sizes) { out.push(pan.slice(at, at + s)); at += s }
  return out.join(sep)
}

/** A Luhn-valid PAN of a real brand's IIN and length, grouped as people type it. */
export function card(r: Rng): string {
  const [pre, len] = cardPrefix(r)
  const body = pre + r.digits(len - pre.length - 1)
  return group(body + luhnDigit(body), r)
}

/** A 16-digit number that fails Luhn. */
export function badCard(r: Rng): string {
  const body = r.pick(['4', '5', '6']) + r.digits(14)
  const bad = (luhnDigit(body) + r.int(1, 9)) % 10
  return group(body + bad, r)
}

// BBAN shapes: n = digit, a = capital letter, c = letter or digit.
export const IBAN_SHAPES: Record<string, string> = {
  DE: 'n18', AT: 'n16', CH: 'n17', FR: 'n23', BE: 'n12', ES: 'n20', IT: 'a1n22', NL: 'a4n10',
  PT: 'n21', PL: 'n24', SE: 'n20', DK: 'n14', NO: 'n11', FI: 'n14', CZ: 'n20', GB: 'a4n14', IE: 'a4n14',
}

function bban(country: string, r: Rng): string {
  let out = ''
  for (const [, kind, count] of (IBAN_SHAPES[country] ?? '').matchAll(/([an])(\d+)/g)) {
    for (let i = 0; i < Number(count); i++) out += kind === 'n' ? String(r.int(0, 9)) : String.fromCharCode(65 + r.int(0, 25))
  }
  return out
}

export function mod97(s: string): number {
  const digits = (s.slice(4) + s.slice(0, 4)).replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55))
  let rest = 0
  for (const ch of digits) rest = (rest * 10 + Number(ch)) % 97
  return rest
}

function formatIban(raw: string, r: Rng): string {
  return r.int(0, 3) === 0 ? raw : raw.replace(/(.{4})(?=.)/g, '$1 ')
}

/** A mod-97-valid IBAN of the country, grouped in fours or not. */
export function iban(country: string, r: Rng): string {
  const b = bban(country, r)
  const check = 98 - mod97(`${country}00${b}`)
  return formatIban(`${country}${String(check).padStart(2, '0')}${b}`, r)
}

/** An IBAN of the right length whose check digits are wrong. */
export function badIban(country: string, r: Rng): string {
  const b = bban(country, r)
  const good = 98 - mod97(`${country}00${b}`)
  const bad = ((good - 2 + r.int(1, 94)) % 97) + 2
  return formatIban(`${country}${String(bad === good ? (good === 2 ? 3 : 2) : bad).padStart(2, '0')}${b}`, r)
}

/** A US SSN passing area/group/serial rules. */
export function ssn(r: Rng): string {
  let area = r.int(1, 899)
  if (area === 666) area = 665
  const parts = [String(area).padStart(3, '0'), String(r.int(1, 99)).padStart(2, '0'), String(r.int(1, 9999)).padStart(4, '0')]
  return parts.join(r.pick(['-', '-', ' ', '']))
}

export function badSsn(r: Rng): string {
  const area = r.pick(['000', '666', String(r.int(900, 999))])
  return [area, String(r.int(10, 99)), r.digits(3) + String(r.int(1, 9))].join('-')
}

const NINO_FIRST = 'ABCEGHJKLMNOPRSTWXYZ'
const NINO_SECOND = 'ABCEGHJKLMNPRSTWXYZ'

/** A UK National Insurance number with an allocatable prefix. */
export function nino(r: Rng): string {
  let pre = ''
  do pre = r.pick([...NINO_FIRST]) + r.pick([...NINO_SECOND])
  while (['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'].includes(pre))
  const d = r.digits(6)
  const suf = r.pick(['A', 'B', 'C', 'D'])
  return r.int(0, 1) ? `${pre}${d}${suf}` : `${pre} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${suf}`
}

export function badNino(r: Rng): string {
  return `${r.pick(['QQ', 'GB', 'BG', 'DA', 'FY', 'NT', 'ZZ', 'AO'])}${r.digits(6)}${r.pick(['A', 'B', 'C', 'D'])}`
}

export function ipv4(r: Rng): string {
  const first = r.pick([10, 172, 192, r.int(11, 223), r.int(11, 223)])
  if (first === 192) return `192.168.${r.int(0, 254)}.${r.int(1, 254)}`
  if (first === 172) return `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`
  return `${first}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`
}

export function ipv6(r: Rng): string {
  const h = (): string => r.int(0, 0xffff).toString(16)
  const groups = ['2a02', h(), h(), h(), h(), h(), h(), h()]
  if (r.int(0, 1)) return groups.map((g) => g.padStart(4, '0')).join(':')
  return `${r.pick(['2001:db8', '2a01:4f8', '2606:4700', 'fe80'])}::${h()}:${h()}`
}
