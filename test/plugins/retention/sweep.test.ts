import { afterEach, describe, expect, test } from "bun:test"
import { createKeyRing, createRuntime, demoAuditKey, systemClock, type Clock, type Runtime } from "../../../core/index.ts"
import { builtins } from "../../../plugins/manifest.ts"
import { createSandbox, SANDBOX_ORIGIN, type Sandbox } from "../../../sandbox/app.ts"
import { createApp } from "../../../server/app.ts"
import { ADMIN_TOKEN } from "../../helpers.ts"

const DAY = 86_400_000
const T0 = Date.parse("2026-11-30T10:00:00Z")
const POLICY = { name: "nightly", matrix: "gdpr", target: "erasure", source: "cxone", olderThan: "20d", schedule: "daily" }
const PLUGINS = ["tenant", "anonymize", "retention"]
// The limiter's bucket refills on the runtime's clock, which only the test moves: room for every call up front.
const LIMITS = { rps: 100_000, burst: 100_000, maxConcurrency: 64, initialConcurrency: 64 }

/**
 * A clock the test sets to a day: it then runs at real speed from there, so the sandbox's rate
 * bucket and the client's limiter refill as they would (sleeps are real, and never move the day).
 */
function testClock(start: number): Clock & { set(ms: number): void } {
  let offset = start - Date.now()
  return { now: () => Date.now() + offset, sleep: systemClock.sleep, set: (ms) => void (offset = ms - Date.now()) }
}
const iso = (ms: number) => new Date(ms).toISOString()
/** Within a second of: the clock runs on while the test runs. */
const near = (value: string | null | undefined, ms: number) => expect(Math.abs(Date.parse(value ?? "") - ms)).toBeLessThan(1000)

let opened: Runtime[] = []
afterEach(async () => {
  for (const rt of opened) await rt.dispose()
  opened = []
})

async function open(sandbox: Sandbox, clock: Clock, settings: unknown = { policies: [POLICY] }, storage?: Runtime["storage"]) {
  const rt = await createRuntime(
    { plugins: PLUGINS, settings: { retention: settings }, tenant: sandbox.tenantConfig(SANDBOX_ORIGIN), limits: LIMITS },
    { builtins, fetch: sandbox.fetch, clock, keys: createKeyRing(`test:${btoa("k".repeat(32))}`), auditKey: demoAuditKey, storage },
  )
  opened.push(rt)
  return rt
}

/** Contacts of the sandbox that started in [from, to). */
const startedIn = (sandbox: Sandbox, from: number, to: number) =>
  sandbox.tenant("acme").data.completed.filter((c) => Date.parse(c.contactStartDate) >= from && Date.parse(c.contactStartDate) < to).length

