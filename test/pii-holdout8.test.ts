// The holdout-8 corpus (airline, shop, utility contact centers): every label is
// checked here with validators written apart from the generator, and the file
// must be exactly what `bun scripts/gen-holdout8.ts` writes.
import { describe, expect, test } from 'bun:test'
import { readFileSync } from 'node:fs'
import { isIP } from 'node:net'
import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js/max'
import { corpusText, OUT } from '../scripts/gen-holdout8.ts'

type Span = { start: number; end: number }
type Row = { id: string; lang: string; kind: string; text: string; entities: (Span & { type: string })[]; negatives: (Span & { kind: string })[] }

const raw = readFileSync(OUT, 'utf8')
const rows: Row[] = raw.trim().split('\n').map((l) => JSON.parse(l))

function luhnOk(digits: string): boolean {
  let sum = 0
  let double = false
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48
    if (double) d = d * 2 > 9 ? d * 2 - 9 : d * 2
    sum += d
    double = !double
  }
  return sum % 10 === 0
}

function brandOk(p: string): boolean {
  const n = p.length
  const six = Number(p.slice(0, 6))
  const four = Number(p.slice(0, 4))
  const two = Number(p.slice(0, 2))
  if (p[0] === '4') return n === 13 || n === 16 || n === 19
  if (two >= 51 && two <= 55) return n === 16
  if (four >= 2221 && four <= 2720) return n === 16
  if (two === 34 || two === 37) return n === 15
  if (two === 36) return n === 14
  if (four === 6011 || two === 65 || (six >= 644000 && six <= 649999)) return n === 16
  if (four >= 3528 && four <= 3589) return n === 16
  return false
}

const IBAN_LEN: Record<string, number> = { SE: 24, DK: 18, NO: 15, FI: 18, ES: 24, PT: 25, GB: 22, IE: 22, DE: 22, FR: 27, BR: 29 }
function ibanRemainder(s: string): number {
  const r = s.slice(4) + s.slice(0, 4)
  const digits = r.replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55))
  let rem = 0
  for (const d of digits) rem = (rem * 10 + Number(d)) % 97
  return rem
}
function ibanShape(v: string): string {
  const c = v.replace(/ /g, '')
  expect(c).toMatch(/^[A-Z]{2}\d{2}[A-Z0-9]+$/)
  expect(c.length).toBe(IBAN_LEN[c.slice(0, 2)] as number)
  return c
}

function ssnOk(v: string): boolean {
  const m = /^(\d{3})([- ]?)(\d{2})\2(\d{4})$/.exec(v)
  if (!m) return false
  const area = Number(m[1])
  return area > 0 && area !== 666 && area < 900 && m[3] !== '00' && m[4] !== '0000'
}

function ninoOk(v: string): boolean {
  const c = v.toUpperCase().replace(/ /g, '')
  const m = /^([A-Z])([A-Z])\d{6}[A-D]$/.exec(c)
  if (!m) return false
  if ('DFIQUV'.includes(m[1] as string) || 'DFIOQUV'.includes(m[2] as string)) return false
  return !['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'].includes(c.slice(0, 2))
}

