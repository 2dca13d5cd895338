import { describe, expect, test } from "bun:test"
import * as v from "valibot"
import {
  createManualClock, CxoneAuthError, CxoneHttpError, CxoneNetworkError, CxonePermissionError, defineOperation,
  pageToken,
} from "../../core/index.ts"
import { createSandbox } from "../../sandbox/app.ts"
import { completedContacts, privacyErasure, sandboxClient, secretsOf, serveSandbox } from "../helpers.ts"

const recordsList = defineOperation({
  id: "test.records.list",
  api: "records",
  method: "GET",
  path: "/contacts",
  idempotent: true,
  input: v.object({ pageSize: v.optional(v.number()), pageToken: v.optional(v.string()) }),
  output: v.object({ contacts: v.array(v.looseObject({ id: v.string() })), pageToken: v.optional(v.string()) }),
  paginate: pageToken("contacts"),
})

describe("discovery and grants", () => {
  test("discovers the token endpoint and the tenant's hosts, reading tenantId from the token", async () => {
    const { client, state } = await sandboxClient()
    const info = await client.discover()
    expect(info.tenantId).toBe(state.id)
    expect(info.tokenEndpoint).toEndWith("/auth/token")
    expect(info.configuration.area).toBe(state.area)
    expect(state.stats.byGrant.password).toBe(1)
  })

  test("password grant URL-encodes keys holding + / =", async () => {
    const { client, creds } = await sandboxClient()
    expect(creds.accessKeyId).toMatch(/[+/=]/)
    const claims = await client.whoami()
    expect(claims.tenant).toBe("acme")
    expect(JSON.stringify(claims)).not.toContain(creds.accessKeyId)
  })

  test("client_secret_post works as well as Basic", async () => {
    const { client, state } = await sandboxClient({ tenant: { clientAuth: "post" } })
    await client.discover()
    expect(state.stats.byGrant.password).toBe(1)
  })

  test("a token near expiry is renewed with the refresh_token grant", async () => {
    const clock = createManualClock(Date.now())
    const { client, state } = await sandboxClient({ clock, sandboxOptions: { now: () => clock.now(), faults: { tokenLifetimeSec: 300 } } })
    await client.call(completedContacts, { top: 1 })
    clock.advance(280_000) // inside the renewal margin of a 300 s token: a tenth of its lifetime, 30 s
    await client.call(completedContacts, { top: 1 })
    expect(state.stats.byGrant).toEqual({ password: 1, refresh_token: 1 })
  })

  test("client_credentials serves the records API, with pageToken paging", async () => {
    const { client, state } = await sandboxClient({ sandboxOptions: { contacts: 230 } })
    let n = 0
    for await (const page of client.paginate(recordsList, { pageSize: 100 })) n += page.length
    expect(n).toBe(230)
    expect(state.stats.byGrant.client_credentials).toBe(1)
  })
})

