// What every blind holdout corpus's own test asks of its JSONL file before its validators run: it regenerates byte
// for byte, its records have the agreed keys and order, and every span is in bounds, trimmed, apart from the others,
// on word boundaries and never cuts a surrogate pair. No recognizer runs here.
import { expect, test } from "bun:test"
import { readFileSync } from "node:fs"

export interface Span { start: number; end: number }
export interface Rec { id: string; lang: string; kind: string; text: string; entities: Array<Span & { type: string }>; negatives: Array<Span & { kind: string }> }

export const TYPES = ["EMAIL", "PHONE", "CARD", "IBAN", "US_SSN", "UK_NINO", "IP_ADDRESS", "PERSON"]
export const WORD = /[\p{L}\p{N}\p{M}]/u

/** A corpus file read, with its labels and lookalikes as `{ r, e|n, v }` (the record, the span, its text). */
export function readCorpus(path: string) {
  const raw = readFileSync(path, "utf8")
  const recs: Rec[] = raw.trimEnd().split("\n").map((l) => JSON.parse(l))
  const val = (r: Rec, s: Span) => r.text.slice(s.start, s.end)
  const ents = recs.flatMap((r) => r.entities.map((e) => ({ r, e, v: val(r, e) })))
  const negs = recs.flatMap((r) => r.negatives.map((n) => ({ r, n, v: val(r, n) })))
  return {
    raw, recs, val, ents, negs,
    of: (t: string) => ents.filter((x) => x.e.type === t),
    negCount: (k: string) => negs.filter((x) => x.n.kind === k).length,
  }
}

interface ShapeOptions {
  raw: string
  recs: Rec[]
  /** The generator's whole output, to compare with the file. */
  rebuild: () => string
  kinds: readonly string[]
  locales: readonly string[]
  /** What may not stand right before a PHONE label (a corpus that glues numbers to words allows letters). */
  beforePhone: RegExp
}

/** The three tests of a corpus file's shape: regenerated, formatted, spans sound. */
export function corpusShapeTests({ raw, recs, rebuild, kinds, locales, beforePhone }: ShapeOptions): void {
  test("regenerates byte for byte", () => {
    expect(rebuild()).toBe(raw)
  })

  test("format: keys, ids, locales, kinds, types, order", () => {
    const ids = new Set<string>()
    for (const r of recs) {
      expect(Object.keys(r)).toEqual(["id", "lang", "kind", "text", "entities", "negatives"])
      expect(r.id).toMatch(new RegExp(`^${r.lang}-${r.kind}-\\d{4}$`))
      expect(ids.has(r.id), r.id).toBe(false)
      ids.add(r.id)
      expect(kinds).toContain(r.kind)
      expect(locales).toContain(r.lang)
      for (const e of r.entities) expect(TYPES).toContain(e.type)
      for (const xs of [r.entities, r.negatives]) for (let i = 1; i < xs.length; i++) expect(xs[i]!.start).toBeGreaterThanOrEqual(xs[i - 1]!.end)
    }
  })

  test("spans: in bounds, trimmed, apart, on word boundaries, whole surrogate pairs", () => {
    for (const r of recs) {
      const all = [...r.entities.map((e) => ({ ...e, k: e.type })), ...r.negatives.map((n) => ({ ...n, k: n.kind }))].sort((a, b) => a.start - b.start)
      all.forEach((s, i) => {
        const v = r.text.slice(s.start, s.end)
        const where = `${r.id} ${s.k} ${JSON.stringify(v)}`
        expect(s.start >= 0 && s.end <= r.text.length && s.start < s.end, where).toBe(true)
        expect(v.trim(), where).toBe(v)
        if (i > 0) expect(all[i - 1]!.end <= s.start, where).toBe(true)
        expect(WORD.test(r.text[s.end] ?? " "), where).toBe(false)
        expect((s.k === "PHONE" ? beforePhone : WORD).test(r.text[s.start - 1] ?? " "), where).toBe(false)
        const first = r.text.charCodeAt(s.start)
        const last = r.text.charCodeAt(s.end - 1)
        expect(first >= 0xdc00 && first <= 0xdfff, where).toBe(false)
        expect(last >= 0xd800 && last <= 0xdbff, where).toBe(false)
      })
    }
  })
}
