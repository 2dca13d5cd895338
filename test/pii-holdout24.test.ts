// The holdout24 corpus (a home-care and visiting-nurse agency, a crypto and fintech KYC desk, a sports club and stadium
// membership office, a food-safety recall hotline): the file is what the generator writes, and every label holds. The
// validators here are written apart from the generator's and read the final text only.
import { describe, expect, test } from 'bun:test'
import { readFileSync } from 'node:fs'
import { isIP } from 'node:net'
import { parsePhoneNumber, type CountryCode } from 'libphonenumber-js/max'
import { buildCorpus, CORPUS_PATH } from '../scripts/gen-holdout24.ts'

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
const IBAN_LEN: Record<string, number> = { IE: 22, GB: 22, FR: 27, DE: 22, ES: 24, IT: 27, PL: 28, SE: 24, FI: 18, GR: 27, RO: 24 }
function ibanRemainder(iban: string): number {
  let r = 0
  for (const c of iban.slice(4) + iban.slice(0, 4)) for (const d of /[A-Z]/.test(c) ? String(c.charCodeAt(0) - 55) : c) r = (r * 10 + Number(d)) % 97
  return r
}

const COUNTRIES: CountryCode[] = ['IE', 'GB', 'US', 'NG', 'PH', 'NZ', 'FR', 'CA', 'DE', 'ES', 'AR', 'CL', 'IT', 'PL', 'SE', 'FI', 'GR', 'RO']
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
const ID_CHECK: Record<string, (v: string) => boolean> = {
  ppsn: (v) => /^\d{7}[A-W]$/.test(v) && 'WABCDEFGHIJKLMNOPQRSTUV'[sumW(v.slice(0, 7), [8, 7, 6, 5, 4, 3, 2]) % 23] === v[7],
  'nhs-number': (v) => /^\d{3} \d{3} \d{4}$/.test(v) && mod11w(digitsOf(v), [10, 9, 8, 7, 6, 5, 4, 3, 2]) === Number(digitsOf(v)[9]),
  'chi-number': (v) => /^\d{10}$/.test(v) && dateOk(Number(v.slice(0, 2)), Number(v.slice(2, 4))) && mod11w(v, [10, 9, 8, 7, 6, 5, 4, 3, 2]) === Number(v[9]),
  'nin-ng': (v) => /^[1-9]\d{10}$/.test(v),
  bvn: (v) => /^22\d{9}$/.test(v),
  'tin-ph': (v) => /^\d{3}-\d{3}-\d{3}-\d{3}$/.test(v),
  philhealth: (v) => /^\d{2}-\d{9}-\d$/.test(v),
  'ird-nz': (v) => { const d = digitsOf(v); const s = sumW(d, [3, 2, 7, 6, 5, 4, 3, 2]) % 11; return /^\d{3}-\d{3}-\d{3}$/.test(v) && (s === 0 ? 0 : 11 - s) === Number(d[8]) },
  'nhi-nz': (v) => { const L = 'ABCDEFGHJKLMNPQRSTUVWXYZ'; if (!/^[A-HJ-NP-Z]{3}\d{4}$/.test(v)) return false; const s = [...v.slice(0, 3)].reduce((t, ch, i) => t + (L.indexOf(ch) + 1) * (7 - i), 0) + sumW(v.slice(3, 6), [4, 3, 2]); return (11 - (s % 11)) % 11 === Number(v[6]) },
  nir: (v) => { const d = digitsOf(v); return /^[12] \d{2} \d{2} \d{2} \d{3} \d{3} \d{2}$/.test(v) && 97 - Number(BigInt(d.slice(0, 13)) % 97n) === Number(d.slice(13)) },
  sin: (v) => /^[1-7]\d{2} \d{3} \d{3}$/.test(v) && luhn(digitsOf(v)),
  'steuer-id': (v) => { if (!/^\d{2} \d{3} \d{3} \d{3}$/.test(v)) return false; const d = digitsOf(v); let p = 10; for (const c of d.slice(0, 10)) { let s = (Number(c) + p) % 10; if (s === 0) s = 10; p = (s * 2) % 11 } return (11 - p) % 10 === Number(d[10]) },
  'dni-es': (v) => /^\d{8}[A-Z]$/.test(v) && 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(v.slice(0, 8)) % 23] === v[8],
  nie: (v) => /^[XYZ]\d{7}[A-Z]$/.test(v) && 'TRWAGMYFPDXBNJZSQVHLCKE'[Number('XYZ'.indexOf(v[0]!) + v.slice(1, 8)) % 23] === v[8],
  'dni-ar': (v) => /^\d{2}\.\d{3}\.\d{3}$/.test(v),
  cuit: (v) => /^\d{2}-\d{8}-\d$/.test(v) && mod11w(digitsOf(v).slice(0, 10), [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) === Number(v.slice(-1)),
  rut: (v) => { const m = /^(\d{1,2}(?:\.\d{3}){2})-([\dK])$/.exec(v); if (!m) return false; const n = digitsOf(m[1]!); let s = 0; let k = 2; for (let i = n.length - 1; i >= 0; i--) { s += Number(n[i]) * k; k = k === 7 ? 2 : k + 1 } const x = 11 - (s % 11); return (x === 11 ? '0' : x === 10 ? 'K' : String(x)) === m[2] },
  'codice-fiscale': (v) => { const ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]; const cv = (ch: string) => (/\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 65); return /^[A-Z]{6}\d{2}[ABCDEHLMPRST]\d{2}[A-Z]\d{3}[A-Z]$/.test(v) && String.fromCharCode(65 + ([...v.slice(0, 15)].reduce((a, ch, i) => a + (i % 2 === 0 ? ODD[cv(ch)]! : cv(ch)), 0) % 26)) === v[15] },
  pesel: (v) => /^\d{11}$/.test(v) && (10 - (sumW(v, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10 === Number(v[10]),
  personnummer: (v) => /^\d{6}-\d{4}$/.test(v) && luhn(digitsOf(v)) && dateOk(Number(v.slice(4, 6)), Number(v.slice(2, 4))),
  hetu: (v) => /^\d{6}-\d{3}[0-9A-Y]$/.test(v) && '0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(v.slice(0, 6) + v.slice(7, 10)) % 31] === v[10],
  amka: (v) => /^\d{11}$/.test(v) && luhn(v) && dateOk(Number(v.slice(0, 2)), Number(v.slice(2, 4))),
  afm: (v) => /^\d{9}$/.test(v) && (sumW(v, [256, 128, 64, 32, 16, 8, 4, 2]) % 11) % 10 === Number(v[8]),
  cnp: (v) => { if (!/^[1-8]\d{12}$/.test(v)) return false; const s = sumW(v, [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]) % 11; return (s === 10 ? 1 : s) === Number(v[12]) },
  barcode: (v) => /^\d{13}$/.test(v) && (10 - (sumW(v, [1, 3, 1, 3, 1, 3, 1, 3, 1, 3, 1, 3]) % 10)) % 10 === Number(v[12]),
  'wallet-address': (v) => /^0x[0-9a-f]{40}$/i.test(v) || /^bc1q[02-9ac-hj-np-z]{38}$/i.test(v),
  'tx-hash': (v) => /^(0x)?[0-9a-f]{64}$/i.test(v),
}
const NAME_WORDS = ['may', 'will', 'bill', 'mark', 'rose', 'grace', 'hope', 'sunny', 'blanche', 'ernst', 'luz', 'serena', 'róża', 'vilja', 'toivo', 'ελπίδα', 'speranța']
const NATIONAL_IDS = ['ppsn', 'nhs-number', 'chi-number', 'nin-ng', 'tin-ph', 'ird-nz', 'nhi-nz', 'nir', 'sin', 'steuer-id', 'dni-es', 'cuit', 'rut', 'codice-fiscale', 'pesel', 'personnummer', 'hetu', 'amka', 'cnp']
const BIZ_KINDS = ['care-plan', 'visit-id', 'insurer-member', 'wallet-address', 'tx-hash', 'account-number', 'kyc-ref', 'season-ticket', 'seat', 'membership-number', 'batch-code', 'lot-code', 'barcode', 'refund-ref', 'order-number', 'tracking-number', 'reference-number']

describe('pii-holdout24 corpus', () => {
  test('the generator writes this file byte for byte', () => {
    expect(buildCorpus()).toBe(raw)
  })

  test('shape: 420-500 texts, unique ids, about half English, ten languages, twelve genres, ~60 negatives-only', () => {
    expect(lines.length).toBeGreaterThanOrEqual(420)
    expect(lines.length).toBeLessThanOrEqual(500)
    expect(new Set(lines.map((l) => l.id)).size).toBe(lines.length)
    for (const l of lines) expect(l.id.startsWith(`${l.lang}-${l.kind}-`)).toBe(true)
    const en = lines.filter((l) => l.lang === 'en').length / lines.length
    expect(en).toBeGreaterThan(0.45)
    expect(en).toBeLessThan(0.6)
    expect(new Set(lines.map((l) => l.lang))).toEqual(new Set(['en', 'fr', 'de', 'es', 'it', 'pl', 'sv', 'fi', 'el', 'ro']))
    expect(new Set(lines.map((l) => l.kind))).toEqual(new Set(['form', 'sms', 'chat', 'summary', 'note', 'email', 'csv', 'json', 'transcript', 'voicemail', 'ticket', 'log']))
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

  test('JSON payloads parse, CSV rows keep their header\'s column count, transcripts are lower case', () => {
    for (const l of lines.filter((x) => x.kind === 'json')) expect(() => JSON.parse(l.text)).not.toThrow()
    for (const l of lines.filter((x) => x.kind === 'csv')) {
      const rows = l.text.trimEnd().split('\n')
      const sep = ['\t', ';', ','].find((c) => rows[0]!.includes(c))!
      for (const r of rows) expect(r.split(sep).length).toBe(rows[0]!.split(sep).length)
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
        else if (ID_CHECK[k]) ok = ID_CHECK[k]?.(l.kind === 'transcript' ? v.toUpperCase().replace(/^0X/, '0x').replace(/^BC1Q/, 'bc1q') : v) ?? false
        else if (k === 'name-word') ok = NAME_WORDS.includes(v.toLowerCase())
        else if (k === 'date') ok = /\d/.test(v) && !/^\d+$/.test(v)
        else if (k === 'timestamp') ok = !Number.isNaN(Date.parse(v))
        else if (k === 'time') ok = /^\d{1,2}[:.h]\d{2}( ?(am|pm))?$/.test(v)
        else if (k === 'amount') ok = /\d/.test(v) && /[$£€₦₱]|NGN|PHP|NZ\$|zł|kr|lei/.test(v)
        else if (k === 'version') ok = /^v?\d+\.\d+(\.\d+)?$/.test(v)
        else if (k === 'card-last4') ok = /^\d{4}$/.test(v)
        else ok = BIZ_KINDS.includes(k) && /[\dA-Z]/i.test(v) && !CHECK.CARD?.(v) && !CHECK.IBAN?.(v)
        if (!ok) bad.push(`${l.id} ${k} ${v}`)
      }
    expect(bad).toEqual([])
    for (const k of ['luhn-invalid', 'iban-checksum'] as const) expect(seen.get(k) ?? 0).toBeGreaterThanOrEqual(20)
    for (const k of [...NATIONAL_IDS, ...BIZ_KINDS, 'ssn-invalid', 'nino-invalid', 'name-word', 'date', 'time', 'amount', 'version'])
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
    const titles = /^(Mr|Mrs|Ms|Dr|Mme|M|Herr|Frau|Sr|Sra|Sig|Pan|Pani|Hr|Fru|Κος|Κα|Dl|Dna)\.? /iu
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
    for (const ch of [...'éèçßäöüñłśżąęåőășțọ'].map((x) => x.normalize('NFC'))) expect(persons.some((p) => p.toLowerCase().includes(ch)) ? 'ok' : `no name with ${ch}`).toBe('ok')
    for (const w of ['Grace', 'Hope', 'Mark', 'Will', 'Rose', 'May', 'Bill', 'Sunny', 'Blanche', 'Ernst', 'Luz', 'Serena', 'Róża', 'Vilja', 'Toivo', 'Elpida', 'Speranța'])
      expect(persons.some((p) => p.split(' ').includes(w)) ? 'ok' : `${w} is nobody`).toBe('ok')
  })
})
