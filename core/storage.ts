import { createStorage as createUnstorage, prefixStorage, type Driver, type Storage } from "unstorage"
import memoryDriver from "unstorage/drivers/memory"

/** The namespaces cxedge keeps state under; each is a prefixed view of one store. */
export const STORAGE_PREFIXES = ["tokens", "journal", "jobs", "outbox", "audit", "locks"] as const
export type StoragePrefix = (typeof STORAGE_PREFIXES)[number]

export interface CxedgeStorage {
  root: Storage
  tokens: Storage
  journal: Storage
  jobs: Storage
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
 * await storage.journal.setItem("job1:42", { state: "planned" })
 */
export function createCxedgeStorage(driver?: Driver): CxedgeStorage {
  const root = createUnstorage({ driver: driver ?? memoryDriver() })
  const view = (prefix: StoragePrefix) => prefixStorage(root, prefix)
  return {
    root,
    tokens: view("tokens"),
    journal: view("journal"),
    jobs: view("jobs"),
    outbox: view("outbox"),
    audit: view("audit"),
    locks: view("locks"),
    dispose: () => root.dispose(),
  }
}
