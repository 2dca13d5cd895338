import { describe, expect, test } from "bun:test"
import { createCxedgeStorage, createManualClock, createRuntime, type BreakerOptions, type Clock, type CxedgeStorage, type Runtime } from "../../../core/index.ts"
import { readMatrix } from "../../../plugins/anonymize/matrix/index.ts"
import { jobStore, type JournalEntry } from "../../../plugins/anonymize/journal.ts"
import { completeJob, prepareJob } from "../../../plugins/anonymize/prepare.ts"
import type { JobRequest } from "../../../plugins/anonymize/request.ts"
import { progressLine } from "../../../plugins/anonymize/job-output.ts"
import type { JobProgress } from "../../../plugins/anonymize/job.ts"
import { builtins } from "../../../plugins/manifest.ts"
import { createSandbox, SANDBOX_ORIGIN, type Sandbox } from "../../../sandbox/app.ts"
import { TEST_KEYS } from "../../../testing/transform.ts"
import { findLeaks, loadMatrixFile, seededValues } from "./setup.ts"

const gdpr = loadMatrixFile("gdpr")
const pseudonyms = readMatrix({ name: "t", fields: [{ path: "firstName", transform: "nullify" }, { path: "email", transform: "hmac", normalize: "email" }] }).matrix!

interface Options {
  contacts: number
  clock?: Clock
  breaker?: Partial<BreakerOptions>
  /** Answers a request instead of the sandbox (a failing PATCH, say). */
  answer?(request: Request, sandbox: Sandbox): Response | undefined
}

/** A runtime against an in-process sandbox, with a say over each response and the breaker. */
async function setup(options: Options) {
  const sandbox = await createSandbox({ contacts: options.contacts, now: options.clock ? () => options.clock!.now() : undefined })
  const storage: CxedgeStorage = createCxedgeStorage()
  const patches: string[] = []
  const rt = await createRuntime(
    {
      plugins: ["tenant", "anonymize"],
      limits: { rps: 100_000, burst: 100_000, maxConcurrency: 64, initialConcurrency: 64 },
      retry: { baseDelayMs: 5 },
      breaker: options.breaker,
      tenant: sandbox.tenantConfig(SANDBOX_ORIGIN),
    },
    {
      builtins, keys: TEST_KEYS, storage, clock: options.clock,
      fetch: (async (input: RequestInfo | URL, init?: RequestInit) => {
        const request = new Request(input, init)
        if (request.method === "PATCH") patches.push(new URL(request.url).pathname.split("/").at(-1)!)
        return options.answer?.(request, sandbox) ?? sandbox.fetch(request)
      }) as typeof fetch,
    },
  )
  return { sandbox, rt, storage, patches, state: sandbox.tenant("acme") }
}

async function run(rt: Runtime, request: JobRequest, extra: Parameters<typeof completeJob>[2] = { concurrency: 8 }) {
  const job = await prepareJob(rt, request, { concurrency: 8 })
  const result = await completeJob(rt, job, extra)
  return { job, result, meta: (await jobStore(rt.storage.namespace("jobs")).get(job.jobId))! }
}

const patchOf = (request: Request) => (request.method === "PATCH" ? new URL(request.url).pathname.split("/").at(-1) : undefined)
const serverError = () => Response.json({ error: "internal_error", message: "temporary failure" }, { status: 500 })

