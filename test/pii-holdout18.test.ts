// The holdout18 corpus (law firm, staffing agency, ferry operator): the file is
// what the generator writes, and every label holds. Validators here are written
// apart from the generator's: they read the final text only.
import { describe, expect, test } from 'bun:test'
import { readFileSync } from 'node:fs'
import { isIP } from 'node:net'
import { parsePhoneNumber, type CountryCode } from 'libphonenumber-js/max'
import { buildCorpus, CORPUS_PATH } from '../scripts/gen-holdout18.ts'

interface Label { type?: string; kind?: string; start: number; end: number }
interface Line { id: string; lang: string; kind: string; text: string; entities: Label[]; negatives: Label[] }

const raw = readFileSync(CORPUS_PATH, 'utf8')
const lines: Line[] = raw.trimEnd().split('\n').map((l) => JSON.parse(l))
const slice = (l: Line, s: Label) => l.text.slice(s.start, s.end)

function luhn(digits: string): boolean {
  let sum = 0
  ;[...digits].reverse().forEach((ch, i) => {
    const d = Number(ch) * (i % 2 ? 2 : 1)
    sum += d > 9 ? d - 9 : d
  })
  return sum % 10 === 0
}

function brandOk(d: string): boolean {
  const n = d.length
  if (d.startsWith('4')) return [13, 16, 19].includes(n)
  if (/^5[1-5]/.test(d) || (Number(d.slice(0, 4)) >= 2221 && Number(d.slice(0, 4)) <= 2720)) return n === 16
  if (/^3[47]/.test(d)) return n === 15
  if (/^(6011|64[4-9]|65)/.test(d)) return n >= 16 && n <= 19
  if (/^35(2[89]|[3-8])/.test(d)) return n >= 16 && n <= 19
  if (/^3[68]/.test(d)) return n === 14
  if (/^(6304|6759|6761)/.test(d)) return n >= 12 && n <= 19
  return false
}

const IBAN_LEN: Record<string, number> = { DE: 22, LI: 21, FR: 27, BE: 16, ES: 24, IT: 27, BG: 22, SK: 24, LT: 20, GB: 22, PL: 28 }

function mod97ok(iban: string): boolean {
  const s = iban.slice(4) + iban.slice(0, 4)
  let r = 0
  for (const c of s) {
    const v = /[A-Z]/.test(c) ? String(c.charCodeAt(0) - 55) : c
    for (const d of v) r = (r * 10 + Number(d)) % 97
  }
  return r === 1
}

const REGIONS = ['US', 'CA', 'GB', 'DE', 'LI', 'FR', 'BE', 'ES', 'IT', 'BG', 'SK', 'LT']

