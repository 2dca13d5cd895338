import { afterEach, describe, expect, test } from "bun:test"
import { createKeyRing, createRuntime, settingsFrom, withPluginEnv, type ConfigFile, type Env, type Runtime } from "../../core/index.ts"
import { builtins, defaultPlugins } from "../../plugins/manifest.ts"
import { createApp } from "../../server/app.ts"
import { createSandbox, SANDBOX_ORIGIN, type Sandbox } from "../../sandbox/app.ts"
import { CALLOUT, KEY, signed } from "../../testing/runtime.ts"
import { runCli, sandboxEnv } from "../helpers.ts"

// Two tokens of one length (a wrong token cannot be told apart by its length) and one longer.
const TOKEN = "studio-callout-token-0123456789abcdef"
const NEXT = "studio-callout-token-fedcba9876543210"
const LONGER = `${TOKEN}-and-some-more`
const URL = "/webhooks/cxone/contact-ended"

/** Settings as a runtime entry reads them: core's, then each built-in plugin's declared variables. */
const settingsOf = (env: Env, file: ConfigFile = {}, args: Record<string, unknown> = {}, source?: string) =>
  withPluginEnv(settingsFrom(env, file, args, source), env, Object.values(builtins))

const opened: Runtime[] = []
afterEach(async () => {
  for (const rt of opened.splice(0)) await rt.dispose()
})

/** An app over a sandbox tenant with the callout configured from `env`, as the server entries configure it. */
async function setup(env: Env, options: { peer?: string; sandbox?: Sandbox } = {}) {
  const sandbox = options.sandbox ?? (await createSandbox({ contacts: 10 }))
  const settings = settingsOf({ ...sandboxEnv(sandbox, SANDBOX_ORIGIN), CXEDGE_CALLOUT_MATRIX: "gdpr", ...env })
  const rt = await createRuntime({ ...settings.config, plugins: defaultPlugins }, { builtins, fetch: sandbox.fetch, keys: createKeyRing(KEY) })
  opened.push(rt)
  const app = createApp(rt, { peerAddress: () => options.peer })
  const tenant = sandbox.tenant("acme")
  const records = [...tenant.data.records.values()]
  const call = (headers: Record<string, string>, body: BodyInit | null = JSON.stringify({ contactId: records[0]!.id })) =>
    app.request(URL, { method: "POST", headers, body })
  const bearer = (token: string, body?: BodyInit | null, extra: Record<string, string> = {}) =>
    call({ authorization: `Bearer ${token}`, "content-type": "application/json", ...extra }, body)
  return { sandbox, tenant, records, rt, app, call, bearer }
}

/** The ids of the tasks queued in the runtime's storage. */
const taskIds = async (rt: Runtime) => (await rt.storage.tasks.getKeys()).map((k) => k.replace(/^task:/, "")).sort()

async function until(what: string, check: () => boolean, ms = 10_000) {
  const deadline = Date.now() + ms
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await Bun.sleep(20)
  }
}

/** A body whose stream records whether anything pulled from it. */
function watchedBody(text: string) {
  const seen = { read: false }
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        seen.read = true
        controller.enqueue(new TextEncoder().encode(text))
        controller.close()
      },
    },
    { highWaterMark: 0 }, // pulled only when something reads
  )
  return { stream, seen }
}

