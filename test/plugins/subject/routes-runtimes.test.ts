import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { gzipSync } from "node:zlib"
import { createSandbox, type Sandbox } from "../../../sandbox/app.ts"
import { ADMIN, CONSENT, serverEnv, signed, type Started } from "../../../testing/runtime.ts"
import { serveSandbox } from "../../../testing/sandbox.ts"
import { findLeaks, seededValues } from "../anonymize/setup.ts"
import { workerBundle } from "../../workerd.ts"
import { serverRuntimes } from "../../server-runtimes.ts"

const runtimes = serverRuntimes()

async function until<T>(what: string, check: () => Promise<T | undefined>, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms
  for (;;) {
    const value = await check()
    if (value !== undefined) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await Bun.sleep(200)
  }
}

const OUTBOUND = `whsec_${Buffer.from("consent-platform-secret-0123456789").toString("base64")}`

interface Delivered {
  body: string
  verified: boolean
}

for (const [name, start] of runtimes) {
  describe(`subject access export on ${name}`, () => {
    let sandbox: Sandbox
    let tenant: ReturnType<typeof serveSandbox>
    let server: Started
    beforeAll(async () => {
      sandbox = await createSandbox({ contacts: 30, consentSecrets: [OUTBOUND] })
      tenant = serveSandbox(sandbox)
      server = await start({
        ...serverEnv(sandbox, tenant.origin),
        // subject.access.ready goes to the sandbox's consent receiver, signed.
        CXEDGE_WEBHOOK_URL: `${tenant.origin}/_consent/webhooks`,
        CXEDGE_WEBHOOK_SECRETS: OUTBOUND,
      })
    }, 90_000)
    afterAll(async () => {
      await server?.stop()
      tenant?.stop()
    })
    const collect = (id: string, token = ADMIN) => fetch(`${server.origin}/v1/subjects/exports/${id}`, { headers: { authorization: `Bearer ${token}` } })
    const request = (data: object) => {
      const body = JSON.stringify({ type: "access.requested", data })
      return fetch(`${server.origin}/webhooks/consent`, { method: "POST", headers: signed(CONSENT, body), body })
    }

    let exportId = ""
    let seeded: string[] = []

    test("a signed access.requested is 202, the task runs, the export is returned once, then 410", async () => {
      seeded = seededValues(sandbox)
      const person = [...sandbox.tenant("acme").data.records.values()][4]!.fields as { email: string }
      const accepted = await request({ subject: person.email.toUpperCase(), subjectType: "EMAIL" })
      expect(accepted.status).toBe(202)
      const answer = await accepted.json()
      expect(answer).toEqual({ jobId: expect.stringMatching(/^access_[0-9a-f]{20}$/), exportId: expect.stringMatching(/^access_[0-9a-f]{20}$/) })
      exportId = answer.exportId

      expect((await collect(exportId, "wrong")).status).toBe(401)
      // 404 until the queue has made it (a server's loop, a Worker's waitUntil); the first answer that is not 404 returns it.
      const first = await until("the export to be made", async () => {
        const r = await collect(exportId)
        return r.status === 404 ? void (await r.body?.cancel()) : r
      })
      expect(first.status).toBe(200)
      expect(first.headers.get("cache-control")).toBe("no-store")
      const doc = await first.json()
      expect(doc.subject.value).toBe(person.email)
      expect(doc.records.some((r: { email: string }) => r.email === person.email)).toBe(true)

      const second = await collect(exportId)
      expect(second.status).toBe(410)
      const gone = await second.json()
      expect(gone).toMatchObject({ error: "gone", message: expect.stringContaining("returned once") })
      const unknown = await collect("access_00000000000000000000")
      expect([unknown.status, (await unknown.json()).error]).toEqual([404, "not_found"])

      const wrong = await request({ subject: "not an address", subjectType: "EMAIL" })
      expect(wrong.status).toBeGreaterThanOrEqual(400)
      expect(wrong.status).toBeLessThan(500)
      const refusal = await wrong.text()
      expect(refusal).not.toContain("not an address")

      const openapi = await (await fetch(`${server.origin}/openapi.json`)).json()
      expect(Object.keys(openapi.paths)).toContain("/v1/subjects/exports/{id}")
      // Outside the export document, no seeded value in what the routes answered.
      expect(findLeaks(JSON.stringify([answer, gone, refusal]), seeded)).toEqual([])
    }, 60_000)

    // On workerd the delivery pass must end inside the invocation that started it (runtime:settle, in waitUntil).
    const delivery = test
    delivery("the consent platform is sent subject.access.ready, signed, with ids and counts only", async () => {
      expect(exportId).not.toBe("")
      const ready = await until("subject.access.ready", async () => {
        const all = (await (await sandbox.app.request("/_sandbox/consent")).json()) as Delivered[]
        return all.find((d) => d.body.includes("subject.access.ready") && d.body.includes(exportId))
      }, 10_000)
      expect(ready.verified).toBe(true)
      const event = JSON.parse(ready.body)
      expect(event.data).toMatchObject({ exportId, subjectType: "EMAIL", status: "ready" })
      expect(event.data.subject).toMatch(/^sub_k1_/)
      expect(findLeaks(ready.body, seeded)).toEqual([])
    }, 30_000)
  })
}

test("the Worker bundle with every default plugin (subject's node:crypto included) stays under 1 MB gzipped", async () => {
  const bundle = await workerBundle()
  const text = new TextDecoder().decode(bundle)
  for (const route of ["/v1/subjects/exports/", "/v1/retention/run", "/v1/holds"]) expect(text).toContain(route)
  const gzipped = gzipSync(bundle, { level: 9 }).byteLength
  console.log(`worker bundle: ${(bundle.byteLength / 1024).toFixed(0)} KiB, ${(gzipped / 1024).toFixed(0)} KiB gzipped`)
  expect(gzipped).toBeLessThan(1_000_000)
}, 60_000)
