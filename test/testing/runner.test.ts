import { describe, expect, test } from "bun:test"
import { spawnSync } from "node:child_process"
import { ROOT } from "../helpers.ts"

// The contract suites under a runner other than bun:test: a child process gives the suites a recording runner
// with useTestApi (as a vitest or jest user would give theirs), then runs what was registered.
const script = `
import { testTransform, useTestApi } from ${JSON.stringify(`${ROOT}testing/index.ts`)}
import { builtinTransforms } from ${JSON.stringify(`${ROOT}plugins/anonymize/transforms/index.ts`)}
import { defineTransform } from ${JSON.stringify(`${ROOT}core/index.ts`)}
import { expect } from "bun:test"
const tests = []
const suite = []
const api = {
  describe: (name, fn) => { suite.push(name); fn(); suite.pop() },
  test: Object.assign((name, fn) => tests.push([[...suite, name].join(" > "), fn]), {
    each: (rows) => (name, fn) => rows.forEach((row, i) => tests.push([[...suite, name + " #" + i].join(" > "), () => (Array.isArray(row) ? fn(...row) : fn(row))])),
    failing: (name, fn) => tests.push([[...suite, name].join(" > "), async () => { try { await fn() } catch { return } throw new Error("a known-broken check passed") }]),
  }),
  expect, beforeAll: (fn) => fn(), afterAll: () => {},
}
useTestApi(api)
testTransform(builtinTransforms.find((t) => t.name === "mask"), { wrongType: 42 })
// A transform that breaks the contract: no params schema, not saying whether it is reversible.
testTransform(defineTransform({ name: "broken", description: "upper case", apply: (value) => String(value).toUpperCase() }), { wrongType: 42 })
const failed = { mask: 0, broken: 0 }
const registered = { mask: 0, broken: 0 }
for (const [name, fn] of tests) {
  const which = name.includes("broken") ? "broken" : "mask"
  registered[which]++
  try { await fn() } catch (e) { failed[which]++ }
}
console.log(JSON.stringify({ registered, failed }))
`

describe("the contract suites under another runner (useTestApi)", () => {
  test("testTransform registers with the given runner, and its checks run there (mask passes, a broken transform fails)", () => {
    const r = spawnSync(process.execPath, ["-e", script], { encoding: "utf8", cwd: ROOT })
    expect(r.stderr).not.toContain("no test runner found")
    const last = JSON.parse(r.stdout.trim().split("\n").at(-1)!)
    expect(last.registered.mask).toBeGreaterThan(3)
    expect(last.failed.mask).toBe(0)
    expect(last.failed.broken).toBeGreaterThan(0)
  })
  test("a runner missing a function is refused, naming it", async () => {
    const { useTestApi } = await import("../../testing/index.ts")
    expect(() => useTestApi({ describe, test, expect } as never)).toThrow("[cxedge] [testing] useTestApi: beforeAll is not a function: pass your runner's describe, test, expect, beforeAll and afterAll")
  })
})
