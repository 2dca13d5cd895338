import { expect, test } from "bun:test"
import { createSandbox } from "../../../sandbox/app.ts"
import { runCli, sandboxEnv } from "../../helpers.ts"

// cxone-api.md does not fix how mediaTypeName is spelled ("Work Item" or "WorkItem",
// case): a digital contact must get its DFO removals whichever spelling the tenant sends.
test("erasure: a digital contact whose mediaTypeName is 'Work Item' (not the default list's 'WorkItem') gets its DFO messages removed", async () => {
  const sandbox = await createSandbox({ contacts: 30 })
  const server = Bun.serve({
    hostname: "127.0.0.1",
    port: 0,
    async fetch(request) {
      const response = await sandbox.handle(request)
      if (!new URL(request.url).pathname.endsWith("/contacts/completed") || response.status !== 200) return response
      const text = (await response.text()).replaceAll('"mediaTypeName":"Chat"', '"mediaTypeName":"Work Item"')
      return new Response(text, { status: 200, headers: { "content-type": "application/json" } })
    },
  })
  try {
    const state = sandbox.tenant("acme")
    const chats = new Set(state.data.completed.filter((c) => c.mediaTypeName === "Chat").map((c) => String(c.contactId)))
    const messages = [...state.data.messages.values()].filter((m) => chats.has(String(m.contactNumber)))
    expect(messages.length).toBeGreaterThan(0)
    const r = await runCli(["anonymize", "--matrix", "matrices/gdpr.json", "--target", "erasure", "--since", "3650d", "--yes", "--json"], sandboxEnv(sandbox, `http://127.0.0.1:${server.port}`))
    expect(r.code).toBe(0)
    for (const m of messages) {
      expect(m.contentRemoval).toBeTruthy()
      expect(m.authorNameRemoval).toBeTruthy()
    }
  } finally {
    server.stop(true)
  }
}, 60_000)
