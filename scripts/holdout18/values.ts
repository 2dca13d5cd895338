// Entity values: cards (real IIN ranges, Luhn), IBANs (per-country BBAN
// shapes, mod-97), SSNs, NINOs, IPs and emails.
import { ibanCheckDigits, luhnCheckDigit } from './checksums.ts'
import type { Rng } from './rng.ts'

const BRANDS: Array<{ iin: () => string[]; len: number; groups: number[] }> = [
  { iin: () => ['4'], len: 16, groups: [4, 4, 4, 4] },
  { iin: () => ['51', '52', '53', '54', '55', '2221', '2500', '2720'], len: 16, groups: [4, 4, 4, 4] },
  { iin: () => ['34', '37'], len: 15, groups: [4, 6, 5] },
  { iin: () => ['6011', '644', '649', '65'], len: 16, groups: [4, 4, 4, 4] },
  { iin: () => ['3528', '3589'], len: 16, groups: [4, 4, 4, 4] }, // JCB
  { iin: () => ['36', '38'], len: 14, groups: [4, 6, 4] }, // Diners
  { iin: () => ['4'], len: 19, groups: [4, 4, 4, 4, 3] },
  { iin: () => ['6304', '6759', '6761'], len: 16, groups: [4, 4, 4, 4] }, // Maestro
]

function group(digits: string, groups: number[], sep: string): string {
  const parts: string[] = []
  let at = 0
  for (const g of groups) {
    parts.push(digits.slice(at, at + g))
    at += g
  }
  return parts.join(sep)
}

export function cardDigits(rng: Rng): { digits: string; groups: number[] } {
  const brand = rng.pick(BRANDS)
  const iin = rng.pick(brand.iin())
  const body = iin + rng.digits(brand.len - iin.length - 1)
  return { digits: body + luhnCheckDigit(body), groups: brand.groups }
}

export function card(rng: Rng): string {
  const { digits, groups } = cardDigits(rng)
  return group(digits, groups, rng.pick([' ', ' ', '-', '']))
}

/** A 16-digit number whose last digit is off by one or more: fails Luhn. */
export function badCard(rng: Rng): string {
  const { digits } = cardDigits(rng)
  const body = digits.slice(0, 15).padEnd(15, '0')
  const good = Number(luhnCheckDigit(body))
  const bad = (good + rng.int(1, 9)) % 10
  return group(body + String(bad), [4, 4, 4, 4], rng.pick([' ', '-', '']))
}

// BBAN shapes: n = digits, a = upper letters, c = alphanumeric.
const BBAN: Record<string, string> = {
  DE: 'nnnnnnnnnnnnnnnnnn', LI: 'nnnnncccccccccccc', FR: 'nnnnnnnnnnccccccccccnnn', BE: 'nnnnnnnnnnnn',
  ES: 'nnnnnnnnnnnnnnnnnnnn', IT: 'annnnnnnnnncccccccccccc', BG: 'aaaannnnnncccccccc', SK: 'nnnnnnnnnnnnnnnnnnnn',
  LT: 'nnnnnnnnnnnnnnnn', GB: 'aaaannnnnnnnnnnnnn', PL: 'nnnnnnnnnnnnnnnnnnnnnnnn', AT: 'nnnnnnnnnnnnnnnn',
  NL: 'aaaannnnnnnnnn', CH: 'nnnnnccccccccccccc', IE: 'aaaannnnnnnnnnnnnn',
}

function bban(rng: Rng, country: string): string {
  const shape = BBAN[country]
  if (!shape) throw new Error(`no BBAN shape for ${country}`)
  const upper = 'ABCDEFGHJKLMNPRSTUVWXYZ'
  return [...shape]
    .map((k) => (k === 'n' || (k === 'c' && rng.chance(0.7)) ? String(rng.int(0, 9)) : rng.pick([...upper])))
    .join('')
}

function groupIban(compact: string, rng: Rng): string {
  return rng.chance(0.7) ? compact.replace(/(.{4})(?=.)/g, '$1 ') : compact
}

export function iban(rng: Rng, country: string): string {
  const b = bban(rng, country)
  return groupIban(country + ibanCheckDigits(country, b) + b, rng)
}

