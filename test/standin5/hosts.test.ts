import { afterEach, describe, expect, test } from "bun:test"
import { cxedge, envFor, exportRun, leaks } from "./run.ts"
import { startStandin, type Standin } from "./server.ts"
import { summaryCount } from "../standin4/summary.ts"

let standin: Standin | undefined
afterEach(() => standin?.stop())

/** Every request that carried one of the tenant's tokens to the foreign host: none is the only good answer. */
const tokensAbroad = (s: Standin) => s.seen.filter((r) => r.host === "foreign" && r.auth)

describe("where the tenant's APIs live (cxone-api.md 2.1, 3)", () => {
  test("discovery answering 302 to another host: followed, the token asked for once, sent to no other host", async () => {
    standin = await startStandin({ discoveryRedirect: 302 })
    const run = await exportRun(standin, envFor(standin.origin))
    expect(run.code).toBe(0)
    expect(summaryCount(run.stdout, "succeeded")).toBe(12)
    expect(standin.seen.filter((r) => r.host === "foreign").map((r) => r.path.split("?")[0])).toEqual(["/.well-known/openid-configuration", "/.well-known/cxone-configuration"])
    expect(tokensAbroad(standin)).toEqual([])
  }, 60_000)

  test("api_endpoint in upper case with a port and a gateway path (HTTP://127.0.0.1:PORT/gw/): the path kept, every contact read", async () => {
    standin = await startStandin({ pathPrefix: "/gw", apiEndpoint: (origin) => `${origin.toUpperCase()}/gw/` })
    const run = await exportRun(standin, envFor(standin.origin))
    expect(run.code).toBe(0)
    expect(summaryCount(run.stdout, "succeeded")).toBe(12)
    expect(standin.seen.filter((r) => r.path.includes("contacts/completed")).every((r) => r.path.startsWith("/gw/inContactAPI/services/v34.0/"))).toBe(true)
  }, 60_000)

  test("api_endpoint ending in /inContactAPI/services/v31.0/ (as a public integration writes it): the ACD path is not doubled", async () => {
    standin = await startStandin({ apiEndpoint: (origin) => `${origin}/inContactAPI/services/v31.0/` })
    const run = await exportRun(standin, envFor(standin.origin))
    expect(run.code).toBe(0)
    expect(summaryCount(run.stdout, "succeeded")).toBe(12)
    expect(standin.seen.filter((r) => /services\/v\d+\.0\/incontactapi/i.test(r.path))).toEqual([])
  }, 60_000)

  test("CXEDGE_API_URL given with the ACD path: the same", async () => {
    standin = await startStandin()
    const env = envFor(standin.origin, { CXEDGE_API_URL: `${standin.origin}/incontactapi/services/v31.0` })
    const run = await cxedge(["scripts", "start", "--skill", "4101", "--script-path", "Company\\Callback", "--yes"], env)
    expect(run.code).toBe(0)
    expect(standin.writes.scripts.length).toBe(1)
    expect(leaks(run, env, standin)).toEqual([])
  }, 60_000)
})

describe("_links.next as a real tenant may write it (cxone-api.md 4.2: absolute URLs)", () => {
  test("next links on another host, totalRecords growing each page: no request (and no token) to that host, every contact once", async () => {
    standin = await startStandin({ pageSize: 5, nextLink: "foreign", totalDrifts: true })
    const run = await exportRun(standin, envFor(standin.origin))
    expect(run.code).toBe(0)
    expect(run.lines.map((l) => l.id)).toEqual(standin.contacts.map((c) => c.contactId.digits))
    expect(standin.seen.filter((r) => r.host === "foreign")).toEqual([])
  }, 60_000)

  test("a next link repeating the current page, pages bigger than asked: every contact once, the listing ends", async () => {
    standin = await startStandin({ pageSize: 5, nextLink: "repeat" })
    const run = await exportRun(standin, envFor(standin.origin))
    expect(run.code).toBe(0)
    expect(run.lines.map((l) => l.id)).toEqual(standin.contacts.map((c) => c.contactId.digits))
  }, 60_000)
})
