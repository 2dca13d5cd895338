// Phones by numbering plan. Each kind makes a national significant number (NSN); the generator keeps it only when
// libphonenumber-js/max calls it valid for its country, then writes it in one of many forms and checks that form too.
import { parsePhoneNumber, type CountryCode } from 'libphonenumber-js/max'
import type { Rng } from './prng.ts'

interface Kind { gen: (r: Rng) => string; groups: number[][]; area: number; mobile: boolean }
interface Plan { cc: string; trunk: string; kinds: Kind[]; zeroIntl?: boolean }
const d = (r: Rng, n: number) => r.digits(n)
const nz = (r: Rng) => String(r.int(2, 9))

export const PLANS: Record<string, Plan> = {
  US: { cc: '1', trunk: '', kinds: [{ gen: (r) => r.pick(['617', '212', '718', '401', '860', '207', '603', '802', '201', '973', '516', '413', '508']) + nz(r) + d(r, 2).replace(/^55$/, '56') + d(r, 4), groups: [[3, 3, 4]], area: 3, mobile: false }] },
  CA: { cc: '1', trunk: '', kinds: [{ gen: (r) => r.pick(['514', '438', '418', '819', '450', '581', '613']) + nz(r) + d(r, 2).replace(/^55$/, '56') + d(r, 4), groups: [[3, 3, 4]], area: 3, mobile: false }] },
  IE: { cc: '353', trunk: '0', zeroIntl: false, kinds: [
    { gen: (r) => '8' + r.pick(['3', '5', '6', '7', '9']) + nz(r) + d(r, 6), groups: [[2, 3, 4], [2, 7]], area: 2, mobile: true },
    { gen: (r) => '1' + nz(r) + d(r, 6), groups: [[1, 3, 4]], area: 1, mobile: false },
    { gen: (r) => r.pick(['21', '61', '91']) + nz(r) + d(r, 5), groups: [[2, 3, 3], [2, 6]], area: 2, mobile: false }] },
  GB: { cc: '44', trunk: '0', zeroIntl: true, kinds: [
    { gen: (r) => '7' + r.pick(['4', '5', '7', '8', '9']) + d(r, 8), groups: [[4, 6], [4, 3, 3]], area: 4, mobile: true },
    { gen: (r) => r.pick(['141', '131']) + r.pick(['2', '3', '5', '6', '7']) + d(r, 6), groups: [[3, 3, 4]], area: 3, mobile: false },
    { gen: (r) => r.pick(['1224', '1463', '1382', '1786']) + nz(r) + d(r, 5), groups: [[4, 6], [4, 3, 3]], area: 4, mobile: false }] },
  NG: { cc: '234', trunk: '0', kinds: [
    { gen: (r) => r.pick(['803', '806', '813', '816', '703', '706', '802', '808', '812', '805', '807', '815', '905']) + nz(r) + d(r, 6), groups: [[3, 3, 4], [3, 7]], area: 3, mobile: true }] },
  PH: { cc: '63', trunk: '0', kinds: [
    { gen: (r) => r.pick(['917', '918', '919', '920', '927', '939', '945', '995', '998', '966']) + nz(r) + d(r, 6), groups: [[3, 3, 4], [3, 7]], area: 3, mobile: true },
    { gen: (r) => '28' + d(r, 7), groups: [[1, 4, 4]], area: 1, mobile: false }] },
  NZ: { cc: '64', trunk: '0', kinds: [
    { gen: (r) => r.pick(['21', '22', '27']) + nz(r) + d(r, 6), groups: [[2, 3, 4]], area: 2, mobile: true },
    { gen: (r) => r.pick(['9', '4', '3', '7']) + r.pick(['3', '4', '5', '8']) + d(r, 6), groups: [[1, 3, 4]], area: 1, mobile: false }] },
  FR: { cc: '33', trunk: '0', zeroIntl: true, kinds: [
    { gen: (r) => r.pick(['6', '7']) + d(r, 8), groups: [[1, 2, 2, 2, 2]], area: 1, mobile: true },
    { gen: (r) => r.pick(['1', '2', '3', '4', '5']) + nz(r) + d(r, 7), groups: [[1, 2, 2, 2, 2]], area: 1, mobile: false }] },
  DE: { cc: '49', trunk: '0', zeroIntl: true, kinds: [
    { gen: (r) => r.pick(['151', '160', '170', '171', '172', '176', '157', '152']) + nz(r) + d(r, 6), groups: [[3, 7], [3, 3, 4]], area: 3, mobile: true },
    { gen: (r) => r.pick(['30', '40', '89', '69']) + nz(r) + d(r, 6), groups: [[2, 7], [2, 4, 3]], area: 2, mobile: false }] },
  ES: { cc: '34', trunk: '', kinds: [
    { gen: (r) => r.pick(['6', '7']) + r.pick(['1', '2', '3', '4', '5', '6', '7', '8']) + d(r, 7), groups: [[3, 3, 3], [3, 2, 2, 2]], area: 3, mobile: true },
    { gen: (r) => r.pick(['91', '93', '96', '95']) + nz(r) + d(r, 6), groups: [[2, 3, 2, 2], [3, 3, 3]], area: 2, mobile: false }] },
  AR: { cc: '54', trunk: '0', kinds: [
    { gen: (r) => '11' + r.pick(['4', '5']) + d(r, 7), groups: [[2, 4, 4]], area: 2, mobile: false },
    { gen: (r) => '351' + '4' + d(r, 6), groups: [[3, 3, 4]], area: 3, mobile: false }] },
  CL: { cc: '56', trunk: '', kinds: [
    { gen: (r) => '9' + nz(r) + d(r, 7), groups: [[1, 4, 4]], area: 1, mobile: true },
    { gen: (r) => '22' + nz(r) + d(r, 6), groups: [[1, 4, 4]], area: 1, mobile: false }] },
  IT: { cc: '39', trunk: '', kinds: [
    { gen: (r) => '3' + r.pick(['20', '28', '33', '35', '38', '40', '47', '49', '66', '89', '92']) + d(r, 7), groups: [[3, 3, 4], [3, 7]], area: 3, mobile: true },
    { gen: (r) => r.pick(['06', '02']) + nz(r) + d(r, 7), groups: [[2, 4, 4], [2, 8]], area: 2, mobile: false }] },
  PL: { cc: '48', trunk: '', kinds: [
    { gen: (r) => r.pick(['50', '51', '53', '60', '66', '69', '72', '78', '79', '88']) + d(r, 7), groups: [[3, 3, 3]], area: 3, mobile: true },
    { gen: (r) => r.pick(['22', '12', '58', '61', '71']) + nz(r) + d(r, 6), groups: [[2, 3, 2, 2]], area: 2, mobile: false }] },
  SE: { cc: '46', trunk: '0', zeroIntl: false, kinds: [
    { gen: (r) => '7' + r.pick(['0', '2', '3', '6']) + nz(r) + d(r, 6), groups: [[2, 3, 2, 2]], area: 2, mobile: true },
    { gen: (r) => '8' + nz(r) + d(r, 7), groups: [[1, 3, 3, 2]], area: 1, mobile: false }] },
  FI: { cc: '358', trunk: '0', kinds: [
    { gen: (r) => r.pick(['40', '44', '45', '50']) + nz(r) + d(r, 6), groups: [[2, 3, 4], [2, 7]], area: 2, mobile: true },
    { gen: (r) => '9' + nz(r) + d(r, 6), groups: [[1, 3, 4]], area: 1, mobile: false }] },
  GR: { cc: '30', trunk: '', kinds: [
    { gen: (r) => '69' + r.pick(['4', '7', '8', '9']) + d(r, 7), groups: [[3, 3, 4], [3, 7]], area: 3, mobile: true },
    { gen: (r) => '21' + r.pick(['0', '3']) + nz(r) + d(r, 6), groups: [[3, 3, 4], [3, 7]], area: 3, mobile: false }] },
  RO: { cc: '40', trunk: '0', zeroIntl: false, kinds: [
    { gen: (r) => '7' + r.pick(['22', '23', '24', '40', '45', '51', '62', '66', '88']) + d(r, 6), groups: [[3, 3, 3]], area: 3, mobile: true },
    { gen: (r) => '21' + r.pick(['3', '4', '2']) + d(r, 6), groups: [[2, 3, 2, 2], [2, 3, 4]], area: 2, mobile: false }] },
}

