// Value generators, each checked by its own validator before it is used.
import { parsePhoneNumber, type CountryCode } from 'libphonenumber-js/max'
import type { Rng } from './prng.ts'

export function luhnOk(d: string): boolean {
  let sum = 0
  for (let i = 0; i < d.length; i++) {
    let x = Number(d[d.length - 1 - i])
    if (i % 2 === 1) x = x * 2 > 9 ? x * 2 - 9 : x * 2
    sum += x
  }
  return sum % 10 === 0
}
export function luhnDigit(body: string): string {
  for (let c = 0; c < 10; c++) if (luhnOk(body + c)) return String(c)
  throw new Error('no luhn digit')
}

// ---- cards
export type Brand = 'visa' | 'mc' | 'amex' | 'discover' | 'jcb' | 'diners' | 'maestro'
const BRAND: Record<Brand, { pre: () => (r: Rng) => string; len: number[] }> = {
  visa: { pre: () => () => '4', len: [16, 16, 16, 19] },
  mc: { pre: () => (r) => (r.chance(0.7) ? `5${r.int(1, 5)}` : String(r.int(2221, 2720))), len: [16] },
  amex: { pre: () => (r) => r.pick(['34', '37']), len: [15] },
  discover: { pre: () => (r) => r.pick(['6011', '65', String(r.int(644, 649))]), len: [16] },
  jcb: { pre: () => (r) => String(r.int(3528, 3589)), len: [16] },
  diners: { pre: () => (r) => r.pick(['36', '38']), len: [14] },
  maestro: { pre: () => (r) => r.pick(['6304', '6759', '6761']), len: [16, 19] },
}
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
export function cardDigits(r: Rng, brand: Brand): string {
  const b = BRAND[brand]
  const len = r.pick(b.len)
  const pre = b.pre()(r)
  const body = pre + r.digits(len - 1 - pre.length)
  const d = body + luhnDigit(body)
  if (!luhnOk(d) || !cardBrandOk(d)) throw new Error(`bad card ${d}`)
  return d
}
export function groupCard(d: string, sep: string): string {
  if (d.length === 15) return [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep)
  if (d.length === 14) return [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep)
  return d.match(/.{1,4}/g)!.join(sep)
}
export function card(r: Rng, brand?: Brand): string {
  const b = brand ?? r.pick<Brand>(['visa', 'visa', 'visa', 'mc', 'mc', 'amex', 'maestro', 'discover', 'jcb', 'diners'])
  const d = cardDigits(r, b)
  return groupCard(d, r.pick([' ', ' ', '-', '']))
}
// 16 digits with a real IIN that fail Luhn
export function luhnInvalid(r: Rng): string {
  const d = cardDigits(r, r.pick<Brand>(['visa', 'mc', 'discover', 'maestro']))
  const body = d.slice(0, 15)
  const good = Number(luhnDigit(body))
  const out = body + ((good + r.int(1, 9)) % 10)
  if (luhnOk(out) || !cardBrandOk(out)) throw new Error('luhn-invalid failed')
  return groupCard(out, r.pick([' ', '-', '']))
}

// ---- IBAN
export const IBAN_LEN: Record<string, number> = { GB: 22, IE: 22, SE: 24, DK: 18, FI: 18, RO: 24, HU: 28, SK: 24, HR: 21, AT: 20, DE: 22, FR: 27 }
export function ibanRemainder(iban: string): number {
  const moved = iban.slice(4) + iban.slice(0, 4)
  let rem = 0
  for (const c of moved) {
    const v = c >= 'A' && c <= 'Z' ? String(c.charCodeAt(0) - 55) : c
    for (const d of v) rem = (rem * 10 + Number(d)) % 97
  }
  return rem
}
const BANK_LETTERS: Record<string, string[]> = { GB: ['NWBK', 'RBOS', 'BOFS', 'CLYD', 'MIDL'], IE: ['AIBK', 'BOFI'], RO: ['RNCB', 'BTRL', 'BRDE', 'INGB'] }
function bban(r: Rng, cc: string): string {
  const len = IBAN_LEN[cc]! - 4
  if (cc === 'GB' || cc === 'IE') return r.pick(BANK_LETTERS[cc]!) + r.digits(len - 4)
  if (cc === 'RO') return r.pick(BANK_LETTERS.RO!) + r.digits(len - 4)
  if (cc === 'SE') return r.pick(['500', '800', '600', '300']) + r.digits(len - 3)
  if (cc === 'FR') return r.digits(len - 3) + r.digits(2) + '0'
  return r.digits(len)
}
export function ibanCompact(r: Rng, cc: string, wrongCheck = false): string {
  const b = bban(r, cc)
  const rem = ibanRemainder(`${cc}00${b}`)
  const check = 98 - rem
  let kk = check
  if (wrongCheck) kk = ((check - 2 + r.int(1, 90)) % 97) + 2
  const out = `${cc}${String(kk).padStart(2, '0')}${b}`
  const ok = ibanRemainder(out) === 1 && out.length === IBAN_LEN[cc]
  if (ok === wrongCheck) throw new Error(`iban check failed ${out}`)
  return out
}
export const groupIban = (c: string) => c.match(/.{1,4}/g)!.join(' ')
export function iban(r: Rng, cc: string, wrongCheck = false): string {
  const c = ibanCompact(r, cc, wrongCheck)
  return r.chance(0.65) ? groupIban(c) : c
}

