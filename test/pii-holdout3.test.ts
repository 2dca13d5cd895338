// The third held-out PII corpus is sound: the generator reproduces the file
// byte for byte, every label sits inside its text, and the checksum labels and
// lookalikes pass and fail their checksums. These checks are written apart
// from the generator's own (scripts/holdout3/check.ts) so one bug cannot hide
// in both. The corpus is scored by the lead, not here.
import { describe, expect, test } from "bun:test"
import { readFileSync } from "node:fs"
import { resolve } from "node:path"
import { buildCorpus, type Line } from "../scripts/gen-holdout3.ts"

const FILE = resolve(import.meta.dirname, "fixtures/pii-holdout3/corpus.jsonl")
const raw = readFileSync(FILE, "utf8")
const lines: Line[] = raw.trim().split("\n").map((l) => JSON.parse(l))
const TYPES = ["EMAIL", "PHONE", "CARD", "IBAN", "US_SSN", "UK_NINO", "IP_ADDRESS", "PERSON"]

const luhn = (d: string) =>
  [...d].reverse().reduce((sum, ch, i) => {
    const n = Number(ch) * (i % 2 ? 2 : 1)
    return sum + (n > 9 ? n - 9 : n)
  }, 0) % 10 === 0
const mod97 = (iban: string) => {
  const s = iban.replace(/ /g, "")
  const moved = (s.slice(4) + s.slice(0, 4)).replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55))
  return [...moved].reduce((r, ch) => (r * 10 + Number(ch)) % 97, 0) === 1
}
const slice = (l: Line, s: { start: number; end: number }) => l.text.slice(s.start, s.end)

describe("pii-holdout3 corpus", () => {
  test("the generator reproduces the committed file byte for byte", () => {
    expect(buildCorpus().map((l) => JSON.stringify(l)).join("\n") + "\n").toBe(raw)
  })

  test("has at least 300 texts in English and eight other languages, with unique ids", () => {
    expect(lines.length).toBeGreaterThanOrEqual(300)
    expect(new Set(lines.map((l) => l.id)).size).toBe(lines.length)
    const langs = new Set(lines.map((l) => l.lang))
    for (const lang of ["en", "de", "fr", "es", "it", "nl", "pl", "pt", "sv", "da", "no", "fi"]) expect(langs).toContain(lang)
  })

  test("every span lies inside its text, trimmed, and no two spans overlap", () => {
    for (const l of lines) {
      const spans = [...l.entities, ...l.negatives].sort((a, b) => a.start - b.start)
      for (const [i, s] of spans.entries()) {
        expect(s.start >= 0 && s.start < s.end && s.end <= l.text.length).toBe(true)
        expect(slice(l, s)).toBe(slice(l, s).trim())
        if (i > 0) expect(s.start).toBeGreaterThanOrEqual(spans[i - 1]!.end)
      }
      for (const e of l.entities) expect(TYPES).toContain(e.type)
    }
  })

  test("every type is labeled at least 25 times", () => {
    const all = lines.flatMap((l) => l.entities)
    for (const t of TYPES) expect(all.filter((e) => e.type === t).length).toBeGreaterThanOrEqual(25)
  })

  test("cards pass Luhn and IBANs mod-97; their lookalikes fail", () => {
    for (const l of lines) {
      for (const e of l.entities) {
        if (e.type === "CARD") expect(luhn(slice(l, e).replace(/\D/g, ""))).toBe(true)
        if (e.type === "IBAN") expect(mod97(slice(l, e))).toBe(true)
      }
      for (const n of l.negatives) {
        if (n.kind === "luhn-invalid") expect(luhn(slice(l, n).replace(/\D/g, ""))).toBe(false)
        if (n.kind === "iban-checksum") expect(mod97(slice(l, n))).toBe(false)
      }
    }
    const kinds = new Set(lines.flatMap((l) => l.negatives.map((n) => n.kind)))
    for (const k of ["luhn-invalid", "iban-checksum", "name-word", "order-number", "amount", "date", "time", "version"]) expect(kinds).toContain(k)
  })

  test("offsets are UTF-16: spans after emoji still hold their value", () => {
    const afterAstral = lines.filter((l) => l.entities.some((e) => /[\u{10000}-\u{10FFFF}]/u.test(l.text.slice(0, e.start))))
    expect(afterAstral.length).toBeGreaterThan(50)
    for (const l of afterAstral) {
      for (const e of l.entities) if (e.type === "EMAIL") expect(slice(l, e)).toMatch(/^[^@\s]+@[^@\s]+\.[a-z]+$/)
    }
  })
})
