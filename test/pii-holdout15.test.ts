// Soundness of the held-out corpus 15 (vet, funeral, home energy). The
// validators here are written apart from the generator's: a label that the
// generator got wrong fails here, not in a recognizer's score.
import { describe, expect, test } from 'bun:test'
import { readFileSync } from 'node:fs'
import { isIP } from 'node:net'
import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js/max'
import { buildCorpus, CORPUS_PATH } from '../scripts/gen-holdout15'

interface Span { start: number; end: number }
interface Row { id: string; lang: string; kind: string; text: string; entities: (Span & { type: string })[]; negatives: (Span & { kind: string })[] }

const raw = readFileSync(CORPUS_PATH, 'utf8')
const rows: Row[] = raw.trimEnd().split('\n').map((l) => JSON.parse(l) as Row)
const TYPES = ['EMAIL', 'PHONE', 'CARD', 'IBAN', 'US_SSN', 'UK_NINO', 'IP_ADDRESS', 'PERSON']
const REGIONS: Record<string, CountryCode[]> = { en: ['GB', 'US', 'CA', 'ZA'], de: ['AT'], fr: ['CH', 'LU'], el: ['GR'], lv: ['LV'], sl: ['SI'] }

const digitsOf = (s: string): string => s.replace(/\D/g, '')

function luhnOk(d: string): boolean {
  let sum = 0
  let dbl = false
  for (let i = d.length - 1; i >= 0; i--) {
    let n = d.charCodeAt(i) - 48
    if (dbl) n = n * 2 > 9 ? n * 2 - 9 : n * 2
    sum += n
    dbl = !dbl
  }
  return sum % 10 === 0
}

function brandOk(d: string): boolean {
  const p = (k: number): number => Number(d.slice(0, k))
  const len = d.length
  if (d[0] === '4') return [13, 16, 19].includes(len)
  if ((p(2) >= 51 && p(2) <= 55) || (p(4) >= 2221 && p(4) <= 2720)) return len === 16
  if (p(2) === 34 || p(2) === 37) return len === 15
  if (p(4) === 6011 || p(2) === 65 || (p(3) >= 644 && p(3) <= 649)) return len >= 16 && len <= 19
  if (p(4) >= 3528 && p(4) <= 3589) return len >= 16 && len <= 19
  if (p(2) === 36 || p(2) === 38) return len === 14
  if ([6759, 5018, 6304].includes(p(4))) return len >= 12 && len <= 19
  return false
}

const IBAN_LEN: Record<string, number> = { AT: 20, BE: 16, CH: 21, DE: 22, FR: 27, GB: 22, GR: 27, IE: 22, LU: 20, LV: 21, SI: 19 }

function ibanMod(s: string): number {
  const c = s.replace(/ /g, '')
  const moved = c.slice(4) + c.slice(0, 4)
  let r = 0n
  for (const ch of moved) r = (r * (/\d/.test(ch) ? 10n : 100n) + BigInt(parseInt(ch, 36))) % 97n
  return Number(r)
}
const ibanShape = (s: string): boolean => { const c = s.replace(/ /g, ''); return /^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(c) && IBAN_LEN[c.slice(0, 2)] === c.length }

function ssnOk(s: string): boolean {
  const m = /^(\d{3})([- ]?)(\d{2})\2(\d{4})$/.exec(s)
  if (!m) return false
  const [a, g, n] = [Number(m[1]), Number(m[3]), Number(m[4])]
  return a > 0 && a !== 666 && a < 900 && g > 0 && n > 0
}

function ninoOk(s: string): boolean {
  const c = s.replace(/ /g, '')
  if (!/^[A-Z]{2}\d{6}[A-D]$/.test(c)) return false
  const [a, b] = [c[0] as string, c[1] as string]
  return !'DFIQUV'.includes(a) && !'DFIOQUV'.includes(b) && !['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'].includes(c.slice(0, 2))
}

