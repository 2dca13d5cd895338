/**
 * Round 41's bad input on the Worker: a task its handler refuses (a plugin, a key or a tenant this Worker lacks) was
 * retried by the Cloudflare Queues consumer max_retries times and reached the dead-letter queue, where the in-process
 * queue and BullMQ fail it at once. Checked on the queue itself, then in workerd (miniflare) with real Queues.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { createStorage } from "unstorage"
import { TaskRefusedError } from "../../core/index.ts"
import { createCloudflareTaskQueue, type QueueMessage } from "../../server/queue-cloudflare.ts"
import { createSandbox } from "../../sandbox/app.ts"
import { serverEnv, type Started } from "../../testing/runtime.ts"
import { ROOT, serveSandbox } from "../helpers.ts"
import { startWorkerd, workerdSkipped } from "../workerd.ts"

describe("the Cloudflare Queues consumer and a refused task", () => {
  test("a refusal is acknowledged and the task recorded failed at once (was: retried with backoff, then dead-lettered)", async () => {
    const sent: unknown[] = []
    const queue = createCloudflareTaskQueue({ send: async (body) => void sent.push(body) }, createStorage(), { debug() {}, info() {}, warn() {}, error() {} } as never)
    let runs = 0
    queue.handle("t.refused", async () => {
      runs++
      throw new TaskRefusedError("anonymize", "job j needs the plugin pii, which this worker does not load")
    })
    await queue.enqueue("t.refused", {}, "r41-1")
    const seen = { acked: 0, retried: 0 }
    const m: QueueMessage = { id: "m1", body: sent[0], attempts: 1, ack: () => void seen.acked++, retry: () => void seen.retried++ }
    await queue.consume({ queue: "tasks", messages: [m] })
    expect([runs, seen.acked, seen.retried]).toEqual([1, 1, 0])
    expect(await queue.get("r41-1")).toMatchObject({ state: "failed", attempts: 1, error: "E_CONFIG" })
  })
})

// As wrangler.toml declares them (test/runtimes/queues.test.ts): two retries, then the dead-letter queue, consumed too.
const QUEUES = `
[[queues.producers]]
binding = "CXEDGE_QUEUE"
queue = "cxedge-r41-tasks"
[[queues.consumers]]
queue = "cxedge-r41-tasks"
max_batch_timeout = 1
max_retries = 2
dead_letter_queue = "cxedge-r41-dlq"
[[queues.consumers]]
queue = "cxedge-r41-dlq"
max_batch_timeout = 1
max_retries = 0
`

describe.skipIf(workerdSkipped())("workerd with Cloudflare Queues: a refused task", () => {
  let worker: Started
  let tenant: ReturnType<typeof serveSandbox>
  const url = (path: string) => `${worker.origin}${path}`
  beforeAll(async () => {
    const sandbox = await createSandbox({ contacts: 3 })
    tenant = serveSandbox(sandbox)
    worker = await startWorkerd({ ...serverEnv(sandbox, tenant.origin), CXEDGE_DEAD_LETTER_QUEUE: "cxedge-r41-dlq" }, `${ROOT}test/fixtures/queue-worker.ts`, QUEUES)
  }, 90_000)
  afterAll(async () => {
    await worker?.stop()
    tenant?.stop()
  })

  test("is run once, recorded failed, and never retried nor dead-lettered (was: 3 runs, then the dead-letter queue)", async () => {
    expect(await (await fetch(url("/test/tasks/test.refused/refused-1"), { method: "POST" })).json()).toEqual({ id: "refused-1", created: true })
    const probe = async () => (await (await fetch(url("/test/tasks/refused-1"))).json()) as { task: { state: string; attempts: number; error?: string } | null; runs: number }
    const deadline = Date.now() + 30_000
    while ((await probe()).task?.state !== "failed" && Date.now() < deadline) await Bun.sleep(200)
    // Long enough for a retry (retryDelaySeconds 0) or the dead-letter queue's delivery to have come, had there been one.
    await Bun.sleep(3000)
    const deliveries = ((await (await fetch(url("/test/consumed"))).json()) as { queue: string; body: { id: string } }[]).filter((m) => m.body.id === "refused-1")
    expect(deliveries.map((m) => m.queue)).toEqual(["cxedge-r41-tasks"])
    const { task, runs } = await probe()
    expect(runs).toBe(1)
    expect(task).toMatchObject({ state: "failed", attempts: 1, error: "E_CONFIG" })
  }, 60_000)
})
