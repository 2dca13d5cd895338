// Safe 53 (a real server, fs storage, two audit sinks: audit-kv and audit-file, the file sink failing while its day
// file is a directory). An inbound consent request whose record the file sink failed, sent again by the platform, wrote
// a second copy into the kv chain; an access export whose record failed was made again when its task ran again (the
// tenant read again, a second subject.export record in the kv chain).
import { createHash } from "node:crypto"
import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { createSandbox, type Sandbox } from "../../sandbox/app.ts"
import { serveSandbox } from "../helpers.ts"
import { PLATFORM, twoSinks, sendConsent, type Server, collect, until } from "./two-sinks.ts"

let sandbox: Sandbox
let tenant: ReturnType<typeof serveSandbox>
let email: string
// The ACD searches the tenant answered: an access export makes one per identifier it looks up.
let searches = 0

beforeAll(async () => {
  sandbox = await createSandbox({ contacts: 8, consentSecrets: [PLATFORM] })
  tenant = serveSandbox(sandbox, (request) => void (new URL(request.url).pathname.endsWith("/contacts/completed") && searches++))
  email = sandbox.tenant("acme").data.completed.find((c) => c.fromAddress.includes("@"))!.fromAddress
}, 30_000)
afterAll(() => tenant?.stop())

const serverDir = () => twoSinks(sandbox, tenant.origin, "cxedge-safe53-")
const send = (server: Server, type: string, id: string) => sendConsent(server, type, id, email)
/** The events the consent platform was sent that say an access export is ready. */
const told = async () => ((await (await sandbox.app.request("/_sandbox/consent")).json()) as { body: string }[]).map((d) => d.body).filter((b) => b.includes("subject.access.ready"))


describe("an inbound consent request whose audit record one sink of two failed, sent again", () => {
  test("the retry writes the record to the sink that lacks it only; the erasure is queued and done once", async () => {
    const at = serverDir()
    const erased = () => sandbox.tenant("acme").erasures.filter((e) => e.subjectIdentifier === email.toLowerCase()).length
    const server = await at.start()
    try {
      const first = await send(server, "erasure.requested", "msg_safe53_erasure")
      at.mend()
      expect(first.status).toBe(500)
      const again = await send(server, "erasure.requested", "msg_safe53_erasure")
      expect(again.status).toBe(200)
      expect(await again.json()).toMatchObject({ jobId: expect.stringMatching(/^erasure_/), duplicate: true })
      await until("the erasure", async () => (erased() > 0 ? true : undefined))
    } finally {
      await server.stop()
    }
    expect(erased()).toBe(1)
    expect(await at.records("erasure.requested")).toEqual({ kv: 1, file: 1 })
  }, 90_000)
})

describe("an inbound access export whose audit record one sink of two failed", () => {
  test("its task run again writes only the missing record: the export is not made again, each sink holds it once", async () => {
    const at = serverDir()
    const server = await at.start()
    let mendedAt = 0
    let searched = 0
    try {
      const first = await send(server, "access.requested", "msg_safe53_access")
      expect(first.status).toBe(500)
      // The id a duplicate is answered with (access_ and the webhook-id's digest): the first answer was the 500.
      const exportId = `access_${createHash("sha256").update("msg_safe53_access").digest("hex").slice(0, 20)}`
      // The server's loop runs the task: the export is made, and its record fails in the file sink (the task waits to run again).
      // Not collected meanwhile: a collection while the sink fails loses the document (routes.ts, not this test's matter).
      await until("the export's first attempt to fail", async () => (server.logged().includes(`task ${exportId} (subject.access-export) failed`) ? true : undefined))
      searched = searches
      at.mend()
      mendedAt = Date.now()
      // The platform sends the request again: answered with the same export, its record written now.
      const again = await send(server, "access.requested", "msg_safe53_access")
      expect([again.status, await again.json()]).toEqual([200, { jobId: exportId, exportId, duplicate: true }])
      // The task runs again (after its 5 s wait): the platform is told the export is ready, then collects it.
      await until("subject.access.ready", async () => ((await told()).some((body) => body.includes(exportId)) ? true : undefined))
      const collected = await until("the export", async () => {
        const r = await collect(server, exportId)
        return r.status === 200 ? ((await r.json()) as { generatedAt: string }) : undefined
      })
      // Made when first asked, before the sink was mended: not gathered again from the tenant.
      expect(Date.parse(collected.generatedAt)).toBeLessThan(mendedAt)
      expect(searches).toBe(searched)
    } finally {
      await server.stop()
    }
    expect(await at.records("subject.export")).toEqual({ kv: 1, file: 1 })
    expect(await at.records("access.requested")).toEqual({ kv: 1, file: 1 })
  }, 90_000)
})
