// The holdout19 corpus (mortgage broker, wedding venue, council services line, language school):
// the file is what the generator writes, and every label holds. The validators here are written
// apart from the generator's and read the final text only.
import { describe, expect, test } from 'bun:test'
import { readFileSync } from 'node:fs'
import { isIP } from 'node:net'
import { parsePhoneNumber, type CountryCode } from 'libphonenumber-js/max'
import { buildCorpus, CORPUS_PATH } from '../scripts/gen-holdout19.ts'

interface Label { type?: string; kind?: string; start: number; end: number }
interface Line { id: string; lang: string; kind: string; text: string; entities: Label[]; negatives: Label[] }

const raw = readFileSync(CORPUS_PATH, 'utf8')
const lines: Line[] = raw.trimEnd().split('\n').map((l) => JSON.parse(l))
const slice = (l: Line, s: Label) => l.text.slice(s.start, s.end)
const digitsOf = (s: string) => s.replace(/\D/g, '')

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

const IBAN_LEN: Record<string, number> = { GB: 22, IE: 22, BE: 16, BR: 29, CZ: 24, TR: 26, PL: 28, ES: 24, CH: 21 }
function ibanRemainder(iban: string): number {
  const moved = iban.slice(4) + iban.slice(0, 4)
  let r = 0
  for (const c of moved) {
    const v = c >= 'A' && c <= 'Z' ? String(c.charCodeAt(0) - 55) : c
    for (const d of v) r = (r * 10 + Number(d)) % 97
  }
  return r
}

