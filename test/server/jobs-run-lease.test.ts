// A plan's run queued on the server (POST /v1/jobs/:id/run) and `cxedge jobs run` of the same plan on the same storage
// both ran at once: the server's run took no lease, so neither saw the other. Each contact was written twice, the
// audit held two job.started/job.finished pairs and the totals were wrong. The server's run now takes the job's lease:
// the CLI coming second is refused (exit 2, naming the holder), and the route answers 409 while the CLI runs it.
import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { mkdirSync, mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { createSandbox, type Sandbox } from "../../sandbox/app.ts"
import { ADMIN, serverEnv, startListening, type Started } from "../../testing/runtime.ts"
import { ROOT, runCli } from "../helpers.ts"

const CONTACTS = 20
let sandbox: Sandbox
let tenant: ReturnType<typeof Bun.serve>
/** While closed, the tenant holds every write (PATCH) unanswered: the first runner stays mid-run until it is opened. */
let gate: { opened: Promise<void>; open(): void } | undefined
const closeGate = () => {
  let open = () => {}
  const opened = new Promise<void>((resolve) => (open = resolve))
  gate = { opened, open }
}
const openGate = () => {
  gate?.open()
  gate = undefined
}
let server: Started
let dir: string
let env: Record<string, string>

beforeAll(async () => {
  sandbox = await createSandbox({ contacts: CONTACTS })
  tenant = Bun.serve({ hostname: "127.0.0.1", port: 0, fetch: async (request) => {
    if (request.method === "PATCH") await gate?.opened
    return sandbox.handle(request)
  } })
  const origin = `http://127.0.0.1:${tenant.port}`
  dir = mkdtempSync(join(tmpdir(), "cxedge-run-lease-"))
  mkdirSync(join(dir, "st"))
  // One storage for both runners, as `serve --storage-dir` and `jobs run` share it.
  env = { ...serverEnv(sandbox, origin), CXEDGE_STORAGE: "fs", CXEDGE_STORAGE_DIR: join(dir, "st") }
  server = await startListening([process.execPath, `${ROOT}server/bun.ts`], { ...env, CXEDGE_PORT: "0" })
}, 90_000)
afterAll(async () => {
  openGate()
  await server?.stop()
  tenant?.stop(true)
  rmSync(dir, { recursive: true, force: true })
})

const call = async (method: string, path: string, body?: unknown) => {
  const res = await fetch(`${server.origin}${path}`, { method, headers: { authorization: `Bearer ${ADMIN}`, "content-type": "application/json" }, ...(body ? { body: JSON.stringify(body) } : {}) })
  return { status: res.status, body: (await res.json()) as Record<string, any> }
}
const writes = () => [...sandbox.tenant("acme").data.records.values()].map((r) => r.writes)
const stateOf = async (id: string) => String((await call("GET", `/v1/jobs/${id}`)).body.state)
async function until(id: string, done: (state: string) => boolean): Promise<string> {
  for (let i = 0; i < 600; i++) {
    const state = await stateOf(id)
    if (done(state)) return state
    await Bun.sleep(100)
  }
  throw new Error(`plan ${id} never reached the state awaited (last: ${await stateOf(id)})`)
}
let original: string
/** A plan of every record, as it was first: the same records, anonymized by an earlier test, would be nothing to write. */
async function approved(id: string) {
  const records = sandbox.tenant("acme").data.records
  original ??= JSON.stringify([...records.values()].map((r) => r.fields))
  const fields = JSON.parse(original) as Record<string, unknown>[]
  ;[...records.values()].forEach((record, i) => Object.assign(record, { fields: fields[i], version: record.version + 1, writes: 0 }))
  expect((await call("POST", "/v1/jobs", { id, matrix: "gdpr", source: "records", target: "patch" })).status).toBe(201)
  expect((await call("POST", `/v1/jobs/${id}/approve`, { by: "alice" })).status).toBe(200)
}
/** The audit records of one job's starts (audit tail reads the shared storage's log). */
const starts = async (id: string) => {
  const tail = await runCli(["audit", "tail", "-n", "1000", "--json"], env, { cwd: dir })
  return (JSON.parse(tail.stdout) as { action: string }[]).filter((r) => r.action === "job.started" && JSON.stringify(r).includes(`"${id}"`)).length
}

describe("a plan run by the server's queue and by cxedge jobs run at once", () => {
  test("server first: the CLI is refused (exit 2, naming the holder); each contact written once, the totals right", async () => {
    await approved("p5")
    closeGate()
    expect((await call("POST", "/v1/jobs/p5/run")).status).toBe(202)
    await until("p5", (s) => s === "running")
    // Before the fix the CLI ran too, its writes held at the gate with the server's: killed, it is no exit 2.
    const cli = await runCli(["jobs", "run", "p5", "--yes"], env, { cwd: dir, timeoutMs: 45_000 })
    openGate()
    expect(cli.code).toBe(2)
    expect(cli.stderr).toMatch(/job p5 is being run by pid \d+@/)
    expect(await until("p5", (s) => s.startsWith("finished") || s === "run_failed")).toBe("finished")
    expect((await call("GET", "/v1/jobs/p5")).body.counters).toMatchObject({ succeeded: CONTACTS, skipped: 0 })
    expect(writes()).toEqual(writes().map(() => 1))
    expect(await starts("p5")).toBe(1)
  }, 120_000)

  test("CLI first: the route answers 409 naming the holder and queues nothing; each contact written once", async () => {
    await approved("p6")
    closeGate()
    const running = runCli(["jobs", "run", "p6", "--yes"], env, { cwd: dir, timeoutMs: 110_000 })
    await until("p6", (s) => s === "running")
    const queued = await call("POST", "/v1/jobs/p6/run")
    expect(queued.status).toBe(409)
    expect(queued.body).toMatchObject({ error: "conflict", message: expect.stringMatching(/^job p6 is being run by pid \d+@/) })
    openGate()
    const cli = await running
    expect(cli.code).toBe(0)
    expect((await call("GET", "/v1/jobs/p6")).body).toMatchObject({ state: "finished", counters: { succeeded: CONTACTS, skipped: 0 } })
    expect((await call("GET", "/v1/jobs/p6")).body.task).toBeUndefined()
    expect(writes()).toEqual(writes().map(() => 1))
    expect(await starts("p6")).toBe(1)
  }, 120_000)
})
