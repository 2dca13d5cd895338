// The holdout22 corpus (an audiology clinic, a wine and spirits merchant, a marina berth office, a music school
// with instrument rental): the file is what the generator writes, and every label holds. The validators here are
// written apart from the generator's and read the final text only.
import { describe, expect, test } from 'bun:test'
import { readFileSync } from 'node:fs'
import { isIP } from 'node:net'
import { parsePhoneNumber, type CountryCode } from 'libphonenumber-js/max'
import { buildCorpus, CORPUS_PATH } from '../scripts/gen-holdout22.ts'

interface Label { type?: string; kind?: string; start: number; end: number }
interface Line { id: string; lang: string; kind: string; text: string; entities: Label[]; negatives: Label[] }

const raw = readFileSync(CORPUS_PATH, 'utf8')
const lines: Line[] = raw.trimEnd().split('\n').map((l) => JSON.parse(l))
const slice = (l: Line, s: Label) => l.text.slice(s.start, s.end)
const digitsOf = (s: string) => s.replace(/\D/g, '')
const sumW = (d: string, w: number[]) => [...d].reduce((a, c, i) => a + Number(c) * (w[i] ?? 0), 0)
const dateOk = (dd: number, mm: number) => mm >= 1 && mm <= 12 && dd >= 1 && dd <= 31

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
const IBAN_LEN: Record<string, number> = { GB: 22, IE: 22, MT: 31, FR: 27, BE: 16, NL: 18, NO: 15, CZ: 24, PL: 28, LT: 20, LU: 20, ES: 24 }
function ibanRemainder(iban: string): number {
  let r = 0
  for (const c of iban.slice(4) + iban.slice(0, 4)) {
    const v = c >= 'A' && c <= 'Z' ? String(c.charCodeAt(0) - 55) : c
    for (const d of v) r = (r * 10 + Number(d)) % 97
  }
  return r
}