describe("callout auth: wrong credentials are refused with 401 and say what is expected", () => {
  const cases: [string, Record<string, string>, RegExp][] = [
    ["a wrong token of the same length", { authorization: `Bearer ${TOKEN.replace(/.$/, "X")}` }, /matches no configured token/],
    ["a token of a different length", { authorization: `Bearer ${LONGER}` }, /matches no configured token/],
    ["Bearer with no token", { authorization: "Bearer" }, /no token after Bearer/],
    ["Bearer and a space, no token", { authorization: "Bearer " }, /no token after Bearer|matches no configured token/],
    ["Basic credentials", { authorization: `Basic ${btoa(`studio:${TOKEN}`)}` }, /not a Bearer token/],
    ["the token without a scheme", { authorization: TOKEN }, /not a Bearer token/],
    ["lower-case bearer with a wrong token", { authorization: `bearer ${NEXT}` }, /matches no configured token/],
    ["no Authorization header", {}, /carries no credentials/],
  ]
  test.each(cases)("%s", async (_, headers, reason) => {
    const { call, tenant } = await setup({ CXEDGE_CALLOUT_TOKENS: TOKEN })
    const res = await call({ "content-type": "application/json", ...headers })
    expect(res.status).toBe(401)
    expect(res.headers.get("www-authenticate")).toBe('Bearer realm="cxedge-callout"')
    const json = await res.json()
    expect(json.error).toBe("unauthorized")
    expect(json.message).toMatch(reason)
    expect(json.message).toContain("Authorization: Bearer <a token from CXEDGE_CALLOUT_TOKENS>")
    const text = JSON.stringify(json)
    for (const secret of [TOKEN, NEXT, LONGER]) expect(text).not.toContain(secret)
    await Bun.sleep(50)
    expect([...tenant.data.records.values()].every((r) => r.writes === 0)).toBe(true)
  })

  test("the scheme is case-insensitive (RFC 7235): lower-case bearer with the right token is accepted", async () => {
    const { call } = await setup({ CXEDGE_CALLOUT_TOKENS: TOKEN })
    expect((await call({ authorization: `bearer ${TOKEN}`, "content-type": "application/json" })).status).toBe(202)
  })

  test("rotation: with two tokens both work; with the old one removed it is refused and the new one still works", async () => {
    const sandbox = await createSandbox({ contacts: 10 })
    const both = await setup({ CXEDGE_CALLOUT_TOKENS: `${TOKEN}, ${NEXT}` }, { sandbox })
    const [a, b] = both.records
    expect((await both.bearer(TOKEN, JSON.stringify({ contactId: a!.id }))).status).toBe(202)
    expect((await both.bearer(NEXT, JSON.stringify({ contactId: b!.id }))).status).toBe(202)
    const rotated = await setup({ CXEDGE_CALLOUT_TOKENS: NEXT }, { sandbox })
    expect((await rotated.bearer(TOKEN)).status).toBe(401)
    expect((await rotated.bearer(NEXT)).status).toBe(202)
  })

  test("CXEDGE_CALLOUT_TOKEN (singular) is accepted too", async () => {
    const { bearer } = await setup({ CXEDGE_CALLOUT_TOKEN: TOKEN })
    expect((await bearer(TOKEN)).status).toBe(202)
    expect((await bearer(NEXT)).status).toBe(401)
  })

  test("with both modes configured either one admits; with neither valid the 401 names both", async () => {
    const { bearer, call, records } = await setup({ CXEDGE_CALLOUT_TOKENS: TOKEN, CXEDGE_CALLOUT_SECRETS: CALLOUT })
    expect((await bearer(TOKEN)).status).toBe(202)
    const body = JSON.stringify({ contactId: records[1]!.id })
    expect((await call(signed(CALLOUT, body), body)).status).toBe(202)
    const forged = await call({ ...signed(CALLOUT, body), "webhook-signature": "v1,AAAA" }, body)
    expect(forged.status).toBe(401)
    expect((await forged.json()).error).toBe("invalid_signature")
    const neither = await bearer(NEXT)
    expect(neither.status).toBe(401)
    const message = (await neither.json()).message
    expect(message).toContain("CXEDGE_CALLOUT_TOKENS")
    expect(message).toContain("CXEDGE_CALLOUT_SECRETS")
  })

  test("signature mode alone still works, and a bearer token is not enough there", async () => {
    const { bearer, call, records } = await setup({ CXEDGE_CALLOUT_SECRETS: CALLOUT })
    const body = JSON.stringify({ contactId: records[0]!.id })
    expect((await call(signed(CALLOUT, body), body)).status).toBe(202)
    const res = await bearer(TOKEN)
    expect(res.status).toBe(401)
    expect(res.headers.get("www-authenticate")).toBeNull()
    expect((await res.json()).message).toMatch(/bearer tokens are not enabled.*CXEDGE_CALLOUT_SECRETS/)
  })

  test("with neither mode configured the route is 503 callout_disabled and names the variables", async () => {
    const { bearer } = await setup({})
    const res = await bearer(TOKEN)
    expect(res.status).toBe(503)
    const json = await res.json()
    expect(json.error).toBe("callout_disabled")
    expect(json.message).toContain("CXEDGE_CALLOUT_TOKENS")
    expect(json.message).toContain("CXEDGE_CALLOUT_SECRETS")
  })
})

