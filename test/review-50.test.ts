// Review 50: defects found in this session's changes, each shown by what a user sees.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from "bun:test"
import { attachAuditSink, definePlugin, demoAuditKey, describeError } from "../core/index.ts"
import { createKvSink } from "../plugins/audit-kv/sink.ts"
import hold from "../plugins/hold/index.ts"
import { createApp } from "../server/app.ts"
import { withSandbox, type SandboxHarness } from "../testing/sandbox.ts"
import { ADMIN_TOKEN, sandboxApp } from "./helpers.ts"

let ctx: Awaited<ReturnType<typeof sandboxApp>>
beforeAll(async () => {
  ctx = await sandboxApp({ sandbox: { contacts: 8 } })
})
afterAll(() => ctx.rt.dispose())
const get = async (path: string) => (await ctx.app.request(path, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })).json() as Promise<Record<string, any>>

// f0f4c69d made a dry run count "already anonymized" only for a target that skips an unchanged record (patch); a plan
// of the same job kept counting an erasure's (an export's) untouched records so, and approving "0 to write" ran an
// erasure of every one of them.
describe("a plan counts what its run writes, as a dry run does", () => {
  test("an erasure plan over messages the matrix leaves as they are: every contact is to write, none already anonymized", async () => {
    const res = await ctx.admin("/v1/jobs", JSON.stringify({ id: "r50-plan", matrix: "gdpr", source: "messages", since: "30d", target: "erasure" }))
    expect(res.status).toBe(201)
    const { plan } = await get("/v1/jobs/r50-plan")
    expect(plan.contacts).toBeGreaterThan(0)
    expect({ toWrite: plan.toWrite + plan.rejected, already: plan.alreadyAnonymized }).toEqual({ toWrite: plan.contacts, already: 0 })
  })
})

// A hold whose adding's audit record failed (a full disk), released while the sink still fails: the release is not
// done (the add's record is written first), but the answer was the add's own "audit_missing" 500, which POST
// /v1/holds/:id/release documents as "released (`done`)", and the CLI said only "hold ... added ..., run the same
// command again". A caller (or an operator) took the hold for released; it still held the subject's erasures.
describe("a release that could not write the owed record of the hold's adding says it did not release", () => {
  const TOKEN = "admin-token-for-tests-0123456789"
  let harness: SandboxHarness
  const control = { failures: 0 }
  beforeEach(async () => {
    const plugin = definePlugin({
      name: "flaky-audit",
      version: "0.0.0",
      setup(rt) {
        const sink = createKvSink(rt.storage.audit, "flaky", demoAuditKey)
        const append = sink.append.bind(sink)
        sink.append = async (entry) => {
          if (control.failures-- > 0) throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" })
          return append(entry)
        }
        return attachAuditSink(rt, sink, { key: demoAuditKey })
      },
    })
    harness = await withSandbox({ plugins: ["tenant", "hold", plugin], sandbox: { contacts: 4 } })
  })
  afterEach(() => harness.dispose())
  const admin = (path: string, body?: unknown) =>
    createApp(harness.rt, { adminToken: TOKEN }).request(path, {
      method: "POST",
      headers: { authorization: `Bearer ${TOKEN}`, ...(body === undefined ? {} : { "content-type": "application/json" }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
  const contact = () => harness.sandbox.tenant("acme").data.completed[0]!.contactId

  test("over HTTP: not the add's 500 audit_missing, but a refusal saying it is not released; the same request later releases", async () => {
    control.failures = 1
    const added = (await (await admin("/v1/holds", { contactId: contact(), reason: "LH-50" })).json()) as { done: { id: string } }
    control.failures = 1
    const res = await admin(`/v1/holds/${added.done.id}/release`)
    const body = (await res.json()) as { error: string; message: string }
    expect((await harness.rt.state(hold)!.list()).map((h) => [h.id, h.releasedAt])).toEqual([[added.done.id, undefined]])
    expect([res.status, body.error]).toEqual([503, "audit_unavailable"])
    expect(body.message).toContain(`hold ${added.done.id} is not released`)
    const again = await admin(`/v1/holds/${added.done.id}/release`)
    expect([again.status, ((await again.json()) as { state: string }).state]).toEqual([200, "released"])
  })

  test("CLI: the error says the hold is not released", async () => {
    const store = harness.rt.state(hold)!
    control.failures = 1
    const id = await store.add({ kind: "contact", value: String(contact()), reason: "LH-51" }).catch((e: { done: { id: string } }) => e.done.id)
    control.failures = 1
    const error = await store.release(id as string).then(() => undefined, (e: Error) => describeError(e))
    expect(error).toContain(`hold ${id} is not released`)
    expect(error).toContain("run the same command again")
  })
})