describe("retention sweeps with a watermark, on a controlled clock", () => {
  test("day 1 sweeps the contacts past the age, day 2 only the new ones, a second run on day 2 changes nothing", async () => {
    const clock = testClock(T0)
    const sandbox = await createSandbox({ contacts: 120, seed: 5, now: () => clock.now() })
    const rt = await open(sandbox, clock)
    const { sweepPolicy } = await import("../../../plugins/retention/sweep.ts")
    const { policyReport } = await import("../../../plugins/retention/report.ts")
    const policy = rt.settings<{ policies: any[] }>("retention").policies[0]
    const day1 = startedIn(sandbox, 0, T0 - 20 * DAY)
    expect(day1).toBeGreaterThan(10)

    const first = await sweepPolicy(rt, policy)
    expect(first.jobs).toHaveLength(1)
    expect(first.jobs[0]).toMatchObject({ state: "finished", processed: day1, succeeded: day1, failed: 0 })
    expect(first.window?.since).toBeUndefined()
    near(first.window?.until, T0 - 20 * DAY)
    const erasuresDay1 = sandbox.tenant("acme").erasures.length
    expect(erasuresDay1).toBeGreaterThan(0)

    clock.set(T0 + DAY)
    const day2 = startedIn(sandbox, T0 - 20 * DAY, T0 - 19 * DAY)
    expect(day2).toBeGreaterThan(0)
    const second = await sweepPolicy(rt, policy)
    expect(second.window?.since).toBe(first.window!.until)
    near(second.window?.until, T0 - 19 * DAY)
    expect(second.jobs[0]).toMatchObject({ state: "finished", processed: day2, succeeded: day2 })
    const erasuresDay2 = sandbox.tenant("acme").erasures.length
    expect(erasuresDay2).toBeGreaterThan(erasuresDay1)

    const again = await sweepPolicy(rt, policy)
    expect(again.jobs).toHaveLength(0)
    expect(sandbox.tenant("acme").erasures.length).toBe(erasuresDay2)

    const report = await policyReport(rt, policy, clock.now())
    expect(report).toMatchObject({ policy: "nightly", done: day1 + day2, failed: 0, held: 0, inScope: 0, watermark: again.state.sweptTo, oldestUnprocessedAgeSeconds: null })
    near(report.watermark, T0 - 19 * DAY)
    const metrics = rt.metrics.prometheus()
    expect(metrics).toContain("# TYPE cxedge_retention_contacts_done gauge")
    expect(metrics).toMatch(new RegExp(`cxedge_retention_contacts_done\\{policy="nightly"\\} ${day1 + day2}\\n`))
    const age = Number(/cxedge_retention_oldest_unprocessed_age_seconds\{policy="nightly"\} (\d+)\n/.exec(metrics)?.[1])
    expect(Math.abs(age - 20 * 86_400)).toBeLessThan(5)
  })

  test("a failed contact keeps the watermark before it; the next run retries only it, then the watermark moves", async () => {
    const clock = testClock(T0)
    const sandbox = await createSandbox({ contacts: 80, seed: 9, now: () => clock.now() })
    // The privacy API refuses every request while `down` holds: the erasure job's contacts fail.
    let down = true
    const fetcher = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init)
      if (down && request.method === "POST" && new URL(request.url).pathname.endsWith("/erasure")) return Response.json({ error: "bad" }, { status: 400 })
      return sandbox.fetch(request)
    }) as typeof fetch
    const rt = await createRuntime(
      { plugins: PLUGINS, settings: { retention: { policies: [POLICY] } }, tenant: sandbox.tenantConfig(SANDBOX_ORIGIN), limits: LIMITS },
      { builtins, fetch: fetcher, clock, keys: createKeyRing(`test:${btoa("k".repeat(32))}`), auditKey: demoAuditKey },
    )
    opened.push(rt)
    const { sweepPolicy } = await import("../../../plugins/retention/sweep.ts")
    const { policyReport } = await import("../../../plugins/retention/report.ts")
    const policy = rt.settings<{ policies: any[] }>("retention").policies[0]
    const first = await sweepPolicy(rt, policy)
    expect(first.jobs[0]!.state).toBe("finished_with_failures")
    const failedIds = first.jobs[0]!.rejected.map((r) => r.contactId)
    expect(failedIds.length).toBeGreaterThan(0)
    let report = await policyReport(rt, policy, clock.now())
    expect(report.watermark).toBeNull()
    expect(report.failed).toBe(first.jobs[0]!.failed)
    expect(report.inScope).toBe(first.jobs[0]!.failed)
    // Why they failed, by reason: the operator sees the refused call without opening the journal.
    const reasons = Object.entries(report.lastRunReasons)
    expect(reasons).toHaveLength(1)
    expect(reasons[0]![0]).toMatch(/erasure.*400|400.*erasure|refused|bad request/i)
    expect(reasons[0]![1]).toBe(failedIds.length)

    clock.set(T0 + DAY)
    down = false
    const second = await sweepPolicy(rt, policy)
    // The open job first, retrying exactly its failed contacts; then the new day's window.
    expect(second.jobs[0]).toMatchObject({ jobId: first.jobs[0]!.jobId, resumed: true, succeeded: failedIds.length, failed: 0 })
    expect(second.jobs[0]!.alreadyDone).toBe(first.jobs[0]!.processed - failedIds.length)
    report = await policyReport(rt, policy, clock.now())
    expect(report.failed).toBe(0)
    expect(report.lastRunReasons).toEqual({})
    near(report.watermark, T0 - 19 * DAY)
  })

  test("the schedule: a runtime:tick queues a due sweep once per firing, and the queue runs it", async () => {
    const clock = testClock(T0)
    const sandbox = await createSandbox({ contacts: 60, seed: 2, now: () => clock.now() })
    const rt = await open(sandbox, clock)
    await rt.hooks.emit("runtime:tick", { at: clock.now() })
    await rt.hooks.emit("runtime:tick", { at: clock.now() + 1000 })
    expect(await rt.tasks.pending()).toBe(1)
    expect(await rt.tasks.drain()).toBe(1)
    expect(await rt.tasks.get("retention_nightly_20261130T000000Z")).toMatchObject({ state: "done" })
    // Run today already: the next firing is tomorrow at 00:00 UTC.
    await rt.hooks.emit("runtime:tick", { at: clock.now() + 3_600_000 })
    expect(await rt.tasks.pending()).toBe(0)
    clock.set(Date.parse("2026-12-01T00:00:30Z"))
    await rt.hooks.emit("runtime:tick", { at: clock.now() })
    expect(await rt.tasks.pending()).toBe(1)
  })

  test("routes: POST /v1/retention/run queues, GET /v1/retention/report answers JSON; unknown policy 404, unknown parameter 400, no token 401", async () => {
    const clock = testClock(T0)
    const sandbox = await createSandbox({ contacts: 60, seed: 4, now: () => clock.now() })
    const rt = await open(sandbox, clock)
    const app = createApp(rt, { adminToken: ADMIN_TOKEN })
    const auth = { authorization: `Bearer ${ADMIN_TOKEN}` }
    expect((await app.request("/v1/retention/report")).status).toBe(401)
    expect((await app.request("/v1/retention/report?policy=nigthly", { headers: auth })).status).toBe(404)
    expect(await (await app.request("/v1/retention/report?policy=nigthly", { headers: auth })).json()).toMatchObject({ message: expect.stringContaining('did you mean "nightly"') })
    expect((await app.request("/v1/retention/report?polcy=nightly", { headers: auth })).status).toBe(400)
    const run = await app.request("/v1/retention/run", { method: "POST", headers: auth })
    expect(run.status).toBe(202)
    await rt.tasks.drain()
    const report = await (await app.request("/v1/retention/report", { headers: auth })).json()
    expect(report.policies[0]).toMatchObject({ policy: "nightly", inScope: 0, failed: 0 })
    near(report.policies[0].watermark, T0 - 20 * DAY)
    expect(report.policies[0].done).toBe(startedIn(sandbox, 0, T0 - 20 * DAY))
  })
})

