import { describe, expect, test } from "bun:test"
import * as v from "valibot"
import {
  CircuitOpenError, ConfigError, createCxedgeStorage, createCxoneClient, createManualClock, createMetrics, CxoneHttpError,
  CxoneRateLimitError, defineOperation, pauseWhenOpen, TenantConfigSchema, ValidationError, type TenantConfigInput,
} from "../../core/index.ts"

// A tenant answered by a function: what the client sent is recorded, the reply is the test's choice.
function fakeTenant(reply: (url: URL, init: RequestInit) => Response, tenant: Partial<TenantConfigInput> = {}) {
  const sent: { method: string; url: URL; body?: string }[] = []
  const fetch = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(input instanceof Request ? input.url : String(input))
    if (url.pathname.endsWith("/openid-configuration")) return Response.json({ token_endpoint: "https://auth.test/token" })
    if (url.pathname.endsWith("/cxone-configuration")) return Response.json({ api_endpoint: "https://api.test/" })
    if (url.host === "auth.test") return Response.json({ access_token: "t", expires_in: 3600 })
    sent.push({ method: init.method ?? "GET", url, body: init.body === undefined ? undefined : String(init.body) })
    return reply(url, init)
  }) as typeof globalThis.fetch
  const client = createCxoneClient({
    tenant: v.parse(TenantConfigSchema, { issuer: "https://issuer.test", tenantId: "t1", accessKeyId: "k", accessKeySecret: "s", ...tenant }),
    storage: createCxedgeStorage(),
    metrics: createMetrics(),
    clock: createManualClock(1_000_000),
    breaker: { minCalls: 4 },
    fetch,
  })
  return { client, sent }
}

const getContact = defineOperation({
  id: "test.contact.get",
  api: "acd",
  method: "GET",
  path: "/contacts/{contactId}",
  idempotent: true,
  input: v.object({ contactId: v.string(), fields: v.optional(v.string()) }),
  output: v.object({ id: v.string() }),
})

const patchContact = defineOperation({
  id: "test.contact.patch",
  api: "dfo",
  method: "PATCH",
  path: "/contacts/{contactId}",
  idempotent: false,
  query: ["reason"],
  input: v.object({ contactId: v.string(), reason: v.optional(v.string()), email: v.optional(v.string()) }),
  output: v.object({ id: v.string() }),
})

const recordsGet = defineOperation({
  id: "test.records.get", api: "records", method: "GET", path: "/contacts", idempotent: true, input: v.object({}), output: v.unknown(),
})

describe("URLs from operations", () => {
  test("path parameters are filled and encoded, GET keys go to the query, the family's base is prefixed", async () => {
    const { client, sent } = fakeTenant(() => Response.json({ id: "1" }))
    await client.call(getContact, { contactId: "a/b c", fields: "x|y" })
    expect(sent[0]!.url.href).toBe("https://api.test/inContactAPI/services/v34.0/contacts/a%2Fb%20c?fields=x%7Cy")
  })

  test("a write sends the listed query keys as query and the rest as a JSON body", async () => {
    const { client, sent } = fakeTenant(() => Response.json({ id: "1" }))
    await client.call(patchContact, { contactId: "7", reason: "gdpr", email: "x@example.com" })
    expect(sent[0]!.method).toBe("PATCH")
    expect(sent[0]!.url.href).toBe("https://api.test/dfo/3.0/contacts/7?reason=gdpr")
    expect(JSON.parse(sent[0]!.body!)).toEqual({ email: "x@example.com" })
  })

  test("a path parameter goes in the path only, never again in the body; one operation's calls each fill their own", async () => {
    const { client, sent } = fakeTenant(() => Response.json({ id: "1" }))
    await client.call(patchContact, { contactId: "7", email: "x@example.com" })
    await client.call(patchContact, { contactId: "8:9" })
    expect(sent.map((s) => s.url.pathname)).toEqual(["/dfo/3.0/contacts/7", "/dfo/3.0/contacts/8%3A9"])
    expect(JSON.parse(sent[0]!.body!)).toEqual({ email: "x@example.com" })
    expect(sent[1]!.body).toBeUndefined()
  })

  test("an empty path parameter is refused before any request", async () => {
    const { client, sent } = fakeTenant(() => Response.json({ id: "1" }))
    const error = await client.call(getContact, { contactId: "" }).catch((e) => e)
    expect(error).toBeInstanceOf(ValidationError)
    expect(error.message).toContain('missing path parameter "contactId"')
    expect(sent).toHaveLength(0)
  })

  test("a records operation without a records API configured names the settings to set", async () => {
    const { client } = fakeTenant(() => Response.json({}))
    const error: any = await client.call(recordsGet, {}).catch((e) => e)
    expect(error).toBeInstanceOf(ConfigError)
    expect(error.message).toContain("CXEDGE_RECORDS_URL")
  })
})

describe("failed responses become typed errors", () => {
  test("404 and 412 carry their codes; a server error code is named, its free text never", async () => {
    for (const [status, code] of [[404, "E_NOT_FOUND"], [412, "E_PRECONDITION"]] as const) {
      const { client } = fakeTenant(() => Response.json({ code: "ContactLocked", message: "alice@example.com is locked" }, { status }))
      const error = await client.call(patchContact, { contactId: "7", email: "x@example.com" }).catch((e) => e)
      expect(error).toBeInstanceOf(CxoneHttpError)
      expect(error.code).toBe(code)
      expect(error.status).toBe(status)
      expect(error.message).toContain("(ContactLocked)")
      expect(error.message).not.toContain("alice")
    }
  })

  test("a 429 that outlasts every retry is a rate-limit error", async () => {
    const { client, sent } = fakeTenant(() => new Response("", { status: 429 }))
    const error = await client.call(getContact, { contactId: "1" }).catch((e) => e)
    expect(error).toBeInstanceOf(CxoneRateLimitError)
    expect(sent).toHaveLength(6)
  })

  test("a write the tenant accepted but answered unreadably says it has probably taken effect", async () => {
    const { client } = fakeTenant(() => Response.json({ unexpected: true }))
    const write = await client.call(patchContact, { contactId: "7" }).catch((e) => e)
    expect(write.code).toBe("E_RESPONSE_SHAPE")
    expect(write.message).toContain("probably taken effect")
    const read = await client.call(getContact, { contactId: "7" }).catch((e) => e)
    expect(read.code).toBe("E_RESPONSE_SHAPE")
    expect(read.message).toContain("another API version")
  })
})

describe("the circuit breaker", () => {
  test("once open, a call fails at once, and a waiting caller gets through after the cool-down", async () => {
    let healthy = false
    const { client, sent } = fakeTenant(() => (healthy ? Response.json({ id: "1" }) : new Response("", { status: 503 })))
    for (let i = 0; i < 4; i++) await client.call(patchContact, { contactId: "7" }).catch(() => {})
    const before = sent.length
    expect(await client.call(getContact, { contactId: "1" }).catch((e) => e)).toBeInstanceOf(CircuitOpenError)
    expect(sent.length).toBe(before)
    healthy = true
    expect(await pauseWhenOpen(client).call(getContact, { contactId: "1" })).toEqual({ id: "1" })
  })
})
