/**
 * Round 45's bad input over HTTP and at the outbox: a transcript body written with the CLI's `to` or another route's
 * `contactId` was refused with the known fields and no word of which was meant; two identical holds posted at once
 * were both answered 201 and recorded `hold.added` twice; a consent request naming another tenant was queued on this
 * one; and a dead letter replayed twice at once was delivered twice (four times from two processes).
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { createHash } from "node:crypto"
import { Webhook } from "standardwebhooks"
import { createStorage } from "unstorage"
import { createKeyRing, createMemoryCoordinator, createRuntime, systemClock, type Logger, type Runtime } from "../../core/index.ts"
import { toEvent } from "../../plugins/consent-webhook/events.ts"
import { createOutbox } from "../../plugins/consent-webhook/outbox.ts"
import { builtins, defaultPlugins } from "../../plugins/manifest.ts"
import { createSandbox, SANDBOX_ORIGIN } from "../../sandbox/app.ts"
import { createApp } from "../../server/app.ts"
import { anonymizeSetup } from "../plugins/anonymize/setup.ts"
import { ADMIN_TOKEN, sandboxApp } from "../helpers.ts"

describe("POST /v1/transcripts: a field sent under the CLI's or another route's name says the field meant", () => {
  let ctx: Awaited<ReturnType<typeof sandboxApp>>
  beforeAll(async () => {
    ctx = await sandboxApp({ sandbox: { contacts: 5 } })
  })
  afterAll(() => ctx.rt.dispose())
  const KNOWN = "known fields are contactNumber, recipients: send {contactNumber, recipients: [email, ...]}"
  test.each([
    [{ contactId: "123456", recipients: ["dpo@example.com"] }, `unknown field "contactId" (did you mean "contactNumber"?): ${KNOWN}`],
    [{ contactNumber: "123456", to: ["dpo@example.com"] }, `unknown field "to" (did you mean "recipients"?): ${KNOWN}`],
    [{ contactNumber: "123456", emails: ["dpo@example.com"] }, `unknown field "emails" (did you mean "recipients"?): ${KNOWN}`],
  ])("%j", async (sent, message) => {
    const res = await ctx.admin("/v1/transcripts", JSON.stringify(sent))
    expect([res.status, await res.json()]).toEqual([400, { error: "invalid_body", message }])
    expect(ctx.state.transcripts).toHaveLength(0)
  })
})

describe("two identical holds posted at once", () => {
  let rt: Runtime
  let post: (body: unknown) => Promise<Response>
  const added: unknown[] = []
  beforeAll(async () => {
    const sandbox = await createSandbox({ contacts: 3 })
    const c = sandbox.credentials("acme")
    const keys = createKeyRing(`k1:${Buffer.from("0123456789abcdef0123456789abcdef").toString("base64")}`)
    rt = await createRuntime({ plugins: defaultPlugins, tenant: { issuer: SANDBOX_ORIGIN, accessKeyId: c.accessKeyId, accessKeySecret: c.accessKeySecret, clientId: c.clientId, clientSecret: c.clientSecret } }, { builtins, fetch: sandbox.fetch, keys })
    rt.hooks.on("audit:record", (r) => void (r.action === "hold.added" && added.push(r)))
    const app = createApp(rt, { adminToken: ADMIN_TOKEN })
    post = async (body) => app.request("/v1/holds", { method: "POST", body: JSON.stringify(body), headers: { authorization: `Bearer ${ADMIN_TOKEN}`, "content-type": "application/json" } })
  })
  afterAll(() => rt.dispose())

  test("are one hold, one 201 and one hold.added record (was: two 201s and two records)", async () => {
    const hold = { subjectEmail: "ada.okafor@example.com", reason: "Litigation 2026-114" }
    const answers = await Promise.all([post(hold), post(hold)])
    expect(answers.map((r) => r.status).sort()).toEqual([200, 201])
    const [first, second] = await Promise.all(answers.map((r) => r.json()))
    expect(first.id).toBe(second.id)
    expect(first.created).toBe(second.created)
    expect(added).toHaveLength(1)
    expect(JSON.stringify(added)).not.toContain("ada.okafor")
  })
})

describe("a consent request naming another tenant than the one serving it (settings.consent-webhook.tenantId set)", () => {
  const INBOUND = `whsec_${Buffer.from("inbound-secret-of-the-consent-side!").toString("base64")}`
  const sign = (body: string, id: string) => {
    const at = Math.floor(Date.now() / 1000)
    return { "webhook-id": id, "webhook-timestamp": String(at), "webhook-signature": new Webhook(INBOUND).sign(id, new Date(at * 1000), body), "content-type": "application/json" }
  }
  let setup: Awaited<ReturnType<typeof anonymizeSetup>>
  let serving = ""
  beforeAll(async () => {
    serving = "acme-eu-1"
    setup = await anonymizeSetup({ plugins: ["tenant", "anonymize", "subject", "consent-webhook"], sandboxOptions: { contacts: 5 }, settings: { "consent-webhook": { inboundSecrets: [INBOUND], tenantId: serving } } })
  })
  afterAll(() => setup.rt.dispose())
  const send = async (payload: unknown) => {
    const id = `req_${crypto.randomUUID()}`
    const body = JSON.stringify(payload)
    const res = await createApp(setup.rt).request("/webhooks/consent", { method: "POST", headers: sign(body, id), body })
    const jobId = (kind: string) => `${kind}_${createHash("sha256").update(id).digest("hex").slice(0, 20)}`
    return { status: res.status, body: await res.json(), queued: !!(await setup.rt.tasks.get(jobId("erasure"))) || !!(await setup.rt.tasks.get(jobId("access"))) }
  }
  const subject = "ada.okafor@example.com"

  test.each([
    ["tenantId", (t: string) => ({ type: "access.requested", tenantId: t, data: { subject } })],
    ["data.tenantId", (t: string) => ({ type: "subject.access.requested", data: { subject, tenantId: t } })],
    ["tenant", (t: string) => ({ type: "erasure.requested", tenant: t, data: { subject } })],
  ])("%s of another tenant: 409 naming both tenants, never the subject, nothing queued (was: queued here)", async (field, payload) => {
    const r = await send(payload("globex-4412"))
    expect(r.status).toBe(409)
    expect(r.body).toEqual({ error: "tenant_mismatch", message: `${field} "globex-4412" is not this server's tenant ("${serving}", settings.consent-webhook.tenantId): nothing was queued; send the request to the server of that tenant, or fix the consent platform's tenant setting` })
    expect(JSON.stringify(r.body)).not.toContain("okafor")
    expect(r.queued).toBe(false)
  })

  test("a tenant id that is an address is not quoted", async () => {
    const r = await send({ type: "access.requested", tenantId: subject, data: { subject } })
    expect(r.status).toBe(409)
    expect(r.body.message).toStartWith("tenantId (not quoted: not a tenant id's shape) is not this server's tenant")
    expect(JSON.stringify(r.body)).not.toContain("okafor")
  })

  test("a tenant id that is no string is refused (422), nothing queued", async () => {
    const r = await send({ type: "access.requested", tenantId: 7, data: { subject } })
    expect([r.status, r.body.message, r.queued]).toEqual([422, "tenantId is not a tenant id (a non-empty string): send the tenant's id, or leave it out", false])
  })

  test("this server's own tenant id is queued as before", async () => {
    const r = await send({ type: "access.requested", tenantId: serving, data: { subject } })
    expect([r.status, r.queued]).toEqual([202, true])
  })

  test("without the setting, a platform sending its own account id as tenantId (a string or a number) is queued (was: 409 or 422, every request)", async () => {
    const own = await anonymizeSetup({ plugins: ["tenant", "anonymize", "subject", "consent-webhook"], sandboxOptions: { contacts: 5 }, settings: { "consent-webhook": { inboundSecrets: [INBOUND] } } })
    try {
      for (const tenantId of ["onetrust-org-88231", 88231]) {
        const id = `req_${crypto.randomUUID()}`
        const body = JSON.stringify({ type: "erasure.requested", tenantId, data: { subject } })
        const res = await createApp(own.rt).request("/webhooks/consent", { method: "POST", headers: sign(body, id), body })
        expect(res.status).toBe(202)
      }
    } finally {
      await own.rt.dispose()
    }
  })
})

describe("a dead letter replayed twice is delivered once", () => {
  const SECRET = `whsec_${Buffer.from("consent-platform-secret-0123456789").toString("base64")}`
  const quiet = { info() {}, warn() {}, error() {}, debug() {} } as unknown as Logger
  const receiver = () => {
    const seen: string[] = []
    const fetch = (async (_url: string, init: RequestInit) => {
      await Bun.sleep(5)
      seen.push((init.headers as Record<string, string>)["webhook-id"]!)
      return new Response(null, { status: 204 })
    }) as unknown as typeof globalThis.fetch
    return { fetch, seen }
  }
  const seeded = async () => {
    const storage = createStorage()
    const e = toEvent.finished({ jobId: "j1", summary: { processed: 1, succeeded: 1, failed: 0, skipped: 0, durationMs: 1, target: "patch", transforms: {} } }, new Date())
    await storage.setItem(`d:${e.id}`, { ...e, attempts: 4, nextAt: 0, createdAt: 0, lastStatus: 500 })
    return { storage, id: e.id }
  }
  const outboxOn = (storage: ReturnType<typeof createStorage>, fetch: typeof globalThis.fetch, coordinator?: ReturnType<typeof createMemoryCoordinator>) =>
    createOutbox({ storage, coordinator, url: "https://consent.example/hooks", secrets: [SECRET], fetch, clock: systemClock, log: quiet, timeoutMs: 5000, schedule: [60_000] })

  test("two replays at once in one process: once, the second replaying none (was: twice)", async () => {
    const { storage, id } = await seeded()
    const r = receiver()
    const outbox = outboxOn(storage, r.fetch)
    expect((await Promise.all([outbox.replay(), outbox.replay([id])])).sort()).toEqual([0, 1])
    expect(r.seen).toEqual([id])
    expect(await outbox.list()).toEqual({ pending: [], dead: [], sent: 1 })
  })

  test("two instances sharing storage and a coordinator, at once: once (was: four times)", async () => {
    const { storage, id } = await seeded()
    const r = receiver()
    const coordinator = createMemoryCoordinator(systemClock)
    await Promise.all([outboxOn(storage, r.fetch, coordinator).replay(), outboxOn(storage, r.fetch, coordinator).replay()])
    expect(r.seen).toEqual([id])
  })

  test("one after the other: the second finds no dead letter and sends nothing", async () => {
    const { storage, id } = await seeded()
    const r = receiver()
    expect(await outboxOn(storage, r.fetch).replay()).toBe(1)
    expect(await outboxOn(storage, r.fetch).replay()).toBe(0)
    expect(r.seen).toEqual([id])
  })
})
