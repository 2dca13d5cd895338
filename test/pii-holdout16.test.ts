// The holdout16 corpus: reproducible, and every label checked by code written
// apart from the generator (its own checksum helpers are not imported here).
import { describe, expect, test } from "bun:test"
import { readFileSync } from "node:fs"
import { isIP } from "node:net"
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max"
import { buildCorpus, CORPUS_PATH } from "../scripts/gen-holdout16.ts"

type Span = { start: number; end: number }
type Row = { id: string; lang: string; kind: string; text: string; entities: (Span & { type: string })[]; negatives: (Span & { kind: string })[] }

const file = readFileSync(CORPUS_PATH, "utf8")
const rows: Row[] = file.trimEnd().split("\n").map((l) => JSON.parse(l) as Row)
const TYPES = ["EMAIL", "PHONE", "CARD", "IBAN", "US_SSN", "UK_NINO", "IP_ADDRESS", "PERSON"]
const LANGS = ["en", "es", "pt", "it", "pl", "cs", "fi", "et"]
const REGIONS = ["US", "CA", "GB", "NZ", "ES", "PT", "IT", "PL", "CZ", "FI", "EE", "DE", "FR", "AU", "IN", "BR", "JP", "ZA", "AE", "MX", "IE", "NG", "PH"]

function luhnOk(digits: string): boolean {
  const sum = digits.split("").reverse().map(Number)
    .reduce((acc, d, i) => acc + (i % 2 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d), 0)
  return sum % 10 === 0
}
function brandOk(d: string): boolean {
  const n = (k: number) => Number(d.slice(0, k))
  if (d[0] === "4") return [13, 16, 19].includes(d.length)
  if (n(2) >= 51 && n(2) <= 55) return d.length === 16
  if (n(4) >= 2221 && n(4) <= 2720) return d.length === 16
  if (n(2) === 34 || n(2) === 37) return d.length === 15
  if (d.startsWith("6011") || d.startsWith("65") || (n(3) >= 644 && n(3) <= 649)) return d.length >= 16 && d.length <= 19
  if (n(4) >= 3528 && n(4) <= 3589) return d.length === 16
  if (d.startsWith("36") || (n(3) >= 300 && n(3) <= 305)) return d.length === 14
  return false
}
const IBAN_LEN: Record<string, number> = { ES: 24, PT: 25, IT: 27, PL: 28, CZ: 24, FI: 18, EE: 20, GB: 22, IE: 22, DE: 22, FR: 27, NL: 18 }
function ibanMod(s: string): bigint {
  const moved = (s.slice(4) + s.slice(0, 4)).replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55))
  return BigInt(moved) % 97n
}
function ssnOk(s: string): boolean {
  const m = /^(\d{3})([- ]?)(\d{2})\2(\d{4})$/.exec(s)
  if (!m) return false
  const area = Number(m[1])
  return area > 0 && area !== 666 && area < 900 && m[3] !== "00" && m[4] !== "0000"
}
function ninoOk(s: string): boolean {
  const c = s.replace(/ /g, "")
  if (!/^[A-Z]{2}\d{6}[A-D]$/.test(c)) return false
  if ("DFIQUV".includes(c[0]!) || "DFIOQUV".includes(c[1]!)) return false
  return !["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"].includes(c.slice(0, 2))
}
function phoneOk(s: string): boolean {
  if (!/^[+0-9(]/.test(s) || !/[0-9]$/.test(s)) return false
  const text = s.startsWith("00") ? "+" + s.slice(2) : s
  return REGIONS.some((r) => {
    const p = parsePhoneNumberFromString(text, r as CountryCode)
    return p?.isValid() === true && p.nationalNumber.length >= 7
  })
}
const slice = (r: Row, s: Span) => r.text.slice(s.start, s.end)

describe("pii-holdout16 corpus", () => {
  test("the generator reproduces the committed file byte for byte", () => {
    expect(buildCorpus()).toBe(file)
  })

  test("shape: >= 400 texts, unique ids, eight languages, about half English", () => {
    expect(rows.length).toBeGreaterThanOrEqual(400)
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length)
    expect([...new Set(rows.map((r) => r.lang))].sort()).toEqual([...LANGS].sort())
    const en = rows.filter((r) => r.lang === "en").length / rows.length
    expect(en).toBeGreaterThan(0.4)
    expect(en).toBeLessThan(0.6)
  })

  test("spans are in bounds, ordered, and never overlap (labels or negatives)", () => {
    for (const r of rows) {
      const all = [...r.entities, ...r.negatives].sort((a, b) => a.start - b.start)
      all.forEach((s, i) => {
        expect(Number.isInteger(s.start) && s.start >= 0 && s.start < s.end && s.end <= r.text.length).toBe(true)
        if (i > 0) expect(s.start).toBeGreaterThanOrEqual(all[i - 1]!.end)
        expect(slice(r, s)).toBe(slice(r, s).trim())
      })
    }
  })

  test("every label is the value it claims to be", () => {
    const bad: string[] = []
    for (const r of rows) for (const e of r.entities) {
      const v = slice(r, e)
      const digits = v.replace(/[ -]/g, "")
      const ok =
        e.type === "CARD" ? /^\d[\d -]+\d$/.test(v) && /^\d{13,19}$/.test(digits) && luhnOk(digits) && brandOk(digits)
        : e.type === "IBAN" ? IBAN_LEN[v.slice(0, 2)] === v.replace(/ /g, "").length && ibanMod(v.replace(/ /g, "")) === 1n
        : e.type === "US_SSN" ? ssnOk(v)
        : e.type === "UK_NINO" ? ninoOk(v)
        : e.type === "IP_ADDRESS" ? isIP(v) !== 0
        : e.type === "EMAIL" ? /^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/i.test(v)
        : e.type === "PHONE" ? phoneOk(v)
        : e.type === "PERSON" ? /^\p{L}[\p{L}\p{M}' .-]*\p{L}$/u.test(v) && !/^(Mr|Mrs|Ms|Sr|Sra|sig)\b/.test(v)
        : false
      if (!ok) bad.push(`${r.id} ${e.type} ${JSON.stringify(v)}`)
    }
    expect(bad).toEqual([])
  })

  test("invalid lookalikes fail their checks, and no 13-19 digit negative passes Luhn", () => {
    const bad: string[] = []
    for (const r of rows) for (const n of r.negatives) {
      const v = slice(r, n)
      const digits = v.replace(/[ -]/g, "")
      if (/^\d{13,19}$/.test(digits) && luhnOk(digits)) bad.push(`${r.id} luhn-valid ${n.kind}`)
      if (n.kind === "luhn-invalid" && !/^\d{16}$/.test(digits)) bad.push(`${r.id} not 16 digits`)
      if (n.kind === "iban-checksum") {
        const c = v.replace(/ /g, "")
        if (IBAN_LEN[c.slice(0, 2)] !== c.length || ibanMod(c) === 1n) bad.push(`${r.id} iban`)
      }
      if (n.kind === "ssn-invalid" && ssnOk(v)) bad.push(`${r.id} ssn`)
      if (n.kind === "nino-invalid" && ninoOk(v)) bad.push(`${r.id} nino`)
      if (n.kind === "name-word" && !/^[A-Z][a-z]+$/.test(v)) bad.push(`${r.id} name-word`)
      if (n.kind === "pesel" && !/^\d{11}$/.test(v)) bad.push(`${r.id} pesel`)
      if (n.kind === "hetu" && !/^\d{6}[-A]\d{3}[0-9A-Y]$/.test(v)) bad.push(`${r.id} hetu`)
      if (n.kind === "isikukood" && !/^[3-6]\d{10}$/.test(v)) bad.push(`${r.id} isikukood`)
      if (n.kind === "birth-number" && Number(v.replace("/", "")) % 11 !== 0 && Number(v.replace("/", "")) % 11 !== 10) bad.push(`${r.id} rc`)
    }
    expect(bad).toEqual([])
  })

  test("coverage: every type, the listed negative kinds, emoji before labels", () => {
    const count = (t: string) => rows.flatMap((r) => r.entities).filter((e) => e.type === t).length
    for (const t of TYPES) expect(count(t)).toBeGreaterThanOrEqual(t === "UK_NINO" || t === "US_SSN" ? 15 : 40)
    const kinds = new Set(rows.flatMap((r) => r.negatives.map((n) => n.kind)))
    for (const k of ["luhn-invalid", "iban-checksum", "name-word", "plate", "vin", "pcn", "pesel", "birth-number", "hetu", "isikukood", "ticket-barcode", "seat-code"]) expect(kinds.has(k)).toBe(true)
    const astral = rows.filter((r) => r.entities.some((e) => /[\u{10000}-\u{10FFFF}]/u.test(r.text.slice(0, e.start)))).length
    expect(astral).toBeGreaterThanOrEqual(60)
  })
})
