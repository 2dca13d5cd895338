import { lowerToCeilings } from "./limit-ceilings.ts"
import { checkConfigFile, checkCrossedLimits, checkLimits, didYouMean, startOf, checkPlugins, checkRetryAndBreaker, checkIssuer, checkUrl, LIMIT_RANGES, twiceIn } from "./config-check.ts"
import type { CxedgeConfig } from "./define-config.ts"
import { checkBearerToken, refuseQuotedValues, refuseTenantPart, pathNameProblem } from "./env-var.ts"
import { intFlag, numberFlag, type FlagRange } from "./flags.ts"
import { checkFileTenant, checkTenantValues } from "./tenant-values.ts"
import { otherWordHint, type OtherWords } from "./suggest.ts"
import { ConfigError } from "./errors.ts"
import { ACD_VERSION, CLIENT_AUTHS, GRANTS, type TenantConfigInput } from "./cxone/config.ts"
import type { Plugin } from "./plugin.ts"
import type { RuntimeConfig } from "./runtime.ts"

export type Env = Record<string, string | undefined>

/** What a config file (cxedge.config.ts / .json / ...) may hold: see `defineConfig`. */
export type ConfigFile = CxedgeConfig

export type StorageDriver = "memory" | "fs" | "redis" | "kv"

export interface EnvSettings {
  config: RuntimeConfig
  /** False when nothing names a tenant, or --sandbox (`sandboxAsked`) sets one aside: the embedded sandbox is used. */
  tenantConfigured: boolean
  sandboxAsked?: boolean
  /** `dirFrom` / `urlFrom` name where the directory and URL came from, for error messages. */
  storage: { driver: StorageDriver; dir: string; url?: string; dirFrom?: string; urlFrom?: string }
  keys?: string
  keyId?: string
  adminToken?: string
  /** CXEDGE_AUDIT_KEY: signs audit records and checkpoints (core/audit-key.ts). */
  auditKey?: string
  source: string
  /** Lines to warn with when the tenant is used (an http:// URL to a host that is not this machine), each naming its setting. */
  warnings?: string[]
  /** The loaded plugins whose declared variables were read (`settingsWithPlugins`); absent after `settingsFrom` alone. */
  plugins?: readonly Plugin[]
}

export interface SettingsOptions {
  /** Built-in plugin names, so a misspelt one is refused with a suggestion. */
  builtins?: readonly string[]
}

const ENDPOINT_VARS = { token: "CXEDGE_TOKEN_URL", api: "CXEDGE_API_URL", dfo: "CXEDGE_DFO_URL", privacy: "CXEDGE_PRIVACY_URL" } as const

const set = (v: string | undefined): v is string => v !== undefined && v !== ""
const pick = (...values: (string | undefined)[]) => values.find(set)
/** The first given value with the name of where it came from. */
const first = (...candidates: [unknown, string][]) => candidates.find(([v]) => v !== undefined && v !== "") ?? [undefined, ""]

/**
 * CXEDGE_ADMIN_TOKEN guards every `/v1/*` route: a short one can be guessed.
 * The refusal names the variable, never the value.
 */
function adminToken(env: Env): string | undefined {
  const raw = env.CXEDGE_ADMIN_TOKEN
  if (!set(raw)) return undefined
  checkBearerToken(raw, "CXEDGE_ADMIN_TOKEN", ", or unset it to turn the admin routes off")
  return raw
}

/**
 * CXEDGE_PLUGINS as a list. An empty entry (`a,,b`, a trailing comma, only
 * spaces) is refused: it is a slip, and dropping it silently could load
 * fewer plugins than the operator meant, or none at all.
 */
