import { createStorage as createUnstorage, prefixStorage, type Driver, type Storage } from "unstorage"
import memoryDriver from "unstorage/drivers/memory"

/**
 * The namespaces cxedge keeps state under; each is a prefixed view of one
 * store. A namespace holds one kind of key, so on a filesystem driver (where
 * `a:b` is the file `a/b`) no key is ever both a file and a directory:
 *
 * | namespace | keys |
 * |---|---|
 * | `tokens`  | `<tenant>:cxone`, `<tenant>:records` (token sets) |
 * | `journal` | `<job>:c:<contact>`, `<job>:done:<n>`, `<job>:s:<subject>` |
 * | `jobs`    | `<job>` (job meta; nothing below it) |
 * | `exports` | `<job>:<contact>` (export target lines stored in storage) |
 * | `tasks`   | `task:<id>` (the durable task queue) |
 * | `outbox`  | `p:<id>`, `d:<id>`, `s:<id>`, `in:<id>` (consent events) |
 * | `audit`   | `<chain>:r:<seq>`, `<chain>:head`, ... |
 * | `locks`   | `readyz`, job leases, ... |
 */
export const STORAGE_PREFIXES = ["tokens", "journal", "jobs", "exports", "tasks", "outbox", "audit", "locks"] as const
export type StoragePrefix = (typeof STORAGE_PREFIXES)[number]

export interface CxedgeStorage {
  root: Storage
  tokens: Storage
  journal: Storage
  jobs: Storage
  exports: Storage
  tasks: Storage
  outbox: Storage
  audit: Storage
  locks: Storage
  dispose(): Promise<void>
}

/**
 * Wraps one unstorage driver (memory by default) into the prefixed views.
 * The driver is chosen by the runtime entry: core never imports a node-only
 * driver such as `fs`.
 *
 * @example
 * const storage = createCxedgeStorage(fsDriver({ base: ".cxedge" }))
 * await storage.journal.setItem("job1:c:42", { s: "planned", a: 1 })
 */
export function createCxedgeStorage(driver?: Driver): CxedgeStorage {
  const root = createUnstorage({ driver: driver ?? memoryDriver() })
  const view = (prefix: StoragePrefix) => prefixStorage(root, prefix)
  return {
    root,
    tokens: view("tokens"),
    journal: view("journal"),
    jobs: view("jobs"),
    exports: view("exports"),
    tasks: view("tasks"),
    outbox: view("outbox"),
    audit: view("audit"),
    locks: view("locks"),
    dispose: () => root.dispose(),
  }
}
