// Labeled values: each generator builds a value and checks it with its own validator before returning it.
import { parsePhoneNumber } from 'libphonenumber-js/max'
import type { Rng } from './prng.ts'

export const digitsOf = (s: string) => s.replace(/\D/g, '')
export function luhnSum(d: string): number {
  let sum = 0
  for (let i = 0; i < d.length; i++) {
    const x = Number(d[d.length - 1 - i]) * (i % 2 === 1 ? 2 : 1)
    sum += x > 9 ? x - 9 : x
  }
  return sum % 10
}
export const luhnOk = (d: string) => luhnSum(d) === 0
export const luhnDigit = (body: string) => String((10 - luhnSum(body + '0')) % 10)
function must(ok: boolean, what: string, v: string): string {
  if (!ok) throw new Error(`generator produced an invalid ${what}: ${v}`)
  return v
}

// ---- cards
export const BRANDS = ['visa', 'mastercard', 'amex', 'discover', 'jcb', 'diners', 'maestro'] as const
export type Brand = (typeof BRANDS)[number]
export function cardBrandOk(d: string): boolean {
  const n = d.length
  const p4 = Number(d.slice(0, 4))
  if (d[0] === '4') return n === 16 || n === 19
  if (/^5[1-5]/.test(d) || (p4 >= 2221 && p4 <= 2720)) return n === 16
  if (/^3[47]/.test(d)) return n === 15
  if (/^(6011|64[4-9]|65)/.test(d)) return n === 16
  if (p4 >= 3528 && p4 <= 3589) return n === 16
  if (/^3[68]/.test(d)) return n === 14
  if (/^(6304|6759|6761)/.test(d)) return n === 16 || n === 19
  return false
}
function cardPrefix(r: Rng, b: Brand): [string, number] {
  switch (b) {
    case 'visa': return ['4' + r.digits(5), r.chance(0.12) ? 19 : 16]
    case 'mastercard': return r.chance(0.3) ? [String(r.int(2221, 2720)), 16] : ['5' + r.int(1, 5), 16]
    case 'amex': return [r.pick(['34', '37']), 15]
    case 'discover': return [r.pick(['6011', String(r.int(644, 649)), '65']), 16]
    case 'jcb': return [String(r.int(3528, 3589)), 16]
    case 'diners': return [r.pick(['36', '38']), 14]
    case 'maestro': return [r.pick(['6304', '6759', '6761']), r.chance(0.25) ? 19 : 16]
  }
}
export function groupCard(d: string, sep: string): string {
  const g = d.length === 15 ? [4, 6, 5] : d.length === 14 ? [4, 6, 4] : d.length === 19 ? [4, 4, 4, 4, 3] : [4, 4, 4, 4]
  let i = 0
  return g.map((n) => d.slice(i, (i += n))).join(sep)
}
export function cardDigits(r: Rng, b: Brand): string {
  const [p, n] = cardPrefix(r, b)
  const body = p + r.digits(n - p.length - 1)
  return body + luhnDigit(body)
}
export function card(r: Rng, b: Brand = r.pick(BRANDS)): string {
  const d = cardDigits(r, b)
  const v = groupCard(d, r.pick([' ', ' ', '-', '']))
  return must(luhnOk(d) && cardBrandOk(d), 'card', v)
}
/** 16 digits with a real IIN whose Luhn sum is off: a declined or mistyped card. */
export function luhnInvalid(r: Rng): string {
  const b = r.pick(['visa', 'mastercard', 'discover', 'jcb', 'maestro'] as const)
  let d = cardDigits(r, b)
  while (d.length !== 16) d = cardDigits(r, b)
  const last = (Number(d[15]) + r.int(1, 9)) % 10
  d = d.slice(0, 15) + last
  return must(!luhnOk(d) && cardBrandOk(d), 'luhn-invalid', groupCard(d, r.pick([' ', '-', ''])))
}

