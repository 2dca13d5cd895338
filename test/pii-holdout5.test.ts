// The holdout5 PII corpus: sound labels (checked here, apart from the generator), its minimums,
// and that `bun scripts/gen-holdout5.ts` reproduces the committed file byte for byte.
import { describe, expect, test } from 'bun:test'
import { readFileSync } from 'node:fs'
import { isIP } from 'node:net'
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max'
import { buildCorpus } from '../scripts/holdout5/build'

const FILE = new URL('./fixtures/pii-holdout5/corpus.jsonl', import.meta.url)
const raw = readFileSync(FILE, 'utf8')
type Label = { type?: string; kind?: string; start: number; end: number }
type Line = { id: string; lang: string; kind: string; text: string; entities: Label[]; negatives: Label[] }
const lines: Line[] = raw.trimEnd().split('\n').map((l) => JSON.parse(l))
const spans = (type: string): string[] =>
  lines.flatMap((l) => [...l.entities, ...l.negatives].filter((e) => (e.type ?? e.kind) === type).map((e) => l.text.slice(e.start, e.end)))

const luhnOk = (digits: string): boolean => {
  let sum = 0
  ;[...digits].reverse().forEach((ch, i) => { const d = Number(ch) * (i % 2 ? 2 : 1); sum += d > 9 ? d - 9 : d })
  return sum % 10 === 0
}
const IBAN_LEN: Record<string, number> = { DE: 22, AT: 20, CH: 21, FR: 27, BE: 16, ES: 24, IT: 27, NL: 18, PT: 25, PL: 28, SE: 24, DK: 18, NO: 15, FI: 18, CZ: 24, GB: 22, IE: 22 }
const ibanRest = (s: string): bigint => BigInt([...(s.slice(4) + s.slice(0, 4))].map((c) => (/[A-Z]/.test(c) ? String(c.charCodeAt(0) - 55) : c)).join('')) % 97n
const ssnOk = (s: string): boolean => {
  const m = /^(\d{3})[- ]?(\d{2})[- ]?(\d{4})$/.exec(s)
  if (!m) return false
  const [, area = '', group = '', serial = ''] = m
  return area !== '000' && area !== '666' && area < '900' && group !== '00' && serial !== '0000'
}
const ninoOk = (s: string): boolean =>
  /^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]$/.test(s) && !['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'].includes(s.slice(0, 2))
const REGIONS = ['US', 'CA', 'GB', 'IE', 'DE', 'AT', 'CH', 'FR', 'BE', 'ES', 'IT', 'NL', 'PT', 'PL', 'SE', 'DK', 'NO', 'FI', 'CZ', 'BR']
const phoneOk = (s: string): boolean =>
  s.startsWith('+') ? !!parsePhoneNumberFromString(s)?.isValid() : REGIONS.some((r) => parsePhoneNumberFromString(s, r as CountryCode)?.isValid())

describe('pii-holdout5 corpus', () => {
  test('regenerates byte for byte', () => {
    expect(buildCorpus() === raw).toBe(true)
  })

  test('has the promised size and spread', () => {
    expect(lines.length).toBeGreaterThanOrEqual(400)
    expect(lines.filter((l) => l.lang !== 'en').length).toBeGreaterThan(lines.length * 0.8)
    expect(new Set(lines.map((l) => l.lang)).size).toBe(14)
    expect(new Set(lines.map((l) => l.id)).size).toBe(lines.length)
    for (const t of ['EMAIL', 'PHONE', 'CARD', 'IBAN', 'US_SSN', 'UK_NINO', 'IP_ADDRESS', 'PERSON']) expect(spans(t).length).toBeGreaterThan(10)
    for (const k of ['luhn-invalid', 'iban-checksum', 'name-word', 'order-number', 'amount', 'date', 'version', 'postcode']) expect(spans(k).length).toBeGreaterThan(5)
    const astralBefore = lines.filter((l) => l.entities.some((e) => /[\u{10000}-\u{10FFFF}]/u.test(l.text.slice(0, e.start))))
    expect(astralBefore.length).toBeGreaterThan(20)
    const combiningBefore = lines.filter((l) => l.entities.some((e) => /\p{M}/u.test(l.text.slice(0, e.start))))
    expect(combiningBefore.length).toBeGreaterThan(3)
  })

  test('every span is inside its text, trimmed, ordered and disjoint', () => {
    for (const l of lines) {
      const all = [...l.entities, ...l.negatives].sort((a, b) => a.start - b.start)
      for (const [i, s] of all.entries()) {
        expect(s.start >= 0 && s.start < s.end && s.end <= l.text.length).toBe(true)
        expect(l.text.slice(s.start, s.end)).toBe(l.text.slice(s.start, s.end).trim())
        if (i > 0) expect(all[i - 1]!.end <= s.start).toBe(true)
      }
    }
  })

  test('entity values are what their type says', () => {
    for (const s of spans('CARD')) { const d = s.replace(/[ -]/g, ''); expect(/^\d{13,19}$/.test(d) && luhnOk(d)).toBe(true) }
    for (const s of spans('IBAN')) { const c = s.replace(/ /g, ''); expect([c.length, ibanRest(c)]).toEqual([IBAN_LEN[c.slice(0, 2)] ?? -1, 1n]) }
    for (const s of spans('US_SSN')) expect(ssnOk(s)).toBe(true)
    for (const s of spans('UK_NINO')) expect(ninoOk(s)).toBe(true)
    for (const s of spans('IP_ADDRESS')) expect(isIP(s)).toBeGreaterThan(0)
    for (const s of spans('EMAIL')) expect(s).toMatch(/^[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/)
    for (const s of spans('PHONE')) expect([s, phoneOk(s)]).toEqual([s, true])
    for (const s of spans('PERSON')) expect(s).toMatch(/^\p{L}[\p{L}\p{M}' .-]*\p{L}$/u)
  })

  test('hard negatives really fail their checks', () => {
    for (const s of spans('luhn-invalid')) { const d = s.replace(/[ -]/g, ''); expect(/^\d{16}$/.test(d) && !luhnOk(d)).toBe(true) }
    for (const s of spans('iban-checksum')) { const c = s.replace(/ /g, ''); expect(c.length).toBe(IBAN_LEN[c.slice(0, 2)] ?? -1); expect(ibanRest(c)).not.toBe(1n) }
    for (const s of spans('ssn-invalid')) expect(ssnOk(s)).toBe(false)
    for (const s of spans('nino-invalid')) expect(ninoOk(s)).toBe(false)
    for (const s of spans('name-word')) expect(['May', 'Will', 'Bill', 'Mark', 'Rose', 'Grace', 'Sunny', 'Hope', 'Jack']).toContain(s)
    for (const s of spans('version')) expect(isIP(s.replace(/^v/, ''))).toBe(0)
  })
})