describe("callout source allowlist", () => {
  const LIST = "10.0.0.0/8, 2001:db8::/32, 192.0.2.7"

  test("a peer outside the list gets 403 before any body is read, and nothing is queued", async () => {
    const { bearer, tenant, rt } = await setup({ CXEDGE_CALLOUT_TOKENS: TOKEN, CXEDGE_CALLOUT_ALLOW_IPS: LIST }, { peer: "203.0.113.9" })
    const { stream, seen } = watchedBody(JSON.stringify({ contactId: [...tenant.data.records.keys()][0] }))
    const res = await bearer(TOKEN, stream)
    expect(res.status).toBe(403)
    const json = await res.json()
    expect(json.error).toBe("forbidden")
    expect(json.message).toContain("CXEDGE_CALLOUT_ALLOW_IPS")
    expect(JSON.stringify(json)).not.toContain("203.0.113.9")
    expect(seen.read).toBe(false)
    expect(await taskIds(rt)).toEqual([])
  })

  test("the same body from a peer inside the list is read and queued (the check above can fail)", async () => {
    const { bearer, tenant, rt } = await setup({ CXEDGE_CALLOUT_TOKENS: TOKEN, CXEDGE_CALLOUT_ALLOW_IPS: LIST }, { peer: "10.9.8.7" })
    const id = [...tenant.data.records.keys()][0]!
    const { stream, seen } = watchedBody(JSON.stringify({ contactId: id }))
    expect((await bearer(TOKEN, stream)).status).toBe(202)
    expect(seen.read).toBe(true)
    expect(await taskIds(rt)).toEqual([`contact_${id}`])
  })

  test("the allowlist comes before the token: a wrong token from outside is 403, not 401", async () => {
    const { bearer } = await setup({ CXEDGE_CALLOUT_TOKENS: TOKEN, CXEDGE_CALLOUT_ALLOW_IPS: LIST }, { peer: "203.0.113.9" })
    expect((await bearer(NEXT)).status).toBe(403)
  })

  test("an unknown client address with a list set is 403", async () => {
    const { bearer } = await setup({ CXEDGE_CALLOUT_TOKENS: TOKEN, CXEDGE_CALLOUT_ALLOW_IPS: LIST })
    expect((await bearer(TOKEN)).status).toBe(403)
  })

  test.each([["10.1.2.3"], ["::ffff:10.1.2.3"], ["2001:db8:0:1::5"], ["[2001:db8::1]:443"], ["192.0.2.7"]])("a peer at %s inside the list is admitted", async (peer) => {
    const { bearer } = await setup({ CXEDGE_CALLOUT_TOKENS: TOKEN, CXEDGE_CALLOUT_ALLOW_IPS: LIST }, { peer })
    expect((await bearer(TOKEN)).status).toBe(202)
  })

  test.each([["192.0.2.8"], ["11.0.0.1"], ["2001:db9::1"], ["unknown"], [""]])("a peer at %s outside the list is 403", async (peer) => {
    const { bearer } = await setup({ CXEDGE_CALLOUT_TOKENS: TOKEN, CXEDGE_CALLOUT_ALLOW_IPS: LIST }, { peer })
    expect((await bearer(TOKEN)).status).toBe(403)
  })

  test("X-Forwarded-For is ignored unless CXEDGE_TRUST_PROXY says how many proxies append to it", async () => {
    const direct = await setup({ CXEDGE_CALLOUT_TOKENS: TOKEN, CXEDGE_CALLOUT_ALLOW_IPS: LIST }, { peer: "203.0.113.9" })
    expect((await direct.bearer(TOKEN, undefined, { "x-forwarded-for": "10.0.0.1" })).status).toBe(403)
    // One proxy (at 198.51.100.1) that appends the address it was connected from.
    const proxied = await setup({ CXEDGE_CALLOUT_TOKENS: TOKEN, CXEDGE_CALLOUT_ALLOW_IPS: LIST, CXEDGE_TRUST_PROXY: "1" }, { peer: "198.51.100.1" })
    expect((await proxied.bearer(TOKEN, undefined, { "x-forwarded-for": "10.0.0.1" })).status).toBe(202)
    // A forged entry on the left does not help: the proxy appended the real address.
    expect((await proxied.bearer(TOKEN, undefined, { "x-forwarded-for": "10.0.0.1, 203.0.113.9" })).status).toBe(403)
    // No header: the request did not come through the proxy, the address is unknown.
    expect((await proxied.bearer(TOKEN)).status).toBe(403)
    const two = await setup({ CXEDGE_CALLOUT_TOKENS: TOKEN, CXEDGE_CALLOUT_ALLOW_IPS: LIST, CXEDGE_TRUST_PROXY: "2" }, { peer: "198.51.100.1" })
    expect((await two.bearer(TOKEN, undefined, { "x-forwarded-for": "203.0.113.9, 10.0.0.1, 198.51.100.2" })).status).toBe(202)
    expect((await two.bearer(TOKEN, undefined, { "x-forwarded-for": "10.0.0.1" })).status).toBe(403)
  })
})

