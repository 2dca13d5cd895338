// The holdout30 corpus (a lettings and sales desk, a pest-control and commercial-cleaning company, a hotel spa and
// restaurant reservations desk, a B2B office-supplies reseller): the file is what the generator writes, and every label
// holds. The validators here are written apart from the generator's and read the final text only.
import { describe, expect, test } from 'bun:test'
import { readFileSync } from 'node:fs'
import { isIP } from 'node:net'
import { parsePhoneNumber, type CountryCode } from 'libphonenumber-js/max'
import { buildAll, buildCorpus, CORPUS_PATH } from '../scripts/gen-holdout30.ts'

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
  for (let i = 0; i < d.length; i++) {
    let x = Number(d[d.length - 1 - i])
    if (i % 2 === 1) x = x * 2 > 9 ? x * 2 - 9 : x * 2
    s += x
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
const IBAN_LEN: Record<string, number> = { DE: 22, AT: 20, FR: 27, BE: 16, IT: 27, ES: 24, NL: 18, PL: 28, PT: 25, SE: 24, GR: 27, RO: 24, CZ: 24, GB: 22, CH: 21 }
function ibanMod(iban: string): number {
  const s = iban.slice(4) + iban.slice(0, 4)
  return Number(BigInt(s.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55))) % 97n)
}

// the corpus's countries (national forms); foreign callers only with + or 00
const COUNTRIES: CountryCode[] = ['US', 'CA', 'GB', 'AU', 'DE', 'AT', 'FR', 'BE', 'IT', 'ES', 'NL', 'PL', 'PT', 'SE', 'GR', 'RO', 'CZ']
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
  if (v.startsWith('+')) return valid(v.replace('(0)', ''))
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
  // letters (Latin, Greek), marks, apostrophes (O'Rourke), hyphens and spaces
  PERSON: (v) => /^\p{L}[\p{L}\p{M}' -]*\p{L}\p{M}*$/u.test(v),
}

