// Phones by numbering plan: a national significant number is drawn from a plan's pattern, then written in one of many
// forms; every written form is checked with libphonenumber-js/max before it is used.
import { parsePhoneNumber, type CountryCode } from 'libphonenumber-js/max'
import type { Rng } from './prng.ts'

interface Plan { p: string; ng: number[]; ig: number[] } // p: NSN pattern (# = any digit); ng: groups of trunk+NSN; ig: groups of NSN
interface Country { cc: string; trunk: string; plans: Plan[]; us?: boolean }

export const COUNTRIES: Record<string, Country> = {
  GH: { cc: '233', trunk: '0', plans: [{ p: '24#######', ng: [3, 3, 4], ig: [2, 3, 4] }, { p: '54#######', ng: [3, 3, 4], ig: [2, 3, 4] }, { p: '20#######', ng: [3, 3, 4], ig: [2, 3, 4] }, { p: '302######', ng: [3, 3, 4], ig: [2, 3, 4] }] },
  MT: { cc: '356', trunk: '', plans: [{ p: '79######', ng: [4, 4], ig: [4, 4] }, { p: '99######', ng: [4, 4], ig: [4, 4] }, { p: '21######', ng: [4, 4], ig: [4, 4] }] },
  HK: { cc: '852', trunk: '', plans: [{ p: '9#######', ng: [4, 4], ig: [4, 4] }, { p: '6#######', ng: [4, 4], ig: [4, 4] }, { p: '2#######', ng: [4, 4], ig: [4, 4] }, { p: '5#######', ng: [4, 4], ig: [4, 4] }] },
  PK: { cc: '92', trunk: '0', plans: [{ p: '30########', ng: [4, 7], ig: [3, 7] }, { p: '33########', ng: [4, 7], ig: [3, 7] }, { p: '42########', ng: [3, 8], ig: [2, 8] }, { p: '21########', ng: [3, 4, 4], ig: [2, 4, 4] }] },
  BW: { cc: '267', trunk: '', plans: [{ p: '71######', ng: [2, 3, 3], ig: [2, 3, 3] }, { p: '74######', ng: [2, 3, 3], ig: [2, 3, 3] }, { p: '39#####', ng: [3, 4], ig: [3, 4] }] },
  GB: { cc: '44', trunk: '0', plans: [{ p: '2890######', ng: [3, 4, 4], ig: [2, 4, 4] }, { p: '7#########', ng: [5, 6], ig: [4, 6] }, { p: '28#######', ng: [3, 4, 4], ig: [2, 4, 4] }] },
  PL: { cc: '48', trunk: '', plans: [{ p: '5########', ng: [3, 3, 3], ig: [3, 3, 3] }, { p: '60#######', ng: [3, 3, 3], ig: [3, 3, 3] }, { p: '22#######', ng: [2, 3, 2, 2], ig: [2, 3, 2, 2] }] },
  RO: { cc: '40', trunk: '0', plans: [{ p: '7########', ng: [4, 3, 3], ig: [3, 3, 3] }, { p: '21#######', ng: [3, 3, 4], ig: [2, 3, 4] }] },
  GR: { cc: '30', trunk: '', plans: [{ p: '69########', ng: [3, 3, 4], ig: [3, 3, 4] }, { p: '21########', ng: [3, 3, 4], ig: [3, 3, 4] }, { p: '2310######', ng: [4, 3, 3], ig: [4, 3, 3] }] },
  SK: { cc: '421', trunk: '0', plans: [{ p: '9########', ng: [4, 3, 3], ig: [3, 3, 3] }, { p: '2########', ng: [2, 4, 4], ig: [1, 4, 4] }] },
  FI: { cc: '358', trunk: '0', plans: [{ p: '40#######', ng: [3, 3, 4], ig: [2, 3, 4] }, { p: '50#######', ng: [3, 3, 4], ig: [2, 3, 4] }, { p: '9#######', ng: [2, 3, 4], ig: [1, 3, 4] }] },
  SE: { cc: '46', trunk: '0', plans: [{ p: '70#######', ng: [3, 3, 2, 2], ig: [2, 3, 2, 2] }, { p: '73#######', ng: [3, 3, 2, 2], ig: [2, 3, 2, 2] }, { p: '8########', ng: [2, 3, 2, 2], ig: [1, 3, 2, 2] }] },
  AR: { cc: '54', trunk: '0', plans: [{ p: '114#######', ng: [3, 4, 4], ig: [2, 4, 4] }, { p: '351#######', ng: [4, 3, 4], ig: [3, 3, 4] }] },
  CL: { cc: '56', trunk: '', plans: [{ p: '9########', ng: [1, 4, 4], ig: [1, 4, 4] }, { p: '22#######', ng: [1, 4, 4], ig: [1, 4, 4] }] },
  CA: { cc: '1', trunk: '', us: true, plans: [{ p: '514#######', ng: [3, 3, 4], ig: [3, 3, 4] }, { p: '438#######', ng: [3, 3, 4], ig: [3, 3, 4] }, { p: '418#######', ng: [3, 3, 4], ig: [3, 3, 4] }] },
  BE: { cc: '32', trunk: '0', plans: [{ p: '47########', ng: [4, 2, 2, 2], ig: [3, 2, 2, 2] }, { p: '2#######', ng: [2, 3, 2, 2], ig: [1, 3, 2, 2] }, { p: '49########', ng: [4, 2, 2, 2], ig: [3, 2, 2, 2] }] },
  IT: { cc: '39', trunk: '', plans: [{ p: '3#########', ng: [3, 3, 4], ig: [3, 3, 4] }, { p: '06########', ng: [2, 4, 4], ig: [2, 4, 4] }, { p: '02########', ng: [2, 4, 4], ig: [2, 4, 4] }] },
  ES: { cc: '34', trunk: '', plans: [{ p: '6########', ng: [3, 3, 3], ig: [3, 3, 3] }, { p: '93#######', ng: [2, 3, 2, 2], ig: [2, 3, 2, 2] }, { p: '7########', ng: [3, 3, 3], ig: [3, 3, 3] }] },
  // foreign callers, always written with +
  DE: { cc: '49', trunk: '0', plans: [{ p: '151########', ng: [4, 8], ig: [3, 8] }] },
  FR: { cc: '33', trunk: '0', plans: [{ p: '6########', ng: [2, 2, 2, 2, 2], ig: [1, 2, 2, 2, 2] }] },
  US: { cc: '1', trunk: '', us: true, plans: [{ p: '212#######', ng: [3, 3, 4], ig: [3, 3, 4] }, { p: '617#######', ng: [3, 3, 4], ig: [3, 3, 4] }] },
  AU: { cc: '61', trunk: '0', plans: [{ p: '4########', ng: [4, 3, 3], ig: [3, 3, 3] }] },
  AE: { cc: '971', trunk: '0', plans: [{ p: '50#######', ng: [3, 3, 4], ig: [2, 3, 4] }] },
  IN: { cc: '91', trunk: '0', plans: [{ p: '98########', ng: [5, 5], ig: [5, 5] }] },
  NG: { cc: '234', trunk: '0', plans: [{ p: '803#######', ng: [4, 3, 4], ig: [3, 3, 4] }] },
}
export const HOME = ['GH', 'MT', 'HK', 'PK', 'BW', 'GB', 'PL', 'RO', 'GR', 'SK', 'FI', 'SE', 'AR', 'CL', 'CA', 'BE', 'IT', 'ES'] as const
export const FOREIGN = ['DE', 'FR', 'US', 'AU', 'AE', 'IN', 'NG'] as const

