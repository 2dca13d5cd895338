// Phone numbers made valid by libphonenumber-js/max, then written in a
// national or international style; every written form is parsed back.
import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js/max'
import type { Rng } from './rng'

/** National significant number: prefixes and total length, mobile first. */
const PLAN: Record<string, { mobile: [string[], number]; fixed: [string[], number] }> = {
  GB: { mobile: [['74', '75', '77', '78', '79'], 10], fixed: [['131', '141', '1224', '1382', '292', '1792', '1248'], 10] },
  US: { mobile: [['212', '415', '617', '312', '206', '512', '303', '702', '404'], 10], fixed: [['718', '213', '305', '503', '612'], 10] },
  CA: { mobile: [['416', '604', '514', '403'], 10], fixed: [['613', '902'], 10] },
  ZA: { mobile: [['82', '83', '72', '71', '84', '60'], 9], fixed: [['21', '11', '31', '12', '41'], 9] },
  AT: { mobile: [['664', '660', '676', '699', '650'], 10], fixed: [['1', '316', '662', '512', '732'], 9] },
  CH: { mobile: [['76', '77', '78', '79'], 9], fixed: [['44', '22', '31', '21', '61', '91'], 9] },
  LU: { mobile: [['621', '661', '691', '671'], 9], fixed: [['2', '4'], 8] },
  GR: { mobile: [['690', '693', '694', '695', '697', '698', '699'], 10], fixed: [['21', '2310', '2610', '2810'], 10] },
  LV: { mobile: [['2'], 8], fixed: [['67', '65', '63'], 8] },
  SI: { mobile: [['31', '41', '51', '40', '64', '70'], 8], fixed: [['1', '2', '3', '4', '5'], 8] },
  AU: { mobile: [['4'], 9], fixed: [['2', '3', '7'], 9] },
  JP: { mobile: [['90', '80'], 10], fixed: [['3', '6'], 9] },
  BR: { mobile: [['119', '219'], 11], fixed: [['113'], 10] },
  IN: { mobile: [['98', '97', '99'], 10], fixed: [['11'], 10] },
  NG: { mobile: [['803', '806', '813'], 10], fixed: [['1'], 8] },
  DE: { mobile: [['151', '160', '170'], 11], fixed: [['30', '89'], 10] },
  IE: { mobile: [['85', '87', '83'], 9], fixed: [['1'], 8] },
  PL: { mobile: [['50', '60', '79'], 9], fixed: [['22'], 9] },
  NZ: { mobile: [['21', '22'], 9], fixed: [['9'], 8] },
}

export type PhoneStyle = 'national' | 'dots' | 'dashes' | 'compact' | 'intl' | 'e164' | 'intl00' | 'intlDash' | 'slash' | 'paren'

export interface Phone { text: string; e164: string; country: string }

function makeNumber(rng: Rng, country: string, mobile: boolean) {
  const plan = PLAN[country]
  if (!plan) throw new Error(`no plan for ${country}`)
  const [prefixes, len] = mobile ? plan.mobile : plan.fixed
  for (let i = 0; i < 500; i++) {
    const pre = rng.pick(prefixes)
    let nsn = pre + String(rng.int(2, 9)) + rng.digits(len - pre.length - 1)
    if (country === 'US' || country === 'CA') {
      if (nsn.slice(3, 6) === '555') continue
    }
    const p = parsePhoneNumberFromString(nsn, country as CountryCode)
    if (!p || !p.isValid()) continue
    const type = p.getType()
    if (mobile && type !== 'MOBILE' && type !== 'FIXED_LINE_OR_MOBILE') continue
    if (!mobile && type === 'MOBILE') continue
    return p
  }
  throw new Error(`no valid number for ${country}`)
}

function write(p: NonNullable<ReturnType<typeof makeNumber>>, style: PhoneStyle): string {
  const nat = p.formatNational()
  const intl = p.formatInternational()
  switch (style) {
    case 'national': return nat
    case 'dots': return nat.replace(/[()]/g, '').replace(/[ -]+/g, '.')
    case 'dashes': return nat.replace(/[()]/g, '').replace(/ +/g, '-')
    case 'compact': return nat.replace(/[ ()-]/g, '')
    case 'intl': return intl
    case 'e164': return p.number
    case 'intl00': return '00' + intl.slice(1)
    case 'intlDash': return intl.replace(/ /g, '-')
    case 'slash': return nat.replace(/^(\S+) /, '$1/')
    case 'paren': return nat.startsWith('(') ? nat : nat.replace(/^(\S+) /, '($1) ')
  }
}

/** A valid number of `country`, written in `style`; parsed back to the same number or retried. */
export function makePhone(rng: Rng, country: string, style: PhoneStyle, mobile = rng.chance(0.6)): Phone {
  for (let i = 0; i < 50; i++) {
    const p = makeNumber(rng, country, mobile)
    const text = write(p, style)
    const intlForm = text.startsWith('+') || text.startsWith('00')
    const back = parsePhoneNumberFromString(text.startsWith('00') ? '+' + text.slice(2) : text, intlForm ? undefined : (country as CountryCode))
    if (back && back.isValid() && back.number === p.number) return { text, e164: p.number, country }
  }
  throw new Error(`cannot write ${country} in ${style}`)
}

export const FOREIGN = ['AU', 'JP', 'BR', 'IN', 'NG', 'DE', 'IE', 'PL', 'NZ', 'US', 'ZA'] as const
export const NATIONAL_STYLES: PhoneStyle[] = ['national', 'national', 'dots', 'dashes', 'compact', 'slash', 'paren']
export const INTL_STYLES: PhoneStyle[] = ['intl', 'intl', 'e164', 'intl00', 'intlDash']