describe("policies are checked when the runtime opens", () => {
  const refused = async (policies: unknown, message: RegExp) => {
    const sandbox = await createSandbox({ contacts: 5 })
    await expect(open(sandbox, testClock(T0), { policies })).rejects.toThrow(message)
  }
  test("wrong values, each named", async () => {
    await refused([{ ...POLICY, olderThen: "20d" }], /unknown key "olderThen" \(did you mean "olderThan"\?\)/)
    await refused([{ ...POLICY, olderThan: "ninety days" }], /policies\[0\]\.olderThan: must be a duration such as 90d/)
    await refused([{ ...POLICY, olderThan: "0d" }], /policies\[0\]\.olderThan: must be a duration/)
    await refused([{ ...POLICY, schedule: "every day" }], /policies\[0\]\.schedule: must be hourly, daily, weekly, monthly or a cron string/)
    await refused([{ ...POLICY, schedule: "61 * * * *" }], /minute 61 is out of range 0-59/)
    await refused([{ ...POLICY, schedule: "0 0 31 2 *" }], /never fires/)
    await refused([POLICY, POLICY], /two policies are named "nightly"/)
    await refused([{ ...POLICY, name: "a b" }], /policies\[0\]\.name: must be 1 to 40 letters/)
    await refused([{ ...POLICY, target: "delete" }], /policies\[0\]\.target: must be erasure or export/)
    await refused([{ ...POLICY, target: "patch" }], /policies\[0\]\.target: must be erasure or export \(patch writes through the records API/)
    await refused([{ ...POLICY, source: "cxnoe" }], /policies\[0\]\.source "cxnoe" is not a source here \(did you mean "cxone"\?\)/)
    await refused([{ ...POLICY, source: "records" }], /reads no date window/)
    // A sweep's first window has no start; the messages source refuses one (it reads at most maxWindowDays at once).
    await refused([{ ...POLICY, source: "messages" }], /policies\[0\]\.source: "messages" reads bounded windows .*: use source cxone/)
    await refused([{ ...POLICY, matrix: "gdrp" }], /policies\[0\]\.matrix "gdrp" names no shipped matrix \(did you mean "gdpr"\?\)/)
    await refused([{ ...POLICY, matrix: { name: "x", fields: [{ path: "firstName", transform: "shred" }] } }], /policies\[0\]\.matrix\.fields\[0\] \(firstName\) transform: unknown transform "shred"/)
  })
})

test("the report groups reasons without their numbers, and never repeats an error cxedge did not word", async () => {
  const { reasonKey } = await import("../../../plugins/retention/sweep.ts")
  expect(reasonKey("notes would be 2301 characters, over the limit of 2000")).toBe(reasonKey("notes would be 2417 characters, over the limit of 2000"))
  expect(reasonKey("x failed with status 502 (uid 8f3a-22): the server kept failing")).toBe("x failed with status 502 (uid N): the server kept failing")
  expect(reasonKey('[cxedge] unexpected error: JSON Parse error: Unexpected identifier "Anna"')).toBe("[cxedge] unexpected error")
})
