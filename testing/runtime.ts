import { afterAll, beforeAll, describe, expect, test } from "./runner.ts"
import { signWebhook } from "../core/index.ts"
import { createSandbox, type Sandbox } from "../sandbox/app.ts"
import { sandboxEnv, serveSandbox, stopProcess } from "./sandbox.ts"

export const ADMIN = "admin-token-for-runtime-tests-0123456789"
export const CONSENT = `whsec_${Buffer.from("inbound-secret-of-the-consent-side!").toString("base64")}`
export const CALLOUT = `whsec_${Buffer.from("cxone-studio-callout-signing-key!!").toString("base64")}`
export const KEY = "k1:" + Buffer.from("0123456789abcdef0123456789abcdef").toString("base64")

export interface Started {
  origin: string
  /** Stops the server; what it resolves with is the entry's own (an exit code for a process, see Listening). */
  stop(): Promise<unknown>
}

/** The environment a server under test gets: a sandbox tenant on a port, and every feature switched on. */
export function serverEnv(sandbox: Sandbox, origin: string): Record<string, string> {
  return {
    ...sandboxEnv(sandbox, origin),
    CXEDGE_HMAC_KEYS: KEY,
    CXEDGE_ADMIN_TOKEN: ADMIN,
    CXEDGE_CONSENT_SECRETS: CONSENT,
    CXEDGE_CALLOUT_SECRETS: CALLOUT,
    CXEDGE_CALLOUT_MATRIX: "gdpr",
    CXEDGE_RPS: "500",
    CXEDGE_LOG_LEVEL: "warn",
  }
}

export const signed = (secret: string, body: string, id = `msg_${crypto.randomUUID().replaceAll("-", "")}`, at = Math.floor(Date.now() / 1000)) => ({
  "content-type": "application/json",
  "webhook-id": id,
  "webhook-timestamp": String(at),
  "webhook-signature": signWebhook(secret, id, at, body),
})

async function until<T>(what: string, check: () => T | undefined | Promise<T | undefined>, ms = 15_000): Promise<T> {
  const deadline = Date.now() + ms
  for (;;) {
    const value = await check()
    if (value) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await Bun.sleep(100)
  }
}

/**
 * The suite every runtime entry passes, driven over HTTP against the real
 * server: health and readiness, metrics, OpenAPI, the admin guard, both
 * webhook routes doing their work after a 202, and a burst of bad requests
 * the server survives.
 */
export function testRuntime(name: string, start: (env: Record<string, string>) => Promise<Started>, timeoutMs = 60_000) {
  describe(`${name} runtime`, () => {
    let sandbox: Sandbox
    let tenant: ReturnType<typeof serveSandbox>
    let server: Started
    const url = (path: string) => `${server.origin}${path}`
    beforeAll(async () => {
      sandbox = await createSandbox({ contacts: 30 })
      tenant = serveSandbox(sandbox)
      server = await start(serverEnv(sandbox, tenant.origin))
    }, timeoutMs)
    afterAll(async () => {
      await server?.stop()
      tenant?.stop()
    })

    test("healthz, readyz (storage and tenant), openapi.json", async () => {
      expect((await (await fetch(url("/healthz"))).json()).status).toBe("ok")
      const ready = await fetch(url("/readyz"))
      expect(await ready.json()).toEqual({ status: "ready", checks: { storage: "ok", tenant: "ok" } })
      const doc = await (await fetch(url("/openapi.json"))).json()
      expect(doc.openapi).toBe("3.1.0")
      expect(doc.paths["/webhooks/consent"].post.requestBody.content["application/json"].schema.properties.type.enum).toContain("erasure.requested")
      expect(doc.paths["/v1/scripts/start"].post.security).toEqual([{ adminToken: [] }])
    })

    test("admin routes need the bearer token", async () => {
      expect((await fetch(url("/v1/tenant"))).status).toBe(401)
      const ok = await fetch(url("/v1/tenant"), { headers: { authorization: `Bearer ${ADMIN}` } })
      expect((await ok.json()).tenantId).toBe(sandbox.tenant("acme").id)
    })

    testAtOnce(() => ({ sandbox, url }))
    test("a contact-ended callout is answered 202 and anonymizes that contact once", async () => {
      const record = [...sandbox.tenant("acme").data.records.values()][3]!
      const body = JSON.stringify({ contactId: record.id })
      const res = await fetch(url("/webhooks/cxone/contact-ended"), { method: "POST", headers: signed(CALLOUT, body), body })
      expect(res.status).toBe(202)
      expect((await res.json()).jobId).toBe(`contact_${record.id}`)
      await until("the contact to be anonymized", () => record.writes === 1 && record.fields.firstName === undefined)
      const again = await fetch(url("/webhooks/cxone/contact-ended"), { method: "POST", headers: signed(CALLOUT, body), body })
      expect(await again.json()).toEqual({ jobId: `contact_${record.id}`, duplicate: true })
      await Bun.sleep(300)
      expect(record.writes).toBe(1)
    })

    test("a consent platform's erasure request is answered 202 and the subject is erased", async () => {
      const contact = sandbox.tenant("acme").data.completed.find((c) => c.fromAddress.startsWith("+"))!
      const phone = contact.fromAddress
      const body = JSON.stringify({ type: "erasure.requested", data: { subject: phone } })
      const res = await fetch(url("/webhooks/consent"), { method: "POST", headers: signed(CONSENT, body), body })
      expect(res.status).toBe(202)
      await until("the erasure request", () => sandbox.tenant("acme").erasures.some((e) => e.subjectIdentifier === phone))
    })

    test("bad requests get the right 4xx with a JSON reason, and the server keeps serving", async () => {
      const body = JSON.stringify({ contactId: "1" })
      const cases: [string, RequestInit & { path: string }, number, string][] = [
        ["wrong token", { path: "/v1/tenant", headers: { authorization: "Bearer nope" } }, 401, "unauthorized"],
        ["bad signature", { path: "/webhooks/cxone/contact-ended", method: "POST", headers: { ...signed(CALLOUT, body), "webhook-signature": "v1,AAAA" }, body }, 401, "invalid_signature"],
        ["stale timestamp", { path: "/webhooks/cxone/contact-ended", method: "POST", headers: signed(CALLOUT, body, undefined, Math.floor(Date.now() / 1000) - 3600), body }, 401, "stale_timestamp"],
        ["10 MB body", { path: "/webhooks/consent", method: "POST", headers: { "content-type": "application/json" }, body: "x".repeat(10 * 1024 * 1024) }, 413, "payload_too_large"],
        ["invalid JSON", { path: "/webhooks/cxone/contact-ended", method: "POST", headers: signed(CALLOUT, "{nope"), body: "{nope" }, 400, "invalid_json"],
        ["unknown route", { path: "/nope" }, 404, "not_found"],
      ]
      for (let round = 0; round < 3; round++) {
        for (const [what, init, status, error] of cases) {
          const res = await fetch(url(init.path), init)
          expect([what, res.status]).toEqual([what, status])
          const json = await res.json()
          expect([what, json.error]).toEqual([what, error])
          expect(JSON.stringify(json)).not.toMatch(/\s+at \S+:\d+/)
        }
      }
      expect((await fetch(url("/healthz"))).status).toBe(200)
      const metrics = await (await fetch(url("/metrics"))).text()
      expect(metrics).toContain('cxedge_http_requests_total{route="/healthz",status="200"}')
    })
  })
}