// ---- US SSN / UK NINO
export function ssnOk(v: string): boolean {
  const m = /^(\d{3})([- ]?)(\d{2})\2(\d{4})$/.exec(v)
  if (!m) return false
  const a = Number(m[1])
  return a > 0 && a !== 666 && a < 900 && m[3] !== '00' && m[4] !== '0000'
}
export function ssn(r: Rng, sep?: string): string {
  let a = r.int(1, 899)
  if (a === 666) a = 667
  const s = sep ?? r.pick(['-', '-', '-', ' ', ''])
  const v = `${r.pad(a, 3)}${s}${r.pad(r.int(1, 99), 2)}${s}${r.pad(r.int(1, 9999), 4)}`
  if (!ssnOk(v)) throw new Error(v)
  return v
}
export function ssnInvalid(r: Rng): string {
  const a = r.pick(['000', '666', String(r.int(900, 999))])
  return `${a}-${r.pad(r.int(1, 99), 2)}-${r.pad(r.int(1, 9999), 4)}`
}
const NINO_FIRST = 'ABCEGHJKLMNOPRSTWXYZ'
const NINO_SECOND = 'ABCEGHJKLMNPRSTWXYZ'
const NINO_BAD = ['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ']
export function ninoOk(v: string): boolean {
  const c = v.replace(/ /g, '')
  return /^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/.test(c) && !NINO_BAD.includes(c.slice(0, 2))
}
export function nino(r: Rng): string {
  let p = ''
  do p = r.pick([...NINO_FIRST]) + r.pick([...NINO_SECOND])
  while (NINO_BAD.includes(p))
  const d = r.digits(6)
  const s = r.pick(['A', 'B', 'C', 'D'])
  const v = r.chance(0.5) ? `${p}${d}${s}` : `${p} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${s}`
  if (!ninoOk(v)) throw new Error(v)
  return v
}
export function ninoInvalid(r: Rng): string {
  const p = r.pick(['QQ', 'GB', 'BG', 'NK', 'TN', 'ZZ', 'DA', 'FY', 'UI', 'VO'])
  const d = r.digits(6)
  const v = r.chance(0.5) ? `${p}${d}${r.pick(['A', 'B', 'C', 'D'])}` : `${p} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${r.pick(['A', 'B', 'C', 'D'])}`
  if (ninoOk(v)) throw new Error(v)
  return v
}

// ---- IP
export function ipv4(r: Rng): string {
  const kind = r.int(0, 3)
  if (kind === 0) return `192.168.${r.int(0, 40)}.${r.int(2, 254)}`
  if (kind === 1) return `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(2, 254)}`
  return `${r.pick([31, 46, 62, 81, 85, 89, 102, 103, 142, 154, 175, 185, 197, 203])}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`
}
export function ipv6(r: Rng): string {
  const h = () => r.int(0, 0xffff).toString(16)
  const pre = r.pick(['2001:db8', '2a02:a03f', '2406:3400', '2c0f:f8f0', '2a01:4f8', '2600:1700'])
  if (r.chance(0.6)) return `${pre}:${h()}::${h()}`
  return `${pre}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`
}
export const ip = (r: Rng) => (r.chance(0.5) ? ipv4(r) : ipv6(r))

