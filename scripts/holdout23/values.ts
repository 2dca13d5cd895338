// Labeled values, each made valid by construction and checked again by the generator's own validators.
import { parsePhoneNumber, type CountryCode } from 'libphonenumber-js/max'
import type { Rng } from './prng.ts'

export const luhnOk = (d: string): boolean => {
  let sum = 0
  for (let i = 0; i < d.length; i++) {
    let x = Number(d[d.length - 1 - i])
    if (i % 2 === 1) x *= 2
    sum += x > 9 ? x - 9 : x
  }
  return sum % 10 === 0
}
export const luhnDigit = (body: string): string => {
  for (let c = 0; c < 10; c++) if (luhnOk(body + c)) return String(c)
  throw new Error('no luhn digit')
}

// ---------- cards ----------
export type Brand = 'visa' | 'mastercard' | 'amex' | 'discover' | 'jcb' | 'diners' | 'maestro'
const BRANDS: Record<Brand, { iins: string[]; len: number[] }> = {
  visa: { iins: ['4'], len: [16, 16, 16, 19] },
  mastercard: { iins: ['51', '52', '53', '54', '55', '2221', '2367', '2720', '2500'], len: [16] },
  amex: { iins: ['34', '37'], len: [15] },
  discover: { iins: ['6011', '644', '647', '649', '65'], len: [16] },
  jcb: { iins: ['3528', '3541', '3566', '3589'], len: [16] },
  diners: { iins: ['36', '38'], len: [14] },
  maestro: { iins: ['6304', '6759', '6761'], len: [16, 19] },
}
export const BRAND_NAMES = Object.keys(BRANDS) as Brand[]
function groupCard(d: string, sep: string): string {
  if (sep === '') return d
  const sizes = d.length === 15 ? [4, 6, 5] : d.length === 14 ? [4, 6, 4] : d.length === 19 ? [4, 4, 4, 4, 3] : [4, 4, 4, 4]
  const out: string[] = []
  let i = 0
  for (const s of sizes) { out.push(d.slice(i, i + s)); i += s }
  return out.join(sep)
}
export function cardDigits(r: Rng, brand: Brand, valid = true): string {
  const b = BRANDS[brand]
  const iin = r.pick(b.iins)
  const len = r.pick(b.len)
  const body = iin + r.digits(len - iin.length - 1)
  const ok = luhnDigit(body)
  return body + (valid ? ok : String((Number(ok) + r.int(1, 9)) % 10))
}
export function card(r: Rng, brand: Brand = r.pick(BRAND_NAMES)): string {
  return groupCard(cardDigits(r, brand), r.pick([' ', ' ', '-', '']))
}
/** 16 digits with a real IIN that fail Luhn */
export function luhnInvalid(r: Rng): string {
  const brand = r.pick(['visa', 'mastercard', 'discover', 'jcb', 'maestro'] as Brand[])
  let d = ''
  do d = cardDigits(r, brand, false)
  while (d.length !== 16)
  return groupCard(d, r.pick([' ', '-', '']))
}
export const brandOf = (d: string): Brand | undefined => {
  const p4 = Number(d.slice(0, 4))
  if (d[0] === '4') return 'visa'
  if (/^5[1-5]/.test(d) || (p4 >= 2221 && p4 <= 2720)) return 'mastercard'
  if (/^3[47]/.test(d)) return 'amex'
  if (/^(6011|64[4-9]|65)/.test(d)) return 'discover'
  if (p4 >= 3528 && p4 <= 3589) return 'jcb'
  if (/^3[68]/.test(d)) return 'diners'
  if (/^(6304|6759|6761)/.test(d)) return 'maestro'
  return undefined
}

