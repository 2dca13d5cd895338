// The holdout17 corpus is sound: the generator reproduces it byte for byte, and every label is checked
// here by validators written apart from the generator's own (scripts/holdout17/checks.ts is not used).
import { describe, expect, test } from "bun:test"
import { readFileSync } from "node:fs"
import { isIP } from "node:net"
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max"
import { buildCorpus, CORPUS_PATH } from "../scripts/gen-holdout17.ts"

interface Label { start: number; end: number }
interface Row { id: string; lang: string; kind: string; text: string; entities: Array<Label & { type: string }>; negatives: Array<Label & { kind: string }> }

const raw = readFileSync(CORPUS_PATH, "utf8")
const rows: Row[] = raw.trimEnd().split("\n").map((l) => JSON.parse(l))
const LANGS = ["en", "nl", "sv", "da", "no", "ro", "hu", "hr"]
const KINDS = ["email", "sms", "chat", "summary", "note", "form", "complaint", "csv", "json"]
const TYPES = ["EMAIL", "PHONE", "CARD", "IBAN", "US_SSN", "UK_NINO", "IP_ADDRESS", "PERSON"]
const REGIONS = ["IE", "AU", "MT", "CA", "US", "GB", "NL", "BE", "SE", "DK", "NO", "RO", "HU", "HR", "IN", "NG", "DE", "PL", "ZA", "AE", "BR", "PH", "CN", "SG"]

