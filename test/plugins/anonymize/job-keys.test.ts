// A job resumed with other keys than it started with is refused before any contact is read: the contacts done hold
// one key's pseudonyms and the rest would get another's (a review, stop 66: 20 tokens for 10 people in one export).
import { expect, test } from "bun:test"
import { createCxedgeStorage, createKeyRing, createRuntime, type KeyRing } from "../../../core/index.ts"
import { readMatrix } from "../../../plugins/anonymize/matrix/index.ts"
import { jobStore } from "../../../plugins/anonymize/journal.ts"
import { completeJob, prepareJob } from "../../../plugins/anonymize/prepare.ts"
import { builtins } from "../../../plugins/manifest.ts"
import { createSandbox, SANDBOX_ORIGIN } from "../../../sandbox/app.ts"

const matrix = readMatrix({ name: "t", fields: [{ path: "email", transform: "hmac", normalize: "email" }] }).matrix!
const A = createKeyRing({ k1: "a".repeat(43) }, "k1")

test("a resume whose key differs, is missing or is not the current one is refused, naming the key id; the same keys resume", async () => {
  const sandbox = await createSandbox({ contacts: 30 })
  const storage = createCxedgeStorage()
  let failing = true
  const runtime = (keys: KeyRing) =>
    createRuntime({ plugins: ["tenant", "anonymize"], limits: { rps: 100_000, burst: 100_000 }, retry: { baseDelayMs: 1 }, breaker: { failureRatio: 2 }, tenant: sandbox.tenantConfig(SANDBOX_ORIGIN) }, {
      builtins, keys, storage,
      fetch: (async (input: RequestInfo | URL, init?: RequestInit) => {
        const request = new Request(input, init)
        return failing && request.method === "PATCH" && request.url.endsWith("0") ? Response.json({ error: "internal_error" }, { status: 500 }) : sandbox.fetch(request)
      }) as typeof fetch,
    })
  const first = await runtime(A)
  const job = await prepareJob(first, { matrix, jobId: "keyed" }, { concurrency: 4 })
  await completeJob(first, job, { concurrency: 4 })
  const meta = (await jobStore(storage.namespace("jobs")).get("keyed"))!
  expect(meta.state).toBe("finished_with_failures")
  expect(Object.keys(meta.keys!)).toEqual(["k1"])
  expect(JSON.stringify(meta)).not.toContain("a".repeat(43))

  for (const [keys, says] of [
    [createKeyRing({ k1: "b".repeat(43) }, "k1"), "key k1 it pseudonymized with is another key here"],
    [createKeyRing({ k2: "a".repeat(43) }, "k2"), "this run would pseudonymize with key k2, which it did not"],
    [createKeyRing({ k1: "a".repeat(43), k2: "c".repeat(43) }, "k2"), "this run would pseudonymize with key k2, which it did not"],
  ] as const) {
    const other = await runtime(keys)
    await expect(prepareJob(other, { jobId: "keyed", resume: true }, { concurrency: 4 })).rejects.toThrow(`job keyed was started with other keys: ${says}`)
  }
  failing = false
  const same = await runtime(createKeyRing({ k1: "a".repeat(43) }, "k1"))
  const resumed = await prepareJob(same, { jobId: "keyed", resume: true }, { concurrency: 4 })
  expect((await completeJob(same, resumed, { concurrency: 4 })).failed).toBe(0)
})
