// The holdout20 corpus (veterinary clinic, gym and fitness club, home solar installer, concert and
// theatre box office): the file is what the generator writes, and every label holds. The validators
// here are written apart from the generator's and read the final text only.
import { describe, expect, test } from 'bun:test'
import { readFileSync } from 'node:fs'
import { isIP } from 'node:net'
import { parsePhoneNumber, type CountryCode } from 'libphonenumber-js/max'
import { buildCorpus, CORPUS_PATH } from '../scripts/gen-holdout20.ts'

interface Label { type?: string; kind?: string; start: number; end: number }
interface Line { id: string; lang: string; kind: string; text: string; entities: Label[]; negatives: Label[] }

const raw = readFileSync(CORPUS_PATH, 'utf8')
const lines: Line[] = raw.trimEnd().split('\n').map((l) => JSON.parse(l))
const slice = (l: Line, s: Label) => l.text.slice(s.start, s.end)
const digitsOf = (s: string) => s.replace(/\D/g, '')
const sumW = (d: string, w: number[]) => [...d].reduce((a, c, i) => a + Number(c) * (w[i] ?? 0), 0)

function luhn(digits: string): boolean {
  let sum = 0
  for (let i = 0; i < digits.length; i++) {
    const d = Number(digits[digits.length - 1 - i]) * (i % 2 === 1 ? 2 : 1)
    sum += d > 9 ? d - 9 : d
  }
  return sum % 10 === 0
}
function brandOk(d: string): boolean {
  const n = d.length
  const p4 = Number(d.slice(0, 4))
  if (d[0] === '4') return n === 16 || n === 19
  if (/^5[1-5]/.test(d) || (p4 >= 2221 && p4 <= 2720)) return n === 16
  if (/^3[47]/.test(d)) return n === 15
  if (/^(6011|64[4-9]|65)/.test(d)) return n === 16
  if (p4 >= 3528 && p4 <= 3589) return n === 16
  if (/^3[68]/.test(d)) return n === 14
  if (/^(6304|6759|6761)/.test(d)) return n === 16 || n === 19
  return false
}
const IBAN_LEN: Record<string, number> = { GB: 22, SE: 24, DK: 18, FI: 18, RO: 24, HU: 28, SK: 24, HR: 21, AT: 20 }
function ibanRemainder(iban: string): number {
  const moved = iban.slice(4) + iban.slice(0, 4)
  let r = 0
  for (const c of moved) {
    const v = c >= 'A' && c <= 'Z' ? String(c.charCodeAt(0) - 55) : c
    for (const d of v) r = (r * 10 + Number(d)) % 97
  }
  return r
}

