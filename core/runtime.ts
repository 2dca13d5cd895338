import * as v from "valibot"
import type { AuditKey } from "./audit-key.ts"
import type { ProcessOwner } from "./command.ts"
import { systemClock, type Clock, type Random } from "./clock.ts"
import { createMemoryCoordinator, type Coordinator } from "./coordination.ts"
import { createCxoneClient } from "./cxone/client.ts"
import type { CxoneClient } from "./cxone/types.ts"
import { TenantConfigSchema, type TenantConfig } from "./cxone/config.ts"
import { ConfigError, describeError } from "./errors.ts"
import { createHooks, type EventName } from "./hooks.ts"
import { createKeyRing, type KeyRing } from "./keys.ts"
import { silentLogger, type Logger } from "./log.ts"
import { createMetrics, type Metrics } from "./metrics.ts"
import type { Plugin, Runtime, RuntimeConfig } from "./plugin.ts"
import { resolvePlugins, type PluginSources } from "./plugins-resolve.ts"
import { issuePath, issueRule } from "./route-input.ts"
import { registerContributions, validateSettings } from "./runtime-settings.ts"
import { sealedStorage, type SealingKeys } from "./sealed-storage.ts"
import { setupFailure } from "./setup-failure.ts"
import { checkNamespaces, createCxedgeStorage, declaredOnly, type CxedgeStorage } from "./storage.ts"
import { collectSources } from "./sources.ts"
import { inspectorPlugin } from "./inspector.ts"
import { createWriteGates } from "./gates.ts"
import { createTaskQueue, type TaskQueue } from "./tasks.ts"
import { checkedHandlers } from "./task-handlers.ts"

export type { PluginSpec, Runtime, RuntimeConfig } from "./plugin.ts"
export { resolvePlugins } from "./plugins-resolve.ts"

export interface RuntimeOptions extends PluginSources {
  storage?: CxedgeStorage
  fetch?: typeof fetch
  clock?: Clock
  random?: Random
  log?: Logger
  metrics?: Metrics
  keys?: KeyRing
  /** How instances sharing this storage agree (memory when there is one instance). */
  coordinator?: Coordinator
  /** Share the tenant's request budget with other instances through the coordinator. */
  sharedLimits?: boolean
  /** Signs audit records and checkpoints (CXEDGE_AUDIT_KEY); apart from `keys`. */
  auditKey?: AuditKey
  /**
   * The task queue, when the entry has a queue engine (BullMQ on redis,
   * Cloudflare Queues on Workers); else core's in-process queue over storage.
   */
  taskQueue?: (parts: { storage: CxedgeStorage; log: Logger; coordinator: Coordinator }) => TaskQueue
  /**
   * The environment the entry read the plugins' variables from. A failing `setup` whose message holds the value of a
   * variable any plugin declares (a token it read itself) has its message hidden, as for a configured setting.
   */
  env?: Readonly<Record<string, string | undefined>>
  /** This process, where the entry has pids (Bun, Node): a job a queued task runs then holds its lease, as the CLI's do. */
  owner?: ProcessOwner
}

