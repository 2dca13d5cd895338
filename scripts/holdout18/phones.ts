// Phone numbers made valid with libphonenumber-js/max: a real prefix, random
// digits, kept only when isValid; then written in one of several styles and
// re-parsed so the written form is valid too.
import { parsePhoneNumber, type CountryCode } from 'libphonenumber-js/max'
import examples from 'libphonenumber-js/mobile/examples'
import type { Rng } from './rng.ts'

// National significant numbers: [prefix, total length]. Fixed lines and mobiles.
const PREFIXES: Record<string, Array<[string, number]>> = {
  US: [['212', 10], ['312', 10], ['415', 10], ['617', 10], ['503', 10], ['713', 10]],
  CA: [['416', 10], ['604', 10], ['250', 10], ['514', 10], ['902', 10]],
  GB: [['20', 10], ['161', 10], ['131', 10], ['141', 10], ['7700', 10], ['7911', 10], ['113', 10]],
  DE: [['30', 10], ['89', 10], ['40', 10], ['151', 11], ['170', 11], ['176', 11], ['221', 10]],
  LI: [['23', 7], ['37', 7], ['78', 7], ['66', 7]],
  FR: [['1', 9], ['4', 9], ['6', 9], ['7', 9]],
  BE: [['2', 8], ['9', 8], ['47', 9], ['49', 9]],
  ES: [['91', 9], ['93', 9], ['6', 9], ['7', 9]],
  IT: [['06', 10], ['02', 10], ['3', 10], ['055', 10]],
  BG: [['2', 8], ['87', 9], ['88', 9], ['89', 9]],
  SK: [['2', 9], ['90', 9], ['91', 9], ['94', 9]],
  LT: [['6', 8], ['5', 8], ['37', 8]],
  PL: [['5', 9], ['6', 9], ['22', 9]],
  PH: [['917', 10], ['2', 9], ['918', 10]],
  AU: [['4', 9], ['2', 9]],
  BR: [['11', 11], ['21', 11]],
  IN: [['98', 10], ['22', 10]],
  JP: [['90', 10], ['3', 10]],
  ZA: [['82', 9], ['21', 9]],
  MX: [['55', 10], ['33', 10]],
  NG: [['803', 10]],
  NO: [['4', 8], ['9', 8]],
}

export const FOREIGN = ['PL', 'PH', 'AU', 'BR', 'IN', 'JP', 'ZA', 'MX', 'NG', 'NO'] as const

function nationalNumber(rng: Rng, region: string): string {
  const prefixes = PREFIXES[region] ?? []
  for (let attempt = 0; attempt < 200; attempt++) {
    const [prefix, len] = rng.pick(prefixes)
    const nn = prefix + rng.digits(len - prefix.length)
    if (parsePhoneNumber(nn.replace(/^0/, '0'), region as CountryCode)?.isValid()) return nn
  }
  const example = (examples as Record<string, string>)[region]
  if (!example) throw new Error(`no phone example for ${region}`)
  return example
}

export type PhoneStyle = 'nat' | 'intl' | 'dash' | 'dot' | 'zero' | 'compact' | 'bracket' | 'slash'

/** A valid number written in `style`; `ext` is text after the span, never in it. */
export function phone(rng: Rng, region: string, style: PhoneStyle): string {
  for (let attempt = 0; attempt < 20; attempt++) {
    const nn = nationalNumber(rng, region)
    const parsed = parsePhoneNumber(nn, region as CountryCode)
    const written = writeStyle(parsed.formatNational(), parsed.formatInternational(), style, region)
    const back = parseWritten(written, region)
    if (back && back.isValid() && back.number === parsed.number) return written
  }
  const parsed = parsePhoneNumber(nationalNumber(rng, region), region as CountryCode)
  return parsed.formatInternational()
}

function parseWritten(written: string, region: string) {
  try {
    const text = written.startsWith('00') ? `+${written.slice(2)}` : written
    return parsePhoneNumber(text, region as CountryCode)
  } catch {
    return undefined
  }
}

function writeStyle(nat: string, intl: string, style: PhoneStyle, region: string): string {
  const groups = (s: string) => s.split(/[^0-9+]+/).filter(Boolean)
  switch (style) {
    case 'nat':
      return nat
    case 'intl':
      return intl
    case 'dash':
      return region === 'US' || region === 'CA' ? groups(nat).join('-') : groups(intl).join('-')
    case 'dot':
      return groups(nat).join('.')
    case 'zero':
      return `00${intl.slice(1)}`
    case 'compact':
      return intl.replace(/\s+/g, '')
    case 'bracket': {
      const [cc, ...rest] = groups(intl)
      const [first, ...tail] = rest
      return `${cc} (${first}) ${tail.join(' ')}`
    }
    case 'slash': {
      const [first, ...tail] = groups(nat)
      return `${first}/${tail.join('')}`
    }
  }
}