function pluginList(env: Env): string[] | undefined {
  const raw = env.CXEDGE_PLUGINS
  if (raw === undefined || raw === "") return undefined
  const entries = raw.split(",").map((s) => s.trim())
  const empty = entries.findIndex((s) => !s)
  if (empty >= 0) {
    throw new ConfigError("config", `CXEDGE_PLUGINS entry ${empty + 1} is empty: list plugin names separated by single commas (e.g. tenant,anonymize), or unset it for the defaults`)
  }
  // Names run together with another separator (pii;hold, "pii hold"): one module name no plugin has, "cannot load".
  const joined = entries.findIndex((s) => !/[/\\]/.test(s) && /[;|\s]/.test(s))
  if (joined >= 0) {
    const names = entries[joined]!.split(/[;|\s]+/).filter(Boolean)
    throw new ConfigError("config", `CXEDGE_PLUGINS entry ${joined + 1} holds ${names.length} names run together (${JSON.stringify(entries[joined]!.slice(0, 60))}): separate plugin names with commas (${names.join(",").slice(0, 60)})`)
  }
  // Counted from 1 as above: "CXEDGE_PLUGINS[1] repeats "pii" (also entry 0)" counted from 0, against "entry 2 is empty".
  const repeated = twiceIn(entries)
  if (repeated !== undefined) {
    const first = entries.indexOf(repeated)
    throw new ConfigError("config", `CXEDGE_PLUGINS entry ${entries.indexOf(repeated, first + 1) + 1} repeats "${repeated}" (also entry ${first + 1}): list each plugin once`)
  }
  return entries
}

// The tenant's words of a fixed set, by the variable that sets each.
const TENANT_WORDS = { grant: ["CXEDGE_GRANT", GRANTS], clientAuth: ["CXEDGE_CLIENT_AUTH", CLIENT_AUTHS] } as const
// OAuth's own names for them (RFC 7591's token_endpoint_auth_method), said, never taken.
const OAUTH_WORDS: OtherWords = {
  client_secret_basic: ["basic", "client_secret_basic is OAuth's name for HTTP Basic authentication"],
  client_secret_post: ["post", "client_secret_post is OAuth's name for the secret sent as form fields"],
}

/** A grant, client authentication or ACD version refused naming the variable or key it came from, before any storage opens. */
function checkTenantWords(tenant: TenantConfigInput, env: Env, source: string): void {
  const from = (key: string, name: string) => (set(env[name]) ? name : `${source}: tenant.${key}`)
  for (const [key, [name, words]] of Object.entries(TENANT_WORDS)) {
    const value = tenant[key as keyof typeof TENANT_WORDS]
    if (value !== undefined && !(words as readonly string[]).includes(value)) {
      const hint = otherWordHint(value, OAUTH_WORDS) || didYouMean(String(value), words) || startOf(String(value), words)
      throw new ConfigError("config", `${from(key, name)} ${JSON.stringify(String(value).slice(0, 40))} is not allowed${hint}: use ${words.join(" or ")}`)
    }
  }
  if (tenant.acdVersion !== undefined && !ACD_VERSION.test(tenant.acdVersion)) {
    throw new ConfigError("config", `${from("acdVersion", "CXEDGE_ACD_VERSION")} ${JSON.stringify(tenant.acdVersion.slice(0, 40))} is not an ACD API version: write it as v34.0`)
  }
}

