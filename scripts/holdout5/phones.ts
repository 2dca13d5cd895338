// Phone numbers valid per libphonenumber-js/max, written the way each country writes them.
import { parsePhoneNumberFromString } from 'libphonenumber-js/max'
import type { CountryCode } from 'libphonenumber-js/max'
import type { Rng } from './rng'

// National significant number stems to try per region: a prefix and how many random digits follow.
const STEMS: Record<string, Array<[string, number]>> = {
  US: [['212', 7], ['415', 7], ['617', 7], ['312', 7], ['713', 7]], CA: [['416', 7], ['604', 7], ['514', 7]],
  GB: [['7700', 6], ['7911', 6], ['20', 8], ['161', 7], ['131', 7]], IE: [['87', 7], ['85', 7], ['1', 7], ['21', 7]],
  DE: [['151', 8], ['170', 7], ['30', 8], ['89', 7], ['40', 8], ['221', 7]], AT: [['664', 7], ['1', 7], ['676', 7]],
  CH: [['79', 7], ['44', 7], ['31', 7], ['76', 7]], FR: [['6', 8], ['7', 8], ['1', 8], ['4', 8]],
  BE: [['47', 7], ['2', 7], ['9', 7]], ES: [['6', 8], ['91', 7], ['93', 7]], IT: [['34', 8], ['33', 8], ['02', 8], ['06', 8]],
  NL: [['6', 8], ['20', 7], ['10', 7]], PT: [['91', 7], ['93', 7], ['21', 7]], PL: [['50', 7], ['60', 7], ['22', 7]],
  SE: [['70', 7], ['73', 7], ['8', 7]], DK: [['2', 7], ['3', 7], ['4', 7]], NO: [['4', 7], ['9', 7], ['22', 6]],
  FI: [['40', 7], ['50', 7], ['9', 7]], CZ: [['60', 7], ['73', 7], ['2', 8]], BR: [['119', 8], ['219', 8]],
  IN: [['98', 8], ['99', 8]], NG: [['803', 7], ['806', 7]], CN: [['138', 8], ['139', 8]], JP: [['90', 8], ['80', 8]],
  KR: [['10', 8]], AU: [['4', 8]], AE: [['50', 7]], TR: [['53', 8]], MX: [['55', 8]], ZA: [['82', 7]], GH: [['24', 7]],
}

export const FOREIGN = ['IN', 'NG', 'CN', 'JP', 'KR', 'AU', 'AE', 'TR', 'MX', 'ZA', 'GH', 'BR']

export interface Phone { text: string; region: string }

function validNumber(region: string, r: Rng): string {
  for (let i = 0; i < 200; i++) {
    const [pre, n] = r.pick(STEMS[region] ?? [])
    const p = parsePhoneNumberFromString(`+${cc(region)}${pre}${r.int(1, 9)}${r.digits(n - 1)}`)
    if (p?.isValid() && p.country === region && !/^555/.test(p.nationalNumber.slice(3))) return p.number
  }
  throw new Error(`no valid ${region} number in 200 tries`)
}

function cc(region: string): string {
  const code = STEMS_CC[region]
  if (!code) throw new Error(`no calling code for ${region}`)
  return code
}

const STEMS_CC: Record<string, string> = {
  US: '1', CA: '1', GB: '44', IE: '353', DE: '49', AT: '43', CH: '41', FR: '33', BE: '32', ES: '34', IT: '39',
  NL: '31', PT: '351', PL: '48', SE: '46', DK: '45', NO: '47', FI: '358', CZ: '420', BR: '55', IN: '91', NG: '234',
  CN: '86', JP: '81', KR: '82', AU: '61', AE: '971', TR: '90', MX: '52', ZA: '27', GH: '233',
}

function variant(base: string, r: Rng): string {
  const kind = r.int(0, 5)
  if (kind === 1 && !base.includes('(')) return base.replace(/ /g, '-')
  if (kind === 2 && !base.includes('(') && !base.startsWith('+')) return base.replace(/ /g, '.')
  if (kind === 3 && !base.includes('(')) return base.replace(/ /g, '')
  return base
}

/** True when the written form parses back to the same valid number. */
export function checks(text: string, region: string, e164: string): boolean {
  const p = parsePhoneNumberFromString(text, region as CountryCode)
  return Boolean(p?.isValid() && p.number === e164)
}

/** A valid phone of `region`, national or international (`+` or `00`), in a local spelling. */
export function phone(region: string, r: Rng, style: 'any' | 'national' | 'intl' = 'any'): Phone {
  const e164 = validNumber(region, r)
  const p = parsePhoneNumberFromString(e164)!
  const intl = style === 'intl' || (style === 'any' && r.int(0, 2) === 0)
  const base = intl ? p.formatInternational() : p.formatNational()
  const candidates = [variant(base, r), base]
  if (intl && r.int(0, 3) === 0) candidates.unshift(base.replace(/^\+/, '00'))
  if (!intl && region === 'DE' && r.int(0, 2) === 0) candidates.unshift(base.replace(' ', '/'))
  // The trunk zero kept in brackets after the country code, as written in GB, DE, AT and CH letterheads.
  if (intl && ['GB', 'DE', 'AT', 'CH'].includes(region) && r.int(0, 2) === 0) candidates.unshift(base.replace(/^(\+\d+) /, '$1 (0)'))
  for (const text of candidates) if (checks(text, region, e164)) return { text, region }
  throw new Error(`formatted ${region} number does not parse back`)
}