const mod11 = (d: string, w: number[]) => { const k = 11 - (weigh(d, w) % 11); return k === 11 ? 0 : k }
const iso7064 = (d: string) => { let p = 10; for (const c of d) { let s = (Number(c) + p) % 10; if (s === 0) s = 10; p = (s * 2) % 11 } return (11 - p) % 10 }
const ID_CHECK: Record<string, (v: string) => boolean> = {
  'us-ein': (v) => /^\d{2}-\d{7}$/.test(v),
  'gb-nhs': (v) => /^\d{3} \d{3} \d{4}$/.test(v) && mod11(digitsOf(v), [10, 9, 8, 7, 6, 5, 4, 3, 2]) === Number(v.at(-1)),
  'ca-sin': (v) => /^[1-7]\d{2} \d{3} \d{3}$/.test(v) && luhn(digitsOf(v)),
  'au-tfn': (v) => /^\d{3} \d{3} \d{3}$/.test(v) && weigh(digitsOf(v), [1, 4, 3, 7, 5, 8, 6, 9, 10]) % 11 === 0,
  'de-steuerid': (v) => /^[1-9]\d{10}$/.test(v) && iso7064(v.slice(0, 10)) === Number(v[10]),
  'at-svnr': (v) => /^\d{4} \d{6}$/.test(v) && dateOk(Number(v.slice(5, 7)), Number(v.slice(7, 9))) && weigh(digitsOf(v), [3, 7, 9, 0, 5, 8, 4, 2, 1, 6]) % 11 === Number(v[3]),
  'fr-nir': (v) => { if (!/^[12] \d{2} \d{2} \d{2} \d{3} \d{3} \d{2}$/.test(v)) return false; const d = digitsOf(v); return 97 - Number(BigInt(d.slice(0, 13)) % 97n) === Number(d.slice(13)) },
  'be-nrn': (v) => { if (!/^\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}$/.test(v)) return false; const d = digitsOf(v); const k = Number(d.slice(9)); return 97 - Number(BigInt(d.slice(0, 9)) % 97n) === k || 97 - Number(BigInt('2' + d.slice(0, 9)) % 97n) === k },
  'it-cf': (v) => /^[A-Z]{6}\d{2}[A-Z]\d{2}[A-Z]\d{3}[A-Z]$/.test(v),
  'es-dni': (v) => /^\d{8}[A-Z]$/.test(v) && 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(v.slice(0, 8)) % 23] === v[8],
  'nl-bsn': (v) => /^\d{9}$/.test(v) && (weigh(v, [9, 8, 7, 6, 5, 4, 3, 2]) - Number(v[8])) % 11 === 0,
  'pl-pesel': (v) => /^\d{11}$/.test(v) && (10 - (weigh(v, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10 === Number(v[10]) && dateOk(Number(v.slice(4, 6)), Number(v.slice(2, 4)) % 20),
  'pt-nif': (v) => { if (!/^[1-3]\d{8}$/.test(v)) return false; const k = 11 - (weigh(v, [9, 8, 7, 6, 5, 4, 3, 2]) % 11); return (k >= 10 ? 0 : k) === Number(v[8]) },
  'se-pnr': (v) => /^\d{6}-\d{4}$/.test(v) && luhn(digitsOf(v)) && dateOk(Number(v.slice(4, 6)), Number(v.slice(2, 4))),
  'gr-amka': (v) => /^\d{11}$/.test(v) && luhn(v) && dateOk(Number(v.slice(0, 2)), Number(v.slice(2, 4))),
  'ro-cnp': (v) => { if (!/^[1-6]\d{12}$/.test(v) || !dateOk(Number(v.slice(5, 7)), Number(v.slice(3, 5)))) return false; const k = weigh(v, [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]) % 11; return (k === 10 ? 1 : k) === Number(v[12]) },
  'cz-rc': (v) => /^\d{6}\/\d{4}$/.test(v) && dateOk(Number(v.slice(4, 6)), Number(v.slice(2, 4)) % 50) && BigInt(digitsOf(v)) % 11n === 0n,
}
const BIZ_CHECK: Record<string, RegExp> = {
  'property-ref': /^PRP-\d{5}$|^HL\/[SL]\/\d{4}$|^P\d{5}$/,
  'listing-ref': /^LST-26-\d{4}$|^RM-\d{6}$/,
  'offer-ref': /^OFR-2026-\d{4}$/,
  'key-number': /^K-\d{3}$|^KEY \d{2}$|^K\d{2}[AB]$/,
  'alarm-code': /^\d{4}\*?$|^\d{6}$/,
  'contract-number': /^CTR-2026-\d{4}$|^SLA\/\d{2}\/\d{3}$/,
  'job-number': /^JOB-\d{6}$|^J\/26\/\d{4}$|^\d{3}-\d{3}-\d{4}$/,
  'gate-code': /^\d{4,5}$|^C\d{4}X$/,
  'bait-station': /^BS-\d{3}$|^BST \d{2}$|^EFK-\d{2}$/,
  'table-booking': /^RES-\d{5}$|^TB\d{6}$/,
  'treatment-booking': /^SPA-2026-\d{4}$|^TR-\d{2}-\d{4}$/,
  'room-number': /^\d{3}$|^\d{3}[AB]$/,
  'voucher-code': /^GV-[A-Z]{2}\d{2}-\d{4}$|^V[A-Z]{2}\d{3}[A-Z]{2}$/,
  'gift-card': /^GC \d{4} \d{4} \d{4}$/,
  'po-number': /^PO-\d{5}$|^45\d{8}$|^PO \d{6}\/26$/,
  sku: /^SKU \d{2}-\d{4}-[ABC]$|^KOS-[PTI][A-Z]-\d{4}$|^\d{8}$/,
  'invoice-number': /^INV-2026-\d{5}$|^SI\d{6}$/,
  'delivery-note': /^DN \d{6}$|^DN-26-\d{5}$/,
  'account-code': /^ACC-[A-Z]\d{4}$|^C\d{5}$|^[A-Z]{3}\d{3}$/,
  'order-number': /^ORD-\d{7}$|^SO\d{8}$/,
  'tracking-number': /^1Z[A-Z]{3}\d{13}$|^RR\d{9}GB$|^JJD\d{15}$/,
  'reference-number': /^REF-\d{6}$|^CASE \d{3}-\d{4}$|^INC\d{7}$/,
}
// a name-word as the text has it
const NAME_WORDS = ['may', 'will', 'bill', 'mark', 'rose', 'grace', 'hope', 'sunny', 'joy', 'dawn', 'summer', 'rich', 'guy', 'art', 'ernst', 'heide', 'frank', 'aimé', 'stella', 'serena', 'luz', 'pilar', 'amparo', 'roos', 'róża', 'jagoda', 'graça', 'sol', 'vilja']
const KINDS = ['form', 'sms', 'chat', 'summary', 'note', 'email', 'csv', 'json', 'transcript', 'voicemail', 'ticket', 'log', 'table', 'yaml']
const LANGS = ['en', 'de', 'fr', 'it', 'es', 'nl', 'pl', 'pt', 'sv', 'el', 'ro', 'cs']
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

describe('pii-holdout30 corpus', () => {
  test('the generator writes this file byte for byte', () => {
    expect(buildCorpus()).toBe(raw)
  })

  test('shape: 420-500 texts, unique ids, about half English, twelve languages, fourteen genres, ~60 negatives-only', () => {
    expect(lines.length).toBeGreaterThanOrEqual(420)
    expect(lines.length).toBeLessThanOrEqual(500)
    expect(new Set(lines.map((l) => l.id)).size).toBe(lines.length)
    for (const l of lines) expect(/^[a-z]{2}-[a-z]+-\d{4}$/.test(l.id) && l.id.startsWith(`${l.lang}-${l.kind}-`) ? 'ok' : l.id).toBe('ok')
    const en = lines.filter((l) => l.lang === 'en').length / lines.length
    expect(en).toBeGreaterThan(0.45)
    expect(en).toBeLessThan(0.55)
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
        if ((wordy.test(before) && !(s.type === 'PHONE' && /[\p{L}\p{M}]/u.test(before))) || wordy.test(l.text.slice(s.end, s.end + 1))) bad.push(`${l.id} boundary ${slice(l, s)}`)
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

  test('every name the generator used in a text lies inside a PERSON label wherever it stands (or is a name-word used as a word)', () => {
    const bad: string[] = []
    const built = buildAll()
    expect(built.length).toBe(lines.length)
    for (const [i, b] of built.entries()) {
      const l = lines[i]!
      expect(b.line.id).toBe(l.id)
      const inside = (s: number, e: number) =>
        l.entities.some((x) => (x.type === 'PERSON' || x.type === 'EMAIL') && x.start <= s && e <= x.end) ||
        l.negatives.some((x) => (x.kind === 'name-word' || x.kind === 'date') && x.start <= s && e <= x.end)
      for (const name of b.names)
        for (const form of new Set([name.normalize('NFC'), name.normalize('NFD')])) {
          const re = new RegExp(`(?<![\\p{L}\\p{M}])${esc(form)}(?![\\p{L}\\p{M}])`, 'giu')
          for (const m of l.text.matchAll(re)) if (!inside(m.index!, m.index! + m[0].length)) bad.push(`${l.id} ${name} at ${m.index}`)
        }
      if (!b.onlyNegatives) expect(b.names.length).toBeGreaterThan(0)
      else expect(l.entities.length).toBe(0)
    }
    expect(bad).toEqual([])
  })

  test('JSON payloads parse, CSV rows keep their header\'s column count, tables their pipes, transcripts are lower case', () => {
    for (const l of lines.filter((x) => x.kind === 'json')) expect(() => JSON.parse(l.text)).not.toThrow()
    for (const l of lines.filter((x) => x.kind === 'csv' && x.entities.length)) {
      const rows = l.text.replace(/\n$/, '').split('\n')
      const sep = ['\t', ';', ','].find((c) => rows[0]!.includes(c))!
      for (const r of rows) expect(r.split(sep).length === rows[0]!.split(sep).length ? 'ok' : `${l.id} ${r}`).toBe('ok')
    }
    for (const l of lines.filter((x) => x.kind === 'table' && x.entities.length)) {
      const rows = l.text.split('\n').filter((r) => r.startsWith('|'))
      for (const r of rows) expect(r.split('|').length).toBe(rows[0]!.split('|').length)
    }
    for (const l of lines.filter((x) => x.kind === 'transcript')) expect(l.text).toBe(l.text.toLowerCase())
  })

  test('an SSN has SSN or social near it (or in its CSV header or JSON/YAML/log key)', () => {
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
        else if (BIZ_CHECK[k]) ok = BIZ_CHECK[k]!.test(up)
        else if (k === 'name-word') ok = NAME_WORDS.includes(v.toLowerCase())
        else if (k === 'date') ok = /\d/.test(v) && !/^\d+$/.test(v)
        else if (k === 'timestamp') ok = !Number.isNaN(Date.parse(v))
        else if (k === 'time') ok = /^\d{1,2}:\d{2}( (am|pm))?$/.test(v)
        else if (k === 'amount') ok = /\d/.test(v) && /[$€£]|zł|kr|lei|Kč/.test(v)
        else if (k === 'version') ok = /^v?\d+\.\d+\.\d+$/.test(v)
        else ok = false
        if (!ok) bad.push(`${l.id} ${k} ${v}`)
      }
    expect(bad).toEqual([])
    for (const k of ['luhn-invalid', 'iban-checksum'] as const) expect(seen.get(k) ?? 0).toBeGreaterThanOrEqual(20)
    const words = new Set(lines.flatMap((l) => l.negatives.filter((n) => n.kind === 'name-word').map((n) => slice(l, n).toLowerCase())))
    for (const w of ['may', 'will', 'bill', 'mark', 'rose', 'grace', 'hope', 'sunny', 'ernst', 'luz', 'roos', 'sol']) expect(words.has(w) ? 'ok' : `${w} is never a word`).toBe('ok')
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
    const titles = /^(Mr|Mrs|Ms|Miss|Dr|Herr|Frau|M|Mme|Sig|Sra|Sr|Dhr|Mevr|Pan|Pani|Sr|Dna|Dl|Pan|Paní|κ|κα)\.? /iu
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
    expect(types.get('PERSON') ?? 0).toBeGreaterThanOrEqual(1000)
    const phones = lines.flatMap((l) => l.entities.filter((e) => e.type === 'PHONE').map((e) => ({ v: slice(l, e), before: l.text.slice(e.start - 1, e.start), after: l.text.slice(e.end, e.end + 12) })))
    const forms: [string, (p: { v: string; before: string; after: string }) => boolean][] = [
      ['+', (p) => p.v.startsWith('+')], ['00', (p) => p.v.startsWith('00')], ['bracket', (p) => p.v.includes('(')], ['slash', (p) => p.v.includes('/')],
      ['dots', (p) => /\d\.\d/.test(p.v)], ['dashes', (p) => /\d-\d/.test(p.v)], ['words', (p) => /^[a-z]/.test(p.v)], ['compact', (p) => /^\d{7,}$/.test(p.v)],
      ['after a letter', (p) => /\p{L}/u.test(p.before)], ['after a colon', (p) => p.before === ':'], ['(0)', (p) => p.v.includes('(0)')],
      ['odd groups', (p) => /^\d{1,4}( \d{1,4}){3,}$/.test(p.v)], ['extension after', (p) => /^ (ext|\(ext|x\d)/.test(p.after)], ['a time after', (p) => /^(, | \/ | - )\d{1,2}:\d{2}/.test(p.after)],
      ['or after', (p) => /^ (or|oder|ou|o|of|lub|eller|ή|sau|nebo) [+(\d]/.test(p.after)], ['in a table', (p) => p.before === ' ' && p.after.startsWith(' |')],
    ]
    for (const [name, f] of forms) expect(phones.filter(f).length >= 5 ? 'ok' : `few phones with ${name}`).toBe('ok')
    const astral = lines.filter((l) => l.entities.some((e) => /[\u{10000}-\u{10FFFF}]/u.test(l.text.slice(0, e.start))))
    expect(astral.length).toBeGreaterThanOrEqual(80)
    const marks = lines.filter((l) => l.entities.some((e) => /\p{M}/u.test(l.text.slice(0, e.start))))
    expect(marks.length).toBeGreaterThanOrEqual(30)
    const persons = lines.flatMap((l) => l.entities.filter((e) => e.type === 'PERSON').map((e) => slice(l, e).normalize('NFC')))
    expect(persons.filter((p) => /^\p{Ll}/u.test(p)).length).toBeGreaterThanOrEqual(40)
    expect(persons.filter((p) => /\p{Script=Greek}/u.test(p)).length).toBeGreaterThanOrEqual(10)
    for (const ch of [...'äöüßéèçàñáíóúłśżąęășțîâåčřšžěůğış'])
      expect(persons.some((p) => p.toLowerCase().includes(ch)) ? 'ok' : `no name with ${ch}`).toBe('ok')
    for (const w of ['Rose', 'Grace', 'May', 'Will', 'Bill', 'Mark', 'Hope', 'Joy', 'Dawn', 'Summer', 'Sunny', 'Rich', 'Guy', 'Art', 'Ernst', 'Frank', 'Heide', 'Pascal', 'Aimé', 'Stella', 'Serena', 'Luz', 'Pilar', 'Amparo', 'Roos', 'Bram', 'Róża', 'Jagoda', 'Sol', 'Vilja'])
      expect(persons.some((p) => p.split(' ').includes(w) || p.toLowerCase().split(' ').includes(w.toLowerCase())) ? 'ok' : `${w} is nobody`).toBe('ok')
    // immigrant communities: Turkish-German, Moroccan-Dutch, Polish-British, Indian-British, Vietnamese-Australian, Chinese-Canadian
    for (const s of ['Yılmaz|Öztürk|Demir|Kaya', 'El Amrani|Bouzid|Achahbar|Ouali', 'Nowak|Wiśniewska|Kowalczyk|Zieliński', 'Patel|Sandhu|Bhogal|Mistry|Dhillon', 'Nguyễn|Trần|Phạm|Võ', 'Chen|Lau|Wong|Leung|Tsang'])
      expect(persons.some((p) => new RegExp(`(^| )(${s})( |$)`, 'iu').test(p)) ? 'ok' : `nobody named ${s}`).toBe('ok')
    expect(persons.filter((p) => /^[\p{Lu}' -]{3,} \p{Lu}\p{Ll}/u.test(p)).length).toBeGreaterThanOrEqual(10)
  })
})
