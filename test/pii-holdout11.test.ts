// The eleventh held-out corpus: the file is what the generator writes, and
// every label is checked by validators written here, apart from the generator.
import { describe, expect, test } from "bun:test"
import { readFileSync } from "node:fs"
import { isIP } from "node:net"
import { resolve } from "node:path"
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max"
import { buildCorpus } from "../scripts/holdout11/corpus.ts"

type Span = { start: number; end: number }
type Row = { id: string; lang: string; kind: string; text: string; entities: (Span & { type: string })[]; negatives: (Span & { kind: string })[] }

const FILE = resolve(import.meta.dirname, "fixtures/pii-holdout11/corpus.jsonl")
const raw = readFileSync(FILE, "utf8")
const rows: Row[] = raw.trimEnd().split("\n").map((l) => JSON.parse(l))
const TYPES = ["EMAIL", "PHONE", "CARD", "IBAN", "US_SSN", "UK_NINO", "IP_ADDRESS", "PERSON"]
const labels = rows.flatMap((r) => r.entities.map((e) => ({ ...e, value: r.text.slice(e.start, e.end), row: r })))
const negs = rows.flatMap((r) => r.negatives.map((n) => ({ ...n, value: r.text.slice(n.start, n.end), row: r })))
const of = (t: string) => labels.filter((l) => l.type === t)

function luhn(d: string): boolean {
  let sum = 0
  for (let i = 0; i < d.length; i++) {
    let x = d.charCodeAt(d.length - 1 - i) - 48
    if (i % 2 === 1) x = x * 2 > 9 ? x * 2 - 9 : x * 2
    sum += x
  }
  return sum % 10 === 0
}

function brand(d: string): string | undefined {
  const n = (k: number) => Number(d.slice(0, k))
  if (d[0] === "4" && [13, 16, 19].includes(d.length)) return "visa"
  if (((n(2) >= 51 && n(2) <= 55) || (n(4) >= 2221 && n(4) <= 2720)) && d.length === 16) return "mastercard"
  if ((n(2) === 34 || n(2) === 37) && d.length === 15) return "amex"
  if ((n(4) === 6011 || (n(3) >= 644 && n(3) <= 649) || n(2) === 65) && d.length >= 16 && d.length <= 19) return "discover"
  if (n(4) >= 3528 && n(4) <= 3589 && d.length >= 16 && d.length <= 19) return "jcb"
  return undefined
}

const IBAN_LEN: Record<string, number> = { GB: 22, IE: 22, ES: 24, IT: 27, PT: 25, DE: 22, FR: 27, NL: 18, BE: 16 }
const ibanOk = (s: string) => BigInt((s.slice(4) + s.slice(0, 4)).replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55))) % 97n === 1n

const REGIONS = ["US", "CA", "GB", "AU", "NZ", "ZA", "IN", "MX", "ES", "IT", "PT", "BR"] as CountryCode[]
function phoneValid(s: string): boolean {
  const intl = s.startsWith("+") ? s : s.startsWith("00") ? `+${s.slice(2)}` : undefined
  if (intl) return !!parsePhoneNumberFromString(intl)?.isValid()
  return REGIONS.some((r) => parsePhoneNumberFromString(s, r)?.isValid())
}

