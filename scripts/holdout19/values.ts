// Value generators for the labeled types, each with its own validator, and the phones of every
// country in the corpus. Every generated value is re-checked here before it is used.
import { parsePhoneNumber, type CountryCode } from 'libphonenumber-js/max'
import type { Rng } from './rng.ts'
import { E, type Span } from './render.ts'

// ---------- phones ----------
interface PhoneSpec { cc: string; trunk: string; pats: string[][] }
// Pattern letters: X any digit, N 2-9, [abc]/[a-c] one of; groups are the national significant number.
export const PHONES: Record<string, PhoneSpec> = {
  US: { cc: '1', trunk: '', pats: [['[2-9]05', 'NXX', 'XXXX'], ['251', 'NXX', 'XXXX'], ['334', 'NXX', 'XXXX'], ['504', 'NXX', 'XXXX'], ['601', 'NXX', 'XXXX'], ['615', 'NXX', 'XXXX'], ['901', 'NXX', 'XXXX'], ['843', 'NXX', 'XXXX'], ['770', 'NXX', 'XXXX'], ['225', 'NXX', 'XXXX']] },
  GB: { cc: '44', trunk: '0', pats: [['29', '20XX', 'XXXX'], ['1792', '[2-6]XXXXX'], ['1248', '[3-7]XXXXX'], ['7[4-9]XX', 'XXXXXX'], ['1970', '6XXXXX']] },
  IE: { cc: '353', trunk: '0', pats: [['1', 'NXX', 'XXXX'], ['8[35679]', 'NXX', 'XXXX'], ['21', '4XX', 'XXXX'], ['91', '5XXXXX']] },
  IN: { cc: '91', trunk: '0', pats: [['9[6-9]XXX', 'XXXXX'], ['98XXX', 'XXXXX'], ['11', '2XXX', 'XXXX'], ['80', '4XXX', 'XXXX'], ['22', '2XXX', 'XXXX']] },
  SG: { cc: '65', trunk: '', pats: [['[89]XXX', 'XXXX'], ['6[1-7]XX', 'XXXX']] },
  BR: { cc: '55', trunk: '', pats: [['[1-8]1', '9[6-9]XXX', 'XXXX'], ['[1-7]1', '3XXX', 'XXXX'], ['19', '9[7-9]XXX', 'XXXX']] },
  BE: { cc: '32', trunk: '0', pats: [['4[7-9]X', 'XX', 'XX', 'XX'], ['2', 'NXX', 'XX', 'XX'], ['3', 'NXX', 'XX', 'XX'], ['9', 'NXX', 'XX', 'XX']] },
  CZ: { cc: '420', trunk: '', pats: [['[67][0-9]X', 'XXX', 'XXX'], ['2NX', 'XXX', 'XXX'], ['5[3-4]X', 'XXX', 'XXX']] },
  TR: { cc: '90', trunk: '0', pats: [['5[3-5]X', 'XXX', 'XX', 'XX'], ['212', 'NXX', 'XX', 'XX'], ['312', 'NXX', 'XX', 'XX'], ['232', 'NXX', 'XX', 'XX']] },
  PL: { cc: '48', trunk: '', pats: [['[5-8][0-9]X', 'XXX', 'XXX'], ['22', 'NXX', 'XX', 'XX'], ['12', 'NXX', 'XX', 'XX']] },
  ES: { cc: '34', trunk: '', pats: [['6XX', 'XXX', 'XXX'], ['93', 'NXX', 'XX', 'XX'], ['7[1-4]X', 'XXX', 'XXX'], ['972', 'XXX', 'XXX']] },
  MX: { cc: '52', trunk: '', pats: [['55', 'NXXX', 'XXXX'], ['33', 'NXXX', 'XXXX'], ['81', 'NXXX', 'XXXX'], ['222', 'NXX', 'XXXX']] },
  CH: { cc: '41', trunk: '0', pats: [['91', 'NXX', 'XX', 'XX'], ['7[6-9]', 'NXX', 'XX', 'XX']] },
  // callers from elsewhere, written with +
  AU: { cc: '61', trunk: '0', pats: [['4XX', 'XXX', 'XXX']] },
  DE: { cc: '49', trunk: '0', pats: [['15[1-7]X', 'XXXXXXX'], ['17[0-8]', 'XXXXXXX']] },
  FR: { cc: '33', trunk: '0', pats: [['[67]', 'XX', 'XX', 'XX', 'XX']] },
  AE: { cc: '971', trunk: '0', pats: [['5[0-6]', 'XXX', 'XXXX']] },
  NG: { cc: '234', trunk: '0', pats: [['80[3-9]', 'XXX', 'XXXX']] },
  PH: { cc: '63', trunk: '0', pats: [['9[1-7]X', 'XXX', 'XXXX']] },
  ZA: { cc: '27', trunk: '0', pats: [['[6-8][1-4]', 'XXX', 'XXXX']] },
  NL: { cc: '31', trunk: '0', pats: [['6', 'XXXX', 'XXXX']] },
  PT: { cc: '351', trunk: '', pats: [['9[1-36]X', 'XXX', 'XXX']] },
  CA: { cc: '1', trunk: '', pats: [['[46]16', 'NXX', 'XXXX'], ['604', 'NXX', 'XXXX']] },
}