describe("token cache", () => {
  test("100 concurrent callers with an expired token cause exactly one token request", async () => {
    const clock = createManualClock(Date.now())
    const { client, state } = await sandboxClient({ clock, sandboxOptions: { now: () => clock.now(), faults: { tokenLifetimeSec: 3600, refreshLifetimeSec: 1 } } })
    await client.call(completedContacts, { top: 1 })
    clock.advance(3600_000)
    const before = state.stats.tokens
    await Promise.all(Array.from({ length: 100 }, () => client.call(completedContacts, { top: 1 })))
    expect(state.stats.tokens - before).toBe(1)
  })

  test("a 401 mid-run (tokens revoked) is recovered by one refresh and one retry", async () => {
    const { client, state, sandbox } = await sandboxClient()
    await client.call(completedContacts, { top: 1 })
    await sandbox.app.request(`/_sandbox/tenants/acme/revoke`, { method: "POST" })
    await new Promise((r) => setTimeout(r, 1100))
    const before = state.stats.tokens
    const results = await Promise.all(Array.from({ length: 20 }, () => client.call(completedContacts, { top: 1 })))
    expect(results.every((r) => r?.completedContacts.length === 1)).toBe(true)
    // revoked refresh token -> the refresh fails -> one password grant
    expect(state.stats.tokens - before).toBe(1)
  })

  test("a call held in a connection queue past its token's expiry, twice, renews twice: not taken for a missing permission", async () => {
    const clock = createManualClock(Date.now())
    const sandbox = await createSandbox({ now: () => clock.now(), faults: { tokenLifetimeSec: 2 } })
    // The first two business calls wait 2.5 s (clock time) between leaving the client and reaching the tenant.
    let held = 0
    const fetch = (async (input: Request | string | URL, init?: RequestInit) => {
      const url = String(input instanceof Request ? input.url : input)
      if (url.includes("/contacts/completed") && held < 2) held++, clock.advance(2_500)
      return sandbox.fetch(input, init)
    }) as typeof globalThis.fetch
    const { client, state } = await sandboxClient({ clock, sandbox, fetch })
    const answer = await client.call(completedContacts, { top: 1 })
    expect(answer.completedContacts.length).toBe(1)
    expect(held).toBe(2)
    expect(state.stats.tokens).toBe(3)
  })

  test("a 2 s token a tenant expires early (its exp rounded down to a whole second) refused twice 0.9 s after it was asked for renews: not taken for a missing permission", async () => {
    const clock = createManualClock(Date.now())
    const sandbox = await createSandbox({ now: () => clock.now(), faults: { tokenLifetimeSec: 2 } })
    // A tenant writing iat and exp in whole seconds: a token issued at x.95 s with a 2 s life expires 1.05 s later. The
    // first two business calls are answered 401 0.9 s after their token was asked for (a CI run met this: "refused twice").
    let refused = 0
    const fetch = (async (input: Request | string | URL, init?: RequestInit) => {
      const url = String(input instanceof Request ? input.url : input)
      if (url.includes("/contacts/completed") && refused < 2) {
        refused++
        clock.advance(900)
        return new Response(JSON.stringify({ error: "invalid_token" }), { status: 401, headers: { "content-type": "application/json" } })
      }
      return sandbox.fetch(input, init)
    }) as typeof globalThis.fetch
    const { client } = await sandboxClient({ clock, sandbox, fetch })
    const answer = await client.call(completedContacts, { top: 1 })
    expect(answer.completedContacts.length).toBe(1)
    expect(refused).toBe(2)
  })

  test("a 2 s token aging out behind every 429 back-off of one call is renewed each time: the call succeeds", async () => {
    const clock = createManualClock(Date.now())
    const sandbox = await createSandbox({ now: () => clock.now(), faults: { tokenLifetimeSec: 2 } })
    // Four rounds of: 401 on a token 1.8 s old, then 429 with Retry-After 1 s (a CI run under load met three and
    // stopped with "the token was refused twice").
    let round = 0
    let refusals = 0
    const fetch = (async (input: Request | string | URL, init?: RequestInit) => {
      const url = String(input instanceof Request ? input.url : input)
      if (url.includes("/contacts/completed") && round < 8) {
        round++
        const json = { "content-type": "application/json" }
        if (round % 2 === 0) return new Response("{}", { status: 429, headers: { ...json, "retry-after": "1" } })
        refusals++
        clock.advance(1800)
        return new Response(JSON.stringify({ error: "invalid_token" }), { status: 401, headers: json })
      }
      return sandbox.fetch(input, init)
    }) as typeof globalThis.fetch
    const { client } = await sandboxClient({ clock, sandbox, fetch, retry: { retries: 6 } })
    const answer = await client.call(completedContacts, { top: 1 })
    expect(answer.completedContacts.length).toBe(1)
    expect(refusals).toBe(4)
  })

  test("a token refused again and again with no other answer between stops after three renewals: an auth error", async () => {
    const clock = createManualClock(Date.now())
    const sandbox = await createSandbox({ now: () => clock.now(), faults: { tokenLifetimeSec: 2 } })
    let refusals = 0
    const fetch = (async (input: Request | string | URL, init?: RequestInit) => {
      const url = String(input instanceof Request ? input.url : input)
      if (!url.includes("/contacts/completed")) return sandbox.fetch(input, init)
      refusals++
      clock.advance(1800)
      return new Response(JSON.stringify({ error: "invalid_token" }), { status: 401, headers: { "content-type": "application/json" } })
    }) as typeof globalThis.fetch
    const { client } = await sandboxClient({ clock, sandbox, fetch, retry: { retries: 6 } })
    const error = await client.call(completedContacts, { top: 1 }).catch((e) => e)
    expect(error).toBeInstanceOf(CxoneAuthError)
    expect(refusals).toBe(4)
  })

  test("a gateway that ends 3 s tokens after 1.5 s: after the first refusal, tokens are renewed before that age", async () => {
    const clock = createManualClock(Date.now())
    const sandbox = await createSandbox({ now: () => clock.now(), faults: { tokenLifetimeSec: 3 } })
    // A gateway whose clock runs 1.5 s ahead of the token server's: a token is refused 1.5 s after it was issued.
    const issued = new Map<string, number>()
    let refusals = 0
    const fetch = (async (input: Request | string | URL, init?: RequestInit) => {
      const url = String(input instanceof Request ? input.url : input)
      const bearer = new Headers(init?.headers).get("authorization")?.slice(7)
      if (bearer && url.includes("/contacts/completed") && clock.now() - (issued.get(bearer) ?? 0) > 1_500) {
        refusals++
        return new Response(JSON.stringify({ error: "invalid_token" }), { status: 401, headers: { "content-type": "application/json" } })
      }
      const answer = await sandbox.fetch(input, init)
      if (url.includes("/token")) {
        const body = (await answer.clone().json()) as { access_token?: string }
        if (body.access_token) issued.set(body.access_token, clock.now())
      }
      return answer
    }) as typeof globalThis.fetch
    const { client, state } = await sandboxClient({ clock, sandbox, fetch })
    // 300 calls, one every 100 ms: 30 s, ten of the token's stated lives.
    for (let i = 0; i < 300; i++) {
      await client.call(completedContacts, { top: 1 })
      clock.advance(100)
    }
    // Renewed only at 2.7 s, tokens were refused from 1.5 s on: 18 refused calls before this change.
    expect(refusals).toBeLessThanOrEqual(2)
    expect(refusals).toBeGreaterThanOrEqual(1)
    // Renewed at three quarters of the life it was refused at: not a token per call either.
    expect(state.stats.tokens).toBeLessThanOrEqual(40)
  })

  test("the cache is shared through storage: a second client reuses the stored token", async () => {
    const first = await sandboxClient()
    await first.client.call(completedContacts, { top: 1 })
    const second = await sandboxClient({ sandbox: first.sandbox })
    const { createCxoneClient } = await import("../../core/index.ts")
    const shared = createCxoneClient({ tenant: second.tenant, storage: first.storage, metrics: second.metrics, fetch: first.sandbox.fetch })
    await shared.call(completedContacts, { top: 1 })
    expect(first.state.stats.tokens).toBe(1)
  })
})

