// Phones by numbering plan. A number is drawn from a country's ranges and kept only if libphonenumber-js/max says it is
// valid; each written form is checked again (parsed back to the same E.164) before it is used.
import { parsePhoneNumber, type CountryCode } from 'libphonenumber-js/max'
import type { Rng } from './prng.ts'

export type Country = 'ZA' | 'KE' | 'NG' | 'SG' | 'JM' | 'GB' | 'NZ' | 'AT' | 'CH' | 'BE' | 'BR' | 'PT' | 'CZ' | 'HU' | 'HR' | 'SI' | 'LT' | 'LV' | 'EE' | 'TR' | 'DK' | 'NO'
  | 'DE' | 'FR' | 'US' | 'AU' | 'IN' | 'AE'
export const HOME: Country[] = ['ZA', 'KE', 'NG', 'SG', 'JM', 'GB', 'NZ', 'AT', 'CH', 'BE', 'BR', 'PT', 'CZ', 'HU', 'HR', 'SI', 'LT', 'LV', 'EE', 'TR', 'DK', 'NO']
export const FOREIGN: Country[] = ['DE', 'FR', 'US', 'AU', 'IN', 'AE']

// national significant number: a prefix and how many random digits follow it
const PLAN: Record<Country, [string, number][]> = {
  ZA: [['82', 7], ['83', 7], ['72', 7], ['73', 7], ['76', 7], ['84', 7], ['61', 7], ['21', 7], ['11', 7], ['31', 7]],
  KE: [['712', 6], ['722', 6], ['701', 6], ['790', 6], ['110', 6], ['20', 7]],
  NG: [['803', 7], ['806', 7], ['813', 7], ['703', 7], ['905', 7], ['816', 7], ['1', 7]],
  SG: [['9', 7], ['8', 7], ['6', 7]],
  JM: [['876', 7]],
  GB: [['7', 9], ['131', 7], ['141', 7], ['1224', 6], ['1382', 6], ['1463', 6]],
  NZ: [['21', 7], ['22', 7], ['27', 7], ['9', 7], ['4', 7], ['3', 7]],
  AT: [['664', 7], ['676', 7], ['699', 8], ['1', 7], ['316', 6], ['512', 6]],
  CH: [['79', 7], ['78', 7], ['76', 7], ['44', 7], ['31', 7], ['61', 7], ['22', 7]],
  BE: [['47', 7], ['48', 7], ['49', 7], ['2', 7], ['3', 7], ['9', 7]],
  BR: [['119', 8], ['219', 8], ['319', 8], ['113', 7], ['213', 7], ['513', 7]],
  PT: [['91', 7], ['93', 7], ['96', 7], ['21', 7], ['22', 7]],
  CZ: [['60', 7], ['72', 7], ['77', 7], ['2', 8], ['5', 8]],
  HU: [['20', 7], ['30', 7], ['70', 7], ['1', 7]],
  HR: [['91', 7], ['98', 7], ['95', 7], ['1', 7]],
  SI: [['41', 6], ['31', 6], ['40', 6], ['51', 6], ['1', 7]],
  LT: [['6', 7], ['5', 7]],
  LV: [['2', 7], ['6', 7]],
  EE: [['5', 7], ['6', 6], ['5', 6]],
  TR: [['532', 7], ['542', 7], ['505', 7], ['555', 7], ['212', 7], ['216', 7], ['312', 7]],
  DK: [['2', 7], ['3', 7], ['4', 7], ['5', 7], ['6', 7]],
  NO: [['4', 7], ['9', 7], ['2', 7]],
  DE: [['151', 8], ['160', 7], ['176', 8], ['30', 8]],
  FR: [['6', 8], ['7', 8], ['1', 8]],
  US: [['212', 7], ['415', 7], ['617', 7], ['312', 7]],
  AU: [['4', 8], ['2', 8]],
  IN: [['98', 8], ['99', 8], ['70', 8]],
  AE: [['50', 7], ['55', 7]],
}
// countries whose national form starts with the trunk 0 (Lithuania's trunk is 8, Hungary's 06, Brazil's is not written)
const TRUNK0 = new Set<Country>(['ZA', 'KE', 'NG', 'GB', 'NZ', 'AT', 'CH', 'BE', 'HR', 'SI', 'TR', 'DE', 'FR', 'AU', 'IN', 'AE'])

const NO_AREA = new Set<Country>(['SG', 'PT', 'CZ', 'LV', 'EE', 'DK', 'NO'])

export interface Phone { country: Country; e164: string; cc: string; nsn: string; intl: string; national: string }

export function isValidIn(text: string, e164: string, country?: Country): boolean {
  try {
    const t = text.startsWith('00') ? `+${text.slice(2)}` : text.replace(' (0)', ' ').replace('(0)', '')
    const p = parsePhoneNumber(t, t.startsWith('+') ? undefined : (country as CountryCode))
    return p.isValid() && p.number === e164
  } catch { return false }
}

export function drawPhone(rng: Rng, country: Country): Phone {
  for (let i = 0; i < 400; i++) {
    const [pre, n] = rng.pick(PLAN[country])
    const p = parsePhoneNumber(`+${ccOf(country)}${pre}${rng.digits(n)}`)
    if (!p.isValid() || p.country !== country) continue
    // a run of one digit reads as a placeholder; draw again
    if (/(\d)\1\1\1/.test(p.nationalNumber)) continue
    return { country, e164: p.number, cc: p.countryCallingCode, nsn: p.nationalNumber, intl: p.formatInternational(), national: p.formatNational() }
  }
  throw new Error(`no valid number for ${country}`)
}
const CC: Record<Country, string> = { ZA: '27', KE: '254', NG: '234', SG: '65', JM: '1', GB: '44', NZ: '64', AT: '43', CH: '41', BE: '32', BR: '55', PT: '351', CZ: '420', HU: '36', HR: '385', SI: '386', LT: '370', LV: '371', EE: '372', TR: '90', DK: '45', NO: '47', DE: '49', FR: '33', US: '1', AU: '61', IN: '91', AE: '971' }
const ccOf = (c: Country) => CC[c]

