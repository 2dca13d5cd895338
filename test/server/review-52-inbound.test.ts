// Review 52 (a real server, fs storage, audit-kv and audit-file, the file sink failing while its day file is a
// directory). An inbound consent request whose record the file sink failed, sent again by the platform twice at once
// (a delivery retried while the first retry was in flight): both retries wrote the owed record to the sink that
// lacked it, two copies of one request in its chain; only one of them may.
import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { createSandbox, type Sandbox } from "../../sandbox/app.ts"
import { serveSandbox } from "../helpers.ts"
import { PLATFORM, twoSinks, sendConsent, type Server } from "./two-sinks.ts"

let sandbox: Sandbox
let tenant: ReturnType<typeof serveSandbox>
let email: string

beforeAll(async () => {
  sandbox = await createSandbox({ contacts: 8, consentSecrets: [PLATFORM] })
  tenant = serveSandbox(sandbox)
  email = sandbox.tenant("acme").data.completed.find((c) => c.fromAddress.includes("@"))!.fromAddress
}, 30_000)
afterAll(() => tenant?.stop())

const serverDir = () => twoSinks(sandbox, tenant.origin, "cxedge-review52-")
const send = (server: Server, type: string, id: string) => sendConsent(server, type, id, email)
describe("an inbound consent request whose audit record one sink of two failed, sent again twice at once", () => {
  test("the record reaches each sink once", async () => {
    const at = serverDir()
    const server = await at.start()
    try {
      expect((await send(server, "erasure.requested", "msg_review52_twice")).status).toBe(500)
      at.mend()
      const again = await Promise.all([1, 2, 3].map(() => send(server, "erasure.requested", "msg_review52_twice")))
      expect(again.map((r) => r.status)).toEqual([200, 200, 200])
    } finally {
      await server.stop()
    }
    expect(await at.records("erasure.requested")).toEqual({ kv: 1, file: 1 })
  }, 90_000)
})
