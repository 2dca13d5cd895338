// Client authentication chosen from the sandbox's OpenID discovery (cxone-api.md 1.3, 2.3), with the discovery's
// token_endpoint_auth_methods_supported rewritten as a tenant would list it.
import { describe, expect, test } from "bun:test"
import { createSandbox } from "../../sandbox/index.ts"
import { ConfigError } from "../../core/index.ts"
import { sandboxClient } from "../helpers.ts"

/** The sandbox, with its discovery listing `methods` (undefined: the field left out), and the token requests seen. */
async function tenantListing(methods: unknown) {
  const s = await createSandbox({ contacts: 1 })
  const sent: { basic: boolean; formClient: boolean }[] = []
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init)
    const path = new URL(request.url).pathname
    if (path === "/auth/token") {
      const form = new URLSearchParams(await request.clone().text())
      sent.push({ basic: !!request.headers.get("authorization")?.startsWith("Basic "), formClient: form.has("client_secret") })
    }
    const response = await s.fetch(request)
    if (path !== "/.well-known/openid-configuration") return response
    const doc = await response.json()
    if (methods === undefined) delete doc.token_endpoint_auth_methods_supported
    else doc.token_endpoint_auth_methods_supported = methods
    return Response.json(doc)
  }) as typeof globalThis.fetch
  return { s, sent, fetch }
}

describe("client authentication from discovery", () => {
  test.each([
    [["client_secret_basic", "client_secret_post"], { basic: true, formClient: false }],
    [["client_secret_post"], { basic: false, formClient: true }],
    [["private_key_jwt", "client_secret_post"], { basic: false, formClient: true }],
    [undefined, { basic: true, formClient: false }],
    ["client_secret_post", { basic: true, formClient: false }], // not a list: read as none, today's default
  ])("unset, a tenant listing %j is sent %j", async (methods, expected) => {
    const { s, sent, fetch } = await tenantListing(methods)
    const { client } = await sandboxClient({ sandbox: s, fetch })
    await client.discover()
    expect(sent).toEqual([expected])
  })

  test("an explicit method the tenant does not list is still sent: apps choose their method when registered", async () => {
    const { s, sent, fetch } = await tenantListing(["client_secret_post"])
    const { client } = await sandboxClient({ sandbox: s, fetch, tenant: { clientAuth: "basic" } })
    await client.discover()
    expect(sent).toEqual([{ basic: true, formClient: false }])
  })

  test("a tenant listing neither basic nor post is refused, saying how to force one", async () => {
    const { s, sent, fetch } = await tenantListing(["private_key_jwt"])
    const { client } = await sandboxClient({ sandbox: s, fetch })
    const error = await client.discover().catch((e) => e)
    expect(error).toBeInstanceOf(ConfigError)
    expect(error.message).toContain('"private_key_jwt"')
    expect(error.message).toContain("CXEDGE_CLIENT_AUTH=basic")
    expect(sent).toEqual([])
    // Set, it is the user's override, as the message says.
    const forced = await sandboxClient({ sandbox: s, fetch, tenant: { clientAuth: "post" } })
    await forced.client.discover()
    expect(sent).toEqual([{ basic: false, formClient: true }])
  })

  test("an explicit method the tenant lists is kept", async () => {
    const { s, sent, fetch } = await tenantListing(["client_secret_basic", "client_secret_post"])
    const { client } = await sandboxClient({ sandbox: s, fetch, tenant: { clientAuth: "post" } })
    await client.discover()
    expect(sent).toEqual([{ basic: false, formClient: true }])
  })
})