export type Style = 'nat' | 'nat-dash' | 'nat-dot' | 'nat-slash' | 'nat-bracket' | 'nat-compact' | 'intl' | 'intl-dash' | 'intl-compact' | 'intl-00' | 'intl-0' | 'intl-bracket' | 'us-1' | 'odd'
export const NAT_STYLES: Style[] = ['nat', 'nat', 'nat-dash', 'nat-dot', 'nat-slash', 'nat-bracket', 'nat-compact']
export const INTL_STYLES: Style[] = ['intl', 'intl', 'intl-dash', 'intl-compact', 'intl-00', 'intl-0', 'intl-bracket']

export const validPhone = (s: string, c?: CountryCode) => { try { return parsePhoneNumber(s.replace(' (0)', ' '), c).isValid() } catch { return false } }

function group(s: string, sizes: number[]): string[] {
  const out: string[] = []
  let i = 0
  for (const [k, n] of sizes.entries()) { out.push(k === sizes.length - 1 ? s.slice(i) : s.slice(i, i + n)); i += n }
  return out.filter((x) => x)
}
export function oddGroups(r: Rng, s: string): string {
  const out: string[] = []
  let i = 0
  while (i < s.length) { const n = Math.min(r.int(1, 4), s.length - i); out.push(s.slice(i, i + n)); i += n }
  return out.join(' ')
}

