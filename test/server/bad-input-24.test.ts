/**
 * Route bodies and queries of round 24's bad input: a refusal names the body
 * field or query parameter the caller sent (never the CLI's flag), says what
 * to send, quotes no personal data, and nothing is planned or started.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { ADMIN_TOKEN, sandboxApp } from "../helpers.ts"

let ctx: Awaited<ReturnType<typeof sandboxApp>>
beforeAll(async () => {
  ctx = await sandboxApp({ sandbox: { contacts: 5 } })
})
afterAll(() => ctx.rt.dispose())

const get = (path: string) => ctx.app.request(path, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })
// A flag is named only inside a CLI command the answer offers (`cxedge anonymize --source jsonl ...`).
const refusal = async (res: Response) => {
  expect(res.status).toBe(400)
  const text = await res.text()
  expect(text.replace(/cxedge [^"]*/, "")).not.toMatch(/--[a-z]|Invalid (type|key|value)|but received|\bat .*\.ts:\d+/)
  return JSON.parse(text) as { error: string; message: string }
}

describe("POST /v1/jobs names the body's fields", () => {
  const plan = (fields: Record<string, unknown>) => ctx.admin("/v1/jobs", JSON.stringify({ id: "j24", matrix: "gdpr", ...fields }))
  test.each([
    [{ since: "yesterday" }, /^since "yesterday" is not a date: use an ISO 8601 date/],
    [{ since: "2026-02-30" }, /^since "2026-02-30" is not a calendar date: check the month and day$/],
    [{ until: "soon" }, /^until "soon" is not a date/],
    [{ since: "2026-10-02", until: "2026-10-01" }, /^since 2026-10-02T00:00:00\.000Z is not before until 2026-10-01T00:00:00\.000Z: swap them or widen the window$/],
    [{ since: "2099-01-01" }, /^since 2099-01-01T00:00:00\.000Z is in the future/],
    [{ since: "99999d" }, /^since "99999d" is not allowed: use a span from 1m to 36500d$/],
    [{ target: "delete" }, /^target "delete" is not allowed: use patch, erasure or export$/],
    [{ source: "recrods" }, /^source "recrods" is not a source here \(did you mean "records"\?\): use cxone, messages, records$/],
  ])("%j", async (fields, says) => {
    const body = await refusal(await plan(fields))
    expect(body.message).toMatch(says)
    expect((await get("/v1/jobs/j24")).status).toBe(404)
  })

  // An empty source was taken as none: the target's default source planned, unasked.
  test('source "" is refused, not read as no source', async () => {
    const body = await refusal(await plan({ source: "", target: "erasure" }))
    expect(body.message).toBe("source is empty: name a source (cxone, messages, records, ...), or leave it out for the target's default")
    expect((await get("/v1/jobs/j24")).status).toBe(404)
  })

  // "--source jsonl needs --file": a flag a HTTP caller has no way to send.
  test('source "jsonl": the server reads no file of the caller', async () => {
    const body = await refusal(await plan({ source: "jsonl" }))
    expect(body.message).toBe('source "jsonl" reads a file on the machine running the CLI, which the server cannot read: plan it there with cxedge anonymize --source jsonl --file F --plan ID')
  })

  test("approve with an empty by names the field", async () => {
    expect((await plan({ target: "erasure" })).status).toBe(201)
    const body = await refusal(await ctx.admin("/v1/jobs/j24/approve", JSON.stringify({ by: " " })))
    expect(body.message).toBe('by names who approves: 1 to 80 letters, digits, spaces or . _ @ + - (e.g. {"by": "alice"}, {"by": "dpo@example.com"})')
    expect(((await (await get("/v1/jobs/j24")).json()) as { state: string }).state).toBe("planned")
  })
})

