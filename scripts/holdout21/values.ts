// Value generators for the labeled types, each with its own validator: a generator retries until its
// validator passes, and corpus.ts checks every labeled value again before writing.
import { parsePhoneNumber, type CountryCode } from 'libphonenumber-js/max'
import type { Rng } from './prng.ts'

export function luhnOk(d: string): boolean {
  let sum = 0
  for (let i = 0; i < d.length; i++) {
    let x = Number(d[d.length - 1 - i])
    if (i % 2 === 1) x *= 2
    sum += x > 9 ? x - 9 : x
  }
  return sum % 10 === 0
}
export function luhnDigit(body: string): string {
  for (let c = 0; c < 10; c++) if (luhnOk(body + c)) return String(c)
  throw new Error('no luhn digit')
}

// ---- cards
export type Brand = 'visa' | 'mastercard' | 'amex' | 'discover' | 'jcb' | 'diners' | 'maestro' | 'rupay'
const BRAND: Record<Brand, { prefixes: () => string[]; lens: number[] }> = {
  visa: { prefixes: () => ['4'], lens: [16, 16, 16, 19] },
  mastercard: { prefixes: () => ['51', '52', '53', '54', '55', '2221', '2300', '2499', '2611', '2720'], lens: [16] },
  amex: { prefixes: () => ['34', '37'], lens: [15] },
  discover: { prefixes: () => ['6011', '644', '649', '65'], lens: [16] },
  jcb: { prefixes: () => ['3528', '3540', '3566', '3589'], lens: [16] },
  diners: { prefixes: () => ['36', '38'], lens: [14] },
  maestro: { prefixes: () => ['6304', '6759', '6761'], lens: [16, 19] },
  // RuPay cards of Indian clients: 60, 65, 81, 82 and 508; the test accepts 60/65 ranges it knows (6521-6522, 6079)
  rupay: { prefixes: () => ['6521', '6522'], lens: [16] },
}
export function brandOf(d: string): Brand | null {
  const n = d.length
  const p4 = Number(d.slice(0, 4))
  if (d[0] === '4') return n === 16 || n === 19 ? 'visa' : null
  if (/^5[1-5]/.test(d) || (p4 >= 2221 && p4 <= 2720)) return n === 16 ? 'mastercard' : null
  if (/^3[47]/.test(d)) return n === 15 ? 'amex' : null
  if (/^65(21|22)/.test(d)) return n === 16 ? 'rupay' : null
  if (/^(6011|64[4-9]|65)/.test(d)) return n === 16 ? 'discover' : null
  if (p4 >= 3528 && p4 <= 3589) return n === 16 ? 'jcb' : null
  if (/^3[68]/.test(d)) return n === 14 ? 'diners' : null
  if (/^(6304|6759|6761)/.test(d)) return n === 16 || n === 19 ? 'maestro' : null
  return null
}
export function cardDigits(r: Rng, brand: Brand): string {
  const b = BRAND[brand]
  const len = r.pick(b.lens)
  const p = r.pick(b.prefixes())
  const body = p + r.digits(len - 1 - p.length)
  return body + luhnDigit(body)
}
export function groupCard(r: Rng, d: string, sep?: string): string {
  const s = sep ?? r.pick([' ', ' ', '-', ''])
  if (s === '') return d
  const g = d.length === 15 ? [4, 6, 5] : d.length === 14 ? [4, 6, 4] : d.length === 19 ? [4, 4, 4, 4, 3] : [4, 4, 4, 4]
  const out: string[] = []
  let i = 0
  for (const n of g) {
    out.push(d.slice(i, i + n))
    i += n
  }
  return out.join(s)
}
export const cardOk = (v: string) => /^\d[\d -]*\d$/.test(v) && luhnOk(v.replace(/\D/g, '')) && brandOf(v.replace(/\D/g, '')) !== null

/** a 16-digit number with a real IIN that fails Luhn */
export function luhnInvalid(r: Rng): string {
  const d = cardDigits(r, r.pick(['visa', 'mastercard', 'discover', 'jcb'] as Brand[])).slice(0, 15)
  const good = Number(luhnDigit(d.slice(0, 15)))
  const full = d.length === 15 ? d + String((good + r.int(1, 9)) % 10) : d
  return full.length === 16 ? full : luhnInvalid(r)
}

