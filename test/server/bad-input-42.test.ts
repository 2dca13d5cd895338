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
import { ADMIN_TOKEN } from "../helpers.ts"

const KEYS = `k1:${Buffer.from("0123456789abcdef0123456789abcdef").toString("base64")}`
const headers = { authorization: `Bearer ${ADMIN_TOKEN}`, "content-type": "application/json" }

let sandbox: Sandbox
let rt: Runtime
let app: ReturnType<typeof createApp>

/** A runtime on the sandbox tenant `name`, sharing `storage` when given (two servers on one store). */
async function serverFor(name: string, storage?: Runtime["storage"]) {
  const c = sandbox.credentials(name)
  const tenant = { issuer: SANDBOX_ORIGIN, accessKeyId: c.accessKeyId, accessKeySecret: c.accessKeySecret, clientId: c.clientId, clientSecret: c.clientSecret }
  const opened = await createRuntime({ plugins: defaultPlugins, tenant }, { builtins, fetch: sandbox.fetch, keys: createKeyRing(KEYS), ...(storage ? { storage } : {}) })
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
