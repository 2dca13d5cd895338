import type * as BunTest from "bun:test"
import { ConfigError } from "../core/errors.ts"

/**
 * The test functions the contract suites register with. Under `bun test`
 * they are `bun:test`'s; under vitest or jest, pass that runner's with
 * `useTestApi` (or run with globals: vitest's `globals: true`, jest's
 * default), so a plugin author is not tied to Bun to run the suites.
 */
export interface TestApi {
  describe: typeof BunTest.describe
  test: typeof BunTest.test
  expect: typeof BunTest.expect
  beforeAll: typeof BunTest.beforeAll
  afterAll: typeof BunTest.afterAll
}

let given: TestApi | undefined
// Only under Bun: Node cannot import a `bun:` module, and does not need to.
const bun: TestApi | undefined = typeof (globalThis as { Bun?: unknown }).Bun !== "undefined" ? ((await import("bun:test")) as unknown as TestApi) : undefined

/**
 * Registers the suites with another runner's functions.
 * @example
 * import { afterAll, beforeAll, describe, expect, test } from "vitest"
 * useTestApi({ describe, test, expect, beforeAll, afterAll })
 * testTransform(initials, { wrongType: "number" })
 */
export function useTestApi(api: TestApi): void {
  for (const name of ["describe", "test", "expect", "beforeAll", "afterAll"] as const) {
    if (typeof api?.[name] !== "function") throw new ConfigError("testing", `useTestApi: ${name} is not a function: pass your runner's describe, test, expect, beforeAll and afterAll`)
  }
  given = api
}

function current(): TestApi {
  if (given) return given
  if (bun) return bun
  const globals = globalThis as unknown as Partial<TestApi>
  if (typeof globals.describe === "function" && typeof globals.test === "function" && typeof globals.expect === "function") return globals as TestApi
  throw new ConfigError("testing", "no test runner found: run the suites under bun test, or call useTestApi({ describe, test, expect, beforeAll, afterAll }) with your runner's functions first")
}

/** A stand-in that calls the current runner's function, and reads its properties (`test.each`, `test.failing`). */
function forward<K extends keyof TestApi>(name: K): TestApi[K] {
  return new Proxy(function () {} as unknown as TestApi[K], {
    apply: (_target, _this, args) => (current()[name] as (...a: unknown[]) => unknown)(...args),
    get: (_target, prop) => {
      // bun:test's `test.each` checks its `this`: a method is bound to the runner's own function.
      const fn = current()[name] as unknown as Record<PropertyKey, unknown>
      const value = fn[prop]
      return typeof value === "function" ? value.bind(fn) : value
    },
  })
}

export const describe = forward("describe")
export const test = forward("test")
export const expect = forward("expect")
export const beforeAll = forward("beforeAll")
export const afterAll = forward("afterAll")
