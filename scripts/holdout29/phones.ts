// Phones by numbering plan: a national significant number is drawn from the country's ranges, kept only if
// libphonenumber-js/max calls it valid, and every written form is parsed back to the same E.164 number before use.
import { parsePhoneNumber, type CountryCode } from 'libphonenumber-js/max'
import { Rng } from './prng.ts'

type Gen = (r: Rng) => string
const pre = (ps: string[], n: number): Gen => (r) => { const p = r.pick(ps); return p + r.digits(n - p.length) }
export const PLANS: Record<string, { cc: string; gens: Gen[] }> = {
  MY: { cc: '60', gens: [pre(['12', '13', '16', '17', '19', '14'], 9), pre(['11'], 10), pre(['3'], 9), pre(['4', '7'], 8)] },
  TT: { cc: '1', gens: [pre(['868762', '868781', '868620', '868683', '868752'], 10), pre(['868622', '868625', '868662', '868632'], 10)] },
  UG: { cc: '256', gens: [pre(['77', '78', '70', '75', '76'], 9), pre(['414', '312'], 9)] },
  ZM: { cc: '260', gens: [pre(['95', '96', '97', '76', '77'], 9), pre(['211', '212'], 9)] },
  GB: { cc: '44', gens: [pre(['7700', '7723', '7812', '7968', '7449', '7531'], 10), pre(['292', '291'], 10), pre(['1792', '1970', '1248', '1267'], 10)] },
  CA: { cc: '1', gens: [pre(['709722', '709739', '709753', '709576', '709368', '709634'], 10)] },
  US: { cc: '1', gens: [pre(['205', '601', '504', '615', '501', '404', '314', '317', '614', '515', '402', '612', '316', '901', '405'], 10)] },
  DK: { cc: '45', gens: [pre(['2', '3', '4', '5', '6', '7', '8', '9'], 8)] },
  NO: { cc: '47', gens: [pre(['4', '9'], 8), pre(['2', '5', '7'], 8)] },
  IS: { cc: '354', gens: [pre(['6', '7', '8'], 7), pre(['5', '4'], 7)] },
  PT: { cc: '351', gens: [pre(['91', '92', '93', '96'], 9), pre(['21', '22', '239'], 9)] },
  AR: { cc: '54', gens: [pre(['911', '9351', '9341', '9261'], 11), pre(['11', '351'], 10)] },
  CO: { cc: '57', gens: [pre(['300', '310', '311', '315', '320', '301'], 10), pre(['601', '604', '602'], 10)] },
  ES: { cc: '34', gens: [pre(['93', '97'], 9), pre(['6', '7'], 9)] },
  CZ: { cc: '420', gens: [pre(['60', '72', '73', '77', '79'], 9), pre(['2', '5'], 9)] },
  SK: { cc: '421', gens: [pre(['90', '91', '94', '95'], 9), pre(['2'], 9), pre(['32', '33', '41'], 9)] },
  HU: { cc: '36', gens: [pre(['20', '30', '70'], 9), pre(['1'], 8), pre(['52', '62', '72'], 8)] },
  HR: { cc: '385', gens: [pre(['91', '92', '95', '98'], 9), pre(['1'], 8), pre(['21', '51'], 8)] },
  RS: { cc: '381', gens: [pre(['60', '61', '62', '63', '64', '65', '66'], 9), pre(['11'], 9), pre(['21'], 8)] },
  MT: { cc: '356', gens: [pre(['79', '99', '77'], 8), pre(['21', '27'], 8)] },
  LU: { cc: '352', gens: [pre(['621', '661', '691'], 9), pre(['2'], 8), pre(['4'], 6)] },
  CH: { cc: '41', gens: [pre(['76', '77', '78', '79'], 9), pre(['44', '31', '61', '41', '71'], 9)] },
  // foreign callers
  PL: { cc: '48', gens: [pre(['50', '51', '60', '69'], 9)] },
  DE: { cc: '49', gens: [pre(['151', '160', '170', '176'], 11)] },
  AU: { cc: '61', gens: [pre(['4'], 9)] },
  IE: { cc: '353', gens: [pre(['83', '85', '86', '87'], 9)] },
  ZA: { cc: '27', gens: [pre(['82', '72', '83'], 9)] },
  IN: { cc: '91', gens: [pre(['98', '99', '70'], 10)] },
}
export const NATIONAL_REGIONS: CountryCode[] = ['MY', 'TT', 'UG', 'ZM', 'GB', 'CA', 'US', 'DK', 'NO', 'IS', 'PT', 'AR', 'CO', 'ES', 'CZ', 'SK', 'HU', 'HR', 'RS', 'MT', 'LU', 'CH']