/** The values of every variable the plugins declare, as set in `env`: a setup error quoting one is not shown. */
function declaredEnvValues(plugins: readonly Plugin[], env: RuntimeOptions["env"]): string[] {
  const values = plugins.flatMap((plugin) => (plugin.env ?? []).map((variable) => env?.[variable.name]))
  return values.flatMap((value) => (typeof value === "string" ? [value, value.trim()] : []))
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

function parseTenant(config: RuntimeConfig): TenantConfig | undefined {
  if (!config.tenant) return undefined
  const parsed = v.safeParse(TenantConfigSchema, config.tenant)
  if (!parsed.success) {
    throw new ConfigError("runtime", `invalid tenant setting ${issuePath(parsed.issues[0])}: ${issueRule(parsed.issues[0])}`)
  }
  return parsed.output
}

/** Runs `setup` in order, keeping each plugin's state; a failure disposes what was set up and is thrown. */
async function setUpPlugins(runtime: Runtime, plugins: readonly Plugin[], settings: Map<string, unknown>, states: Map<string, unknown>, setUp: Plugin[], current: (name?: string) => void, envValues: string[]) {
  for (const plugin of plugins) {
    try {
      current(plugin.name)
      states.set(plugin.name, await plugin.setup?.(runtime, settings.get(plugin.name)))
      current(undefined)
      setUp.push(plugin)
    } catch (error) {
      current(undefined)
      await runtime.dispose().catch(() => {})
      throw setupFailure(plugin.name, error, [runtime.config.tenant, runtime.config.settings, [...settings.values()], envValues], runtime.keys)
    }
  }
}

/** Disposes in reverse order; every plugin's `dispose` runs, with its state, and the first failure is thrown at the end. */
async function disposePlugins(runtime: Runtime, setUp: Plugin[], states: Map<string, unknown>, log: Logger) {
  const errors: unknown[] = []
  for (const plugin of [...setUp].reverse()) {
    try {
      await plugin.dispose?.(runtime, states.get(plugin.name))
    } catch (error) {
      errors.push(error)
      log.warn(`plugin ${plugin.name} failed to dispose: ${describeError(error)}`)
    }
  }
  setUp.length = 0
  await runtime.tasks.close?.().catch((error) => log.warn(`the task queue failed to close: ${describeError(error)}`))
  await runtime.storage.dispose().catch(() => {})
  if (errors.length) throw errors[0]
}

/**
 * The plugins a config loads and their settings, validated as `createRuntime`
 * validates them (errors name the key path), without a tenant, storage or
 * any plugin's `setup`: for a command that only computes from settings.
 */
export async function configurePlugins(config: RuntimeConfig, options: PluginSources = {}): Promise<{ plugins: Plugin[]; settings: Map<string, unknown>; transforms: Runtime["transforms"] }> {
  const resolved = await resolvePlugins(config.plugins ?? [], options)
  checkNamespaces(resolved.map((r) => r.plugin))
  collectSources(resolved.map((r) => r.plugin))
  const settings = validateSettings(resolved, config.settings, options.builtins)
  return { plugins: resolved.map((r) => r.plugin), settings, transforms: registerContributions(resolved).transforms }
}

/**
 * Builds the one runtime both faces (CLI and server) share: resolves the
 * plugins, validates each one's settings once (errors name the key path),
 * registers transforms, operations and hooks, and runs `setup` in order,
 * keeping what each returns as that plugin's state. `dispose` runs in
 * reverse and always runs every plugin's.
 */
export async function createRuntime(config: RuntimeConfig, options: RuntimeOptions = {}): Promise<Runtime> {
  const log = options.log ?? silentLogger
  const store = options.storage ?? createCxedgeStorage()
  const metrics = options.metrics ?? createMetrics()
  const clock = options.clock ?? systemClock
  const random = options.random ?? Math.random
  const coordinator = options.coordinator ?? createMemoryCoordinator(clock)
  const hooks = createHooks((name: EventName, error) => log.warn(`hook ${name} listener failed: ${describeError(error)}`))
  const resolved = await resolvePlugins(config.plugins ?? [], options)
  checkNamespaces(resolved.map((r) => r.plugin))
  const storage = declaredOnly(store, resolved.map((r) => r.plugin))
  const settings = validateSettings(resolved, config.settings, options.builtins)
  const { transforms, operations } = registerContributions(resolved)
  const sources = collectSources(resolved.map((r) => r.plugin))
  const inspecting = inspectorPlugin(resolved.map((r) => r.plugin))
  for (const { plugin } of resolved) {
    for (const [name, listener] of Object.entries(plugin.hooks ?? {})) hooks.on(name as EventName, listener as never)
  }
  const tenant = parseTenant(config)
  let client: CxoneClient | undefined
  const keys = options.keys ?? createKeyRing(undefined)
  const plugins = resolved.map((r) => r.plugin)
  const states = new Map<string, unknown>()
  const setUp: Plugin[] = []
  // The plugin whose setup is running: a task handler it registers is named by it.
  let settingUp: string | undefined

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
    owner: options.owner,
    fetch: options.fetch ?? (((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init)) as typeof fetch),
    tasks: checkedHandlers(options.taskQueue?.({ storage, log, coordinator }) ?? createTaskQueue(storage.tasks, log, coordinator), () => settingUp),
    coordinator,
    plugins, transforms, operations, sources,
    gates: createWriteGates(plugins, () => runtime),
    get inspector() {
      return inspecting && states.has(inspecting.name) ? inspecting.inspector!(states.get(inspecting.name)) : undefined
    },
    settings: <C>(name: string) => settings.get(name) as C,
    state: (plugin: Plugin | string) => states.get(typeof plugin === "string" ? plugin : plugin.name) as never,
    dispose: () => disposePlugins(runtime, setUp, states, log),
  }
  await setUpPlugins(runtime, plugins, settings, states, setUp, (name) => void (settingUp = name), declaredEnvValues(plugins, options.env))
  return runtime
}
