import * as v from "valibot"
import type { AuditKey } from "./audit-key.ts"
import { systemClock, type Clock, type Random } from "./clock.ts"
import { createCxoneClient } from "./cxone/client.ts"
import type { CxoneClient } from "./cxone/types.ts"
import { TenantConfigSchema, type TenantConfig, type TenantConfigInput } from "./cxone/config.ts"
import type { BreakerOptions } from "./cxone/breaker.ts"
import type { LimiterOptions } from "./cxone/limiter.ts"
import type { RetryPolicy } from "./cxone/retry.ts"
import { ConfigError, describeError } from "./errors.ts"
import { createHooks, type HookBus, type HookName } from "./hooks.ts"
import { suggestName } from "./config-check.ts"
import { unknownSettingKey } from "./settings-keys.ts"
import { createKeyRing } from "./keys.ts"
import { sealedStorage, type SealingKeys } from "./sealed-storage.ts"
import { silentLogger, type Logger } from "./log.ts"
import { createMetrics, type Metrics } from "./metrics.ts"
import type { KeyRing, Plugin, Transform } from "./plugin.ts"
import type { Operation } from "./cxone/operation.ts"
import { checkNamespaces, createCxedgeStorage, type CxedgeStorage } from "./storage.ts"
import { createTaskQueue, type TaskQueue } from "./tasks.ts"
import { createMemoryCoordinator, type Coordinator } from "./coordination.ts"

/** A plugin as named in a config: a built-in name, a module specifier, the object, or `[name, settings]`. */
export type PluginSpec = string | Plugin | [string | Plugin, unknown] | false | null | undefined

export interface RuntimeConfig {
  tenant?: TenantConfigInput
  plugins?: PluginSpec[]
  /** Settings per plugin name. */
  settings?: Record<string, unknown>
  limits?: Partial<LimiterOptions>
  retry?: Partial<RetryPolicy>
  breaker?: Partial<BreakerOptions>
}

export interface RuntimeOptions {
  storage?: CxedgeStorage
  fetch?: typeof fetch
  clock?: Clock
  random?: Random
  log?: Logger
  metrics?: Metrics
  keys?: KeyRing
  /** The built-in plugins by name (plugins/manifest.ts); core never imports them itself. */
  builtins?: Record<string, Plugin>
  /** Loads a third-party plugin module by specifier. */
  importer?: (specifier: string) => Promise<unknown>
  /** How instances sharing this storage agree (memory when there is one instance). */
  coordinator?: Coordinator
  /** Share the tenant's request budget with other instances through the coordinator. */
  sharedLimits?: boolean
  /** Signs audit records and checkpoints (CXEDGE_AUDIT_KEY); apart from `keys`. */
  auditKey?: AuditKey
}

export interface Runtime {
  readonly config: RuntimeConfig
  /** The tenant's client; throws a ConfigError when no tenant is configured. */
  readonly client: CxoneClient
  readonly hasTenant: boolean
  readonly storage: CxedgeStorage
  readonly hooks: HookBus
  readonly metrics: Metrics
  readonly log: Logger
  readonly clock: Clock
  readonly random: Random
  readonly keys: KeyRing
  /** The audit key, when the entry has one (core/audit-key.ts). */
  readonly auditKey?: AuditKey
  /** The fetch every outbound call uses (the in-process sandbox's in tests and the embedded mode). */
  readonly fetch: typeof fetch
  readonly tasks: TaskQueue
  readonly coordinator: Coordinator
  readonly plugins: readonly Plugin[]
  readonly transforms: ReadonlyMap<string, Transform<any>>
  readonly operations: ReadonlyMap<string, Operation>
  settings<C = unknown>(plugin: string): C
  dispose(): Promise<void>
}

/**
 * The key tokens are sealed under at rest: the key ring's current key, or,
 * when no key is configured, one derived from the tenant's secrets (which
 * live only in the environment), so a copy of the storage alone opens nothing.
 */