function expand(rng: Rng, pat: string): string {
  let out = ''
  for (let i = 0; i < pat.length; i++) {
    const c = pat[i] as string
    if (c === 'X') out += String(rng.int(0, 9))
    else if (c === 'N') out += String(rng.int(2, 9))
    else if (c === '[') {
      const j = pat.indexOf(']', i)
      const body = pat.slice(i + 1, j)
      const set: string[] = []
      for (let k = 0; k < body.length; k++) {
        if (body[k + 1] === '-') {
          for (let d = Number(body[k]); d <= Number(body[k + 2]); d++) set.push(String(d))
          k += 2
        } else set.push(body[k] as string)
      }
      out += rng.pick(set)
      i = j
    } else out += c
  }
  return out
}

export type PhoneStyle = 'nat' | 'natdot' | 'natdash' | 'natbr' | 'natcompact' | 'intl' | 'intldash' | 'intldot' | 'intlcompact' | 'intl00' | 'spoken'
export const NAT_STYLES: PhoneStyle[] = ['nat', 'natdot', 'natdash', 'natbr', 'natcompact']
export const INTL_STYLES: PhoneStyle[] = ['intl', 'intldash', 'intldot', 'intlcompact', 'intl00']

function formatPhone(country: string, g: string[], style: PhoneStyle): string {
  const spec = PHONES[country] as PhoneSpec
  const [first, ...rest] = g as [string, ...string[]]
  const t = spec.trunk
  switch (style) {
    case 'nat': return country === 'BR' ? `(${first}) ${rest.join('-')}`.replace(/-(\d{4})$/, '-$1') : [t + first, ...rest].join(' ')
    case 'natdot': return [t + first, ...rest].join('.')
    case 'natdash': return [t + first, ...rest].join('-')
    case 'natbr': return country === 'US' || country === 'CA' ? `(${first}) ${rest.join('-')}` : `(${t + first}) ${rest.join(' ')}`
    case 'natcompact': return t + g.join('')
    case 'intl': return `+${spec.cc} ${g.join(' ')}`
    case 'intldash': return `+${spec.cc}-${g.join('-')}`
    case 'intldot': return `+${spec.cc}.${g.join('.')}`
    case 'intlcompact': return `+${spec.cc}${g.join('')}`
    case 'intl00': return `00${spec.cc} ${g.join(' ')}`
    case 'spoken': return [t + first, ...rest].join(' ').replace(/(\d{2})(\d{2,3})\b/g, '$1 $2')
  }
}

/** A valid phone of `country` in `style`, checked with libphonenumber before it is returned. */
export function phoneValue(rng: Rng, country: string, style: PhoneStyle): string {
  const spec = PHONES[country]
  if (!spec) throw new Error(`no phone spec ${country}`)
  for (let tries = 0; tries < 500; tries++) {
    const g = rng.pick(spec.pats).map((p) => expand(rng, p))
    const s = formatPhone(country, g, style)
    if (phoneValid(s, country)) return s
  }
  throw new Error(`no valid phone for ${country} ${style}`)
}

export function phoneValid(s: string, country: string): boolean {
  try {
    const intl = s.startsWith('00') ? `+${s.slice(2)}` : s
    const p = intl.startsWith('+') ? parsePhoneNumber(intl) : parsePhoneNumber(s, country as CountryCode)
    return p.isValid() && p.country === country
  } catch {
    return false
  }
}