// ---- phones
export type Region = 'AU' | 'NZ' | 'NG' | 'GB' | 'PH' | 'CA' | 'SE' | 'DK' | 'FI' | 'RO' | 'HU' | 'SK' | 'HR' | 'AT' | 'US' | 'DE' | 'FR' | 'IN' | 'IE' | 'ZA' | 'JP' | 'NO' | 'PL' | 'IT'
// national significant number shapes (tried until libphonenumber says the number is valid)
const NSN: Record<Region, (r: Rng) => string> = {
  AU: (r) => (r.chance(0.7) ? `4${r.pick(['0', '1', '2', '3', '5', '8'])}${r.digits(7)}` : `${r.pick(['2', '3', '7', '8'])}${r.int(5, 9)}${r.digits(7)}`),
  NZ: (r) => (r.chance(0.7) ? `2${r.pick(['1', '2', '7'])}${r.digits(r.pick([6, 7]))}` : `${r.pick(['3', '4', '6', '7', '9'])}${r.int(2, 9)}${r.digits(6)}`),
  NG: (r) => `${r.pick(['803', '806', '813', '703', '805', '809', '810', '816', '903', '706'])}${r.digits(7)}`,
  GB: (r) => (r.chance(0.6) ? `7${r.pick(['4', '5', '7', '8', '9'])}${r.digits(8)}` : r.pick([`131${r.int(2, 6)}${r.digits(6)}`, `141${r.int(2, 5)}${r.digits(6)}`, `1224${r.int(2, 8)}${r.digits(5)}`, `1382${r.int(2, 8)}${r.digits(5)}`, `1463${r.int(2, 8)}${r.digits(5)}`])),
  PH: (r) => (r.chance(0.75) ? `9${r.pick(['17', '18', '27', '05', '15', '20', '98', '66'])}${r.digits(7)}` : `28${r.digits(7)}`),
  CA: (r) => `${r.pick(['416', '647', '604', '778', '514', '438', '613', '403', '902', '204', '418', '450'])}${r.int(2, 9)}${r.digits(2)}${r.digits(4)}`,
  SE: (r) => (r.chance(0.65) ? `7${r.pick(['0', '2', '3', '6', '9'])}${r.digits(7)}` : r.pick([`8${r.int(5, 7)}${r.digits(6)}`, `31${r.int(2, 7)}${r.digits(5)}`, `40${r.int(2, 6)}${r.digits(5)}`])),
  DK: (r) => `${r.pick(['2', '3', '4', '5', '6', '7', '8', '9'])}${r.digits(7)}`,
  FI: (r) => (r.chance(0.7) ? `${r.pick(['40', '41', '44', '45', '50'])}${r.digits(7)}` : `9${r.int(2, 8)}${r.digits(6)}`),
  RO: (r) => (r.chance(0.7) ? `7${r.pick(['2', '3', '4', '5', '6', '8'])}${r.digits(7)}` : `${r.pick(['21', '31'])}${r.int(2, 4)}${r.digits(6)}`),
  HU: (r) => (r.chance(0.7) ? `${r.pick(['20', '30', '70'])}${r.int(2, 9)}${r.digits(6)}` : `1${r.int(2, 4)}${r.digits(6)}`),
  SK: (r) => (r.chance(0.7) ? `9${r.pick(['01', '02', '03', '05', '07', '10', '11', '15', '40', '44', '48'])}${r.digits(6)}` : `2${r.int(2, 6)}${r.digits(7)}`),
  HR: (r) => (r.chance(0.7) ? `9${r.pick(['1', '2', '5', '8', '9'])}${r.int(1, 9)}${r.digits(r.pick([5, 6]))}` : `1${r.int(2, 6)}${r.digits(6)}`),
  AT: (r) => (r.chance(0.65) ? `6${r.pick(['64', '50', '60', '76', '99', '80'])}${r.int(1, 9)}${r.digits(6)}` : `1${r.int(2, 9)}${r.digits(6)}`),
  US: (r) => `${r.pick(['212', '305', '312', '415', '512', '617', '702', '808'])}${r.int(2, 9)}${r.digits(2)}${r.digits(4)}`,
  DE: (r) => `1${r.pick(['51', '60', '70', '76'])}${r.digits(8)}`,
  FR: (r) => `${r.pick(['6', '7'])}${r.digits(8)}`,
  IN: (r) => `9${r.pick(['8', '7', '9'])}${r.digits(8)}`,
  IE: (r) => `8${r.pick(['3', '5', '6', '7'])}${r.digits(7)}`,
  ZA: (r) => `${r.pick(['82', '83', '72', '61'])}${r.digits(7)}`,
  JP: (r) => `${r.pick(['90', '80', '70'])}${r.digits(8)}`,
  NO: (r) => `${r.pick(['4', '9'])}${r.digits(7)}`,
  PL: (r) => `${r.pick(['50', '51', '60', '69', '72', '88'])}${r.digits(7)}`,
  IT: (r) => `3${r.pick(['33', '47', '20', '88'])}${r.digits(7)}`,
}
export function phoneValid(v: string, region?: Region): boolean {
  try {
    const p = v.startsWith('00') ? parsePhoneNumber(`+${v.slice(2)}`) : parsePhoneNumber(v, region as CountryCode | undefined)
    return p.isValid() && (!region || p.country === region || (region === 'GB' && p.country === 'GB'))
  } catch {
    return false
  }
}
function groupsOf(nsn: string, sizes: number[]): string[] {
  const out: string[] = []
  let i = 0
  for (const s of sizes) {
    if (i >= nsn.length) break
    out.push(nsn.slice(i, i + s))
    i += s
  }
  if (i < nsn.length) out[out.length - 1] += nsn.slice(i)
  return out
}
export type PhoneForm = 'nat' | 'intl' | '00'
// Formats: national (trunk prefix, libphonenumber's grouping, with separators varied) or +CC / 00CC
export function phone(r: Rng, region: Region, form?: PhoneForm, areas?: string[]): string {
  for (let tries = 0; tries < 500; tries++) {
    const nsn = areas ? `${r.pick(areas)}${r.int(2, 9)}${r.digits(6)}` : NSN[region](r)
    let p
    try {
      p = parsePhoneNumber(nsn, region as CountryCode)
    } catch {
      continue
    }
    if (!p.isValid() || p.country !== region) continue
    const f = form ?? r.pick<PhoneForm>(['nat', 'nat', 'intl', 'intl', '00'])
    // North America dials out with 011, so its numbers are not written with 00
    const f2: PhoneForm = f === '00' && (region === 'CA' || region === 'US') ? 'intl' : f
    const sep = r.pick([' ', ' ', ' ', '-', '.'])
    let v: string
    if (f2 === 'nat') {
      const nat = p.formatNational()
      v = sep === ' ' || region === 'CA' || region === 'US' || nat.includes('(') ? nat : nat.replace(/ /g, sep)
      if ((region === 'CA' || region === 'US') && r.chance(0.4)) v = nat.replace(/^\((\d{3})\) (\d{3})-(\d{4})$/, `$1${sep}$2${sep}$3`)
    } else {
      const intl = p.formatInternational() // +46 70 123 45 67
      const cc = `+${p.countryCallingCode}`
      const rest = intl.slice(cc.length + 1)
      let body = rest
      if (p.nationalNumber.length >= 9 && r.chance(0.3)) body = groupsOf(p.nationalNumber, [3, 3, 4]).join(sep)
      else if (sep !== ' ') body = rest.replace(/ /g, sep)
      v = `${f2 === '00' ? `00${p.countryCallingCode}` : cc} ${body}`
      if (f2 === 'intl' && r.chance(0.15)) v = `${cc}${p.nationalNumber}`
      if (f2 === 'intl' && region === 'GB' && r.chance(0.3)) v = `${cc} (0)${rest}`
    }
    if (!phoneValid(v, f === 'nat' ? region : undefined)) continue
    return v
  }
  throw new Error(`no phone for ${region}`)
}
// digits spoken in groups for lower-case transcripts
export function spokenPhone(r: Rng, region: Region): string {
  const v = phone(r, region, 'nat')
  const d = v.replace(/\D/g, '')
  const sizes = r.pick([[3, 3, 4], [4, 3, 3], [3, 4, 3], [2, 2, 2, 2, 2], [4, 4, 4]])
  const out = groupsOf(d, sizes).join(' ')
  if (!phoneValid(out, region)) return v.replace(/[.-]/g, ' ')
  return out
}
