// Phones by numbering plan. Each number is drawn from a pattern of its plan, written in one of many forms, and kept
// only if libphonenumber-js/max says the written form is valid for its country (international forms: valid at all).
import { parsePhoneNumber, type CountryCode } from 'libphonenumber-js/max'
import type { Rng } from './prng.ts'

interface Kind { pat: string[]; groups: number[][]; trunk?: string }
export interface Plan { region: CountryCode; cc: string; trunk: string; nanp?: boolean; kinds: Kind[] }

const P = (region: CountryCode, cc: string, trunk: string, kinds: Kind[], nanp = false): Plan => ({ region, cc, trunk, kinds, nanp })
export const PLANS: Record<string, Plan> = {
  GB: P('GB', '44', '0', [
    { pat: ['7[45789]########'], groups: [[4, 6], [4, 3, 3]] },
    { pat: ['292#######'], groups: [[2, 4, 4]] },
    { pat: ['1792######', '1248######', '1970######', '1633######'], groups: [[4, 6], [4, 3, 3]] },
  ]),
  CA: P('CA', '1', '', [{ pat: ['416[2-9]##[1-9]###', '604[2-9]##[1-9]###', '514[2-9]##[1-9]###', '613[2-9]##[1-9]###', '902[2-9]##[1-9]###', '403[2-9]##[1-9]###'], groups: [[3, 3, 4]] }], true),
  KE: P('KE', '254', '0', [
    { pat: ['7[0129]#######', '11[0-5]######'], groups: [[3, 3, 3], [3, 6]] },
    { pat: ['20[2-7]######'], groups: [[2, 3, 4], [2, 7]] },
  ]),
  SG: P('SG', '65', '', [{ pat: ['[89][1-8]######'], groups: [[4, 4], [8]] }, { pat: ['6[1-9]######'], groups: [[4, 4]] }]),
  JM: P('JM', '1', '', [{ pat: ['876[2-9]##[1-9]###'], groups: [[3, 3, 4]] }], true),
  ZA: P('ZA', '27', '0', [
    { pat: ['[678][1-4]#######'], groups: [[2, 3, 4]] },
    { pat: ['11[2-9]######', '21[2-9]######', '31[2-9]######'], groups: [[2, 3, 4]] },
  ]),
  NL: P('NL', '31', '0', [
    { pat: ['6[1-5]#######'], groups: [[1, 8], [1, 2, 2, 2, 2], [1, 4, 4]] },
    { pat: ['20[2-9]######', '30[2-9]######', '10[2-9]######'], groups: [[2, 7], [2, 3, 4], [2, 3, 2, 2]] },
  ]),
  PT: P('PT', '351', '', [{ pat: ['9[1236]#######'], groups: [[3, 3, 3]] }, { pat: ['2[12][1-9]######'], groups: [[3, 3, 3], [2, 3, 2, 2]] }]),
  CZ: P('CZ', '420', '', [{ pat: ['60[1-8]######', '7[2-9]#######'], groups: [[3, 3, 3]] }, { pat: ['2[2-9]#######'], groups: [[3, 3, 3]] }]),
  HU: P('HU', '36', '06', [
    { pat: ['[237]0[1-9]######'], groups: [[2, 3, 4], [2, 7]] },
    { pat: ['1[2-9]######'], groups: [[1, 3, 4]] },
    { pat: ['52[2-9]#####', '62[2-9]#####'], groups: [[2, 3, 3]] },
  ]),
  NO: P('NO', '47', '', [{ pat: ['[49]#######'], groups: [[3, 2, 3], [2, 2, 2, 2], [8]] }, { pat: ['2[1-3]######'], groups: [[2, 2, 2, 2]] }]),
  TR: P('TR', '90', '0', [
    { pat: ['5[0345]########'], groups: [[3, 3, 2, 2], [3, 3, 4]] },
    { pat: ['21[26][2-9]######', '312[2-9]######'], groups: [[3, 3, 2, 2]] },
  ]),
  HR: P('HR', '385', '0', [
    { pat: ['9[1258]#######'], groups: [[2, 3, 4], [2, 3, 2, 2]] },
    { pat: ['1[2-9]######'], groups: [[1, 4, 3], [1, 3, 4]] },
    { pat: ['21[2-9]#####'], groups: [[2, 3, 3]] },
  ]),
  CO: P('CO', '57', '', [{ pat: ['3[0-2]########'], groups: [[3, 3, 4], [3, 7]] }, { pat: ['60[14][2-9]######'], groups: [[3, 3, 4]] }]),
  PE: P('PE', '51', '', [{ pat: ['9########'], groups: [[3, 3, 3]] }, { pat: ['1[2-7]######'], groups: [[1, 3, 4]], trunk: '0' }]),
  CH: P('CH', '41', '0', [
    { pat: ['7[5-9]#######'], groups: [[2, 3, 2, 2]] },
    { pat: ['22[3-9]######', '21[3-9]######', '31[3-9]######', '44[2-9]######'], groups: [[2, 3, 2, 2]] },
  ]),
  LU: P('LU', '352', '', [{ pat: ['6[269]1######'], groups: [[3, 3, 3]] }, { pat: ['2[4-9]######'], groups: [[2, 2, 2, 2]] }]),
  // foreign callers, written with + only
  DE: P('DE', '49', '0', [{ pat: ['15[12]########', '17[0-6]########'], groups: [[3, 4, 4], [3, 8]] }]),
  FR: P('FR', '33', '0', [{ pat: ['[67]########'], groups: [[1, 2, 2, 2, 2]] }]),
  US: P('US', '1', '', [{ pat: ['212[2-9]##[1-9]###', '617[2-9]##[1-9]###', '312[2-9]##[1-9]###'], groups: [[3, 3, 4]] }], true),
  AU: P('AU', '61', '0', [{ pat: ['4[0-9]#######'], groups: [[3, 3, 3]] }]),
  AE: P('AE', '971', '0', [{ pat: ['5[0256]#######'], groups: [[2, 3, 4]] }]),
  IN: P('IN', '91', '0', [{ pat: ['9[6-9]########'], groups: [[5, 5]] }]),
}
export const FOREIGN = ['DE', 'FR', 'US', 'AU', 'AE', 'IN'] as const
export const NATIONAL_REGIONS: CountryCode[] = ['GB', 'CA', 'KE', 'SG', 'JM', 'ZA', 'NL', 'PT', 'CZ', 'HU', 'NO', 'TR', 'HR', 'CO', 'PE', 'CH', 'LU']