export const phone = (rng: Rng, country: string, style?: PhoneStyle): Span =>
  E('PHONE', phoneValue(rng, country, style ?? rng.pick(rng.chance(0.5) ? NAT_STYLES : INTL_STYLES)))

// ---------- cards ----------
export function luhnOk(d: string): boolean {
  let sum = 0
  for (let i = 0; i < d.length; i++) {
    let x = Number(d[d.length - 1 - i])
    if (i % 2) { x *= 2; if (x > 9) x -= 9 }
    sum += x
  }
  return sum % 10 === 0
}
function luhnComplete(rng: Rng, prefix: string, len: number): string {
  const body = prefix + rng.digits(len - prefix.length - 1)
  for (let c = 0; c < 10; c++) if (luhnOk(body + c)) return body + c
  throw new Error('unreachable')
}
export function cardDigits(rng: Rng, brand?: string): string {
  const b = brand ?? rng.pick(['visa', 'visa', 'mc', 'mc2', 'amex', 'discover', 'jcb', 'diners', 'maestro', 'visa19'])
  switch (b) {
    case 'visa': return luhnComplete(rng, '4' + rng.digits(5), 16)
    case 'visa19': return luhnComplete(rng, '4' + rng.digits(5), 19)
    case 'mc': return luhnComplete(rng, `5${rng.int(1, 5)}`, 16)
    case 'mc2': return luhnComplete(rng, String(rng.int(2221, 2720)), 16)
    case 'amex': return luhnComplete(rng, rng.pick(['34', '37']), 15)
    case 'discover': return luhnComplete(rng, rng.pick(['6011', String(rng.int(644, 649)), '65']), 16)
    case 'jcb': return luhnComplete(rng, String(rng.int(3528, 3589)), 16)
    case 'diners': return luhnComplete(rng, rng.pick(['36', '38']), 14)
    case 'maestro': return luhnComplete(rng, rng.pick(['6304', '6759', '6761']), rng.pick([16, 19]))
    default: throw new Error(b)
  }
}
export function groupCard(d: string, sep: string): string {
  const sizes = d.length === 15 ? [4, 6, 5] : d.length === 14 ? [4, 6, 4] : d.length === 19 ? [4, 4, 4, 4, 3] : [4, 4, 4, 4]
  const out: string[] = []
  let i = 0
  for (const n of sizes) { out.push(d.slice(i, i + n)); i += n }
  return out.join(sep)
}
export const card = (rng: Rng, brand?: string): Span => E('CARD', groupCard(cardDigits(rng, brand), rng.pick([' ', ' ', '-', ''])))
/** A 16-digit number with a real IIN that fails Luhn. */
export function luhnInvalid(rng: Rng): string {
  const d = cardDigits(rng, rng.pick(['visa', 'mc', 'mc2', 'discover', 'jcb']))
  const last = (Number(d[15]) + rng.int(1, 9)) % 10
  const bad = d.slice(0, 15) + last
  if (luhnOk(bad)) throw new Error('luhn')
  return groupCard(bad, rng.pick([' ', '-', '']))
}

