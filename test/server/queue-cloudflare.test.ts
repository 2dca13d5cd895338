import { describe, expect, test } from "bun:test"
import { createStorage } from "unstorage"
import * as v from "valibot"
import { definePlugin } from "../../core/index.ts"
import { createWorker } from "../../server/create-worker.ts"
import { createCloudflareTaskQueue, type QueueMessage, type QueueProducer } from "../../server/queue-cloudflare.ts"

function setup(options: { fail?: boolean } = {}) {
  const sent: unknown[] = []
  const logged: string[] = []
  const producer: QueueProducer = {
    async send(body) {
      if (options.fail) throw new Error("Queue send failed: binding not found")
      sent.push(body)
    },
  }
  const line = (m: string) => void logged.push(m)
  const storage = createStorage()
  const queue = createCloudflareTaskQueue(producer, storage, { debug: line, info: line, warn: line, error: line } as never, { deadLetterQueue: "tasks-dlq" })
  return { queue, sent, logged, storage, producer: options }
}

function message(body: unknown, attempts = 1) {
  const seen: { acked: number; retried: { delaySeconds?: number }[] } = { acked: 0, retried: [] }
  const m: QueueMessage = { id: `m${attempts}`, body, attempts, ack: () => void seen.acked++, retry: (o = {}) => void seen.retried.push(o) }
  return { m, seen }
}

describe("Cloudflare Queues task queue", () => {
  test("enqueue sends the task itself, its payload as the kind's codec encoded it, once per id", async () => {
    const { queue, sent } = setup()
    queue.handle("t.kind", async () => {}, { encode: (p: any) => ({ sealed: [...p.to].reverse().join("") }), decode: (s: any) => ({ to: [...s.sealed].reverse().join("") }) })
    expect(await queue.enqueue("t.kind", { to: "ada" }, "id-1")).toEqual({ id: "id-1", created: true })
    expect(await queue.enqueue("t.kind", { to: "ada" }, "id-1")).toEqual({ id: "id-1", created: false })
    expect(sent).toEqual([{ kind: "t.kind", id: "id-1", payload: { sealed: "ada".split("").reverse().join("") } }])
    expect((await queue.get("id-1"))?.state).toBe("pending")
    expect(await queue.pending()).toBe(1)
    expect(await queue.drain()).toBe(0)
  })

  test("a refused payload or a failed send is thrown to the sender, and nothing is left behind", async () => {
    const broken = setup({ fail: true })
    const error = await broken.queue.enqueue("t.kind", {}, "id-2").catch((e) => e)
    expect(error.message).toBe("[cxedge] [tasks] the task could not be sent to Cloudflare Queues (Queue send failed: binding not found): check the CXEDGE_QUEUE producer binding in wrangler.toml, then send the request again")
    expect(await broken.queue.get("id-2")).toBeUndefined()
    // The sender's retry, once the binding works, queues it.
    broken.producer.fail = false
    expect(await broken.queue.enqueue("t.kind", {}, "id-2")).toEqual({ id: "id-2", created: true })

    const { queue, sent } = setup()
    queue.handle("t.kind", async () => {}, { encode: () => { throw new Error("no key ring") }, decode: (s) => s as never })
    await expect(queue.enqueue("t.kind", {}, "id-3")).rejects.toThrow("no key ring")
    expect(sent).toEqual([])
    expect(await queue.get("id-3")).toBeUndefined()
  })

  test("the consumer decodes and runs a task, acknowledges it, and a redelivery after success does not run it again", async () => {
    const { queue, sent } = setup()
    const runs: unknown[] = []
    queue.handle("t.kind", async (payload) => void runs.push(payload), { encode: (p: any) => ({ n: p.n * 10 }), decode: (s: any) => ({ n: s.n / 10 }) })
    await queue.enqueue("t.kind", { n: 4 }, "id-4")
    const first = message(sent[0])
    await queue.consume({ queue: "tasks", messages: [first.m] })
    expect(runs).toEqual([{ n: 4 }])
    expect(first.seen).toEqual({ acked: 1, retried: [] })
    expect(await queue.get("id-4")).toMatchObject({ state: "done", attempts: 1 })
    const again = message(sent[0])
    await queue.consume({ queue: "tasks", messages: [again.m] })
    expect(runs).toHaveLength(1)
    expect(again.seen.acked).toBe(1)
    // KV is eventually consistent: a consumer that cannot see the record yet runs the task the message carries.
    const unseen = message({ kind: "t.kind", id: "id-8", payload: { n: 70 } })
    await queue.consume({ queue: "tasks", messages: [unseen.m] })
    expect(runs).toEqual([{ n: 4 }, { n: 7 }])
    expect(await queue.get("id-8")).toMatchObject({ state: "done", kind: "t.kind", attempts: 1 })
  })

  test("a failure asks for a retry with a doubling delay (capped at 12 h); a kind nobody handles waits; a stranger's message is dropped", async () => {
    const { queue, sent, logged } = setup()
    queue.handle("t.fail", async () => { throw Object.assign(new Error("tenant down"), { code: "E_HTTP" }) })
    await queue.enqueue("t.fail", {}, "id-5")
    const delays: (number | undefined)[] = []
    for (const attempts of [1, 2, 3, 20]) {
      const { m, seen } = message(sent[0], attempts)
      await queue.consume({ queue: "tasks", messages: [m] })
      expect(seen.acked).toBe(0)
      delays.push(seen.retried[0]?.delaySeconds)
    }
    expect(delays).toEqual([10, 20, 40, 43_200])
    expect(await queue.get("id-5")).toMatchObject({ state: "pending", attempts: 20, error: "E_HTTP" })
    expect(logged.at(-1)).toBe("task id-5 (t.fail) failed on attempt 20: [cxedge] unexpected error: tenant down")

    const orphan = message({ kind: "t.unknown", id: "id-6", payload: {} })
    await queue.consume({ queue: "tasks", messages: [orphan.m] })
    expect(orphan.seen).toEqual({ acked: 0, retried: [{ delaySeconds: 10 }] })

    const stranger = message({ hello: "+447700900123" })
    await queue.consume({ queue: "tasks", messages: [stranger.m] })
    expect(stranger.seen.acked).toBe(1)
    expect(logged.at(-1)).toBe("queue: message m1 is not a cxedge task and was dropped")
  })

  test("a message from the dead-letter queue marks its task failed and is acknowledged", async () => {
    const { queue, sent, logged } = setup()
    queue.handle("t.fail", async () => { throw new Error("nope") })
    await queue.enqueue("t.fail", {}, "id-7")
    await queue.consume({ queue: "tasks", messages: [message(sent[0], 1).m] })
    const dead = message(sent[0])
    await queue.consume({ queue: "tasks-dlq", messages: [dead.m] })
    expect(dead.seen).toEqual({ acked: 1, retried: [] })
    expect(await queue.get("id-7")).toMatchObject({ state: "failed", error: "E_TASK" })
    expect(logged.at(-1)).toBe("task id-7 (t.fail) failed on every attempt and reached the dead-letter queue tasks-dlq")
  })
})