/** The tenant from flags, variables and the file, its URLs checked, each refusal naming where the URL came from. */
function tenantFrom(env: Env, fileTenant: Record<string, any>, args: Record<string, unknown>, source: string): { tenant: TenantConfigInput; records?: string; warnings: string[] } {
  checkTenantValues(env, args, fileTenant, source)
  const records = pick(env.CXEDGE_RECORDS_URL, fileTenant.records?.baseUrl)
  const tenant: TenantConfigInput = {
    ...fileTenant,
    issuer: pick(args.issuer as string, env.CXEDGE_ISSUER, fileTenant.issuer),
    ...(set(args.issuer as string) ? { issuerFrom: "--issuer" } : !set(env.CXEDGE_ISSUER) && fileTenant.issuer !== undefined ? { issuerFrom: `${source}: tenant.issuer` } : {}),
    tenantId: pick(args["tenant-id"] as string, env.CXEDGE_TENANT_ID, fileTenant.tenantId),
    accessKeyId: pick(env.CXEDGE_ACCESS_KEY_ID, fileTenant.accessKeyId),
    accessKeySecret: env.CXEDGE_ACCESS_KEY_SECRET,
    clientId: pick(env.CXEDGE_CLIENT_ID, fileTenant.clientId),
    clientSecret: env.CXEDGE_CLIENT_SECRET,
    clientAuth: pick(env.CXEDGE_CLIENT_AUTH, fileTenant.clientAuth) as "basic" | "post" | undefined,
    ...(!set(env.CXEDGE_CLIENT_AUTH) && fileTenant.clientAuth !== undefined ? { clientAuthFrom: `${source}: tenant.clientAuth` } : {}),
    grant: pick(env.CXEDGE_GRANT, fileTenant.grant) as "password" | "client_credentials" | undefined,
    acdVersion: pick(env.CXEDGE_ACD_VERSION, fileTenant.acdVersion),
    endpoints: {
      ...fileTenant.endpoints,
      ...Object.fromEntries(Object.entries(ENDPOINT_VARS).map(([k, name]) => [k, env[name]]).filter(([, v]) => v)),
    },
    records: records
      ? {
          ...fileTenant.records,
          baseUrl: records,
          clientId: pick(env.CXEDGE_RECORDS_CLIENT_ID, fileTenant.records?.clientId) ?? "",
          clientSecret: env.CXEDGE_RECORDS_CLIENT_SECRET ?? "",
          scope: pick(env.CXEDGE_RECORDS_SCOPE, fileTenant.records?.scope),
        }
      : undefined,
  }
  checkIssuer(tenant.issuer, set(args.issuer as string) ? "--issuer" : set(env.CXEDGE_ISSUER) ? "CXEDGE_ISSUER" : `${source}: tenant.issuer`)
  // The file's own, overridden here: checked too, or it is found wrong only on the day the variable is unset.
  if (typeof fileTenant.issuer === "string" && (set(args.issuer as string) || set(env.CXEDGE_ISSUER))) checkIssuer(fileTenant.issuer, `${source}: tenant.issuer`)
  for (const [key, name] of Object.entries(ENDPOINT_VARS)) {
    checkUrl(tenant.endpoints?.[key as keyof typeof ENDPOINT_VARS], set(env[name]) ? name : `${source}: tenant.endpoints.${key}`)
  }
  checkUrl(records, set(env.CXEDGE_RECORDS_URL) ? "CXEDGE_RECORDS_URL" : `${source}: tenant.records.baseUrl`)
  checkUrl(fileTenant.records?.tokenUrl, `${source}: tenant.records.tokenUrl`)
  checkTenantWords(tenant, env, source)
  const where = (name: string, key: string) => (set(env[name]) ? name : `${source}: tenant.${key}`)
  const warnings = [
    clearText(tenant.issuer, set(args.issuer as string) ? "--issuer" : where("CXEDGE_ISSUER", "issuer")),
    ...Object.entries(ENDPOINT_VARS).map(([key, name]) => clearText(tenant.endpoints?.[key as keyof typeof ENDPOINT_VARS], where(name, `endpoints.${key}`))),
    clearText(records, where("CXEDGE_RECORDS_URL", "records.baseUrl")),
    clearText(fileTenant.records?.tokenUrl, `${source}: tenant.records.tokenUrl`),
  ].filter((line): line is string => !!line)
  return { tenant, records, warnings }
}

// A host name or address of this machine: the sandbox, a proxy on loopback.
const LOOPBACK = /^(localhost|[\w.-]+\.localhost|127(\.\d{1,3}){3}|\[::1\])$/i

/**
 * The warning for an http:// URL to another machine (the issuer, an endpoint, the records API): tokens and secrets
 * would travel in clear. A warning, not a refusal: a TLS-terminating proxy on a private network may be meant.
 */
function clearText(value: string | undefined, where: string): string | undefined {
  if (!value) return undefined
  const url = new URL(value)
  if (url.protocol !== "http:" || LOOPBACK.test(url.hostname)) return undefined
  return `${where} uses http:// to ${url.hostname.slice(0, 60)}, not this machine: tokens and secrets would travel in clear; use https://`
}

/** A config range as the command line states it. */
const flagRange = (range: { min: number; max: number; exclusiveMin?: boolean }): FlagRange => ({ min: range.min, max: range.max, above: range.exclusiveMin })