// ---------- IBAN ----------
export const IBAN_BBAN: Record<string, string> = {
  GB: 'aaaannnnnnnnnnnnnn', IE: 'aaaannnnnnnnnnnnnn', BE: 'nnnnnnnnnnnn', BR: 'nnnnnnnnnnnnnnnnnnnnnnnac',
  CZ: 'nnnnnnnnnnnnnnnnnnnn', TR: 'nnnnn0nnnnnnnnnnnnnnnn', PL: 'nnnnnnnnnnnnnnnnnnnnnnnn', ES: 'nnnnnnnnnnnnnnnnnnnn',
  CH: 'nnnnnnnnnnnnnnnnn',
}
const BANKS: Record<string, string[]> = { GB: ['NWBK', 'LOYD', 'BARC', 'HBUK', 'MIDL'], IE: ['AIBK', 'BOFI', 'IPBS'] }
export function mod97(s: string): number {
  let r = 0
  for (const c of s) {
    const v = /[A-Z]/.test(c) ? String(c.charCodeAt(0) - 55) : c
    for (const d of v) r = (r * 10 + Number(d)) % 97
  }
  return r
}
function bban(rng: Rng, cc: string): string {
  const pat = IBAN_BBAN[cc] as string
  let s = ''
  for (const c of pat) s += c === 'n' ? String(rng.int(0, 9)) : c === 'a' ? String.fromCharCode(65 + rng.int(0, 25)) : c === 'c' ? String(rng.int(1, 9)) : c
  if (BANKS[cc]) s = rng.pick(BANKS[cc] as string[]) + s.slice(4)
  if (cc === 'BR') s = s.slice(0, 23) + rng.pick(['C', 'P']) + '1'
  return s
}
export function ibanCompact(rng: Rng, cc: string, wrongCheck = false): string {
  const b = bban(rng, cc)
  const ok = 98 - mod97(b + cc + '00')
  let cd = ok
  if (wrongCheck) cd = ((ok - 2 + rng.int(1, 95)) % 97) + 2
  const iban = cc + String(cd).padStart(2, '0') + b
  if ((mod97(iban.slice(4) + iban.slice(0, 4)) === 1) === wrongCheck) throw new Error('iban check')
  return iban
}
export const spaced4 = (s: string): string => s.replace(/(.{4})(?=.)/g, '$1 ')
export const iban = (rng: Rng, cc: string, spaced = rng.chance(0.6)): Span => {
  const v = ibanCompact(rng, cc)
  return E('IBAN', spaced ? spaced4(v) : v)
}
export const ibanWrong = (rng: Rng, cc: string): string => {
  const v = ibanCompact(rng, cc, true)
  return rng.chance(0.6) ? spaced4(v) : v
}

// ---------- SSN, NINO ----------
export function ssnValue(rng: Rng, sep = rng.pick(['-', '-', ' ', ''])): string {
  let a = rng.int(1, 899)
  if (a === 666) a = 667
  return [String(a).padStart(3, '0'), String(rng.int(1, 99)).padStart(2, '0'), String(rng.int(1, 9999)).padStart(4, '0')].join(sep)
}
export const ssn = (rng: Rng, sep?: string): Span => E('US_SSN', ssnValue(rng, sep))
export function ssnInvalid(rng: Rng): string {
  const a = rng.pick(['000', '666', String(rng.int(900, 999))])
  return [a, String(rng.int(1, 99)).padStart(2, '0'), String(rng.int(1, 9999)).padStart(4, '0')].join(rng.pick(['-', ' ']))
}
const NINO1 = 'ABCEGHJKLMNOPRSTWXYZ'
const NINO2 = 'ABCEGHJKLMNPRSTWXYZ'
export function ninoValue(rng: Rng, spaced = rng.chance(0.5)): string {
  let p = ''
  do p = rng.pick([...NINO1]) + rng.pick([...NINO2])
  while (['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'].includes(p))
  const d = rng.digits(6)
  const s = rng.pick(['A', 'B', 'C', 'D'])
  return spaced ? `${p} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${s}` : p + d + s
}
export const nino = (rng: Rng, spaced?: boolean): Span => E('UK_NINO', ninoValue(rng, spaced))
export function ninoInvalid(rng: Rng): string {
  const p = rng.pick(['QQ', 'GB', 'BG', 'NK', 'TN', 'ZZ', 'DA', 'FY', 'UI', 'VO'])
  const d = rng.digits(6)
  const s = rng.pick(['A', 'B', 'C', 'D'])
  return rng.chance(0.5) ? `${p} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${s}` : p + d + s
}

// ---------- IP ----------
export function ipv4(rng: Rng): string {
  const kind = rng.int(0, 3)
  if (kind === 0) return `192.168.${rng.int(0, 20)}.${rng.int(2, 254)}`
  if (kind === 1) return `10.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`
  return `${rng.pick([31, 46, 62, 77, 81, 89, 103, 118, 151, 177, 185, 187, 201])}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`
}
export function ipv6(rng: Rng): string {
  const h = () => rng.int(0, 0xffff).toString(16)
  const pre = rng.pick(['2a02', '2001', '2804', '2406', '2a01', '2607', '2a00'])
  if (rng.chance(0.3)) return [pre, h(), h(), h(), h(), h(), h(), h()].join(':')
  return `${pre}:${h()}:${h()}::${h()}:${rng.int(1, 0xfff).toString(16)}`
}
export const ip = (rng: Rng, v6 = rng.chance(0.4)): Span => E('IP_ADDRESS', v6 ? ipv6(rng) : ipv4(rng))
