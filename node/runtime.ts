import memoryDriver from "unstorage/drivers/memory"
import overlayDriver from "unstorage/drivers/overlay"
import {
  ConfigError, EMBEDDED_SANDBOX_KEY, createAuditKey, createCxedgeStorage, numberSetting, createKeyRing, demoAuditKey, refuseUnsignedAudit, createRedisCoordinator, createRuntime, type Coordinator, type Env, type EnvSettings,
  type Logger, type RedisLike, type Runtime, type RuntimeConfig, type RuntimeOptions, withSandboxDefaults,
} from "../core/index.ts"
import { defaultPlugins } from "../plugins/manifest.ts"
import { nodeBuiltins } from "../plugins/manifest-node.ts"
import { createSandbox, SANDBOX_ORIGIN } from "../sandbox/app.ts"
import { importPlugin, placingConfigErrors } from "./config.ts"
import { privateFsDriver } from "./fs-driver.ts"
import { processOwner } from "./process-owner.ts"
import { checkStorageDir, connectRedis, REDIS_OPTIONS } from "./storage-checks.ts"
import type Redis from "ioredis"

const randomKey = () => btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(32))))

export interface NodeRuntime {
  rt: Runtime
  /** True when no tenant was configured and the embedded sandbox is in use. */
  sandbox: boolean
  settings: EnvSettings
}

/** Storage (and, for redis, the coordinator several instances share) for the configured driver, checked before use. */
async function storageFor(settings: EnvSettings, env: Env, log: Logger, dryRun = false): Promise<{ storage: ReturnType<typeof createCxedgeStorage>; coordinator?: Coordinator; taskQueue?: RuntimeOptions["taskQueue"] }> {
  const { driver, dir, url } = settings.storage
  // How long a killed worker's task waits before another worker runs it again: only redis (BullMQ) reads it, but a
  // wrong value is refused on every storage, before any opens, not left to fail the day the storage is redis.
  const lock = numberSetting(env.CXEDGE_TASK_LOCK_SECONDS, "CXEDGE_TASK_LOCK_SECONDS", { min: 1, max: 3600, integer: true, unit: "seconds" })
  if (driver === "fs") {
    await checkStorageDir(dir, settings.storage.dirFrom ?? "--storage-dir")
    // A dry run reads the directory (a job to resume, a hold) and keeps what it would write in memory: it said "nothing is written",
    // and left a .cxedge directory of cached tokens behind.
    const fs = privateFsDriver({ base: dir })
    return { storage: createCxedgeStorage(dryRun ? overlayDriver({ layers: [memoryDriver(), fs] }) : fs) }
  }
  if (driver === "redis") {
    // Loaded here, not with this module: ioredis and BullMQ took a third of every command's start (300 ms of a
    // one-second anonymize on fs storage), which a job on any other storage paid for nothing.
    const [{ default: redisDriver }, { createBullmqTaskQueue }] = await Promise.all([import("unstorage/drivers/redis"), import("./queue-bullmq.ts")])
    // The driver hands these options to ioredis: connect only when asked, give up instead of retrying forever.
    const d = redisDriver({ url, base: "cxedge", ...REDIS_OPTIONS })
    const redis = await connectRedis(d.getInstance!() as Redis, url!, settings.storage.urlFrom ?? "CXEDGE_REDIS_URL", log)
    if (dryRun) return { storage: createCxedgeStorage(overlayDriver({ layers: [memoryDriver(), d] })) }
    // On redis, tasks (and job partitions) are carried by BullMQ, the standard queue there.
    const taskQueue = () => createBullmqTaskQueue({ url: url!, log, ...(lock ? { lockMs: lock * 1000 } : {}) })
    return { storage: createCxedgeStorage(d), coordinator: createRedisCoordinator(redis as unknown as RedisLike), taskQueue }
  }
  if (driver === "kv") throw new ConfigError("config", "the kv storage driver is a Cloudflare Workers binding: use fs or redis here")
  return { storage: createCxedgeStorage() }
}

/**
 * Builds a runtime for a node-side entry (CLI, Bun or Node server) from
 * resolved settings. With no tenant configured it says so in one line and
 * uses an embedded sandbox tenant, with a throwaway key and a throwaway
 * signing secret for its consent receiver, which plugins that declare
 * sandbox values (`EnvVar.sandbox`) are pointed at.
 */
export async function openNodeRuntime(settings: EnvSettings, env: Env, log: Logger, options: { requireAuditKey?: boolean; dryRun?: boolean } = {}): Promise<NodeRuntime> {
  let fetchImpl: typeof fetch | undefined
  let keys = settings.keys
  let config: RuntimeConfig = settings.config
  for (const line of settings.warnings ?? []) log.warn(line)
  if (!settings.tenantConfigured) {
    const secret = `whsec_${randomKey()}`
    const contacts = numberSetting(env.CXEDGE_SANDBOX_CONTACTS, "CXEDGE_SANDBOX_CONTACTS", { min: 1, max: 1_000_000, integer: true }) ?? 250
    const seed = numberSetting(env.CXEDGE_SANDBOX_SEED, "CXEDGE_SANDBOX_SEED", { min: 0, max: 2 ** 31 - 1, integer: true }) ?? 42
    const sandbox = await createSandbox({ contacts, seed, consentSecrets: [secret] })
    // Plugins whose peer the sandbox emulates (its consent receiver) get the sandbox's values, unless the user set theirs.
    config = withSandboxDefaults(config, settings.plugins ?? [], { origin: SANDBOX_ORIGIN, consentSecrets: [secret] })
    // With --sandbox a configured tenant is set aside: "no tenant configured" said a false thing of it.
    log.info(settings.sandboxAsked ? 'using the embedded sandbox tenant "acme" (--sandbox)' : 'no tenant configured (set CXEDGE_ISSUER and the access key variables): using the embedded sandbox tenant "acme"')
    fetchImpl = sandbox.fetch
    config = {
      ...config,
      // The embedded sandbox has no rate limit unless told to; a real tenant's default stays conservative.
      limits: { rps: 500, burst: 100, maxConcurrency: 32, ...config.limits },
      tenant: sandbox.tenantConfig(SANDBOX_ORIGIN),
    }
    // A key id with no key ring gets no throwaway ring to be "not among": createKeyRing refuses it, as against a tenant.
    if (!keys && !settings.keyId) keys = `${EMBEDDED_SANDBOX_KEY}:${randomKey()}`
  }
  const keyRing = createKeyRing(keys, settings.keyId)
  // No CXEDGE_AUDIT_KEY: the sandbox signs with the public demo key; against a real tenant, anything but a read-only command is refused once the plugins are known.
  const auditKey = settings.auditKey ? createAuditKey(settings.auditKey, keyRing) : settings.tenantConfigured ? undefined : demoAuditKey
  const { storage, coordinator, taskQueue } = await storageFor(settings, env, log, options.dryRun)
  const rt = await placingConfigErrors(settings, () => createRuntime(
    { ...config, plugins: config.plugins ?? defaultPlugins },
    {
      storage, log, coordinator, taskQueue, sharedLimits: !!coordinator, fetch: fetchImpl,
      keys: keyRing, auditKey,
      builtins: nodeBuiltins,
      importer: importPlugin,
      env,
      owner: processOwner,
    },
  ))
  // Read-only commands may run unsigned: they write no audit record that matters as evidence.
  if (options.requireAuditKey !== false) await refuseUnsignedAudit(rt)
  return { rt, sandbox: !settings.tenantConfigured, settings }
}