describe("callout body: Studio's forms are accepted, anything else refused before a job exists", () => {
  const bad: [string, string, number, RegExp][] = [
    ["a missing contactId", "{}", 422, /contactId is missing/],
    ["contactId an object", '{"contactId":{"id":"1"}}', 422, /string of digits/],
    ["contactId null", '{"contactId":null}', 422, /string of digits/],
    ["a negative number", '{"contactId":-5}', 422, /positive whole number/],
    ["a negative string", '{"contactId":"-5"}', 422, /string of digits/],
    ["a float", '{"contactId":1.5}', 422, /whole number/],
    ["a string with a space", '{"contactId":" 123"}', 422, /string of digits/],
    ["a leading zero", '{"contactId":"0123"}', 422, /leading zero/],
    ["a number above 2^53", '{"contactId":9007199254740993}', 422, /above 2\^53 - 1.*send it as a string/],
    ["more than 64 bits", '{"contactId":"99999999999999999999"}', 422, /larger than a 64-bit id/],
    // 19 characters or more reach the 64-bit check even when they are not digits: refused as the short ones are, not a 500 Studio retries.
    ["19 letters", '{"contactId":"abcdefghijklmnopqrst"}', 422, /^contactId must be a string of digits/],
    ["19 digits with a sign", '{"contactId":"-1234567890123456789"}', 422, /^contactId must be a string of digits/],
    ["20 digits with a space", '{"contactId":"1234567890123456789 0"}', 422, /^contactId must be a string of digits/],
    ["an array", "[1]", 422, /JSON object/],
    ["not JSON", "contactId=123", 400, /not JSON/],
    ["an empty body", "", 400, /not JSON/],
  ]
  test.each(bad)("%s", async (_, body, status, reason) => {
    const { bearer, rt } = await setup({ CXEDGE_CALLOUT_TOKENS: TOKEN })
    const res = await bearer(TOKEN, body)
    expect(res.status).toBe(status)
    const message: string = (await res.json()).message
    expect(message).toMatch(reason)
    // The caller's value is never quoted back.
    const sent = /"contactId":"([^"]+)"/.exec(body)?.[1]
    if (sent && !/^\d{1,12}$/.test(sent)) expect(message).not.toContain(sent.trim())
    expect(await taskIds(rt)).toEqual([])
  })

  test("a body of 32 KB or more is 413, declared or streamed", async () => {
    const { bearer, rt } = await setup({ CXEDGE_CALLOUT_TOKENS: TOKEN })
    const big = JSON.stringify({ contactId: "600000000001", pad: "x".repeat(32 * 1024) })
    const declared = await bearer(TOKEN, big)
    expect(declared.status).toBe(413)
    expect((await declared.json()).error).toBe("payload_too_large")
    const chunk = new TextEncoder().encode("x".repeat(8 * 1024))
    let sent = 0
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 5) controller.enqueue(chunk)
        else controller.close()
      },
    })
    expect((await bearer(TOKEN, stream)).status).toBe(413)
    expect(await taskIds(rt)).toEqual([])
  })

  test("multipart or XML is 415; a form-encoded body that is not JSON is 400", async () => {
    const { bearer, rt } = await setup({ CXEDGE_CALLOUT_TOKENS: TOKEN })
    for (const type of ["multipart/form-data; boundary=x", "application/xml"]) {
      const res = await bearer(TOKEN, undefined, { "content-type": type })
      expect([type, res.status]).toEqual([type, 415])
      expect((await res.json()).message).toContain("Content-Type: application/json")
    }
    const form = await bearer(TOKEN, "contactId=600000000001", { "content-type": "application/x-www-form-urlencoded" })
    expect(form.status).toBe(400)
    expect(await taskIds(rt)).toEqual([])
  })

  test('{"contactId":"123"}, {"contactId":123}, with no content type, text/plain or a form type, are accepted', async () => {
    const { app, records } = await setup({ CXEDGE_CALLOUT_TOKENS: TOKEN })
    const [a, b, c, d] = records.map((r) => r.id)
    const send = (headers: Record<string, string>, body: string) => app.request(URL, { method: "POST", headers: { authorization: `Bearer ${TOKEN}`, ...headers }, body })
    expect(await (await send({ "content-type": "application/json" }, `{"contactId":"${a}"}`)).json()).toEqual({ jobId: `contact_${a}` })
    expect(await (await send({ "content-type": "application/json; charset=utf-8" }, `{"contactId":${b}}`)).json()).toEqual({ jobId: `contact_${b}` })
    expect((await send({}, `{"contactId":"${c}"}`)).status).toBe(202)
    expect((await send({ "content-type": "text/plain" }, `\uFEFF{"contactId":"${d}", "skill": 4101}`)).status).toBe(202)
    // What curl -d (and clients like it) label a body they were not told the type of.
    expect((await send({ "content-type": "application/x-www-form-urlencoded" }, `{"contactId":"${records[8]!.id}"}`)).status).toBe(202)
  })

  test("an id above 2^53 sent as a string stays exact in the job id and the queued task", async () => {
    const { bearer, rt } = await setup({ CXEDGE_CALLOUT_TOKENS: TOKEN })
    const res = await bearer(TOKEN, '{"contactId":"9007199254740993"}')
    expect(res.status).toBe(202)
    expect(await res.json()).toEqual({ jobId: "contact_9007199254740993" })
    const task = await rt.tasks.get("contact_9007199254740993")
    expect((task?.payload as { contactId: string }).contactId).toBe("9007199254740993")
  })
})

