// Generator-side checksums (the test carries its own, written apart).
import type { Rng } from './rng'

export function luhnDigit(body: string): number {
  let sum = 0
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i])
    if (i % 2 === 0) { d *= 2; if (d > 9) d -= 9 }
    sum += d
  }
  return (10 - (sum % 10)) % 10
}

export function mod97(numeric: string): number {
  let r = 0
  for (const ch of numeric) r = (r * 10 + Number(ch)) % 97
  return r
}

function ibanNumeric(s: string): string {
  return [...s].map((c) => (/[A-Z]/.test(c) ? String(c.charCodeAt(0) - 55) : c)).join('')
}

export function ibanWithCheck(country: string, bban: string): string {
  const r = mod97(ibanNumeric(bban + country + '00'))
  return country + String(98 - r).padStart(2, '0') + bban
}

export function ibanValid(iban: string): boolean {
  return mod97(ibanNumeric(iban.slice(4) + iban.slice(0, 4))) === 1
}

const BBAN: Record<string, (rng: Rng) => string> = {
  AT: (r) => r.digits(16),
  CH: (r) => '00' + r.digits(3) + r.digits(12),
  LU: (r) => r.digits(3) + '0' + r.digits(12),
  GR: (r) => r.pick(['011', '017', '026', '014']) + r.digits(4) + r.digits(16),
  LV: (r) => r.pick(['HABA', 'UNLA', 'PARX', 'RIKO']) + r.digits(13),
  SI: (r) => nationalMod97(r.pick(['19100', '02010', '05100', '04302']) + r.digits(8)),
  GB: (r) => r.pick(['NWBK', 'BARC', 'MIDL', 'LOYD', 'RBOS']) + r.digits(14),
  DE: (r) => r.digits(18),
  FR: (r) => r.digits(10) + r.digits(11) + r.digits(2),
  IE: (r) => r.pick(['AIBK', 'BOFI']) + r.digits(14),
  BE: (r) => { const b = r.digits(10); const c = Number(BigInt(b) % 97n) || 97; return b + String(c).padStart(2, '0') },
}

/** Slovenian BBANs carry their own mod-97 pair, which is why real SI IBANs all read SI56. */
function nationalMod97(body: string): string {
  const cd = 98 - mod97(body + '00')
  return body + String(cd).padStart(2, '0')
}

export function makeIban(rng: Rng, country: string): string {
  const gen = BBAN[country]
  if (!gen) throw new Error(`no BBAN for ${country}`)
  return ibanWithCheck(country, gen(rng))
}

/** Same country and length, check digits that fail mod-97. */
export function makeBadIban(rng: Rng, country: string): string {
  const good = makeIban(rng, country)
  const cd = Number(good.slice(2, 4))
  const bad = (cd + rng.int(1, 90)) % 97
  const out = good.slice(0, 2) + String(bad < 2 ? bad + 2 : bad).padStart(2, '0') + good.slice(4)
  return ibanValid(out) ? makeBadIban(rng, country) : out
}

export function groupIban(iban: string, grouped: boolean): string {
  return grouped ? (iban.match(/.{1,4}/g) ?? []).join(' ') : iban
}