// ---- IBAN
export const IBAN_LEN: Record<string, number> = { GB: 22, IE: 22, MT: 31, FR: 27, BE: 16, NL: 18, NO: 15, CZ: 24, PL: 28, LT: 20, LU: 20, ES: 24 }
export function ibanMod(iban: string): number {
  let rem = 0
  for (const ch of iban.slice(4) + iban.slice(0, 4)) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch
    for (const d of v) rem = (rem * 10 + Number(d)) % 97
  }
  return rem
}
const W = (d: string, w: number[]) => [...d].reduce((a, c, i) => a + Number(c) * (w[i] ?? 0), 0)
function bban(r: Rng, cc: string): string {
  switch (cc) {
    case 'GB': return r.pick(['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL', 'ULSB', 'BOFI']) + r.digits(6) + r.digits(8)
    case 'IE': return r.pick(['AIBK', 'BOFI', 'IPBS', 'ULSB']) + r.digits(6) + r.digits(8)
    case 'MT': return r.pick(['MALT', 'VALL', 'APSB']) + r.digits(5) + r.digits(18)
    case 'FR': {
      const bank = r.pick(['30004', '30003', '20041', '10278', '11315']), br = r.digits(5), acct = r.digits(11)
      const key = 97 - ((89 * Number(bank) + 15 * Number(br) + 3 * Number(BigInt(acct) % 97n)) % 97)
      return bank + br + acct + String(key).padStart(2, '0')
    }
    case 'BE': {
      const ten = r.pick(['001', '068', '310', '363', '734']) + r.digits(7)
      const c = Number(BigInt(ten) % 97n) || 97
      return ten + String(c).padStart(2, '0')
    }
    case 'NL': return r.pick(['ABNA', 'INGB', 'RABO', 'SNSB', 'TRIO']) + r.digits(10)
    case 'NO': {
      for (;;) {
        const ten = r.pick(['1503', '6011', '9710', '3000']) + r.digits(6)
        const m = W(ten, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11
        const c = m === 0 ? 0 : 11 - m
        if (c !== 10) return ten + c
      }
    }
    case 'CZ': {
      for (;;) {
        const acct = r.digits(10)
        if (W(acct, [6, 3, 7, 9, 10, 5, 8, 4, 2, 1]) % 11 === 0 && acct[0] !== '0') return r.pick(['0800', '0100', '0300', '2010']) + '000000' + acct
      }
    }
    case 'PL': {
      const b7 = r.pick(['1020', '1090', '1140', '1240']) + r.digits(3)
      const bank = b7 + String((10 - (W(b7, [3, 9, 7, 1, 3, 9, 7]) % 10)) % 10)
      return bank + r.digits(16)
    }
    case 'LT': return r.pick(['70440', '73000', '40100', '21400']) + r.digits(11)
    case 'LU': return r.pick(['001', '002', '014', '019']) + r.digits(13)
    case 'ES': {
      const bank = r.pick(['2100', '0049', '0182', '2038']), br = r.digits(4), acct = r.digits(10)
      const dc = (s: string) => {
        const v = 11 - (W(s, [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]) % 11)
        return String(v === 11 ? 0 : v === 10 ? 1 : v)
      }
      return bank + br + dc('00' + bank + br) + dc(acct) + acct
    }
  }
  throw new Error('no IBAN for ' + cc)
}
export function ibanCompact(r: Rng, cc: string): string {
  const b = bban(r, cc)
  const check = 98 - ibanMod(cc + '00' + b)
  return cc + String(check).padStart(2, '0') + b
}
export const groupIban = (c: string) => c.replace(/(.{4})/g, '$1 ').trim()
export function iban(r: Rng, cc: string): string {
  const c = ibanCompact(r, cc)
  must(ibanMod(c) === 1 && IBAN_LEN[cc] === c.length, 'IBAN', c)
  return r.chance(0.65) ? groupIban(c) : c
}
/** The right country and length, the check digits wrong. */
export function ibanWrong(r: Rng, cc: string): string {
  const c = ibanCompact(r, cc)
  const good = Number(c.slice(2, 4))
  let bad = good
  while (bad === good) bad = r.int(2, 98)
  const w = c.slice(0, 2) + String(bad).padStart(2, '0') + c.slice(4)
  must(ibanMod(w) !== 1 && w.length === IBAN_LEN[cc], 'iban-checksum', w)
  return r.chance(0.6) ? groupIban(w) : w
}

// ---- US SSN, UK NINO
export function ssnOk(v: string): boolean {
  const m = /^(\d{3})([- ]?)(\d{2})\2(\d{4})$/.exec(v)
  if (!m) return false
  const a = Number(m[1])
  return a > 0 && a !== 666 && a < 900 && m[3] !== '00' && m[4] !== '0000'
}
export function ssn(r: Rng, sep = r.pick(['-', '-', '-', ' ', ''])): string {
  let a = r.int(1, 899)
  if (a === 666) a = 667
  const v = `${String(a).padStart(3, '0')}${sep}${String(r.int(1, 99)).padStart(2, '0')}${sep}${String(r.int(1, 9999)).padStart(4, '0')}`
  return must(ssnOk(v), 'SSN', v)
}
export function ssnInvalid(r: Rng): string {
  const a = r.pick(['000', '666', String(r.int(900, 999))])
  const sep = r.pick(['-', ' '])
  const v = `${a}${sep}${String(r.int(10, 99))}${sep}${String(r.int(1000, 9999))}`
  return must(!ssnOk(v), 'ssn-invalid', v)
}
const NINO_BAD = ['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ']
export const ninoOk = (v: string) => {
  const c = v.replace(/ /g, '')
  return /^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/.test(c) && !NINO_BAD.includes(c.slice(0, 2))
}
export function nino(r: Rng): string {
  for (;;) {
    const p = r.pick([...'ABCEGHJKLMNPRSTWXYZ']) + r.pick([...'ABCEGHJKLMNPRSTWXYZ'])
    if (NINO_BAD.includes(p)) continue
    const d = r.digits(6), s = r.pick([...'ABCD'])
    const v = r.chance(0.5) ? `${p}${d}${s}` : `${p} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${s}`
    return must(ninoOk(v), 'NINO', v)
  }
}
export function ninoInvalid(r: Rng): string {
  const p = r.pick(['QQ', 'GB', 'BG', 'NK', 'TN', 'ZZ', 'DA', 'FY', 'IO', 'VU'])
  const d = r.digits(6), s = r.pick([...'ABCD'])
  const v = r.chance(0.5) ? `${p}${d}${s}` : `${p} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${s}`
  return must(!ninoOk(v), 'nino-invalid', v)
}

// ---- IP
export function ipv4(r: Rng): string {
  const v = r.pick([
    () => `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`,
    () => `192.168.${r.int(0, 20)}.${r.int(2, 254)}`,
    () => `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`,
    () => `${r.pick([31, 37, 46, 62, 78, 81, 85, 89, 94, 109, 145, 176, 185, 197, 203])}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`,
  ])()
  return must(/^(\d{1,3}\.){3}\d{1,3}$/.test(v) && v.split('.').every((x) => Number(x) <= 255), 'IPv4', v)
}
export function ipv6(r: Rng): string {
  const h = () => r.int(0, 0xffff).toString(16)
  const pre = r.pick(['2a02', '2a01', '2001', '2a00', '2c0f', '2400', '2404', 'fd12'])
  if (r.chance(0.55)) return `${pre}:${h()}:${h()}::${h()}`
  return [pre, h(), h(), h(), h(), h(), h(), r.int(1, 0xffff).toString(16)].join(':')
}
export const ip = (r: Rng) => (r.chance(0.62) ? ipv4(r) : ipv6(r))

// ---- phones
export interface PhoneKind { pre: string[]; len: number; nat: number[]; intl: number[] }
export interface PhoneCountry { cc: string; region: string; trunk: string; kinds: Record<string, PhoneKind> }
const K = (pre: string[], len: number, nat: number[], intl: number[]): PhoneKind => ({ pre, len, nat, intl })
export const PHONES: Record<string, PhoneCountry> = {
  GB: { cc: '44', region: 'GB', trunk: '0', kinds: { mobile: K(['74', '75', '77', '78', '79'], 10, [5, 6], [4, 6]), cardiff: K(['2920', '2922', '2949'], 10, [3, 4, 4], [2, 4, 4]), belfast: K(['2890', '2895', '2892'], 10, [3, 4, 4], [2, 4, 4]), swansea: K(['1792'], 10, [5, 6], [4, 6]) } },
  IE: { cc: '353', region: 'IE', trunk: '0', kinds: { mobile: K(['83', '85', '86', '87', '89'], 9, [3, 3, 4], [2, 3, 4]), dublin: K(['1'], 8, [2, 3, 4], [1, 3, 4]), cork: K(['21'], 9, [3, 3, 4], [2, 3, 4]) } },
  MT: { cc: '356', region: 'MT', trunk: '', kinds: { mobile: K(['79', '99', '77'], 8, [4, 4], [4, 4]), land: K(['21', '27'], 8, [4, 4], [4, 4]) } },
  KE: { cc: '254', region: 'KE', trunk: '0', kinds: { mobile: K(['70', '71', '72', '79', '11'], 9, [4, 3, 3], [3, 3, 3]), land: K(['20'], 9, [3, 3, 4], [2, 3, 4]) } },
  GH: { cc: '233', region: 'GH', trunk: '0', kinds: { mobile: K(['24', '54', '55', '20', '50'], 9, [3, 3, 4], [2, 3, 4]), land: K(['302'], 9, [4, 3, 3], [3, 3, 3]) } },
  SG: { cc: '65', region: 'SG', trunk: '', kinds: { mobile: K(['8', '9'], 8, [4, 4], [4, 4]), land: K(['6'], 8, [4, 4], [4, 4]) } },
  NZ: { cc: '64', region: 'NZ', trunk: '0', kinds: { mobile: K(['21', '22', '27'], 9, [3, 3, 4], [2, 3, 4]), land: K(['9', '4', '3'], 8, [2, 3, 4], [1, 3, 4]) } },
  FR: { cc: '33', region: 'FR', trunk: '0', kinds: { mobile: K(['6', '7'], 9, [2, 2, 2, 2, 2], [1, 2, 2, 2, 2]), land: K(['1', '4', '2'], 9, [2, 2, 2, 2, 2], [1, 2, 2, 2, 2]) } },
  BE: { cc: '32', region: 'BE', trunk: '0', kinds: { mobile: K(['47', '48', '49'], 9, [4, 2, 2, 2], [3, 2, 2, 2]), land: K(['2'], 8, [2, 3, 2, 2], [1, 3, 2, 2]) } },
  NL: { cc: '31', region: 'NL', trunk: '0', kinds: { mobile: K(['6'], 9, [2, 8], [1, 8]), land: K(['20', '10', '30'], 9, [3, 7], [2, 3, 4]) } },
  NO: { cc: '47', region: 'NO', trunk: '', kinds: { mobile: K(['4', '9'], 8, [3, 2, 3], [3, 2, 3]), land: K(['22', '23', '55'], 8, [2, 2, 2, 2], [2, 2, 2, 2]) } },
  CZ: { cc: '420', region: 'CZ', trunk: '', kinds: { mobile: K(['60', '72', '73', '77', '79'], 9, [3, 3, 3], [3, 3, 3]), land: K(['2', '5'], 9, [3, 3, 3], [3, 3, 3]) } },
  PL: { cc: '48', region: 'PL', trunk: '', kinds: { mobile: K(['50', '51', '53', '60', '66', '69', '72', '79', '88'], 9, [3, 3, 3], [3, 3, 3]), land: K(['22', '12', '58'], 9, [2, 3, 2, 2], [2, 3, 2, 2]) } },
  LT: { cc: '370', region: 'LT', trunk: '8', kinds: { mobile: K(['6'], 8, [1, 3, 5], [3, 5]), land: K(['5'], 8, [1, 1, 3, 4], [1, 3, 4]) } },
  LU: { cc: '352', region: 'LU', trunk: '', kinds: { mobile: K(['621', '661', '691', '671'], 9, [3, 3, 3], [3, 3, 3]), land: K(['26', '27'], 8, [2, 2, 2, 2], [2, 2, 2, 2]) } },
  ES: { cc: '34', region: 'ES', trunk: '', kinds: { mobile: K(['6', '7'], 9, [3, 3, 3], [3, 3, 3]), land: K(['91', '93', '96'], 9, [2, 3, 2, 2], [2, 3, 2, 2]) } },
  US: { cc: '1', region: 'US', trunk: '', kinds: { mobile: K(['212', '312', '415', '617', '503', '904'], 10, [3, 3, 4], [3, 3, 4]) } },
  DE: { cc: '49', region: 'DE', trunk: '0', kinds: { mobile: K(['151', '160', '170', '176'], 11, [4, 7], [3, 8]) } },
  IT: { cc: '39', region: 'IT', trunk: '', kinds: { mobile: K(['33', '34', '32'], 10, [3, 3, 4], [3, 3, 4]) } },
  AU: { cc: '61', region: 'AU', trunk: '0', kinds: { mobile: K(['41', '42', '43'], 9, [4, 3, 3], [3, 3, 3]) } },
  SE: { cc: '46', region: 'SE', trunk: '0', kinds: { mobile: K(['70', '72', '73'], 9, [3, 3, 2, 2], [2, 3, 2, 2]) } },
  PT: { cc: '351', region: 'PT', trunk: '', kinds: { mobile: K(['91', '93', '96'], 9, [3, 3, 3], [3, 3, 3]) } },
  ZA: { cc: '27', region: 'ZA', trunk: '0', kinds: { mobile: K(['82', '83', '72', '61'], 9, [3, 3, 4], [2, 3, 4]) } },
}
export function phoneValid(text: string, region?: string): boolean {
  try {
    return parsePhoneNumber(text, region as never).isValid()
  } catch {
    return false
  }
}
function groups(d: string, g: number[]): string[] {
  const out: string[] = []
  let i = 0
  for (const n of g) out.push(d.slice(i, (i += n)))
  if (i < d.length) out[out.length - 1] += d.slice(i)
  return out
}
export interface Phone { cc: string; region: string; nsn: string; trunk: string; kind: PhoneKind }
export function phoneNumber(r: Rng, country: string, kindName?: string): Phone {
  const pc = PHONES[country]
  if (!pc) throw new Error('no phone plan for ' + country)
  const names = Object.keys(pc.kinds)
  for (let i = 0; i < 200; i++) {
    const kn = kindName && pc.kinds[kindName] ? kindName : r.chance(0.65) ? names[0]! : r.pick(names)
    const k = pc.kinds[kn]!
    const p = r.pick(k.pre)
    const nsn = p + r.digits(k.len - p.length)
    if (phoneValid('+' + pc.cc + nsn) && phoneValid(pc.trunk + nsn, pc.region) && parsePhoneNumber('+' + pc.cc + nsn).country === pc.region) return { cc: pc.cc, region: pc.region, nsn, trunk: pc.trunk, kind: k }
  }
  throw new Error('could not make a valid phone for ' + country)
}
export type PhoneForm = 'nat' | 'intl' | '00' | 'intl0' | 'compact'
export function formatPhone(r: Rng, p: Phone, form: PhoneForm): string {
  const sep = r.pick([' ', ' ', ' ', '-', '.'])
  let v: string
  if (form === 'nat') {
    const g = groups(p.trunk + p.nsn, p.kind.nat)
    if (p.trunk && g.length > 2 && r.chance(0.2)) v = `(${g[0]}) ${g.slice(1).join(sep === '.' ? ' ' : sep)}`
    else if (r.chance(0.12)) v = g.join('')
    else v = g.join(sep)
  } else if (form === 'compact') v = '+' + p.cc + p.nsn
  else {
    const g = groups(p.nsn, p.kind.intl)
    const s = sep === '.' ? ' ' : sep
    if (form === 'intl0' && p.trunk === '0') v = `+${p.cc} (0)${g.join(' ')}`
    else if (form === '00') v = `00${p.cc} ${g.join(s)}`
    else v = `+${p.cc} ${g.join(s)}`
  }
  const ok = v.startsWith('+') ? phoneValid(v) : v.startsWith('00') ? phoneValid('+' + v.slice(2)) : phoneValid(v, p.region)
  return must(ok, 'phone', v)
}
const WORDS = ['oh', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']
/** English speech: digit by digit, 'double' before a repeated digit, groups as the caller said them. */
export function spokenPhone(r: Rng, p: Phone): string {
  const d = p.trunk + p.nsn
  const g = groups(d, p.kind.nat)
  return g
    .map((grp) => {
      const out: string[] = []
      for (let i = 0; i < grp.length; i++) {
        if (grp[i] === grp[i + 1] && r.chance(0.8)) {
          out.push('double', WORDS[Number(grp[i])]!)
          i++
        } else out.push(WORDS[Number(grp[i])]!)
      }
      return out.join(' ')
    })
    .join(r.pick([', ', ' ']))
}
/** Speech-to-text: the digits in the odd groups a recogniser writes. */
export function oddGroups(r: Rng, p: Phone): string {
  const d = p.trunk + p.nsn
  const out: string[] = []
  let i = 0
  while (i < d.length) {
    const n = Math.min(d.length - i, r.int(2, 4))
    out.push(d.slice(i, i + n))
    i += n
  }
  const v = out.join(' ')
  return must(phoneValid(v, p.region), 'phone (odd groups)', v)
}
