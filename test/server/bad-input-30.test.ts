/**
 * Routes of round 30's bad input: a field of a route's JSON body given in
 * the query string (POST /v1/inspect?text=...), told it belongs in the body;
 * a GET sent with a body, whose thresholds were dropped in silence; a job id
 * with ".." refused naming the rule plainly; a subject's phone number with
 * an extension, which was read as the line without it. Nothing is planned,
 * queued or written.
 */
import { describe, expect, test } from "bun:test"
import { createRuntime, signWebhook } from "../../core/index.ts"
import { builtins, defaultPlugins } from "../../plugins/manifest.ts"
import { createSandbox, SANDBOX_ORIGIN } from "../../sandbox/app.ts"
import { createApp } from "../../server/app.ts"
import { adminRequests } from "../helpers.ts"

const { post, get, answer, request, headers } = adminRequests()

const inQuery = (field: string) => ({ error: "unknown_parameter", message: `query parameter "${field}" is a field of the JSON body: send it in the body, {"${field}": ...}, not in the query string (this route takes no query parameters)` })

describe("a field of the JSON body given in the query string is told it belongs in the body", () => {
  // "unknown query parameter \"text\": this route takes no query parameters" was all it said.
  test.each([
    ["/v1/inspect?text=hi", { text: "hi" }, "text"],
    ["/v1/deidentify?mode=mask", { text: "hi" }, "mode"],
    ["/v1/holds?reason=LH-1", { contactId: "600042000001" }, "reason"],
    ["/v1/jobs?matrix=gdpr", { id: "q1" }, "matrix"],
    ["/v1/jobs/q1/approve?by=dpo", {}, "by"],
    ["/v1/transcripts?recipients=a%40example.com", { contactNumber: "1" }, "recipients"],
    ["/v1/scripts/start?skillId=4101", { scriptId: "s" }, "skillId"],
  ])("POST %s", async (path, body, field) => {
    expect(await answer(await post(path, body))).toEqual([400, inQuery(field)])
  })
  test("with no body at all, the query is answered first (not 'the body is empty')", async () => {
    expect(await answer(await post("/v1/inspect?text=hi"))).toEqual([400, inQuery("text")])
  })
  test("a field spelt in another case is named as the body spells it", async () => {
    const [status, body] = await answer(await post("/v1/inspect?Text=hi", { text: "hi" }))
    expect([status, body.message]).toEqual([400, 'query parameter "Text" is a field of the JSON body: send it in the body, {"text": ...}, not in the query string (this route takes no query parameters)'])
  })
  test("the signed webhooks, checking their query by hand, say it too", async () => {
    const consent = await request("/webhooks/consent?type=erasure.requested", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" })
    expect(await answer(consent)).toEqual([400, inQuery("type")])
  })
  test("a parameter that is no body field is still 'unknown'", async () => {
    expect(await answer(await post("/v1/inspect?zzz=1", { text: "hi" }))).toEqual([400, { error: "unknown_parameter", message: 'unknown query parameter "zzz": this route takes no query parameters' }])
  })
  test("nothing was planned or held", async () => {
    expect((await get("/v1/jobs/q1")).status).toBe(404)
    expect(await (await get("/v1/holds")).json()).toEqual({ holds: [] })
  })
})

describe("a GET sent with a body is refused, naming what the route reads", () => {
  const getWith = (path: string, body: string) => request(path, { method: "GET", headers, body })
  // The body was dropped: the health was checked on the default thresholds and answered 200.
  test("GET /v1/skills/4101/health with {maxQueue: 1}", async () => {
    expect(await answer(await getWith("/v1/skills/4101/health", '{"maxQueue": 1}'))).toEqual([400, { error: "unexpected_body", message: "a GET on this route takes no body: give maxQueue, minAgents, minServiceLevel, maxWaitSec as query parameters (?maxQueue=...)" }])
  })
  test("GET /v1/retention/report with {policy}", async () => {
    expect(await answer(await getWith("/v1/retention/report", '{"policy": "nightly"}'))).toEqual([400, { error: "unexpected_body", message: "a GET on this route takes no body: give policy as a query parameter (?policy=...)" }])
  })
  test("GET /v1/holds with a body", async () => {
    expect(await answer(await getWith("/v1/holds", "{}"))).toEqual([400, { error: "unexpected_body", message: "a GET on this route takes no body: send none (it reads nothing from one)" }])
  })
  test("whitespace is no body", async () => {
    expect((await getWith("/v1/holds", " \n")).status).toBe(200)
  })
})

describe("a job id with \"..\" names the rule, with no word of older versions", () => {
  const DOTS = 'the job id holds "..", which a job name may not hold: a job name is up to 100 letters, digits, _, - or . starting with a letter or digit, with no ".."'
  test.each([["GET", "/v1/jobs/a..b"], ["POST", "/v1/jobs/a..b/run"]])("%s %s", async (method, path) => {
    expect(await answer(method === "GET" ? await get(path) : await post(path))).toEqual([400, { error: "invalid_request", message: DOTS }])
  })
})

const EXTENSION = "holds an extension (ext, x or #): the number would be read without it, maybe a switchboard others share; give the person's own number alone"

describe("a subject's phone number with an extension is refused, not read as the line without it", () => {
  test("POST /v1/holds {subjectPhone: '+44 7700 900123 ext 5'}", async () => {
    expect(await answer(await post("/v1/holds", { subjectPhone: "+44 7700 900123 ext 5", reason: "LH-1" }))).toEqual([400, { error: "invalid_body", message: `subjectPhone ${EXTENSION}` }])
    expect(await (await get("/v1/holds")).json()).toEqual({ holds: [] })
  })
  test("a signed erasure request whose data.subject has one is 422, and nothing is queued", async () => {
    const secret = `whsec_${Buffer.from("inbound-secret-of-the-consent-side!").toString("base64")}`
    const sandbox = await createSandbox({ contacts: 3 })
    const c = sandbox.credentials("acme")
    const rt = await createRuntime(
      { plugins: defaultPlugins, tenant: { issuer: SANDBOX_ORIGIN, accessKeyId: c.accessKeyId, accessKeySecret: c.accessKeySecret, clientId: c.clientId, clientSecret: c.clientSecret }, settings: { "consent-webhook": { inboundSecrets: [secret] } } },
      { builtins, fetch: sandbox.fetch },
    )
    try {
      const body = JSON.stringify({ type: "erasure.requested", timestamp: new Date().toISOString(), data: { subject: "+44 7700 900123 x5" } })
      const at = Math.floor(Date.now() / 1000)
      const res = await createApp(rt).request("/webhooks/consent", { method: "POST", headers: { "content-type": "application/json", "webhook-id": "msg_ext1", "webhook-timestamp": String(at), "webhook-signature": signWebhook(secret, "msg_ext1", at, body) }, body })
      expect(await answer(res)).toEqual([422, { error: "invalid_subject", message: `data.subject ${EXTENSION}` }])
      expect(await rt.tasks.pending()).toBe(0)
    } finally {
      await rt.dispose()
    }
  })
})

describe("a span where a time to come is read is told the date it would reach", () => {
  // "until \"7d\" is not a date: use an ISO 8601 date ..." was all it said.
  test("POST /v1/holds {until: \"7d\"}", async () => {
    const [status, body] = await answer(await post("/v1/holds", { contactId: "600042000001", reason: "LH-1", until: "7d" }))
    expect([status, body.error]).toEqual([400, "invalid_body"])
    expect(body.message).toMatch(/^until "7d" is not a date: .* \(a time to come is written as a date: 7d from now is \d{4}-\d{2}-\d{2}\)$/)
    expect(body.message.endsWith(`${new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10)})`)).toBe(true)
  })
})
