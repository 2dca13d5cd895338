import { describe, expect, test } from "bun:test"
import { createCxedgeStorage, createRuntime } from "../../../core/index.ts"
import { createJournal, jobStore } from "../../../plugins/anonymize/journal.ts"
import { completeJob, prepareJob } from "../../../plugins/anonymize/prepare.ts"
import { builtins } from "../../../plugins/manifest.ts"
import { createSandbox, SANDBOX_ORIGIN } from "../../../sandbox/app.ts"
import { TEST_KEYS } from "../../../testing/transform.ts"
import { loadMatrixFile } from "./setup.ts"

const gdpr = loadMatrixFile("gdpr")
const serverError = () => Response.json({ error: "internal_error", message: "temporary failure" }, { status: 500 })

/** The one-letter keys entries had before they were named (state, fields, digest, attempts, errorCode, requestIds). */
const SHORT: Record<string, string> = { state: "s", fields: "f", digest: "d", attempts: "a", errorCode: "e", requestIds: "r" }

describe("a journal written with the earlier one-letter keys", () => {
  test("its entries read as today's names; a new entry is written with them", async () => {
    const storage = createCxedgeStorage().namespace("journal")
    const journal = createJournal(storage, "old")
    await storage.setItem("old:c:600042000001", { s: "planned", f: ["email", "phone"], d: "abc", a: 2, e: "E_HTTP_503" })
    await storage.setItem("old:c:600042000002", { s: "applied", f: ["email"], d: "def", a: 1, r: ["req_1"] })
    expect(await journal.get("600042000001")).toEqual({ state: "planned", fields: ["email", "phone"], digest: "abc", attempts: 2, errorCode: "E_HTTP_503" })
    expect(await journal.get("600042000002")).toEqual({ state: "applied", fields: ["email"], digest: "def", attempts: 1, requestIds: ["req_1"] })
    await journal.set("600042000003", { state: "planned", fields: ["email"], digest: "ghi", attempts: 1 })
    expect(await storage.getItem("old:c:600042000003")).toEqual({ state: "planned", fields: ["email"], digest: "ghi", attempts: 1 })
  })

  test("a job it left half done resumes: a write that landed is not made again, one that did not is made once", async () => {
    const sandbox = await createSandbox({ contacts: 30 })
    const ids = [...sandbox.tenant("acme").data.records.keys()]
    // Written, but the answer was lost: the journal holds them planned, with the digest of what landed.
    const landed = new Set(ids.slice(0, 5))
    // Refused: nothing landed.
    const refused = new Set(ids.slice(5, 10))
    let failing = true
    const patches: string[] = []
    const rt = await createRuntime(
      {
        plugins: ["tenant", "anonymize"],
        limits: { rps: 100_000, burst: 100_000, maxConcurrency: 64, initialConcurrency: 64 },
        retry: { baseDelayMs: 5 },
        breaker: { failureRatio: 2 },
        tenant: sandbox.tenantConfig(SANDBOX_ORIGIN),
      },
      {
        builtins, keys: TEST_KEYS, storage: createCxedgeStorage(),
        fetch: (async (input: RequestInfo | URL, init?: RequestInit) => {
          const request = new Request(input, init)
          const id = request.method === "PATCH" ? new URL(request.url).pathname.split("/").at(-1)! : ""
          if (id) patches.push(id)
          if (failing && refused.has(id)) return serverError()
          const response = await sandbox.fetch(request)
          return failing && landed.has(id) ? serverError() : response
        }) as typeof fetch,
      },
    )
    const first = await completeJob(rt, await prepareJob(rt, { matrix: gdpr, jobId: "old" }, {}), { concurrency: 4 })
    expect(first).toMatchObject({ succeeded: 20, failed: 10 })
    for (const id of landed) expect(sandbox.tenant("acme").data.records.get(id)!.writes).toBe(1)

    // Rewrite every unfinished entry as the earlier version stored it.
    const journal = rt.storage.namespace("journal")
    const keys = await journal.getKeys("old:c")
    expect(keys).toHaveLength(10)
    for (const key of keys) {
      const entry = (await journal.getItem<Record<string, unknown>>(key))!
      await journal.setItem(key, Object.fromEntries(Object.entries(entry).map(([name, value]) => [SHORT[name], value])))
    }
    expect(await journal.getItem(keys[0]!)).toMatchObject({ s: "planned", a: 1, e: "E_HTTP_500" })

    failing = false
    patches.length = 0
    const resumed = await completeJob(rt, await prepareJob(rt, { jobId: "old", resume: true }, {}), { concurrency: 4 })
    expect(resumed).toMatchObject({ succeeded: 10, failed: 0, alreadyDone: 20 })
    expect(patches.sort()).toEqual([...refused].sort())
    for (const r of sandbox.tenant("acme").data.records.values()) expect(r.writes).toBe(1)
    expect((await jobStore(rt.storage.namespace("jobs")).get("old"))).toMatchObject({ state: "finished", totals: { succeeded: 30, failed: 0 } })
  })
})

describe("subjects' erasure request ids", () => {
  test("stored a group at a time, or one by one as before, a later run's lookup finds each; an unknown subject is not found", async () => {
    const storage = createCxedgeStorage().namespace("journal")
    const first = createJournal(storage, "subj")
    await first.subject.setMany([["k1", { requestId: "r1" }], ["k2", { requestId: "r2" }]])
    await first.subject.setMany([["k3", { requestId: "r3" }]])
    await first.subject.set("k4", { requestId: "r4" })
    // Another job's groups are not this one's.
    await createJournal(storage, "other").subject.setMany([["k5", { requestId: "r5" }]])
    const resumed = createJournal(storage, "subj")
    for (const [key, requestId] of [["k1", "r1"], ["k2", "r2"], ["k3", "r3"], ["k4", "r4"]]) expect((await resumed.subject.get(key!))?.requestId).toBe(requestId)
    expect(await resumed.subject.get("k5")).toBeNull()
    // Two runs' groups never overwrite each other.
    await resumed.subject.setMany([["k6", { requestId: "r6" }]])
    expect((await createJournal(storage, "subj").subject.get("k1"))?.requestId).toBe("r1")
    expect((await createJournal(storage, "subj").subject.get("k6"))?.requestId).toBe("r6")
  })
})