export type Form = 'intl' | '00' | '(0)' | 'intl-dash' | 'intl-dot' | 'e164' | 'nat' | 'nat-dash' | 'nat-dot' | 'nat-compact' | 'nat-bracket' | 'nat-slash' | 'odd'

// the national form as people of the country write it
function nationalGroups(p: Phone): string[] {
  const c = p.country
  if (c === 'LT') return ['8', p.nsn.slice(0, 3), p.nsn.slice(3)]
  if (c === 'HU') { const a = p.nsn.startsWith('1') ? 1 : 2; return ['06', p.nsn.slice(0, a), p.nsn.slice(a, a + 3), p.nsn.slice(a + 3)] }
  if (c === 'BR') return [p.nsn.slice(0, 2), p.nsn.slice(2, p.nsn.length - 4), p.nsn.slice(-4)]
  if (c === 'DK' || (c === 'NO' && p.nsn.length === 8)) return [p.nsn.slice(0, 2), p.nsn.slice(2, 4), p.nsn.slice(4, 6), p.nsn.slice(6)]
  return p.national.replace(/[()]/g, '').split(/[ -]/)
}
function intlGroups(p: Phone): string[] { return p.intl.split(' ') }

export function writeForms(p: Phone, rng: Rng): Record<Form, string | undefined> {
  const ng = nationalGroups(p)
  const ig = intlGroups(p)
  const first = ng[0]!
  const rest = ng.slice(1)
  const out: Record<string, string | undefined> = {}
  out.intl = p.intl
  out['00'] = `00${p.intl.slice(1)}`
  out['(0)'] = TRUNK0.has(p.country) ? `${ig[0]} (0)${ig.slice(1).join(' ')}` : undefined
  out['intl-dash'] = `${ig[0]}-${ig.slice(1).join('-')}`
  out['intl-dot'] = p.country === 'JM' || p.country === 'US' ? `+1 ${ig.slice(1).join('.')}` : `${ig[0]} ${ig.slice(1).join('.')}`
  out.e164 = p.e164
  out.nat = p.country === 'BR' ? `(${first}) ${rest.slice(0, -1).join(' ')}-${rest.at(-1)}` : ng.join(' ')
  out['nat-dash'] = ng.join('-')
  out['nat-dot'] = ng.join('.')
  out['nat-compact'] = ng.join('')
  out['nat-bracket'] = p.country === 'HU' ? `(06 ${ng[1]}) ${ng.slice(2).join(' ')}` : p.country === 'LT' ? `(8 ${ng[1]}) ${ng.slice(2).join(' ')}` : `(${first}) ${rest.join(' ')}`
  out['nat-slash'] = p.country === 'HU' ? `06 ${ng[1]}/${ng.slice(2).join(' ')}` : `${first}/${rest.join(' ')}`
  // speech to text: the national digits in odd groups
  const d = ng.join('')
  const cuts: number[] = []
  let i = 0
  while (i < d.length) { const k = Math.min(d.length - i, rng.int(1, 4)); cuts.push(k); i += k }
  let o = ''; i = 0
  for (const k of cuts) { o += (o ? ' ' : '') + d.slice(i, i + k); i += k }
  out.odd = o
  // countries without area codes or a trunk prefix are not written with a bracketed or slashed area code
  if (NO_AREA.has(p.country)) { out['nat-bracket'] = undefined; out['nat-slash'] = undefined }
  for (const [f, t] of Object.entries(out)) if (t !== undefined && !isValidIn(t, p.e164, p.country)) out[f] = undefined
  // a form that only international readers would parse is kept for the + and 00 forms; the national ones must parse in the country
  return out as Record<Form, string | undefined>
}

const NATIONAL_FORMS: Form[] = ['nat', 'nat', 'nat', 'nat-dash', 'nat-dot', 'nat-compact', 'nat-compact', 'nat-bracket', 'nat-slash']
const INTL_FORMS: Form[] = ['intl', 'intl', 'intl', '00', '(0)', 'intl-dash', 'e164', 'intl-dot']

export function writePhone(p: Phone, rng: Rng, want?: Form | 'national' | 'international'): { text: string; form: Form } {
  const forms = writeForms(p, rng)
  const pool: Form[] = want === 'national' ? NATIONAL_FORMS : want === 'international' ? INTL_FORMS : want ? [want] : [...NATIONAL_FORMS, ...INTL_FORMS]
  for (const f of rng.shuffle(pool)) if (forms[f]) return { text: forms[f]!, form: f }
  for (const f of ['nat', 'intl'] as Form[]) if (forms[f]) return { text: forms[f]!, form: f }
  throw new Error(`no form for ${p.e164}`)
}

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']
// a national number spoken digit by digit in English ("oh" for 0 now and then, "double" for a pair)
export function spoken(p: Phone, rng: Rng): string | undefined {
  const d = nationalGroups(p).join('')
  if (!isValidIn(d, p.e164, p.country)) return undefined
  const w: string[] = []
  for (let i = 0; i < d.length; i++) {
    const x = Number(d[i])
    if (d[i + 1] === d[i] && rng.chance(0.6)) { w.push(`double ${WORDS[x]}`); i++; continue }
    w.push(x === 0 && rng.chance(0.6) ? 'oh' : WORDS[x]!)
  }
  return w.join(' ')
}