const NATIONAL = ['US', 'GB', 'IE', 'IN', 'SG', 'BR', 'BE', 'CZ', 'TR', 'PL', 'ES', 'MX', 'CH']
function phoneOk(v: string): boolean {
  if (!/^(\+|00|\(|\d)/.test(v) || !/\d$/.test(v) || /[^\d +().-]/.test(v)) return false
  const valid = (text: string, region?: string) => {
    try {
      return parsePhoneNumber(text, region as CountryCode | undefined).isValid()
    } catch {
      return false
    }
  }
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

// National ids and their check digits, recorded as lookalikes.
const sumW = (d: string, w: number[]) => [...d].reduce((a, c, i) => a + Number(c) * (w[i] ?? 0), 0)
const ID_CHECK: Record<string, (v: string) => boolean> = {
  cpf: (v) => {
    if (!/^\d{3}\.\d{3}\.\d{3}-\d{2}$/.test(v)) return false
    const d = digitsOf(v)
    const dv = (n: number) => { const r = (sumW(d.slice(0, n - 1), Array.from({ length: n - 1 }, (_, i) => n - i)) * 10) % 11; return r === 10 ? 0 : r }
    return dv(10) === Number(d[9]) && dv(11) === Number(d[10])
  },
  'national-register': (v) => {
    if (!/^\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}$/.test(v)) return false
    const d = digitsOf(v)
    const cc = Number(d.slice(9))
    return 97 - (Number(d.slice(0, 9)) % 97) === cc || 97 - (Number('2' + d.slice(0, 9)) % 97) === cc
  },
  'birth-number': (v) => /^\d{6}\/\d{4}$/.test(v) && Number(digitsOf(v)) % 11 === 0 && [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].includes(Number(v.slice(2, 4)) % 50),
  tckn: (v) => {
    if (!/^[1-9]\d{10}$/.test(v)) return false
    const d = [...v].map(Number) as number[]
    const at = (i: number) => d[i] ?? 0
    const t10 = (((at(0) + at(2) + at(4) + at(6) + at(8)) * 7 - (at(1) + at(3) + at(5) + at(7))) % 10 + 10) % 10
    return t10 === at(9) && d.slice(0, 10).reduce((a, x) => a + x, 0) % 10 === at(10)
  },
  pesel: (v) => /^\d{11}$/.test(v) && (10 - (sumW(v, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10 === Number(v[10]),
  dni: (v) => {
    const m = /^([XYZ]\d{7}|\d{8})-?([A-Z])$/.exec(v)
    if (!m || !m[1]) return false
    const num = Number(m[1].replace(/^[XYZ]/, (x) => String('XYZ'.indexOf(x))))
    return 'TRWAGMYFPDXBNJZSQVHLCKE'[num % 23] === m[2]
  },
  curp: (v) => {
    if (!/^[A-Z]{4}\d{6}[HM][A-Z]{5}[0-9A-Z]\d$/.test(v)) return false
    const chars = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ'
    const s = [...v.slice(0, 17)].reduce((a, c, i) => a + chars.indexOf(c) * (18 - i), 0)
    return (10 - (s % 10)) % 10 === Number(v[17])
  },
  ahv: (v) => /^756\.\d{4}\.\d{4}\.\d{2}$/.test(v) && (10 - (sumW(digitsOf(v).slice(0, 12), [1, 3, 1, 3, 1, 3, 1, 3, 1, 3, 1, 3]) % 10)) % 10 === Number(digitsOf(v)[12]),
  aadhaar: (v) => {
    if (!/^[2-9]\d{3} \d{4} \d{4}$/.test(v)) return false
    const d = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],[4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],[8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]]
    const p = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],[9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]]
    let c = 0
    ;[...digitsOf(v)].reverse().forEach((ch, i) => { c = d[c]?.[p[i % 8]?.[Number(ch)] ?? 0] ?? 0 })
    return c === 0
  },
  pan: (v) => /^[A-Z]{3}P[A-Z]\d{4}[A-Z]$/.test(v),
  nric: (v) => {
    const m = /^([ST])(\d{7})([A-Z])$/.exec(v)
    if (!m || !m[2]) return false
    return 'JZIHGFEDCBA'[(sumW(m[2], [2, 7, 6, 5, 4, 3, 2]) + (m[1] === 'T' ? 4 : 0)) % 11] === m[3]
  },
  ppsn: (v) => {
    const m = /^(\d{7})([A-W])([AW]?)$/.exec(v)
    return !!m && !!m[1] && 'WABCDEFGHIJKLMNOPQRSTUV'[sumW(m[1], [8, 7, 6, 5, 4, 3, 2]) % 23] === m[2]
  },
  'nhs-number': (v) => {
    if (!/^\d{3} \d{3} \d{4}$/.test(v)) return false
    const d = digitsOf(v)
    const c = 11 - (sumW(d.slice(0, 9), [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11)
    return (c === 11 ? 0 : c) === Number(d[9])
  },
  ein: (v) => /^\d{2}-\d{7}$/.test(v),
}

describe('pii-holdout19 corpus', () => {
  test('the generator writes this file byte for byte', () => {
    expect(buildCorpus()).toBe(raw)
  })

  test('shape: 420-500 texts, unique ids, about half English, eight languages', () => {
    expect(lines.length).toBeGreaterThanOrEqual(420)
    expect(lines.length).toBeLessThanOrEqual(500)
    expect(new Set(lines.map((l) => l.id)).size).toBe(lines.length)
    for (const l of lines) expect(l.id.startsWith(`${l.lang}-${l.kind}-`)).toBe(true)
    const en = lines.filter((l) => l.lang === 'en').length / lines.length
    expect(en).toBeGreaterThan(0.45)
    expect(en).toBeLessThan(0.6)
    expect(new Set(lines.map((l) => l.lang))).toEqual(new Set(['en', 'pt', 'nl', 'cs', 'tr', 'pl', 'es', 'it']))
    const onlyNeg = lines.filter((l) => l.entities.length === 0)
    expect(onlyNeg.length).toBeGreaterThanOrEqual(50)
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

  test('spans sit on word boundaries', () => {
    const bad: string[] = []
    for (const l of lines)
      for (const s of [...l.entities, ...l.negatives]) {
        const before = l.text.slice(0, s.start).slice(-1)
        const after = l.text.slice(s.end, s.end + 1)
        if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) bad.push(`${l.id} ${slice(l, s)}`)
      }
    expect(bad).toEqual([])
  })

  test('lookalikes are valid as lookalikes: checksums fail, national ids pass their own', () => {
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
        else if (k === 'name-word') ok = ['may', 'will', 'bill', 'mark', 'rose', 'grace', 'hope', 'sunny', 'faith', 'rosa', 'pia', 'luz', 'ela'].includes(v.toLowerCase())
        else if (k === 'date') ok = /\d/.test(v)
        else if (k === 'timestamp') ok = !Number.isNaN(Date.parse(v))
        else if (k === 'time') ok = /^\d{1,2}([:.h]\d{2})?(h|am|pm)?$/.test(v)
        else if (k === 'amount') ok = /\d/.test(v) && /[$£€₹]|R\$|S\$|Kč|TL|zł|MXN|CHF/.test(v)
        if (!ok) bad.push(`${l.id} ${k} ${v}`)
      }
    expect(bad).toEqual([])
    expect(seen.get('luhn-invalid') ?? 0).toBeGreaterThanOrEqual(20)
    expect(seen.get('iban-checksum') ?? 0).toBeGreaterThanOrEqual(15)
    for (const k of ['cpf', 'national-register', 'birth-number', 'tckn', 'pesel', 'dni', 'curp', 'ahv', 'aadhaar', 'nric', 'ppsn', 'nhs-number'])
      expect(seen.get(k) ? 'ok' : `no ${k}`).toBe('ok')
  })

  test('names carry no title', () => {
    const titles = /^(Mr|Mrs|Ms|Dr|Sr|Sra|Dhr|Mevr|pan|pani|Bay|Hanım|sig|Sig)\.? /u
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
    const ext = lines.filter((l) => l.entities.some((e) => e.type === 'PHONE' && /^ (ext\.|ramal) \d+/.test(l.text.slice(e.end))))
    expect(ext.length).toBeGreaterThanOrEqual(5)
    for (const l of lines.filter((x) => x.kind === 'transcript')) expect(l.text).toBe(l.text.toLocaleLowerCase(l.lang === 'tr' ? 'tr' : 'en'))
  })
})
