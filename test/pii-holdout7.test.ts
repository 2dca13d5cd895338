// The holdout7 corpus (bank, insurer, telecom contact centers): the file is
// what the generator writes, and every label is checked here by validators
// written apart from the generator's own value code.
import { describe, expect, test } from "bun:test"
import { readFileSync } from "node:fs"
import { isIP } from "node:net"
import { type CountryCode, parsePhoneNumberFromString } from "libphonenumber-js/max"
import { buildCorpus } from "../scripts/holdout7/corpus"
import { LANGS } from "../scripts/holdout7/lang"

const FILE = new URL("./fixtures/pii-holdout7/corpus.jsonl", import.meta.url)
const raw = readFileSync(FILE, "utf8")
interface Span {
  start: number
  end: number
}
interface Row {
  id: string
  lang: string
  kind: string
  text: string
  entities: (Span & { type: string })[]
  negatives: (Span & { kind: string })[]
}
const rows: Row[] = raw.trimEnd().split("\n").map((l) => JSON.parse(l))
const slice = (r: Row, s: Span) => r.text.slice(s.start, s.end)
const ents = () => rows.flatMap((r) => r.entities.map((s) => ({ r, s, v: slice(r, s) })))
const negs = () => rows.flatMap((r) => r.negatives.map((s) => ({ r, s, v: slice(r, s) })))

function luhn(d: string): boolean {
  const xs = d.split("").reverse().map(Number)
  const sum = xs.reduce((acc, n, i) => acc + (i % 2 ? (n * 2 > 9 ? n * 2 - 9 : n * 2) : n), 0)
  return sum % 10 === 0
}
const IBAN_LEN: Record<string, number> = { DE: 22, GB: 22, IE: 22, FR: 27, IT: 27, NL: 18, PL: 28, CZ: 24, AT: 20, BE: 16, ES: 24 }
function ibanRemainder(s: string): bigint {
  const t = s.slice(4) + s.slice(0, 4)
  const num = t.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55))
  return BigInt(num) % 97n
}
function brandOk(d: string): boolean {
  const n = d.length
  const p = (k: number) => Number(d.slice(0, k))
  if (d[0] === "4") return [13, 16, 19].includes(n)
  if ((p(2) >= 51 && p(2) <= 55) || (p(4) >= 2221 && p(4) <= 2720)) return n === 16
  if (p(2) === 34 || p(2) === 37) return n === 15
  if (p(4) === 6011 || p(2) === 65 || (p(3) >= 644 && p(3) <= 649)) return n >= 16 && n <= 19
  if (p(4) >= 3528 && p(4) <= 3589) return n >= 16 && n <= 19
  if (p(2) === 36 || p(2) === 38 || p(2) === 39 || (p(3) >= 300 && p(3) <= 305)) return n >= 14 && n <= 19
  return false
}
const REGIONS: Record<string, string[]> = {
  en: ["US", "CA", "GB", "IE", "AU"],
  de: ["DE", "AT", "CH"],
  fr: ["FR", "BE"],
  it: ["IT", "CH"],
  nl: ["NL", "BE"],
  pl: ["PL"],
  cs: ["CZ"],
}
const TITLES = /^(mr|mrs|ms|dr|herr|frau|m|mme|madame|monsieur|sig|sig\.ra|meneer|mevrouw|pan|pani|paní|pane)\.?\s/i

