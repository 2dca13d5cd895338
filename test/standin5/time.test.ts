import { afterEach, describe, expect, test } from "bun:test"
import { envFor, exportRun } from "./run.ts"
import { startStandin, type Standin } from "./server.ts"
import { summaryCount } from "../standin4/summary.ts"

let standin: Standin | undefined
afterEach(() => standin?.stop())

const HOUR = 3_600_000

describe("the tenant's clock is not ours (cxone-api.md 1.4, 8.1)", () => {
  test("Retry-After as an HTTP date 2 s past the tenant's own clock, an hour ahead of ours: waited out, every contact read", async () => {
    standin = await startStandin({ clockSkewMs: HOUR, throttle: { match: "completed", times: 2 } })
    const run = await exportRun(standin, envFor(standin.origin))
    expect(run.stderr).not.toContain("Retry-After")
    expect(run.code).toBe(0)
    expect(summaryCount(run.stdout, "succeeded")).toBe(12)
    expect(run.leaked).toEqual([])
  }, 60_000)

  test("the same with the tenant an hour behind: the 2 s are waited, not taken for none (no request inside them)", async () => {
    standin = await startStandin({ clockSkewMs: -HOUR, throttle: { match: "completed", times: 1 } })
    const run = await exportRun(standin, envFor(standin.origin))
    expect(run.code).toBe(0)
    expect(summaryCount(run.stdout, "succeeded")).toBe(12)
    // An HTTP date has whole seconds: at least one full second passes before the refused call is asked again.
    const listing = standin.seen.filter((s) => s.path.includes("contacts/completed"))
    const refused = listing.findIndex((s) => s.status === 429)
    expect(listing[refused + 1]!.at - listing[refused]!.at).toBeGreaterThan(1000)
  }, 60_000)

  for (const skew of [2 * HOUR, -2 * HOUR]) {
    test(`a Date header ${skew / HOUR} h from ours: the token lives its expires_in by our clock, one token request for a five-page run`, async () => {
      standin = await startStandin({ clockSkewMs: skew, pageSize: 3 })
      const run = await exportRun(standin, envFor(standin.origin))
      expect(run.code).toBe(0)
      expect(summaryCount(run.stdout, "succeeded")).toBe(12)
      expect(standin.tokenRequests()).toBe(1)
    }, 60_000)
  }
})

describe("dates with offsets (cxone-api.md 4.2, 8.4)", () => {
  test("--since written in +05:30 selects by the instant: the startDate sent is that instant, and the five contacts after it are read", async () => {
    standin = await startStandin()
    const since = new Date(Date.now() - 5.5 * HOUR)
    const local = new Date(since.getTime() + 5.5 * HOUR).toISOString().replace(/\.\d{3}Z$/, "+05:30")
    const run = await exportRun(standin, envFor(standin.origin), ["--since", local])
    expect(run.code).toBe(0)
    const asked = standin.seen.find((s) => s.path.includes("contacts/completed"))!
    const startDate = new URL(asked.path, "http://x").searchParams.get("startDate")!
    expect(Math.abs(Date.parse(startDate) - since.getTime())).toBeLessThan(1000)
    expect(summaryCount(run.stdout, "succeeded")).toBe(5)
    // The tenant's +02:00 dates come through as it wrote them, not shifted.
    expect(run.lines[0]!.contactStartDate).toBe(standin.contacts[0]!.contactStartDate)
  }, 60_000)
})
