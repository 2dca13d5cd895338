// Review 50: defects found in this session's changes, each shown by what a user sees.
import { afterAll, beforeAll, describe, expect, test } from "bun:test"
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