function luhn(d: string): boolean {
  const xs = [...d].reverse().map(Number)
  return xs.reduce((s, x, i) => s + (i % 2 ? (x * 2 > 9 ? x * 2 - 9 : x * 2) : x), 0) % 10 === 0
}
function brandOk(d: string): boolean {
  const n = d.length
  if (d.startsWith("4")) return [13, 16, 19].includes(n)
  if (/^5[1-5]/.test(d)) return n === 16
  const six = Number(d.slice(0, 6))
  if (six >= 222100 && six <= 272099) return n === 16
  if (/^3[47]/.test(d)) return n === 15
  if (/^(6011|64[4-9]|65)/.test(d)) return n >= 16 && n <= 19
  const four = Number(d.slice(0, 4))
  if (four >= 3528 && four <= 3589) return n === 16
  return false
}
const IBAN_LEN: Record<string, number> = { NL: 18, BE: 16, SE: 24, DK: 18, NO: 15, RO: 24, HU: 28, HR: 21, IE: 22, MT: 31, GB: 22, DE: 22 }
function ibanValid(s: string): boolean {
  const c = s.replace(/ /g, "")
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(c) || IBAN_LEN[c.slice(0, 2)] !== c.length) return false
  const moved = (c.slice(4) + c.slice(0, 4)).replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55))
  return BigInt(moved) % 97n === 1n
}
function ssnValid(s: string): boolean {
  const m = /^(\d{3})[- ]?(\d{2})[- ]?(\d{4})$/.exec(s)
  if (!m) return false
  const [a, g, n] = [Number(m[1]), Number(m[2]), Number(m[3])]
  return a > 0 && a !== 666 && a < 900 && g > 0 && n > 0
}
function ninoValid(s: string): boolean {
  const c = s.replace(/ /g, "")
  if (!/^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/.test(c)) return false
  return !["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"].includes(c.slice(0, 2))
}
function phoneValid(s: string): boolean {
  const intl = s.startsWith("+") ? s : s.startsWith("00") ? "+" + s.slice(2) : null
  if (intl) return parsePhoneNumberFromString(intl)?.isValid() === true
  return REGIONS.some((r) => parsePhoneNumberFromString(s, r as CountryCode)?.isValid() === true)
}
const TITLES = /^(mr|mrs|ms|dr|meneer|mevrouw|doamna|domnul|herr|frau)\.?$/i
const VALID: Record<string, (v: string) => boolean> = {
  EMAIL: (v) => /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/.test(v) && !v.endsWith("."),
  PHONE: (v) => /^[+(0-9]/.test(v) && /\d$/.test(v) && phoneValid(v),
  CARD: (v) => /^\d[\d -]+\d$/.test(v) && luhn(v.replace(/[ -]/g, "")) && brandOk(v.replace(/[ -]/g, "")),
  IBAN: ibanValid,
  US_SSN: ssnValid,
  UK_NINO: ninoValid,
  IP_ADDRESS: (v) => isIP(v) !== 0,
  PERSON: (v) => /^\p{L}/u.test(v) && /[\p{L}\p{M}]$/u.test(v) && !/\d/.test(v) && !v.split(" ").some((w) => TITLES.test(w)),
}
const NAME_WORDS = ["May", "Will", "Bill", "Mark", "Rose", "Grace", "Hope", "Faith", "Florence", "Victoria", "Jordan", "Chelsea", "Lincoln", "Sunny", "Patience", "Lily", "Hunter", "Dean", "mark", "June"]
const NEG_CHECK: Record<string, (v: string) => boolean> = {
  "luhn-invalid": (v) => { const d = v.replace(/[ -]/g, ""); return /^\d{16}$/.test(d) && !luhn(d) },
  "iban-checksum": (v) => { const c = v.replace(/ /g, ""); return IBAN_LEN[c.slice(0, 2)] === c.length && !ibanValid(v) },
  "ssn-invalid": (v) => /^\d{3}-\d{2}-\d{4}$/.test(v) && !ssnValid(v),
  "nino-invalid": (v) => /^[A-Z]{2}\d{6}[A-D]$/.test(v) && !ninoValid(v),
  "name-word": (v) => NAME_WORDS.includes(v),
  "national-id": (v) => /^\d[\d -]{8,13}\d$/.test(v),
}
const at = (r: Row, l: Label) => r.text.slice(l.start, l.end)

describe("pii-holdout17 corpus", () => {
  test("the generator reproduces the file byte for byte", () => {
    expect(buildCorpus()).toBe(raw)
  })

  test("has at least 400 texts, about half English, every language, kind and type", () => {
    expect(rows.length).toBeGreaterThanOrEqual(400)
    const en = rows.filter((r) => r.lang === "en").length
    expect(en / rows.length).toBeGreaterThan(0.45)
    expect(en / rows.length).toBeLessThan(0.55)
    for (const l of LANGS) expect(rows.filter((r) => r.lang === l).length).toBeGreaterThanOrEqual(25)
    for (const k of KINDS) expect(rows.some((r) => r.kind === k)).toBe(true)
    for (const t of TYPES) expect(rows.flatMap((r) => r.entities).filter((e) => e.type === t).length).toBeGreaterThanOrEqual(15)
  })

  test("every line has exactly the format's keys, a unique id, a known language and kind", () => {
    const ids = new Set<string>()
    for (const r of rows) {
      expect(Object.keys(r)).toEqual(["id", "lang", "kind", "text", "entities", "negatives"])
      expect(r.id).toMatch(new RegExp(`^${r.lang}-${r.kind}-\\d{4}$`))
      expect(ids.has(r.id)).toBe(false)
      ids.add(r.id)
      expect(LANGS).toContain(r.lang)
      expect(KINDS).toContain(r.kind)
    }
  })

  test("spans are in bounds, in order, never overlapping, and never overlap a negative", () => {
    for (const r of rows) {
      const all = [...r.entities, ...r.negatives].sort((a, b) => a.start - b.start)
      for (const [i, s] of all.entries()) {
        expect(Number.isInteger(s.start) && s.start >= 0 && s.start < s.end && s.end <= r.text.length).toBe(true)
        const v = at(r, s)
        expect(v.trim()).toBe(v)
        if (i > 0) expect(all[i - 1]!.end <= s.start).toBe(true)
      }
      const es = r.entities.map((e) => e.start)
      expect([...es].sort((a, b) => a - b)).toEqual(es)
    }
  })

  test("every entity is the value it claims: checksums, rules, libphonenumber validity", () => {
    const bad: string[] = []
    for (const r of rows) for (const e of r.entities) if (!VALID[e.type]!(at(r, e))) bad.push(`${r.id} ${e.type} ${at(r, e)}`)
    expect(bad).toEqual([])
  })

  test("lookalikes fail the checks they imitate", () => {
    const bad: string[] = []
    for (const r of rows) for (const n of r.negatives) {
      const check = NEG_CHECK[n.kind]
      if (check && !check(at(r, n))) bad.push(`${r.id} ${n.kind} ${at(r, n)}`)
      const d = at(r, n).replace(/[ -]/g, "")
      if (n.kind !== "luhn-invalid" && /^\d{13,19}$/.test(d) && luhn(d) && brandOk(d)) bad.push(`${r.id} card-like ${n.kind}`)
      if (n.kind !== "iban-checksum" && ibanValid(at(r, n))) bad.push(`${r.id} iban-like ${n.kind}`)
    }
    expect(bad).toEqual([])
    const kinds = new Set(rows.flatMap((r) => r.negatives.map((n) => n.kind)))
    for (const k of ["luhn-invalid", "iban-checksum", "national-id", "name-word", "product-code", "tracking-number"]) expect(kinds.has(k)).toBe(true)
  })

  test("JSON exports parse, CSV rows have the header's column count", () => {
    for (const r of rows.filter((x) => x.kind === "json")) expect(() => JSON.parse(r.text)).not.toThrow()
    for (const r of rows.filter((x) => x.kind === "csv")) {
      const lines = r.text.trimEnd().split("\n")
      const sep = lines[0]!.includes(";") ? ";" : ","
      const cells = (l: string) => l.replace(/"[^"]*"/g, "q").split(sep).length
      for (const l of lines) expect(cells(l)).toBe(cells(lines[0]!))
    }
  })

  test("offsets are UTF-16: many labels follow an astral character or a combining mark", () => {
    const astral = rows.filter((r) => r.entities.some((e) => /[\u{10000}-\u{10FFFF}]/u.test(r.text.slice(0, e.start))))
    expect(astral.length).toBeGreaterThanOrEqual(40)
    const accented = rows.filter((r) => r.entities.some((e) => /[^\x00-\x7f]/.test(r.text.slice(0, e.start))))
    expect(accented.length).toBeGreaterThanOrEqual(100)
  })

  test("a name written as one is one span: no two PERSON spans are joined by a space", () => {
    const split: string[] = []
    for (const r of rows) {
      const ps = r.entities.filter((e) => e.type === "PERSON")
      for (let i = 1; i < ps.length; i++) if (/^\s+$/.test(r.text.slice(ps[i - 1]!.end, ps[i]!.start))) split.push(r.id)
    }
    expect(split).toEqual([])
  })
})