describe("POST /v1/scripts/start names the body's fields", () => {
  test.each([
    [{ skillId: 0, scriptId: "7" }, 'skillId 0 is not a skill id: give the skill\'s number, a positive whole number (e.g. "skillId": 4101)'],
    [{ skillId: 4101 }, "send exactly one of scriptId or scriptPath"],
    [{ skillId: 4101, scriptId: "7", scriptPath: "Company\\Callback" }, "send exactly one of scriptId or scriptPath"],
    [{ skillId: 4101, scriptId: "7", parameters: ["a", ""] }, "parameters[1] is empty (P2): give it a value or leave it out"],
    [{ skillId: 4101, scriptId: "7", parameters: ["a|b"] }, 'parameters[0] contains "|", which CXone uses to separate parameters: remove it'],
    [{ skillId: 4101, scriptId: "7", startDate: "tomorrow" }, 'startDate "tomorrow" is not a date: use an ISO 8601 date (2026-10-01, midnight UTC) or a date-time with a zone (2026-10-01T08:30:00Z)'],
    [{ skillId: 4101, scriptId: "7", startDate: "2026-10-01T08:00" }, 'startDate "2026-10-01T08:00" has no time zone: add Z (UTC) or an offset such as +02:00'],
  ])("%j", async (sent, message) => {
    const before = ctx.state.scriptStarts.length
    const body = await refusal(await ctx.admin("/v1/scripts/start", JSON.stringify(sent)))
    expect(body.message).toEndWith(message)
    expect(ctx.state.scriptStarts.length).toBe(before)
  })
})

describe("GET /v1/skills/:id/health: a threshold out of its range names it and the range", () => {
  test.each([
    ["maxQueue=-1", 'query parameter "maxQueue" must be a whole number from 0 to 100000, in digits (e.g. maxQueue=10)'],
    ["maxQueue=100001", 'query parameter "maxQueue" must be a whole number from 0 to 100000, in digits (e.g. maxQueue=10)'],
    ["maxQueue=1.5", 'query parameter "maxQueue" must be a whole number from 0 to 100000, in digits (e.g. maxQueue=10)'],
    ["maxWaitSec=99999999999", 'query parameter "maxWaitSec" must be a whole number from 0 to 86400, in digits (e.g. maxWaitSec=10)'],
    ["minAgents=", 'query parameter "minAgents" must be a whole number from 0 to 100000, in digits (e.g. minAgents=10)'],
  ])("?%s", async (query, message) => {
    expect(await refusal(await get(`/v1/skills/4101/health?${query}`))).toEqual({ error: "invalid_threshold", message })
  })
})

describe("a body with a field written twice is refused, not read as its last value", () => {
  test("approve {by, by}: recorded as the second name before; now nothing is approved", async () => {
    expect((await ctx.admin("/v1/jobs", JSON.stringify({ id: "j24-twice", matrix: "gdpr", target: "erasure" }))).status).toBe(201)
    const body = await refusal(await ctx.admin("/v1/jobs/j24-twice/approve", '{"by": "alice", "by": "mallory"}'))
    expect(body).toEqual({ error: "invalid_body", message: 'field "by" is given twice: give each field once' })
    expect(((await (await get("/v1/jobs/j24-twice")).json()) as { state: string }).state).toBe("planned")
  })

  test.each([
    ["/v1/scripts/start", '{"skillId": 4101, "scriptId": "7", "parameters": ["a"], "scriptId": "8"}', "scriptId"],
    ["/v1/jobs", '{"id": "j24-m", "matrix": {"name": "m", "fields": [{"path": "email", "transform": "redact", "transform": "hash"}]}}', "matrix.fields[0].transform"],
    ["/v1/deidentify", '{"text": "mail ada@example.com", "mode": "tag", "mode": "hmac"}', "mode"],
  ])("POST %s", async (path, sent, field) => {
    const before = ctx.state.scriptStarts.length
    expect(await refusal(await ctx.admin(path, sent))).toEqual({ error: "invalid_body", message: `field "${field}" is given twice: give each field once` })
    expect(ctx.state.scriptStarts.length).toBe(before)
  })

  test("the same key in two objects, or inside a string, is no repeat", async () => {
    const res = await ctx.admin("/v1/inspect", JSON.stringify({ text: '{"a":1,"a":2} mail ada@example.com' }))
    expect(res.status).toBe(200)
    const plan = await ctx.admin("/v1/jobs", JSON.stringify({ id: "j24-two", matrix: { name: "m", fields: [{ path: "email", transform: "redact" }, { path: "phone", transform: "redact" }] }, target: "erasure" }))
    expect(plan.status).toBe(201)
  })
})