/** The request limits: the file's, with --rps, CXEDGE_RPS, CXEDGE_BURST and CXEDGE_CONCURRENCY over them. */
function limitsFrom(env: Env, file: ConfigFile, args: Record<string, unknown>, source: string): RuntimeConfig["limits"] {
  // One rule for a value typed on the command line or in the environment (core/flags.ts), whichever entry reads
  // it; a flag given empty (`--rps ""`) is a mistake, not "unset".
  const rpsRange = { ...flagRange(LIMIT_RANGES.rps), perSecond: true }
  const rps = args.rps !== undefined ? numberFlag("rps", args.rps, rpsRange) : numberFlag("CXEDGE_RPS", pick(env.CXEDGE_RPS), rpsRange)
  const burst = intFlag("CXEDGE_BURST", pick(env.CXEDGE_BURST), flagRange(LIMIT_RANGES.burst))
  const concurrency = intFlag("CXEDGE_CONCURRENCY", pick(env.CXEDGE_CONCURRENCY), flagRange(LIMIT_RANGES.maxConcurrency))
  const limits = {
    ...file.limits,
    ...(rps !== undefined ? { rps, burst: burst ?? Math.max(1, Math.ceil(rps / 5)) } : burst !== undefined ? { burst } : {}),
    ...(concurrency !== undefined ? { maxConcurrency: concurrency } : {}),
  }
  const lowered = lowerToCeilings(limits, { minConcurrency: concurrency, initialConcurrency: concurrency, minRps: rps })
  checkCrossedLimits(lowered, (key) => `${source}: limits.${key}`)
  return lowered as RuntimeConfig["limits"]
}

/**
 * A storage directory named where the driver named is not fs: the directory was read by nothing, and the jobs (the
 * memory storage's, gone with the process) were not kept where the user looks for them. Refused wherever the directory
 * was named (flag, variable, config key), unless the driver was named in a place that overrides it (`--storage memory`
 * for one command over a config's fs directory). `dirFrom` is undefined when no directory was named.
 */
function refuseIgnoredDir(dirFrom: string | undefined, driver: string, driverFrom: string | undefined): void {
  if (dirFrom === undefined || driverFrom === undefined || driver === "fs") return
  const place = (from: string) => (from.startsWith("--") ? 0 : from.startsWith("CXEDGE_") ? 1 : 2)
  if (place(driverFrom) < place(dirFrom)) return
  const drop = ["drop --storage-dir", "unset CXEDGE_STORAGE_DIR", "remove storage.dir"][place(dirFrom)]
  const fs = ["--storage fs", "CXEDGE_STORAGE=fs", 'storage.driver "fs"'][place(driverFrom)]
  const named = place(dirFrom) === 2 && place(driverFrom) === 2 ? "storage.driver there" : driverFrom
  throw new ConfigError("config", `${dirFrom} is read by the fs storage only, and ${named} is ${driver}: ${drop}, or use ${fs}`)
}

