import { describe, expect, test } from "bun:test"
import { decideRetry, defaultRetryPolicy, parseRetryAfter, seededRandom } from "../../core/index.ts"

const policy = { ...defaultRetryPolicy, retries: 3, baseDelayMs: 100, maxDelayMs: 1000, retryAfterCapMs: 5000 }

describe("decideRetry", () => {
  test("a 429 is repeated even for a non-idempotent call: it was refused before any work", () => {
    expect(decideRetry(policy, { attempt: 0, status: 429, safe: false }, () => 0.5).retry).toBe(true)
  })
  test("a 5xx or a dropped connection is repeated only when the call is safe", () => {
    expect(decideRetry(policy, { attempt: 0, status: 503, safe: false }, () => 0.5).retry).toBe(false)
    expect(decideRetry(policy, { attempt: 0, status: 503, safe: true }, () => 0.5).retry).toBe(true)
    expect(decideRetry(policy, { attempt: 0, networkError: true, safe: false }, () => 0.5).retry).toBe(false)
    expect(decideRetry(policy, { attempt: 0, networkError: true, safe: true }, () => 0.5).retry).toBe(true)
  })
  test("4xx other than 408/429 and unknown errors are never repeated", () => {
    for (const status of [400, 401, 403, 404, 409, 412]) expect(decideRetry(policy, { attempt: 0, status, safe: true }, () => 0.5).retry).toBe(false)
    expect(decideRetry(policy, { attempt: 0, safe: true }, () => 0.5).retry).toBe(false)
  })
  test("the budget ends retries", () => {
    expect(decideRetry(policy, { attempt: 2, status: 503, safe: true }, () => 0.5).retry).toBe(true)
    expect(decideRetry(policy, { attempt: 3, status: 503, safe: true }, () => 0.5).retry).toBe(false)
  })
  test("Retry-After is obeyed and capped", () => {
    expect(decideRetry(policy, { attempt: 0, status: 429, safe: true, retryAfterMs: 2000 }, () => 0.5).delayMs).toBe(2000)
    expect(decideRetry(policy, { attempt: 0, status: 429, safe: true, retryAfterMs: 600_000 }, () => 0.5).delayMs).toBe(5000)
  })
  test("backoff is full jitter under an exponential ceiling", () => {
    const random = seededRandom(3)
    for (let attempt = 0; attempt < 3; attempt++) {
      const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt)
      const delays = Array.from({ length: 200 }, () => decideRetry(policy, { attempt, status: 503, safe: true }, random).delayMs)
      expect(Math.max(...delays)).toBeLessThan(ceiling)
      expect(Math.min(...delays)).toBeLessThan(ceiling * 0.1)
      expect(Math.max(...delays)).toBeGreaterThan(ceiling * 0.9)
    }
  })
})

describe("parseRetryAfter", () => {
  test("reads seconds and HTTP dates", () => {
    expect(parseRetryAfter("3", 0)).toBe(3000)
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 4000)).toBe(6000)
    expect(parseRetryAfter("soon", 0)).toBeUndefined()
    expect(parseRetryAfter(null, 0)).toBeUndefined()
  })
})

describe("paginators", () => {
  test("scrollToken follows the cursor until a page comes back empty", async () => {
    const { scrollToken } = await import("../../core/index.ts")
    const p = scrollToken("data")
    expect(p.next({ data: [1, 2], scrollToken: "abc" }, { q: "x" })).toEqual({ q: "x", scrollToken: "abc" })
    expect(p.next({ data: [], scrollToken: "abc" }, { q: "x" })).toBeUndefined()
    expect(p.next({ data: [1] }, { q: "x" })).toBeUndefined()
  })
  test("skipTop follows _links.next, else adds the page length, and ends only on an empty page", async () => {
    const { skipTop } = await import("../../core/index.ts")
    const p = skipTop("items", 2)
    expect(p.next({ items: [1, 2] }, { top: 2 }, "https://api.example/x?skip=7&top=2")).toEqual({ top: 2, skip: 7 })
    expect(p.next({ items: [1, 2] }, { top: 2, skip: 4 })).toEqual({ top: 2, skip: 6 })
    expect(p.next({ items: [] }, { top: 2, skip: 6 })).toBeUndefined()
  })
  test("skipTop reads on past a short page whatever totalRecords says: a capped top with the count missing or wrong skips nothing", async () => {
    const { skipTop } = await import("../../core/index.ts")
    const p = skipTop("items", 10)
    // A server that caps top at 3 below the 10 asked and sends no link.
    expect(p.next({ items: [1, 2, 3], totalRecords: 8 }, { top: 10 })).toEqual({ top: 10, skip: 3 })
    expect(p.next({ items: [1, 2, 3] }, { top: 10 })).toEqual({ top: 10, skip: 3 })
    expect(p.next({ items: [1, 2, 3], totalRecords: 3 }, { top: 10 })).toEqual({ top: 10, skip: 3 })
    expect(p.next({ items: [1, 2, 3], totalRecords: "many" }, { top: 10 })).toEqual({ top: 10, skip: 3 })
  })
})
