// The holdout27 corpus (a phone and laptop repair chain, a hospital outpatient appointments line, a children's camp and
// after-school club desk, a rail and airport lost-property office): the file is what the generator writes, and every
// label holds. The validators here are written apart from the generator's and read the final text only.
import { describe, expect, test } from 'bun:test'
import { readFileSync } from 'node:fs'
import { isIP } from 'node:net'
import { parsePhoneNumber, type CountryCode } from 'libphonenumber-js/max'
import { buildCorpus, CORPUS_PATH } from '../scripts/gen-holdout27.ts'

interface Label { type?: string; kind?: string; start: number; end: number }
interface Line { id: string; lang: string; kind: string; text: string; entities: Label[]; negatives: Label[] }

const raw = readFileSync(CORPUS_PATH, 'utf8')
const lines: Line[] = raw.trimEnd().split('\n').map((l) => JSON.parse(l))
const slice = (l: Line, s: Label) => l.text.slice(s.start, s.end)
const digitsOf = (s: string) => s.replace(/\D/g, '')
const weigh = (d: string, w: number[]) => w.reduce((a, x, i) => a + x * Number(d[i]), 0)
const dateOk = (dd: number, mm: number) => mm >= 1 && mm <= 12 && dd >= 1 && dd <= 31

function luhn(d: string): boolean {
  let s = 0
  let dbl = false
  for (let i = d.length - 1; i >= 0; i--) {
    let x = Number(d[i])
    if (dbl) x = x * 2 > 9 ? x * 2 - 9 : x * 2
    s += x
    dbl = !dbl
  }
  return s % 10 === 0
}
function brandOk(d: string): boolean {
  const n = d.length
  const p4 = Number(d.slice(0, 4))
  if (d.startsWith('4')) return n === 16 || n === 19
  if (/^5[1-5]/.test(d) || (p4 >= 2221 && p4 <= 2720)) return n === 16
  if (/^3[47]/.test(d)) return n === 15
  if (/^(6011|65)/.test(d)) return n === 16
  if (p4 >= 3528 && p4 <= 3589) return n === 16
  if (/^3[68]/.test(d)) return n === 14
  if (/^(5018|6304|6759)/.test(d)) return n >= 12 && n <= 19
  return false
}
const IBAN_LEN: Record<string, number> = { AT: 20, CH: 21, BE: 16, BR: 29, PT: 25, CZ: 24, HU: 28, HR: 21, SI: 19, LT: 20, LV: 21, EE: 20, TR: 26, DK: 18, NO: 15, GB: 22, DE: 22, NL: 18 }
function ibanMod(iban: string): number {
  const s = iban.slice(4) + iban.slice(0, 4)
  const num = s.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55))
  return Number(BigInt(num) % 97n)
}