function tokenKeys(ring: KeyRing, tenant: TenantConfig): SealingKeys {
  if (ring.get(ring.current)) return ring
  const secrets = [tenant.accessKeySecret, tenant.clientSecret, tenant.records?.clientSecret].filter(Boolean).join("\u0000")
  // Without any secret there is nothing to derive from: a key for this process only (tokens are not reused across runs).
  const material = secrets ? new TextEncoder().encode(`cxedge tokens\u0000${secrets}`) : crypto.getRandomValues(new Uint8Array(32))
  const kid = secrets ? "env" : "run"
  return { current: kid, get: (id) => (id === kid ? material : undefined) }
}

async function load(spec: string | Plugin, options: RuntimeOptions): Promise<Plugin> {
  if (typeof spec !== "string") return spec
  const builtin = options.builtins?.[spec]
  if (builtin) return builtin
  const names = Object.keys(options.builtins ?? {})
  const near = /^[./@]|\//.test(spec) ? undefined : suggestName(spec, names)
  if (near || !options.importer) throw new ConfigError("runtime", `unknown plugin "${spec}"${near ? ` (did you mean "${near}"?)` : ""}: use a built-in name (${names.join(", ")}) or a module specifier`)
  let mod: any
  try {
    mod = await options.importer!(spec)
  } catch (error) {
    throw new ConfigError("runtime", `cannot load plugin module "${spec}": check the name and that it is installed`, { cause: error })
  }
  const plugin = mod?.default ?? mod?.plugin
  if (!plugin || typeof plugin !== "object" || typeof plugin.name !== "string") {
    throw new ConfigError("runtime", `module "${spec}" has no plugin as its default export: export default definePlugin({...})`)
  }
  return plugin
}

/** Flattens, drops falsy entries, rejects two different plugins with one name, checks `requires`, orders dependencies first. */
export async function resolvePlugins(specs: PluginSpec[], options: RuntimeOptions): Promise<{ plugin: Plugin; settings: unknown }[]> {
  const byName = new Map<string, { plugin: Plugin; settings: unknown }>()
  for (const spec of specs) {
    if (!spec) continue
    const [ref, settings] = Array.isArray(spec) ? spec : [spec, undefined]
    const plugin = await load(ref, options)
    const existing = byName.get(plugin.name)
    if (existing && existing.plugin !== plugin) throw new ConfigError("runtime", `two different plugins are named "${plugin.name}": rename one or load only one`)
    if (!existing || settings !== undefined) byName.set(plugin.name, { plugin, settings })
  }
  const ordered: { plugin: Plugin; settings: unknown }[] = []
  const state = new Map<string, "visiting" | "done">()
  const visit = (name: string, from?: string) => {
    const entry = byName.get(name)
    if (!entry) throw new ConfigError("runtime", `plugin "${from}" requires "${name}": add "${name}" to plugins`)
    if (state.get(name) === "done") return
    if (state.get(name) === "visiting") throw new ConfigError("runtime", `plugins "${from}" and "${name}" require each other: break the cycle`)
    state.set(name, "visiting")
    for (const dep of entry.plugin.requires ?? []) visit(dep, name)
    state.set(name, "done")
    ordered.push(entry)
  }
  for (const name of byName.keys()) visit(name)
  return ordered
}

/**
 * Builds the one runtime both faces (CLI and server) share: resolves the
 * plugins, validates each one's settings once (errors name the key path),
 * registers transforms, operations and hooks, and runs `setup` in order.
 * `dispose` runs in reverse and always runs every plugin's.
 */
