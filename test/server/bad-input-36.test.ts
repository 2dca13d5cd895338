/**
 * Routes of round 36's bad input: refusals that named the CLI's flags (and variables the caller cannot set) to an
 * HTTP caller, and what a careless caller sends in the query string, the headers and the body. Nothing is written.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { createRuntime, type Runtime } from "../../core/index.ts"
import { builtins, defaultPlugins } from "../../plugins/manifest.ts"
import { createSandbox, SANDBOX_ORIGIN } from "../../sandbox/app.ts"
import { createApp } from "../../server/app.ts"
import { ADMIN_TOKEN } from "../helpers.ts"

// A tenant with only its access key: no records API, as a CXone tenant is.
let rt: Runtime
let app: ReturnType<typeof createApp>
beforeAll(async () => {
  const sandbox = await createSandbox({ contacts: 5 })
  const c = sandbox.credentials("acme")
  rt = await createRuntime({ plugins: defaultPlugins, tenant: { issuer: SANDBOX_ORIGIN, accessKeyId: c.accessKeyId, accessKeySecret: c.accessKeySecret, clientId: c.clientId, clientSecret: c.clientSecret } }, { builtins, fetch: sandbox.fetch })
  app = createApp(rt, { adminToken: ADMIN_TOKEN })
})
afterAll(() => rt.dispose())
const request = (path: string, init: { method?: string; body?: string; headers?: Record<string, string> } = {}) =>
  app.request(path, { ...init, headers: { authorization: `Bearer ${ADMIN_TOKEN}`, ...init.headers } })
const post = async (path: string, body: unknown): Promise<[number, { message: string }]> => {
  const res = await request(path, { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } })
  return [res.status, await res.json()]
}

describe("POST /v1/jobs on a server without the records API: told in the body's words", () => {
  test("the patch target (was: use --target erasure --source cxone --since 30d ...; try --dry-run first, or set CXEDGE_RECORDS_URL)", async () => {
    const [status, body] = await post("/v1/jobs", { id: "r-1", matrix: "gdpr" })
    expect([status, body.message]).toEqual([400, `the gdpr matrix's patch target writes through the records API (the seed tutorial's contract), which is not configured, and CXone has no API that edits a contact's personal data: for a CXone tenant send {"target": "erasure", "source": "cxone", "since": "30d"} (a Privacy erasure per subject, DFO message removal), or have the server's operator configure the records API (CXEDGE_RECORDS_URL, CXEDGE_RECORDS_CLIENT_ID and CXEDGE_RECORDS_CLIENT_SECRET in the server's environment)`])
    expect(body.message).not.toContain("--")
  })
  test("the records source for an export (was: use --source cxone --since 30d)", async () => {
    const [status, body] = await post("/v1/jobs", { id: "r-2", matrix: "gdpr", target: "export", source: "records" })
    expect(status).toBe(400)
    expect(body.message).toStartWith(`the records source reads the records API (the seed tutorial's contract), which is not configured: to read the tenant's completed contacts send {"source": "cxone", "since": "30d"}, or have the server's operator`)
    expect(body.message).not.toContain("--")
  })
})

describe("an Authorization header of another form is told which", () => {
  const tenant = (authorization: string) => app.request("/v1/tenant", { headers: { authorization } })
  test("the header twice, joined by a proxy (was: not Bearer and a token)", async () => {
    const res = await tenant(`Bearer ${ADMIN_TOKEN}, Bearer ${ADMIN_TOKEN}`)
    const body = await res.json()
    expect([res.status, body.message]).toEqual([401, "the Authorization header holds 2 Bearer tokens (the header sent more than once, or joined by a proxy): send Authorization: Bearer followed by the admin token, once"])
    expect(JSON.stringify(body)).not.toContain(ADMIN_TOKEN)
  })
  test("another scheme by its name (Basic, Token)", async () => {
    expect((await (await tenant("Basic dXNlcjpwYXNz")).json()).message).toBe("the Authorization header uses the Basic scheme: the admin routes take Bearer, so send Authorization: Bearer followed by the admin token")
    expect((await (await tenant(`Token ${ADMIN_TOKEN}`)).json()).message).toStartWith("the Authorization header uses the Token scheme")
  })
  test("the token alone is never named as a scheme", async () => {
    const body = await (await tenant(ADMIN_TOKEN)).json()
    expect(body.message).toBe("the Authorization header is not Bearer and a token: send Authorization: Bearer followed by the admin token")
  })
})

describe("POST /v1/jobs with two spans the wrong way round", () => {
  test("{since: 30d, until: 60d} is told the start is the longer span, in the body's words", async () => {
    const [status, body] = await post("/v1/jobs", { id: "w-1", matrix: "gdpr", target: "erasure", since: "30d", until: "60d" })
    expect(status).toBe(400)
    expect(body.message).toEndWith(`swap them or widen the window (a span counts back from now, so the start is the longer one: {"since": "60d", "until": "30d"})`)
  })
})

describe("an id sent as a number where the route reads a string", () => {
  test("POST /v1/scripts/start {scriptId: 7} (was: must be a string, not a number, with no word of what to send)", async () => {
    const [status, body] = await post("/v1/scripts/start", { skillId: 4101, scriptId: 7 })
    expect([status, body.message]).toEqual([400, "scriptId must be a string, not a number: write it in quotes, as a string of digits: send {skillId, scriptId | scriptPath, parameters?, startDate?}"])
  })
  test("POST /v1/holds {contactId: 5}", async () => {
    const [status, body] = await post("/v1/holds", { contactId: 5, reason: "LH-1" })
    expect([status, body.message]).toEqual([400, "contactId must be a string, not a number: write it in quotes, as a string of digits: send {subjectEmail | subjectPhone | contactId, reason, until?}"])
  })
})

describe("a body that is not one JSON object is told what it is", () => {
  const send = (path: string, body: string) => request(path, { method: "POST", body, headers: { "content-type": "application/json" } })
  test("JSON Lines to POST /v1/holds (was: the body is empty or not JSON)", async () => {
    const res = await send("/v1/holds", '{"contactId": "5", "reason": "LH-1"}\n{"contactId": "6", "reason": "LH-1"}\n')
    expect([res.status, (await res.json()).message]).toEqual([400, "the body holds 2 JSON values, one a line (JSON Lines): send one object a request, {subjectEmail | subjectPhone | contactId, reason, until?}"])
  })
  test("a trailing comma is told the parser's reason, never the text", async () => {
    const res = await send("/v1/holds", '{"contactId": "5", "reason": "LH-1",}')
    expect((await res.json()).message).toBe("the body is not valid JSON (Property name must be a string literal): send {subjectEmail | subjectPhone | contactId, reason, until?}")
  })
  test("POST /v1/inspect of JSON Lines (was: the body is not valid JSON)", async () => {
    const res = await send("/v1/inspect", '{"text": "a"}\n{"text": "b"}\n')
    expect((await res.json()).message).toBe("the body holds 2 JSON values, one a line (JSON Lines): send one object a request, {text, entities?: [type, ...], minScore?}")
  })
  test("a token the parser quotes is not repeated", async () => {
    const res = await send("/v1/inspect", '{"text": ÿann}')
    const { message } = await res.json()
    expect(message).toStartWith("the body is not valid JSON (")
    expect(message).not.toContain("ÿ")
  })
})
