import { afterEach, describe, expect, test } from "bun:test"
import { configFile, envFor, exportRun } from "./run.ts"
import { startStandin, type Standin } from "./server.ts"
import { summaryCount } from "../standin4/summary.ts"

let standin: Standin | undefined
afterEach(() => standin?.stop())

const listing = (s: Standin) => s.seen.filter((r) => r.path.includes("contacts/completed"))

describe("the network between cxedge and the tenant", () => {
  test("a connection reset mid-body once: the page is asked again and every contact exported once", async () => {
    standin = await startStandin({ network: { match: "completed", times: 1, kind: "reset" } })
    const run = await exportRun(standin, envFor(standin.origin))
    expect(run.code).toBe(0)
    expect(summaryCount(run.stdout, "succeeded")).toBe(12)
    expect(run.lines.length).toBe(12)
    expect(run.leaked).toEqual([])
  }, 60_000)

  test("every answer reset mid-body: exit 1, said as a cut connection (not a wrong host name), no body fragment quoted", async () => {
    standin = await startStandin({ network: { match: "completed", times: 99, kind: "reset" } })
    const run = await exportRun(standin, envFor(standin.origin))
    expect(run.code).toBe(1)
    expect(run.stderr).toContain("closed before its answer was complete")
    expect(run.stderr).not.toContain("check the host name")
    expect(run.leaked).toEqual([])
  }, 60_000)

  test("answers that stall after their headers: the read timeout ends each, the message names tenant.timeoutMs", async () => {
    standin = await startStandin({ network: { match: "completed", times: 99, kind: "stall" } })
    const config = await configFile({ timeoutMs: 300 })
    const run = await exportRun(standin, envFor(standin.origin), ["--config", config])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain("did not answer in time (300 ms)")
    expect(run.stderr).toContain("tenant.timeoutMs")
    expect(run.leaked).toEqual([])
  }, 60_000)

  for (const encoding of ["gzip", "chunked"] as const) {
    test(`${encoding} bodies over five pages: read as plain ones`, async () => {
      standin = await startStandin({ encoding, pageSize: 3 })
      const run = await exportRun(standin, envFor(standin.origin))
      expect(run.code).toBe(0)
      expect(run.lines.map((l) => l.id)).toEqual(standin.contacts.map((c) => c.contactId.digits))
    }, 60_000)
  }

  test("a 200 whose body is a proxy's HTML sign-in page: exit 1, said to be an HTML page from a proxy, nothing exported", async () => {
    standin = await startStandin({ network: { match: "completed", times: 99, kind: "html200" } })
    const run = await exportRun(standin, envFor(standin.origin))
    expect(run.code).toBe(1)
    expect(run.stderr).toContain("was an HTML page, not JSON")
    expect(run.lines).toEqual([])
    expect(run.leaked).toEqual([])
  }, 60_000)

  test("a proxy's 401 with WWW-Authenticate: Basic: said as the proxy's, no token renewed for it, not blamed on the API user's role", async () => {
    standin = await startStandin({ network: { match: "completed", times: 99, kind: "proxy401" } })
    const run = await exportRun(standin, envFor(standin.origin))
    expect(run.code).toBe(1)
    expect(run.stderr).toContain("asking for Basic sign-in")
    expect(run.stderr).not.toContain("lacks the permission")
    expect(standin.tokenRequests()).toBe(1)
    expect(listing(standin).length).toBe(1)
    expect(run.leaked).toEqual([])
  }, 60_000)

  test("a 407 from a proxy: exit 1, said as the proxy asking for its sign-in, not retried", async () => {
    standin = await startStandin({ network: { match: "completed", times: 99, kind: "proxy407" } })
    const run = await exportRun(standin, envFor(standin.origin))
    expect(run.code).toBe(1)
    expect(run.stderr).toContain("status 407")
    expect(run.stderr).toContain("Proxy-Authenticate")
    expect(listing(standin).length).toBe(1)
  }, 60_000)
})