/** The storage driver, directory and URL, each with where it came from. */
function storageFrom(env: Env, file: ConfigFile, args: Record<string, unknown>, source: string, tenantConfigured: boolean): EnvSettings["storage"] {
  const [driverRaw, driverFrom] = first([args.storage, "--storage"], [env.CXEDGE_STORAGE, "CXEDGE_STORAGE"], [file.storage?.driver, `${source}: storage.driver`])
  if (args["storage-dir"] === "") throw new ConfigError("config", "--storage-dir is empty: name a directory")
  const [dir, dirFrom] = first([args["storage-dir"], "--storage-dir"], [env.CXEDGE_STORAGE_DIR, "CXEDGE_STORAGE_DIR"], [file.storage?.dir, `${source}: storage.dir`]) as [string | undefined, string]
  const spacedDir = typeof dir === "string" ? pathNameProblem(dirFrom, dir, "directory") : undefined
  if (spacedDir) throw new ConfigError("config", spacedDir)
  // A directory named with no driver named is the fs storage there: the sandbox's memory default would drop the job
  // (and its journal, for --resume) the user asked to keep in it.
  const driver = (driverRaw as string | undefined) ?? (tenantConfigured || dir !== undefined ? "fs" : "memory")
  // A redis URL given as the driver (--storage redis://:password@host) was quoted back, its password with it.
  if (driver.includes("://")) throw new ConfigError("config", `${driverFrom} is a URL, not a storage driver: name the driver (redis) there, and give the URL in CXEDGE_REDIS_URL or storage.url`)
  if (!["memory", "fs", "redis", "kv"].includes(driver)) throw new ConfigError("config", `${driverFrom}: storage driver "${driver.slice(0, 20)}" is unknown${didYouMean(driver, ["memory", "fs", "redis", "kv"]) || startOf(driver, ["memory", "fs", "redis", "kv"])}: use memory, fs, redis or kv`)
  const [url, urlFrom] = first([env.CXEDGE_REDIS_URL, "CXEDGE_REDIS_URL"], [file.storage?.url, `${source}: storage.url`]) as [string | undefined, string]
  if (driver === "redis" && !url) throw new ConfigError("config", "the redis storage driver needs CXEDGE_REDIS_URL (e.g. redis://127.0.0.1:6379)")
  // A redis URL with no driver named: the default storage was used, redis never read, and the jobs a worker on redis
  // should run were kept where no worker looks. Said, not guessed either way.
  if (url !== undefined && driverRaw === undefined) {
    throw new ConfigError("config", `${urlFrom} is set, but no storage driver is named, so the ${driver} storage would be used and redis never read: name the redis driver (CXEDGE_STORAGE=redis, --storage redis or storage.driver) to use it, or remove ${urlFrom.startsWith("CXEDGE_") ? "the variable" : "the key"}`)
  }
  if (driver === "redis") {
    // host:port alone parses as a URL whose scheme is the host ("uses localhost, not redis or rediss").
    if (url && !url.includes("://") && /^[\w.-]+:\d{1,5}$/.test(url.trim())) throw new ConfigError("config", `${urlFrom} is a host and port with no scheme: write it as redis://host[:port] (rediss:// for TLS)`)
    checkUrl(url, urlFrom, ["redis:", "rediss:"])
    // The path names a database by its number (ioredis sends /2 as SELECT 2); another (/cache) was sent as SELECT cache, which redis refuses only once connected.
    const path = url ? new URL(url).pathname : ""
    if (path && path !== "/" && !/^\/\d{1,5}$/.test(path)) throw new ConfigError("config", `${urlFrom} has a path that is no database number: the path of a redis URL names a database, e.g. redis://host:6379/0, or is left out`)
  }
  // After the driver's own checks: a redis URL that is wrong is said first, whatever else is set.
  refuseIgnoredDir(dir === undefined ? undefined : dirFrom, driver, driverRaw === undefined ? undefined : driverFrom)
  return { driver: driver as StorageDriver, dir: dir ?? ".cxedge", url, dirFrom: dirFrom || "the default storage directory", urlFrom }
}

/**
 * Configuration from flags, the environment (`CXEDGE_*`) and a config file's
 * content, in that order of precedence; a pure function, so every runtime
 * entry (CLI, Bun, Node, a Worker's bindings) shares it. Everything is
 * checked here, before any call: the file's shape, secrets in the file
 * (refused: secrets come only from the environment), numbers against their
 * ranges, URLs and their schemes. Errors name the source and key. Plugins'
 * own variables are read after it, by `settingsWithPlugins` (core/plugin-env.ts).
 */
export function settingsFrom(env: Env, file: ConfigFile = {}, args: Record<string, unknown> = {}, source = "environment", options: SettingsOptions = {}): EnvSettings {
  refuseQuotedValues(env)
  checkConfigFile(file, source, options)
  checkLimits(file.limits, source)
  checkRetryAndBreaker(file, source)
  const fileTenant = (file.tenant ?? {}) as Record<string, any>
  checkFileTenant(fileTenant, source)
  const { tenant, records, warnings } = tenantFrom(env, fileTenant, args, source)
  const tenantConfigured = !args.sandbox && !!(tenant.issuer || tenant.accessKeyId || records || file.tenant)
  if (!tenantConfigured && !args.sandbox) refuseTenantPart(env)
  const limits = limitsFrom(env, file, args, source)
  const storage = storageFrom(env, file, args, source, tenantConfigured)
  // The environment wins over the file, as everywhere else: CXEDGE_PLUGINS is not silently ignored.
  const plugins = pluginList(env) ?? file.plugins
  if (!file.plugins) checkPlugins(plugins, "CXEDGE_PLUGINS", options)
  return {
    config: { ...file, settings: (file.settings ?? {}) as Record<string, unknown>, tenant: tenantConfigured ? tenant : undefined, limits, plugins },
    tenantConfigured, ...(args.sandbox ? { sandboxAsked: true } : {}),
    storage,
    keys: env.CXEDGE_HMAC_KEYS,
    keyId: env.CXEDGE_HMAC_KEY_ID,
    adminToken: adminToken(env),
    auditKey: env.CXEDGE_AUDIT_KEY || undefined,
    source,
    ...(tenantConfigured && warnings.length ? { warnings } : {}),
  }
}