const NATIONAL = ['AU', 'NZ', 'NG', 'GB', 'PH', 'CA', 'SE', 'DK', 'FI', 'RO', 'HU', 'SK', 'HR', 'AT', 'US']
const WORD_DIGIT: Record<string, string> = { zero: '0', oh: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9' }
function phoneOk(v: string): boolean {
  const valid = (text: string, region?: string) => {
    try {
      return parsePhoneNumber(text, region as CountryCode | undefined).isValid()
    } catch {
      return false
    }
  }
  if (/^[a-z]/.test(v)) {
    // spoken digit by digit: words only, groups split by commas
    const words = v.split(/,? /)
    if (!words.every((w) => WORD_DIGIT[w])) return false
    const d = words.map((w) => WORD_DIGIT[w]).join('')
    return NATIONAL.some((r) => valid(d, r))
  }
  if (!/^(\+|00|\(|\d)/.test(v) || !/\d$/.test(v) || /[^\d +().-]/.test(v)) return false
  if (v.startsWith('+')) return valid(v)
  if (v.startsWith('00')) return valid(`+${v.slice(2)}`)
  return NATIONAL.some((r) => valid(v, r))
}

const BAD_NINO = ['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ']
const CHECK: Record<string, (v: string) => boolean> = {
  EMAIL: (v) => /^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/i.test(v),
  PHONE: phoneOk,
  CARD: (v) => /^\d[\d -]*\d$/.test(v) && luhn(digitsOf(v)) && brandOk(digitsOf(v)),
  IBAN: (v) => {
    const c = v.replace(/ /g, '')
    return /^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(c) && IBAN_LEN[c.slice(0, 2)] === c.length && ibanRemainder(c) === 1
  },
  US_SSN: (v) => {
    const m = /^(\d{3})([- ]?)(\d{2})\2(\d{4})$/.exec(v)
    if (!m) return false
    const area = Number(m[1])
    return area > 0 && area !== 666 && area < 900 && m[3] !== '00' && m[4] !== '0000'
  },
  UK_NINO: (v) => {
    const c = v.replace(/ /g, '')
    if (v !== c && !/^[A-Z]{2} \d{2} \d{2} \d{2} [A-D]$/.test(v)) return false
    return /^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/.test(c) && !BAD_NINO.includes(c.slice(0, 2))
  },
  IP_ADDRESS: (v) => isIP(v) !== 0,
  PERSON: (v) => /^\p{L}[\p{L}\p{M}' -]*\p{L}\p{M}*$/u.test(v),
}

// a day and month that exist (months of women +50 where the id says so)
const dateOk = (dd: number, mm: number) => mm >= 1 && mm <= 12 && dd >= 1 && dd <= 31
const gs1 = (d: string) => (10 - ([...d.slice(0, -1)].reverse().reduce((a, ch, i) => a + Number(ch) * (i % 2 === 0 ? 3 : 1), 0) % 10)) % 10 === Number(d[d.length - 1])
// National ids and the businesses' own numbers, recorded as lookalikes, each with its own check.
const ID_CHECK: Record<string, (v: string) => boolean> = {
  personnummer: (v) => /^\d{6}-\d{4}$/.test(v) && luhn(digitsOf(v)) && dateOk(Number(v.slice(4, 6)), Number(v.slice(2, 4))),
  cpr: (v) => /^\d{6}-\d{4}$/.test(v) && sumW(digitsOf(v), [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]) % 11 === 0 && dateOk(Number(v.slice(0, 2)), Number(v.slice(2, 4))),
  hetu: (v) => {
    const m = /^(\d{6})([-+A])(\d{3})([0-9A-Y])$/.exec(v)
    return !!m && '0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(`${m[1]}${m[3]}`) % 31] === m[4]
  },
  cnp: (v) => {
    if (!/^[1-8]\d{12}$/.test(v)) return false
    const s = sumW(v.slice(0, 12), [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]) % 11
    return (s === 10 ? 1 : s) === Number(v[12]) && dateOk(Number(v.slice(5, 7)), Number(v.slice(3, 5)))
  },
  taj: (v) => /^\d{3} \d{3} \d{3}$/.test(v) && [...digitsOf(v).slice(0, 8)].reduce((a, c, i) => a + Number(c) * (i % 2 === 0 ? 3 : 7), 0) % 10 === Number(digitsOf(v)[8]),
  adoazonosito: (v) => /^8\d{9}$/.test(v) && sumW(v.slice(0, 9), [1, 2, 3, 4, 5, 6, 7, 8, 9]) % 11 === Number(v[9]),
  'rodne-cislo': (v) => /^\d{6}\/\d{4}$/.test(v) && Number(digitsOf(v)) % 11 === 0 && dateOk(Number(v.slice(4, 6)), Number(v.slice(2, 4)) % 50),
  oib: (v) => {
    if (!/^\d{11}$/.test(v)) return false
    let a = 10
    for (const ch of v.slice(0, 10)) {
      a = (a + Number(ch)) % 10
      if (a === 0) a = 10
      a = (a * 2) % 11
    }
    return (11 - a) % 10 === Number(v[10])
  },
  svnr: (v) => /^\d{4} \d{6}$/.test(v) && (sumW(v.slice(0, 3), [3, 7, 9]) + sumW(v.slice(5), [5, 8, 4, 2, 1, 6])) % 11 === Number(v[3]) && dateOk(Number(v.slice(5, 7)), Number(v.slice(7, 9))),
  sin: (v) => /^[1-7]\d{2} \d{3} \d{3}$/.test(v) && luhn(digitsOf(v)),
  ramq: (v) => /^[A-Z]{4} \d{4} \d{4}$/.test(v) && dateOk(Number(v.slice(10, 12)), Number(v.slice(7, 9)) % 50),
  tfn: (v) => /^\d{3} \d{3} \d{3}$/.test(v) && sumW(digitsOf(v), [1, 4, 3, 7, 5, 8, 6, 9, 10]) % 11 === 0,
  medicare: (v) => /^[2-6]\d{3} \d{5} \d$/.test(v) && sumW(digitsOf(v).slice(0, 8), [1, 3, 7, 9, 1, 3, 7, 9]) % 10 === Number(digitsOf(v)[8]),
  ird: (v) => {
    if (!/^\d{2}-\d{3}-\d{3}$/.test(v)) return false
    const d = `0${digitsOf(v)}`
    const s = sumW(d.slice(0, 8), [3, 2, 7, 6, 5, 4, 3, 2]) % 11
    return (s === 0 ? 0 : 11 - s) === Number(d[8])
  },
  nin: (v) => /^[1-9]\d{10}$/.test(v),
  bvn: (v) => /^22\d{9}$/.test(v),
  'utility-account': (v) => /^\d{10}$/.test(v),
  sss: (v) => /^\d{2}-\d{7}-\d$/.test(v),
  'ph-tin': (v) => /^\d{3}-\d{3}-\d{3}-000$/.test(v),
  philsys: (v) => /^\d{4}-\d{4}-\d{4}-\d{4}$/.test(v) && !(luhn(digitsOf(v)) && brandOk(digitsOf(v))),
  chi: (v) => {
    if (!/^\d{10}$/.test(v) || !dateOk(Number(v.slice(0, 2)), Number(v.slice(2, 4)))) return false
    const c = 11 - (sumW(v.slice(0, 9), [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11)
    return (c === 11 ? 0 : c) === Number(v[9])
  },
  microchip: (v) => /^\d{3} ?\d{3} ?\d{3} ?\d{6}$/.test(v) && /^(9\d\d|752|208|246|642|348|703|191|040|124)/.test(v),
  mpan: (v) => {
    const d = v.replace(/ /g, '')
    return /^\d{13}$/.test(d) && (sumW(d.slice(0, 12), [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43]) % 11) % 10 === Number(d[12])
  },
  'metering-point': (v) => /^(735999|571313|643007)\d{12}$/.test(v) && gs1(v),
  barcode: (v) => /^\d{13}$/.test(v) && gs1(v),
  'ticket-number': (v) => /^\d{16}$/.test(v) && !(luhn(v) && brandOk(v)),
  // AU BSB and account, NZ bank-branch-account-suffix, Nigerian NUBAN, Philippine 12 digits, Canadian transit-institution-account
  'bank-account': (v) => /^(\d{3}-\d{3} \d{8}|\d{2}-\d{4}-\d{7}-\d{2}|0\d{9}|\d{4}-\d{4}-\d{4}|\d{5}-\d{3}-\d{7})$/.test(v),
  'card-last4': (v) => /^\d{4}$/.test(v),
  'locker-code': (v) => /^\d{4}$/.test(v),
}
const NAME_WORDS = ['may', 'will', 'bill', 'mark', 'rose', 'grace', 'hope', 'sunny', 'sol', 'onni', 'toivo', 'tuuli', 'speranța', 'rózsa', 'virág', 'viera', 'nada', 'zora', 'ernst', 'blanche', 'constant']

describe('pii-holdout20 corpus', () => {
  test('the generator writes this file byte for byte', () => {
    expect(buildCorpus()).toBe(raw)
  })

  test('shape: 420-500 texts, unique ids, about half English, ten languages', () => {
    expect(lines.length).toBeGreaterThanOrEqual(420)
    expect(lines.length).toBeLessThanOrEqual(500)
    expect(new Set(lines.map((l) => l.id)).size).toBe(lines.length)
    for (const l of lines) expect(l.id.startsWith(`${l.lang}-${l.kind}-`)).toBe(true)
    const en = lines.filter((l) => l.lang === 'en').length / lines.length
    expect(en).toBeGreaterThan(0.45)
    expect(en).toBeLessThan(0.6)
    expect(new Set(lines.map((l) => l.lang))).toEqual(new Set(['en', 'sv', 'da', 'fi', 'ro', 'hu', 'sk', 'hr', 'de', 'fr']))
    expect(new Set(lines.map((l) => l.kind))).toEqual(new Set(['form', 'ocr', 'sms', 'chat', 'summary', 'note', 'email', 'csv', 'json', 'transcript']))
    const onlyNeg = lines.filter((l) => l.entities.length === 0)
    expect(onlyNeg.length).toBeGreaterThanOrEqual(55)
    for (const l of onlyNeg) expect(l.negatives.length).toBeGreaterThan(0)
  })

  test('spans are in bounds, ordered, trimmed and never overlap, labels or negatives', () => {
    for (const l of lines) {
      const all = [...l.entities, ...l.negatives].sort((a, b) => a.start - b.start)
      for (const [i, s] of all.entries()) {
        expect(Number.isInteger(s.start) && s.start >= 0 && s.start < s.end && s.end <= l.text.length).toBe(true)
        const prev = all[i - 1]
        if (prev) expect(prev.end <= s.start ? 'ok' : `${l.id} overlap at ${s.start}`).toBe('ok')
        expect(slice(l, s)).toBe(slice(l, s).trim())
      }
      for (const list of [l.entities, l.negatives]) {
        const starts = list.map((e) => e.start)
        expect(starts).toEqual([...starts].sort((a, b) => a - b))
      }
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

  test('an SSN has SSN or social near it', () => {
    for (const l of lines)
      for (const e of l.entities.filter((x) => x.type === 'US_SSN')) {
        const near = l.text.slice(Math.max(0, e.start - 120), e.start)
        expect(/SSN|social/i.test(near) ? 'ok' : `${l.id} ${slice(l, e)}`).toBe('ok')
      }
  })

  test('spans sit on word boundaries', () => {
    const bad: string[] = []
    for (const l of lines)
      for (const s of [...l.entities, ...l.negatives]) {
        const before = l.text.slice(0, s.start).slice(-1)
        const after = l.text.slice(s.end, s.end + 1)
        if (/[\p{L}\p{N}\p{M}]/u.test(before) || /[\p{L}\p{N}\p{M}]/u.test(after)) bad.push(`${l.id} ${slice(l, s)}`)
      }
    expect(bad).toEqual([])
  })

  test('lookalikes are valid as lookalikes: checksums fail, national ids and business numbers pass their own', () => {
    const bad: string[] = []
    const seen = new Map<string, number>()
    for (const l of lines)
      for (const n of l.negatives) {
        const v = slice(l, n).normalize('NFC')
        const k = n.kind ?? ''
        seen.set(k, (seen.get(k) ?? 0) + 1)
        let ok = true
        if (k === 'luhn-invalid') ok = /^\d{4}([ -]?\d{4}){3}$/.test(v) && !luhn(digitsOf(v)) && brandOk(digitsOf(v))
        else if (k === 'iban-checksum') { const c = v.replace(/ /g, ''); ok = IBAN_LEN[c.slice(0, 2)] === c.length && ibanRemainder(c) !== 1 }
        else if (k === 'ssn-invalid') ok = /^\d{3}[- ]\d{2}[- ]\d{4}$/.test(v) && !CHECK.US_SSN?.(v)
        else if (k === 'nino-invalid') ok = /^[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]$/.test(v) && !CHECK.UK_NINO?.(v)
        else if (ID_CHECK[k]) ok = ID_CHECK[k]?.(v) ?? false
        else if (k === 'name-word') ok = NAME_WORDS.includes(v.toLowerCase())
        else if (k === 'date') ok = /\d/.test(v) && !/^\d+$/.test(v)
        else if (k === 'timestamp') ok = !Number.isNaN(Date.parse(v))
        else if (k === 'time') ok = /^\d{1,2}([:.]\d{2}|h\d{2}| h \d{2})?(am|pm)?$/.test(v)
        else if (k === 'amount') ok = (/\d/.test(v) || /^[a-z ]+ (dollars|pounds|naira|pesos)$/.test(v)) && /[$£€₦₱]|kr|:-|Ft|HUF|lei|RON|EUR|DKK|NGN|PHP|CAD|dollars|pounds|naira|pesos/.test(v)
        else if (k === 'version') ok = /^v?\d+\.\d+(\.\d+)?$/.test(v)
        if (!ok) bad.push(`${l.id} ${k} ${v}`)
      }
    expect(bad).toEqual([])
    expect(seen.get('luhn-invalid') ?? 0).toBeGreaterThanOrEqual(20)
    expect(seen.get('iban-checksum') ?? 0).toBeGreaterThanOrEqual(20)
    for (const k of ['personnummer', 'cpr', 'hetu', 'cnp', 'taj', 'rodne-cislo', 'oib', 'svnr', 'sin', 'ramq', 'chi', 'tfn', 'medicare', 'ird', 'nin', 'sss', 'philsys', 'microchip', 'mpan', 'metering-point', 'barcode'])
      expect(seen.get(k) ? 'ok' : `no ${k}`).toBe('ok')
  })

  test('names carry no title', () => {
    const titles = /^(Mr|Mrs|Ms|Dr|Hr|Fr|Herr|Frau|Mme|M|dl|dna|pán|pani|gđa|gosp)\.? /u
    for (const l of lines)
      for (const e of l.entities) if (e.type === 'PERSON') expect(titles.test(slice(l, e)) ? slice(l, e) : 'ok').toBe('ok')
  })

  test('every type at least 20 times, emoji and combining marks before labels, lower-case names', () => {
    const types = new Map<string, number>()
    for (const l of lines) for (const e of l.entities) types.set(e.type ?? '', (types.get(e.type ?? '') ?? 0) + 1)
    for (const t of ['EMAIL', 'PHONE', 'CARD', 'IBAN', 'US_SSN', 'UK_NINO', 'IP_ADDRESS', 'PERSON'])
      expect(types.get(t) ?? 0).toBeGreaterThanOrEqual(20)
    expect(types.get('PERSON') ?? 0).toBeGreaterThanOrEqual(400)
    const astral = lines.filter((l) => l.entities.some((e) => /[\u{10000}-\u{10FFFF}]/u.test(l.text.slice(0, e.start))))
    expect(astral.length).toBeGreaterThanOrEqual(100)
    const marks = lines.filter((l) => l.entities.some((e) => /[\u0300-\u036f]/u.test(l.text.slice(0, e.start))))
    expect(marks.length).toBeGreaterThanOrEqual(20)
    const lower = lines.flatMap((l) => l.entities.filter((e) => e.type === 'PERSON' && /^\p{Ll}/u.test(slice(l, e))))
    expect(lower.length).toBeGreaterThanOrEqual(40)
    for (const l of lines.filter((x) => x.kind === 'transcript')) expect(l.text).toBe(l.text.toLowerCase())
  })
})