// ---------- IBAN ----------
export type IbanCountry = 'GB' | 'CH' | 'AT' | 'IT' | 'ES' | 'PT' | 'BR' | 'BE' | 'DK' | 'FR'
export const IBAN_LEN: Record<IbanCountry, number> = { GB: 22, CH: 21, AT: 20, IT: 27, ES: 24, PT: 25, BR: 29, BE: 16, DK: 18, FR: 27 }
export function mod97(s: string): number {
  let r = 0
  for (const c of s) {
    const v = c >= 'A' && c <= 'Z' ? String(c.charCodeAt(0) - 55) : c
    for (const d of v) r = (r * 10 + Number(d)) % 97
  }
  return r
}
function bban(r: Rng, c: IbanCountry): string {
  switch (c) {
    case 'GB': return r.pick(['NWBK', 'BARC', 'LOYD', 'MIDL', 'HBUK']) + r.digits(14)
    case 'CH': return r.pick(['00762', '00230', '08390', '00700']) + r.digits(12)
    case 'AT': return r.pick(['12000', '20111', '32000', '14000']) + r.digits(11)
    case 'IT': return r.letters(1, 'ABCDEFGHIJKLMNOPRSTUVWXYZ') + r.pick(['03069', '02008', '05034', '01030']) + r.digits(5) + r.digits(12)
    case 'ES': return r.pick(['2100', '0049', '0182', '2085']) + r.digits(4) + r.digits(12)
    case 'PT': return r.pick(['0035', '0033', '0007', '0010']) + r.digits(17)
    case 'BR': return r.digits(8) + r.digits(5) + r.digits(10) + r.pick(['C', 'P']) + r.int(1, 2)
    case 'BE': {
      const b = r.pick(['001', '063', '068', '310', '363']) + r.digits(7)
      const k = Number(b) % 97
      return b + String(k === 0 ? 97 : k).padStart(2, '0')
    }
    case 'DK': return r.pick(['5000', '3000', '9570', '1551']) + r.digits(10)
    case 'FR': return r.pick(['30006', '10107', '20041']) + r.digits(5) + r.digits(11) + r.digits(2)
  }
}
export const ibanCheck = (c: string, b: string): string => String(98 - mod97(b + c + '00')).padStart(2, '0')
export function ibanCompact(r: Rng, c: IbanCountry, valid = true): string {
  const b = bban(r, c)
  const ok = ibanCheck(c, b)
  if (valid) return c + ok + b
  let bad = ok
  while (bad === ok) bad = String(r.int(2, 98)).padStart(2, '0')
  return c + bad + b
}
export const group4 = (s: string): string => s.replace(/(.{4})(?=.)/g, '$1 ')
export function iban(r: Rng, c: IbanCountry, valid = true): string {
  const s = ibanCompact(r, c, valid)
  return r.chance(0.7) ? group4(s) : s
}
export const ibanValid = (v: string): boolean => {
  const c = v.replace(/ /g, '')
  return /^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(c) && IBAN_LEN[c.slice(0, 2) as IbanCountry] === c.length && mod97(c.slice(4) + c.slice(0, 4)) === 1
}

// ---------- SSN, NINO ----------
export function ssn(r: Rng): string {
  let area = 0
  do area = r.int(1, 899)
  while (area === 666)
  const sep = r.pick(['-', '-', '-', ' ', ''])
  return `${String(area).padStart(3, '0')}${sep}${String(r.int(1, 99)).padStart(2, '0')}${sep}${String(r.int(1, 9999)).padStart(4, '0')}`
}
export function ssnInvalid(r: Rng): string {
  const area = r.pick(['000', '666', String(r.int(900, 999))])
  const sep = r.pick(['-', ' '])
  return `${area}${sep}${String(r.int(10, 99))}${sep}${String(r.int(1000, 9999))}`
}
const NINO_FIRST = 'ABCEGHJKLMNOPRSTWXYZ'
const NINO_SECOND = 'ABCEGHJKLMNPRSTWXYZ'
const NINO_BAD = ['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ']
export function nino(r: Rng): string {
  let p = ''
  do p = r.letters(1, NINO_FIRST) + r.letters(1, NINO_SECOND)
  while (NINO_BAD.includes(p))
  const d = r.digits(6)
  const s = r.letters(1, 'ABCD')
  return r.chance(0.5) ? `${p}${d}${s}` : `${p} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${s}`
}
export function ninoInvalid(r: Rng): string {
  const p = r.pick(['QQ', 'GB', 'BG', 'NK', 'TN', 'ZZ', 'DA', 'FY', 'IO', 'VU', 'OO'])
  const d = r.digits(6)
  const s = r.letters(1, 'ABCD')
  return r.chance(0.5) ? `${p}${d}${s}` : `${p} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${s}`
}

