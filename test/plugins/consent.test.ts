import { describe, expect, test } from "bun:test"
import { Webhook } from "standardwebhooks"
import { auditSinkOf, createCxedgeStorage, signWebhook, summarizeJob, systemClock, verifyChain, verifyWebhook, type AuditRecord } from "../../core/index.ts"
import { toEvent } from "../../plugins/consent-webhook/events.ts"
import { outboxOf } from "../../plugins/consent-webhook/index.ts"
import { builtins } from "../../plugins/manifest.ts"
import { createApp } from "../../server/app.ts"
import { SANDBOX_ORIGIN } from "../../sandbox/app.ts"
import { anonymize, anonymizeSetup, findLeaks, loadMatrixFile, seededValues, type Setup } from "./anonymize/setup.ts"

const SECRET = `whsec_${Buffer.from("consent-platform-secret-0123456789").toString("base64")}`
const OLD_SECRET = `whsec_${Buffer.from("the-previous-secret-before-rotation").toString("base64")}`
const INBOUND = `whsec_${Buffer.from("inbound-secret-of-the-consent-side!").toString("base64")}`
const fast = [5, 10, 20]

function consentSetup(extra: Setup = {}) {
  return anonymizeSetup({
    plugins: ["tenant", "anonymize", "consent-webhook", "audit-kv"],
    ...extra,
    sandboxOptions: { consentSecrets: [SECRET], ...extra.sandboxOptions },
    settings: { "consent-webhook": { url: `${SANDBOX_ORIGIN}/_consent/webhooks`, secrets: [SECRET, OLD_SECRET], inboundSecrets: [INBOUND], retrySchedule: fast }, ...extra.settings },
  })
}

const deliveries = async (sandbox: { app: { request(p: string): Response | Promise<Response> } }) =>
  (await (await sandbox.app.request("/_sandbox/consent")).json()) as { id: string; status: number; verified: boolean; body: string; timestamp: string; signature: string }[]