function fill(rng: Rng, pat: string): string {
  let out = ''
  for (let i = 0; i < pat.length; i++) {
    const c = pat[i]!
    if (c === '#') out += String(rng.int(10))
    else if (c === '[') {
      const j = pat.indexOf(']', i)
      const set = pat.slice(i + 1, j).replace(/(\d)-(\d)/g, (_, a, b) => { let s = ''; for (let d = Number(a); d <= Number(b); d++) s += d; return s })
      out += set[rng.int(set.length)]
      i = j
    } else out += c
  }
  return out
}
function split(nsn: string, g: number[]): string[] {
  const out: string[] = []
  let i = 0
  for (const n of g) { out.push(nsn.slice(i, i + n)); i += n }
  return out
}

export type Style = 'intl' | 'intl-dash' | 'intl-dot' | 'intl-compact' | 'intl-00' | 'intl-00-compact' | 'intl-trunk0' | 'intl-bracket'
  | 'nat' | 'nat-dash' | 'nat-dot' | 'nat-compact' | 'nat-bracket' | 'nat-slash' | 'nanp-1'
export const INTL_STYLES: Style[] = ['intl', 'intl', 'intl-dash', 'intl-dot', 'intl-compact', 'intl-00', 'intl-00-compact', 'intl-trunk0', 'intl-bracket']
export const NAT_STYLES: Style[] = ['nat', 'nat', 'nat', 'nat-dash', 'nat-dot', 'nat-compact', 'nat-bracket', 'nat-slash', 'nanp-1']