describe("Studio's retries and timeouts", () => {
  test("the same callout sent three times makes one job and one write at the tenant", async () => {
    const { bearer, records } = await setup({ CXEDGE_CALLOUT_TOKENS: TOKEN })
    const record = records[2]!
    const before = { ...record.fields }
    const body = JSON.stringify({ contactId: record.id })
    const answers = []
    for (let i = 0; i < 3; i++) {
      const res = await bearer(TOKEN, body)
      expect(res.status).toBe(202)
      answers.push(await res.json())
    }
    expect(answers).toEqual([{ jobId: `contact_${record.id}` }, { jobId: `contact_${record.id}`, duplicate: true }, { jobId: `contact_${record.id}`, duplicate: true }])
    await until("the contact to be anonymized", () => record.writes >= 1)
    await Bun.sleep(300)
    expect(record.writes).toBe(1)
    expect(record.fields.firstName).not.toBe(before.firstName)
    expect(records.filter((r) => r.writes > 0)).toHaveLength(1)
  })

  test("three concurrent deliveries of one callout still make one job and one write", async () => {
    const { bearer, records } = await setup({ CXEDGE_CALLOUT_TOKENS: TOKEN })
    const record = records[4]!
    const body = JSON.stringify({ contactId: record.id })
    const answers = await Promise.all([1, 2, 3].map(async () => (await bearer(TOKEN, body)).json()))
    expect(answers.filter((a) => a.duplicate === true)).toHaveLength(2)
    await until("the contact to be anonymized", () => record.writes >= 1)
    await Bun.sleep(300)
    expect(record.writes).toBe(1)
  })

  test("two different contacts make two jobs, each written once", async () => {
    const { bearer, records, rt } = await setup({ CXEDGE_CALLOUT_TOKENS: TOKEN })
    const [a, b] = [records[5]!, records[6]!]
    const ra = await (await bearer(TOKEN, JSON.stringify({ contactId: a.id }))).json()
    const rb = await (await bearer(TOKEN, JSON.stringify({ contactId: Number(b.id) }))).json()
    expect([ra, rb]).toEqual([{ jobId: `contact_${a.id}` }, { jobId: `contact_${b.id}` }])
    await until("both contacts to be anonymized", () => a.writes >= 1 && b.writes >= 1)
    await Bun.sleep(300)
    expect([a.writes, b.writes]).toEqual([1, 1])
    expect(await taskIds(rt)).toEqual([`contact_${a.id}`, `contact_${b.id}`].sort())
  })

  test("the answer comes at once with a small body, even when the tenant is slow", async () => {
    const { bearer, records, tenant } = await setup({ CXEDGE_CALLOUT_TOKENS: TOKEN })
    tenant.faults.latencyMs = [1500, 1500]
    const started = performance.now()
    const res = await bearer(TOKEN, JSON.stringify({ contactId: records[7]!.id }))
    const elapsed = performance.now() - started
    expect(res.status).toBe(202)
    expect((await res.text()).length).toBeLessThan(100)
    expect(elapsed).toBeLessThan(1000)
    expect(records[7]!.writes).toBe(0) // the job runs after the answer
  })
})