export type Style = 'space' | 'dash' | 'dot' | 'compact' | 'bracket' | 'slash' | 'intl' | 'intl-dash' | 'intl-dot' | 'intl-compact' | 'intl-00' | 'intl-trunk' | 'intl-bracket' | 'us-1'
export const NAT_STYLES: Style[] = ['space', 'space', 'dash', 'dot', 'compact', 'compact', 'bracket', 'slash']
export const INTL_STYLES: Style[] = ['intl', 'intl', 'intl', 'intl-dash', 'intl-dot', 'intl-compact', 'intl-00', 'intl-00', 'intl-trunk', 'intl-bracket']

function group(d: string, g: number[]): string[] {
  const out: string[] = []
  let i = 0
  for (const n of g) { out.push(d.slice(i, i + n)); i += n }
  if (i < d.length) out[out.length - 1] += d.slice(i)
  return out.filter((x) => x)
}

export function validPhone(text: string, region?: string): boolean {
  try { return parsePhoneNumber(text, region as CountryCode | undefined).isValid() } catch { return false }
}

export interface Phone { text: string; nsn: string; country: string; national: string }

/** Draws a valid number of `country` and writes it in `style`; the written text itself is checked. */
export function phone(rng: Rng, country: string, style: Style): Phone {
  const c = COUNTRIES[country]!
  for (let tries = 0; tries < 500; tries++) {
    const plan = rng.pick(c.plans)
    const nsn = plan.p.replace(/#/g, () => String(rng.int(0, 9)))
    if (!validPhone(`+${c.cc}${nsn}`)) continue
    const nat = c.trunk + nsn
    const ng = group(nat, plan.ng)
    const ig = group(nsn, plan.ig)
    let st = style
    if (st === 'intl-trunk' && (!c.trunk || nsn.startsWith('0'))) st = 'intl'
    if (st === 'us-1' && !c.us) st = 'dash'
    if ((st === 'bracket' || st === 'slash') && ng.length < 2) st = 'space'
    if (st === 'bracket' && !c.trunk && !c.us && !['IT', 'ES', 'GR'].includes(country)) st = 'space'
    let text: string
    switch (st) {
      case 'space': text = ng.join(' '); break
      case 'dash': text = ng.join('-'); break
      case 'dot': text = ng.join('.'); break
      case 'compact': text = nat; break
      case 'bracket': text = `(${ng[0]}) ${ng.slice(1).join(c.us ? '-' : ' ')}`; break
      case 'slash': text = `${ng[0]}/${ng.slice(1).join(rng.chance(0.5) ? '' : ' ')}`; break
      case 'intl': text = `+${c.cc} ${ig.join(' ')}`; break
      case 'intl-dash': text = `+${c.cc}-${ig.join('-')}`; break
      case 'intl-dot': text = `+${c.cc}.${ig.join('.')}`; break
      case 'intl-compact': text = `+${c.cc}${nsn}`; break
      case 'intl-00': text = `00${c.cc} ${ig.join(' ')}`; break
      case 'intl-trunk': text = `+${c.cc} (0)${ig.join(' ')}`; break
      case 'intl-bracket': text = `+${c.cc} (${ig[0]}) ${ig.slice(1).join(' ')}`; break
      case 'us-1': text = `1-${ng.join('-')}`; break
    }
    const check = text.startsWith('+') ? text.replace(' (0)', ' ') : text.startsWith('00') ? `+${text.slice(2)}` : text
    if (!validPhone(check, text.startsWith('+') || text.startsWith('00') ? undefined : country)) continue
    return { text, nsn, country, national: nat }
  }
  throw new Error(`no valid ${country} phone in ${style}`)
}

/** The national number in odd digit groups, as speech to text writes it. */
export function oddGroups(rng: Rng, p: Phone): string {
  const d = p.national
  const out: string[] = []
  let i = 0
  while (i < d.length) { const n = Math.min(d.length - i, rng.int(1, 4)); out.push(d.slice(i, i + n)); i += n }
  return out.join(' ')
}

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']
/** The national number spoken in English, digit by digit, with "double" and "oh". */
export function spoken(rng: Rng, p: Phone): string {
  const d = p.national
  const out: string[] = []
  for (let i = 0; i < d.length; i++) {
    const w = d[i] === '0' && rng.chance(0.7) ? 'oh' : WORDS[Number(d[i])]!
    if (d[i + 1] === d[i] && rng.chance(0.7)) { out.push(`double ${w}`); i++ } else out.push(w)
    if (i % 4 === 3 && i < d.length - 1 && rng.chance(0.4)) out[out.length - 1] += ','
  }
  return out.join(' ')
}
