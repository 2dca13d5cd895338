import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { createSandbox, type Sandbox } from "../../sandbox/app.ts"
import { ADMIN, CONSENT, KEY, serverEnv, signed, startListening, type Listening } from "../../testing/runtime.ts"
import { serveSandbox } from "../../testing/sandbox.ts"
import { ROOT } from "../helpers.ts"

// The inbound consent route meeting a hold it cannot judge (its key left the ring), and a
// held request re-sent under the same webhook-id after the release.

const K2 = "k2:" + Buffer.from("fedcba9876543210fedcba9876543210").toString("base64")

let sandbox: Sandbox
let tenant: ReturnType<typeof serveSandbox>
let email: string
const erased = () => sandbox.tenant("acme").erasures.filter((e) => e.subjectIdentifier === email.toLowerCase()).length

beforeAll(async () => {
  sandbox = await createSandbox({ contacts: 8 })
  tenant = serveSandbox(sandbox)
  email = sandbox.tenant("acme").data.completed.find((c) => c.fromAddress.includes("@"))!.fromAddress
}, 30_000)
afterAll(() => tenant?.stop())

const start = (dir: string, keys: string) =>
  startListening([process.execPath, `${ROOT}server/bun.ts`], { ...serverEnv(sandbox, tenant.origin), CXEDGE_HMAC_KEYS: keys, CXEDGE_HMAC_KEY_ID: keys.split(":")[0]!, CXEDGE_STORAGE: "fs", CXEDGE_STORAGE_DIR: dir, CXEDGE_PORT: "0" })
const admin = (server: Listening, path: string, body: object) =>
  fetch(`${server.origin}${path}`, { method: "POST", body: JSON.stringify(body), headers: { authorization: `Bearer ${ADMIN}`, "content-type": "application/json" } })
// A release takes no body (one is refused).
const release = (server: Listening, id: string) => fetch(`${server.origin}/v1/holds/${id}/release`, { method: "POST", headers: { authorization: `Bearer ${ADMIN}` } })
const request = (server: Listening, id: string) => {
  const body = JSON.stringify({ type: "erasure.requested", data: { subject: email } })
  return fetch(`${server.origin}/webhooks/consent`, { method: "POST", headers: signed(CONSENT, body, id), body })
}

describe("inbound erasure requests and holds", () => {
  test("a hold whose key left the ring answers a clean 503 saying what to do; nothing is queued, and the retry after the key is back is held", async () => {
    const dir = join(mkdtempSync(join(tmpdir(), "cxedge-hold-lost-")), "state")
    let server = await start(dir, KEY)
    const hold = await (await admin(server, "/v1/holds", { subjectEmail: email, reason: "LH-3" })).json()
    await server.stop()

    server = await start(dir, K2)
    try {
      const lost = await request(server, "msg_lost_key_1")
      expect(lost.status).toBe(503)
      const answer = await lost.json()
      expect(answer).toMatchObject({ error: "hold_unavailable" })
      expect(answer.message).toMatch(/made under key "k1", which is not in CXEDGE_HMAC_KEYS: keep that key in the ring/)
      expect(JSON.stringify(answer)).not.toContain(email)
      expect(erased()).toBe(0)
    } finally {
      await server.stop()
    }
    // The platform retries the same webhook-id once the key is back: a 503 stored nothing, so it is judged afresh.
    server = await start(dir, `${KEY},${K2}`)
    try {
      const retried = await request(server, "msg_lost_key_1")
      expect(retried.status).toBe(200)
      expect(await retried.json()).toEqual({ held: true, holdId: hold.id })
    } finally {
      await server.stop()
    }
  }, 90_000)

  test("a held request re-sent with the same webhook-id after the release gets the first answer (held); a new id is acted on", async () => {
    const dir = join(mkdtempSync(join(tmpdir(), "cxedge-hold-dup-")), "state")
    const server = await start(dir, KEY)
    try {
      const hold = await (await admin(server, "/v1/holds", { subjectEmail: email, reason: "LH-4" })).json()
      const first = await request(server, "msg_held_dup_1")
      expect([first.status, await first.json()]).toEqual([200, { held: true, holdId: hold.id }])
      expect((await release(server, hold.id)).status).toBe(200)
      const again = await request(server, "msg_held_dup_1")
      expect([again.status, await again.json()]).toEqual([200, { held: true, holdId: hold.id, duplicate: true }])
      expect(erased()).toBe(0)
      const fresh = await request(server, "msg_after_release_1")
      expect(fresh.status).toBe(202)
    } finally {
      await server.stop()
    }
  }, 60_000)
})
