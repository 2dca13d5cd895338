import { describe, expect, test } from "bun:test"
import { spawnSync } from "node:child_process"
import { ROOT } from "../helpers.ts"

// testRecognizer through a recording runner (as runner.test.ts does for testTransform), so that each broken
// recognizer's failing checks can be counted: a suite that cannot fail would be a defect.
const script = `
import { testRecognizer, useTestApi } from ${JSON.stringify(`${ROOT}testing/index.ts`)}
import { email } from ${JSON.stringify(`${ROOT}plugins/pii/index.ts`)}
import { ValidationError } from ${JSON.stringify(`${ROOT}core/index.ts`)}
import { expect } from "bun:test"
const tests = []
const suite = []
useTestApi({
  describe: (name, fn) => { suite.push(name); fn(); suite.pop() },
  test: (name, fn) => tests.push([suite[0], name, fn]),
  expect, beforeAll: (fn) => fn(), afterAll: () => {},
})
const cases = { positives: [{ text: "mail anna@gmx.de now", spans: [[5, 16]] }], negatives: ["no mail here"] }
const as = (name, recognize) => ({ ...email, name, recognize: (t) => recognize(t).map((x) => ({ ...x, recognizer: name })) })
testRecognizer(email, cases)
// Counts code points, so every offset after an emoji is off.
testRecognizer(as("code-points", (t) => { const f = email.recognize(t); const shift = (i) => [...t.slice(0, i)].length; return f.map((x) => ({ ...x, start: shift(x.start), end: shift(x.end) })) }), cases)
// Carries the value in each finding.
testRecognizer(as("leaky", (t) => email.recognize(t).map((x) => ({ ...x, value: t.slice(x.start, x.end) }))), cases)
// Quotes what it was given when it refuses it.
testRecognizer(as("quoting", (t) => { if (typeof t !== "string") throw new ValidationError("pii", "cannot scan " + JSON.stringify(t)); return email.recognize(t) }), cases)
const failed = {}
for (const [suiteName, name, fn] of tests) {
  try { await fn() } catch { (failed[suiteName] ??= []).push(name) }
}
console.log(JSON.stringify({ registered: tests.length, failed }))
`

describe("testRecognizer", () => {
  test("a built-in passes; a recognizer with code-point offsets, a leaky finding or a quoting refusal fails the matching check", () => {
    const r = spawnSync(process.execPath, ["-e", script], { encoding: "utf8", cwd: ROOT })
    const { registered, failed } = JSON.parse(r.stdout.trim().split("\n").at(-1)!)
    expect(registered).toBeGreaterThan(20)
    expect(failed["recognizer email (contract)"]).toBeUndefined()
    expect(failed["recognizer code-points (contract)"]).toEqual(["offsets are UTF-16 indices into the original text, also after emoji"])
    expect(failed["recognizer leaky (contract)"]).toEqual(["findings carry offsets, never the value"])
    expect(failed["recognizer quoting (contract)"]).toEqual(["refuses what is not a string without quoting it"])
  })
})
