// The holdout26 corpus (a mobile operator's number-porting and SIM-swap desk, a dental clinic chain's booking line, a
// student-loan servicer, a toll-road and parking-fine operator): the file is what the generator writes, and every label
// holds. The validators here are written apart from the generator's and read the final text only.
import { describe, expect, test } from 'bun:test'
import { readFileSync } from 'node:fs'
import { isIP } from 'node:net'
import { parsePhoneNumber, type CountryCode } from 'libphonenumber-js/max'
import { buildCorpus, CORPUS_PATH } from '../scripts/gen-holdout26.ts'

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
  if (/^3[068]/.test(d)) return n === 14
  if (/^(5018|5020|5038|6304|6759|676[1-3])/.test(d)) return n >= 12 && n <= 19
  return false
}
const IBAN_LEN: Record<string, number> = { GB: 22, MT: 31, PL: 28, RO: 24, GR: 27, SK: 24, FI: 18, SE: 24, ES: 24, FR: 27, BE: 16, IT: 27, PK: 24 }
function ibanRemainder(iban: string): number {
  const moved = iban.slice(4) + iban.slice(0, 4)
  const num = [...moved].map((c) => (/[A-Z]/.test(c) ? String(c.charCodeAt(0) - 55) : c)).join('')
  return Number(BigInt(num) % 97n)
}

