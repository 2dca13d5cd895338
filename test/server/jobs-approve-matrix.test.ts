// `cxedge jobs approve` reads a plan's matrix file again and refuses one changed since the plan was made
// (approve-matrix-changed.test.ts). POST /v1/jobs/:id/approve compared nothing: a plan whose matrix was no longer the
// one planned was approved (200), and its run then refused "changed since plan ... was approved", or, for a plan
// whose stored matrix was changed in storage, ran that matrix. Now approval over HTTP refuses what the CLI refuses
// (409, nothing approved), a plan made from a file the server cannot read included, and no run uses a matrix that is
// not the one planned.
import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { createPlan } from "../../plugins/anonymize/approval.ts"
import { planStore, type JobPlan } from "../../plugins/anonymize/job-plan.ts"
import { builtinMatrices } from "../../plugins/anonymize/matrices.ts"
import { digestOfMatrix } from "../../plugins/anonymize/prepare.ts"
import { readMatrix, type Matrix } from "../../plugins/anonymize/matrix/index.ts"
import { createKeyRing, createRuntime, type Runtime } from "../../core/index.ts"
import { builtins, defaultPlugins } from "../../plugins/manifest.ts"
import { createSandbox, SANDBOX_ORIGIN, type Sandbox } from "../../sandbox/app.ts"
import { createApp } from "../../server/app.ts"
import { ADMIN_TOKEN } from "../helpers.ts"

const KEY = "k1:" + Buffer.from("0123456789abcdef0123456789abcdef").toString("base64")
let ctx: { rt: Runtime; app: ReturnType<typeof createApp>; sandbox: Sandbox }
beforeAll(async () => {
  const sandbox = await createSandbox({ contacts: 5 })
  const rt = await createRuntime({ plugins: defaultPlugins, tenant: sandbox.tenantConfig(SANDBOX_ORIGIN) }, { builtins, fetch: sandbox.fetch, keys: createKeyRing(KEY) })
  ctx = { rt, app: createApp(rt, { adminToken: ADMIN_TOKEN }), sandbox }
})
afterAll(() => ctx.rt.dispose())

const headers = { authorization: `Bearer ${ADMIN_TOKEN}`, "content-type": "application/json" }
/** GET a path, or POST it (with `body` when given; the run route takes none). */
async function call(path: string, body?: unknown) {
  const post = body !== undefined || path.endsWith("/run")
  const res = await ctx.app.request(path, { method: post ? "POST" : "GET", headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) })
  return { status: res.status, body: (await res.json()) as Record<string, any> }
}
const plans = () => planStore(ctx.rt.storage.namespace("plans"))
const writes = () => [...ctx.sandbox.tenant("acme").data.records.values()].reduce((n, r) => n + r.writes, 0)
const gdpr = readMatrix(builtinMatrices.gdpr).matrix!
/** The gdpr matrix with one rule changed: what an edited file, or another version's shipped gdpr, would give. */
const edited: Matrix = { ...gdpr, fields: gdpr.fields.map((f) => (f.path === "notes" ? { ...f, transform: "nullify" } : f)) }
const planned = async (id: string) => expect((await call("/v1/jobs", { id, matrix: "gdpr", source: "records", target: "patch" })).status).toBe(201)
async function edit(id: string, change: (plan: JobPlan) => JobPlan) {
  await plans().set(change((await plans().get(id))!))
}

describe("POST /v1/jobs/:id/approve refuses a plan whose matrix is not the one planned", () => {
  test("a plan's stored matrix changed in storage: approval refused (409), and so is the run of one changed after approval", async () => {
    await planned("m1")
    await edit("m1", (p) => ({ ...p, matrixBody: edited }))
    const r = await call("/v1/jobs/m1/approve", { by: "alice" })
    expect(r.status).toBe(409)
    expect(r.body.message).toBe(`plan m1's stored matrix is not the one it was planned with (digest ${digestOfMatrix(gdpr)}): it was changed in storage; nothing was approved; plan it again under a new id (POST /v1/jobs {"id": "NEW-ID", "matrix": ...})`)
    expect((await call("/v1/jobs/m1")).body.state).toBe("planned")

    await planned("m2")
    expect((await call("/v1/jobs/m2/approve", { by: "alice" })).status).toBe(200)
    await edit("m2", (p) => ({ ...p, matrixBody: edited }))
    const run = await call("/v1/jobs/m2/run")
    expect(run.status).toBe(409)
    expect(run.body.message).toMatch(/^plan m2's stored matrix is not the one it was planned with .*: it was changed in storage; plan it again under a new id/)
    expect(writes()).toBe(0)
  })

  test("a shipped matrix that differs from the one planned (another version planned it): refused, naming it, nothing approved", async () => {
    await planned("m3")
    // Planned by a cxedge whose gdpr had another rule: the plan's matrix and digest are that one's.
    await edit("m3", (p) => ({ ...p, matrixBody: edited, matrixDigest: digestOfMatrix(edited) }))
    const r = await call("/v1/jobs/m3/approve", { by: "alice" })
    expect(r.status).toBe(409)
    expect(r.body.message).toBe('the shipped matrix gdpr changed since plan m3 was made: nothing was approved; plan it again under a new id (POST /v1/jobs {"id": "NEW-ID", "matrix": ...})')
    expect((await call("/v1/jobs/m3")).body.state).toBe("planned")
  })

  test("a plan made from a matrix file (by the CLI), which the server cannot read again: refused, saying where to approve it", async () => {
    await createPlan(ctx.rt, { jobId: "m4", matrix: gdpr, source: { kind: "records" }, target: { kind: "patch" } }, {}, { file: "m.json" })
    const r = await call("/v1/jobs/m4/approve", { by: "alice" })
    expect(r.status).toBe(409)
    expect(r.body.message).toBe("plan m4 was made from the matrix file m.json, which this server cannot read to check it is unchanged since planning: nothing was approved; approve it where the file is, with cxedge jobs approve m4 --by NAME (it reads the file again)")
    expect((await call("/v1/jobs/m4")).body.state).toBe("planned")
  })

  test("an unchanged plan, shipped or sent inline, is approved as before", async () => {
    await planned("m5")
    expect((await call("/v1/jobs/m5/approve", { by: "alice" })).body).toMatchObject({ state: "approved", approvedBy: "alice" })
    expect((await call("/v1/jobs", { id: "m6", matrix: edited, source: "records", target: "patch" })).status).toBe(201)
    expect((await call("/v1/jobs/m6/approve", { by: "alice" })).body).toMatchObject({ state: "approved", approvedBy: "alice" })
  })
})
