// Phone numbers valid per libphonenumber-js/max, written in national and
// international forms; every written form is re-parsed and must stay valid.
import { type CountryCode, parsePhoneNumberWithError } from 'libphonenumber-js/max'
import type { Rng } from './rng'

const NSN: Record<string, ReadonlyArray<(r: Rng) => string>> = {
  US: [(r) => r.pick(['212', '415', '646', '312', '617', '305', '206', '512']) + r.int(2, 9) + r.digits(6)],
  CA: [(r) => r.pick(['416', '604', '514', '403', '613']) + r.int(2, 9) + r.digits(6)],
  GB: [(r) => '7' + r.pick(['400', '700', '800', '900', '500']) + r.digits(6), (r) => '20' + r.pick(['7', '3', '8']) + r.digits(7), (r) => '161' + r.int(2, 9) + r.digits(6)],
  IN: [(r) => r.pick(['98', '99', '97', '70', '81', '63']) + r.digits(8), (r) => '22' + r.pick(['2', '4', '6']) + r.digits(7), (r) => '80' + r.pick(['2', '4']) + r.digits(7)],
  PH: [(r) => '9' + r.pick(['17', '18', '27', '05', '55']) + r.digits(7), (r) => '2' + r.pick(['8']) + r.digits(7)],
  DE: [(r) => '1' + r.pick(['51', '52', '60', '70', '71', '76']) + r.digits(8), (r) => '30' + r.int(2, 9) + r.digits(7), (r) => '89' + r.int(2, 9) + r.digits(6), (r) => '69' + r.int(2, 9) + r.digits(6)],
  FR: [(r) => r.pick(['6', '7']) + r.digits(8), (r) => r.pick(['1', '4', '5']) + r.digits(8)],
  ES: [(r) => r.pick(['6', '7']) + r.digits(8), (r) => '91' + r.digits(7), (r) => '93' + r.digits(7)],
  PL: [(r) => r.pick(['5', '6', '7', '8']) + r.pick(['0', '1', '3', '7', '9']) + r.digits(7), (r) => '22' + r.digits(7), (r) => '12' + r.digits(7)],
  RO: [(r) => '7' + r.pick(['2', '4', '5', '6']) + r.digits(7), (r) => '21' + r.pick(['2', '3', '4']) + r.digits(6)],
  BR: [(r) => '11' + '9' + r.int(6, 9) + r.digits(7)],
  AU: [(r) => '4' + r.digits(8)],
  ZA: [(r) => r.pick(['82', '83', '72']) + r.digits(7)],
  MX: [(r) => '55' + r.digits(8)],
  JP: [(r) => '90' + r.digits(8)],
  NG: [(r) => '80' + r.pick(['3', '6']) + r.digits(7)],
  AE: [(r) => '50' + r.digits(7)],
}
export const FOREIGN = ['BR', 'AU', 'ZA', 'MX', 'JP', 'NG', 'AE'] as const

function validNumber(r: Rng, cc: string) {
  for (let i = 0; i < 500; i++) {
    const nsn = r.pick(NSN[cc]!)(r)
    try {
      const p = parsePhoneNumberWithError(nsn, cc as CountryCode)
      if (p.isValid() && p.country === cc) return p
    } catch {}
  }
  throw new Error(`no valid ${cc} number`)
}

function stillValid(written: string, cc: string): boolean {
  try {
    const p = parsePhoneNumberWithError(written, cc as CountryCode)
    return p.isValid() && p.nationalNumber.length > 5
  } catch {
    return false
  }
}

function variant(r: Rng, national: string, intl: string, form: 'nat' | 'intl'): string {
  const base = form === 'nat' ? national : intl
  const v = r.int(0, 4)
  if (form === 'nat') {
    if (v === 1 && !base.includes('(')) return base.replace(/ /g, '.')
    if (v === 2 && !base.includes('(')) return base.replace(/ /g, '-')
    return base
  }
  if (v === 1) return base.replace(/ /g, '-')
  if (v === 2) return base.replace(/^\+(\d+) /, '+$1 ').replace(/ /g, '')
  if (v === 3 && !base.startsWith('+1 ')) return base.replace(/^\+/, '00')
  if (v === 4) return base.replace(/^\+(\d+) (\d{2,}) /, '+$1 ($2) ')
  return base
}

/** A valid phone of `cc`, as written: national or international form. */
export function phone(r: Rng, cc: string, form: 'nat' | 'intl'): string {
  for (let i = 0; i < 50; i++) {
    const p = validNumber(r, cc)
    const w = variant(r, p.formatNational(), p.formatInternational(), form)
    if (stillValid(w, cc)) return w
  }
  throw new Error(`no writable ${cc} number`)
}
