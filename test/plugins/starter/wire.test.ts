import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { basicCredentials, withQuery } from "../../../core/index.ts"
import { createSandbox, SANDBOX_ORIGIN, type Sandbox } from "../../../sandbox/app.ts"
import { runCli, sandboxApp, sandboxClient, sandboxEnv, serveSandbox } from "../../helpers.ts"

let sandbox: Sandbox
let served: ReturnType<typeof serveSandbox>
let env: Record<string, string>

beforeAll(async () => {
  sandbox = await createSandbox({ contacts: 10 })
  served = serveSandbox(sandbox)
  env = sandboxEnv(sandbox, served.origin)
})
afterAll(() => served.stop())

const starts = () => sandbox.tenant("acme").scriptStarts

describe("query encoding", () => {
  test("values go through URLSearchParams: | & = + % # and spaces escaped, empty kept as key=, undefined dropped", () => {
    expect(withQuery("https://h/p", { a: "x|y", b: "", c: undefined, d: ["1", "2"], e: "a b+c", f: "50%&g=#h", n: 7 })).toBe(
      "https://h/p?a=x%7Cy&b=&d=1&d=2&e=a%20b%2Bc&f=50%25%26g%3D%23h&n=7",
    )
    expect(withQuery("https://h/p?x=1", { y: "2" })).toBe("https://h/p?x=1&y=2")
    expect(withQuery("https://h/p", {})).toBe("https://h/p")
  })
})

describe("scripts start on the wire", () => {
  test("Parameters go out form-encoded (| as %7C) and the sandbox, decoding then splitting, gets each value intact", async () => {
    const params = ["rec 1", "a&b=c", "+15550100", "50% off", "#7", "Zoë/München"]
    const r = await runCli(["scripts", "start", "--skill", "4101", "--script-path", "Company\\Callback", ...params.flatMap((p) => ["--param", p]), "--json", "--yes"], env)
    expect(r.code).toBe(0)
    const start = starts().at(-1)!
    expect(start.parameters).toEqual(params)
    expect(start.scriptPath).toBe("Company\\Callback")
    expect(JSON.parse(r.stdout).contactId).toBe(start.contactId)
    // What crossed the wire: no raw separator, no raw space or ampersand inside a value.
    expect(start.query).not.toContain("|")
    expect(start.query).toContain("Parameters=rec%201%7Ca%26b%3Dc%7C%2B15550100%7C50%25%20off%7C%237%7CZo%C3%AB%2FM%C3%BCnchen")
    expect(start.query).toContain("scriptPath=Company%5CCallback")
    expect(start.query).not.toMatch(/(^|&)Parameters(&|$)/)
  })

  // A bare "Parameters" (or a P2 that silently shifts P3 into its place) never reaches the tenant.
  test.each([
    [["--param", ""], "[cxedge] --param needs a value"],
    [["--param", "a", "--param", ""], "[cxedge] --param (number 2) needs a value"],
    [["--param", "a", "--param=", "--param", "c"], "[cxedge] --param (number 2) needs a value"],
  ])("an empty parameter is refused before any call, naming which: %j", async (args, expected) => {
    const before = starts().length
    const r = await runCli(["scripts", "start", "--skill", "4101", "--script-id", "7", ...args], env)
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(expected)
    expect(r.stderr).not.toMatch(/^\s+at /m)
    expect(starts().length).toBe(before)
  })

  test("POST /v1/scripts/start refuses an empty parameter too: 400 naming it, nothing started", async () => {
    const { admin, state } = await sandboxApp({ sandbox: { contacts: 1 } })
    const res = await admin("/v1/scripts/start", JSON.stringify({ skillId: 4101, scriptId: "7", parameters: ["a", "", "c"] }))
    expect(res.status).toBe(400)
    expect((await res.json()).message).toContain("parameters[1] is empty (P2)")
    expect(state.scriptStarts).toHaveLength(0)
  })

  test("no parameters: no Parameters key at all", async () => {
    const r = await runCli(["scripts", "start", "--skill", "4101", "--script-id", "7", "--yes"], env)
    expect(r.code).toBe(0)
    expect(starts().at(-1)!.query).not.toContain("Parameters")
    expect(starts().at(-1)!.parameters).toEqual([])
  })
})

describe("client credentials (RFC 6749 §2.3.1)", () => {
  const id = "cxedge app+1"
  const secret = "s3+cr/et:50% of it=ok"

  async function tenantWithClient() {
    const s = await createSandbox({ contacts: 1, tenants: [{ name: "acme", clients: [{ id, secret }] }] })
    const headers: string[] = []
    const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init)
      if (new URL(request.url).pathname === "/auth/token") headers.push(request.headers.get("authorization") ?? "")
      return s.fetch(request)
    }) as typeof globalThis.fetch
    return { s, headers, fetch }
  }

  test("Basic: id and secret are form-encoded before base64, and a compliant server accepts them", async () => {
    const { s, headers, fetch } = await tenantWithClient()
    const { client } = await sandboxClient({ sandbox: s, fetch, tenant: { clientId: id, clientSecret: secret, clientAuth: "basic" } })
    expect((await client.discover()).tenantId).toBe(s.tenant("acme").id)
    expect(headers.length).toBeGreaterThan(0)
    expect(atob(headers[0]!.slice("Basic ".length))).toBe("cxedge+app%2B1:s3%2Bcr%2Fet%3A50%25+of+it%3Dok")
    expect(headers[0]).toBe(basicCredentials(id, secret))
  })

  test("the sandbox decodes as the RFC says: the same secret sent without encoding is invalid_client", async () => {
    const { s } = await tenantWithClient()
    const c = s.credentials("acme")
    const body = new URLSearchParams({ grant_type: "password", username: c.accessKeyId, password: c.accessKeySecret }).toString()
    const send = (authorization: string) =>
      s.fetch(`${SANDBOX_ORIGIN}/auth/token`, { method: "POST", headers: { authorization, "content-type": "application/x-www-form-urlencoded" }, body })
    const raw = await send(`Basic ${btoa(`${id}:${secret}`)}`)
    expect(raw.status).toBe(401)
    expect((await raw.json()).error).toBe("invalid_client")
    expect((await send(basicCredentials(id, secret))).status).toBe(200)
  })

  test("client_secret_post with the same secret works too", async () => {
    const { s, fetch } = await tenantWithClient()
    const { client } = await sandboxClient({ sandbox: s, fetch, tenant: { clientId: id, clientSecret: secret, clientAuth: "post" } })
    expect((await client.discover()).tenantId).toBe(s.tenant("acme").id)
  })
})
