import { describe, expect, test } from "bun:test"
import { ConfigError, defineRecognizer, resolveOverlaps, type Finding } from "../../core/index.ts"

const f = (type: string, start: number, end: number, score: number): Finding => ({ type, start, end, score, recognizer: type.toLowerCase() })

describe("defineRecognizer refuses a broken spec, naming what to fix", () => {
  const base = { type: "ACME", name: "acme", score: 0.9, pattern: /ACME-\d+/g }
  test.each([
    [{ ...base, type: "acme" }, /upper snake case/],
    [{ ...base, name: "Acme Account" }, /kebab-case/],
    [{ ...base, score: 1.2 }, /score must be a number from 0 to 1/],
    [{ ...base, pattern: /ACME/ }, /g flag/],
    [{ ...base, find: () => [] }, /exactly one of pattern or find/],
    [{ ...base, context: { words: [] } }, /context.words/],
  ])("%#", (spec, message) => {
    expect(() => defineRecognizer(spec as never)).toThrow(ConfigError)
    expect(() => defineRecognizer(spec as never)).toThrow(message)
  })

  test("a find function's span outside the text is refused with offsets, not text", () => {
    const r = defineRecognizer({ type: "X", name: "x", score: 1, find: () => [{ start: 3, end: 99 }] })
    expect(() => r.recognize("secret value")).toThrow(/3\.\.99 of 12/)
    expect(() => r.recognize("secret value")).not.toThrow(/secret/)
  })
})

describe("defineRecognizer", () => {
  test("validate drops, keeps or rescores; context words within the window boost", () => {
    const r = defineRecognizer({
      type: "NUM", name: "num", score: 0.4, pattern: /\d{4}/g,
      validate: (m) => (m === "0000" ? false : m === "9999" ? 0.2 : true),
      context: { words: ["pin code"], window: 12, boost: 0.3 },
    })
    const found = r.recognize("1234 0000 9999 then my pin code: 5678")
    expect(found.map((x) => [x.start, x.score])).toEqual([[0, 0.4], [10, 0.2], [33, 0.7]])
  })

  test("a named group `value` narrows the span", () => {
    const r = defineRecognizer({ type: "REF", name: "ref", score: 1, pattern: /ref:(?<value>\d+)/g })
    expect(r.recognize("a ref:42 b").map((x) => [x.start, x.end])).toEqual([[6, 8]])
  })
})

describe("resolveOverlaps", () => {
  test("the higher score wins, then the longer span, then the earlier start", () => {
    expect(resolveOverlaps([f("PHONE", 5, 15, 0.7), f("IBAN", 0, 22, 1)])).toEqual([f("IBAN", 0, 22, 1)])
    expect(resolveOverlaps([f("A", 0, 5, 0.8), f("B", 2, 10, 0.8)])).toEqual([f("B", 2, 10, 0.8)])
    expect(resolveOverlaps([f("A", 4, 8, 0.8), f("B", 2, 6, 0.8)])).toEqual([f("B", 2, 6, 0.8)])
  })

  test("keeps findings that do not overlap, in text order, whatever the input order", () => {
    const all = [f("C", 20, 25, 0.5), f("A", 0, 4, 0.9), f("B", 3, 9, 0.95), f("D", 9, 12, 0.6)]
    const once = resolveOverlaps(all)
    expect(once).toEqual([f("B", 3, 9, 0.95), f("D", 9, 12, 0.6), f("C", 20, 25, 0.5)])
    expect(resolveOverlaps([...all].reverse())).toEqual(once)
  })

  test("many findings (past the pairwise check) resolve exactly as the pairwise rule says", () => {
    // A seeded generator: the same findings on every run.
    let seed = 12
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n)
    for (const count of [10, 65, 400]) {
      const all = Array.from({ length: count }, (_, i) => {
        const start = next(600)
        return f(`T${i % 3}`, start, start + 1 + next(30), [0.5, 0.75, 0.9, 1][next(4)]!)
      })
      const expected: Finding[] = []
      for (const x of [...all].sort((a, b) => b.score - a.score || b.end - b.start - (a.end - a.start) || a.start - b.start || b.end - a.end || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0))) {
        if (!expected.some((k) => x.start < k.end && k.start < x.end)) expected.push(x)
      }
      expected.sort((a, b) => a.start - b.start)
      expect(resolveOverlaps(all)).toEqual(expected)
      expect(resolveOverlaps([...all].reverse())).toEqual(expected)
    }
  })
})
