import { afterEach, expect, test } from "bun:test"
import { createKeyRing, createRuntime, demoAuditKey, type Runtime } from "../../../core/index.ts"
import { builtins } from "../../../plugins/manifest.ts"
import { policyReport } from "../../../plugins/retention/report.ts"
import { sweepPolicy } from "../../../plugins/retention/sweep.ts"
import { createSandbox, SANDBOX_ORIGIN } from "../../../sandbox/app.ts"

const POLICY = { name: "nightly", matrix: "gdpr", target: "erasure", source: "cxone", olderThan: "20d", schedule: "daily" }
const LIMITS = { rps: 100_000, burst: 100_000, maxConcurrency: 4, initialConcurrency: 4 }

let opened: Runtime[] = []
afterEach(async () => {
  for (const rt of opened) await rt.dispose()
  opened = []
})

// A sweep stopped part-way left its contacts out of the policy's totals: the resume counted only its own.
test("interrupted, then failing some, then retried: the evidence counts every erased contact once", async () => {
  const sandbox = await createSandbox({ contacts: 90, seed: 3 })
  const erased = () => sandbox.tenant("acme").erasures.length
  let stop: AbortController | undefined
  let failEvery = 0
  let posts = 0
  const fetcher = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init)
    if (request.method === "POST" && new URL(request.url).pathname.endsWith("/erasure")) {
      posts++
      if (failEvery && posts % failEvery === 0) return Response.json({ error: "bad" }, { status: 400 })
      if (stop && erased() >= 10) stop.abort()
    }
    return sandbox.fetch(request)
  }) as typeof fetch
  const rt = await createRuntime(
    { plugins: ["tenant", "anonymize", "retention"], settings: { retention: { policies: [POLICY] } }, tenant: sandbox.tenantConfig(SANDBOX_ORIGIN), limits: LIMITS },
    { builtins, fetch: fetcher, keys: createKeyRing(`test:${btoa("k".repeat(32))}`), auditKey: demoAuditKey },
  )
  opened.push(rt)
  const policy = rt.settings<{ policies: any[] }>("retention").policies[0]
  const done = async () => (await policyReport(rt, policy, Date.now(), { count: false })).done

  stop = new AbortController()
  const first = await sweepPolicy(rt, policy, { signal: stop.signal })
  expect(first.interrupted).toBe(true)
  stop = undefined
  expect(await done()).toBe(erased())

  failEvery = 3
  const second = await sweepPolicy(rt, policy)
  expect(second.jobs[0]).toMatchObject({ resumed: true, state: "finished_with_failures" })
  expect(second.jobs[0]!.alreadyDone).toBeGreaterThanOrEqual(10)
  expect(await done()).toBe(erased())

  failEvery = 0
  const third = await sweepPolicy(rt, policy)
  expect(third.jobs[0]).toMatchObject({ resumed: true, state: "finished", failed: 0 })
  expect(await done()).toBe(erased())
  expect(await done()).toBe(third.jobs[0]!.processed)
  expect(rt.metrics.prometheus()).toMatch(new RegExp(`cxedge_retention_contacts_done\\{policy="nightly"\\} ${erased()}\\n`))

  // Nothing left: another run counts nothing again.
  await sweepPolicy(rt, policy)
  expect(await done()).toBe(erased())
})
