/**
 * Round 42's bad input over HTTP: the same legal hold posted twice at one moment (both were added: the check for the
 * same hold and the write were two steps), a plan run by a server configured for another tenant than it was planned
 * against, and subject access exports (POST /v1/subject/export) with wrong values.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { createCxedgeStorage, createKeyRing, createRuntime, type Runtime } from "../../core/index.ts"
import { builtins, defaultPlugins } from "../../plugins/manifest.ts"
import { createSandbox, SANDBOX_ORIGIN, type Sandbox } from "../../sandbox/app.ts"
import { createApp } from "../../server/app.ts"
import { CONSENT, signed } from "../../testing/runtime.ts"
import { ADMIN_TOKEN } from "../helpers.ts"

const KEYS = `k1:${Buffer.from("0123456789abcdef0123456789abcdef").toString("base64")}`
const headers = { authorization: `Bearer ${ADMIN_TOKEN}`, "content-type": "application/json" }

let sandbox: Sandbox
let rt: Runtime
let app: ReturnType<typeof createApp>

/** A runtime on the sandbox tenant `name`, sharing `storage` when given (two servers on one store). */
async function serverFor(name: string, storage?: Runtime["storage"], tenantId?: string) {
  const c = sandbox.credentials(name)
  const tenant = { issuer: SANDBOX_ORIGIN, accessKeyId: c.accessKeyId, accessKeySecret: c.accessKeySecret, clientId: c.clientId, clientSecret: c.clientSecret, ...(tenantId ? { tenantId } : {}) }
  const settings = { "consent-webhook": { inboundSecrets: [CONSENT] } }
  const opened = await createRuntime({ plugins: defaultPlugins, settings, tenant }, { builtins, fetch: sandbox.fetch, keys: createKeyRing(KEYS), ...(storage ? { storage } : {}) })
  return { rt: opened, app: createApp(opened, { adminToken: ADMIN_TOKEN }) }
}

const storage = createCxedgeStorage()
beforeAll(async () => {
  sandbox = await createSandbox({ contacts: 5 })
  ;({ rt, app } = await serverFor("acme", storage))
})
afterAll(() => rt.dispose())

const post = async (path: string, body?: unknown, on = app): Promise<[number, Record<string, any>]> => {
  const res = await on.request(path, { method: "POST", headers, ...(body === undefined ? {} : { body: typeof body === "string" ? body : JSON.stringify(body) }) })
  return [res.status, await res.json()]
}
const holds = async () => ((await (await app.request("/v1/holds", { headers })).json()) as { holds: { id: string; reason: string; state: string }[] }).holds

describe("the same legal hold posted twice at one moment", () => {
  test("is one hold, both answers naming it (was: two holds, and releasing one left the other holding)", async () => {
    const body = { subjectEmail: "ann@example.com", reason: "LH-42", until: "2099-01-01" }
    const answers = await Promise.all([post("/v1/holds", body), post("/v1/holds", body)])
    const listed = (await holds()).filter((h) => h.reason === "LH-42")
    expect(listed).toHaveLength(1)
    expect(answers.map(([, hold]) => hold.id)).toEqual([listed[0]!.id, listed[0]!.id])
  })

  test("a contact held twice at one moment: one hold too", async () => {
    const contact = sandbox.tenant("acme").data.completed[0]!.contactId
    await Promise.all([post("/v1/holds", { contactId: String(contact), reason: "LH-42c" }), post("/v1/holds", { contactId: String(contact), reason: "LH-42c" })])
    expect((await holds()).filter((h) => h.reason === "LH-42c")).toHaveLength(1)
  })

  test("released, then asked for again: a new hold beside the released one, which stays listed released", async () => {
    const [, first] = await post("/v1/holds", { subjectEmail: "bo@example.com", reason: "LH-42r" })
    expect((await post(`/v1/holds/${first.id}/release`))[0]).toBe(200)
    const [status, again] = await post("/v1/holds", { subjectEmail: "bo@example.com", reason: "LH-42r" })
    expect(status).toBe(201)
    expect(again.id).not.toBe(first.id)
    const states = Object.fromEntries((await holds()).filter((h) => h.reason === "LH-42r").map((h) => [h.id, h.state]))
    expect(states).toEqual({ [first.id]: "released", [again.id]: "active" })
  })
})

