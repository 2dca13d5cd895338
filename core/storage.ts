import { ConfigError } from "./errors.ts"
import { createStorage as createUnstorage, prefixStorage, type Driver, type Storage } from "unstorage"
import memoryDriver from "unstorage/drivers/memory"

/**
 * The namespaces core keeps its own state under; each is a prefixed view of
 * one store. Plugins declare theirs (`Plugin.namespaces`) and reach them with
 * `storage.namespace(name)`. A namespace holds one kind of key, so on a
 * filesystem driver (where `a:b` is the file `a/b`) no key is ever both a
 * file and a directory:
 *
 * | namespace | keys |
 * |---|---|
 * | `tokens`  | `<tenant>:cxone`, `<tenant>:records` (token sets) |
 * | `tasks`   | `task:<id>` (the durable task queue) |
 * | `audit`   | `<chain>:r:<seq>`, `<chain>:head`, ... |
 * | `locks`   | `readyz`, job leases, ... |
 * | `limits`  | `<tenant>` (the request rate found for it, `{ rps, at, found }`) |
 * | `audited` | `<once>:<sink>` (a sink holds a record written again on a retry: audit-hooks.ts) |
 * | `gates`   | `<plugin>` (what its write gate has to judge here, loaded or not: gate-marks.ts) |
 */
export const CORE_NAMESPACES = ["tokens", "tasks", "audit", "locks", "limits", "audited", "gates"] as const
export type CoreNamespace = (typeof CORE_NAMESPACES)[number]

export interface CxedgeStorage {
  root: Storage
  tokens: Storage
  tasks: Storage
  audit: Storage
  locks: Storage
  /** A plugin's namespace: a prefixed view of the same store (`journal`, `outbox`, ...). */
  namespace(name: string): Storage
  dispose(): Promise<void>
}

/** Whether `storage` keeps what it holds in this process's memory only: it ends with the process. */
export const inProcessMemory = (storage: CxedgeStorage): boolean => storage.root.getMount("").driver.name === "memory"

const NAMESPACE = /^[a-z][a-z0-9-]{0,31}$/

/**
 * The namespaces plugins declare: well-formed, none of core's, and each
 * claimed by one plugin only (two plugins writing one namespace would read
 * each other's keys as their own). The refusal names both claimants.
 */
export function checkNamespaces(plugins: readonly { name: string; namespaces?: readonly string[] }[]): void {
  const owners = new Map<string, string>()
  for (const plugin of plugins) {
    for (const name of plugin.namespaces ?? []) {
      if (!NAMESPACE.test(name)) throw new ConfigError(plugin.name, `storage namespace "${name.slice(0, 40)}" must be lower-case letters, digits and dashes, starting with a letter: rename it`)
      if ((CORE_NAMESPACES as readonly string[]).includes(name)) {
        throw new ConfigError("runtime", `plugin "${plugin.name}" claims the storage namespace "${name}", which core keeps (${CORE_NAMESPACES.join(", ")}): the plugin must use another name`)
      }
      const owner = owners.get(name)
      if (owner !== undefined && owner !== plugin.name) {
        throw new ConfigError("runtime", `plugins "${owner}" and "${plugin.name}" both claim the storage namespace "${name}": load only one, or have one use another name`)
      }
      owners.set(name, plugin.name)
    }
  }
}

/**
 * The same store with `namespace(name)` limited to core's namespaces and the
 * ones the loaded plugins declared, so a typo (`jounral`) or a plugin that
 * forgot to declare its namespace is refused at its first use instead of
 * writing state nothing else reads, that `cxedge plugins` does not list and
 * that another plugin could claim.
 */
export function declaredOnly(storage: CxedgeStorage, plugins: readonly { name: string; namespaces?: readonly string[] }[]): CxedgeStorage {
  const declared = new Set<string>([...CORE_NAMESPACES, ...plugins.flatMap((p) => p.namespaces ?? [])])
  return {
    ...storage,
    namespace(name) {
      if (!declared.has(name)) {
        throw new ConfigError("runtime", `storage namespace "${name.slice(0, 40)}" is not declared by core or any loaded plugin (${[...declared].join(", ")}): add it to the plugin's namespaces`)
      }
      return storage.namespace(name)
    },
  }
}

/**
 * Wraps one unstorage driver (memory by default) into the prefixed views.
 * The driver is chosen by the runtime entry: core never imports a node-only
 * driver such as `fs`.
 *
 * @example
 * const storage = createCxedgeStorage(fsDriver({ base: ".cxedge" }))
 * await storage.namespace("journal").setItem("job1:c:42", { state: "planned" })
 */
export function createCxedgeStorage(driver?: Driver): CxedgeStorage {
  const root = createUnstorage({ driver: driver ?? memoryDriver() })
  const views = new Map<string, Storage>()
  const namespace = (name: string) => {
    if (!NAMESPACE.test(name)) throw new TypeError(`storage namespace "${name}" must be lower-case letters, digits and dashes, starting with a letter`)
    let view = views.get(name)
    if (!view) views.set(name, (view = prefixStorage(root, name)))
    return view
  }
  return {
    root,
    tokens: namespace("tokens"),
    tasks: namespace("tasks"),
    audit: namespace("audit"),
    locks: namespace("locks"),
    namespace,
    dispose: () => root.dispose(),
  }
}