// ---- IBAN
export const IBAN_LEN: Record<string, number> = { GB: 22, DE: 22, IT: 27, PT: 25, GR: 27, LV: 21, EE: 20, SI: 19, IS: 26 }
export function mod97(s: string): number {
  let r = 0
  for (const c of s) {
    const v = c >= 'A' && c <= 'Z' ? String(c.charCodeAt(0) - 55) : c
    for (const d of v) r = (r * 10 + Number(d)) % 97
  }
  return r
}
function bban(r: Rng, cc: string): string {
  switch (cc) {
    case 'GB': return r.pick(['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL', 'YORK']) + r.digits(14)
    case 'DE': return r.pick(['100', '200', '370', '500', '600', '700']) + r.digits(15)
    case 'IT': return r.letters(1, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') + r.pick(['03069', '02008', '05034', '03062']) + r.digits(5) + r.digits(12)
    case 'PT': return r.pick(['0007', '0033', '0035', '0010', '0036']) + r.digits(17)
    case 'GR': return r.pick(['011', '014', '017', '026']) + r.digits(4) + r.digits(16)
    case 'LV': return r.pick(['HABA', 'UNLA', 'RIKO', 'PARX']) + r.digits(13)
    case 'EE': return r.pick(['22', '10', '17', '33']) + r.digits(14)
    case 'SI': return r.pick(['0201', '0510', '0400', '1910']) + r.digits(11)
    case 'IS': return r.pick(['0133', '0515', '0111', '0301']) + r.pick(['26', '15', '05']) + r.digits(16)
  }
  throw new Error(`no bban for ${cc}`)
}
export function ibanCompact(r: Rng, cc: string): string {
  const b = bban(r, cc)
  const check = 98 - mod97(`${b}${cc}00`)
  const iban = `${cc}${String(check).padStart(2, '0')}${b}`
  if (!ibanOk(iban)) throw new Error(`bad iban ${iban}`)
  return iban
}
export function ibanBadCheck(r: Rng, cc: string): string {
  const good = ibanCompact(r, cc)
  const c = Number(good.slice(2, 4))
  let bad = c
  while (bad === c || bad < 2) bad = r.int(2, 98)
  const v = `${cc}${String(bad).padStart(2, '0')}${good.slice(4)}`
  if (mod97(v.slice(4) + v.slice(0, 4)) === 1) throw new Error('bad-check iban passed')
  return v
}
export const groupIban = (s: string) => s.replace(/(.{4})/g, '$1 ').trim()
export function ibanOk(v: string): boolean {
  const c = v.replace(/ /g, '')
  return /^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(c) && IBAN_LEN[c.slice(0, 2)] === c.length && mod97(c.slice(4) + c.slice(0, 4)) === 1
}

// ---- US SSN, UK NINO
export function ssn(r: Rng, sep = '-'): string {
  let area = 0
  while (area === 0 || area === 666) area = r.int(1, 899)
  const v = `${r.pad(area, 3)}${sep}${r.pad(r.int(1, 99), 2)}${sep}${r.pad(r.int(1, 9999), 4)}`
  if (!ssnOk(v)) throw new Error(`bad ssn ${v}`)
  return v
}
export function ssnOk(v: string): boolean {
  const m = /^(\d{3})([- ]?)(\d{2})\2(\d{4})$/.exec(v)
  if (!m) return false
  const a = Number(m[1])
  return a > 0 && a !== 666 && a < 900 && m[3] !== '00' && m[4] !== '0000'
}
const NINO_1 = 'ABCEGHJKLMNOPRSTWXYZ'
const NINO_2 = 'ABCEGHJKLMNPRSTWXYZ'
const NINO_BAD = ['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ']
export function nino(r: Rng, spaced: boolean): string {
  let p = ''
  while (p === '' || NINO_BAD.includes(p)) p = r.letters(1, NINO_1) + r.letters(1, NINO_2)
  const d = r.digits(6)
  const s = r.letters(1, 'ABCD')
  return spaced ? `${p} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${s}` : `${p}${d}${s}`
}
export function ninoInvalid(r: Rng): string {
  const p = r.pick(['QQ', 'GB', 'BG', 'NK', 'TN', 'ZZ', 'DA', 'FY', 'UI', 'VO'])
  const d = r.digits(6)
  return r.chance(0.5) ? `${p} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${r.letters(1, 'ABCD')}` : `${p}${d}${r.letters(1, 'ABCD')}`
}
export function ssnInvalid(r: Rng): string {
  const area = r.pick(['000', '666', String(r.int(900, 999))])
  return `${area}-${r.pad(r.int(1, 99), 2)}-${r.pad(r.int(1, 9999), 4)}`
}

// ---- IP addresses
export function ipv4(r: Rng): string {
  const kind = r.int(0, 3)
  if (kind === 0) return `192.168.${r.int(0, 20)}.${r.int(2, 254)}`
  if (kind === 1) return `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(2, 254)}`
  const first = r.pick([31, 41, 62, 77, 81, 85, 88, 91, 102, 105, 151, 177, 181, 186, 190, 196, 201, 213])
  return `${first}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`
}
export function ipv6(r: Rng, compressed: boolean): string {
  const h = () => r.int(0, 0xffff).toString(16)
  const head = r.pick(['2001:db8', '2a02:c7f', '2a01:4f8', '2c0f:f4c0', '2800:810', '2a00:1450', '2409:4040'])
  if (compressed) return `${head}:${h()}::${h()}:${h()}`
  return `${head}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`
}

// ---- phones
export type PhoneCC = 'US' | 'JM' | 'GB' | 'IN' | 'ZA' | 'AR' | 'CO' | 'GR' | 'LV' | 'EE' | 'SI' | 'IS' | 'PT' | 'DE' | 'IT' | 'FR' | 'NL' | 'IE' | 'AU' | 'NG' | 'PL' | 'CA' | 'AE'
export type PhoneForm = 'nat' | 'intl' | '00'
const CC: Record<PhoneCC, string> = { US: '1', JM: '1', CA: '1', GB: '44', IN: '91', ZA: '27', AR: '54', CO: '57', GR: '30', LV: '371', EE: '372', SI: '386', IS: '354', PT: '351', DE: '49', IT: '39', FR: '33', NL: '31', IE: '353', AU: '61', NG: '234', PL: '48', AE: '971' }
const US_MW = ['312', '773', '414', '608', '612', '651', '314', '816', '317', '513', '515', '402', '319', '616', '614']
const US_TX = ['214', '469', '512', '713', '832', '210', '817', '915', '806', '361', '254']
const exch = (r: Rng) => {
  let e = ''
  while (e === '' || /^.11$/.test(e) || e === '555') e = String(r.int(2, 9)) + r.digits(2)
  return e
}

/** national significant number in groups, and whether a trunk 0 goes before it nationally */
function nsn(r: Rng, cc: PhoneCC, sub?: string): { g: string[]; trunk: string } {
  switch (cc) {
    case 'US': return { g: [r.pick(sub === 'tx' ? US_TX : US_MW), exch(r), r.digits(4)], trunk: '' }
    case 'CA': return { g: [r.pick(['416', '604', '403', '514']), exch(r), r.digits(4)], trunk: '' }
    case 'JM': return { g: [r.pick(['876', '876', '658']), exch(r), r.digits(4)], trunk: '' }
    case 'GB': {
      if (r.chance(0.45)) return { g: [`7${r.int(4, 9)}${r.digits(2)}`, r.digits(6)], trunk: '0' }
      const a = r.pick(['113', '114', '161', '191', '1274', '1484', '1482', '1422', '1904', '1642', '1226', '1325'])
      return a.length === 3 ? { g: [a, String(r.int(2, 8)) + r.digits(2), r.digits(4)], trunk: '0' } : { g: [a, String(r.int(2, 8)) + r.digits(5)], trunk: '0' }
    }
    case 'IN': {
      if (r.chance(0.6)) return { g: [String(r.int(7, 9)) + r.digits(4), r.digits(5)], trunk: '0' }
      const a = r.pick(['11', '22', '80', '44', '40', '33'])
      return { g: [a, String(r.int(2, 6)) + r.digits(3), r.digits(4)], trunk: '0' }
    }
    case 'ZA': {
      if (r.chance(0.55)) return { g: [r.pick(['82', '83', '72', '73', '76', '79', '84', '61', '63']), r.digits(3), r.digits(4)], trunk: '0' }
      return { g: [r.pick(['21', '11', '31', '12', '41']), String(r.int(2, 8)) + r.digits(2), r.digits(4)], trunk: '0' }
    }
    case 'AR': return { g: [sub === 'cba' ? '351' : '11', String(r.int(4, 5)) + r.digits(3), r.digits(4)], trunk: '0' }
    case 'CO': {
      if (r.chance(0.6)) return { g: [`3${r.pick(['00', '01', '02', '04', '10', '11', '12', '13', '14', '15', '16', '17', '18', '20', '21'])}`, r.digits(3), r.digits(4)], trunk: '' }
      return { g: [r.pick(['601', '604', '602', '605']), String(r.int(2, 7)) + r.digits(2), r.digits(4)], trunk: '' }
    }
    case 'GR': {
      if (r.chance(0.55)) return { g: [`69${r.pick(['0', '3', '4', '5', '7', '8', '9'])}`, r.digits(3), r.digits(4)], trunk: '' }
      return r.chance(0.6) ? { g: ['210', String(r.int(2, 9)) + r.digits(2), r.digits(4)], trunk: '' } : { g: ['2310', String(r.int(2, 9)) + r.digits(2), r.digits(3)], trunk: '' }
    }
    case 'LV': return r.chance(0.6) ? { g: [`2${r.int(0, 9)}`, r.digits(3), r.digits(3)], trunk: '' } : { g: ['67', r.digits(3), r.digits(3)], trunk: '' }
    case 'EE': return r.chance(0.6) ? { g: [`5${r.int(0, 9)}${r.digits(2)}`, r.digits(4)], trunk: '' } : { g: [`6${r.int(0, 9)}${r.digits(1)}`, r.digits(4)], trunk: '' }
    case 'SI': return r.chance(0.6) ? { g: [r.pick(['31', '40', '41', '51', '70', '68']), r.digits(3), r.digits(3)], trunk: '0' } : { g: [r.pick(['1', '2', '4']), String(r.int(2, 8)) + r.digits(2), r.digits(2), r.digits(2)], trunk: '0' }
    case 'IS': return { g: [String(r.pick([6, 7, 8, 5, 4])) + r.digits(2), r.digits(4)], trunk: '' }
    case 'PT': return r.chance(0.6) ? { g: [`9${r.pick(['1', '2', '3', '6'])}${r.digits(1)}`, r.digits(3), r.digits(3)], trunk: '' } : { g: [`2${r.pick(['1', '2'])}${r.int(2, 9)}`, r.digits(3), r.digits(3)], trunk: '' }
    case 'DE': {
      if (r.chance(0.5)) {
        const p = r.pick(['151', '152', '157', '160', '162', '170', '171', '172', '173', '175', '176', '178'])
        return { g: [p, r.digits(p.startsWith('15') ? 8 : 7)], trunk: '0' }
      }
      const a = r.pick(['30', '89', '40', '221', '69', '711'])
      return { g: [a, String(r.int(2, 9)) + r.digits(a.length === 2 ? 7 : 6)], trunk: '0' }
    }
    case 'IT': return r.chance(0.55) ? { g: [`3${r.int(2, 9)}${r.int(0, 9)}`, r.digits(3), r.digits(4)], trunk: '' } : { g: [r.pick(['06', '02']), String(r.int(3, 8)) + r.digits(3), r.digits(4)], trunk: '' }
    case 'FR': return { g: [String(r.int(6, 7)), r.digits(2), r.digits(2), r.digits(2), r.digits(2)], trunk: '0' }
    case 'NL': return { g: ['6', r.digits(4), r.digits(4)], trunk: '0' }
    case 'IE': return { g: [`8${r.pick(['3', '5', '6', '7'])}`, r.digits(3), r.digits(4)], trunk: '0' }
    case 'AU': return { g: [`4${r.int(0, 9)}${r.digits(1)}`, r.digits(3), r.digits(3)], trunk: '0' }
    case 'NG': return { g: [`80${r.int(2, 9)}`, r.digits(3), r.digits(4)], trunk: '0' }
    case 'PL': return { g: [`${r.pick(['50', '51', '60', '66', '69', '72', '78', '88'])}${r.digits(1)}`, r.digits(3), r.digits(3)], trunk: '' }
    case 'AE': return { g: [`5${r.pick(['0', '2', '5', '6'])}`, r.digits(3), r.digits(4)], trunk: '0' }
  }
}

export function phoneValid(v: string, region?: PhoneCC): boolean {
  try {
    return parsePhoneNumber(v, region as CountryCode | undefined).isValid()
  } catch {
    return false
  }
}

/** a phone written one of the ways people of that country write it, checked with libphonenumber */
export function phone(r: Rng, cc: PhoneCC, form: PhoneForm, sub?: string): string {
  for (let attempt = 0; attempt < 200; attempt++) {
    const { g, trunk } = nsn(r, cc, sub)
    const v = formatPhone(r, cc, g, trunk, form)
    const ok = form === 'nat' ? phoneValid(v, cc) : phoneValid(form === '00' ? `+${v.slice(2)}` : v)
    if (ok) return v
  }
  throw new Error(`no valid phone for ${cc} ${form}`)
}

function formatPhone(r: Rng, cc: PhoneCC, g: string[], trunk: string, form: PhoneForm): string {
  const code = CC[cc]
  const sep = r.pick([' ', ' ', ' ', '-', '.'])
  const [a, ...rest] = g as [string, ...string[]]
  const nanp = code === '1'
  if (form === 'nat') {
    if (nanp) return r.pick([`(${a}) ${rest.join('-')}`, `${g.join('-')}`, `${g.join('.')}`, `1-${g.join('-')}`, `(${a}) ${rest.join(' ')}`])
    if (cc === 'AR' && r.chance(0.5)) {
      // an Argentine mobile: the area code, then 15 before the subscriber number
      const sub = `15-${rest.join('-')}`
      return r.pick([`0${a} ${sub}`, `(0${a}) ${sub}`])
    }
    if (cc === 'AR') return r.pick([`0${a} ${rest.join('-')}`, `(0${a}) ${rest.join('-')}`, `0${a}-${rest.join('-')}`])
    if (cc === 'CO' && a.startsWith('60')) return r.pick([`(${a}) ${rest.join(' ')}`, `${a} ${rest.join(' ')}`])
    const first = `${trunk}${a}`
    if (cc === 'DE' && r.chance(0.5)) return r.pick([`${first}/${rest.join('')}`, `${first} ${rest.join('')}`, `(${first}) ${rest.join(' ')}`])
    if (cc === 'IN' && r.chance(0.4)) return `${first}-${rest.join('')}`
    if (r.chance(0.15)) return `${trunk}${g.join('')}`
    return r.chance(0.2) && trunk ? `(${first}) ${rest.join(' ')}` : `${first}${sep}${rest.join(sep)}`
  }
  const lead = form === '00' ? (nanp ? '011' : '00') : '+'
  if (form === '00' && nanp) return `+1 ${g.join(' ')}`
  if (cc === 'AR' && r.chance(0.5)) return `${lead}54 9 ${a} ${rest.join('-')}`
  if (nanp) return r.pick([`+1 ${g.join(' ')}`, `+1 (${a}) ${rest.join('-')}`, `+1-${g.join('-')}`, `+1.${g.join('.')}`])
  if ((cc === 'GB' || cc === 'DE' || cc === 'ZA') && trunk && form === 'intl' && r.chance(0.3)) return `+${code} (0)${a} ${rest.join(' ')}`
  if (r.chance(0.12)) return `${lead}${code}${g.join('')}`
  return `${lead}${code}${form === 'intl' && r.chance(0.15) ? '-' : ' '}${g.join(sep === '.' && cc !== 'DE' ? '.' : sep === '-' ? '-' : ' ')}`
}

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']
/** a phone spoken digit by digit: 'oh seven seven double four, ...' (groups by commas) */
export function spokenPhone(r: Rng, groups: string[], oh: boolean, doubles: boolean): string {
  return groups
    .map((gr) => {
      const out: string[] = []
      for (let i = 0; i < gr.length; i++) {
        const w = gr[i] === '0' && oh ? 'oh' : WORDS[Number(gr[i])]!
        if (doubles && gr[i] === gr[i + 1] && gr[i] !== gr[i + 2]) {
          out.push(`double ${w}`)
          i++
        } else out.push(w)
      }
      return out.join(' ')
    })
    .join(', ')
}
export function phoneDigitsGroups(v: string): string[] {
  return v.split(/[ .-]/).filter(Boolean)
}
