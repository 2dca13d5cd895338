// Card PANs of real brands' IIN ranges with a computed Luhn digit, and
// card-shaped numbers that fail it.
import { luhnDigit } from './checksums'
import type { Rng } from './rng'

interface Brand { name: string; prefix: (r: Rng) => string; length: number }

const BRANDS: Brand[] = [
  { name: 'Visa', prefix: () => '4', length: 16 },
  { name: 'Visa', prefix: () => '4', length: 16 },
  { name: 'Visa', prefix: () => '4', length: 13 },
  { name: 'Visa', prefix: () => '4', length: 19 },
  { name: 'Mastercard', prefix: (r) => String(r.int(51, 55)), length: 16 },
  { name: 'Mastercard', prefix: (r) => String(r.int(2221, 2720)), length: 16 },
  { name: 'Amex', prefix: (r) => r.pick(['34', '37']), length: 15 },
  { name: 'Discover', prefix: (r) => r.pick(['6011', '65', String(r.int(644, 649))]), length: 16 },
  { name: 'JCB', prefix: (r) => String(r.int(3528, 3589)), length: 16 },
  { name: 'Diners', prefix: (r) => r.pick(['36', '38']), length: 14 },
  { name: 'Maestro', prefix: (r) => r.pick(['6759', '5018', '6304']), length: 16 },
]

export interface Card { pan: string; brand: string }

export function makeCard(rng: Rng, brandName?: string): Card {
  const pool = brandName ? BRANDS.filter((b) => b.name === brandName) : BRANDS
  const brand = rng.pick(pool)
  let body = brand.prefix(rng)
  body += rng.digits(brand.length - 1 - body.length)
  return { pan: body + String(luhnDigit(body)), brand: brand.name }
}

/** A 16-digit number with a card-like prefix and a wrong check digit. */
export function makeBadPan(rng: Rng): string {
  const body = rng.pick(['4', '5' + rng.int(1, 5), '6011', '2' + rng.int(221, 720)])
  const full = body + rng.digits(15 - body.length)
  const wrong = (luhnDigit(full) + rng.int(1, 9)) % 10
  return full + String(wrong)
}

export function groupPan(pan: string, sep: string): string {
  if (sep === '') return pan
  if (pan.length === 15) return [pan.slice(0, 4), pan.slice(4, 10), pan.slice(10)].join(sep)
  if (pan.length === 14) return [pan.slice(0, 4), pan.slice(4, 10), pan.slice(10)].join(sep)
  return (pan.match(/.{1,4}/g) ?? []).join(sep)
}