export interface Phone { e164: string; country: string; national: string; intl: string; digitsNat: string }
export function drawPhone(r: Rng, country: string): Phone {
  const p = PLANS[country]!
  for (let i = 0; i < 500; i++) {
    const nsn = r.pick(p.gens)(r)
    const e164 = `+${p.cc}${nsn}`
    try {
      const pn = parsePhoneNumber(e164)
      if (!pn.isValid() || pn.country !== country) continue
      const national = pn.formatNational()
      return { e164, country, national, intl: pn.formatInternational(), digitsNat: national.replace(/\D/g, '') }
    } catch { /* draw again */ }
  }
  throw new Error(`no phone for ${country}`)
}
function backTo(v: string, p: Phone): boolean {
  try {
    const t = v.replace(' (0)', ' ')
    const q = t.startsWith('+') ? parsePhoneNumber(t) : t.startsWith('00') ? parsePhoneNumber(`+${t.slice(2)}`) : parsePhoneNumber(t, p.country as CountryCode)
    return q.isValid() && q.number === p.e164
  } catch { return false }
}
export type Form = 'intl' | 'intl-space' | 'intl-dash' | 'intl-dot' | 'intl-compact' | '00' | '00-compact' | 'intl-0' | 'intl-bracket' | 'nat' | 'nat-space' | 'nat-dash' | 'nat-dot' | 'nat-slash' | 'nat-bracket' | 'nat-compact' | 'odd'
const groups = (s: string) => s.split(/[^\d+]+/).filter(Boolean)
/** a written form of p; falls back to the library's own forms if the wanted one does not read back */
export function writePhone(r: Rng, p: Phone, form: Form): string {
  const ig = groups(p.intl) // ['+45', '12', '34', ...]
  const ng = groups(p.national)
  const cc = ig[0]!
  const restI = ig.slice(1)
  let v = ''
  switch (form) {
    case 'intl': v = p.intl; break
    case 'intl-space': v = [cc, ...restI].join(' '); break
    case 'intl-dash': v = [cc, ...restI].join('-'); break
    case 'intl-dot': v = restI.length > 2 ? `${cc} ${restI.join('.')}` : p.intl; break
    case 'intl-compact': v = p.e164; break
    case '00': v = `00${cc.slice(1)} ${restI.join(' ')}`; break
    case '00-compact': v = `00${p.e164.slice(1)}`; break
    case 'intl-0': v = `${cc} (0)${restI.join(' ')}`; break
    case 'intl-bracket': v = restI.length > 2 ? `${cc} (${restI[0]}) ${restI.slice(1).join(' ')}` : p.intl; break
    case 'nat': v = p.national; break
    case 'nat-space': v = ng.join(' '); break
    case 'nat-dash': v = ng.join('-'); break
    case 'nat-dot': v = ng.join('.'); break
    case 'nat-slash': v = ng.length > 1 ? `${ng[0]}/${ng.slice(1).join(' ')}` : p.national; break
    case 'nat-bracket': v = ng.length > 1 ? `(${ng[0]}) ${ng.slice(1).join(' ')}` : p.national; break
    case 'nat-compact': v = p.digitsNat; break
    case 'odd': {
      const d = p.digitsNat
      const out: string[] = []
      let i = 0
      while (i < d.length) { const n = Math.min(r.int(1, 4), d.length - i); out.push(d.slice(i, i + n)); i += n }
      if (out.length < 4) { v = d.replace(/(\d{2})(\d{2})(\d{2})/, '$1 $2 $3 '); v = v.trim(); break }
      v = out.join(' ')
      break
    }
  }
  if (form === 'intl-0' && !['GB', 'CH', 'HR', 'RS', 'SK', 'MY', 'UG', 'ZM', 'AR'].includes(p.country)) v = p.intl
  if (backTo(v, p) && /\d$/.test(v)) return v
  return backTo(p.national, p) ? p.national : p.intl
}
const WORDS = ['oh', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']
/** English speech: "oh seven seven double five ..." (the national digits) */
export function spokenPhone(r: Rng, p: Phone): string {
  const d = p.digitsNat
  const out: string[] = []
  for (let i = 0; i < d.length; i++) {
    if (d[i] === d[i + 1] && d[i] !== d[i + 2] && r.chance(0.8)) { out.push('double', WORDS[Number(d[i])]!); i++ } else out.push(d[i] === '0' && r.chance(0.2) ? 'zero' : WORDS[Number(d[i])]!)
  }
  return out.join(' ')
}
export const validNational = (v: string, region: CountryCode) => { try { return parsePhoneNumber(v, region).isValid() } catch { return false } }
