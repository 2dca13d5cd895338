import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { createSandbox, type Sandbox } from "../../sandbox/app.ts"
import { serverEnv, type Started } from "../../testing/runtime.ts"
import { serveSandbox } from "../helpers.ts"

export const CALLOUT_TOKEN = "studio-callout-token-for-runtime-tests-01"

/**
 * A Studio-style callout (Bearer token, no signature) against a real server
 * whose allowlist holds only loopback: admitted only if the runtime adapter
 * really reports the socket's peer (an unknown address is refused), while
 * X-Forwarded-For, untrusted by default, changes nothing.
 */
export function testCalloutPeer(name: string, start: (env: Record<string, string>) => Promise<Started>, timeoutMs = 60_000) {
  describe(`${name} runtime: the callout's source allowlist sees the real peer`, () => {
    let sandbox: Sandbox
    let tenant: ReturnType<typeof serveSandbox>
    let server: Started

    beforeAll(async () => {
      sandbox = await createSandbox({ contacts: 5 })
      tenant = serveSandbox(sandbox)
      const env = serverEnv(sandbox, tenant.origin)
      delete env.CXEDGE_CALLOUT_SECRETS
      server = await start({ ...env, CXEDGE_CALLOUT_TOKENS: CALLOUT_TOKEN, CXEDGE_CALLOUT_ALLOW_IPS: "127.0.0.0/8, ::1" })
    }, timeoutMs)
    afterAll(async () => {
      await server?.stop()
      tenant?.stop()
    })

    test("a bearer callout from loopback is 202 and anonymizes the contact; a forged X-Forwarded-For is ignored", async () => {
      const record = [...sandbox.tenant("acme").data.records.values()][1]!
      const send = (token: string) =>
        fetch(`${server.origin}/webhooks/cxone/contact-ended`, {
          method: "POST",
          headers: { authorization: `Bearer ${token}`, "content-type": "application/json", "x-forwarded-for": "203.0.113.9" },
          body: JSON.stringify({ contactId: record.id }),
        })
      const wrong = await send(CALLOUT_TOKEN.replace(/.$/, "x"))
      expect(wrong.status).toBe(401)
      const res = await send(CALLOUT_TOKEN)
      expect(res.status).toBe(202)
      expect(await res.json()).toEqual({ jobId: `contact_${record.id}` })
      const deadline = Date.now() + 15_000
      while (record.writes === 0 && Date.now() < deadline) await Bun.sleep(100)
      expect(record.writes).toBe(1)
    })

    test("a chunked body (no Content-Length) is read through the server's counting limit", async () => {
      const record = [...sandbox.tenant("acme").data.records.values()][2]!
      const text = new TextEncoder().encode(JSON.stringify({ contactId: record.id }))
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(text.slice(0, 5))
          controller.enqueue(text.slice(5))
          controller.close()
        },
      })
      const res = await fetch(`${server.origin}/webhooks/cxone/contact-ended`, { method: "POST", headers: { authorization: `Bearer ${CALLOUT_TOKEN}` }, body })
      expect(await res.json()).toEqual({ jobId: `contact_${record.id}` })
      const big = new ReadableStream<Uint8Array>({
        start(controller) {
          for (let i = 0; i < 40; i++) controller.enqueue(new Uint8Array(1024).fill(32))
          controller.close()
        },
      })
      const tooBig = await fetch(`${server.origin}/webhooks/cxone/contact-ended`, { method: "POST", headers: { authorization: `Bearer ${CALLOUT_TOKEN}` }, body: big })
      expect(tooBig.status).toBe(413)
    })
  })
}
