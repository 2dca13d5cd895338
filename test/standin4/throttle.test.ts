import { afterEach, describe, expect, test } from "bun:test"
import { writeFileSync } from "node:fs"
import { join } from "node:path"
import { cxedge, envFor, leaks } from "./run.ts"
import { startStandin, type Standin } from "./server.ts"
import { summaryCount } from "./summary.ts"
import type { Knobs } from "./tenant.ts"

let standin: Standin | undefined
afterEach(() => standin?.stop())

/** The tenant's variables, with `retry.retryAfterCapMs` set in a config file when given (a user's own cap). */
function envWith(origin: string, capMs?: number) {
  const env = envFor(origin)
  if (capMs === undefined) return env
  const file = join(env.CXEDGE_STORAGE_DIR!, "..", `standin4-${process.pid}-${Date.now()}.json`)
  writeFileSync(file, JSON.stringify({ retry: { retryAfterCapMs: capMs } }))
  return { ...env, CXEDGE_CONFIG: file }
}

const throttled = (retryAfter: string, times = 1, extra: Record<string, string> = {}): Partial<Knobs> => ({
  throttle: { match: "skills/activity", times, headers: { "Retry-After": retryAfter, ...extra } },
})

async function activity(knobs: Partial<Knobs>, capMs?: number) {
  standin = startStandin(knobs)
  const env = envWith(standin.origin, capMs)
  const run = await cxedge(["skills", "activity", "--json"], env)
  expect(leaks(run, env)).toEqual([])
  const calls = standin.log.requests.filter((r) => r.path.endsWith("/skills/activity"))
  return { run, calls }
}

describe("Retry-After as the tenant writes it (cxone-api.md 8.1: unconfirmed, so any form)", () => {
  test("a fraction (1.5): waited at least that long, then the answer", async () => {
    const { run, calls } = await activity(throttled("1.5"))
    expect(run.code).toBe(0)
    expect(calls.map((c) => c.status)).toEqual([429, 200])
    expect(calls[1]!.at - calls[0]!.at).toBeGreaterThanOrEqual(1400)
  }, 30_000)

  test("a negative value: taken as no wait, the call repeated once", async () => {
    const { run, calls } = await activity(throttled("-1"))
    expect(run.code).toBe(0)
    expect(calls.map((c) => c.status)).toEqual([429, 200])
  }, 30_000)

  test("3600 s, past the cap: said at once with the wait and what to do (exit 1), not slept through nor retried", async () => {
    const { run, calls } = await activity(throttled("3600", 10), 8000)
    expect(run.code).toBe(1)
    expect(run.stderr).toContain("asked to wait 3600 s (Retry-After)")
    expect(run.stderr).toContain("retry.retryAfterCapMs")
    expect(calls.map((c) => c.status)).toEqual([429])
  }, 30_000)

  test("X-RateLimit-Remaining 100 on the 429s themselves: the Retry-After is still obeyed, exit 0", async () => {
    const { run, calls } = await activity(throttled("1", 2, { "X-RateLimit-Remaining": "100", "X-RateLimit-Limit": "100", "X-RateLimit-Reset": "60" }))
    expect(run.code).toBe(0)
    expect(calls.map((c) => c.status)).toEqual([429, 429, 200])
  }, 30_000)
})

describe("X-RateLimit headers that the tenant's own answers contradict", () => {
  test("Remaining 0 and Reset 3600 on every success: one pause, said on stderr and held to the cap, then believed no more", async () => {
    standin = startStandin({ okHeaders: { "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "3600", "X-RateLimit-Limit": "1000" } })
    const env = envWith(standin.origin, 6000)
    const run = await cxedge(["anonymize", "--matrix", "gdpr", "--yes"], env)
    expect(run.code).toBe(0)
    expect(summaryCount(run.stdout, "succeeded")).toBe(3)
    expect(standin.log.patches).toEqual({ "1001": 1, "1002": 1, "1003": 1 })
    expect(run.stderr.match(/pausing \d+ s/g)?.length).toBe(1)
    expect(leaks(run, env)).toEqual([])
  }, 60_000)
})
