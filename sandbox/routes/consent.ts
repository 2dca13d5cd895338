import { Hono } from "hono"
import type { SandboxCore, SandboxEnv } from "../context.ts"

const enc = new TextEncoder()

// A secret's key is imported once: a receiver verifies every event of a large job with the same few secrets.
const imported = new Map<string, Promise<CryptoKey>>()
function keyOf(secret: string): Promise<CryptoKey> {
  let key = imported.get(secret)
  if (!key) {
    const raw = Uint8Array.from(atob(secret.replace(/^whsec_/, "")), (ch) => ch.charCodeAt(0))
    imported.set(secret, (key = crypto.subtle.importKey("raw", raw, { name: "HMAC", hash: "SHA-256" }, false, ["sign"])))
  }
  return key
}

/** Checks a Standard Webhooks signature against any of the receiver's secrets (`whsec_<base64>`). */
async function verify(secrets: string[], id: string, timestamp: string, body: string, header: string): Promise<boolean> {
  const given = header.split(" ").filter((s) => s.startsWith("v1,")).map((s) => s.slice(3))
  for (const secret of secrets) {
    const key = await keyOf(secret)
    const mac = new Uint8Array(await crypto.subtle.sign("HMAC", key, enc.encode(`${id}.${timestamp}.${body}`)))
    const expected = btoa(String.fromCharCode(...mac))
    if (given.includes(expected)) return true
  }
  return false
}

/**
 * A consent platform's webhook receiver: records every delivery with its
 * headers and exact body, verifies signatures when it knows the secret, and
 * can be told to fail (all deliveries, or the next N).
 */
export function consentRoutes(core: SandboxCore) {
  const app = new Hono<SandboxEnv>()
  app.post("/webhooks", async (c) => {
    const body = await c.req.text()
    const state = core.consent
    const id = c.req.header("webhook-id") ?? null
    const timestamp = c.req.header("webhook-timestamp") ?? null
    const signature = c.req.header("webhook-signature") ?? null
    let status = 204
    if (state.failStatus) status = state.failStatus
    else if (state.failNext > 0) {
      state.failNext--
      status = 503
    }
    const verified = state.secrets.length && id && timestamp && signature ? await verify(state.secrets, id, timestamp, body, signature) : null
    state.deliveries.push({ id, timestamp, signature, body, receivedAt: core.now(), status, verified })
    return status === 204 ? c.body(null, 204) : c.json({ error: "unavailable" }, status as 503)
  })
  return app
}
