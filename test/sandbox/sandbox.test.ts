import { describe, expect, test } from "bun:test"
import { createSandbox } from "../../sandbox/app.ts"

async function token(sandbox: Awaited<ReturnType<typeof createSandbox>>, name = "acme") {
  const c = sandbox.credentials(name)
  const res = await sandbox.fetch("http://x/auth/token", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", authorization: `Basic ${btoa(`${c.clientId}:${c.clientSecret}`)}` },
    body: new URLSearchParams({ grant_type: "password", username: c.accessKeyId, password: c.accessKeySecret }).toString(),
  })
  return (await res.json()).access_token as string
}

async function recordsToken(sandbox: Awaited<ReturnType<typeof createSandbox>>, scope = "contact:read contact:write") {
  const c = sandbox.credentials("acme")
  const res = await sandbox.fetch("http://x/api/v2/oauth/token", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ grant_type: "client_credentials", client_id: c.recordsClientId, client_secret: c.recordsClientSecret, scope }).toString(),
  })
  return (await res.json()).access_token as string
}

describe("sandbox", () => {
  test("the same seed gives the same people; another seed does not", async () => {
    const a = await createSandbox({ seed: 1, contacts: 20 })
    const b = await createSandbox({ seed: 1, contacts: 20 })
    const c = await createSandbox({ seed: 2, contacts: 20 })
    const people = (s: typeof a) => [...s.tenant("acme").data.records.values()].map((r) => r.fields.email)
    expect(people(a)).toEqual(people(b))
    expect(people(a)).not.toEqual(people(c))
    expect(people(a).every((e) => /^[^@\s]+@[^@\s]+$/.test(String(e)))).toBe(true)
    expect([...a.tenant("acme").data.records.values()].every((r) => /^\+\d{10,13}$/.test(String(r.fields.phone)))).toBe(true)
  })

  test("cxone-configuration is 404 for an unknown tenant; token errors use {error, error_description}", async () => {
    const sandbox = await createSandbox()
    expect((await sandbox.fetch("http://x/.well-known/cxone-configuration?tenantId=nope")).status).toBe(404)
    const bad = await sandbox.fetch("http://x/auth/token", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "grant_type=password&username=a&password=b",
    })
    expect(bad.status).toBe(400)
    expect(await bad.json()).toEqual({ error: "invalid_grant", error_description: "invalid access key" })
    expect(bad.headers.get("cache-control")).toBe("no-store")
    const cc = await sandbox.fetch("http://x/auth/token", { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "grant_type=client_credentials" })
    expect((await cc.json()).error).toBe("unsupported_grant_type")
  })

  test("the ACD prefix is case-insensitive and unknown versions are refused loudly", async () => {
    const sandbox = await createSandbox({ contacts: 5 })
    const auth = { authorization: `Bearer ${await token(sandbox)}` }
    for (const prefix of ["/inContactAPI/services/v34.0", "/incontactapi/services/V34.0", "/InContactAPI//services/v33.0"]) {
      expect((await sandbox.fetch(`http://x${prefix}/contacts/completed`, { headers: auth })).status).toBe(200)
    }
    const old = await sandbox.fetch("http://x/inContactAPI/services/v21.0/contacts/completed", { headers: auth })
    expect(old.status).toBe(404)
    expect((await old.json()).error).toBe("version_not_emulated")
  })

  test("skill activity answers 304 when nothing changed since lastPollTime", async () => {
    const sandbox = await createSandbox({ contacts: 5 })
    const auth = { authorization: `Bearer ${await token(sandbox)}` }
    const base = "http://x/inContactAPI/services/v34.0/skills/activity"
    const first = await (await sandbox.fetch(`${base}?updatedSince=1970-01-01T00:00:00.000Z`, { headers: auth })).json()
    expect(first.skillActivity).toHaveLength(3)
    await new Promise((r) => setTimeout(r, 5))
    expect((await sandbox.fetch(`${base}?updatedSince=${first.lastPollTime}`, { headers: auth })).status).toBe(304)
    await sandbox.app.request("/_sandbox/tenants/acme/skills/4101", { method: "PUT", body: JSON.stringify({ queueCount: 9 }) })
    const delta = await (await sandbox.fetch(`${base}?updatedSince=${first.lastPollTime}`, { headers: auth })).json()
    expect(delta.skillActivity.map((s: any) => [s.skillId, s.queueCount])).toEqual([[4101, 9]])
  })

  test("records API: ETag and If-Match, 412 on a stale tag, null deletes, limits give 400", async () => {
    const sandbox = await createSandbox({ contacts: 3 })
    const auth = { authorization: `Bearer ${await recordsToken(sandbox)}` }
    const id = [...sandbox.tenant("acme").data.records.keys()][0]
    const url = `http://x/api/v1/contacts/${id}`
    const read = await sandbox.fetch(url, { headers: auth })
    const etag = read.headers.get("etag")!
    const patch = (body: unknown, ifMatch?: string) =>
      sandbox.fetch(url, { method: "PATCH", headers: { ...auth, "content-type": "application/json", ...(ifMatch ? { "if-match": ifMatch } : {}) }, body: JSON.stringify(body) })
    expect((await patch({ firstName: "x" })).status).toBe(428)
    const ok = await patch({ firstName: "Anon", email: null }, etag)
    expect(ok.status).toBe(200)
    expect(ok.headers.get("etag")).not.toBe(etag)
    const body = await ok.json()
    expect(body.firstName).toBe("Anon")
    expect("email" in body).toBe(false)
    expect((await patch({ firstName: "again" }, etag)).status).toBe(412)
    const long = await patch({ phone: "1".repeat(51) }, ok.headers.get("etag")!)
    expect(long.status).toBe(400)
    expect(await long.json()).toEqual({ error: "field_too_long", field: "phone", limit: 50 })
    expect(sandbox.tenant("acme").data.records.get(id!)!.writes).toBe(1)
    const readOnly = { authorization: `Bearer ${await recordsToken(sandbox, "contact:read")}` }
    expect((await sandbox.fetch(url, { method: "PATCH", headers: { ...readOnly, "if-match": "*" }, body: "{}" })).status).toBe(403)
  })

  test("privacy erasure returns a request id and erases matching contacts", async () => {
    const sandbox = await createSandbox({ contacts: 50 })
    const auth = { authorization: `Bearer ${await token(sandbox)}`, "content-type": "application/json" }
    const target = sandbox.tenant("acme").data.completed.find((c) => c.fromAddress.startsWith("+"))!
    const phone = target.fromAddress
    const res = await sandbox.fetch("http://x/privacy/v1/erasure", { method: "POST", headers: auth, body: JSON.stringify({ subjectIdentifier: phone, subjectIdentifierType: "PHONENO" }) })
    expect(res.status).toBe(200)
    expect((await res.json()).requestId).toMatch(/^[0-9a-f-]{36}$/)
    expect(target.fromAddress).toBe("[erased]")
    expect(sandbox.tenant("acme").erasures).toHaveLength(1)
  })

  test("DFO: transcript 201 (202 when configured), content removal 201 then 409", async () => {
    const sandbox = await createSandbox({ contacts: 30 })
    const auth = { authorization: `Bearer ${await token(sandbox)}`, "content-type": "application/json" }
    const message = [...sandbox.tenant("acme").data.messages.values()][0]!
    const t = await sandbox.fetch(`http://x/dfo/3.0/contacts/${message.contactNumber}/transcript`, { method: "POST", headers: auth, body: JSON.stringify({ recipients: [{ idOnExternalPlatform: "a@example.com" }] }) })
    expect(t.status).toBe(201)
    const missing = await sandbox.fetch(`http://x/dfo/3.0/contacts/1/transcript`, { method: "POST", headers: auth, body: JSON.stringify({ recipients: [{ idOnExternalPlatform: "a@example.com" }] }) })
    expect(missing.status).toBe(404)
    expect((await missing.json()).uid).toBeString()
    const removal = () => sandbox.fetch(`http://x/dfo/3.0/messages/${message.id}/content-removal`, { method: "POST", headers: auth, body: JSON.stringify({ reason: "GDPR" }) })
    expect((await removal()).status).toBe(201)
    expect((await removal()).status).toBe(409)
    expect(message.content).toBeNull()
  })

  test("the rate-limit knob answers 429 with or without Retry-After", async () => {
    const sandbox = await createSandbox({ contacts: 2, faults: { rateLimit: { rps: 1, burst: 2, retryAfter: false } } })
    const auth = { authorization: `Bearer ${await token(sandbox)}` }
    const url = "http://x/inContactAPI/services/v34.0/contacts/completed"
    const statuses = []
    for (let i = 0; i < 3; i++) statuses.push((await sandbox.fetch(url, { headers: auth })).status)
    expect(statuses).toEqual([200, 200, 429])
    await sandbox.app.request("/_sandbox/tenants/acme/faults", { method: "PUT", body: JSON.stringify({ rateLimit: { rps: 1, burst: 1, retryAfter: true } }) })
    await sandbox.fetch(url, { headers: auth })
    const limited = await sandbox.fetch(url, { headers: auth })
    expect(limited.status).toBe(429)
    expect(limited.headers.get("retry-after")).toBe("1")
  })

  test("a fixed-window limit counts each window's requests and names the window's end in Retry-After", async () => {
    let clock = 10_000_250
    const sandbox = await createSandbox({ contacts: 2, now: () => clock, faults: { rateLimit: { rps: 2, windowSec: 2, retryAfter: true } } })
    const auth = { authorization: `Bearer ${await token(sandbox)}` }
    const url = "http://x/inContactAPI/services/v34.0/contacts/completed"
    const status = async () => {
      const r = await sandbox.fetch(url, { headers: auth })
      return r.status === 429 ? `429 after ${r.headers.get("retry-after")}` : String(r.status)
    }
    // 4 a window of 2 s however fast they come; the fifth waits for the window's end (1.75 s away: 2 s rounded up).
    const first = [await status(), await status(), await status(), await status(), await status()]
    expect(first).toEqual(["200", "200", "200", "200", "429 after 2"])
    clock = 10_001_900 // the same window, 100 ms before its end: still refused
    expect(await status()).toBe("429 after 1")
    clock = 10_002_000 // a new window: four more at once, with no refill to wait for
    expect([await status(), await status(), await status(), await status(), await status()]).toEqual(["200", "200", "200", "200", "429 after 2"])
  })

  test("the faults route refuses what --faults refuses, and changes nothing then", async () => {
    const sandbox = await createSandbox({ contacts: 2 })
    const put = async (body: string) => {
      const r = await sandbox.app.request("/_sandbox/tenants/acme/faults", { method: "PUT", body })
      return `${r.status} ${(await r.json()).error ?? ""}`.trim()
    }
    expect(await put('{"errorRatoi":0.05}')).toMatch(/^400 "errorRatoi" is not a fault knob: use rateLimit, /)
    expect(await put('{"errorRatio":5}')).toBe('400 "errorRatio" must be a ratio from 0 to 1 (0.05 is 5%)')
    expect(await put('{"rateLimit":{"rps":50,"windowSec":1,"burst":10}}')).toMatch(/^400 "rateLimit" burst is the token bucket's and a window has none/)
    expect(await put('{"rateLimit":{"rps":50,"windowSec":0.5}}')).toMatch(/^400 "rateLimit" windowSec must be a whole number of seconds/)
    expect(await put('{"rateLimit":{"rps":50}}')).toMatch(/^400 "rateLimit" burst must be a number above 0 \(or give windowSec/)
    expect(await put("[]")).toMatch(/^400 the body must be a JSON object/)
    expect(await put("not json")).toMatch(/^400 the body must be a JSON object/)
    const stats = await (await sandbox.app.request("/_sandbox/tenants/acme/stats")).json()
    expect([stats.faults.errorRatio, stats.faults.rateLimit]).toEqual([0, null])
    expect(await put('{"rateLimit":{"rps":50,"windowSec":1,"retryAfter":true}}')).toBe("200")
  })

  test("the consent receiver records deliveries, verifies signatures and fails on demand", async () => {
    const secret = `whsec_${btoa("0123456789abcdef0123456789abcdef")}`
    const sandbox = await createSandbox({ contacts: 1, consentSecrets: [secret] })
    const body = '{"type":"contact.anonymized"}'
    const key = await crypto.subtle.importKey("raw", new TextEncoder().encode("0123456789abcdef0123456789abcdef"), { name: "HMAC", hash: "SHA-256" }, false, ["sign"])
    const sig = btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.sign("HMAC", key, new TextEncoder().encode(`msg_1.1700000000.${body}`)))))
    const send = () => sandbox.fetch("http://x/_consent/webhooks", { method: "POST", headers: { "webhook-id": "msg_1", "webhook-timestamp": "1700000000", "webhook-signature": `v1,${sig}` }, body })
    expect((await send()).status).toBe(204)
    await sandbox.app.request("/_sandbox/consent", { method: "PUT", body: JSON.stringify({ failNext: 1 }) })
    expect((await send()).status).toBe(503)
    const deliveries = await (await sandbox.app.request("/_sandbox/consent")).json()
    expect(deliveries.map((d: any) => [d.status, d.verified])).toEqual([[204, true], [503, true]])
  })
})