const REGIONS = ['US', 'CA', 'GB', 'SE', 'DK', 'NO', 'FI', 'ES', 'BR', 'PT'] as CountryCode[]
function phoneOk(v: string): boolean {
  if (!/^(\+|00|\(|\d)/.test(v) || !/\d$/.test(v)) return false
  const intl = v.startsWith('00') ? '+' + v.slice(2) : v
  if (intl.startsWith('+')) return parsePhoneNumberFromString(intl)?.isValid() === true
  return REGIONS.some((r) => parsePhoneNumberFromString(v, r)?.isValid() === true)
}

const TITLES = /^(mr|mrs|ms|dr|sr|sra|dear|hi|hej|hei|hola|olá|agent|customer)\.?\s/i
function check(type: string, v: string): void {
  const ctx = `${type} ${JSON.stringify(v)}`
  switch (type) {
    case 'CARD': {
      const d = v.replace(/[ -]/g, '')
      expect(/^\d{13,19}$/.test(d) && luhnOk(d) && brandOk(d), ctx).toBe(true)
      break
    }
    case 'IBAN':
      expect(ibanRemainder(ibanShape(v)), ctx).toBe(1)
      break
    case 'US_SSN':
      expect(ssnOk(v), ctx).toBe(true)
      break
    case 'UK_NINO':
      expect(ninoOk(v), ctx).toBe(true)
      break
    case 'PHONE':
      expect(phoneOk(v), ctx).toBe(true)
      break
    case 'IP_ADDRESS':
      expect(isIP(v) !== 0, ctx).toBe(true)
      break
    case 'EMAIL':
      expect(v, ctx).toMatch(/^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/i)
      break
    case 'PERSON':
      expect(v, ctx).toMatch(/^[\p{L}\p{M}][\p{L}\p{M}' .-]*[\p{L}\p{M}]$/u)
      expect(TITLES.test(v + ' '), ctx).toBe(false)
      break
    default:
      throw new Error(`unknown type ${type}`)
  }
}

describe('holdout-8 corpus', () => {
  test('the generator reproduces the file byte for byte', () => {
    expect(corpusText() === raw).toBe(true)
  })

  test('ids are unique and the shape is the documented one', () => {
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length)
    for (const r of rows) {
      expect(Object.keys(r)).toEqual(['id', 'lang', 'kind', 'text', 'entities', 'negatives'])
      expect(r.id.startsWith(`${r.lang}-${r.kind}-`)).toBe(true)
    }
  })

  test('every span is inside its text, in order, and labels never overlap', () => {
    for (const r of rows) {
      const all: Span[] = [...r.entities, ...r.negatives].sort((a, b) => a.start - b.start)
      for (const s of all) {
        expect(Number.isInteger(s.start) && s.start >= 0 && s.start < s.end && s.end <= r.text.length, r.id).toBe(true)
        const v = r.text.slice(s.start, s.end)
        expect(v.trim() === v && v.length > 0, `${r.id} ${v}`).toBe(true)
      }
      for (let i = 1; i < all.length; i++) expect((all[i] as Span).start >= (all[i - 1] as Span).end, r.id).toBe(true)
      for (let i = 1; i < r.entities.length; i++) expect((r.entities[i] as Span).start > (r.entities[i - 1] as Span).start).toBe(true)
    }
  })

  test('every entity is the value its type says (checksums, phone validity, shapes)', () => {
    for (const r of rows) for (const e of r.entities) check(e.type, r.text.slice(e.start, e.end))
  })

  test('checksum lookalikes fail their checksums', () => {
    let luhn = 0
    let iban = 0
    for (const r of rows) {
      for (const n of r.negatives) {
        const v = r.text.slice(n.start, n.end)
        if (n.kind === 'luhn-invalid') {
          const d = v.replace(/[ -]/g, '')
          expect(/^\d{16}$/.test(d) && !luhnOk(d), v).toBe(true)
          luhn++
        }
        if (n.kind === 'iban-checksum') {
          expect(ibanRemainder(ibanShape(v.toUpperCase())), v).not.toBe(1)
          iban++
        }
      }
    }
    expect(luhn).toBeGreaterThanOrEqual(15)
    expect(iban).toBeGreaterThanOrEqual(15)
  })

  test('no all-digit lookalike of 13-19 digits is a Luhn-valid card of a real brand', () => {
    for (const r of rows) {
      for (const n of r.negatives) {
        const d = r.text.slice(n.start, n.end).replace(/[ -]/g, '')
        if (/^\d{13,19}$/.test(d)) expect(luhnOk(d) && brandOk(d), `${n.kind} ${d}`).toBe(false)
      }
    }
  })

  test('the minimums of the brief: size, languages, genres, types, negatives, offsets after astral text', () => {
    expect(rows.length).toBeGreaterThanOrEqual(400)
    const en = rows.filter((r) => r.lang === 'en').length
    expect(en / rows.length).toBeGreaterThan(0.4)
    expect(en / rows.length).toBeLessThan(0.6)
    expect(new Set(rows.map((r) => r.lang))).toEqual(new Set(['en', 'sv', 'da', 'nb', 'fi', 'es', 'pt']))
    expect(new Set(rows.map((r) => r.kind)).size).toBe(8)
    const types = new Map<string, number>()
    for (const r of rows) for (const e of r.entities) types.set(e.type, (types.get(e.type) ?? 0) + 1)
    for (const t of ['EMAIL', 'PHONE', 'CARD', 'IBAN', 'US_SSN', 'UK_NINO', 'IP_ADDRESS', 'PERSON']) {
      expect(types.get(t) ?? 0, t).toBeGreaterThanOrEqual(15)
    }
    const kinds = new Set(rows.flatMap((r) => r.negatives.map((n) => n.kind)))
    for (const k of ['booking-ref', 'e-ticket', 'flight-number', 'seat', 'baggage-tag', 'order-number', 'tracking-number', 'mpan', 'voucher-code', 'postcode', 'amount', 'kwh-reading', 'date', 'time', 'duration', 'name-word']) {
      expect(kinds.has(k), k).toBe(true)
    }
    expect(rows.filter((r) => r.entities.length === 0).length).toBeGreaterThanOrEqual(60)
    const astral = rows.filter((r) => r.entities.some((e) => /[\u{10000}-\u{10FFFF}]/u.test(r.text.slice(0, e.start))))
    expect(astral.length).toBeGreaterThanOrEqual(40)
    const combining = rows.filter((r) => r.entities.some((e) => /[\u0300-\u036f]/.test(r.text.slice(0, e.start))))
    expect(combining.length).toBeGreaterThanOrEqual(5)
  })
})