describe("createWorker's queue settings are checked", () => {
  test.each([-1, 1.5, 43_201, "10" as never, Number.NaN])("retryDelaySeconds %p is refused", (value) => {
    expect(() => createWorker({ retryDelaySeconds: value })).toThrow(/^\[cxedge\] \[worker\] createWorker: retryDelaySeconds .* is not allowed: use a whole number of seconds from 0 to 43200$/)
  })

  const ctx = { waitUntil() {}, passThroughOnException() {} }
  const producer = { send: async () => {} }
  test.each([
    ["CXEDGE_QUEUE as a variable", { CXEDGE_QUEUE: "cxedge-tasks" }, "CXEDGE_QUEUE is not a Queue producer binding: declare it under [[queues.producers]]"],
    ["a mistyped dead-letter queue", { CXEDGE_QUEUE: producer, CXEDGE_DEAD_LETTER_QUEUE: "Cxedge_Tasks_DLQ" }, 'CXEDGE_DEAD_LETTER_QUEUE "Cxedge_Tasks_DLQ" is not a queue name'],
    ["a dead-letter queue without a queue", { CXEDGE_DEAD_LETTER_QUEUE: "cxedge-tasks-dlq" }, "CXEDGE_DEAD_LETTER_QUEUE is set but CXEDGE_QUEUE is not bound"],
  ])("%s: the Worker answers 500 with what to fix", async (_what, env, message) => {
    const res = await createWorker().fetch(new Request("http://worker/healthz"), env, ctx)
    expect(res.status).toBe(500)
    const body = await res.json()
    expect(body.error).toBe("configuration")
    expect(body.message).toContain(message)
  })
})

describe("createWorker carries the config file's settings (cxedge build worker)", () => {
  const ctx = { waitUntil() {}, passThroughOnException() {} }
  const probe = definePlugin({
    name: "probe",
    version: "0.0.0",
    config: v.object({ greeting: v.optional(v.picklist(["hello", "hi"]), "hello") }),
    routes(app, rt) {
      app.get("/probe", (c) => c.json({ settings: rt.settings("probe"), rps: rt.config.limits?.rps ?? null }))
    },
  })
  test("a setting and a limit from the config reach the plugin; the Worker's vars win over the config", async () => {
    const worker = createWorker({ plugins: [probe], config: { settings: { probe: { greeting: "hi" } }, limits: { rps: 40 } } })
    const body = await (await worker.fetch(new Request("http://worker/probe"), {}, ctx)).json()
    expect(body).toEqual({ settings: { greeting: "hi" }, rps: 40 })
    const overridden = createWorker({ plugins: [probe], config: { limits: { rps: 40 } } })
    expect((await (await overridden.fetch(new Request("http://worker/probe"), { CXEDGE_RPS: "7" }, ctx)).json()).rps).toBe(7)
  })
  test.each([
    ["a setting its schema refuses", { settings: { probe: { greeting: "hey" } } }, "settings.probe.greeting"],
    ["a secret", { tenant: { accessKeySecret: "s3cr3t-value-that-must-not-print" } }, "secret"],
  ])("%s: the Worker answers 500 with what to fix, never the value", async (_what, config, says) => {
    const res = await createWorker({ plugins: [probe], config: config as never }).fetch(new Request("http://worker/probe"), {}, ctx)
    expect(res.status).toBe(500)
    const text = await res.text()
    expect(text).toContain(says)
    expect(text).not.toContain("s3cr3t-value")
  })
})
