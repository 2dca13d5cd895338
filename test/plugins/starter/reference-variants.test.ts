import { describe, expect, test } from "bun:test"
import { createSandbox, type Sandbox } from "../../../sandbox/app.ts"
import { createCxoneSource } from "../../../plugins/anonymize/sources/cxone.ts"
import { createSkillPoller } from "../../../plugins/skill-activity/poller.ts"
import { runCli, sandboxClient, sandboxEnv } from "../../helpers.ts"

// Where cxone-api.md leaves a choice open, a tenant may take the other side than
// our sandbox does. Each case answers the reference's other way (a tiny stub in
// front of the sandbox) and checks what a user would notice.

type Edit = (request: Request, upstream: () => Promise<Response>) => Promise<Response> | Response
const pathOf = (request: Request) => new URL(request.url).pathname

/** The JSON body of a sandbox answer, ids above 2^53 kept as strings, changed by `change`. */
async function rewrite(response: Response, change: (body: any) => unknown, status = response.status): Promise<Response> {
  const body = JSON.parse((await response.text()).replace(/:(\d{16,})/g, ':"$1"'))
  return Response.json(change(body), { status })
}

/** An in-process fetch: the sandbox, with `edit` in front of it. */
function inFront(sandbox: Sandbox, edit: Edit): typeof fetch {
  return (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init)
    return edit(request, () => sandbox.fetch(request.clone()))
  }) as typeof fetch
}

/** The sandbox on a port behind `edit`, and the environment of a configured tenant for the CLI. */
async function served(edit: Edit, contacts = 20) {
  const sandbox = await createSandbox({ contacts })
  const server = Bun.serve({ hostname: "127.0.0.1", port: 0, fetch: (request) => edit(request, () => sandbox.handle(request)) })
  const origin = `http://127.0.0.1:${server.port}`
  return { sandbox, env: sandboxEnv(sandbox, origin), stop: () => server.stop(true) }
}

async function countContacts(fetch: typeof globalThis.fetch, sandbox: Sandbox) {
  const { client } = await sandboxClient({ sandbox, fetch })
  let n = 0
  const ids = new Set<string>()
  for await (const page of createCxoneSource(client, {}).pages()) for (const r of page) n++, ids.add(r.id)
  return { n, ids }
}

describe("contacts/completed paging", () => {
  test("a server that caps top below what was asked and sends no _links: every contact is read, by totalRecords", async () => {
    const sandbox = await createSandbox({ contacts: 250 })
    const capped = inFront(sandbox, async (request, upstream) => {
      if (!pathOf(request).endsWith("/contacts/completed")) return upstream()
      const url = new URL(request.url)
      if (Number(url.searchParams.get("top")) > 40) url.searchParams.set("top", "40")
      const response = await sandbox.fetch(new Request(url, request))
      return response.status === 200 ? rewrite(response, ({ _links, ...rest }) => rest) : response
    })
    const { n, ids } = await countContacts(capped, sandbox)
    expect(n).toBe(250)
    expect(ids.size).toBe(250)
  })

  test("a relative _links.next is followed like an absolute one", async () => {
    const sandbox = await createSandbox({ contacts: 250 })
    const relative = inFront(sandbox, async (request, upstream) => {
      const response = await upstream()
      if (!pathOf(request).endsWith("/contacts/completed") || response.status !== 200) return response
      return rewrite(response, (body) => {
        const next = body._links?.next ? new URL(body._links.next) : undefined
        return { ...body, _links: { ...body._links, next: next ? `${next.pathname}${next.search}` : null } }
      })
    })
    expect((await countContacts(relative, sandbox)).n).toBe(250)
  })
})

describe("token endpoint errors", () => {
  test("401 with an HTML body (a gateway's page) is an authentication failure naming the settings, not 'malformed JSON'", async () => {
    const s = await served((request, upstream) =>
      pathOf(request) === "/auth/token" ? new Response("<html><body>401 Unauthorized</body></html>", { status: 401, headers: { "content-type": "text/html" } }) : upstream(),
    )
    try {
      const r = await runCli(["tenant", "whoami"], s.env)
      expect(r.code).toBe(1)
      expect(r.stderr).toContain("token request refused (401")
      expect(r.stderr).toContain("CXEDGE_ACCESS_KEY_ID")
      expect(r.stderr).not.toContain("malformed JSON")
      expect(r.stderr).not.toMatch(/^\s+at /m)
    } finally {
      s.stop()
    }
  })

  test.each([
    [400, { error: "invalid_client", error_description: "client authentication failed" }],
    [401, null],
  ])("%i %j for the client names CXEDGE_CLIENT_AUTH=post (the app may be registered for client_secret_post)", async (status, body) => {
    const s = await served((request, upstream) =>
      pathOf(request) === "/auth/token" && request.headers.get("authorization")?.startsWith("Basic ")
        ? new Response(body ? JSON.stringify(body) : null, { status, headers: { "content-type": "application/json" } })
        : upstream(),
    )
    try {
      const refused = await runCli(["tenant", "whoami"], s.env)
      expect(refused.code).toBe(1)
      expect(refused.stderr).toContain("set CXEDGE_CLIENT_AUTH=post")
      // And the setting it names works against this tenant.
      const ok = await runCli(["tenant", "whoami", "--json"], { ...s.env, CXEDGE_CLIENT_AUTH: "post" })
      expect(ok.code).toBe(0)
      expect(JSON.parse(ok.stdout).tenant).toBe("acme")
    } finally {
      s.stop()
    }
  })
})