describe("failed contacts are retried by --resume", () => {
  test("partly failed: finished_with_failures with counts and codes; a resume writes exactly the failed ones; then finished", async () => {
    let failing = true
    const failIds = new Set<string>()
    const { rt, state, patches, sandbox } = await setup({
      contacts: 60,
      // The breaker would pause the job on so many 500s: this test is about contacts that really fail.
      breaker: { failureRatio: 2 },
      answer: (request) => (failing && failIds.has(patchOf(request) ?? "") ? serverError() : undefined),
    })
    const ids = [...state.data.records.keys()]
    for (const id of ids.filter((_, i) => i % 3 === 0)) failIds.add(id)
    const seeded = seededValues(sandbox)

    const first = await run(rt, { matrix: gdpr, jobId: "partly" })
    expect(first.result).toMatchObject({ processed: 60, succeeded: 40, failed: 20, invalid: 0, interrupted: false })
    expect(first.meta.state).toBe("finished_with_failures")
    expect(first.meta.totals).toEqual({ processed: 60, succeeded: 40, failed: 20, invalid: 0, skipped: 0, noRuleApplied: 0, held: 0 })
    for (const id of ids) expect(state.data.records.get(id)!.writes).toBe(failIds.has(id) ? 0 : 1)

    // Each failed contact's journal entry says why, as a code; no value anywhere in the journal.
    const journal = rt.storage.namespace("journal")
    const entries = await Promise.all((await journal.getKeys("partly:c")).map((k) => journal.getItem<JournalEntry>(k)))
    const failed = entries.filter((e) => e?.state === "planned")
    expect(failed).toHaveLength(20)
    for (const e of failed) expect(e!.errorCode).toBe("E_HTTP_500")
    const everything = JSON.stringify(await Promise.all((await journal.getKeys()).map((k) => journal.getItem(k))))
    expect(findLeaks(everything, seeded)).toEqual([])

    const again = await prepareJob(rt, { jobId: "partly", resume: true }, { concurrency: 8 })
    expect(again.finished).toBe(false)

    failing = false
    patches.length = 0
    const second = await completeJob(rt, again, { concurrency: 8 })
    expect(second).toMatchObject({ succeeded: 20, failed: 0, alreadyDone: 40 })
    expect(patches.sort()).toEqual([...failIds].sort()) // contacts verified earlier are never written again
    const meta = (await jobStore(rt.storage.namespace("jobs")).get("partly"))!
    expect(meta.state).toBe("finished")
    expect(meta.totals).toEqual({ processed: 60, succeeded: 60, failed: 0, invalid: 0, skipped: 0, noRuleApplied: 0, held: 0 })
    for (const r of state.data.records.values()) {
      expect(r.writes).toBe(1)
      expect(r.fields.firstName).toBeUndefined()
    }
    expect((await prepareJob(rt, { jobId: "partly", resume: true }, { concurrency: 8 })).finished).toBe(true)
  })

  test("a failure that is still there: the resume fails it again and the job stays finished_with_failures", async () => {
    const stuck = new Set<string>()
    const { rt, state } = await setup({
      contacts: 10,
      breaker: { failureRatio: 2 },
      answer: (request) => (stuck.has(patchOf(request) ?? "") ? serverError() : undefined),
    })
    stuck.add([...state.data.records.keys()][4]!)
    await run(rt, { matrix: gdpr, jobId: "stuck" })
    const resumed = await run(rt, { jobId: "stuck", resume: true })
    expect(resumed.result).toMatchObject({ failed: 1, succeeded: 0, alreadyDone: 9 })
    expect(resumed.meta.state).toBe("finished_with_failures")
    expect(resumed.meta.totals).toMatchObject({ succeeded: 9, failed: 1 })
  })

  test("an invalid record is reported apart from failures and not retried: the job is finished", async () => {
    const { rt, state, patches } = await setup({ contacts: 12 })
    const bad = [...state.data.records.values()][3]!
    bad.fields.email = { work: "x" } // a type the matrix refuses: it would fail identically on every resume
    const first = await run(rt, { matrix: pseudonyms, jobId: "invalid" })
    expect(first.result).toMatchObject({ succeeded: 11, failed: 1, invalid: 1 })
    expect(first.meta.state).toBe("finished")
    expect(first.meta.totals).toEqual({ processed: 12, succeeded: 11, failed: 0, invalid: 1, skipped: 0, noRuleApplied: 0, held: 0 })
    patches.length = 0
    const resumed = await run(rt, { jobId: "invalid", resume: true })
    expect(resumed.result).toMatchObject({ succeeded: 0, failed: 0, alreadyDone: 12 })
    expect(resumed.meta.totals).toEqual({ processed: 12, succeeded: 11, failed: 0, invalid: 1, skipped: 0, noRuleApplied: 0, held: 0 })
    expect(patches).toEqual([])
  })
})