/** Right country and length, check digits changed so mod-97 fails. */
export function badIban(rng: Rng, country: string): string {
  const b = bban(rng, country)
  const good = Number(ibanCheckDigits(country, b))
  const wrong = ((good - 2 + rng.int(1, 96)) % 97) + 2
  const cd = String(wrong === good ? ((good - 1) % 97) + 2 : wrong).padStart(2, '0')
  return groupIban(country + cd + b, rng)
}

export function ssn(rng: Rng): string {
  let area = rng.int(1, 899)
  if (area === 666) area = 667
  const a = String(area).padStart(3, '0')
  const g = String(rng.int(1, 99)).padStart(2, '0')
  const s = String(rng.int(1, 9999)).padStart(4, '0')
  return rng.pick([`${a}-${g}-${s}`, `${a}-${g}-${s}`, `${a} ${g} ${s}`, `${a}${g}${s}`])
}

export function nino(rng: Rng): string {
  const first = [...'ABCEGHJKLMNOPRSTWXYZ']
  const second = [...'ABCEGHJKLMNPRSTWXYZ']
  let prefix = 'AB'
  do prefix = rng.pick(first) + rng.pick(second)
  while (['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'].includes(prefix))
  const d = rng.digits(6)
  const suffix = rng.pick([...'ABCD'])
  return rng.chance(0.5) ? `${prefix}${d}${suffix}` : `${prefix} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${suffix}`
}

export function ipv4(rng: Rng): string {
  const first = rng.pick([10, 172, 192, rng.int(11, 223), rng.int(11, 223)])
  if (first === 192) return `192.168.${rng.int(0, 255)}.${rng.int(1, 254)}`
  if (first === 172) return `172.${rng.int(16, 31)}.${rng.int(0, 255)}.${rng.int(1, 254)}`
  return `${first}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`
}

export function ipv6(rng: Rng): string {
  const hex = () => rng.int(0, 0xffff).toString(16)
  const head = rng.pick(['2001:db8', '2a02:810d', '2a01:e0a', '2600:1700', '2a00:23c5', 'fe80'])
  const rest = Array.from({ length: 8 - head.split(':').length }, hex)
  if (rng.chance(0.35)) return `${head}:${rest.join(':')}`
  return `${head}::${rest.slice(0, rng.int(1, 3)).join(':')}`
}

const ASCII: Record<string, string> = {
  ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', é: 'e', è: 'e', ê: 'e', ë: 'e', á: 'a', à: 'a', â: 'a', í: 'i', ì: 'i', î: 'i',
  ó: 'o', ò: 'o', ô: 'o', ú: 'u', ù: 'u', ñ: 'n', ç: 'c', č: 'c', š: 's', ž: 'z', ř: 'r', ý: 'y', ľ: 'l', ť: 't',
  ď: 'd', ň: 'n', ą: 'a', ę: 'e', ė: 'e', į: 'i', ų: 'u', ū: 'u', ł: 'l', ś: 's', ń: 'n', ź: 'z', ż: 'z',
}

export function asciiFold(text: string): string {
  const base = text.normalize('NFC').toLowerCase()
  return [...base].map((c) => ASCII[c] ?? c).join('').normalize('NFD').replace(/[^a-z0-9]/g, '')
}

const LATIN_BG: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n',
  о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'h', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'sht', ъ: 'a',
  ь: 'y', ю: 'yu', я: 'ya',
}

export function transliterate(text: string): string {
  return [...text.toLowerCase()].map((c) => LATIN_BG[c] ?? c).join('')
}

export function email(rng: Rng, first: string, last: string, domains: readonly string[]): string {
  const f = asciiFold(transliterate(first)) || 'info'
  const l = asciiFold(transliterate(last)) || 'mail'
  const local = rng.pick([
    `${f}.${l}`, `${f[0]}${l}`, `${f}_${l}${rng.int(1, 99)}`, `${l}.${f}`, `${f}${rng.int(70, 99)}`,
    `${f}.${l}+${rng.pick(['ferry', 'jobs', 'legal', 'cv'])}`, `${f}-${l}`,
  ])
  return `${local}@${rng.pick(domains)}`
}
