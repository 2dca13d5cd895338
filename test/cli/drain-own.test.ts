import { expect, test } from "bun:test"
import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { createCxedgeStorage, createTaskQueue, type Task } from "../../core/index.ts"
import { privateFsDriver } from "../../node/fs-driver.ts"
import { runCli } from "../helpers.ts"

// A CLI command against storage a server shares (fs here; redis alike) closes its runtime by running the
// tasks IT queued, not the server's: a read-only command must not run a queued retention sweep, here
// against the embedded sandbox instead of the server's tenant, and mark the server's task done.
test("a CLI command leaves the tasks a server queued in shared storage to the server", async () => {
  const dir = mkdtempSync(join(tmpdir(), "cxedge-drain-"))
  const store = join(dir, "store")
  const policy = { name: "nightly", matrix: "gdpr", target: "erasure", source: "cxone", olderThan: "10d" }
  writeFileSync(join(dir, "cxedge.config.json"), JSON.stringify({ settings: { retention: { policies: [policy] } } }))
  const env = { CXEDGE_STORAGE: "fs", CXEDGE_STORAGE_DIR: store }

  // The first command makes the storage directory (and shows the policy never ran).
  const before = await runCli(["retention", "report", "--json"], env, { cwd: dir })
  expect(before.code).toBe(0)
  expect(JSON.parse(before.stdout)[0]).toMatchObject({ policy: "nightly", lastRun: null })

  // A server sharing the storage queues a sweep (its schedule fired), to run on its own loop.
  const storage = createCxedgeStorage(privateFsDriver({ base: store }))
  const server = createTaskQueue(storage.tasks, { debug() {}, info() {}, warn() {}, error() {} })
  expect(await server.enqueue("retention.sweep", { policy: "nightly" }, "retention_nightly_20261130T000000Z")).toEqual({ id: "retention_nightly_20261130T000000Z", created: true })

  for (const args of [["retention", "report", "--json"], ["hold", "list"]]) {
    const r = await runCli(args, env, { cwd: dir })
    expect({ args, code: r.code }).toEqual({ args, code: 0 })
  }
  const task = (await storage.tasks.getItem<Task>("task:retention_nightly_20261130T000000Z"))!
  expect({ state: task.state, attempts: task.attempts }).toEqual({ state: "pending", attempts: 0 })
  const after = await runCli(["retention", "report", "--json"], env, { cwd: dir })
  expect(JSON.parse(after.stdout)[0]).toMatchObject({ policy: "nightly", lastRun: null, done: 0 })
}, 60_000)
