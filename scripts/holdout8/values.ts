// Holdout 8 corpus: PII values made by code (checksums computed, phones checked
// with libphonenumber-js/max).
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max'
import type { Piece, Rng } from './core.ts'

export function luhnCheckDigit(body: string): number {
  let sum = 0
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i])
    if (i % 2 === 0) d *= 2
    if (d > 9) d -= 9
    sum += d
  }
  return (10 - (sum % 10)) % 10
}

function brand(iins: string[] | ((r: Rng) => string), len: number[], groups: number[][]) {
  return { iins, len, groups }
}
const CARD_BRANDS = [
  brand(['4'], [16, 16, 13, 19], [[4, 4, 4, 4], [4, 4, 5], [4, 4, 4, 4, 3]]),
  brand((r) => String(r.int(51, 55)), [16], [[4, 4, 4, 4]]),
  brand((r) => String(r.int(2221, 2720)), [16], [[4, 4, 4, 4]]),
  brand(['34', '37'], [15], [[4, 6, 5]]),
  brand(['6011', '65', '644', '649'], [16], [[4, 4, 4, 4]]),
  brand((r) => String(r.int(3528, 3589)), [16], [[4, 4, 4, 4]]),
  brand(['36'], [14], [[4, 6, 4]]),
]

function group(digits: string, sizes: number[], sep: string): string {
  const out: string[] = []
  let at = 0
  for (const n of sizes) {
    out.push(digits.slice(at, at + n))
    at += n
  }
  if (at < digits.length) out.push(digits.slice(at))
  return out.filter((g) => g !== '').join(sep)
}

function sizesFor(len: number, groups: number[][]): number[] {
  return groups.find((g) => g.reduce((a, b) => a + b, 0) === len) ?? [4, 4, 4, 4, 4]
}

/** A Luhn-valid PAN of a real brand's IIN and length, grouped as people write it. */
export function card(r: Rng): Piece {
  const b = r.pick(CARD_BRANDS)
  const iin = typeof b.iins === 'function' ? b.iins(r) : r.pick(b.iins)
  const len = r.pick(b.len)
  const body = iin + r.digits(len - 1 - iin.length)
  const pan = body + luhnCheckDigit(body)
  const sep = r.pick([' ', ' ', '-', ''])
  return { v: sep === '' ? pan : group(pan, sizesFor(len, b.groups), sep), type: 'CARD' }
}

/** A 16-digit Visa/Mastercard-shaped number with a wrong check digit. */
export function badCard(r: Rng): Piece {
  const body = r.pick(['4', '5' + r.int(1, 5)]) + r.digits(13)
  const body15 = body.padEnd(15, '0').slice(0, 15)
  const good = luhnCheckDigit(body15)
  const pan = body15 + ((good + r.int(1, 9)) % 10)
  const sep = r.pick([' ', '-', ''])
  return { v: sep === '' ? pan : group(pan, [4, 4, 4, 4], sep), neg: 'luhn-invalid' }
}

/** Makes a digit string fail Luhn (so a reference is never a valid PAN by accident). */
export function failLuhn(digits: string): string {
  const body = digits.slice(0, -1)
  const good = luhnCheckDigit(body)
  const last = Number(digits.at(-1))
  return last === good ? body + ((good + 1) % 10) : digits
}

export function mod97(s: string): number {
  const moved = s.slice(4) + s.slice(0, 4)
  let rem = 0
  for (const ch of moved) {
    const code = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch
    for (const d of code) rem = (rem * 10 + Number(d)) % 97
  }
  return rem
}

// BBAN shapes: d digit, A letter, c letter-or-digit.
const BBAN: Record<string, string> = {
  SE: 'd'.repeat(20), DK: 'd'.repeat(14), NO: 'd'.repeat(11), FI: 'd'.repeat(14),
  ES: 'd'.repeat(20), PT: 'd'.repeat(21), GB: 'AAAA' + 'd'.repeat(14), DE: 'd'.repeat(18),
  FR: 'd'.repeat(23), BR: 'd'.repeat(23) + 'Ac', NL: 'AAAA' + 'd'.repeat(10), IE: 'AAAA' + 'd'.repeat(14),
}

function bban(r: Rng, country: string): string {
  let s = ''
  for (const c of BBAN[country] as string) {
    s += c === 'd' ? r.digits(1) : c === 'A' ? r.letters(1) : r.chance(0.5) ? r.letters(1) : r.digits(1)
  }
  return s
}

function iban(r: Rng, country: string, valid: boolean): string {
  const b = bban(r, country)
  const check = 98 - mod97(country + '00' + b)
  let cd = check
  if (!valid) while (cd === check) cd = r.int(2, 98)
  return country + String(cd).padStart(2, '0') + b
}