describe("pii-holdout7 corpus", () => {
  test("the generator reproduces the file byte for byte", () => {
    expect(buildCorpus()).toBe(raw)
  })

  test("shape: >= 400 rows, unique ids, the README format, about half English, seven languages", () => {
    expect(rows.length).toBeGreaterThanOrEqual(400)
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length)
    for (const r of rows) {
      expect(Object.keys(r)).toEqual(["id", "lang", "kind", "text", "entities", "negatives"])
      expect(r.id.startsWith(`${r.lang}-${r.kind}-`)).toBe(true)
    }
    const en = rows.filter((r) => r.lang === "en").length
    expect(en / rows.length).toBeGreaterThan(0.45)
    expect(en / rows.length).toBeLessThan(0.55)
    expect(new Set(rows.map((r) => r.lang))).toEqual(new Set(Object.keys(REGIONS)))
  })

  test("spans are in bounds, trimmed, sorted, and never overlap (entities among themselves and with negatives)", () => {
    for (const r of rows) {
      const spans = [...r.entities, ...r.negatives].sort((a, b) => a.start - b.start)
      for (const s of spans) {
        expect(Number.isInteger(s.start) && s.start >= 0 && s.start < s.end && s.end <= r.text.length).toBe(true)
        expect(slice(r, s).trim()).toBe(slice(r, s))
      }
      for (let i = 1; i < spans.length; i++) expect((spans[i] as Span).start).toBeGreaterThanOrEqual((spans[i - 1] as Span).end)
      const starts = r.entities.map((e) => e.start)
      expect(starts).toEqual([...starts].sort((a, b) => a - b))
    }
  })

  test("CARD: 13-19 digits, Luhn-valid, a real brand's IIN and length", () => {
    const cards = ents().filter((x) => x.s.type === "CARD")
    expect(cards.length).toBeGreaterThanOrEqual(30)
    for (const { v } of cards) {
      expect(v).toMatch(/^\d[\d -]*\d$/)
      const d = v.replace(/[ -]/g, "")
      expect(luhn(d)).toBe(true)
      expect(brandOk(d)).toBe(true)
    }
  })

  test("IBAN: the country's length and mod-97 remainder 1", () => {
    const ibans = ents().filter((x) => x.s.type === "IBAN")
    expect(ibans.length).toBeGreaterThanOrEqual(30)
    for (const { v } of ibans) {
      const s = v.replace(/ /g, "")
      expect(s.length).toBe(IBAN_LEN[s.slice(0, 2)] ?? -1)
      expect(ibanRemainder(s)).toBe(1n)
    }
  })

  test("US_SSN and UK_NINO follow the allocation rules", () => {
    for (const { s, v } of ents()) {
      if (s.type === "US_SSN") {
        const m = /^(\d{3})[- ]?(\d{2})[- ]?(\d{4})$/.exec(v)
        expect(m).not.toBeNull()
        const [a, g, n] = [Number(m?.[1]), Number(m?.[2]), Number(m?.[3])]
        expect(a > 0 && a < 900 && a !== 666 && g > 0 && n > 0).toBe(true)
      }
      if (s.type === "UK_NINO") {
        const t = v.replace(/ /g, "")
        expect(t).toMatch(/^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/)
        expect(["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"]).not.toContain(t.slice(0, 2))
      }
    }
  })

  test("IP_ADDRESS parses as v4 or v6; EMAIL is one ASCII address", () => {
    const ips = ents().filter((x) => x.s.type === "IP_ADDRESS")
    for (const { v } of ips) expect(isIP(v)).toBeGreaterThan(0)
    expect(ips.some(({ v }) => v.includes("::"))).toBe(true)
    expect(ips.some(({ v }) => isIP(v) === 6 && !v.includes("::"))).toBe(true)
    for (const { s, v } of ents()) if (s.type === "EMAIL") expect(v).toMatch(/^[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/)
  })

  test("PHONE: valid per libphonenumber-js/max in the row's regions, or international with +", () => {
    const phones = ents().filter((x) => x.s.type === "PHONE")
    for (const { r, v } of phones) {
      expect(v).toMatch(/^(\+|\(|\d)[\d ().\/-]*\d$/)
      const regions = v.startsWith("+") ? [undefined] : (REGIONS[r.lang] as string[])
      const ok = regions.some((c) => parsePhoneNumberFromString(v, c as CountryCode | undefined)?.isValid())
      if (!ok) throw new Error(`${r.id}: ${v} is not a valid phone`)
    }
    const foreign = phones.filter(({ v }) => /^\+(91|234|55|81|971|27|63|90|52)/.test(v))
    expect(foreign.length).toBeGreaterThanOrEqual(10)
  })

  test("PERSON: letters as written, never a title, some lower case and some non-ASCII", () => {
    const names = ents().filter((x) => x.s.type === "PERSON")
    for (const { r, v } of names) {
      expect(v).toMatch(/^[\p{L}\p{M}][\p{L}\p{M}' .-]*$/u)
      const initial = r.lang !== "fr" && /^[A-Z]\. /.test(v)
      expect(TITLES.test(`${v} `) && v.includes(" ") && !initial).toBe(false)
    }
    expect(names.filter(({ v }) => v === v.toLowerCase()).length).toBeGreaterThanOrEqual(20)
    expect(names.filter(({ v }) => /[^\x00-\x7f]/.test(v)).length).toBeGreaterThanOrEqual(50)
    expect(names.filter(({ v }) => /\p{M}/u.test(v)).length).toBeGreaterThanOrEqual(5)
  })

  test("negatives fail the checks the real thing passes", () => {
    for (const { s, v } of negs()) {
      const d = v.replace(/[ -]/g, "")
      if (s.kind === "luhn-invalid") expect(/^\d{13,19}$/.test(d) && !luhn(d)).toBe(true)
      if (s.kind === "iban-checksum") {
        const t = v.replace(/ /g, "")
        expect(t.length).toBe(IBAN_LEN[t.slice(0, 2)] ?? -1)
        expect(ibanRemainder(t)).not.toBe(1n)
      }
      if (s.kind === "imei") expect(/^\d{15}$/.test(v) && luhn(v)).toBe(true)
      if (s.kind === "iccid") expect(/^89\d{17,18}$/.test(v) && luhn(v)).toBe(true)
      if (s.kind === "masked-card") expect(v).toMatch(/^[*Xx -]{12,}\d{4}$/)
      if (s.kind === "sort-code") expect(v).toMatch(/^\d\d-\d\d-\d\d$/)
      if (s.kind === "bic") expect(v).toMatch(/^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/)
      if (s.kind === "name-word") expect(["may", "will", "bill", "mark", "grace", "hope", "rose", "frank", "sunny", "bob", "june"]).toContain(v.toLowerCase())
    }
    const kinds = new Set(negs().map((x) => x.s.kind))
    for (const k of ["luhn-invalid", "iban-checksum", "imei", "iccid", "masked-card", "sort-code", "bic", "policy-number", "claim-number", "account-number", "data-volume", "name-word", "postcode", "date", "time", "amount", "reference"])
      expect(kinds.has(k)).toBe(true)
  })

  test("every type appears, and astral characters sit before labels", () => {
    const types = new Set(ents().map((x) => x.s.type))
    expect([...types].sort()).toEqual(["CARD", "EMAIL", "IBAN", "IP_ADDRESS", "PERSON", "PHONE", "UK_NINO", "US_SSN"])
    const astral = rows.filter((r) => r.entities.some((e) => /[\u{10000}-\u{10ffff}]/u.test(r.text.slice(0, e.start))))
    expect(astral.length).toBeGreaterThanOrEqual(20)
  })

  test("no name from the name lists is left outside a label (a missed PERSON would count against a recognizer)", () => {
    const names = new Set<string>()
    for (const L of Object.values(LANGS))
      for (const n of [...L.first, ...L.firstF, ...L.last, ...(L.lastF ?? [])])
        for (const f of [n, n.normalize("NFD")]) names.add(f).add(f.toLowerCase())
    const missed: string[] = []
    for (const r of rows) {
      const covered = new Uint8Array(r.text.length)
      for (const s of [...r.entities, ...r.negatives]) covered.fill(1, s.start, s.end)
      for (const n of names)
        for (let i = r.text.indexOf(n); i >= 0; i = r.text.indexOf(n, i + 1)) {
          const edge = (c: string | undefined) => c === undefined || !/[\p{L}\p{M}]/u.test(c)
          if (edge(r.text[i - 1]) && edge(r.text[i + n.length]) && !covered[i]) missed.push(`${r.id}: ${n}`)
        }
    }
    expect(missed).toEqual([])
  })
})
