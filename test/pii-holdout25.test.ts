// The holdout25 corpus (a workplace pension and annuity administrator, a furniture retailer's delivery and assembly
// line, a visa and passport appointment agency, a cruise line's guest services): the file is what the generator writes,
// and every label holds. The validators here are written apart from the generator's and read the final text only.
import { describe, expect, test } from 'bun:test'
import { readFileSync } from 'node:fs'
import { isIP } from 'node:net'
import { parsePhoneNumber, type CountryCode } from 'libphonenumber-js/max'
import { buildCorpus, CORPUS_PATH } from '../scripts/gen-holdout25.ts'

interface Label { type?: string; kind?: string; start: number; end: number }
interface Line { id: string; lang: string; kind: string; text: string; entities: Label[]; negatives: Label[] }

const raw = readFileSync(CORPUS_PATH, 'utf8')
const lines: Line[] = raw.trimEnd().split('\n').map((l) => JSON.parse(l))
const slice = (l: Line, s: Label) => l.text.slice(s.start, s.end)
const digitsOf = (s: string) => s.replace(/\D/g, '')
const sumW = (d: string, w: number[]) => [...d].reduce((a, c, i) => a + Number(c) * (w[i] ?? 0), 0)
const dateOk = (dd: number, mm: number) => mm >= 1 && mm <= 12 && dd >= 1 && dd <= 31

