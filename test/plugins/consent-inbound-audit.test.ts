// A consent platform's erasure request whose audit record could not be written (a full disk) was kept as seen, so the
// sender's retry was answered "duplicate" and the `erasure.requested` record was lost for good. The request now owes its
// record until it is written: the retry writes it, and the subject is still erased once.
import { expect, test } from "bun:test"
import { Webhook } from "standardwebhooks"
import { auditSinkOf, type AuditRecord } from "../../core/index.ts"
import { createApp } from "../../server/app.ts"
import { anonymizeSetup } from "./anonymize/setup.ts"

const INBOUND = `whsec_${Buffer.from("inbound-secret-of-the-consent-side!").toString("base64")}`

test("an erasure request whose audit record fails is recorded by the sender's retry, and erased once", async () => {
  const { rt, state } = await anonymizeSetup({
    plugins: ["tenant", "anonymize", "consent-webhook", "audit-kv"],
    sandboxOptions: { contacts: 40 },
    settings: { "consent-webhook": { inboundSecrets: [INBOUND] } },
  })
  const sink = auditSinkOf(rt)!
  const append = sink.append.bind(sink)
  let failures = 1
  sink.append = async (entry) => {
    if (entry.action === "erasure.requested" && failures-- > 0) throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" })
    return append(entry)
  }
  const app = createApp(rt)
  const phone = state.data.completed.find((c) => c.fromAddress.startsWith("+"))!.fromAddress
  const body = JSON.stringify({ type: "erasure.requested", timestamp: new Date().toISOString(), data: { subject: phone } })
  const at = Math.floor(Date.now() / 1000)
  const headers = { "webhook-id": "req_owed_1", "webhook-timestamp": String(at), "webhook-signature": new Webhook(INBOUND).sign("req_owed_1", new Date(at * 1000), body) }

  const first = await app.request("/webhooks/consent", { method: "POST", headers, body })
  expect(first.status).toBeGreaterThanOrEqual(500)
  const retry = await app.request("/webhooks/consent", { method: "POST", headers, body })
  expect(retry.status).toBe(200)
  expect(await retry.json()).toMatchObject({ duplicate: true })
  // A third delivery writes nothing more.
  await app.request("/webhooks/consent", { method: "POST", headers, body })
  await rt.tasks.drain()

  const records: AuditRecord[] = []
  for (const chain of await sink.chains()) for await (const r of sink.read(chain)) if (r.action === "erasure.requested") records.push(r)
  expect(records).toHaveLength(1)
  expect(state.erasures.filter((e) => e.subjectIdentifier === phone)).toHaveLength(1)
  await rt.dispose()
})
