import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { createSandbox, type Sandbox } from "../../sandbox/app.ts"
import { CALLOUT, CONSENT, serverEnv, signed, type Started } from "../../testing/runtime.ts"
import { ROOT, serveSandbox } from "../helpers.ts"
import { startWorkerd, workerdSkipped } from "../workerd.ts"

// The Worker with a Queue producer and its consumer, as wrangler.toml declares them, in miniflare:
// two retries, then the dead-letter queue, which this Worker consumes too.
const QUEUES = `
[[queues.producers]]
binding = "CXEDGE_QUEUE"
queue = "cxedge-test-tasks"
[[queues.consumers]]
queue = "cxedge-test-tasks"
max_batch_size = 5
max_batch_timeout = 1
max_retries = 2
dead_letter_queue = "cxedge-test-dlq"
[[queues.consumers]]
queue = "cxedge-test-dlq"
max_batch_timeout = 1
max_retries = 0
`

interface Consumed {
  queue: string
  attempts: number
  body: { kind: string; id: string; payload: unknown }
}

async function until<T>(what: string, check: () => Promise<T | undefined | false> | T | undefined | false, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms
  for (;;) {
    const value = await check()
    if (value) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await Bun.sleep(200)
  }
}

if (!workerdSkipped()) {
  describe("workerd with Cloudflare Queues: the queue carries the tasks", () => {
    let sandbox: Sandbox
    let tenant: ReturnType<typeof serveSandbox>
    let worker: Started
    const url = (path: string) => `${worker.origin}${path}`
    const consumed = async (): Promise<Consumed[]> => (await fetch(url("/test/consumed"))).json()
    const probe = async (id: string): Promise<{ task: { state: string; attempts: number; error?: string } | null; runs: number }> => (await fetch(url(`/test/tasks/${id}`))).json()

    beforeAll(async () => {
      sandbox = await createSandbox({ contacts: 30 })
      tenant = serveSandbox(sandbox)
      worker = await startWorkerd({ ...serverEnv(sandbox, tenant.origin), CXEDGE_DEAD_LETTER_QUEUE: "cxedge-test-dlq" }, `${ROOT}test/fixtures/queue-worker.ts`, QUEUES)
    }, 90_000)
    afterAll(async () => {
      await worker?.stop()
      tenant?.stop()
    })

    test("a signed erasure request travels in the queue, encrypted, and the consumer erases the subject once, even when the message comes again", async () => {
      const contact = sandbox.tenant("acme").data.completed.find((c) => c.fromAddress.startsWith("+"))!
      const phone = contact.fromAddress
      const body = JSON.stringify({ type: "erasure.requested", data: { subject: phone } })
      const res = await fetch(url("/webhooks/consent"), { method: "POST", headers: signed(CONSENT, body), body })
      expect(res.status).toBe(202)
      const { jobId } = await res.json()
      const erased = () => sandbox.tenant("acme").erasures.filter((e) => e.subjectIdentifier === phone).length
      await until("the erasure request to reach the tenant", () => erased() === 1)
      const messages = (await consumed()).filter((m) => m.body.id === jobId)
      expect(messages.map((m) => [m.queue, m.body.kind])).toEqual([["cxedge-test-tasks", "anonymize.subject-erasure"]])
      // The subject travels encrypted under the key ring: neither the number nor its digits are in the message.
      expect(JSON.stringify(messages[0]!.body)).not.toContain(phone.slice(1))
      await until("the task to be done", async () => (await probe(jobId)).task?.state === "done")

      expect((await fetch(url(`/test/redeliver/${jobId}`), { method: "POST" })).status).toBe(200)
      await until("the message to be delivered again", async () => (await consumed()).filter((m) => m.body.id === jobId).length === 2)
      await Bun.sleep(1000)
      expect(erased()).toBe(1)
      expect((await probe(jobId)).task?.state).toBe("done")
    }, 60_000)

    test("a contact-ended callout is run by the consumer and anonymizes that contact once, a redelivery included", async () => {
      const record = [...sandbox.tenant("acme").data.records.values()][3]!
      const body = JSON.stringify({ contactId: record.id })
      const res = await fetch(url("/webhooks/cxone/contact-ended"), { method: "POST", headers: signed(CALLOUT, body), body })
      expect(await res.json()).toEqual({ jobId: `contact_${record.id}` })
      await until("the contact to be anonymized", () => record.writes === 1 && record.fields.firstName === undefined)
      const messages = (await consumed()).filter((m) => m.body.id === `contact_${record.id}`)
      expect(messages.map((m) => m.queue)).toEqual(["cxedge-test-tasks"])
      await until("the task to be done", async () => (await probe(`contact_${record.id}`)).task?.state === "done")
      // Studio retrying the callout is answered as a duplicate, and nothing is sent again.
      const again = await fetch(url("/webhooks/cxone/contact-ended"), { method: "POST", headers: signed(CALLOUT, body), body })
      expect(await again.json()).toEqual({ jobId: `contact_${record.id}`, duplicate: true })
      // Cloudflare delivering the same message twice changes nothing either.
      await fetch(url(`/test/redeliver/contact_${record.id}`), { method: "POST" })
      await until("the message to be delivered again", async () => (await consumed()).filter((m) => m.body.id === `contact_${record.id}`).length === 2)
      await Bun.sleep(1000)
      expect(record.writes).toBe(1)
    }, 60_000)

    test("a failing task is retried max_retries times, then lands in the dead-letter queue and is recorded failed", async () => {
      expect(await (await fetch(url("/test/tasks/test.flaky/flaky-1"), { method: "POST" })).json()).toEqual({ id: "flaky-1", created: true })
      await until("the dead-letter queue to receive the task", async () => (await consumed()).some((m) => m.queue === "cxedge-test-dlq" && m.body.id === "flaky-1"))
      const deliveries = (await consumed()).filter((m) => m.body.id === "flaky-1")
      expect(deliveries.map((m) => [m.queue, m.attempts])).toEqual([["cxedge-test-dlq", 1], ["cxedge-test-tasks", 1], ["cxedge-test-tasks", 2], ["cxedge-test-tasks", 3]])
      const { task, runs } = await until("the task to be recorded failed", async () => {
        const seen = await probe("flaky-1")
        return seen.task?.state === "failed" && seen
      })
      expect(runs).toBe(3)
      expect(task).toMatchObject({ state: "failed", attempts: 3, error: "E_TASK" })
      // A task id already queued is not queued twice.
      expect(await (await fetch(url("/test/tasks/test.flaky/flaky-1"), { method: "POST" })).json()).toEqual({ id: "flaky-1", created: false })
    }, 60_000)

    test("a task runs once per id, however often it is queued or delivered", async () => {
      for (let i = 0; i < 3; i++) await fetch(url("/test/tasks/test.count/count-1"), { method: "POST" })
      await until("the task to run", async () => (await probe("count-1")).task?.state === "done")
      // One message for three requests, and the same message delivered again does not run the handler again.
      expect((await fetch(url("/test/redeliver/count-1"), { method: "POST" })).status).toBe(200)
      await until("the message to be delivered again", async () => (await consumed()).filter((m) => m.body.id === "count-1").length === 2)
      await Bun.sleep(1000)
      expect((await probe("count-1")).runs).toBe(1)
    }, 30_000)
  })
}
