import { expect, test } from "bun:test"
import { createCxedgeStorage, createTaskQueue, silentLogger, type Task } from "../../core/index.ts"

test("a failed task in the in-process queue waits 5 s, then 10 s, before it runs again; then it fails for good", async () => {
  let now = Date.parse("2026-11-30T00:00:00Z")
  const storage = createCxedgeStorage()
  const queue = createTaskQueue(storage.tasks, silentLogger, undefined, 3, () => now)
  const runs: number[] = []
  queue.handle("demo.flaky", async () => {
    runs.push(now)
    throw Object.assign(new Error("upstream down"), { code: "E_HTTP_503" })
  })
  await queue.enqueue("demo.flaky", {}, "t1")

  expect(await queue.drain()).toBe(1) // one run, not three in a row
  let task = (await queue.get("t1")) as Task
  expect([task.state, task.attempts, task.error, task.retryAt]).toEqual(["pending", 1, "E_HTTP_503", "2026-11-30T00:00:05.000Z"])

  now += 4_999
  expect(await queue.drain()).toBe(0) // not yet due
  now += 1
  expect(await queue.drain()).toBe(1)
  task = (await queue.get("t1")) as Task
  expect([task.state, task.attempts, task.retryAt]).toEqual(["pending", 2, "2026-11-30T00:00:15.000Z"])

  now += 10_000
  expect(await queue.drain()).toBe(1)
  task = (await queue.get("t1")) as Task
  expect([task.state, task.attempts, task.retryAt]).toEqual(["failed", 3, undefined])
  now += 3_600_000
  expect(await queue.drain()).toBe(0)
  expect(runs.map((t) => (t - runs[0]!) / 1000)).toEqual([0, 5, 15])
})

test("a task that succeeds on its retry is done, and its retry time is gone", async () => {
  let now = 0
  const storage = createCxedgeStorage()
  const queue = createTaskQueue(storage.tasks, silentLogger, undefined, 3, () => now)
  let calls = 0
  queue.handle("demo.once", async () => {
    if (++calls === 1) throw new Error("first time")
  })
  await queue.enqueue("demo.once", {}, "t2")
  await queue.drain()
  now += 5_000
  await queue.drain()
  const task = (await queue.get("t2")) as Task
  expect([task.state, task.attempts, task.retryAt, calls]).toEqual(["done", 2, undefined, 2])
})
