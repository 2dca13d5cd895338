/**
 * Routes of round 29's bad input: a plan id with ".." (which older versions
 * stored) refused with a rule that did not name "..", and a query parameter
 * with no name (?=1) taken in silence. Nothing is planned or written.
 */
import { describe, expect, test } from "bun:test"
import { adminRequests } from "../helpers.ts"

const { post, get, answer, request } = adminRequests()

// Round 30: the rule alone, with no word of plans older versions stored.
const DOTS = 'the job id holds "..", which a job name may not hold: a job name is up to 100 letters, digits, _, - or . starting with a letter or digit, with no ".."'

describe("a job id with \"..\" is refused naming that rule, on every /v1/jobs/:id route", () => {
  // "up to 100 letters, digits, _, - or . starting with a letter or digit" was all it said, and a..b is just that.
  test.each([
    ["GET", "/v1/jobs/a..b"],
    ["POST", "/v1/jobs/gdpr..2026/approve"],
    ["POST", "/v1/jobs/x../run"],
  ])("%s %s", async (method, path) => {
    const res = method === "GET" ? await get(path) : await post(path, path.endsWith("approve") ? { by: "dpo" } : undefined)
    expect(await answer(res)).toEqual([400, { error: "invalid_request", message: DOTS }])
  })
  test("another id that is no job name says the whole rule, \"..\" with it", async () => {
    expect(await answer(await get("/v1/jobs/a%2Fb"))).toEqual([400, { error: "invalid_request", message: 'the job id is not a job name: up to 100 letters, digits, _, - or . starting with a letter or digit, with no ".."' }])
  })
  test("POST /v1/jobs {id: \"a..b\"} says the rule with \"..\"", async () => {
    const [status, body] = await answer(await post("/v1/jobs", { id: "a..b", matrix: "gdpr", target: "export", since: "7d" }))
    expect([status, body.message]).toEqual([400, 'id must be a job name: up to 100 letters, digits, _, - or . starting with a letter or digit, with no ".."'])
  })
  test("nothing was planned", async () => {
    expect((await get("/v1/jobs/a.b")).status).toBe(404)
  })
})

describe("a query parameter with no name", () => {
  // The router drops a nameless parameter from its reading: ?=1 was answered as if the query were empty.
  const NONE = "a query parameter has no name (=... with nothing before it): remove it (this route takes no query parameters)"
  test.each([
    ["/v1/tenant?=1", NONE],
    ["/v1/holds?=", NONE],
    ["/v1/jobs/x?=1", NONE],
    ["/v1/retention/report?&=x", "a query parameter has no name (=... with nothing before it): remove it, or name it (this route takes policy)"],
  ])("GET %s is refused", async (path, message) => {
    expect(await answer(await get(path))).toEqual([400, { error: "unknown_parameter", message }])
  })
  test("GET /v1/skills/4101/health?maxQueue=1&=2 names the parameters the route takes", async () => {
    expect(await answer(await get("/v1/skills/4101/health?maxQueue=1&=2"))).toEqual([400, { error: "unknown_parameter", message: "a query parameter has no name (=... with nothing before it): remove it, or name it (this route takes maxQueue, minAgents, minServiceLevel, maxWaitSec)" }])
  })
  test("POST /webhooks/consent?=1 (a route checking its query by hand) is refused too", async () => {
    const res = await request("/webhooks/consent?=1", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" })
    expect([res.status, ((await res.json()) as { error: string }).error]).toEqual([400, "unknown_parameter"])
  })
  test("an empty query (? or ?&&) is no parameter", async () => {
    expect((await get("/v1/holds?")).status).toBe(200)
    expect((await get("/v1/holds?&&")).status).toBe(200)
  })
})