/**
 * Six requests at once, from cold, three times: each reaches the tenant. On Workers an I/O object (an
 * AbortSignal, a stream) belongs to the request that made it: one shared by two requests served at once
 * fails the second with "Cannot perform I/O on behalf of a different request".
 */
function testAtOnce(server: () => { sandbox: Sandbox; url: (path: string) => string }) {
  test("requests served at once each reach the tenant", async () => {
    const { sandbox, url } = server()
    const contact = [...sandbox.tenant("acme").data.messages.values()][0]!.contactNumber
    const post = () => fetch(url("/v1/transcripts"), { method: "POST", headers: { authorization: `Bearer ${ADMIN}`, "content-type": "application/json" }, body: JSON.stringify({ contactNumber: contact, recipients: ["ada@example.com"] }) })
    for (let round = 0; round < 3; round++) {
      const answers = await Promise.all(Array.from({ length: 6 }, async () => {
        const res = await post()
        return res.status === 200 ? 200 : `${res.status} ${await res.text()}`
      }))
      expect(answers).toEqual(Array(6).fill(200))
    }
  }, 30_000)
}

/** A server process under test: `stop` sends SIGTERM and resolves with its exit code (null when it had to be killed). */
export interface Listening extends Started {
  /** What the process printed on stdout up to its "listening on" line. */
  printed: string
  stop(): Promise<number | null>
}

/** Starts a child process and resolves with the origin it prints ("listening on http://..."). */
export async function startListening(cmd: string[], env: Record<string, string>, cwd?: string): Promise<Listening> {
  const proc = Bun.spawn(cmd, { env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", ...env }, stdout: "pipe", stderr: "pipe", cwd })
  const reader = proc.stdout.getReader()
  let text = ""
  // One read at a time: a read that lost the race to the sleep still delivers its chunk (the "listening" line) later.
  let pending: Promise<{ done: boolean; value?: Uint8Array }> | undefined
  const origin = await until(
    "the server to listen",
    async () => {
      const chunk = await Promise.race([(pending ??= reader.read()), Bun.sleep(200).then(() => undefined)])
      if (chunk) pending = undefined
      if (chunk && !chunk.done) text += new TextDecoder().decode(chunk.value)
      if (proc.exitCode !== null) throw new Error(`server exited (${proc.exitCode}): ${await new Response(proc.stderr).text()}`)
      return /listening on (http:\/\/[\d.]+:\d+)/.exec(text)?.[1]
    },
    30_000,
  )
  return {
    origin,
    printed: text,
    stop: () => stopProcess(proc),
  }
}
