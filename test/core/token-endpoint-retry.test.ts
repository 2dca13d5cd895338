// A token endpoint (and the discovery documents) that answers 503 (an HTML page) or 429 with Retry-After, as any HTTP service may (cxone-api.md
// 8.1 lists 429 and 503 as the failures NICE's own SDK counts): the call waits and asks again, it does not fail.
import { expect, test } from "bun:test"
import { createManualClock, CxoneAuthError } from "../../core/index.ts"
import { createSandbox } from "../../sandbox/index.ts"
import { completedContacts, privacyErasure, sandboxClient } from "../helpers.ts"

async function tokenEndpointFailing(answers: (() => Response)[], path = "/auth/token") {
  const s = await createSandbox({ contacts: 1 })
  let asked = 0
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init)
    if (new URL(request.url).pathname === path) {
      const answer = answers[asked++]
      if (answer) return answer()
    }
    return s.fetch(request)
  }) as typeof globalThis.fetch
  return { s, fetch, asked: () => asked }
}

const html503 = () => new Response("<html><body>Service Unavailable</body></html>", { status: 503, headers: { "Content-Type": "text/html" } })
const throttled = () => Response.json({ error: "too_many_requests" }, { status: 429, headers: { "Retry-After": "2" } })

test("a 503 and a 429 from the token endpoint are waited out: the call succeeds, Retry-After obeyed", async () => {
  const clock = createManualClock(Date.now())
  const { s, fetch, asked } = await tokenEndpointFailing([html503, throttled])
  const { client } = await sandboxClient({ sandbox: s, fetch, clock, sandboxOptions: { now: () => clock.now() } })
  const data = await client.call(completedContacts, { top: 1 })
  expect(data?.completedContacts).toHaveLength(1)
  expect(asked()).toBe(3)
  expect(clock.slept).toContain(2000)
})

test("a non-idempotent call whose token request failed is still sent once, after the retry", async () => {
  const clock = createManualClock(Date.now())
  const { s, fetch, asked } = await tokenEndpointFailing([html503])
  const { client, state } = await sandboxClient({ sandbox: s, fetch, clock })
  await client.call(privacyErasure, { subjectIdentifier: "+15550100", subjectIdentifierType: "PHONENO" })
  expect(asked()).toBe(2)
  expect(state.erasures).toHaveLength(1)
})

test.each(["/.well-known/openid-configuration", "/.well-known/cxone-configuration"])("a 503 then a 429 on %s are waited out too", async (path) => {
  const clock = createManualClock(Date.now())
  const { s, fetch, asked } = await tokenEndpointFailing([html503, throttled], path)
  const { client } = await sandboxClient({ sandbox: s, fetch, clock })
  expect((await client.discover()).tenantId).toBe(s.tenant("acme").id)
  expect(asked()).toBe(3)
})

test("a refused credential is not retried", async () => {
  const { s, fetch, asked } = await tokenEndpointFailing([() => Response.json({ error: "invalid_grant" }, { status: 400 })])
  const { client } = await sandboxClient({ sandbox: s, fetch })
  expect(await client.call(completedContacts, { top: 1 }).catch((e) => e)).toBeInstanceOf(CxoneAuthError)
  expect(asked()).toBe(1)
})