export function validPhone(v: string, region: CountryCode): boolean {
  if (!/^(\+|\(|\d)/.test(v) || !/\d$/.test(v)) return false
  try {
    if (v.startsWith('+')) return parsePhoneNumber(v.replace(' (0)', ' ')).isValid()
    if (v.startsWith('00')) return parsePhoneNumber(`+${v.slice(2)}`).isValid()
    return parsePhoneNumber(v, region).isValid()
  } catch { return false }
}

function write(plan: Plan, kind: Kind, nsn: string, g: string[], style: Style): string {
  const trunk = kind.trunk ?? plan.trunk
  const head = trunk + g[0]!
  const rest = g.slice(1)
  const nanp = plan.nanp
  switch (style) {
    case 'intl': return `+${plan.cc} ${g.join(' ')}`
    case 'intl-dash': return `+${plan.cc}-${g.join('-')}`
    case 'intl-dot': return `+${plan.cc}.${g.join('.')}`
    case 'intl-compact': return `+${plan.cc}${nsn}`
    case 'intl-00': return `00${plan.cc} ${g.join(' ')}`
    case 'intl-00-compact': return `00${plan.cc}${nsn}`
    case 'intl-trunk0': return trunk === '0' ? `+${plan.cc} (0)${g.join(' ')}` : `+${plan.cc} ${g.join(' ')}`
    case 'intl-bracket': return nanp ? `+1 (${g[0]}) ${g[1]}-${g[2]}` : `+${plan.cc} (${g[0]}) ${rest.join(' ')}`
    case 'nat': return nanp ? `${g[0]} ${g[1]} ${g[2]}` : [head, ...rest].join(' ')
    case 'nat-dash': return [head, ...rest].join('-')
    case 'nat-dot': return [head, ...rest].join('.')
    case 'nat-compact': return trunk + nsn
    case 'nat-bracket':
      if (nanp) return `(${g[0]}) ${g[1]}-${g[2]}`
      if (plan.region === 'HU') return `(06-${g[0]}) ${rest.join('-')}`
      return trunk ? `(${head}) ${rest.join(' ')}` : [head, ...rest].join(' ')
    case 'nat-slash': return nanp ? `${g[0]}/${g[1]}-${g[2]}` : rest.length ? `${head}/${rest.join(rest.length > 2 ? ' ' : '')}` : head
    case 'nanp-1': return nanp ? `1-${g.join('-')}` : [head, ...rest].join(' ')
  }
}

export interface PhoneOpts { intl?: boolean; style?: Style; kind?: number }
// Returns a valid written phone of the given country.
export function phone(rng: Rng, country: string, o: PhoneOpts = {}): string {
  const plan = PLANS[country]!
  for (let tries = 0; tries < 500; tries++) {
    const kind = o.kind !== undefined ? plan.kinds[o.kind % plan.kinds.length]! : rng.pick(plan.kinds)
    const nsn = fill(rng, rng.pick(kind.pat))
    const g = split(nsn, rng.pick(kind.groups))
    const style = o.style ?? rng.pick(o.intl ? INTL_STYLES : NAT_STYLES)
    const v = write(plan, kind, nsn, g, style)
    if (validPhone(v, plan.region)) return v
  }
  throw new Error(`no valid phone for ${country}`)
}

// A national number in odd digit groups, as a speech-to-text engine writes it.
export function oddGroups(rng: Rng, country: string): string {
  const plan = PLANS[country]!
  for (let tries = 0; tries < 500; tries++) {
    const kind = rng.pick(plan.kinds)
    const d = (kind.trunk ?? plan.trunk) + fill(rng, rng.pick(kind.pat))
    const parts: string[] = []
    let i = 0
    while (i < d.length) { const n = Math.min(d.length - i, rng.range(1, 4)); parts.push(d.slice(i, i + n)); i += n }
    const v = parts.join(' ')
    if (validPhone(v, plan.region)) return v
  }
  throw new Error(`no odd phone for ${country}`)
}

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']
// A national number spoken digit by digit (English): "oh seven double nine, ..."
export function spoken(rng: Rng, country: string): string {
  const plan = PLANS[country]!
  for (let tries = 0; tries < 500; tries++) {
    const kind = rng.pick(plan.kinds)
    const nsn = fill(rng, rng.pick(kind.pat))
    const g = split(nsn, rng.pick(kind.groups))
    g[0] = (kind.trunk ?? plan.trunk) + g[0]
    if (!validPhone(g.join(''), plan.region)) continue
    const say = (s: string) => {
      const w: string[] = []
      for (let i = 0; i < s.length; i++) {
        const word = s[i] === '0' ? (rng.chance(0.7) ? 'oh' : 'zero') : WORDS[Number(s[i])]!
        if (s[i + 1] === s[i] && rng.chance(0.8)) { w.push(`double ${word}`); i++ } else w.push(word)
      }
      return w.join(' ')
    }
    return g.map(say).join(', ')
  }
  throw new Error(`no spoken phone for ${country}`)
}