// ---------- IP ----------
export function ip(r: Rng): string {
  const k = r.int(0, 5)
  if (k === 0) return `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`
  if (k === 1) return `192.168.${r.int(0, 255)}.${r.int(1, 254)}`
  if (k === 2) return `${r.pick([81, 88, 94, 151, 185, 203, 213, 62, 77])}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`
  const h = () => r.int(0, 0xffff).toString(16)
  if (k === 3) return `2001:db8:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`.replace('2001:db8', r.pick(['2001:db8', '2a02:1210', '2603:7000', '2405:201']))
  if (k === 4) return `${r.pick(['2a01:4f8', '2001:1620', '2804:14c', 'fe80'])}::${h()}:${h()}`
  return `${r.pick(['2a00:23c5', '2600:1700', '2401:4900'])}:${h()}:${h()}::${h()}`
}

// ---------- phones ----------
// numbering plans of the corpus: [prefix of the national significant number, digits after it]
export type PhoneCountry = 'US' | 'CA' | 'IN' | 'ZA' | 'AU' | 'GB' | 'CH' | 'AT' | 'IT' | 'MX' | 'ES' | 'PT' | 'BR' | 'DK' | 'BE' | 'DE' | 'FR' | 'NL' | 'SE' | 'IE'
const PLANS: Record<PhoneCountry, { mobile: [string, number][]; fixed: [string, number][] }> = {
  US: { mobile: [['212', 7], ['305', 7], ['415', 7], ['617', 7], ['312', 7], ['503', 7], ['713', 7], ['206', 7], ['404', 7], ['720', 7], ['646', 7], ['919', 7]], fixed: [['602', 7], ['215', 7], ['614', 7], ['801', 7]] },
  CA: { mobile: [['416', 7], ['604', 7], ['514', 7], ['403', 7]], fixed: [['613', 7], ['902', 7], ['780', 7], ['204', 7]] },
  IN: { mobile: [['98', 8], ['97', 8], ['99', 8], ['88', 8], ['70', 8], ['63', 8]], fixed: [['11', 8], ['22', 8], ['80', 8], ['44', 8], ['40', 8]] },
  ZA: { mobile: [['82', 7], ['83', 7], ['72', 7], ['71', 7], ['84', 7], ['61', 7]], fixed: [['21', 7], ['11', 7], ['31', 7], ['12', 7]] },
  AU: { mobile: [['4', 8]], fixed: [['29', 7], ['38', 7], ['73', 7], ['86', 7], ['89', 7]] },
  GB: { mobile: [['74', 8], ['75', 8], ['77', 8], ['78', 8], ['79', 8]], fixed: [['207', 7], ['208', 7], ['161', 7], ['121', 7], ['113', 7], ['117', 7], ['1865', 6], ['1223', 6]] },
  CH: { mobile: [['76', 7], ['77', 7], ['78', 7], ['79', 7]], fixed: [['44', 7], ['22', 7], ['21', 7], ['31', 7], ['61', 7], ['26', 7]] },
  AT: { mobile: [['664', 7], ['676', 7], ['660', 7], ['699', 8], ['650', 7]], fixed: [['1', 7], ['316', 6], ['662', 6], ['512', 6], ['732', 6]] },
  IT: { mobile: [['33', 8], ['34', 8], ['32', 8], ['38', 8], ['39', 8]], fixed: [['06', 8], ['02', 8], ['011', 7], ['055', 7], ['081', 7]] },
  MX: { mobile: [['55', 8], ['33', 8], ['81', 8], ['222', 7]], fixed: [['442', 7], ['999', 7], ['664', 7]] },
  ES: { mobile: [['6', 8], ['71', 7], ['72', 7]], fixed: [['91', 7], ['93', 7], ['96', 7], ['954', 6], ['985', 6]] },
  PT: { mobile: [['91', 7], ['92', 7], ['93', 7], ['96', 7]], fixed: [['21', 7], ['22', 7], ['239', 6], ['289', 6]] },
  BR: { mobile: [['119', 8], ['219', 8], ['319', 8], ['519', 8], ['619', 8]], fixed: [['113', 7], ['213', 7], ['313', 7], ['413', 7]] },
  DK: { mobile: [['2', 7], ['30', 6], ['40', 6], ['50', 6], ['60', 6]], fixed: [['33', 6], ['35', 6], ['86', 6], ['98', 6], ['66', 6]] },
  BE: { mobile: [['47', 7], ['48', 7], ['49', 7], ['46', 7]], fixed: [['2', 7], ['3', 7], ['9', 7], ['4', 7], ['16', 6], ['50', 6]] },
  DE: { mobile: [['151', 8], ['160', 7], ['170', 7], ['176', 8]], fixed: [['30', 8], ['89', 8], ['40', 8]] },
  FR: { mobile: [['6', 8], ['7', 8]], fixed: [['1', 8], ['4', 8]] },
  NL: { mobile: [['6', 8]], fixed: [['20', 7], ['10', 7]] },
  SE: { mobile: [['70', 7], ['73', 7]], fixed: [['8', 7]] },
  IE: { mobile: [['83', 7], ['85', 7], ['87', 7]], fixed: [['1', 7], ['21', 7]] },
}
export const CALLING: Record<PhoneCountry, string> = { US: '1', CA: '1', IN: '91', ZA: '27', AU: '61', GB: '44', CH: '41', AT: '43', IT: '39', MX: '52', ES: '34', PT: '351', BR: '55', DK: '45', BE: '32', DE: '49', FR: '33', NL: '31', SE: '46', IE: '353' }
/** countries whose national form opens with a trunk 0 */
const TRUNK0 = new Set<PhoneCountry>(['IN', 'ZA', 'AU', 'GB', 'CH', 'AT', 'BE', 'DE', 'FR', 'NL', 'SE', 'IE', 'BR'])