export interface Phone { text: string; country: string; mobile: boolean }
export function makePhone(r: Rng, country: string, style: Style, mobile?: boolean): Phone {
  const p = PLANS[country]
  if (!p) throw new Error(`no plan ${country}`)
  for (let tries = 0; tries < 400; tries++) {
    const kinds = mobile === undefined ? p.kinds : p.kinds.filter((k) => k.mobile === mobile).length ? p.kinds.filter((k) => k.mobile === mobile) : p.kinds
    const k = r.pick(kinds)
    const nsn = k.gen(r)
    if (!validPhone(p.trunk + nsn, country as CountryCode)) continue
    const g = group(nsn, r.pick(k.groups))
    const nat = p.trunk + g[0]
    const rest = g.slice(1)
    const area = nsn.slice(0, k.area)
    const after = nsn.slice(k.area)
    let st = style
    if (st === 'intl-0' && !p.zeroIntl) st = 'intl'
    if (st === 'intl-bracket' && p.cc !== '1') st = 'intl-dash'
    if (st === 'us-1' && p.cc !== '1') st = 'nat-dash'
    if (st === 'nat-slash' && p.cc === '1') st = 'nat-dot'
    const us = p.cc === '1'
    let text: string
    switch (st) {
      case 'nat': text = [nat, ...rest].join(' '); break
      case 'nat-dash': text = us ? g.join('-') : [nat, ...rest].join(r.chance(0.5) ? '-' : ' ').replace(/^(\S+) /, '$1-'); break
      case 'nat-dot': text = [nat, ...rest].join('.'); break
      case 'nat-slash': text = `${p.trunk}${area}/${after}`; break
      case 'nat-bracket': text = us ? `(${area}) ${after.slice(0, 3)}-${after.slice(3)}` : `(${p.trunk}${area}) ${group(after, [3, 9]).join(' ')}`; break
      case 'nat-compact': text = p.trunk + nsn; break
      case 'intl': text = `+${p.cc} ${g.join(' ')}`; break
      case 'intl-dash': text = `+${p.cc}-${g.join('-')}`; break
      case 'intl-compact': text = `+${p.cc}${nsn}`; break
      case 'intl-00': text = `00${p.cc} ${g.join(' ')}`; break
      case 'intl-0': text = `+${p.cc} (0)${g.join(' ')}`; break
      case 'intl-bracket': text = `+1 (${area}) ${after.slice(0, 3)}-${after.slice(3)}`; break
      case 'us-1': text = `1-${g.join('-')}`; break
      case 'odd': text = oddGroups(r, p.trunk + nsn); break
    }
    const ok = text.startsWith('+') ? validPhone(text) : text.startsWith('00') ? validPhone('+' + text.slice(2)) : text.startsWith('1-') ? validPhone(text, 'US') : validPhone(text, country as CountryCode)
    if (!ok) continue
    return { text, country, mobile: k.mobile }
  }
  throw new Error(`no valid ${country} phone in ${style}`)
}

const WORD = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']
// An English-spoken phone: digit by digit, 0 as "oh" or "zero", a pair as "double x", groups by commas.
export function spoken(r: Rng, country: string): Phone {
  const p = makePhone(r, country, 'nat-compact', true)
  const ds = p.text
  const words: string[] = []
  const cuts = new Set([3, 6])
  for (let i = 0; i < ds.length; i++) {
    const x = Number(ds[i])
    const sep = cuts.has(i) ? ', ' : ' '
    const w = x === 0 ? r.pick(['oh', 'zero']) : WORD[x]!
    if (i + 1 < ds.length && ds[i + 1] === ds[i] && !cuts.has(i + 1) && r.chance(0.7)) { words.push((i ? sep : '') + 'double ' + w); i++; continue }
    words.push((i ? sep : '') + w)
  }
  return { text: words.join(''), country, mobile: true }
}