export function ibanPiece(r: Rng, country: string, valid = true): Piece {
  const raw = iban(r, country, valid)
  const v = r.chance(0.6) ? group(raw, Array(9).fill(4), ' ') : raw
  return valid ? { v, type: 'IBAN' } : { v, neg: 'iban-checksum' }
}

export function ssn(r: Rng): Piece {
  let area = r.int(1, 899)
  if (area === 666) area = 667
  const d = String(area).padStart(3, '0') + String(r.int(1, 99)).padStart(2, '0') + String(r.int(1, 9999)).padStart(4, '0')
  const sep = r.pick(['-', '-', ' ', ''])
  return { v: [d.slice(0, 3), d.slice(3, 5), d.slice(5)].join(sep), type: 'US_SSN' }
}

export function nino(r: Rng): Piece {
  const first = 'ABCEGHJKLMNOPRSTWXYZ'
  const second = 'ABCEGHJKLMNPRSTWXYZ'
  let prefix = 'GB'
  while (['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'].includes(prefix)) prefix = r.letters(1, first) + r.letters(1, second)
  const d = r.digits(6)
  const suf = r.letters(1, 'ABCD')
  const v = r.chance(0.5) ? prefix + d + suf : `${prefix} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${suf}`
  return { v, type: 'UK_NINO' }
}

export function ipv4(r: Rng): Piece {
  const kind = r.int(0, 3)
  const parts =
    kind === 0 ? [10, r.int(0, 255), r.int(0, 255), r.int(1, 254)]
    : kind === 1 ? [192, 168, r.int(0, 255), r.int(1, 254)]
    : [r.pick([81, 85, 91, 95, 151, 178, 186, 189, 212, 77]), r.int(0, 255), r.int(0, 255), r.int(1, 254)]
  return { v: parts.join('.'), type: 'IP_ADDRESS' }
}

export function ipv6(r: Rng): Piece {
  const h = () => r.int(0, 0xffff).toString(16)
  const pre = r.pick(['2001:db8', '2a02:1810', '2001:4860', '2a00:1450', '2804:14c', 'fe80:0'])
  const v = r.chance(0.4)
    ? [pre, h(), h(), h(), h(), h(), h()].join(':')
    : `${pre}::${r.chance(0.5) ? h() + ':' : ''}${h()}`
  return { v, type: 'IP_ADDRESS' }
}

/** National and international phone shapes; every variant is re-parsed and must stay valid. */
export function phone(r: Rng, region: string, prefixes: string[], len: number, intlOnly = false): Piece {
  for (let attempt = 0; attempt < 200; attempt++) {
    const pre = r.pick(prefixes)
    const national = pre + r.digits(len - pre.length)
    const pn = parsePhoneNumberFromString(national, region as CountryCode)
    if (!pn || !pn.isValid()) continue
    if ((region === 'US' || region === 'CA') && national.slice(3, 6) === '555') continue
    const nat = pn.formatNational()
    const intl = pn.formatInternational()
    const variants = [
      nat, nat, intl, intl, pn.number, intl.replace(/ /g, '-'), '00' + intl.slice(1),
      nat.replace(/[()]/g, '').replace(/[ -]/g, '.'), nat.replace(/[^\d]/g, ''), nat.replace(/[()]/g, '').replace(/ /g, '-'),
    ]
    const v = intlOnly ? r.pick([intl, intl, pn.number, intl.replace(/ /g, '-')]) : r.pick(variants)
    const back = parsePhoneNumberFromString(v, region as CountryCode)
    if (back?.isValid() && back.number === pn.number) return { v, type: 'PHONE' }
    return { v: nat, type: 'PHONE' }
  }
  throw new Error(`no valid phone for ${region}`)
}

function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ø/g, 'o').replace(/Ø/g, 'O').replace(/æ/g, 'ae').replace(/ß/g, 'ss').replace(/ł/g, 'l').replace(/đ/g, 'd')
    .replace(/[^A-Za-z0-9]/g, '')
    .toLowerCase()
}

/** An address of one of many shapes, usually derived from the person's name. */
export function email(r: Rng, first: string, last: string, domains: string[]): Piece {
  const f = fold(first) || 'kunde'
  const l = fold(last.split(' ').at(-1) ?? '') || 'kunde'
  const local = r.pick([
    `${f}.${l}`, `${f}${l}`, `${f[0]}${l}`, `${f}_${l}${r.int(1, 99)}`, `${f}.${l}+${r.pick(['orders', 'travel', 'bills', 'shop'])}`,
    `${l}.${f}`, `${f}${r.int(1970, 2005)}`, `${f}-${l}`, `${f[0]}.${l}`,
  ])
  return { v: `${local}@${r.pick(domains)}`, type: 'EMAIL' }
}
