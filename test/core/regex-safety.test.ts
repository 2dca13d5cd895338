import { describe, expect, test } from "bun:test"
import { defineRecognizer } from "../../core/index.ts"
import { unsafeRegexReason } from "../../core/regex-safety.ts"

describe("unsafeRegexReason", () => {
  test("names a repeated group holding a repeated part (star height 2)", () => {
    for (const source of [String.raw`\bREF-(\w+\s?)+-\d{4}\b`, "(a+)+$", String.raw`(\d{1,3})+x`, "(?:(?:a)+)+", String.raw`(\w+){2,5}`, "(?i:a+)*", String.raw`[[a-z]--[aeiou]]+(x+)+`]) {
      expect(unsafeRegexReason(source)).toBe("a quantified group holds a quantifier (star height 2)")
    }
  })

  test("accepts optional parts, fixed counts, lookarounds, named groups, classes and escapes holding brackets", () => {
    for (const source of [
      String.raw`\bACME-\d{8}\b`,
      String.raw`\border (?:no\.? )?\d+ for customer (?<value>\d+)`,
      String.raw`\b(\d{3}[ -]?){2}\d{4}\b`,
      String.raw`(\d{2}){3,}`,
      String.raw`(?<=x)\d+(?!y)`,
      String.raw`\p{Lu}+\u{1F600}*`,
      String.raw`[(]+[)]*\(a+\)+`,
      "[[]+",
      String.raw`\b[\w.+-]+@[\w-]+\.[\w.-]+\b`,
    ]) {
      expect(unsafeRegexReason(source)).toBeUndefined()
    }
  })
})

describe("defineRecognizer refuses a pattern that backtracks catastrophically", () => {
  test("names the recognizer, the reason and what to do", () => {
    expect(() => defineRecognizer({ type: "ACME_REF", name: "acme-ref", score: 0.9, pattern: /\bREF-(\w+\s?)+-\d{4}\b/g })).toThrow(
      /^\[cxedge\] \[pii\] recognizer acme-ref: pattern can take exponential time on a text that almost matches \(a quantified group holds a quantifier \(star height 2\)\): .*or find the candidates with a find function$/,
    )
    expect(() => defineRecognizer({ type: "ACME_REF", name: "acme-ref", score: 0.9, pattern: /\bREF-\d+\b/g, requires: /(\w+)+-/ })).toThrow(/recognizer acme-ref: requires can take exponential time/)
  })

  test("the same recognizer written with one repeated class is accepted and finds its value", () => {
    const ref = defineRecognizer({ type: "ACME_REF", name: "acme-ref", score: 0.9, pattern: /\bREF-[\w ]+-\d{4}\b/g })
    expect(ref.recognize("see REF-abc def-1234 now").map((f) => [f.start, f.end])).toEqual([[4, 20]])
  })
})