// the corpus's countries (national forms), and foreign callers only with + or 00
const COUNTRIES: CountryCode[] = ['GH', 'MT', 'HK', 'PK', 'BW', 'GB', 'PL', 'RO', 'GR', 'SK', 'FI', 'SE', 'AR', 'CL', 'CA', 'BE', 'IT', 'ES']
const WORD: Record<string, string> = { zero: '0', oh: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9' }
const valid = (t: string, region?: CountryCode) => { try { return parsePhoneNumber(t, region).isValid() } catch { return false } }
function phoneOk(v: string): boolean {
  if (/^[a-z]/.test(v)) {
    const w = v.replace(/,/g, '').split(' ')
    let d = ''
    for (let i = 0; i < w.length; i++) {
      if (w[i] === 'double') { const x = WORD[w[i + 1] ?? '']; if (!x) return false; d += x + x; i++ }
      else if (WORD[w[i]!]) d += WORD[w[i]!]
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
  PERSON: (v) => /^\p{L}[\p{L}\p{M}' -]*\p{L}\p{M}*$/u.test(v),
}

const mod11 = (d: string, w: number[]) => { const c = 11 - (sumW(d, w) % 11); return c === 11 ? 0 : c }
const CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
const cfVal = (ch: string, odd: boolean) => { const i = /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 65; return odd ? CF_ODD[i]! : i }
const DNI_L = 'TRWAGMYFPDXBNJZSQVHLCKE'
const ID_CHECK: Record<string, (v: string) => boolean> = {
  'gh-card': (v) => /^GHA-\d{9}-\d$/.test(v),
  'mt-id': (v) => /^\d{1,7}[MGAPLHBZ]$/.test(v),
  hkid: (v) => {
    const m = /^([A-Z])(\d{6})\(([\dA])\)$/.exec(v)
    if (!m) return false
    const s = 36 * 9 + (m[1]!.charCodeAt(0) - 55) * 8 + sumW(m[2]!, [7, 6, 5, 4, 3, 2])
    const c = (11 - (s % 11)) % 11
    return (c === 10 ? 'A' : String(c)) === m[3]
  },
  cnic: (v) => /^\d{5}-\d{7}-\d$/.test(v),
  omang: (v) => /^\d{4}[12]\d{4}$/.test(v),
  'hc-number': (v) => /^\d{3} \d{3} \d{4}$/.test(v) && mod11(digitsOf(v), [10, 9, 8, 7, 6, 5, 4, 3, 2]) === Number(digitsOf(v)[9]),
  pesel: (v) => /^\d{11}$/.test(v) && dateOk(Number(v.slice(4, 6)), Number(v.slice(2, 4)) % 20) && (10 - (sumW(v, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10 === Number(v[10]),
  cnp: (v) => { if (!/^[1-8]\d{12}$/.test(v)) return false; const r = sumW(v, [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]) % 11; return (r === 10 ? 1 : r) === Number(v[12]) && dateOk(Number(v.slice(5, 7)), Number(v.slice(3, 5))) },
  amka: (v) => /^\d{11}$/.test(v) && dateOk(Number(v.slice(0, 2)), Number(v.slice(2, 4))) && luhn(v),
  afm: (v) => /^\d{9}$/.test(v) && ([...v.slice(0, 8)].reduce((a, c, i) => a + Number(c) * 2 ** (8 - i), 0) % 11) % 10 === Number(v[8]),
  'rodne-cislo': (v) => { if (!/^\d{6}\/\d{4}$/.test(v)) return false; const m = Number(v.slice(2, 4)); return BigInt(digitsOf(v)) % 11n === 0n && dateOk(Number(v.slice(4, 6)), m > 50 ? m - 50 : m) },
  hetu: (v) => { const m = /^(\d{6})[-A](\d{3})([0-9A-Y])$/.exec(v); return !!m && dateOk(Number(v.slice(0, 2)), Number(v.slice(2, 4))) && '0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(m[1]! + m[2]!) % 31] === m[3] },
  personnummer: (v) => /^\d{6}-\d{4}$/.test(v) && dateOk(Number(v.slice(4, 6)), Number(v.slice(2, 4))) && luhn(digitsOf(v)),
  'dni-ar': (v) => /^\d{2}\.\d{3}\.\d{3}$/.test(v),
  cuil: (v) => { if (!/^(20|27)-\d{8}-\d$/.test(v)) return false; const d = digitsOf(v); return mod11(d.slice(0, 10), [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) === Number(d[10]) },
  rut: (v) => {
    const m = /^(\d{1,2})\.(\d{3})\.(\d{3})-([\dK])$/.exec(v)
    if (!m) return false
    const n = m[1]! + m[2]! + m[3]!
    let s = 0
    ;[...n].reverse().forEach((c, i) => { s += Number(c) * (2 + (i % 6)) })
    const r = 11 - (s % 11)
    return (r === 11 ? '0' : r === 10 ? 'K' : String(r)) === m[4]
  },
  sin: (v) => /^[1-7]\d{2} \d{3} \d{3}$/.test(v) && luhn(digitsOf(v)),
  niss: (v) => { const m = /^(\d{2})\.(\d{2})\.(\d{2})-(\d{3})\.(\d{2})$/.exec(v); return !!m && dateOk(Number(m[3]), Number(m[2])) && 97 - (Number(digitsOf(v).slice(0, 9)) % 97) === Number(m[5]) },
  'codice-fiscale': (v) => /^[A-Z]{6}\d{2}[A-EHLMPRST]\d{2}[A-Z]\d{3}[A-Z]$/.test(v) && String.fromCharCode(65 + ([...v.slice(0, 15)].reduce((a, c, i) => a + cfVal(c, i % 2 === 0), 0) % 26)) === v[15],
  'dni-es': (v) => /^\d{8}[A-Z]$/.test(v) && DNI_L[Number(v.slice(0, 8)) % 23] === v[8],
  nie: (v) => /^[XYZ]\d{7}[A-Z]$/.test(v) && DNI_L[Number('XYZ'.indexOf(v[0]!) + v.slice(1, 8)) % 23] === v[8],
}
const BIZ_CHECK: Record<string, (v: string) => boolean> = {
  'porting-code': (v) => /^(PAC )?[A-Z]{3}\d{6}$|^\d{4}-[A-Z]{4}$|^NPC-\d{8}$/.test(v),
  iccid: (v) => { const d = digitsOf(v); return /^89/.test(d) && d.length === 19 && luhn(d) },
  imei: (v) => { const d = digitsOf(v); return d.length === 15 && luhn(d) },
  'account-pin': (v) => /^\d{4}(\d{2})?$/.test(v),
  'porting-ref': (v) => /^PRT-\d{4}-\d{6}$|^SW\d{7}$|^MNP\/\d{5}\/[A-Z]{2}$/.test(v),
  'patient-number': (v) => /^PT-\d{6}$|^DEN\/\d{4}\/\d{2}$|^P\d{7}$/.test(v),
  'appointment-number': (v) => /^APPT-2026-\d{5}$|^BK\d{6}$|^A-\d{3}-\d{3}$/.test(v),
  'treatment-code': (v) => /^D\d{4}$|^T-\d{3}$|^UDA-[1-3]$|^CHK\d{2}$/.test(v),
  'loan-number': (v) => /^SL-\d{4}-\d{4}-\d{2}$|^LN\d{9}$|^\d{3}\/\d{6}\/L$/i.test(v),
  'borrower-ref': (v) => /^BRN \d{4} \d{4}$|^CRN-\d{8}$|^B\d{6}[A-Z]$/i.test(v),
  'payroll-number': (v) => /^PAY\/\d{5}$|^EMP-\d{5}$|^\d{2}-\d{6}$|^PRN \d{7}$/.test(v),
  plate: (v) => /^[\p{Lu}\d -]{4,12}$/u.test(v.toUpperCase()) && /\p{L}/u.test(v) && /\d/.test(v),
  'penalty-notice': (v) => /^(PCN )?[A-Z]{2}\d{8}$|^PN-2026-\d{6}$/i.test(v),
  transponder: (v) => /^TAG \d{4} \d{4} \d{4}$|^OBU-\d{9}$|^TX\d{10}$/.test(v),
  'toll-account': (v) => /^TA-\d{7}$|^\d{3}-\d{3}-\d{3}-T$/.test(v),
  'tracking-number': (v) => /^1Z[A-Z0-9]{16}$|^RR\d{9}GB$|^JJD\d{15}$/.test(v),
  'reference-number': (v) => /^REF-\d{6}$|^TKT-\d{5}$|^CASE \d{3}-\d{4}$|^INC\d{7}$/.test(v),
}
// a name-word as the text has it: English, the other languages, Greek in Greek letters and in Greeklish
const NAME_WORDS = ['may', 'will', 'bill', 'mark', 'rose', 'grace', 'hope', 'sunny', 'joy', 'faith', 'grant', 'róża', 'floare', 'ελπίδα', 'ειρήνη', 'elpida', 'eirini', 'viera', 'onni', 'toivo', 'sol', 'luz', 'soledad', 'clémence', 'gioia', 'serena', 'mercè', 'neus']
const KINDS = ['form', 'sms', 'chat', 'summary', 'note', 'email', 'csv', 'json', 'transcript', 'voicemail', 'ticket', 'log', 'table']
const LANGS = ['en', 'pl', 'ro', 'el', 'sk', 'fi', 'sv', 'es', 'fr', 'it', 'ca']

describe('pii-holdout26 corpus', () => {
  test('the generator writes this file byte for byte', () => {
    expect(buildCorpus()).toBe(raw)
  })

  test('shape: 420-500 texts, unique ids, about half English, eleven languages, thirteen genres, ~60 negatives-only', () => {
    expect(lines.length).toBeGreaterThanOrEqual(420)
    expect(lines.length).toBeLessThanOrEqual(500)
    expect(new Set(lines.map((l) => l.id)).size).toBe(lines.length)
    for (const l of lines) expect(/^[a-z]{2}-[a-z]+-\d{4}$/.test(l.id) && l.id.startsWith(`${l.lang}-${l.kind}-`)).toBe(true)
    const en = lines.filter((l) => l.lang === 'en').length / lines.length
    expect(en).toBeGreaterThan(0.45)
    expect(en).toBeLessThan(0.6)
    expect(new Set(lines.map((l) => l.lang))).toEqual(new Set(LANGS))
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
        // a surrogate pair is never cut
        if (/[\uDC00-\uDFFF]/.test(l.text[s.start] ?? '') || /[\uD800-\uDBFF]/.test(l.text[s.end - 1] ?? '')) bad.push(`${l.id} cuts a pair`)
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
        else if (k === 'ssn-invalid') ok = /^\d{3}[- ]\d{2}[- ]\d{4}$/.test(v) && !CHECK.US_SSN!(v)
        else if (k === 'nino-invalid') ok = /^[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]$/.test(v) && !CHECK.UK_NINO!(v)
        else if (ID_CHECK[k]) ok = ID_CHECK[k]!(v)
        else if (BIZ_CHECK[k]) ok = BIZ_CHECK[k]!(l.kind === 'transcript' ? v.toUpperCase() : v)
        else if (k === 'name-word') ok = NAME_WORDS.includes(v.toLowerCase())
        else if (k === 'date') ok = /\d/.test(v) && !/^\d+$/.test(v)
        else if (k === 'timestamp') ok = !Number.isNaN(Date.parse(v))
        else if (k === 'time') ok = /^\d{1,2}[:.h]\d{2}( ?(am|pm))?$/.test(v)
        else if (k === 'amount') ok = /\d/.test(v) && /[£$€₵]|HK\$|Rs|zł|lei|kr|ARS|CLP|^P /.test(v)
        else if (k === 'version') ok = /^v?\d+\.\d+(\.\d+)?$/.test(v)
        else if (k === 'card-last4') ok = /^\d{4}$/.test(v)
        else ok = false
        if (!ok) bad.push(`${l.id} ${k} ${v}`)
      }
    expect(bad).toEqual([])
    for (const k of ['luhn-invalid', 'iban-checksum'] as const) expect(seen.get(k) ?? 0).toBeGreaterThanOrEqual(20)
    for (const k of [...Object.keys(ID_CHECK), ...Object.keys(BIZ_CHECK), 'ssn-invalid', 'nino-invalid', 'name-word', 'date', 'time', 'timestamp', 'amount', 'version'])
      expect(seen.get(k) ? 'ok' : `no ${k}`).toBe('ok')
  })

  test('no lookalike is accidentally a labeled type', () => {
    const bad: string[] = []
    for (const l of lines)
      for (const n of l.negatives) {
        if (n.kind === 'name-word') continue
        const v = slice(l, n)
        for (const ty of ['CARD', 'IBAN', 'US_SSN', 'UK_NINO', 'EMAIL', 'IP_ADDRESS'])
          if (CHECK[ty]!(v) && !(ty === 'US_SSN' && /^\d{9}$/.test(v))) bad.push(`${l.id} ${n.kind} ${v} is a ${ty}`)
      }
    expect(bad).toEqual([])
  })

  test('names carry no title', () => {
    const titles = /^(Mr|Mrs|Ms|Dr|Pan|Pani|Dl|Dna|Κος|Κα|Sr|Sra|Mme|M|Sig|Sig\.ra|Herr|Fru|Rouva|Herra)\.? /iu
    for (const l of lines)
      for (const e of l.entities) if (e.type === 'PERSON') expect(titles.test(slice(l, e)) ? slice(l, e) : 'ok').toBe('ok')
  })

  test('every type at least 20 times, phones about 30% in many forms; emoji, combining marks, the languages\' letters, lower-case names, name-words as names', () => {
    const types = new Map<string, number>()
    for (const l of lines) for (const e of l.entities) types.set(e.type ?? '', (types.get(e.type ?? '') ?? 0) + 1)
    for (const t of ['EMAIL', 'PHONE', 'CARD', 'IBAN', 'US_SSN', 'UK_NINO', 'IP_ADDRESS', 'PERSON']) expect(types.get(t) ?? 0).toBeGreaterThanOrEqual(20)
    const total = [...types.values()].reduce((a, b) => a + b, 0)
    expect((types.get('PHONE') ?? 0) / total).toBeGreaterThan(0.27)
    expect((types.get('PHONE') ?? 0) / total).toBeLessThan(0.36)
    expect(types.get('PERSON') ?? 0).toBeGreaterThanOrEqual(400)
    const phones = lines.flatMap((l) => l.entities.filter((e) => e.type === 'PHONE').map((e) => ({ v: slice(l, e), before: l.text.slice(e.start - 1, e.start) })))
    const forms: [string, (p: { v: string; before: string }) => boolean][] = [
      ['+', (p) => p.v.startsWith('+')], ['00', (p) => p.v.startsWith('00')], ['bracket', (p) => p.v.includes('(')], ['slash', (p) => p.v.includes('/')],
      ['dots', (p) => /\d\.\d/.test(p.v)], ['dashes', (p) => /\d-\d/.test(p.v)], ['words', (p) => /^[a-z]/.test(p.v)], ['compact', (p) => /^\d{7,}$/.test(p.v)],
      ['after a letter', (p) => /\p{L}/u.test(p.before)], ['after a colon', (p) => p.before === ':'], ['(0)', (p) => p.v.includes('(0)')],
    ]
    for (const [name, f] of forms) expect(phones.filter(f).length >= 5 ? 'ok' : `few phones with ${name}`).toBe('ok')
    const astral = lines.filter((l) => l.entities.some((e) => /[\u{10000}-\u{10FFFF}]/u.test(l.text.slice(0, e.start))))
    expect(astral.length).toBeGreaterThanOrEqual(100)
    const marks = lines.filter((l) => l.entities.some((e) => /\p{M}/u.test(l.text.slice(0, e.start))))
    expect(marks.length).toBeGreaterThanOrEqual(15)
    const persons = lines.flatMap((l) => l.entities.filter((e) => e.type === 'PERSON').map((e) => slice(l, e).normalize('NFC')))
    expect(persons.filter((p) => /^\p{Ll}/u.test(p)).length).toBeGreaterThanOrEqual(40)
    expect(persons.filter((p) => /\p{Script=Greek}/u.test(p)).length).toBeGreaterThanOrEqual(20)
    for (const ch of [...'łśżźńąęășțîâäöåľĺŕôñçàèòïġħċż'].map((x) => x.normalize('NFC'))) expect(persons.some((p) => p.toLowerCase().includes(ch)) ? 'ok' : `no name with ${ch}`).toBe('ok')
    for (const w of ['Grace', 'Hope', 'Mark', 'Will', 'Rose', 'May', 'Bill', 'Sunny', 'Joy', 'Faith', 'Grant', 'Kwame', 'Akosua', 'Róża', 'Floare', 'Ελπίδα', 'Ειρήνη', 'Viera', 'Onni', 'Toivo', 'Sol', 'Luz', 'Soledad', 'Clémence', 'Gioia', 'Serena', 'Mercè', 'Neus'])
      expect(persons.some((p) => p.split(' ').includes(w)) ? 'ok' : `${w} is nobody`).toBe('ok')
  })
})