function phoneOk(v: string): boolean {
  if (!/^(\+|00|\(|\d)/.test(v) || !/\d$/.test(v)) return false
  const intl = v.startsWith('00') ? `+${v.slice(2)}` : v
  const valid = (text: string, region?: string) => {
    try {
      return parsePhoneNumber(text, region as CountryCode | undefined).isValid()
    } catch {
      return false
    }
  }
  return intl.startsWith('+') ? valid(intl) : REGIONS.some((r) => valid(v, r))
}

const CHECK: Record<string, (v: string) => boolean> = {
  EMAIL: (v) => /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/.test(v),
  PHONE: phoneOk,
  CARD: (v) => /^\d[\d -]+\d$/.test(v) && luhn(v.replace(/\D/g, '')) && brandOk(v.replace(/\D/g, '')),
  IBAN: (v) => { const c = v.replace(/ /g, ''); return IBAN_LEN[c.slice(0, 2)] === c.length && mod97ok(c) },
  US_SSN: (v) => {
    const m = /^(\d{3})[- ]?(\d{2})[- ]?(\d{4})$/.exec(v)
    return !!m && m[1] !== '000' && m[1] !== '666' && Number(m[1]) < 900 && m[2] !== '00' && m[3] !== '0000'
  },
  UK_NINO: (v) => {
    const c = v.replace(/ /g, '')
    return /^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/.test(c) && !['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'].includes(c.slice(0, 2))
  },
  IP_ADDRESS: (v) => isIP(v) !== 0,
  PERSON: (v) => /^\p{L}[\p{L}\p{M}' .-]*\p{L}$/u.test(v) && v.trim() === v,
}

describe('pii-holdout18 corpus', () => {
  test('the generator writes this file byte for byte', () => {
    expect(buildCorpus()).toBe(raw)
  })

  test('shape: at least 400 texts, unique ids, about half English', () => {
    expect(lines.length).toBeGreaterThanOrEqual(400)
    expect(new Set(lines.map((l) => l.id)).size).toBe(lines.length)
    const en = lines.filter((l) => l.lang === 'en').length / lines.length
    expect(en).toBeGreaterThan(0.45)
    expect(en).toBeLessThan(0.6)
    expect(new Set(lines.map((l) => l.lang))).toEqual(new Set(['en', 'de', 'fr', 'es', 'it', 'bg', 'sk', 'lt']))
  })

  test('spans are in bounds, ordered and never overlap, labels or negatives', () => {
    for (const l of lines) {
      const all = [...l.entities, ...l.negatives].sort((a, b) => a.start - b.start)
      for (const [i, s] of all.entries()) {
        expect(Number.isInteger(s.start) && s.start >= 0 && s.start < s.end && s.end <= l.text.length).toBe(true)
        const prev = all[i - 1]
        if (prev) expect(prev.end <= s.start).toBe(true)
        expect(slice(l, s)).toBe(slice(l, s).trim())
      }
      const starts = l.entities.map((e) => e.start)
      expect(starts).toEqual([...starts].sort((a, b) => a - b))
    }
  })

  test('every entity holds a valid value of its type', () => {
    const bad: string[] = []
    for (const l of lines)
      for (const e of l.entities) {
        const check = CHECK[e.type ?? '']
        if (!check || !check(slice(l, e))) bad.push(`${l.id} ${e.type} ${slice(l, e)}`)
      }
    expect(bad).toEqual([])
  })

  test('checksum lookalikes fail their checksum and are not labeled', () => {
    let seen = 0
    for (const l of lines)
      for (const n of l.negatives) {
        const v = slice(l, n).replace(/[ -]/g, '')
        if (n.kind === 'luhn-invalid') { seen++; expect(/^\d{16}$/.test(v) && !luhn(v)).toBe(true) }
        if (n.kind === 'iban-checksum') { seen++; expect(IBAN_LEN[v.slice(0, 2)] === v.length && !mod97ok(v)).toBe(true) }
        if (n.kind === 'ssn-invalid') expect(CHECK.US_SSN?.(slice(l, n))).toBe(false)
        if (n.kind === 'nino-invalid') expect(CHECK.UK_NINO?.(slice(l, n))).toBe(false)
      }
    expect(seen).toBeGreaterThanOrEqual(40)
  })

  test('names carry no title, lookalikes have their shape', () => {
    const titles = /^(Mr|Mrs|Ms|Dr|Herr|Frau|Me|Mme|Sra|Sr|sig|г-жо|pani|Gerb)\b/u
    const words = new Set(['may', 'will', 'bill', 'mark', 'rose', 'grace', 'hope', 'faith', 'florence', 'victoria',
      'jordan', 'chelsea', 'lincoln', 'sunny', 'patience', 'justice', 'sterling'])
    const shapes: Record<string, RegExp> = {
      egn: /^\d{10}$/, 'birth-number': /^\d{6}\/\d{4}$/, 'personal-code': /^[3-6]\d{10}$/, 'tax-id': /^[1-9]\d( ?\d{3}){3}$/,
      'social-insurance': /^\d{2} \d{6} [A-Z] \d{3}$/, 'court-ref': /\d/, 'vehicle-reg': /^[A-Z0-9][A-Z0-9 -]+$/,
    }
    for (const l of lines) {
      for (const e of l.entities) if (e.type === 'PERSON') expect(titles.test(slice(l, e))).toBe(false)
      for (const n of l.negatives) {
        if (n.kind === 'name-word') expect(words.has(slice(l, n).toLowerCase())).toBe(true)
        const shape = shapes[n.kind ?? '']
        if (shape) expect(shape.test(slice(l, n)) ? 'ok' : `${n.kind} ${slice(l, n)}`).toBe('ok')
      }
    }
  })

  test('every type appears, with emoji before labels and names in many positions', () => {
    const types = new Map<string, number>()
    for (const l of lines) for (const e of l.entities) types.set(e.type ?? '', (types.get(e.type ?? '') ?? 0) + 1)
    for (const t of ['EMAIL', 'PHONE', 'CARD', 'IBAN', 'US_SSN', 'UK_NINO', 'IP_ADDRESS', 'PERSON'])
      expect(types.get(t) ?? 0).toBeGreaterThanOrEqual(20)
    const astral = lines.filter((l) => l.entities.some((e) => /[\u{10000}-\u{10FFFF}]/u.test(l.text.slice(0, e.start))))
    expect(astral.length).toBeGreaterThanOrEqual(40)
    const lower = lines.flatMap((l) => l.entities.filter((e) => e.type === 'PERSON' && /^\p{Ll}/u.test(slice(l, e))))
    expect(lower.length).toBeGreaterThanOrEqual(20)
  })
})