function luhn(d: string): boolean {
  let s = 0
  for (let i = 0; i < d.length; i++) {
    const x = Number(d[d.length - 1 - i]) * (i % 2 ? 2 : 1)
    s += x > 9 ? x - 9 : x
  }
  return s % 10 === 0
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
const IBAN_LEN: Record<string, number> = { GB: 22, NL: 18, PT: 25, CZ: 24, HU: 28, NO: 15, TR: 26, HR: 21, CH: 21, LU: 20, ES: 24 }
function ibanRemainder(iban: string): number {
  let r = 0
  for (const c of iban.slice(4) + iban.slice(0, 4)) for (const d of /[A-Z]/.test(c) ? String(c.charCodeAt(0) - 55) : c) r = (r * 10 + Number(d)) % 97
  return r
}

const COUNTRIES: CountryCode[] = ['GB', 'CA', 'KE', 'SG', 'JM', 'ZA', 'NL', 'PT', 'CZ', 'HU', 'NO', 'TR', 'HR', 'CO', 'PE', 'CH', 'LU']
const WD: Record<string, string> = { zero: '0', oh: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9' }
const valid = (t: string, region?: CountryCode) => { try { return parsePhoneNumber(t, region).isValid() } catch { return false } }
function phoneOk(v: string): boolean {
  if (/^[a-z]/.test(v)) {
    const w = v.split(/,? /)
    let d = ''
    for (let i = 0; i < w.length; i++) {
      if (w[i] === 'double') { const x = WD[w[i + 1] ?? '']; if (!x) return false; d += x + x; i++ }
      else if (WD[w[i]!]) d += WD[w[i]!]
      else return false
    }
    return COUNTRIES.some((r) => valid(d, r))
  }
  if (!/^(\+|00|\(|\d)/.test(v) || !/\d$/.test(v) || /[^\d +().\/-]/.test(v)) return false
  if (v.startsWith('+')) return valid(v.replace(' (0)', ' '))
  if (v.startsWith('00')) return valid(`+${v.slice(2)}`)
  return COUNTRIES.some((r) => valid(v, r))
}
const BAD_NINO = ['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ']
const CHECK: Record<string, (v: string) => boolean> = {
  EMAIL: (v) => /^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/i.test(v),
  PHONE: phoneOk,
  CARD: (v) => /^\d[\d -]*\d$/.test(v) && luhn(digitsOf(v)) && brandOk(digitsOf(v)),
  IBAN: (v) => {
    const c = v.replace(/ /g, '')
    if (v !== c && !/^([A-Z0-9]{4} )+[A-Z0-9]{1,4}$/.test(v)) return false
    return /^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(c) && IBAN_LEN[c.slice(0, 2)] === c.length && ibanRemainder(c) === 1
  },
  US_SSN: (v) => {
    const m = /^(\d{3})([- ]?)(\d{2})\2(\d{4})$/.exec(v)
    if (!m) return false
    const a = Number(m[1])
    return a > 0 && a !== 666 && a < 900 && m[3] !== '00' && m[4] !== '0000'
  },
  UK_NINO: (v) => {
    const c = v.replace(/ /g, '')
    if (v !== c && !/^[A-Z]{2} \d{2} \d{2} \d{2} [A-D]$/.test(v)) return false
    return /^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/.test(c) && !BAD_NINO.includes(c.slice(0, 2))
  },
  IP_ADDRESS: (v) => isIP(v) !== 0,
  // letters, marks, apostrophes, hyphens, spaces
  PERSON: (v) => /^\p{L}[\p{L}\p{M}' -]*\p{L}\p{M}*$/u.test(v),
}

const mod11w = (d: string, w: number[]) => { const c = 11 - (sumW(d, w) % 11); return c === 11 ? 0 : c }
const iso7064 = (d: string) => { let p = 10; for (const c of d.slice(0, -1)) { let s = (Number(c) + p) % 10; if (s === 0) s = 10; p = (s * 2) % 11 } return (11 - p) % 10 === Number(d.slice(-1)) }
const ID_CHECK: Record<string, (v: string) => boolean> = {
  'nhs-number': (v) => /^\d{3} \d{3} \d{4}$/.test(v) && mod11w(digitsOf(v), [10, 9, 8, 7, 6, 5, 4, 3, 2]) === Number(digitsOf(v)[9]),
  sin: (v) => /^[1-7]\d{2} \d{3} \d{3}$/.test(v) && luhn(digitsOf(v)),
  'ke-id': (v) => /^\d{8}$/.test(v),
  'kra-pin': (v) => /^A\d{9}[A-Z]$/.test(v),
  nric: (v) => { const m = /^([ST])(\d{7})([A-Z])$/.exec(v); return !!m && 'JZIHGFEDCBA'[(sumW(m[2]!, [2, 7, 6, 5, 4, 3, 2]) + (m[1] === 'T' ? 4 : 0)) % 11] === m[3] },
  'trn-jm': (v) => /^1\d{2}-\d{3}-\d{3}$/.test(v),
  'za-id': (v) => /^\d{13}$/.test(v) && dateOk(Number(v.slice(4, 6)), Number(v.slice(2, 4))) && /[89]/.test(v[11]!) && luhn(v),
  bsn: (v) => /^\d{9}$/.test(v) && (sumW(v, [9, 8, 7, 6, 5, 4, 3, 2]) - Number(v[8])) % 11 === 0,
  'nif-pt': (v) => { if (!/^[12]\d{8}$/.test(v)) return false; const c = 11 - (sumW(v, [9, 8, 7, 6, 5, 4, 3, 2]) % 11); return (c >= 10 ? 0 : c) === Number(v[8]) },
  'rodne-cislo': (v) => { if (!/^\d{6}\/\d{4}$/.test(v)) return false; const m = Number(v.slice(2, 4)); return Number(BigInt(digitsOf(v)) % 11n) === 0 && dateOk(Number(v.slice(4, 6)), m > 50 ? m - 50 : m) },
  taj: (v) => /^\d{3} \d{3} \d{3}$/.test(v) && sumW(digitsOf(v), [3, 7, 3, 7, 3, 7, 3, 7]) % 10 === Number(v.slice(-1)),
  fodselsnummer: (v) => /^\d{11}$/.test(v) && dateOk(Number(v.slice(0, 2)), Number(v.slice(2, 4))) && mod11w(v, [3, 7, 6, 1, 8, 9, 4, 5, 2]) === Number(v[9]) && mod11w(v, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) === Number(v[10]),
  tckn: (v) => { if (!/^[1-9]\d{10}$/.test(v)) return false; const d = [...v].map(Number); const odd = d[0]! + d[2]! + d[4]! + d[6]! + d[8]!; const even = d[1]! + d[3]! + d[5]! + d[7]!; return (((odd * 7 - even) % 10) + 10) % 10 === d[9] && d.slice(0, 10).reduce((a, b) => a + b, 0) % 10 === d[10] },
  oib: (v) => /^\d{11}$/.test(v) && iso7064(v),
  'cedula-co': (v) => /^(1\.0\d{2}\.\d{3}\.\d{3}|\d{2}\.\d{3}\.\d{3})$/.test(v),
  'dni-pe': (v) => /^\d{8}$/.test(v),
  'avs-ch': (v) => /^756\.\d{4}\.\d{4}\.\d{2}$/.test(v) && (10 - (sumW(digitsOf(v), [1, 3, 1, 3, 1, 3, 1, 3, 1, 3, 1, 3]) % 10)) % 10 === Number(v.slice(-1)),
  'matricule-lu': (v) => /^(19|20)\d{11}$/.test(v) && dateOk(Number(v.slice(6, 8)), Number(v.slice(4, 6))) && luhn(v.slice(0, 12)),
}
const NAME_WORDS = ['may', 'will', 'bill', 'mark', 'rose', 'grace', 'hope', 'sunny', 'joy', 'faith', 'roos', 'graça', 'rosa', 'sláva', 'virág', 'liv', 'deniz', 'umut', 'nada', 'luz', 'consuelo', 'esperanza', 'aurore', 'constance']
const NATIONAL_IDS = Object.keys(ID_CHECK)
const BIZ_KINDS = ['member-number', 'scheme-ref', 'policy-ref', 'order-number', 'delivery-slot', 'sku', 'consignment-number', 'application-number', 'passport-number', 'appointment-code', 'biometric-slot', 'booking-number', 'cabin', 'muster-code', 'deck-code', 'onboard-account', 'folio', 'tracking-number', 'reference-number']
const KINDS = ['form', 'sms', 'chat', 'summary', 'note', 'email', 'csv', 'json', 'transcript', 'voicemail', 'ticket', 'log', 'table']

describe('pii-holdout25 corpus', () => {
  test('the generator writes this file byte for byte', () => {
    expect(buildCorpus()).toBe(raw)
  })

  test('shape: 420-500 texts, unique ids, about half English, ten languages, thirteen genres, ~60 negatives-only', () => {
    expect(lines.length).toBeGreaterThanOrEqual(420)
    expect(lines.length).toBeLessThanOrEqual(500)
    expect(new Set(lines.map((l) => l.id)).size).toBe(lines.length)
    for (const l of lines) expect(l.id.startsWith(`${l.lang}-${l.kind}-`)).toBe(true)
    const en = lines.filter((l) => l.lang === 'en').length / lines.length
    expect(en).toBeGreaterThan(0.45)
    expect(en).toBeLessThan(0.6)
    expect(new Set(lines.map((l) => l.lang))).toEqual(new Set(['en', 'nl', 'pt', 'cs', 'hu', 'no', 'tr', 'hr', 'es', 'fr']))
    expect(new Set(lines.map((l) => l.kind))).toEqual(new Set(KINDS))
    const onlyNeg = lines.filter((l) => l.entities.length === 0)
    expect(onlyNeg.length).toBeGreaterThanOrEqual(55)
    expect(onlyNeg.length).toBeLessThanOrEqual(70)
    for (const l of onlyNeg) expect(l.negatives.length).toBeGreaterThan(0)
  })

  test('spans are in bounds, ordered, trimmed, on word boundaries (a phone may follow a word) and never overlap', () => {
    const bad: string[] = []
    const wordy = /[\p{L}\p{N}\p{M}]/u
    for (const l of lines) {
      const all = [...l.entities, ...l.negatives].sort((a, b) => a.start - b.start)
      for (const [i, s] of all.entries()) {
        if (!(Number.isInteger(s.start) && s.start >= 0 && s.start < s.end && s.end <= l.text.length)) bad.push(`${l.id} bounds`)
        const prev = all[i - 1]
        if (prev && prev.end > s.start) bad.push(`${l.id} overlap at ${s.start}`)
        if (slice(l, s) !== slice(l, s).trim()) bad.push(`${l.id} untrimmed`)
        const before = l.text.slice(0, s.start).slice(-1)
        if ((wordy.test(before) && !(s.type === 'PHONE' && /\p{L}/u.test(before))) || wordy.test(l.text.slice(s.end, s.end + 1))) bad.push(`${l.id} boundary ${slice(l, s)}`)
      }
      for (const list of [l.entities, l.negatives]) {
        const starts = list.map((e) => e.start)
        if (starts.join() !== [...starts].sort((a, b) => a - b).join()) bad.push(`${l.id} order`)
      }
    }
    expect(bad).toEqual([])
  })

  test('every entity holds a valid value of its type', () => {
    const bad: string[] = []
    for (const l of lines)
      for (const e of l.entities) if (!CHECK[e.type ?? '']?.(slice(l, e).normalize('NFC'))) bad.push(`${l.id} ${e.type} ${slice(l, e)}`)
    expect(bad).toEqual([])
  })

  test('JSON payloads parse, CSV rows keep their header\'s column count, tables their pipes, transcripts are lower case', () => {
    for (const l of lines.filter((x) => x.kind === 'json')) expect(() => JSON.parse(l.text)).not.toThrow()
    for (const l of lines.filter((x) => x.kind === 'csv')) {
      const rows = l.text.trimEnd().split('\n')
      const sep = ['\t', ';', ','].find((c) => rows[0]!.includes(c))!
      for (const r of rows) expect(r.split(sep).length).toBe(rows[0]!.split(sep).length)
    }
    for (const l of lines.filter((x) => x.kind === 'table')) {
      const rows = l.text.split('\n').filter((r) => r.startsWith('|'))
      for (const r of rows) expect(r.split('|').length).toBe(rows[0]!.split('|').length)
    }
    for (const l of lines.filter((x) => x.kind === 'transcript')) expect(l.text).toBe(l.text.toLowerCase())
  })

  test('an SSN has SSN or social near it (or in its CSV header)', () => {
    for (const l of lines)
      for (const e of l.entities.filter((x) => x.type === 'US_SSN')) {
        const near = l.kind === 'csv' ? l.text.split('\n')[0]! : l.text.slice(Math.max(0, e.start - 120), e.start)
        expect(/SSN|social/i.test(near) ? 'ok' : `${l.id} ${slice(l, e)}`).toBe('ok')
      }
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
        else if (k === 'iban-checksum') { const c = v.replace(/ /g, ''); ok = /^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(c) && IBAN_LEN[c.slice(0, 2)] === c.length && ibanRemainder(c) !== 1 }
        else if (k === 'ssn-invalid') ok = /^\d{3}[- ]\d{2}[- ]\d{4}$/.test(v) && !CHECK.US_SSN?.(v)
        else if (k === 'nino-invalid') ok = /^[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]$/.test(v) && !CHECK.UK_NINO?.(v)
        else if (ID_CHECK[k]) ok = ID_CHECK[k]?.(v) ?? false
        else if (k === 'name-word') ok = NAME_WORDS.includes(v.toLowerCase())
        else if (k === 'date') ok = /\d/.test(v) && !/^\d+$/.test(v)
        else if (k === 'timestamp') ok = !Number.isNaN(Date.parse(v))
        else if (k === 'time') ok = /^\d{1,2}[:.h]\d{2}( ?(am|pm))?$/.test(v)
        else if (k === 'amount') ok = /\d/.test(v) && /[£$€₺]|KSh|KES|Kč|Ft|kr|TL|S\/|CHF|COP|R ?\d/.test(v)
        else if (k === 'version') ok = /^v?\d+\.\d+(\.\d+)?$/.test(v)
        else if (k === 'card-last4') ok = /^\d{4}$/.test(v)
        else ok = BIZ_KINDS.includes(k) && /[\dA-Z]/i.test(v) && !CHECK.CARD?.(v) && !CHECK.IBAN?.(v)
        if (!ok) bad.push(`${l.id} ${k} ${v}`)
      }
    expect(bad).toEqual([])
    for (const k of ['luhn-invalid', 'iban-checksum'] as const) expect(seen.get(k) ?? 0).toBeGreaterThanOrEqual(20)
    for (const k of [...NATIONAL_IDS, ...BIZ_KINDS, 'ssn-invalid', 'nino-invalid', 'name-word', 'date', 'time', 'timestamp', 'amount', 'version'])
      expect(seen.get(k) ? 'ok' : `no ${k}`).toBe('ok')
  })

  test('no lookalike is accidentally a labeled type', () => {
    const bad: string[] = []
    for (const l of lines)
      for (const n of l.negatives) {
        if (n.kind === 'name-word') continue
        const v = slice(l, n)
        for (const ty of ['CARD', 'IBAN', 'US_SSN', 'UK_NINO', 'EMAIL', 'IP_ADDRESS'])
          if (CHECK[ty]?.(v) && !(ty === 'US_SSN' && /^\d{9}$/.test(v))) bad.push(`${l.id} ${n.kind} ${v} is a ${ty}`)
      }
    expect(bad).toEqual([])
  })

  test('names carry no title', () => {
    const titles = /^(Mr|Mrs|Ms|Dr|Mme|M|Mevr|Dhr|Sr|Sra|Pan|Paní|Hr|Fru|Bay|Bayan|Gđa|Gosp)\.? /iu
    for (const l of lines)
      for (const e of l.entities) if (e.type === 'PERSON') expect(titles.test(slice(l, e)) ? slice(l, e) : 'ok').toBe('ok')
  })

  test('every type at least 20 times, phones about 30%; emoji, combining marks, the languages\' letters, lower-case names, name-words as names', () => {
    const types = new Map<string, number>()
    for (const l of lines) for (const e of l.entities) types.set(e.type ?? '', (types.get(e.type ?? '') ?? 0) + 1)
    for (const t of ['EMAIL', 'PHONE', 'CARD', 'IBAN', 'US_SSN', 'UK_NINO', 'IP_ADDRESS', 'PERSON']) expect(types.get(t) ?? 0).toBeGreaterThanOrEqual(20)
    const total = [...types.values()].reduce((a, b) => a + b, 0)
    expect((types.get('PHONE') ?? 0) / total).toBeGreaterThan(0.25)
    expect((types.get('PHONE') ?? 0) / total).toBeLessThan(0.4)
    expect(types.get('PERSON') ?? 0).toBeGreaterThanOrEqual(400)
    const astral = lines.filter((l) => l.entities.some((e) => /[\u{10000}-\u{10FFFF}]/u.test(l.text.slice(0, e.start))))
    expect(astral.length).toBeGreaterThanOrEqual(100)
    const marks = lines.filter((l) => l.entities.some((e) => /\p{M}/u.test(l.text.slice(0, e.start))))
    expect(marks.length).toBeGreaterThanOrEqual(15)
    const persons = lines.flatMap((l) => l.entities.filter((e) => e.type === 'PERSON').map((e) => slice(l, e).normalize('NFC')))
    expect(persons.filter((p) => /^\p{Ll}/u.test(p)).length).toBeGreaterThanOrEqual(40)
    for (const ch of [...'řščžýůőűøæåğşıİçćđñéâô'].map((x) => x.normalize('NFC'))) expect(persons.some((p) => p.includes(ch) || p.toLowerCase().includes(ch)) ? 'ok' : `no name with ${ch}`).toBe('ok')
    for (const w of ['Grace', 'Hope', 'Mark', 'Will', 'Rose', 'May', 'Bill', 'Sunny', 'Joy', 'Faith', 'Roos', 'Graça', 'Rosa', 'Sláva', 'Virág', 'Liv', 'Deniz', 'Umut', 'Nada', 'Luz', 'Consuelo', 'Esperanza', 'Aurore', 'Constance'])
      expect(persons.some((p) => p.split(' ').includes(w)) ? 'ok' : `${w} is nobody`).toBe('ok')
  })
})