describe("request pipeline", () => {
  test("403 is a permission error and is not retried", async () => {
    const { client, state, sandbox } = await sandboxClient({ tenant: { accessKeyId: "SBXACMEREADONLY=", accessKeySecret: "sbx-acme-readonly" } })
    const error = await client.call(privacyErasure, { subjectIdentifier: "+15550100", subjectIdentifierType: "PHONENO" }).catch((e) => e)
    expect(error).toBeInstanceOf(CxonePermissionError)
    expect(error.code).toBe("E_PERMISSION")
    expect(error.operation).toBe("test.privacy.erasure")
    expect(state.erasures).toHaveLength(0)
    expect(sandbox.tenant("acme").stats.requests).toBe(0) // refused by the guard before counting
  })

  test("Retry-After is obeyed", async () => {
    const clock = createManualClock(Date.now())
    const { client, state, metrics } = await sandboxClient({
      clock,
      sandboxOptions: { now: () => clock.now(), faults: { rateLimit: { rps: 1, burst: 1, retryAfter: true } } },
    })
    await client.call(completedContacts, { top: 1 })
    const t0 = clock.now()
    await client.call(completedContacts, { top: 1 })
    expect(state.stats.rateLimited).toBe(1)
    expect(clock.slept).toContain(1000)
    expect(clock.now() - t0).toBeGreaterThanOrEqual(1000)
    expect(metrics.total("cxedge_rate_limited_total")).toBe(1)
  })

  test("5xx is retried within the budget, then surfaced as a typed error", async () => {
    const clock = createManualClock(Date.now())
    const { client, state, metrics } = await sandboxClient({ clock, retry: { retries: 3 }, sandboxOptions: { now: () => clock.now(), faults: { errorRatio: 1 } } })
    const error = await client.call(completedContacts, { top: 1 }).catch((e) => e)
    expect(error).toBeInstanceOf(CxoneHttpError)
    expect(error.code).toBe("E_SERVER")
    expect(error.status).toBe(503)
    expect(state.stats.errors).toBe(4)
    expect(metrics.total("cxedge_retries_total")).toBe(3)
  })

  test("a non-idempotent call is not repeated after a 5xx", async () => {
    const { client, state } = await sandboxClient({ sandboxOptions: { faults: { errorRatio: 1 } } })
    const error = await client.call(privacyErasure, { subjectIdentifier: "+15550100", subjectIdentifierType: "PHONENO" }).catch((e) => e)
    expect(error.code).toBe("E_SERVER")
    expect(state.stats.errors).toBe(1)
  })

  test("dropped connections are retried for idempotent calls", async () => {
    const { client, state } = await sandboxClient({ retry: { baseDelayMs: 1 }, sandboxOptions: { faults: { dropRatio: 0.3 } } })
    for (let i = 0; i < 30; i++) expect((await client.call(completedContacts, { top: 1 }))?.completedContacts).toHaveLength(1)
    expect(state.stats.dropped).toBeGreaterThan(0)
  })

  test("malformed JSON from the server is a typed error naming the operation", async () => {
    const { client } = await sandboxClient({ sandboxOptions: { faults: { malformedRatio: 1 } } })
    const error = await client.call(completedContacts, { top: 1 }).catch((e) => e)
    expect(error.code).toBe("E_MALFORMED_RESPONSE")
    expect(error.message).toContain("test.contacts.completed")
  })

  test("pagination walks 1,000+ contacts by skip/top and _links.next and ends on 204", async () => {
    const { client, metrics } = await sandboxClient({ sandboxOptions: { contacts: 1234 } })
    const ids = new Set<number>()
    for await (const page of client.paginate(completedContacts, { top: 100 })) for (const c of page as { contactId: number }[]) ids.add(c.contactId)
    expect(ids.size).toBe(1234)
    const window = await client.request(completedContacts, { startDate: "2000-01-01T00:00:00Z", endDate: "2000-01-02T00:00:00Z" })
    expect(window.status).toBe(204)
    expect(window.data).toBeUndefined()
    expect(metrics.total("cxedge_requests_total", { status: "200" })).toBe(13)
  })

  test("input is validated before any request", async () => {
    const { client, state } = await sandboxClient()
    const error = await client.call(completedContacts, { top: "ten" } as never).catch((e) => e)
    expect(error.code).toBe("E_VALIDATION")
    expect(error.message).toContain("top")
    expect(state.stats.requests).toBe(0)
  })
})