export interface Phone { country: PhoneCountry; nsn: string; mobile: boolean }
export function phone(r: Rng, country: PhoneCountry, mobile = r.chance(0.6)): Phone {
  const plan = mobile ? PLANS[country].mobile : PLANS[country].fixed
  for (let tries = 0; tries < 500; tries++) {
    const [p, n] = r.pick(plan)
    let rest = r.digits(n)
    if (['US', 'CA'].includes(country)) rest = String(r.int(2, 9)) + rest.slice(1)
    if (country === 'AU' && !mobile) rest = rest // area + 8-digit subscriber
    const nsn = p + rest
    try {
      const pn = parsePhoneNumber(`+${CALLING[country]}${nsn}`)
      if (!pn.isValid() || pn.country !== country) continue
      const t = pn.getType()
      if (mobile && t !== 'MOBILE' && t !== 'FIXED_LINE_OR_MOBILE') continue
      if (!mobile && t !== 'FIXED_LINE' && t !== 'FIXED_LINE_OR_MOBILE') continue
      if (nsn.slice(-7).startsWith('555')) continue
      return { country, nsn: pn.nationalNumber as string, mobile }
    } catch { /* retry */ }
  }
  throw new Error(`no ${country} phone`)
}

export type PhoneStyle = 'nat' | 'nat-dash' | 'nat-dot' | 'nat-compact' | 'nat-bracket' | 'nat-slash' | 'intl' | 'intl-compact' | 'intl-dash' | 'intl-00' | 'intl-trunk' | 'us-1' | 'intl-bracket'
export const PHONE_STYLES: PhoneStyle[] = ['nat', 'nat-dash', 'nat-dot', 'nat-compact', 'nat-bracket', 'nat-slash', 'intl', 'intl-compact', 'intl-dash', 'intl-00', 'intl-trunk', 'us-1', 'intl-bracket']