describe("a plan approved on one tenant's server and run by a server of another tenant sharing its storage", () => {
  test("POST /v1/jobs/:id/run: 409 naming both tenants, nothing queued nor written (was: 202, the run refused each contact as changed)", async () => {
    expect((await post("/v1/jobs", { id: "r42-t", matrix: "gdpr", source: "cxone", target: "erasure", since: "30d" }))[0]).toBe(201)
    expect((await post("/v1/jobs/r42-t/approve", { by: "alice" }))[0]).toBe(200)
    const other = await serverFor("globex", storage)
    try {
      const host = new URL(SANDBOX_ORIGIN).host
      const [status, body] = await post("/v1/jobs/r42-t/run", undefined, other.app)
      expect([status, body]).toEqual([409, { error: "conflict", message: `plan r42-t was planned against tenant ${host}/${sandbox.tenant("acme").id}, and this runs against tenant ${host}/${sandbox.tenant("globex").id}: run it with the tenant it was planned against (CXEDGE_ISSUER, CXEDGE_TENANT_ID and its keys as then), or plan again against this tenant under a new id` }])
      const state = await (await other.app.request("/v1/jobs/r42-t", { headers })).json()
      expect([state.state, state.task]).toEqual(["approved", undefined])
      expect(sandbox.tenant("globex").erasures).toHaveLength(0)
      // Its own tenant's server runs it.
      expect((await post("/v1/jobs/r42-t/run"))[0]).toBe(202)
    } finally {
      await other.rt.dispose()
    }
  })
})