describe("interruption", () => {
  test("an aborted job finishes what is in flight, stays running, and a resume writes every contact exactly once", async () => {
    const { rt, state } = await setup({ contacts: 200 })
    const stop = new AbortController()
    let applied = 0
    rt.hooks.on("contact:applied", () => {
      if (++applied === 50) stop.abort()
    })
    const first = await run(rt, { matrix: gdpr, jobId: "cut" }, { concurrency: 8, signal: stop.signal })
    expect(first.result.interrupted).toBe(true)
    expect(first.result.failed).toBe(0)
    expect(first.meta.state).toBe("running")
    const written = [...state.data.records.values()].filter((r) => r.writes === 1).length
    // The 8 in flight when it stopped were finished, and nothing after them was started.
    expect(written).toBeGreaterThanOrEqual(50)
    expect(written).toBeLessThanOrEqual(50 + 8)
    expect(first.result.succeeded).toBe(written)

    const second = await run(rt, { jobId: "cut", resume: true })
    expect(second.result).toMatchObject({ interrupted: false, failed: 0, alreadyDone: written, succeeded: 200 - written })
    expect(second.meta.state).toBe("finished")
    for (const r of state.data.records.values()) expect(r.writes).toBe(1)
  })
})

describe("the breaker pauses the job instead of failing contacts", () => {
  test("5xx for a while, then none: every contact written once, none failed, the job waited out the cool-down", async () => {
    const clock = createManualClock(Date.UTC(2026, 0, 1))
    const outageEnds = clock.now() + 25_000
    const { rt, state } = await setup({
      contacts: 150,
      clock,
      breaker: { minCalls: 20, failureRatio: 0.5, cooldownMs: 5_000, windowMs: 10_000 },
      answer: (request) => (patchOf(request) && clock.now() < outageEnds ? Response.json({ error: "unavailable" }, { status: 503 }) : undefined),
    })
    const { result, meta } = await run(rt, { matrix: gdpr, jobId: "paused" })
    expect(clock.now()).toBeGreaterThanOrEqual(outageEnds) // the job really lived through the outage
    expect(rt.metrics.total("cxedge_circuit_open_total")).toBeGreaterThan(0)
    expect(result).toMatchObject({ processed: 150, succeeded: 150, failed: 0 })
    expect(meta.state).toBe("finished")
    for (const r of state.data.records.values()) expect(r.writes).toBe(1)
    // Retry backoff here stays under 100 ms: only waiting out the cool-down sleeps for seconds.
    expect(clock.slept.some((ms) => ms >= 1_000)).toBe(true)
  })

  test("the progress line says the job is paused and for how long", () => {
    const base: JobProgress = { done: 40, total: 150, succeeded: 40, failed: 0, skipped: 0, elapsedMs: 2000, retries: 3, rateLimited: 0, now: 1_000 }
    expect(progressLine({ ...base, pausedUntil: 8_200 })).toBe("40/150 contacts  paused: tenant errors, resuming in 8s  failed 0")
    expect(progressLine({ ...base, pausedUntil: 900 })).not.toContain("paused")
    expect(progressLine(base)).toContain("40/150 contacts  20.0/s")
  })

  test("a tenant that never recovers: contacts fail once their retry budget is spent, with their status code", async () => {
    const clock = createManualClock(Date.UTC(2026, 0, 1))
    const { rt } = await setup({
      contacts: 30,
      clock,
      breaker: { minCalls: 10, failureRatio: 0.5, cooldownMs: 2_000 },
      answer: (request) => (patchOf(request) ? Response.json({ error: "unavailable" }, { status: 503 }) : undefined),
    })
    const { result, meta } = await run(rt, { matrix: gdpr, jobId: "down" })
    expect(result).toMatchObject({ processed: 30, succeeded: 0, failed: 30 })
    expect(rt.metrics.total("cxedge_requests_total", { op: "records.patch", status: "503" })).toBe(30 * 6) // 1 + 5 retries each
    expect(meta.state).toBe("finished_with_failures")
    expect(result.rejected.every((r) => r.reason.includes("status 503"))).toBe(true)
  })
})