describe("skills/activity", () => {
  test("a 200 without lastPollTime still shows its rows, and the next poll asks from the newest row's serverTime", async () => {
    const sandbox = await createSandbox({ contacts: 1 })
    const asked: string[] = []
    const fetch = inFront(sandbox, async (request, upstream) => {
      if (!pathOf(request).endsWith("/skills/activity")) return upstream()
      asked.push(new URL(request.url).searchParams.get("updatedSince") ?? "")
      const response = await upstream()
      return response.status === 200 ? rewrite(response, ({ lastPollTime, ...rest }) => rest) : response
    })
    const { client } = await sandboxClient({ sandbox, fetch })
    const poller = createSkillPoller(client)
    const first = await poller.poll()
    expect(first.skills.map((s) => s.skillId)).toEqual([4101, 4102, 4103])
    expect(first.skills.find((s) => s.skillId === 4103)!.queueCount).toBe(7)
    await poller.poll()
    expect(asked[0]).toBe(new Date(0).toISOString())
    expect(asked[1]).not.toBe(asked[0])
    expect(Number.isFinite(Date.parse(asked[1]!))).toBe(true)
  })

  test("--watch against a tenant that answers 'no change' with an empty 200 instead of 304: every poll prints, waits keep their values", async () => {
    const s = await served(async (request, upstream) => {
      const response = await upstream()
      return response.status === 304 ? Response.json({ skillActivity: [], lastPollTime: new Date().toISOString(), totalRecords: 0 }) : response
    })
    try {
      const r = await runCli(["skills", "activity", "--watch", "--count", "2", "--interval", "1s"], s.env)
      expect(r.code).toBe(0)
      expect(r.stdout.match(/^4103\s+Email Care\s+7\s+0\s+61\s+\d+/gm)).toHaveLength(2)
      // The tenant sent a 200, not a 304: the line says what it did.
      expect(r.stdout).toContain("no activity since the last poll (the tenant answered with no rows)")
      expect(r.stdout).not.toContain("(304)")
    } finally {
      s.stop()
    }
  })
})

describe("scripts/start", () => {
  // A 202 with no body is a start accepted (test/plugins/scripts-accepted.test.ts); a body without the id is not understood.
  test("a 2xx with a body without the documented {contactId} says the script has probably started: never 'another API version', never repeated", async () => {
    const s = await served(async (request, upstream) => {
      if (!pathOf(request).endsWith("/scripts/start")) return upstream()
      await upstream()
      return Response.json({ started: true }, { status: 202 })
    })
    try {
      const r = await runCli(["scripts", "start", "--skill", "4101", "--script-id", "7", "--yes"], s.env)
      expect(r.code).toBe(1)
      expect(r.stderr).toContain("accepted the call (status 202)")
      expect(r.stderr).toContain("check the tenant before repeating it")
      expect(r.stderr).not.toContain("another API version")
      expect(s.sandbox.tenant("acme").scriptStarts).toHaveLength(1)
    } finally {
      s.stop()
    }
  })

  test("contactId sent as a JSON string is printed as it came", async () => {
    const s = await served(async (request, upstream) => {
      const response = await upstream()
      return pathOf(request).endsWith("/scripts/start") ? rewrite(response, (b) => ({ contactId: String(b.contactId) })) : response
    })
    try {
      const r = await runCli(["scripts", "start", "--skill", "4101", "--script-id", "7", "--json", "--yes"], s.env)
      expect(r.code).toBe(0)
      expect(JSON.parse(r.stdout).contactId).toBe(s.sandbox.tenant("acme").scriptStarts[0]!.contactId)
    } finally {
      s.stop()
    }
  })
})
