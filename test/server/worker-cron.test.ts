import { afterAll, beforeAll, expect, test } from "bun:test"
import { createSandbox, type Sandbox } from "../../sandbox/app.ts"
import { ADMIN, serverEnv, type Started } from "../../testing/runtime.ts"
import { serveSandbox } from "../../testing/sandbox.ts"
import { retentionWorkerEntry } from "../plugins/retention/worker-entry.ts"
import { startWorkerd, workerdSkipped } from "../workerd.ts"

// The Worker's `scheduled` handler (wrangler.toml [triggers] crons) runs due retention policies: wrangler dev
// with --test-scheduled fires it on GET /__scheduled, as Cloudflare's cron trigger would.
const DAY = 86_400_000
const skip = workerdSkipped()
let sandbox: Sandbox
let tenant: ReturnType<typeof serveSandbox>
let worker: Started

beforeAll(async () => {
  if (skip) return
  sandbox = await createSandbox({ contacts: 30 })
  tenant = serveSandbox(sandbox)
  const policies = [
    { name: "nightly", matrix: "gdpr", target: "erasure", source: "cxone", olderThan: "10d", schedule: "daily" },
    // Its schedule (1 January) fired long ago: a policy that never ran is due at once, then not until next year.
    // Another matrix: two policies applying one matrix to one source and target are refused (the older would redo the younger).
    { name: "yearly", matrix: "pci", target: "erasure", source: "cxone", olderThan: "20d", schedule: "0 0 1 1 *" },
  ]
  worker = await startWorkerd(serverEnv(sandbox, tenant.origin), retentionWorkerEntry({ settings: { retention: { policies } } }), "", ["--test-scheduled"])
}, 90_000)
afterAll(async () => {
  await worker?.stop()
  tenant?.stop()
})

const report = async () => (await (await fetch(`${worker.origin}/v1/retention/report`, { headers: { authorization: `Bearer ${ADMIN}` } })).json()).policies as { policy: string; lastRun: string | null; lastJobs: string[]; done: number }[]
const fire = async () => {
  const r = await fetch(`${worker.origin}/__scheduled?cron=${encodeURIComponent("* * * * *")}`)
  expect(r.status).toBe(200)
  await r.body?.cancel()
}

async function until<T>(what: string, check: () => Promise<T | undefined>, ms = 45_000): Promise<T> {
  const deadline = Date.now() + ms
  for (;;) {
    const value = await check()
    if (value !== undefined) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(await report())}`)
    await Bun.sleep(250)
  }
}

test.skipIf(skip)("the cron trigger sweeps each policy that is due, once per firing; the report shows the sweep's job", async () => {
  const acme = sandbox.tenant("acme")
  const old = acme.data.completed.filter((c) => Date.parse(c.contactStartDate) < Date.now() - 10 * DAY).length
  expect(old).toBeGreaterThan(5)
  // Nothing runs before the trigger: no request queues a sweep.
  expect((await report()).map((p) => [p.policy, p.lastRun])).toEqual([["nightly", null], ["yearly", null]])
  expect(acme.erasures.length).toBe(0)

  await fire()
  const swept = await until("the scheduled sweeps", async () => {
    const all = await report()
    return all.every((p) => p.lastRun) && all.find((p) => p.policy === "nightly")!.done === old ? all : undefined
  })
  // A policy that never ran is due at once: both swept, each by its own journaled job.
  const nightly = swept.find((p) => p.policy === "nightly")!
  expect(nightly.lastJobs).toEqual([expect.stringMatching(/^ret-nightly-\d{8}T\d{6}Z$/)])
  expect(acme.erasures.length).toBeGreaterThan(0)
  const erasures = acme.erasures.length
  const yearly = swept.find((p) => p.policy === "yearly")!
  expect(yearly.lastJobs).toEqual([expect.stringMatching(/^ret-yearly-\d{8}T\d{6}Z$/)])

  // The next firing: each policy already ran since its schedule last fired, so nothing is queued or written.
  await fire()
  await Bun.sleep(2_000)
  expect(await report()).toEqual(swept)
  expect(acme.erasures.length).toBe(erasures)
}, 90_000)
