import { describe, expect, test } from "bun:test"
import { spawnSync } from "node:child_process"
import { ROOT } from "../helpers.ts"

// testRecognizer through a recording runner (as recognizer-suite.test.ts does): a recognizer whose pattern backtracks
// catastrophically passed every check of the suite, then took seconds on a thirty-character note.
const script = `
import { testRecognizer, useTestApi } from ${JSON.stringify(`${ROOT}testing/index.ts`)}
import { defineRecognizer } from ${JSON.stringify(`${ROOT}core/index.ts`)}
import { expect } from "bun:test"
const tests = []
const suite = []
useTestApi({
  describe: (name, fn) => { suite.push(name); fn(); suite.pop() },
  test: (name, fn) => tests.push([suite[0], name, fn]),
  expect, beforeAll: (fn) => fn(), afterAll: () => {},
})
const cases = { positives: [{ text: "see REF-abc1-1234 now", spans: [[4, 17]] }], negatives: ["nothing here", "REF-abc"] }
// Overlapping alternatives under one repetition: star height 1, so defineRecognizer lets it through; a run of digits
// can be split between \\w and \\d in 2^n ways.
testRecognizer(defineRecognizer({ type: "ACME_REF", name: "acme-ref-slow", score: 0.9, pattern: /\\bREF-(?:\\w|\\d)+-\\d{4}\\b/g }), cases)
testRecognizer(defineRecognizer({ type: "ACME_REF", name: "acme-ref", score: 0.9, pattern: /\\bREF-\\w+-\\d{4}\\b/g }), cases)
// A find function that runs a nested repetition of its own on every text.
testRecognizer(defineRecognizer({ type: "ACME_REF", name: "acme-ref-find", score: 0.9, find: (t) => [...t.matchAll(new RegExp("\\\\bREF-(\\\\w+\\\\s?)+-\\\\d{4}\\\\b", "g"))].map((m) => ({ start: m.index, end: m.index + m[0].length })) }), cases)
const failed = {}
const messages = []
for (const [suiteName, name, fn] of tests) {
  try { await fn() } catch (e) { (failed[suiteName] ??= []).push(name); messages.push(String(e?.message)) }
}
console.log(JSON.stringify({ registered: tests.length, failed, messages }))
`

describe("testRecognizer times a recognizer on texts that almost match", () => {
  test("a catastrophically backtracking pattern or find fails the timing check, naming the recognizer; a linear one passes", () => {
    const r = spawnSync(process.execPath, ["-e", script], { encoding: "utf8", cwd: ROOT, timeout: 120_000 })
    const { failed, messages } = JSON.parse(r.stdout.trim().split("\n").at(-1)!)
    expect(failed["recognizer acme-ref (contract)"]).toBeUndefined()
    expect(failed["recognizer acme-ref-slow (contract)"]).toEqual(["stays fast on texts that almost match and on long texts"])
    expect(failed["recognizer acme-ref-find (contract)"]).toEqual(["stays fast on texts that almost match and on long texts"])
    expect(messages.some((m: string) => /^recognizer acme-ref-slow took \d+ ms on a \d+-character text that almost matches one of its positives: .*find the candidates with a find function$/.test(m))).toBe(true)
    expect(messages.join("\n")).not.toContain("abc1")
  }, 120_000)
})
