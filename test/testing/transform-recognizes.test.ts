import { describe, expect, test } from "bun:test"
import { spawnSync } from "node:child_process"
import { ROOT } from "../helpers.ts"

// testTransform through a recording runner: a transform whose `recognizes` says yes to everything but its one vector
// input passed the suite, and a job then left every other value as it was ("already done").
const script = `
import { testTransform, useTestApi } from ${JSON.stringify(`${ROOT}testing/index.ts`)}
import { defineTransform } from ${JSON.stringify(`${ROOT}core/index.ts`)}
import * as v from "valibot"
import { expect } from "bun:test"
const tests = []
const suite = []
useTestApi({
  describe: (name, fn) => { suite.push(name); fn(); suite.pop() },
  test: Object.assign((name, fn) => tests.push([suite[0], name, fn]), { each: (rows) => (name, fn) => rows.forEach((row) => tests.push([suite[0], name, () => fn(...row)])) }),
  expect, beforeAll: (fn) => fn(), afterAll: () => {},
})
const base = { description: "a constant", params: v.object({}), reversible: false, apply: () => "X", vectors: [{ in: "Ada", params: {}, out: "X" }] }
testTransform(defineTransform({ ...base, name: "recall", recognizes: (value) => value !== "Ada" }))
testTransform(defineTransform({ ...base, name: "constant", recognizes: (value) => value === "X" }))
const failed = {}
const messages = []
for (const [suiteName, name, fn] of tests) {
  try { await fn() } catch (e) { (failed[suiteName] ??= []).push(name); messages.push(String(e?.message)) }
}
console.log(JSON.stringify({ failed, messages }))
`

describe("testTransform checks recognizes on ordinary values", () => {
  test("a recognizes that claims plain words, an email, a phone and a number fails, naming the transform; an honest one passes", () => {
    const r = spawnSync(process.execPath, ["-e", script], { encoding: "utf8", cwd: ROOT, timeout: 60_000 })
    const { failed, messages } = JSON.parse(r.stdout.trim().split("\n").at(-1)!)
    expect(failed["transform constant (contract)"]).toBeUndefined()
    expect(failed["transform recall (contract)"]).toEqual(["recognizes an ordinary value only when apply would leave it as it is"])
    expect(messages).toEqual([expect.stringMatching(/^transform recall: recognizes says 8 of 8 ordinary values .* make it true only for what apply returns$/)])
  })
})