// the corpus's countries (national forms); foreign callers only with + or 00
const COUNTRIES: CountryCode[] = ['ZA', 'KE', 'NG', 'SG', 'JM', 'GB', 'NZ', 'AT', 'CH', 'BE', 'BR', 'PT', 'CZ', 'HU', 'HR', 'SI', 'LT', 'LV', 'EE', 'TR', 'DK', 'NO']
const WORD: Record<string, string> = { zero: '0', oh: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9' }
const valid = (t: string, region?: CountryCode) => { try { return parsePhoneNumber(t, region).isValid() } catch { return false } }
function phoneOk(v: string): boolean {
  if (/^[a-z]/.test(v)) {
    const w = v.split(' ')
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
const NO_NINO = ['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ']
const CHECK: Record<string, (v: string) => boolean> = {
  EMAIL: (v) => /^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/i.test(v),
  PHONE: phoneOk,
  CARD: (v) => /^\d[\d -]*\d$/.test(v) && luhn(digitsOf(v)) && brandOk(digitsOf(v)),
  IBAN: (v) => {
    const c = v.replace(/ /g, '')
    if (v !== c && !/^([A-Z0-9]{4} )+[A-Z0-9]{1,4}$/.test(v)) return false
    return /^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(c) && IBAN_LEN[c.slice(0, 2)] === c.length && ibanMod(c) === 1
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
    return /^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/.test(c) && !NO_NINO.includes(c.slice(0, 2))
  },
  IP_ADDRESS: (v) => isIP(v) !== 0,
  // letters, marks, apostrophes, hyphens and spaces; Singapore's "d/o" and "s/o" (daughter of, son of) inside a name
  PERSON: (v) => /^\p{L}[\p{L}\p{M}' -]*\p{L}\p{M}*$/u.test(v.replace(/ [ds]\/o /g, ' do ')),
}

const m11 = (s: number) => 11 - (s % 11)
const ID_CHECK: Record<string, (v: string) => boolean> = {
  'za-id': (v) => /^\d{13}$/.test(v) && dateOk(Number(v.slice(4, 6)), Number(v.slice(2, 4))) && luhn(v),
  'ke-id': (v) => /^[23]\d{7}$/.test(v),
  'ng-nin': (v) => /^\d{11}$/.test(v),
  'sg-nric': (v) => { const m = /^([ST])(\d{7})([A-Z])$/.exec(v); return !!m && 'JZIHGFEDCBA'[(weigh(m[2]!, [2, 7, 6, 5, 4, 3, 2]) + (m[1] === 'T' ? 4 : 0)) % 11] === m[3] },
  'jm-trn': (v) => /^1\d{2}-\d{3}-\d{3}$/.test(v),
  'chi-number': (v) => { const d = digitsOf(v); if (!/^\d{10}$|^\d{3} \d{3} \d{4}$/.test(v) || !dateOk(Number(d.slice(0, 2)), Number(d.slice(2, 4)))) return false; const c = m11(weigh(d, [10, 9, 8, 7, 6, 5, 4, 3, 2])); return c !== 10 && (c === 11 ? 0 : c) === Number(d[9]) },
  'nz-nhi': (v) => {
    const A = 'ABCDEFGHJKLMNPQRSTUVWXYZ'
    if (!/^[A-HJ-NP-Z]{3}\d{4}$/.test(v)) return false
    const vals = [...v.slice(0, 3)].map((c) => A.indexOf(c) + 1).concat([...v.slice(3, 6)].map(Number))
    const r = vals.reduce((a, x, i) => a + x * (7 - i), 0) % 11
    return r !== 0 && (11 - r) % 10 === Number(v[6])
  },
  'at-svnr': (v) => { const m = /^(\d{3})(\d) (\d{6})$/.exec(v); return !!m && m[1]![0] !== '0' && dateOk(Number(m[3]!.slice(0, 2)), Number(m[3]!.slice(2, 4))) && (weigh(m[1]!, [3, 7, 9]) + weigh(m[3]!, [5, 8, 4, 2, 1, 6])) % 11 === Number(m[2]) },
  'ch-ahv': (v) => { if (!/^756\.\d{4}\.\d{4}\.\d{2}$/.test(v)) return false; const d = digitsOf(v); const s = [...d.slice(0, 12)].reduce((a, c, i) => a + Number(c) * (i % 2 === 0 ? 1 : 3), 0); return (10 - (s % 10)) % 10 === Number(d[12]) },
  'be-rrn': (v) => { const m = /^(\d{2})\.(\d{2})\.(\d{2})-(\d{3})\.(\d{2})$/.exec(v); return !!m && dateOk(Number(m[3]), Number(m[2])) && 97 - (Number(m[1]! + m[2] + m[3] + m[4]) % 97) === Number(m[5]) },
  'br-cpf': (v) => {
    if (!/^\d{3}\.\d{3}\.\d{3}-\d{2}$/.test(v)) return false
    const d = digitsOf(v)
    const dv = (n: number) => { const r = [...d.slice(0, n)].reduce((a, c, i) => a + Number(c) * (n + 1 - i), 0) % 11; return r < 2 ? 0 : 11 - r }
    return dv(9) === Number(d[9]) && dv(10) === Number(d[10])
  },
  'pt-nif': (v) => /^[12]\d{8}$/.test(v) && (m11(weigh(v, [9, 8, 7, 6, 5, 4, 3, 2])) % 11) % 10 === Number(v[8]) || (/^[12]\d{8}$/.test(v) && m11(weigh(v, [9, 8, 7, 6, 5, 4, 3, 2])) >= 10 && v[8] === '0'),
  'cz-rc': (v) => { if (!/^\d{6}\/\d{4}$/.test(v)) return false; const mm = Number(v.slice(2, 4)); return BigInt(digitsOf(v)) % 11n === 0n && dateOk(Number(v.slice(4, 6)), mm > 50 ? mm - 50 : mm) },
  'hu-taj': (v) => /^\d{3} \d{3} \d{3}$/.test(v) && weigh(digitsOf(v), [3, 7, 3, 7, 3, 7, 3, 7]) % 10 === Number(digitsOf(v)[8]),
  'hr-oib': (v) => {
    if (!/^\d{11}$/.test(v)) return false
    let a = 10
    for (let i = 0; i < 10; i++) { a = (a + Number(v[i])) % 10 || 10; a = (a * 2) % 11 }
    return (11 - a) % 10 === Number(v[10])
  },
  'si-emso': (v) => { if (!/^\d{13}$/.test(v) || !dateOk(Number(v.slice(0, 2)), Number(v.slice(2, 4)))) return false; const c = m11(weigh(v, [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2])); return c !== 10 && c % 11 === Number(v[12]) },
  'lt-ak': (v) => balticOk(v),
  'ee-ik': (v) => balticOk(v),
  'lv-pk': (v) => /^\d{6}-[012]\d{4}$/.test(v) && dateOk(Number(v.slice(0, 2)), Number(v.slice(2, 4))),
  'tr-tckn': (v) => {
    if (!/^[1-9]\d{10}$/.test(v)) return false
    const d = [...v].map(Number)
    const t10 = ((d[0]! + d[2]! + d[4]! + d[6]! + d[8]!) * 7 - (d[1]! + d[3]! + d[5]! + d[7]!)) % 10
    return (t10 + 10) % 10 === d[9] && d.slice(0, 10).reduce((a, x) => a + x, 0) % 10 === d[10]
  },
  'dk-cpr': (v) => /^\d{6}-\d{4}$/.test(v) && dateOk(Number(v.slice(0, 2)), Number(v.slice(2, 4))),
  'no-fnr': (v) => {
    if (!/^\d{11}$/.test(v) || !dateOk(Number(v.slice(0, 2)), Number(v.slice(2, 4)))) return false
    const k1 = m11(weigh(v, [3, 7, 6, 1, 8, 9, 4, 5, 2])) % 11
    const k2 = m11(weigh(v, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
    return k1 !== 10 && k2 !== 10 && k1 === Number(v[9]) && k2 === Number(v[10])
  },
}
function balticOk(v: string): boolean {
  if (!/^[3-6]\d{10}$/.test(v) || !dateOk(Number(v.slice(5, 7)), Number(v.slice(3, 5)))) return false
  let c = weigh(v, [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]) % 11
  if (c === 10) { c = weigh(v, [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]) % 11; if (c === 10) c = 0 }
  return c === Number(v[10])
}
const BIZ_CHECK: Record<string, (v: string) => boolean> = {
  'repair-ticket': (v) => /^RT-2026-\d{5}$|^FX\/\d{5}\/[A-Z]{2}$|^R\d{7}$/.test(v),
  imei: (v) => { const d = digitsOf(v); return /^\d{15}$|^\d{2}-\d{6}-\d{6}-\d$/.test(v) && luhn(d) },
  'device-serial': (v) => /^[A-Z0-9]{8,12}$/.test(v) && /\d/.test(v) && /[A-Z]/.test(v),
  'warranty-number': (v) => /^WTY-\d{4}-\d{4}$|^EW \d{4} \d{4}$|^W\d{8}[A-Z]$/.test(v),
  'hospital-number': (v) => /^H\d{7}$|^MRN \d{8}$|^HN-\d{3}-\d{3}-\d{3}$/.test(v),
  'clinic-code': (v) => /^[A-Z]{3,4}-\d[A-D]$|^OPD\d{2}$|^CL\/[A-Z]{3}\/\d$/.test(v),
  'appointment-number': (v) => /^OPA-\d{6}$|^AP\d{8}$|^\d{4}-\d{4}-\d{2}$/.test(v),
  'booking-ref': (v) => /^CAMP-26-\d{5}$|^SC\/\d{4}\/[A-Z]$|^BK-[A-Z]{3}\d{3}$/.test(v),
  'session-code': (v) => /^WK[1-8]-(AM|PM|FD)$|^ASC-(MON|TUE|WED|THU|FRI)-[1-4]$/.test(v),
  'item-ref': (v) => /^LP-2026-\d{6}$|^LPO\/\d{5}\/[TAB]$|^\d{3}-\d{4}-\d{3}$/.test(v),
  'train-number': (v) => /^(IC|ICE|RJX|EC|IR) \d{2,4}$|^[12][SKB]\d{2}$/.test(v),
  'flight-number': (v) => /^[A-Z][A-Z0-9] ?\d{2,4}$/.test(v),
  'seat-number': (v) => /^\d{1,2}[ABCDFK]$/.test(v),
  'locker-code': (v) => /^L-\d{4}$|^\d{3}\/\d{4}$|^LK\d{3}-[A-Z]$/.test(v),
  'tracking-number': (v) => /^1Z[A-Z0-9]{6}\d{10}$|^RR\d{9}[A-Z]{2}$|^JJD\d{15}$/.test(v),
  'order-number': (v) => /^ORD-\d{7}$|^PO \d{5}-\d{3}$|^SO\d{8}$/.test(v),
  'reference-number': (v) => /^REF-\d{6}$|^CASE \d{3}-\d{4}$|^INC\d{7}$/.test(v),
}
// a name-word as the text has it
const NAME_WORDS = ['may', 'will', 'bill', 'mark', 'rose', 'grace', 'hope', 'sunny', 'joy', 'faith', 'ernst', 'roos', 'graça', 'luz', 'virág', 'nada', 'živa', 'rūta', 'rasa', 'õnne', 'deniz', 'umut', 'sol']
const KINDS = ['form', 'sms', 'chat', 'summary', 'note', 'email', 'csv', 'json', 'transcript', 'voicemail', 'ticket', 'log', 'table']
const LANGS = ['en', 'de', 'nl', 'pt', 'cs', 'hu', 'hr', 'sl', 'lt', 'lv', 'et', 'tr', 'da', 'no']

describe('pii-holdout27 corpus', () => {
  test('the generator writes this file byte for byte', () => {
    expect(buildCorpus()).toBe(raw)
  })

  test('shape: 420-500 texts, unique ids, about half English, fourteen languages, thirteen genres, ~60 negatives-only', () => {
    expect(lines.length).toBeGreaterThanOrEqual(420)
    expect(lines.length).toBeLessThanOrEqual(500)
    expect(new Set(lines.map((l) => l.id)).size).toBe(lines.length)
    for (const l of lines) expect(/^[a-z]{2}-[a-z]+-\d{4}$/.test(l.id) && l.id.startsWith(`${l.lang}-${l.kind}-`) ? 'ok' : l.id).toBe('ok')
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
      const rows = l.text.replace(/\n$/, '').split('\n')
      const sep = ['\t', ';', ','].find((c) => rows[0]!.includes(c))!
      for (const r of rows) expect(r.split(sep).length === rows[0]!.split(sep).length ? 'ok' : `${l.id} ${r}`).toBe('ok')
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
        const up = l.kind === 'transcript' ? v.toUpperCase() : v
        const k = n.kind ?? ''
        seen.set(k, (seen.get(k) ?? 0) + 1)
        let ok: boolean
        if (k === 'luhn-invalid') ok = /^\d{4}([ -]?\d{4}){3}$/.test(v) && !luhn(digitsOf(v)) && brandOk(digitsOf(v))
        else if (k === 'iban-checksum') { const c = v.replace(/ /g, ''); ok = /^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(c) && IBAN_LEN[c.slice(0, 2)] === c.length && ibanMod(c) !== 1 }
        else if (k === 'ssn-invalid') ok = /^\d{3}[- ]\d{2}[- ]\d{4}$/.test(v) && !CHECK.US_SSN!(v)
        else if (k === 'nino-invalid') ok = /^[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]$/.test(v) && !CHECK.UK_NINO!(v)
        else if (ID_CHECK[k]) ok = ID_CHECK[k]!(up)
        else if (BIZ_CHECK[k]) ok = BIZ_CHECK[k]!(up)
        else if (k === 'name-word') ok = NAME_WORDS.includes(v.toLowerCase())
        else if (k === 'date') ok = /\d/.test(v) && !/^\d+$/.test(v)
        else if (k === 'timestamp') ok = !Number.isNaN(Date.parse(v))
        else if (k === 'time') ok = /^\d{1,2}:\d{2}( (am|pm))?$/.test(v)
        else if (k === 'amount') ok = /\d/.test(v) && /[£$€₦₺]|\bR\b|KSh|KES|CHF|Kč|Ft|TL|kr/i.test(v)
        else if (k === 'version') ok = /^v?\d+\.\d+\.\d+$/.test(v)
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
    const titles = /^(Mr|Mrs|Ms|Miss|Dr|Herr|Frau|Mevr|Dhr|Sr|Sra|Pan|Paní|Úr|Gosp|Ponas|Bay|Bayan|Hr|Fru)\.? /iu
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
      ['Lithuanian trunk 8', (p) => /^\(?8[ -]?[56]/.test(p.v)], ['Hungarian 06', (p) => /^\(?06[ -]?\d/.test(p.v)],
    ]
    for (const [name, f] of forms) expect(phones.filter(f).length >= 5 ? 'ok' : `few phones with ${name}`).toBe('ok')
    const astral = lines.filter((l) => l.entities.some((e) => /[\u{10000}-\u{10FFFF}]/u.test(l.text.slice(0, e.start))))
    expect(astral.length).toBeGreaterThanOrEqual(100)
    const marks = lines.filter((l) => l.entities.some((e) => /\p{M}/u.test(l.text.slice(0, e.start))))
    expect(marks.length).toBeGreaterThanOrEqual(15)
    const persons = lines.flatMap((l) => l.entities.filter((e) => e.type === 'PERSON').map((e) => slice(l, e).normalize('NFC')))
    expect(persons.filter((p) => /^\p{Ll}/u.test(p)).length).toBeGreaterThanOrEqual(40)
    for (const ch of [...'čćđšžőűąėūāēīķļņõäüşğıİøæåãç'])
      expect(persons.some((p) => p.includes(ch) || p.toLowerCase().includes(ch)) ? 'ok' : `no name with ${ch}`).toBe('ok')
    for (const w of ['Grace', 'Hope', 'Mark', 'Will', 'Rose', 'May', 'Bill', 'Sunny', 'Joy', 'Faith', 'Precious', 'Blessing', 'Gift', 'Roos', 'Graça', 'Luz', 'Vlasta', 'Deniz', 'Umut', 'Sol', 'Nada', 'Živa', 'Rūta', 'Õnne', 'Ernst', 'Virág', 'Rasa'])
      expect(persons.some((p) => p.split(' ').includes(w)) ? 'ok' : `${w} is nobody`).toBe('ok')
    for (const p of ['Mc', 'Mac', ' bin ', ' binte ', ' d/o ', ' s/o ']) expect(persons.some((x) => x.includes(p)) ? 'ok' : `no name with ${p}`).toBe('ok')
    expect(persons.filter((p) => /^\p{Lu}{2,}(-\p{Lu}+)? \p{Lu}\p{Ll}/u.test(p)).length).toBeGreaterThanOrEqual(5)
  })
})