describe("a subject access request (POST /webhooks/consent, access.requested) with wrong values", () => {
  const SHAPE = 'send {"type": "access.requested" | "erasure.requested", "data": {"subject": EMAIL or +PHONE, "subjectType"?: "EMAIL" | "PHONENO"}}'
  const access = (data: unknown) => JSON.stringify({ type: "access.requested", data })
  const send = async (body: string, headers: Record<string, string> = {}, on = app): Promise<[number, Record<string, any>]> => {
    const res = await on.request("/webhooks/consent", { method: "POST", body, headers: { ...signed(CONSENT, body), ...headers } })
    return [res.status, await res.json()]
  }
  const refused: [string, string, [number, string, string]][] = [
    // Each was valibot's words: "Invalid key: Expected \"subject\" but received undefined", "Invalid length: Expected >=3 but received 0".
    ["no subject", access({}), [422, "invalid_payload", `data.subject is missing: ${SHAPE}`]],
    ["an empty subject", access({ subject: "" }), [422, "invalid_payload", `data.subject is empty: it must be at least 3 characters: ${SHAPE}`]],
    ["a subject of 412 characters", access({ subject: `${"x".repeat(400)}@example.com` }), [422, "invalid_payload", `data.subject is 412 characters long: it must be at most 320 characters: ${SHAPE}`]],
    // The person's number was quoted back: "Invalid type: Expected string but received 447700900123".
    ["a subject sent as a number", access({ subject: 447700900123 }), [422, "invalid_payload", `data.subject must be a string, not a number: ${SHAPE}`]],
    ["a subjectType of FAX", access({ subject: "ann@example.com", subjectType: "FAX" }), [422, "invalid_payload", `data.subjectType must be one of "EMAIL", "PHONENO": ${SHAPE}`]],
    ["no data", JSON.stringify({ type: "access.requested" }), [422, "invalid_payload", `data is missing: ${SHAPE}`]],
    // The typo was hidden behind "data.subject: Invalid key": a near miss is named only once the rest parsed.
    ["data.subjet, misspelt", access({ subjet: "ann@example.com" }), [422, "invalid_payload", 'unknown field "data.subjet" (did you mean "data.subject"?): fix the consent platform\'s payload']],
    ["a list of requests", JSON.stringify([{ type: "access.requested", data: { subject: "ann@example.com" } }]), [422, "invalid_payload", `the body is a list, not a JSON object: ${SHAPE}`]],
    // Accepted as an address no contact has: the person was sent an empty export, an erasure erased nothing.
    ["a mailto: link", access({ subject: "mailto:ann@example.com" }), [422, "invalid_subject", "data.subject is not an email address (it is written as a mailto: link: give the address alone, without mailto:)"]],
    ["Name <address>", access({ subject: "Ann <ann@example.com>" }), [422, "invalid_subject", "data.subject is not an email address (it is written as Name <address>: give the address alone)"]],
    ["a body over 64 KiB", access({ subject: `ann@example.com ${"x".repeat(70_000)}` }), [413, "payload_too_large", "the body is larger than 65536 bytes: an erasure or access request names one subject in a few hundred bytes; check what the consent platform sends (or raise settings.consent-webhook.maxBodyBytes)"]],
  ]
  for (const [name, body, answer] of refused) {
    test(`${name}: ${answer[0]} ${answer[1]}, in words, nothing queued`, async () => {
      const [status, got] = await send(body)
      expect([status, got.error, got.message]).toEqual(answer)
      expect(JSON.stringify(got)).not.toMatch(/ann@example\.com|447700900123|Invalid (type|key|length)/)
    })
  }

  test("sent as a form or XML: 415 naming the type (was: read as JSON all the same, 202)", async () => {
    for (const type of ["application/x-www-form-urlencoded", "application/xml"]) {
      expect(await send(access({ subject: "ann@example.com" }), { "content-type": type })).toEqual([415, { error: "unsupported_media_type", message: `the body is sent as "${type}": send JSON with content-type: application/json` }])
    }
    expect((await send(access({ subject: "ann@example.com" }), { "content-type": "application/json; charset=utf-8" }))[0]).toBe(202)
  })

  // A relay (AWS SNS among them) forwards the platform's JSON as text/plain: the signature decides, as before round 42.
  test("sent as text/plain by a relay: read as JSON, 202; in another charset than UTF-8: 415", async () => {
    expect((await send(access({ subject: "ann@example.com" }), { "content-type": "text/plain; charset=UTF-8" }))[0]).toBe(202)
    expect((await send(access({ subject: "ann@example.com" }), { "content-type": "Text/Plain" }))[0]).toBe(202)
    expect(await send(access({ subject: "ann@example.com" }), { "content-type": "text/plain; charset=latin1" })).toEqual([415, expect.objectContaining({ error: "unsupported_media_type" })])
  })

  test("an empty content-type header is read as none (was: 415 'sent with no content-type', which a missing header is not)", async () => {
    expect((await send(access({ subject: "ann@example.com" }), { "content-type": "" }))[0]).toBe(202)
  })

  test("a subject under legal hold: 202, the export is made (an access request only reads; a hold stops writes)", async () => {
    expect((await post("/v1/holds", { subjectEmail: "held42@example.com", reason: "LH-42s" }))[0]).toBe(201)
    const [status, body] = await send(access({ subject: "held42@example.com" }))
    expect([status, body.exportId]).toEqual([202, expect.stringMatching(/^access_[0-9a-f]{20}$/)])
  })

  test("on a server whose tenant does not exist: the export's GET says it is queued and why the last attempt failed (was: 'no access export has this id')", async () => {
    const lost = await serverFor("acme", undefined, "no-such-tenant")
    try {
      const [status, { exportId }] = await send(access({ subject: "ann@example.com" }), {}, lost.app)
      expect(status).toBe(202)
      // The answer drains the queue in the background: wait for the first attempt to have failed.
      for (let i = 0; i < 100 && !(await lost.rt.tasks.get(exportId))?.error; i++) await Bun.sleep(50)
      const res = await lost.app.request(`/v1/subjects/exports/${exportId}`, { headers })
      expect([res.status, await res.json()]).toEqual([404, { error: "not_ready", message: "this export is not made yet: its access request is queued (1 attempt so far; the last attempt failed with E_CONFIG: see the server's log); collect it once the subject.access.ready event comes" }])
    } finally {
      await lost.rt.dispose()
    }
  })
})
