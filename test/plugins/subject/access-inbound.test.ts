import { describe, expect, test } from "bun:test"
import { createCxedgeStorage, signWebhook } from "../../../core/index.ts"
import { SANDBOX_ORIGIN } from "../../../sandbox/app.ts"
import { createApp } from "../../../server/app.ts"
import { ADMIN_TOKEN } from "../../helpers.ts"
import { anonymizeSetup, findLeaks, seededValues } from "../anonymize/setup.ts"

const SECRET = `whsec_${Buffer.from("consent-platform-secret-0123456789").toString("base64")}`
const INBOUND = `whsec_${Buffer.from("inbound-secret-of-the-consent-side!").toString("base64")}`

async function setup() {
  const storage = createCxedgeStorage()
  const { rt, sandbox } = await anonymizeSetup({
    plugins: ["tenant", "anonymize", "consent-webhook", "audit-kv", "subject"],
    storage,
    sandboxOptions: { contacts: 120, consentSecrets: [SECRET], faults: { returningCustomers: 0.3 } },
    settings: { "consent-webhook": { url: `${SANDBOX_ORIGIN}/_consent/webhooks`, secrets: [SECRET], inboundSecrets: [INBOUND], retrySchedule: [5] }, subject: { linked: "follow" } },
  })
  const app = createApp(rt, { adminToken: ADMIN_TOKEN })
  const post = (body: object, id = `msg_${crypto.randomUUID()}`) => {
    const text = JSON.stringify(body)
    const ts = Math.floor(Date.now() / 1000)
    return app.request("/webhooks/consent", { method: "POST", body: text, headers: { "content-type": "application/json", "webhook-id": id, "webhook-timestamp": String(ts), "webhook-signature": signWebhook(INBOUND, id, ts, text) } })
  }
  const get = (id: string) => app.request(`/v1/subjects/exports/${id}`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })
  const dump = async () => {
    const keys = await storage.root.getKeys()
    return (await Promise.all(keys.map(async (k) => `${k} ${JSON.stringify(await storage.root.getItem(k))}`))).join("\n")
  }
  return { rt, sandbox, app, post, get, dump }
}

describe("inbound access.requested", () => {
  test("queued, sealed, announced by subject.access.ready, collected once: then 410; no seeded value anywhere but the collected document", async () => {
    const { rt, sandbox, app, post, get, dump } = await setup()
    const seeded = seededValues(sandbox)
    const person = [...sandbox.tenant("acme").data.records.values()][5]!.fields as { email: string; phone: string }
    const accepted = await post({ type: "access.requested", data: { subject: person.email.toUpperCase(), subjectType: "EMAIL" } })
    expect(accepted.status).toBe(202)
    const { exportId } = (await accepted.json()) as { exportId: string }
    expect(exportId).toMatch(/^access_[0-9a-f]{20}$/)
    // Not yet made: the queue has not run.
    expect((await get(exportId)).status).toBe(404)
    await rt.tasks.drain()
    const waiting = await dump()
    expect(findLeaks(waiting, seeded)).toEqual([])
    expect(waiting).toContain('"sealed":1')

    await (await import("../../../plugins/consent-webhook/index.ts")).outboxOf(rt)!.flush()
    const delivered = ((await (await sandbox.app.request("/_sandbox/consent")).json()) as { body: string; status: number; verified: boolean }[]).filter((d) => d.body.includes("subject.access.ready"))
    expect(delivered).toHaveLength(1)
    expect(delivered[0]!.verified).toBe(true)
    const event = JSON.parse(delivered[0]!.body)
    expect(event.data).toMatchObject({ exportId, subjectType: "EMAIL", status: "ready" })
    expect(event.data.subject).toMatch(/^sub_k1_/)
    expect(findLeaks(delivered[0]!.body, seeded)).toEqual([])

    // A HEAD (a link checker, a monitor) collects nothing: it collected the export before (a review, stop 66).
    const head = await app.request(`/v1/subjects/exports/${exportId}`, { method: "HEAD", headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })
    expect([head.status, head.headers.get("allow")]).toEqual([405, "GET"])
    const first = await get(exportId)
    expect(first.status).toBe(200)
    expect(first.headers.get("cache-control")).toBe("no-store")
    const doc = (await first.json()) as { subject: { value: string }; records: { email: string }[] }
    expect(doc.subject.value).toBe(person.email)
    expect(doc.records.some((r) => r.email === person.email)).toBe(true)
    const second = await get(exportId)
    expect(second.status).toBe(410)
    expect(((await second.json()) as { message: string }).message).toContain("returned once")
    expect((await get("access_00000000000000000000")).status).toBe(404)
    expect((await get("../etc")).status).toBe(404)
    const after = await dump()
    expect(findLeaks(after, seeded)).toEqual([])
    expect(after).toContain("subject.export.collected")
    await rt.dispose()
  })

  test("a repeated webhook-id answers the first export id; a bad signature starts nothing; no admin token is 401", async () => {
    const { rt, app, post, get } = await setup()
    const body = { type: "access.requested", data: { subject: "+44 7700 900123" } }
    const a = (await (await post(body, "msg_same")).json()) as { exportId: string }
    const again = await post(body, "msg_same")
    expect(again.status).toBe(200)
    expect(((await again.json()) as { exportId: string }).exportId).toBe(a.exportId)
    const forged = await app.request("/webhooks/consent", { method: "POST", body: JSON.stringify(body), headers: { "webhook-id": "msg_x", "webhook-timestamp": String(Math.floor(Date.now() / 1000)), "webhook-signature": "v1,AAAA" } })
    expect(forged.status).toBe(401)
    expect((await app.request(`/v1/subjects/exports/${a.exportId}`)).status).toBe(401)
    await rt.tasks.drain()
    // One task: the repeat and the forged request queued nothing.
    expect((await rt.storage.tasks.getKeys("task")).length).toBe(1)
    expect((await get(a.exportId)).status).toBe(200)
    await rt.dispose()
  })
})