describe("bad configuration", () => {
  test("wrong credentials: an auth error naming what to check, without the secret", async () => {
    const { client, creds } = await sandboxClient({ tenant: { accessKeySecret: "wrong-secret" } })
    const error = await client.discover().catch((e) => e)
    expect(error).toBeInstanceOf(CxoneAuthError)
    expect(error.message).toContain("invalid_grant")
    expect(error.message).toContain("CXEDGE_ACCESS_KEY_SECRET")
    for (const secret of [...secretsOf(creds), "wrong-secret"]) expect(error.message).not.toContain(secret)
  })
  test("wrong client: invalid_client", async () => {
    const { client } = await sandboxClient({ tenant: { clientSecret: "nope" } })
    const error = await client.discover().catch((e) => e)
    expect(error.status).toBe(401)
    expect(error.message).toContain("invalid_client")
  })
  test("a tenant id that is not the token's: refused before discovery, naming CXEDGE_TENANT_ID", async () => {
    const { client } = await sandboxClient({ tenant: { tenantId: "00000000-0000-4000-a000-000000000000" } })
    const error = await client.discover().catch((e) => e)
    expect(error.code).toBe("E_CONFIG")
    expect(error.message).toContain("CXEDGE_TENANT_ID")
  })
  test("unreachable host: a network error naming the host", async () => {
    const { client } = await sandboxClient({ origin: "http://127.0.0.1:9" })
    const error = await client.discover().catch((e) => e)
    expect(error).toBeInstanceOf(CxoneNetworkError)
    expect(error.message).toContain("127.0.0.1:9")
  })
})

describe("over a real port", () => {
  test("discovery, grants and paging work over loopback HTTP", async () => {
    const { createSandbox } = await import("../../sandbox/app.ts")
    const sandbox = await createSandbox({ contacts: 300 })
    const served = serveSandbox(sandbox)
    try {
      const { client } = await sandboxClient({ sandbox, origin: served.origin })
      const info = await client.discover()
      expect(info.configuration.api_endpoint).toBe(served.origin)
      let n = 0
      for await (const page of client.paginate(completedContacts, { top: 100 })) n += page.length
      expect(n).toBe(300)
    } finally {
      served.stop()
    }
  })

  test("the limiter holds a 50 requests/s tenant under its limit with under 1% of calls answered 429 (never above it)", async () => {
    const { createSandbox } = await import("../../sandbox/app.ts")
    const sandbox = await createSandbox({ contacts: 10, faults: { rateLimit: { rps: 50, burst: 10, retryAfter: true } } })
    const served = serveSandbox(sandbox)
    try {
      const { client, state } = await sandboxClient({ sandbox, origin: served.origin, limiter: { rps: 50, burst: 10, maxConcurrency: 16 } })
      await client.discover()
      const started = performance.now()
      const calls = 200
      let next = 0
      await Promise.all(
        Array.from({ length: 16 }, async () => {
          while (next++ < calls) await client.call(completedContacts, { top: 1 })
        }),
      )
      const seconds = (performance.now() - started) / 1000
      expect(state.stats.rateLimited / state.stats.requests).toBeLessThan(0.01)
      // The tenant allows its burst of 10 and then 50 a second.
      const allowed = 10 + 50 * seconds
      expect(calls).toBeLessThanOrEqual(allowed + 1)
      // How close to the limit it runs is a speed, measured by bench/rate.ts, not here: on a loaded machine this
      // process is slower than the tenant allows, and that is no fault of the limiter's.
    } finally {
      served.stop()
    }
  }, 30_000)
})