// every numbering plan of the corpus's countries; foreign callers are written with +
const NATIONAL: CountryCode[] = ['GB', 'IE', 'MT', 'KE', 'GH', 'SG', 'NZ', 'FR', 'BE', 'NL', 'NO', 'CZ', 'PL', 'LT', 'LU', 'ES']
const WORD_DIGIT: Record<string, string> = { zero: '0', oh: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9' }
function valid(text: string, region?: CountryCode): boolean {
  try {
    return parsePhoneNumber(text, region).isValid()
  } catch {
    return false
  }
}
function phoneOk(v: string): boolean {
  if (/^[a-z]/.test(v)) {
    const words = v.split(/,? /)
    let d = ''
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!
      if (w === 'double') {
        const next = WORD_DIGIT[words[i + 1] ?? '']
        if (!next) return false
        d += next + next
        i++
      } else if (WORD_DIGIT[w]) d += WORD_DIGIT[w]
      else return false
    }
    return NATIONAL.some((r) => valid(d, r))
  }
  if (!/^(\+|00|\(|\d)/.test(v) || !/\d$/.test(v) || /[^\d +().\/-]/.test(v)) return false
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
    if (v !== c && !/^([A-Z0-9]{4} )+[A-Z0-9]{1,4}$/.test(v)) return false
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
  // letters, marks, apostrophes, hyphens and spaces; a Dutch 't particle may open the name ('t Hart)
  PERSON: (v) => /^('[tT] )?\p{L}[\p{L}\p{M}' -]*\p{L}\p{M}*$/u.test(v),
}

// Verhoeff (the Luxembourg matricule's last digit)
const VD = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],[4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],[8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]]
const VP = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],[9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]]
const verhoeff = (d: string) => [...d].reverse().reduce((c, ch, i) => VD[c]![VP[i % 8]![Number(ch)]!]!, 0) === 0
const mod11nhs = (d: string) => {
  const c = 11 - (sumW(d, [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11)
  return c !== 10 && (c === 11 ? 0 : c) === Number(d[9])
}
const MIDS = ['232', '235', '250', '215', '248', '256', '634', '627', '563', '564', '512', '227', '228', '205', '244', '245', '257', '258', '270', '261', '277', '253', '224', '225']
const DNI = 'TRWAGMYFPDXBNJZSQVHLCKE'

// National ids and the businesses' own numbers, recorded as lookalikes, each with its own check.
const ID_CHECK: Record<string, (v: string) => boolean> = {
  ppsn: (v) => {
    const m = /^(\d{7})([A-W])$/.exec(v)
    if (!m) return false
    const r = sumW(m[1]!, [8, 7, 6, 5, 4, 3, 2]) % 23
    return (r === 0 ? 'W' : String.fromCharCode(64 + r)) === m[2]
  },
  'nhs-number': (v) => /^(\d{3} \d{3} \d{4}|\d{10})$/.test(v) && mod11nhs(digitsOf(v)),
  'hc-number': (v) => /^(3[2-9]\d \d{3} \d{4}|3[2-9]\d{8})$/.test(v) && mod11nhs(digitsOf(v)),
  nric: (v) => {
    const m = /^([ST])(\d{7})([A-Z])$/.exec(v)
    if (!m) return false
    return 'JZIHGFEDCBA'[(sumW(m[2]!, [2, 7, 6, 5, 4, 3, 2]) + (m[1] === 'T' ? 4 : 0)) % 11] === m[3]
  },
  ird: (v) => {
    if (!/^\d{3}-\d{3}-\d{3}$/.test(v)) return false
    const d = digitsOf(v)
    const r = sumW(d, [3, 2, 7, 6, 5, 4, 3, 2]) % 11
    return (r === 0 ? 0 : 11 - r) === Number(d[8])
  },
  'ke-id': (v) => /^\d{8}$/.test(v),
  'kra-pin': (v) => /^A\d{9}[A-Z]$/.test(v),
  'ghana-card': (v) => /^GHA-\d{9}-\d$/.test(v),
  'mt-id': (v) => /^\d{4,7}[MGALPHBZ]$/.test(v),
  nir: (v) => {
    if (!/^[12] \d{2} \d{2} \d{2} \d{3} \d{3} \d{2}$/.test(v)) return false
    const d = digitsOf(v)
    return 97 - Number(BigInt(d.slice(0, 13)) % 97n) === Number(d.slice(13)) && Number(d.slice(3, 5)) <= 12
  },
  rrn: (v) => {
    if (!/^\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}$/.test(v)) return false
    const d = digitsOf(v)
    const c = Number(d.slice(9))
    return 97 - Number(BigInt(d.slice(0, 9)) % 97n) === c || 97 - Number(BigInt('2' + d.slice(0, 9)) % 97n) === c
  },
  bsn: (v) => /^\d{9}$/.test(v) && (sumW(v, [9, 8, 7, 6, 5, 4, 3, 2]) - Number(v[8])) % 11 === 0,
  fodselsnummer: (v) => {
    if (!/^\d{11}$/.test(v) || !dateOk(Number(v.slice(0, 2)), Number(v.slice(2, 4)))) return false
    const k = (d: string, w: number[]) => (11 - (sumW(d, w) % 11)) % 11
    return k(v.slice(0, 9), [3, 7, 6, 1, 8, 9, 4, 5, 2]) === Number(v[9]) && k(v.slice(0, 10), [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) === Number(v[10])
  },
  'rodne-cislo': (v) => /^\d{6}\/\d{4}$/.test(v) && BigInt(digitsOf(v)) % 11n === 0n && dateOk(Number(v.slice(4, 6)), Number(v.slice(2, 4)) % 50),
  pesel: (v) => /^\d{11}$/.test(v) && sumW(v, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3, 1]) % 10 === 0 && dateOk(Number(v.slice(4, 6)), Number(v.slice(2, 4)) % 20),
  'asmens-kodas': (v) => {
    if (!/^[3-6]\d{10}$/.test(v) || !dateOk(Number(v.slice(5, 7)), Number(v.slice(3, 5)))) return false
    let c = sumW(v, [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]) % 11
    if (c === 10) c = sumW(v, [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]) % 11
    return (c === 10 ? 0 : c) === Number(v[10])
  },
  matricule: (v) => /^(19|20)\d{11}$/.test(v) && dateOk(Number(v.slice(6, 8)), Number(v.slice(4, 6))) && luhn(v.slice(0, 12)) && verhoeff(v.slice(0, 11) + v[12]),
  'dni-es': (v) => /^\d{8}[A-Z]$/.test(v) && DNI[Number(v.slice(0, 8)) % 23] === v[8],
  nie: (v) => /^[XYZ]\d{7}[A-Z]$/.test(v) && DNI[Number('XYZ'.indexOf(v[0]!) + v.slice(1, 8)) % 23] === v[8],
  'driving-licence': (v) => /^[A-Z9]{5}\d[0156]\d[0-3]\d\d[A-Z9]{2}9[A-Z]{2}$/.test(v) || /^[A-Z]{2}\d{6}$/.test(v),
  mmsi: (v) => /^\d{9}$/.test(v) && MIDS.includes(v.slice(0, 3)),
  hin: (v) => /^[A-Z]{2}-[A-Z]{3}\d{5}[A-L]\d{3}$/.test(v),
  imei: (v) => /^\d{15}$/.test(v) && luhn(v),
  'card-last4': (v) => /^\d{4}$/.test(v),
  'referral-ref': (v) => /^\d{4} \d{4} \d{4}$/.test(v),
  vintage: (v) => /^(19[7-9]\d|20[0-2]\d)$/.test(v),
  abv: (v) => /^\d{2}(\.5)?%$/.test(v),
  berth: (v) => /^[A-Z]?\d{1,2}$/.test(v),
}
const NAME_WORDS = ['may', 'will', 'bill', 'mark', 'rose', 'grace', 'hope', 'sunny', 'constance', 'roos', 'liv', 'sol', 'jaro', 'róża', 'róży', 'aušra', 'eglė', 'eglės', 'frisch', 'ernst', 'frank', 'paz', 'luz', 'rocío']
const REGION_IDS = ['nhs-number', 'hc-number', 'ppsn', 'nric', 'ghana-card', 'mt-id', 'driving-licence', 'nir', 'rrn', 'bsn', 'fodselsnummer', 'rodne-cislo', 'pesel', 'asmens-kodas', 'matricule', 'dni-es', 'nie']

describe('pii-holdout22 corpus', () => {
  test('the generator writes this file byte for byte', () => {
    expect(buildCorpus()).toBe(raw)
  })

  test('shape: 420-500 texts, unique ids, about half English, nine languages, ten genres', () => {
    expect(lines.length).toBeGreaterThanOrEqual(420)
    expect(lines.length).toBeLessThanOrEqual(500)
    expect(new Set(lines.map((l) => l.id)).size).toBe(lines.length)
    for (const l of lines) expect(l.id.startsWith(`${l.lang}-${l.kind}-`)).toBe(true)
    const en = lines.filter((l) => l.lang === 'en').length / lines.length
    expect(en).toBeGreaterThan(0.45)
    expect(en).toBeLessThan(0.6)
    expect(new Set(lines.map((l) => l.lang))).toEqual(new Set(['en', 'fr', 'nl', 'no', 'cs', 'pl', 'lt', 'lb', 'es']))
    expect(new Set(lines.map((l) => l.kind))).toEqual(new Set(['form', 'sms', 'chat', 'summary', 'note', 'email', 'csv', 'json', 'transcript', 'voicemail']))
    const onlyNeg = lines.filter((l) => l.entities.length === 0)
    expect(onlyNeg.length).toBeGreaterThanOrEqual(55)
    expect(onlyNeg.length).toBeLessThanOrEqual(70)
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

  test('JSON payloads parse, and CSV rows keep their header\'s column count', () => {
    for (const l of lines.filter((x) => x.kind === 'json')) expect(() => JSON.parse(l.text)).not.toThrow()
    for (const l of lines.filter((x) => x.kind === 'csv')) {
      const rows = l.text.split('\n')
      const sep = [';', '\t', ','].find((c) => rows[0]!.includes(c))!
      for (const r of rows) expect(r.split(sep).length).toBe(rows[0]!.split(sep).length)
    }
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
        else if (k === 'iban-checksum') { const c = v.replace(/ /g, ''); ok = /^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(c) && IBAN_LEN[c.slice(0, 2)] === c.length && ibanRemainder(c) !== 1 }
        else if (k === 'ssn-invalid') ok = /^\d{3}[- ]\d{2}[- ]\d{4}$/.test(v) && !CHECK.US_SSN?.(v)
        else if (k === 'nino-invalid') ok = /^[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]$/.test(v) && !CHECK.UK_NINO?.(v)
        else if (ID_CHECK[k]) ok = ID_CHECK[k]?.(v) ?? false
        else if (k === 'name-word') ok = NAME_WORDS.includes(v.toLowerCase())
        else if (k === 'date') ok = /\d/.test(v) && !/^\d+$/.test(v)
        else if (k === 'timestamp') ok = !Number.isNaN(Date.parse(v))
        else if (k === 'time') ok = /^\d{1,2}[:.h]\d{2}( ?(am|pm))?$/.test(v)
        else if (k === 'amount') ok = /\d/.test(v) && /[$£€₵]|GBP|EUR|Eur|KES|KSh|Ksh|GHS|GHC|SGD|NZD|kr|NOK|Kč|CZK|zł|PLN/.test(v)
        else if (k === 'version') ok = /^v?\d+\.\d+(\.\d+)?$/.test(v)
        else ok = /[\dA-Z]/.test(v) && !CHECK.CARD?.(v) && !CHECK.IBAN?.(v)
        if (!ok) bad.push(`${l.id} ${k} ${v}`)
      }
    expect(bad).toEqual([])
    for (const k of ['luhn-invalid', 'iban-checksum'] as const) expect(seen.get(k) ?? 0).toBeGreaterThanOrEqual(20)
    for (const k of [...REGION_IDS, 'ssn-invalid', 'nino-invalid', 'mmsi', 'hin', 'device-serial', 'instrument-serial', 'referral-ref', 'imei', 'order-number', 'tracking'])
      expect(seen.get(k) ? 'ok' : `no ${k}`).toBe('ok')
  })

  test('no lookalike is accidentally a labeled type (nine bare digits keep the shape of an SSN on purpose)', () => {
    const bad: string[] = []
    let nineDigits = 0
    for (const l of lines)
      for (const n of l.negatives) {
        const v = slice(l, n)
        if (n.kind === 'name-word') continue
        // MMSIs, BSNs, passports: nine digits with no separator, never labeled US_SSN
        if (/^\d{9}$/.test(v)) nineDigits++
        for (const ty of ['CARD', 'IBAN', 'US_SSN', 'UK_NINO', 'EMAIL', 'IP_ADDRESS'])
          if (CHECK[ty]?.(v) && !(ty === 'US_SSN' && /^\d{9}$/.test(v))) bad.push(`${l.id} ${n.kind} ${v} is a ${ty}`)
      }
    expect(bad).toEqual([])
    expect(nineDigits).toBeGreaterThanOrEqual(20)
  })

  test('names carry no title', () => {
    const titles = /^(Mr|Mrs|Ms|Dr|Mme|Mlle|M|Herr|Frau|Dhr|Mevr|Sr|Sra|Pan|Pani|pan|pani|p|ponas|ponia)\.? /u
    for (const l of lines)
      for (const e of l.entities) if (e.type === 'PERSON') expect(titles.test(slice(l, e)) ? slice(l, e) : 'ok').toBe('ok')
  })

  test('every type at least 20 times; emoji, combining marks, the languages\' letters, lower-case names', () => {
    const types = new Map<string, number>()
    for (const l of lines) for (const e of l.entities) types.set(e.type ?? '', (types.get(e.type ?? '') ?? 0) + 1)
    for (const t of ['EMAIL', 'PHONE', 'CARD', 'IBAN', 'US_SSN', 'UK_NINO', 'IP_ADDRESS', 'PERSON'])
      expect(types.get(t) ?? 0).toBeGreaterThanOrEqual(20)
    expect(types.get('PERSON') ?? 0).toBeGreaterThanOrEqual(400)
    const astral = lines.filter((l) => l.entities.some((e) => /[\u{10000}-\u{10FFFF}]/u.test(l.text.slice(0, e.start))))
    expect(astral.length).toBeGreaterThanOrEqual(100)
    const marks = lines.filter((l) => l.entities.some((e) => /[\u0300-\u036f]/u.test(l.text.slice(0, e.start))))
    expect(marks.length).toBeGreaterThanOrEqual(15)
    const persons = lines.flatMap((l) => l.entities.filter((e) => e.type === 'PERSON').map((e) => slice(l, e).normalize('NFC')))
    expect(persons.filter((p) => /^\p{Ll}/u.test(p)).length).toBeGreaterThanOrEqual(40)
    for (const ch of [...'øæåłńśźżčřůąęėūġħéèë']) expect(persons.some((p) => p.toLowerCase().includes(ch)) ? 'ok' : `no name with ${ch}`).toBe('ok')
    for (const l of lines.filter((x) => x.kind === 'transcript')) expect(l.text).toBe(l.text.toLowerCase())
    // the given names that are words are also people somewhere
    for (const w of ['Grace', 'Hope', 'Mark', 'Will', 'Rose', 'Roos', 'Liv', 'Róża', 'Aušra', 'Eglė', 'Luz', 'Paz', 'Rocío', 'Ernst', 'Frank'])
      expect(persons.some((p) => p.split(' ').includes(w)) ? 'ok' : `${w} is nobody`).toBe('ok')
  })
})
