// Phones drawn from each country's ranges (patterns below, kept only when libphonenumber-js/max calls them valid
// mobile or fixed lines), and written in many forms, each parsed back to the same E.164 number before use.
import { parsePhoneNumber, type CountryCode } from 'libphonenumber-js/max'
import type { Rng } from './prng.ts'

// 9 = any digit, N = 2-9; national significant numbers
const PLANS: Record<string, string[]> = {
  US: ['212N999999', '617N999999', '312N999999', '415N999999', '713N999999', '206N999999', '305N999999', '504N999999', '907N999999', '512N999999'],
  CA: ['416N999999', '514N999999', '604N999999', '403N999999', '613N999999', '902N999999', '306N999999', '418N999999'],
  IN: ['98999N9999', '97999N9999', '8N9999N999', '70N99N9999', '11N9999999', '22N9999999', '44N9999999', '33N9999999'],
  PH: ['917N999999', '918N999999', '927N999999', '995N999999', '28N999999', '32N99999'],
  AU: ['4N9999999', '41N999999', '2N9999999', '3N9999999', '7N9999999', '8N9999999'],
  IE: ['83N999999', '85N999999', '86N999999', '87N999999', '1N999999', '21N999999', '91N99999'],
  DE: ['151N999999', '1521N99999', '160N999999', '170N999999', '176N9999999', '30N9999999', '89N999999', '40N9999999', '221N99999'],
  FR: ['6N9999999', '7N9999999', '1N9999999', '4N9999999', '5N9999999'],
  MX: ['55N9999999', '33N9999999', '81N9999999', '222N999999', '998N999999'],
  IT: ['3N99999999', '34N9999999', '06N9999999', '02N999999', '055N99999'],
  NL: ['6N9999999', '20N999999', '10N999999', '30N999999', '70N999999'],
  BR: ['119N9999999', '219N9999999', '319N9999999', '113N999999', '213N999999', '513N999999'],
  PL: ['5N9999999', '6N9999999', '7N9999999', '22N999999', '12N999999'],
  SE: ['70N999999', '72N999999', '73N999999', '8N9999999', '31N99999'],
  FI: ['40N999999', '50N999999', '44N999999', '9N999999', '2N99999'],
  RO: ['72N999999', '74N999999', '76N999999', '21N999999', '264N99999'],
  BG: ['87N999999', '88N999999', '89N999999', '2N999999', '32N99999'],
  GR: ['69N9999999', '21N9999999', '231N999999'],
  GB: ['7N99999999', '20N9999999'],
}
export interface Phone { e164: string; cc: CountryCode; national: string; intl: string }

export function drawPhone(r: Rng, cc: string): Phone {
  for (;;) {
    const raw = r.fill(r.pick(PLANS[cc]!))
    let pn
    try { pn = parsePhoneNumber(raw, cc as CountryCode) } catch { continue }
    const t = pn.getType()
    if (pn.isValid() && pn.country === cc && (t === 'MOBILE' || t === 'FIXED_LINE' || t === 'FIXED_LINE_OR_MOBILE'))
      return { e164: pn.number, cc: cc as CountryCode, national: pn.formatNational(), intl: pn.formatInternational() }
  }
}

const TRUNK0 = new Set(['DE', 'FR', 'IT', 'NL', 'IE', 'AU', 'SE', 'FI', 'RO', 'BG', 'IN', 'PH', 'GB'])
const DIG = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']
export type Style = 'intl' | 'e164' | 'intl-dash' | 'intl-dot' | '00' | 'trunk0' | 'nat' | 'nat-compact' | 'nat-dash' | 'nat-dot' | 'nat-slash' | 'nat-bracket' | 'odd' | 'words'
export const STYLES: Style[] = ['intl', 'e164', 'intl-dash', 'intl-dot', '00', 'trunk0', 'nat', 'nat-compact', 'nat-dash', 'nat-dot', 'nat-slash', 'nat-bracket']

/** True when the written form reads back as this very number (the check the generator makes on every form). */
export function readsBack(p: Phone, form: string): boolean {
  try {
    const pn = parsePhoneNumber(form.replace(' (0)', ' ').replace(/^00/, '+'), p.cc)
    return pn.number === p.e164 && pn.isValid()
  } catch { return false }
}

function raw(p: Phone, s: Style, r: Rng): string {
  const groups = p.national.match(/\d+/g)!
  const ig = p.intl.split(' ')
  const cc = ig[0]!
  switch (s) {
    case 'intl': return p.intl
    case 'e164': return p.e164
    case 'intl-dash': return ig.join('-')
    case 'intl-dot': return `${cc} ${ig.slice(1).join('.')}`
    case '00': return `00${p.intl.slice(1)}`
    case 'trunk0': return TRUNK0.has(p.cc) && groups[0]!.startsWith('0') ? `${cc} (0)${ig.slice(1).join(' ')}` : p.intl
    case 'nat': return p.national
    case 'nat-compact': return groups.join('')
    case 'nat-dash': return groups.join('-')
    case 'nat-dot': return groups.join('.')
    case 'nat-slash': return `${groups[0]}/${groups.slice(1).join(' ')}`
    case 'nat-bracket': return `(${groups[0]}) ${groups.slice(1).join(' ')}`
    case 'odd': {
      const d = groups.join('')
      const out: string[] = []
      for (let i = 0; i < d.length;) { const n = Math.min(r.int(1, 4), d.length - i); out.push(d.slice(i, i + n)); i += n }
      return out.join(' ')
    }
    case 'words': {
      const d = groups.join('')
      const w: string[] = []
      for (let i = 0; i < d.length; i++) {
        const x = Number(d[i])
        if (d[i + 1] === d[i] && r.chance(0.6)) { w.push('double', DIG[x]!); i++ } else w.push(x === 0 && r.chance(0.7) ? 'oh' : DIG[x]!)
      }
      return w.join(' ')
    }
  }
}
const WORDV: Record<string, string> = { oh: '0', zero: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9' }
export function wordsToDigits(v: string): string {
  const w = v.split(' ')
  let d = ''
  for (let i = 0; i < w.length; i++) d += w[i] === 'double' ? WORDV[w[++i]!]!.repeat(2) : WORDV[w[i]!]!
  return d
}

/** The phone written in style s; a style this number cannot take (or that would read back otherwise) falls back to nat, then intl. */
export function writePhone(p: Phone, s: Style, r: Rng): string {
  for (const st of [s, 'nat', 'intl'] as Style[]) {
    const v = raw(p, st, r)
    const check = st === 'words' ? wordsToDigits(v) : v
    if (readsBack(p, check)) return v
  }
  throw new Error(`no form for ${p.e164}`)
}