export async function createRuntime(config: RuntimeConfig, options: RuntimeOptions = {}): Promise<Runtime> {
  const log = options.log ?? silentLogger
  const storage = options.storage ?? createCxedgeStorage()
  const metrics = options.metrics ?? createMetrics()
  const clock = options.clock ?? systemClock
  const random = options.random ?? Math.random
  const coordinator = options.coordinator ?? createMemoryCoordinator(clock)
  const hooks = createHooks((name: HookName, error) => log.warn(`hook ${name} listener failed: ${describeError(error)}`))
  const resolved = await resolvePlugins(config.plugins ?? [], options)
  checkNamespaces(resolved.map((r) => r.plugin))

  const hint = (name: string | undefined) => (name ? ` (did you mean ${name}?)` : "")
  // Settings under a name no plugin has (settings.anonymise) would be ignored, the plugin running on its defaults.
  if (options.builtins) {
    const names = [...new Set([...resolved.map((r) => r.plugin.name), ...Object.keys(options.builtins)])]
    for (const key of Object.keys(config.settings ?? {})) {
      if (!names.includes(key)) throw new ConfigError("config", `settings.${key} names no plugin${hint(suggestName(key, names))}: the plugins are ${names.join(", ")}`)
    }
  }
  const settings = new Map<string, unknown>()
  for (const { plugin, settings: inline } of resolved) {
    const raw = inline ?? config.settings?.[plugin.name] ?? {}
    if (!plugin.config) {
      settings.set(plugin.name, raw)
      continue
    }
    const parsed = v.safeParse(plugin.config, raw)
    if (!parsed.success) {
      const issue = parsed.issues[0]
      const path = v.getDotPath(issue)
      throw new ConfigError(plugin.name, `invalid setting settings.${plugin.name}${path ? `.${path}` : ""}: ${issue.message}`)
    }
    const unknown = unknownSettingKey(plugin.config, raw)
    if (unknown) {
      const key = unknown.path.split(".").at(-1)!.replace(/\[\d+\]$/, "")
      throw new ConfigError(plugin.name, `unknown setting settings.${plugin.name}.${unknown.path}${hint(suggestName(key, unknown.known))}: the keys there are ${unknown.known.join(", ")}`)
    }
    settings.set(plugin.name, parsed.output)
  }

  const transforms = new Map<string, Transform<any>>()
  const operations = new Map<string, Operation>()
  for (const { plugin } of resolved) {
    for (const t of plugin.transforms ?? []) {
      if (transforms.has(t.name)) throw new ConfigError(plugin.name, `transform "${t.name}" is already registered by another plugin: rename it`)
      transforms.set(t.name, t)
    }
    for (const op of plugin.operations ?? []) operations.set(op.id, op)
    for (const [name, listener] of Object.entries(plugin.hooks ?? {})) hooks.on(name as HookName, listener as any)
  }

  let tenant: TenantConfig | undefined
  if (config.tenant) {
    const parsed = v.safeParse(TenantConfigSchema, config.tenant)
    if (!parsed.success) {
      const path = v.getDotPath(parsed.issues[0])
      throw new ConfigError("runtime", `invalid tenant setting ${path ?? ""}: ${parsed.issues[0].message}`)
    }
    tenant = parsed.output
  }
  let client: CxoneClient | undefined
  const keys = options.keys ?? createKeyRing(undefined)

  const plugins = resolved.map((r) => r.plugin)
  const runtime: Runtime = {
    config,
    get client() {
      if (!tenant) throw new ConfigError("runtime", "no tenant configured: set CXEDGE_ISSUER and the access key variables, or use the embedded sandbox")
      return (client ??= createCxoneClient({
        tenant, storage: { ...storage, tokens: sealedStorage(storage.tokens, tokenKeys(keys, tenant), "tokens-at-rest") }, metrics, clock, random, log, fetch: options.fetch,
        limiter: config.limits, retry: config.retry, breaker: config.breaker,
        coordinator, sharedLimits: options.sharedLimits,
      }))
    },
    hasTenant: !!tenant,
    storage, hooks, metrics, log, clock, random,
    keys,
    auditKey: options.auditKey,
    fetch: options.fetch ?? (((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init)) as typeof fetch),
    tasks: createTaskQueue(storage.tasks, log, coordinator),
    coordinator,
    plugins, transforms, operations,
    settings: <C>(name: string) => settings.get(name) as C,
    async dispose() {
      const errors: unknown[] = []
      for (const plugin of [...setUp].reverse()) {
        try {
          await plugin.dispose?.(runtime)
        } catch (error) {
          errors.push(error)
          log.warn(`plugin ${plugin.name} failed to dispose: ${describeError(error)}`)
        }
      }
      setUp.length = 0
      await storage.dispose().catch(() => {})
      if (errors.length) throw errors[0]
    },
  }

  const setUp: Plugin[] = []
  for (const plugin of plugins) {
    try {
      await plugin.setup?.(runtime, settings.get(plugin.name))
      setUp.push(plugin)
    } catch (error) {
      await runtime.dispose().catch(() => {})
      throw error
    }
  }
  return runtime
}
