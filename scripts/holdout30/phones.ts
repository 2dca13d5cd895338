// Phones drawn from each country's ranges and kept only when libphonenumber-js/max calls them valid; every written
// form is parsed back to the same E.164 number before use.
import { parsePhoneNumber, type CountryCode } from 'libphonenumber-js/max'
import type { Rng } from './prng.ts'

// national significant numbers by country (patterns for Rng.fill)
const NSN: Record<string, string[]> = {
  US: ['212[2-9]######', '617[2-9]######', '646[2-9]######', '718[2-9]######', '860[2-9]######', '401[2-9]######', '415[2-9]######', '206[2-9]######', '503[2-9]######', '310[2-9]######', '213[2-9]######', '207[2-9]######'],
  CA: ['604[2-9]######', '778[2-9]######', '250[2-9]######', '236[2-9]######', '416[2-9]######'],
  GB: ['7[45789]########', '207#######', '208#######', '121[2-9]######', '115[2-9]######', '116[2-9]######', '131[2-9]######', '141[2-9]######', '24[7]#######'],
  AU: ['4[0-9]########', '29[0-9]######', '39[0-9]######', '73[0-9]######', '86[0-9]######'],
  DE: ['15[12579]########', '16[023]#######', '17[0-9]########', '30[1-9]#######', '89[1-9]#######', '221[1-9]######', '40[2-9]#######', '711[1-9]######'],
  AT: ['66[0-9]#######', '67[6]#######', '1[2-9]######', '316[2-9]#####', '662[2-9]#####'],
  FR: ['6########', '7[3-9]#######', '1########', '4########', '5########'],
  BE: ['47#######', '48#######', '49#######', '2[2-9]######', '3[2-9]######', '9[2-9]######'],
  IT: ['3[2-9]########', '06########', '02########', '055#######', '011#######'],
  ES: ['6########', '7[1-4]#######', '91#######', '93#######', '96#######'],
  NL: ['6[1-5]#######', '20#######', '10#######', '30#######', '70#######'],
  PL: ['5[0137]#######', '6[069]#######', '7[2389]#######', '88#######', '22#######', '12#######', '61#######'],
  PT: ['9[1236]#######', '21#######', '22#######'],
  SE: ['7[0236]#######', '8[1-9]######', '31[1-9]#####', '40[1-9]#####'],
  GR: ['69[0-9]#######', '21[0-9]#######', '231#######'],
  RO: ['7[2-8]########', '21[1-9]######', '264######'],
  CZ: ['[67][0-9][0-9]######', '2[2-9]#######', '5[3-9]#######'],
  IE: ['8[3-9]#######'],
  TR: ['5[3-5]########'],
  MA: ['6[0-9]#######'],
  IN: ['9[0-9]########', '8[0-9]########'],
  VN: ['9[0-9]#######'],
  CN: ['1[3-8]#########'],
  CH: ['7[5-9]#######'],
  NZ: ['2[1-2]#######'],
}

export interface Phone { cc: CountryCode; e164: string; nat: string; intl: string }

export function drawPhone(r: Rng, cc: CountryCode): Phone {
  for (let i = 0; i < 500; i++) {
    const nsn = r.fill(r.pick(NSN[cc]!))
    try {
      const p = parsePhoneNumber(nsn, cc)
      if (!p.isValid() || p.country !== cc) continue
      return { cc, e164: p.number, nat: p.formatNational(), intl: p.formatInternational() }
    } catch { /* draw again */ }
  }
  throw new Error(`no valid phone for ${cc}`)
}

/** parse a written form back (national forms with the country, + and 00 forms alone) */
export function readBack(form: string, cc: CountryCode): string | null {
  let f = form.replace(' (0)', ' ').replace('(0)', '')
  if (f.startsWith('00')) f = `+${f.slice(2)}`
  try {
    const p = f.startsWith('+') ? parsePhoneNumber(f) : parsePhoneNumber(f, cc)
    return p.isValid() ? p.number : null
  } catch { return null }
}

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']

/** written forms; `local` = as the country's people write it, `foreign` = with + or 00 */
export type Style = 'nat' | 'natSpaceless' | 'natDots' | 'natDashes' | 'natSlash' | 'natBracket' | 'natOdd' | 'intl' | 'intlCompact' | 'intl00' | 'intlZero' | 'intlDashes' | 'intlDots' | 'spoken'

function regroup(r: Rng, d: string): string {
  const out: string[] = []
  let i = 0
  while (i < d.length) { const n = Math.min(d.length - i, r.int(2, 4)); out.push(d.slice(i, i + n)); i += n }
  if (out.length < 4 && d.length >= 8) return regroup(r, d)
  return out.join(' ')
}

export function writePhone(r: Rng, p: Phone, style: Style): string {
  const natDigits = p.nat.replace(/\D/g, '')
  const nat = p.nat
  const cc = p.e164.slice(1, p.e164.length - (p.intl.replace(/^\+\d+ /, '').replace(/\D/g, '').length))
  const intlRest = p.intl.replace(/^\+\d+ /, '')
  const groups = nat.replace(/[()]/g, '').split(/[ -]/).filter(Boolean)
  let f: string
  switch (style) {
    case 'nat': f = nat; break
    case 'natSpaceless': f = natDigits; break
    case 'natDots': f = groups.join('.'); break
    case 'natDashes': f = groups.join('-'); break
    case 'natSlash': f = groups.length > 1 ? `${groups[0]}/${groups.slice(1).join(' ')}` : natDigits; break
    case 'natBracket': f = groups.length > 1 ? `(${groups[0]}) ${groups.slice(1).join(' ')}` : nat; break
    case 'natOdd': f = regroup(r, natDigits); break
    case 'intl': f = p.intl; break
    case 'intlCompact': f = p.e164; break
    case 'intl00': f = `00${cc} ${intlRest}`; break
    case 'intlZero': f = natDigits.startsWith('0') ? `+${cc} (0)${intlRest}` : p.intl; break
    case 'intlDashes': f = `+${cc}-${intlRest.replace(/ /g, '-')}`; break
    case 'intlDots': f = `+${cc}.${intlRest.replace(/ /g, '.')}`; break
    case 'spoken': {
      const w: string[] = []
      for (let i = 0; i < natDigits.length; i++) {
        const c = natDigits[i]!
        if (natDigits[i + 1] === c && r.chance(0.6)) { w.push('double', WORDS[Number(c)]!); i++ }
        else w.push(c === '0' && r.chance(0.6) ? 'oh' : WORDS[Number(c)]!)
      }
      return w.join(' ')
    }
  }
  if (readBack(f, p.cc) !== p.e164) f = style.startsWith('intl') ? p.intl : nat
  if (readBack(f, p.cc) !== p.e164) throw new Error(`form ${f} of ${p.e164} does not read back`)
  return f
}

export const NAT_STYLES: Style[] = ['nat', 'nat', 'natSpaceless', 'natDots', 'natDashes', 'natSlash', 'natBracket', 'natOdd']
export const INTL_STYLES: Style[] = ['intl', 'intl', 'intlCompact', 'intl00', 'intlZero', 'intlDashes', 'intlDots']
