// Generators for the PII values: cards, IBANs, SSNs, NINOs, IPs, emails.
import { ibanCheck, luhnDigit, mod97 } from './checks'
import type { Rng } from './rng'

const CARD_BRANDS: ReadonlyArray<{ prefix: (r: Rng) => string; len: number }> = [
  { prefix: () => '4', len: 16 },
  { prefix: (r) => String(r.int(51, 55)), len: 16 },
  { prefix: (r) => String(r.int(2221, 2720)), len: 16 },
  { prefix: (r) => r.pick(['34', '37']), len: 15 },
  { prefix: (r) => r.pick(['6011', '65', String(r.int(644, 649))]), len: 16 },
  { prefix: (r) => String(r.int(3528, 3589)), len: 16 },
  { prefix: () => '36', len: 14 },
  { prefix: () => '62', len: 16 },
]

function groupCard(pan: string, r: Rng): string {
  const sep = r.pick([' ', ' ', '-', ''])
  if (sep === '') return pan
  const sizes = pan.length === 15 ? [4, 6, 5] : pan.length === 14 ? [4, 6, 4] : [4, 4, 4, 4]
  const out: string[] = []
  let i = 0
  for (const n of sizes) {
    out.push(pan.slice(i, i + n))
    i += n
  }
  return out.join(sep)
}

export function cardPan(r: Rng): string {
  const b = r.pick(CARD_BRANDS)
  const p = b.prefix(r)
  const body = p + r.digits(b.len - p.length - 1)
  return body + luhnDigit(body)
}

export function card(r: Rng): string {
  return groupCard(cardPan(r), r)
}

/** A 16-digit number whose check digit is wrong. */
export function badCard(r: Rng): string {
  const pan = cardPan(r)
  const good = Number(pan.slice(-1))
  const bad = (good + r.int(1, 9)) % 10
  return groupCard(pan.slice(0, -1) + String(bad), r)
}

const IBAN_SHAPES: Record<string, (r: Rng) => string> = {
  DE: (r) => r.digits(18),
  FR: (r) => r.digits(23),
  ES: (r) => r.digits(20),
  PL: (r) => r.digits(24),
  RO: (r) => r.pick(['BTRL', 'RNCB', 'BRDE', 'INGB']) + r.digits(16),
  GB: (r) => r.pick(['NWBK', 'BARC', 'MIDL', 'LOYD']) + r.digits(14),
  IE: (r) => r.pick(['AIBK', 'BOFI']) + r.digits(14),
  NL: (r) => r.pick(['ABNA', 'INGB', 'RABO']) + r.digits(10),
  BE: (r) => r.digits(12),
  IT: (r) => 'X' + r.digits(22),
}
export const IBAN_COUNTRIES = Object.keys(IBAN_SHAPES)

function groupIban(raw: string, r: Rng): string {
  if (r.chance(0.3)) return raw
  return raw.match(/.{1,4}/g)!.join(' ')
}

export function iban(r: Rng, country: string): string {
  const bban = IBAN_SHAPES[country]!(r)
  return groupIban(country + ibanCheck(country, bban) + bban, r)
}

export function badIban(r: Rng, country: string): string {
  const bban = IBAN_SHAPES[country]!(r)
  const good = Number(ibanCheck(country, bban))
  let cd = good
  while (cd === good || mod97(bban + country + String(cd).padStart(2, '0')) === 1) cd = r.int(2, 98)
  return groupIban(country + String(cd).padStart(2, '0') + bban, r)
}

export function ssn(r: Rng): string {
  let area = r.int(1, 899)
  if (area === 666) area = 667
  const a = String(area).padStart(3, '0')
  const g = String(r.int(1, 99)).padStart(2, '0')
  const s = String(r.int(1, 9999)).padStart(4, '0')
  const sep = r.pick(['-', '-', ' ', ''])
  return [a, g, s].join(sep)
}

const NINO_FIRST = 'ABCEGHJKLMNOPRSTWXYZ'
const NINO_SECOND = 'ABCEGHJKLMNPRSTWXYZ'
const NINO_BAD_PREFIX = new Set(['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'])

export function nino(r: Rng): string {
  let p = ''
  do p = r.pick([...NINO_FIRST]) + r.pick([...NINO_SECOND])
  while (NINO_BAD_PREFIX.has(p))
  const d = r.digits(6)
  const s = r.pick(['A', 'B', 'C', 'D'])
  return r.chance(0.5) ? `${p}${d}${s}` : `${p} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${s}`
}

export function ipv4(r: Rng): string {
  const kind = r.int(0, 3)
  if (kind === 0) return `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`
  if (kind === 1) return `192.168.${r.int(0, 255)}.${r.int(1, 254)}`
  if (kind === 2) return `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`
  return `${r.pick([31, 62, 81, 93, 145, 185, 203])}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`
}

const hex4 = (r: Rng): string => r.int(0, 0xffff).toString(16)

export function ipv6(r: Rng): string {
  const groups = Array.from({ length: 8 }, () => hex4(r))
  groups[0] = r.pick(['2001', '2a02', '2a00', 'fd12', 'fe80'])
  if (r.chance(0.4)) return groups.map((g) => g.padStart(4, '0')).join(':')
  const cut = r.int(2, 5)
  return `${groups.slice(0, cut - 1).join(':')}::${groups.slice(cut + 1).join(':')}`
}

const ascii = (s: string): string =>
  s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l').replace(/Ł/g, 'L')
    .replace(/ß/g, 'ss').replace(/[^A-Za-z0-9]/g, '').toLowerCase()

export function email(r: Rng, first: string, last: string, domain: string): string {
  const f = ascii(first)
  const l = ascii(last.split(' ').pop() ?? last)
  const shape = r.int(0, 6)
  if (shape === 0) return `${f}.${l}@${domain}`
  if (shape === 1) return `${f[0]}${l}@${domain}`
  if (shape === 2) return `${f}_${l}${r.int(1, 99)}@${domain}`
  if (shape === 3) return `${f}.${l}+${r.pick(['payroll', 'vpn', 'hr', 'it'])}@${domain}`
  if (shape === 4) return `${l}.${f}@mail.${domain}`
  if (shape === 5) return `${f}-${l}@${domain}`
  return `${f}${l}${r.int(70, 99)}@${r.pick(['gmail.com', 'yahoo.co.uk', 'outlook.com', 'wp.pl', 'yahoo.ro', 'gmx.de', 'orange.fr', 'hotmail.es'])}`
}