function phoneOk(s: string, lang: string): boolean {
  if (!/^[+(\d]/.test(s) || !/\d$/.test(s)) return false
  if (s.startsWith('+') || s.startsWith('00')) return parsePhoneNumberFromString('+' + s.replace(/^(\+|00)/, ''))?.isValid() === true
  return (REGIONS[lang] ?? []).some((r) => parsePhoneNumberFromString(s, r)?.isValid() === true)
}

const VALID: Record<string, (s: string, lang: string) => boolean> = {
  EMAIL: (s) => /^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(s) && !s.endsWith('.'),
  PHONE: phoneOk,
  CARD: (s) => /^\d[\d -]+\d$/.test(s) && luhnOk(digitsOf(s)) && brandOk(digitsOf(s)),
  IBAN: (s) => ibanShape(s) && ibanMod(s) === 1,
  US_SSN: ssnOk,
  UK_NINO: ninoOk,
  IP_ADDRESS: (s) => isIP(s) !== 0,
  PERSON: (s) => /^\p{L}/u.test(s) && /\p{L}$/u.test(s) && !/^(mr|mrs|ms|mx|dr|rev|revd|frau|herr|mag|m|mme|κ|g|ga)\.? /i.test(s),
}

describe('pii-holdout15 corpus', () => {
  test('regenerates byte for byte', () => {
    expect(buildCorpus() === raw).toBe(true)
  })

  test('size, languages and genres', () => {
    expect(rows.length).toBeGreaterThanOrEqual(400)
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length)
    const langs = new Map<string, number>()
    for (const r of rows) langs.set(r.lang, (langs.get(r.lang) ?? 0) + 1)
    expect([...langs.keys()].sort()).toEqual(['de', 'el', 'en', 'fr', 'lv', 'sl'])
    expect((langs.get('en') ?? 0) / rows.length).toBeGreaterThan(0.45)
    for (const g of ['sms', 'email', 'complaint', 'summary', 'note', 'chat', 'csv', 'json']) expect(rows.some((r) => r.kind === g)).toBe(true)
  })

  test('every span is in bounds, ordered, disjoint and trimmed', () => {
    for (const r of rows) {
      const spans = [...r.entities, ...r.negatives].sort((a, b) => a.start - b.start)
      let last = 0
      for (const s of spans) {
        expect(Number.isInteger(s.start) && s.start >= last && s.start < s.end && s.end <= r.text.length).toBe(true)
        const v = r.text.slice(s.start, s.end)
        expect(v.trim()).toBe(v)
        last = s.end
      }
    }
  })

  test('every entity is a valid value of its type', () => {
    const bad: string[] = []
    for (const r of rows) {
      for (const e of r.entities) {
        const v = r.text.slice(e.start, e.end)
        if (!TYPES.includes(e.type) || !VALID[e.type]?.(v, r.lang)) bad.push(`${r.id} ${e.type} ${v}`)
      }
    }
    expect(bad).toEqual([])
  })

  test('checksum lookalikes fail their checksums', () => {
    const bad: string[] = []
    for (const r of rows) {
      for (const n of r.negatives) {
        const v = r.text.slice(n.start, n.end)
        if (n.kind === 'luhn-invalid' && (luhnOk(digitsOf(v)) || digitsOf(v).length !== 16)) bad.push(`${r.id} ${v}`)
        if (n.kind === 'iban-checksum' && (!ibanShape(v) || ibanMod(v) === 1)) bad.push(`${r.id} ${v}`)
        if (n.kind === 'ssn-invalid' && ssnOk(v)) bad.push(`${r.id} ${v}`)
        if (n.kind === 'nino-invalid' && ninoOk(v)) bad.push(`${r.id} ${v}`)
        if (n.kind === 'microchip' && !/^\d{15}$/.test(v)) bad.push(`${r.id} ${v}`)
        const d = digitsOf(v)
        if (/^[\d -]+$/.test(v) && d.length >= 13 && d.length <= 19 && luhnOk(d) && brandOk(d)) bad.push(`${r.id} card-valid ${v}`)
        if (ibanShape(v) && ibanMod(v) === 1) bad.push(`${r.id} iban-valid ${v}`)
      }
    }
    expect(bad).toEqual([])
  })

  test('every type appears, with astral characters and combining marks before some labels', () => {
    for (const t of TYPES) expect(rows.filter((r) => r.entities.some((e) => e.type === t)).length).toBeGreaterThanOrEqual(8)
    const astral = rows.filter((r) => r.entities.some((e) => /[\u{10000}-\u{10FFFF}]/u.test(r.text.slice(0, e.start))))
    expect(astral.length).toBeGreaterThanOrEqual(40)
    const combining = rows.filter((r) => r.entities.length > 0 && /[\u0300-\u036f]/.test(r.text.slice(0, r.entities[r.entities.length - 1]!.start)))
    expect(combining.length).toBeGreaterThanOrEqual(20)
  })
})