export function phoneValid(v: string, region?: CountryCode): boolean {
  try {
    return parsePhoneNumber(v, region).isValid()
  } catch {
    return false
  }
}

/** renders a phone; falls back to the plain national form when a style does not fit the country */
export function fmtPhone(p: Phone, style: PhoneStyle): string {
  const pn = parsePhoneNumber(`+${CALLING[p.country]}${p.nsn}`)
  const nat = pn.formatNational()
  const intl = pn.formatInternational()
  const cc = CALLING[p.country]
  const natBody = nat.replace(/[()]/g, '').trim()
  let s = nat
  switch (style) {
    case 'nat': s = nat; break
    case 'nat-dash': s = natBody.replace(/[ -]+/g, '-'); break
    case 'nat-dot': s = natBody.replace(/[ -]+/g, '.'); break
    case 'nat-compact': s = nat.replace(/\D/g, ''); break
    case 'nat-bracket': {
      const parts = natBody.split(/[ -]/)
      s = nat.includes('(') ? nat : parts.length > 1 ? `(${parts[0]}) ${parts.slice(1).join(' ')}` : nat
      break
    }
    case 'nat-slash': {
      const parts = natBody.split(/[ -]/)
      s = parts.length > 1 ? `${parts[0]}/${parts.slice(1).join(' ')}` : nat
      break
    }
    case 'intl': s = intl; break
    case 'intl-compact': s = `+${cc}${p.nsn}`; break
    case 'intl-dash': s = intl.replace(/ /g, '-').replace('-', ' '); break
    case 'intl-00': s = '00' + intl.slice(1); break
    case 'intl-trunk': s = TRUNK0.has(p.country) && p.country !== 'BR' ? intl.replace(`+${cc} `, `+${cc} (0)`) : intl; break
    case 'us-1': s = ['US', 'CA'].includes(p.country) ? `1-${natBody.replace(/[ -]+/g, '-')}` : intl; break
    case 'intl-bracket': s = ['US', 'CA'].includes(p.country) ? `+1 ${nat}` : intl; break
  }
  const region = p.country as CountryCode
  const digitsOk = (x: string) => {
    const d = x.replace(/\D/g, '')
    return d.endsWith(p.nsn)
  }
  const ok = (x: string) => {
    if (x.startsWith('+')) return phoneValid(x.replace('(0)', ''))
    if (x.startsWith('00')) return phoneValid('+' + x.slice(2))
    return phoneValid(x, region)
  }
  if (!ok(s) || !digitsOk(s)) s = nat
  if (!ok(s)) throw new Error(`bad phone ${s}`)
  return s
}

/** speech-to-text: digits in odd groups */
export function oddGroups(r: Rng, v: string): string {
  const d = v.replace(/\D/g, '')
  const out: string[] = []
  let i = 0
  while (i < d.length) {
    const n = Math.min(r.int(1, 4), d.length - i)
    out.push(d.slice(i, i + n))
    i += n
  }
  return out.join(' ')
}
const WORDS = ['oh', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']
/** English speech: digit by digit, some pairs as "double", comma pauses */
export function spoken(r: Rng, v: string): string {
  const d = v.replace(/\D/g, '')
  const out: string[] = []
  for (let i = 0; i < d.length; i++) {
    const w = Number(d[i]) === 0 ? r.pick(['oh', 'zero']) : WORDS[Number(d[i])]!
    if (d[i] === d[i + 1] && r.chance(0.6)) { out.push(`double ${w}`); i++ }
    else out.push(w)
    if (i < d.length - 1 && (i + 1) % 3 === 0 && r.chance(0.5)) out[out.length - 1] += ','
  }
  return out.join(' ')
}