describe("Standard Webhooks", () => {
  const vector = { secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", id: "msg_p5jXN8AQM9LWM0D4loKWxJek", ts: 1614265330, body: '{"test": 2432232314}', sig: "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=" }
  test("the spec's test vector: the package and our native signer agree on it", () => {
    expect(new Webhook(vector.secret).sign(vector.id, new Date(vector.ts * 1000), vector.body)).toBe(vector.sig)
    expect(signWebhook(vector.secret, vector.id, vector.ts, vector.body)).toBe(vector.sig)
    expect(verifyWebhook([vector.secret], vector.body, (n) => ({ "webhook-id": vector.id, "webhook-timestamp": String(vector.ts), "webhook-signature": `v1,bogus ${vector.sig}` })[n], { toleranceSec: 0, nowMs: 0 })).toEqual({ ok: true, id: vector.id, timestamp: vector.ts })
  })
  test("on random inputs the native signer matches the package", () => {
    for (let i = 0; i < 50; i++) {
      const secret = `whsec_${Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString("base64")}`
      const body = JSON.stringify({ n: Math.random(), s: "Zoë 😀" })
      const id = `msg_${i}`
      const ts = 1_700_000_000 + i
      expect(signWebhook(secret, id, ts, body)).toBe(new Webhook(secret).sign(id, new Date(ts * 1000), body))
    }
  })
})

describe("outbound consent events", () => {
  test("1,000 contacts, the consent platform down for the first half: every event delivered exactly once, signatures verified", async () => {
    // Closing sends only what is due: the clock is moved past the retries' time once the job is done.
    let ahead = 0
    const { rt, sandbox } = await consentSetup({
      clock: { now: () => Date.now() + ahead, sleep: (ms, signal) => systemClock.sleep(ms, signal) },
      sandboxOptions: { contacts: 1000 },
      settings: { "consent-webhook": { url: `${SANDBOX_ORIGIN}/_consent/webhooks`, secrets: [SECRET, OLD_SECRET], retrySchedule: [60_000, 60_000] } },
    })
    await sandbox.app.request("/_sandbox/consent", { method: "PUT", body: JSON.stringify({ failStatus: 503 }) })
    let applied = 0
    rt.hooks.on("contact:applied", async () => {
      if (++applied === 500) await sandbox.app.request("/_sandbox/consent", { method: "PUT", body: JSON.stringify({ failStatus: null }) })
    })
    await anonymize(rt, { matrix: loadMatrixFile("gdpr") })
    ahead = 61_000
    await rt.dispose()
    const all = await deliveries(sandbox)
    const ok = all.filter((d) => d.status === 204)
    expect(all.some((d) => d.status === 503)).toBe(true)
    expect(ok).toHaveLength(1001) // 1,000 contact.anonymized + job.finished
    expect(new Set(ok.map((d) => d.id)).size).toBe(1001)
    expect(all.every((d) => d.verified)).toBe(true)
    // Every delivery verifies with the package too, and a receiver on the old secret still accepts it.
    for (const d of ok.slice(0, 50)) {
      const headers = { "webhook-id": d.id, "webhook-timestamp": d.timestamp, "webhook-signature": d.signature }
      expect(() => new Webhook(SECRET).verify(d.body, headers)).not.toThrow()
      expect(() => new Webhook(OLD_SECRET).verify(d.body, headers)).not.toThrow()
    }
  }, 60_000)

  test("payloads are thin: ids, pseudonyms, field and transform names; no seeded value", async () => {
    const { rt, sandbox } = await consentSetup({ sandboxOptions: { contacts: 60 } })
    await anonymize(rt, { matrix: loadMatrixFile("analytics"), target: { kind: "export" } })
    await anonymize(rt, { matrix: loadMatrixFile("gdpr"), target: { kind: "erasure" } })
    // a matrix that cannot take an array: every contact fails, each one a contact.failed event
    await anonymize(rt, { matrix: { name: "broken", fields: [{ path: "customFields", transform: "hmac", params: {} }] }, target: { kind: "export" } })
    await outboxOf(rt)!.flush()
    const bodies = (await deliveries(sandbox)).map((d) => d.body)
    const types = new Set(bodies.map((b) => JSON.parse(b).type))
    expect([...types].sort()).toEqual(["contact.anonymized", "contact.failed", "job.finished", "subject.erasure.submitted"])
    const failed = JSON.parse(bodies.find((b) => b.includes("contact.failed"))!)
    expect(failed.data).toMatchObject({ code: "E_FIELD_TYPE", field: "customFields", status: "failed" })
    const erasure = JSON.parse(bodies.find((b) => b.includes("subject.erasure.submitted"))!)
    expect(erasure.data.subject).toMatch(/^sub_k1_/)
    expect(findLeaks(bodies.join("\n"), seededValues(sandbox))).toEqual([])
    const audit: AuditRecord[] = []
    const sink = auditSinkOf(rt)!
    for (const c of await sink.chains()) for await (const r of sink.read(c)) audit.push(r)
    expect(audit.length).toBeGreaterThan(120)
    expect(findLeaks(JSON.stringify(audit), seededValues(sandbox))).toEqual([])
  })

  test("a crash between outbox and delivery loses no event: the next runtime on the same storage delivers it", async () => {
    const storage = createCxedgeStorage()
    const first = await consentSetup({
      storage,
      sandboxOptions: { contacts: 40 },
      settings: { "consent-webhook": { url: `${SANDBOX_ORIGIN}/_consent/webhooks`, secrets: [SECRET], retrySchedule: [60_000] } },
    })
    await first.sandbox.app.request("/_sandbox/consent", { method: "PUT", body: JSON.stringify({ failStatus: 503 }) })
    await anonymize(first.rt, { matrix: loadMatrixFile("gdpr") })
    await outboxOf(first.rt)!.kick()
    // "crash": the first runtime is dropped without dispose (and does nothing more); its events sit in the outbox
    const pending = (await outboxOf(first.rt)!.list()).pending.length
    expect(pending).toBe(41)
    await first.sandbox.app.request("/_sandbox/consent", { method: "PUT", body: JSON.stringify({ failStatus: null }) })
    const { createRuntime } = await import("../../core/index.ts")
    // The next runtime, a minute later (the events' retry is due): a server's first tick sends them.
    const clock = { now: () => Date.now() + 61_000, sleep: systemClock.sleep }
    const second = await createRuntime(
      { plugins: ["consent-webhook"], settings: { "consent-webhook": { url: `${SANDBOX_ORIGIN}/_consent/webhooks`, secrets: [SECRET], retrySchedule: fast } } },
      { builtins, storage, fetch: first.sandbox.fetch, clock },
    )
    await second.hooks.emit("runtime:tick", { at: clock.now() })
    await second.dispose()
    const ok = (await deliveries(first.sandbox)).filter((d) => d.status === 204)
    expect(new Set(ok.map((d) => d.id)).size).toBe(41)
    expect(ok).toHaveLength(41)
  })

  test("after the last retry an event is dead-lettered; replay delivers it once", async () => {
    const { rt, sandbox } = await consentSetup({ sandboxOptions: { contacts: 3 } })
    await sandbox.app.request("/_sandbox/consent", { method: "PUT", body: JSON.stringify({ failStatus: 500 }) })
    const outbox = outboxOf(rt)!
    await outbox.enqueue(toEvent.finished({ jobId: "j1", summary: { processed: 1, succeeded: 1, failed: 0, skipped: 0, durationMs: 1, target: "patch", transforms: {} } }, new Date()))
    for (let i = 0; i < 4; i++) await outbox.flush()
    const { pending, dead } = await outbox.list()
    expect(pending).toHaveLength(0)
    expect(dead).toHaveLength(1)
    expect(dead[0]!.attempts).toBe(4)
    await sandbox.app.request("/_sandbox/consent", { method: "PUT", body: JSON.stringify({ failStatus: null }) })
    expect(await outbox.replay()).toBe(1)
    expect((await outbox.list()).dead).toHaveLength(0)
    expect((await deliveries(sandbox)).filter((d) => d.status === 204)).toHaveLength(1)
    // the same event emitted again is not sent twice
    expect(await outbox.enqueue(toEvent.finished({ jobId: "j1", summary: { processed: 1, succeeded: 1, failed: 0, skipped: 0, durationMs: 1, target: "patch", transforms: {} } }, new Date()))).toBe(false)
  })
})

describe("inbound erasure requests", () => {
  const sign = (body: string, id = `req_${crypto.randomUUID()}`, at = Math.floor(Date.now() / 1000), secret = INBOUND) => ({
    "webhook-id": id,
    "webhook-timestamp": String(at),
    "webhook-signature": new Webhook(secret).sign(id, new Date(at * 1000), body),
  })
  const request = (subject: string, subjectType?: string) => JSON.stringify({ type: "erasure.requested", timestamp: new Date().toISOString(), data: { subject, ...(subjectType ? { subjectType } : {}) } })

  test("a verified request answers 202 with a job id; the job erases the subject once; a duplicate gets the same id", async () => {
    const { rt, sandbox, state } = await consentSetup({ sandboxOptions: { contacts: 80 } })
    const app = createApp(rt)
    const phone = state.data.completed.find((c) => c.fromAddress.startsWith("+"))!.fromAddress
    const body = request(phone.replace(/^\+(\d)(\d{3})/, "+$1 ($2) "))
    const headers = sign(body)
    const res = await app.request("/webhooks/consent", { method: "POST", headers, body })
    expect(res.status).toBe(202)
    const { jobId } = await res.json()
    expect(jobId).toMatch(/^erasure_[0-9a-f]{20}$/)
    await rt.tasks.drain()
    expect((await rt.tasks.get(jobId))!.state).toBe("done")
    expect(state.erasures.filter((e) => e.subjectIdentifier === phone)).toHaveLength(1)
    // the task and job records hold the subject encrypted, never in clear
    expect(JSON.stringify(await rt.tasks.get(jobId))).not.toContain(phone.slice(1))
    // the type decided on receipt travels with the task: nothing downstream guesses it again
    expect((await rt.tasks.get(jobId))!.payload).toMatchObject({ subjectType: "PHONENO" })
    expect(JSON.stringify(await rt.storage.namespace("jobs").getItem(jobId))).not.toContain(phone.slice(1))
    const again = await app.request("/webhooks/consent", { method: "POST", headers, body })
    expect(again.status).toBe(200)
    expect(await again.json()).toEqual({ jobId, duplicate: true })
    await rt.tasks.drain()
    expect(state.erasures.filter((e) => e.subjectIdentifier === phone)).toHaveLength(1)
    const summary = await summarizeJob(auditSinkOf(rt)!, jobId)
    expect(summary.actions["subject.erasure"]).toBe(1)
    await rt.dispose()
    void sandbox
  })

  test.each([
    ["a bad signature", (b: string) => ({ ...sign(b), "webhook-signature": "v1,AAAA" }), 401, "invalid_signature"],
    ["another secret", (b: string) => sign(b, undefined, undefined, SECRET), 401, "invalid_signature"],
    ["a stale timestamp", (b: string) => sign(b, undefined, Math.floor(Date.now() / 1000) - 600), 401, "stale_timestamp"],
    ["missing headers", () => ({}), 400, "missing_headers"],
    ["a dotted webhook-id", (b: string) => sign(b, "a.b"), 400, "invalid_webhook_id"],
  ])("%s: refused, nothing started", async (_, headers, status, error) => {
    const { rt, state } = await consentSetup({ sandboxOptions: { contacts: 5 } })
    const body = request("ada@example.com")
    const res = await createApp(rt).request("/webhooks/consent", { method: "POST", headers: headers(body) as Record<string, string>, body })
    expect(res.status).toBe(status)
    expect((await res.json()).error).toBe(error)
    expect(await rt.tasks.pending()).toBe(0)
    expect(state.erasures).toHaveLength(0)
  })

  test("a body signed with a byte-order mark before it is verified as its bytes were signed, and accepted (a review, stop 66: 401)", async () => {
    const { rt, state } = await consentSetup({ sandboxOptions: { contacts: 20 } })
    const phone = state.data.completed.find((c) => c.fromAddress.startsWith("+"))!.fromAddress
    const body = `\uFEFF${request(phone)}`
    const res = await createApp(rt).request("/webhooks/consent", { method: "POST", headers: sign(body), body: new TextEncoder().encode(body) })
    expect(res.status).toBe(202)
    await rt.tasks.drain()
    expect(state.erasures.filter((e) => e.subjectIdentifier === phone)).toHaveLength(1)
  })

  test("malformed JSON, a wrong shape, a bad subject, an oversized body: 4xx with a reason, nothing started", async () => {
    const { rt } = await consentSetup({ sandboxOptions: { contacts: 5 } })
    const app = createApp(rt)
    const post = (body: string) => app.request("/webhooks/consent", { method: "POST", headers: sign(body), body })
    expect((await post("{nope")).status).toBe(400)
    const shape = await post(JSON.stringify({ type: "consent.granted", data: {} }))
    expect(shape.status).toBe(422)
    const subject = await post(request("12-34"))
    expect(subject.status).toBe(422)
    expect((await subject.json()).message).toContain("phone number")
    const big = "x".repeat(70 * 1024)
    const tooBig = await app.request("/webhooks/consent", { method: "POST", headers: sign(big), body: big })
    expect(tooBig.status).toBe(413)
    // A key given twice (a review, stop 66: the last subject was erased): refused, naming the key, never a subject.
    for (const twice of [
      '{"type":"erasure.requested","data":{"subject":"jane.doe@example.com","subjectType":"EMAIL","subject":"other@example.com"}}',
      '{"type":"erasure.requested","data":{"subject":"jane.doe@example.com"},"data":{"subject":"other@example.com"}}',
    ]) {
      const res = await post(twice)
      expect(res.status).toBe(422)
      const refusal = (await res.json()) as { error: string; message: string }
      expect(refusal.message).toMatch(/^data(\.subject)? is given twice: which one is meant is not known, so nothing was started/)
      expect(refusal.message).not.toContain("example.com")
    }
    expect(await rt.tasks.pending()).toBe(0)
  })

  test("without a key ring the request is not queued (the subject would be stored in clear): 503", async () => {
    const { createRuntime, createKeyRing } = await import("../../core/index.ts")
    const { rt: base } = await consentSetup({ sandboxOptions: { contacts: 5 } })
    const rt = await createRuntime(
      { plugins: ["anonymize", "consent-webhook"], settings: { "consent-webhook": { inboundSecrets: [INBOUND] } } },
      { builtins, keys: createKeyRing(undefined) },
    )
    void base
    const body = request("ada@example.com")
    const res = await createApp(rt).request("/webhooks/consent", { method: "POST", headers: sign(body), body })
    expect(res.status).toBe(503)
    const refusal = await res.json()
    expect(refusal.error).toBe("not_queued")
    // the sender is told why (the handler's own error), not only "see the log"
    expect(refusal.message).toContain("CXEDGE_HMAC_KEYS")
    expect(await rt.tasks.pending()).toBe(0)
  })
})

describe("inbound erasure requests without a handler", () => {
  test("no plugin handles the erasure task: 503 no_handler, nothing stored", async () => {
    const { createRuntime, createKeyRing } = await import("../../core/index.ts")
    const INBOUND_ONLY = INBOUND
    const rt = await createRuntime(
      { plugins: ["consent-webhook"], settings: { "consent-webhook": { inboundSecrets: [INBOUND_ONLY] } } },
      { builtins, keys: createKeyRing({ k1: new Uint8Array(32).fill(7) }) },
    )
    const id = `req_${crypto.randomUUID()}`
    const at = Math.floor(Date.now() / 1000)
    const body = JSON.stringify({ type: "erasure.requested", data: { subject: "ada@example.com" } })
    const headers = { "webhook-id": id, "webhook-timestamp": String(at), "webhook-signature": new Webhook(INBOUND).sign(id, new Date(at * 1000), body) }
    const res = await createApp(rt).request("/webhooks/consent", { method: "POST", headers, body })
    expect(res.status).toBe(503)
    expect((await res.json()).error).toBe("no_handler")
    expect(await rt.tasks.pending()).toBe(0)
    await rt.dispose()
  })
})

describe("consent webhooks off (no CXEDGE_WEBHOOK_URL)", () => {
  test("a job builds no event per contact, and the notice still comes once, when the job ends", async () => {
    const { rt } = await anonymizeSetup({ plugins: ["tenant", "anonymize", "consent-webhook"], sandboxOptions: { contacts: 20 } })
    // Nobody listens per contact, so the job skips building the events (contact-step checks the count).
    expect(rt.hooks.count("contact:applied")).toBe(0)
    expect(rt.hooks.count("contact:failed")).toBe(0)
    const said: string[] = []
    const info = rt.log.info.bind(rt.log)
    rt.log.info = (message: string, ...rest: unknown[]) => (said.push(message), info(message, ...rest))
    const { result } = await anonymize(rt, { matrix: loadMatrixFile("analytics"), target: { kind: "export" } }, 4)
    expect(result.succeeded).toBe(20)
    expect(said.filter((m) => m.startsWith("consent webhooks off"))).toEqual(["consent webhooks off: no CXEDGE_WEBHOOK_URL (events are not kept)"])
    await rt.dispose()
  })
})

describe("audit of a large job", () => {
  test("the chain of a 10,000-contact job verifies, and the Art. 30 summary counts what was done", async () => {
    const { rt } = await anonymizeSetup({ plugins: ["tenant", "anonymize", "audit-kv"], sandboxOptions: { contacts: 10_000 } })
    const { job } = await anonymize(rt, { matrix: loadMatrixFile("analytics"), target: { kind: "export" } }, 32)
    const sink = auditSinkOf(rt)!
    const [chain] = await sink.chains()
    const result = await verifyChain(sink, chain!)
    expect(result).toMatchObject({ ok: true, records: 10_002 }) // job.started, 10,000 contacts, job.finished
    const summary = await summarizeJob(sink, job.jobId)
    expect(summary.records).toBe(10_000)
    expect(summary.outcomes).toEqual({ ok: 10_000 })
    expect(summary.keyIds).toEqual(["k1"])
    expect(summary.transforms.hmac).toBe(10_000)
    // Counted per record (a contact's several custom fields are one record), as the column's header "records" says.
    expect(summary.fields["customFields[*].value"]).toBe(10_000)
  }, 60_000)
})