describe("callout configuration is checked before anything runs", () => {
  const refused: [string, Env, RegExp][] = [
    ["a token shorter than 32 characters", { CXEDGE_CALLOUT_TOKENS: "short-token" }, /CXEDGE_CALLOUT_TOKENS is shorter than 32 characters/],
    ["a short second token", { CXEDGE_CALLOUT_TOKENS: `${TOKEN},tiny` }, /CXEDGE_CALLOUT_TOKENS entry 2 is shorter than 32 characters/],
    ["a token with a character a header cannot carry", { CXEDGE_CALLOUT_TOKEN: `${TOKEN} with spaces` }, /CXEDGE_CALLOUT_TOKEN holds a character a Bearer header cannot carry/],
    ["a list of no tokens", { CXEDGE_CALLOUT_TOKENS: " , " }, /CXEDGE_CALLOUT_TOKENS holds no token/],
    ["both variables set", { CXEDGE_CALLOUT_TOKENS: TOKEN, CXEDGE_CALLOUT_TOKEN: NEXT }, /both set/],
    ["a prefix above 32", { CXEDGE_CALLOUT_ALLOW_IPS: "10.0.0.0/33" }, /CXEDGE_CALLOUT_ALLOW_IPS entry 1 \("10.0.0.0\/33"\) has a prefix length that is not 0..32/],
    ["host bits after the prefix", { CXEDGE_CALLOUT_ALLOW_IPS: "192.0.2.0/24,10.0.0.1/8" }, /entry 2 \("10.0.0.1\/8"\) has bits set after the prefix/],
    ["an octet above 255", { CXEDGE_CALLOUT_ALLOW_IPS: "300.1.1.1" }, /entry 1 \("300.1.1.1"\) is not an IPv4 or IPv6 address/],
    ["a leading zero", { CXEDGE_CALLOUT_ALLOW_IPS: "010.0.0.1" }, /is not an IPv4 or IPv6 address/],
    ["a bad IPv6", { CXEDGE_CALLOUT_ALLOW_IPS: "2001:db8:::1/48" }, /is not an IPv4 or IPv6 address/],
    ["an IPv6 prefix above 128", { CXEDGE_CALLOUT_ALLOW_IPS: "2001:db8::/129" }, /not 0..128/],
    ["a zone id", { CXEDGE_CALLOUT_ALLOW_IPS: "fe80::1%eth0" }, /zone ids are not allowed/],
    ["a host name", { CXEDGE_CALLOUT_ALLOW_IPS: "studio.example.com" }, /is not an IPv4 or IPv6 address/],
    ["a prefix that is not a number", { CXEDGE_CALLOUT_ALLOW_IPS: "10.0.0.0/x" }, /has a prefix length/],
    ["a list of no ranges", { CXEDGE_CALLOUT_ALLOW_IPS: "," }, /CXEDGE_CALLOUT_ALLOW_IPS holds no address/],
    ["a hop count that is not a number", { CXEDGE_TRUST_PROXY: "yes" }, /CXEDGE_TRUST_PROXY "yes" is not allowed/],
    ["a negative hop count", { CXEDGE_TRUST_PROXY: "-1" }, /CXEDGE_TRUST_PROXY/],
    ["too many hops", { CXEDGE_TRUST_PROXY: "11" }, /CXEDGE_TRUST_PROXY "11" is not allowed: use a whole number from 0 to 10/],
  ]
  test.each(refused)("%s", (_, env, message) => {
    let error: unknown
    try {
      settingsOf(env)
    } catch (e) {
      error = e
    }
    expect((error as Error | undefined)?.message).toMatch(message)
    for (const value of Object.values(env)) if (value!.length >= 32) expect((error as Error).message).not.toContain(value!.slice(0, 32))
  })

  test("tokens and hops are accepted in range; a good list parses", () => {
    const s = settingsOf({ CXEDGE_CALLOUT_TOKENS: `${TOKEN},${NEXT}`, CXEDGE_CALLOUT_ALLOW_IPS: "10.0.0.0/8,::1,0.0.0.0/0", CXEDGE_TRUST_PROXY: "2" })
    expect((s.config.settings as any).anonymize.contactEnded).toMatchObject({ tokens: [TOKEN, NEXT], allowIps: ["10.0.0.0/8", "::1", "0.0.0.0/0"], trustProxy: 2 })
  })

  test("a config file holding callout tokens is refused at the key, never quoting the value", () => {
    const file = { settings: { anonymize: { contactEnded: { matrix: "gdpr", tokens: [TOKEN] } } } }
    expect(() => settingsOf({}, file, {}, "cxedge.config.json")).toThrow(/cxedge\.config\.json holds a secret at settings\.anonymize\.contactEnded\.tokens/)
    try {
      settingsOf({}, file, {}, "cxedge.config.json")
    } catch (error) {
      expect((error as Error).message).not.toContain(TOKEN)
    }
  })

  test("a config file's allowIps are checked like the variable; a misspelt contactEnded key is refused", async () => {
    const bad = { settings: { anonymize: { contactEnded: { allowIps: ["10.0.0.0/8", "10.0.0.0/40"] } } } }
    expect(() => settingsOf({}, bad, {}, "cxedge.config.json")).toThrow(/cxedge\.config\.json: settings\.anonymize\.contactEnded\.allowIps entry 2 \("10\.0\.0\.0\/40"\)/)
    expect(() => settingsOf({}, { settings: { anonymize: { contactEnded: { allowIps: "10.0.0.0/8" } } } }, {}, "cxedge.config.json")).toThrow(/must be a non-empty list/)
    const typo = settingsOf({}, { settings: { anonymize: { contactEnded: { matrix: "gdpr", allowIP: ["10.0.0.0/8"] } } } }, {}, "cxedge.config.json")
    expect(createRuntime({ ...typo.config, plugins: defaultPlugins }, { builtins })).rejects.toThrow(/contactEnded\.allowIP: is not a contactEnded setting/)
  })

  test("through the CLI: a short token or a malformed range exits 2 with one line naming the variable", async () => {
    const short = await runCli(["plugins"], { CXEDGE_CALLOUT_TOKENS: "s3cr3t-but-short" })
    expect(short.code).toBe(2)
    expect(short.stderr.trim().split("\n").filter((l) => l.includes("CXEDGE_CALLOUT_TOKENS"))).toHaveLength(1)
    expect(short.stderr + short.stdout).not.toContain("s3cr3t-but-short")
    expect(short.stderr).not.toMatch(/\s+at \S+:\d+/)
    const range = await runCli(["plugins"], { CXEDGE_CALLOUT_ALLOW_IPS: "10.0.0.0/8,10.0.0.0/33" })
    expect(range.code).toBe(2)
    expect(range.stderr).toContain('CXEDGE_CALLOUT_ALLOW_IPS entry 2 ("10.0.0.0/33")')
    expect(range.stderr).not.toMatch(/\s+at \S+:\d+/)
  })
})