describe("pii-holdout11 corpus", () => {
  test("the generator reproduces the file byte for byte", () => {
    expect(buildCorpus()).toBe(raw)
  })

  test("rows have the documented shape, unique ids and sound spans", () => {
    const ids = new Set<string>()
    for (const r of rows) {
      expect(Object.keys(r)).toEqual(["id", "lang", "kind", "text", "entities", "negatives"])
      expect(r.id).toMatch(new RegExp(`^${r.lang}-${r.kind}-\\d{4}$`))
      expect(ids.has(r.id)).toBe(false)
      ids.add(r.id)
      const all = [...r.entities, ...r.negatives].sort((a, b) => a.start - b.start)
      let last = 0
      for (const s of all) {
        expect(s.start).toBeGreaterThanOrEqual(last)
        expect(s.end).toBeGreaterThan(s.start)
        expect(s.end).toBeLessThanOrEqual(r.text.length)
        last = s.end
      }
      for (const e of r.entities) {
        expect(TYPES).toContain(e.type)
        expect(r.text.slice(e.start, e.end)).toBe(r.text.slice(e.start, e.end).trim())
      }
    }
  })

  test("the corpus meets the brief's minimums", () => {
    expect(rows.length).toBeGreaterThanOrEqual(400)
    const en = rows.filter((r) => r.lang === "en").length / rows.length
    expect(en).toBeGreaterThan(0.6)
    expect(en).toBeLessThan(0.72)
    for (const l of ["es", "it", "pt"]) expect(rows.some((r) => r.lang === l)).toBe(true)
    for (const t of TYPES) expect(of(t).length).toBeGreaterThanOrEqual(20)
    const kinds = new Set(negs.map((n) => n.kind))
    for (const k of ["luhn-invalid", "iban-checksum", "name-word", "member-number", "student-number", "applicant-id", "course-code", "room-number", "locker-number", "appointment-ref", "invoice", "sort-code", "bsb", "pin-code", "aadhaar", "za-id", "amount", "date", "time", "grade"]) expect(kinds).toContain(k)
    const before = (r: Row, re: RegExp) => r.entities.some((e) => re.test(r.text.slice(0, e.start)))
    expect(rows.filter((r) => before(r, /[\ud800-\udfff]/)).length).toBeGreaterThanOrEqual(20)
    expect(rows.filter((r) => before(r, /[\u0300-\u036f]/)).length).toBeGreaterThanOrEqual(3)
    expect(rows.filter((r) => r.entities.length === 0).length).toBeGreaterThanOrEqual(40)
  })

  test("cards are Luhn-valid with a real brand's IIN and length", () => {
    const brands = new Set<string>()
    for (const { value } of of("CARD")) {
      expect(value).toMatch(/^\d[\d -]+\d$/)
      const d = value.replace(/[ -]/g, "")
      expect(luhn(d)).toBe(true)
      const b = brand(d)
      expect(b).toBeDefined()
      brands.add(b!)
    }
    expect(brands.size).toBeGreaterThanOrEqual(4)
  })

  test("IBANs pass mod-97 at their country's length; the lookalikes fail it", () => {
    for (const { value } of of("IBAN")) {
      const s = value.replace(/ /g, "")
      expect(s.length).toBe(IBAN_LEN[s.slice(0, 2)]!)
      expect(ibanOk(s)).toBe(true)
    }
    for (const { value } of negs.filter((n) => n.kind === "iban-checksum")) {
      const s = value.replace(/ /g, "")
      expect(s.length).toBe(IBAN_LEN[s.slice(0, 2)]!)
      expect(ibanOk(s)).toBe(false)
    }
    expect(new Set(of("IBAN").map((l) => l.value.slice(0, 2))).size).toBeGreaterThanOrEqual(4)
  })

  test("16-digit lookalikes fail Luhn", () => {
    for (const { value } of negs.filter((n) => n.kind === "luhn-invalid")) {
      const d = value.replace(/[ -]/g, "")
      expect(d).toMatch(/^\d{13,19}$/)
      expect(luhn(d)).toBe(false)
    }
  })

  test("SSNs and NINOs follow the allocation rules", () => {
    for (const { value } of of("US_SSN")) {
      const m = /^(\d{3})[- ]?(\d{2})[- ]?(\d{4})$/.exec(value)
      expect(m).not.toBeNull()
      const [, a, g, s] = m!
      expect(a !== "000" && a !== "666" && Number(a) < 900 && g !== "00" && s !== "0000").toBe(true)
    }
    for (const { value } of of("UK_NINO")) {
      const s = value.replace(/ /g, "")
      expect(s).toMatch(/^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/)
      expect(["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"]).not.toContain(s.slice(0, 2))
    }
  })

  test("IPs parse as v4 or v6, both full and compressed v6", () => {
    for (const { value } of of("IP_ADDRESS")) expect(isIP(value)).toBeGreaterThan(0)
    const v6 = of("IP_ADDRESS").filter((l) => isIP(l.value) === 6)
    expect(v6.some((l) => l.value.includes("::"))).toBe(true)
    expect(v6.some((l) => !l.value.includes("::"))).toBe(true)
  })

  test("emails and phones are well formed and valid", () => {
    for (const { value } of of("EMAIL")) expect(value).toMatch(/^[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/)
    for (const { value } of of("PHONE")) {
      expect(value).toMatch(/^[+(\d][\d ().-]+\d$/)
      expect(phoneValid(value)).toBe(true)
    }
    expect(of("PHONE").filter((l) => l.value.startsWith("+")).length).toBeGreaterThanOrEqual(50)
  })

  test("persons are names as written: no titles, digits or punctuation at the edges", () => {
    for (const { value } of of("PERSON")) {
      expect(value).toMatch(/^\p{L}[\p{L}\p{M} '’.-]*\p{L}$/u)
      expect(value).not.toMatch(/^(Mr|Mrs|Ms|Dr|Sra|Sr|Prof|Dean)\b/)
    }
    const words = ["May", "Will", "Bill", "Mark", "Grace", "Hope", "Faith", "Joy", "Rose", "Summer", "Dean", "Chase", "Sterling", "Hunter"]
    const seen = new Set(negs.filter((n) => n.kind === "name-word").map((n) => n.value))
    for (const w of words) expect(seen).toContain(w)
  })
})