describe("the server's body limit counts a chunked body as it is read", () => {
  const chunked = (bytes: number) => {
    let sent = 0
    const chunk = new TextEncoder().encode("x".repeat(64 * 1024))
    return new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= bytes) return controller.close()
        sent += chunk.byteLength
        controller.enqueue(chunk)
      },
    })
  }

  test("over the limit is 413 on any route, whatever the route made of the failed read", async () => {
    const sandbox = await createSandbox({ contacts: 2 })
    const rt = await createRuntime({ plugins: defaultPlugins }, { builtins, fetch: sandbox.fetch, keys: createKeyRing(KEY) })
    opened.push(rt)
    const app = createApp(rt, { adminToken: TOKEN, maxBodyBytes: 256 * 1024 })
    for (const [path, headers] of [
      ["/v1/transcripts", { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" }],
      ["/webhooks/consent", { "content-type": "application/json" }],
    ] as const) {
      const res = await app.request(path, { method: "POST", headers, body: chunked(512 * 1024) })
      expect([path, res.status]).toEqual([path, 413])
      expect((await res.json()).error).toBe("payload_too_large")
    }
    // Under the limit a chunked body reaches the route intact (here: a transcript request that is invalid, so 400).
    const small = await app.request("/v1/transcripts", { method: "POST", headers: { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" }, body: chunked(64 * 1024) })
    expect(small.status).toBe(400)
  })
})
