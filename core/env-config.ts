import { checkConfigFile, checkLimits, didYouMean, jsonSyntaxProblem, checkPlugins, checkRetryAndBreaker, checkUrl, LIMIT_RANGES, numberSetting } from "./config-check.ts"
import { unknownSettingKey } from "./settings-keys.ts"
import { ConfigError } from "./errors.ts"
import { intFlag } from "./flags.ts"
import { parseIpRanges } from "./ip-range.ts"
import { TenantConfigSchema, type TenantConfigInput } from "./cxone/config.ts"
import type { RuntimeConfig } from "./runtime.ts"

export type Env = Record<string, string | undefined>

/** What a config file (cxedge.config.json / .ts) may hold. */
export type ConfigFile = RuntimeConfig & { storage?: { driver?: string; dir?: string; url?: string } }

export type StorageDriver = "memory" | "fs" | "redis" | "kv"

export interface EnvSettings {
  config: RuntimeConfig
  /** False when nothing names a tenant: the embedded sandbox is used. */
  tenantConfigured: boolean
  /** `dirFrom` / `urlFrom` name where the directory and URL came from, for error messages. */
  storage: { driver: StorageDriver; dir: string; url?: string; dirFrom?: string; urlFrom?: string }
  keys?: string
  keyId?: string
  adminToken?: string
  /** CXEDGE_AUDIT_KEY: signs audit records and checkpoints (core/audit-key.ts). */
  auditKey?: string
  source: string
}

export interface SettingsOptions {
  /** Built-in plugin names, so a misspelt one is refused with a suggestion. */
  builtins?: readonly string[]
}

const TENANT_KEYS = Object.keys(TenantConfigSchema.entries)
const ENDPOINT_VARS = { token: "CXEDGE_TOKEN_URL", api: "CXEDGE_API_URL", dfo: "CXEDGE_DFO_URL", privacy: "CXEDGE_PRIVACY_URL" } as const

const set = (v: string | undefined): v is string => v !== undefined && v !== ""
const pick = (...values: (string | undefined)[]) => values.find(set)
const list = (value: string | undefined) => value?.split(",").map((s) => s.trim()).filter(Boolean)
/** The first given value with the name of where it came from. */
const first = (...candidates: [unknown, string][]) => candidates.find(([v]) => v !== undefined && v !== "") ?? [undefined, ""]

/**
 * The contact-ended callout's matrix from CXEDGE_CALLOUT_MATRIX: a shipped
 * name or inline JSON. A malformed value does not stop the runtime: it is
 * carried as `problem`, and only the callout route refuses to work.
 */
function calloutMatrix(raw: string | undefined): Record<string, unknown> {
  if (!set(raw)) return {}
  const from = { matrixFrom: "CXEDGE_CALLOUT_MATRIX" }
  const text = raw.trim()
  if (/^[[{"]/.test(text)) {
    let json: unknown
    try {
      json = JSON.parse(text)
    } catch (error) {
      return { ...from, problem: `CXEDGE_CALLOUT_MATRIX is not valid JSON (${jsonSyntaxProblem(error)}): set a shipped matrix name (gdpr, pci, analytics) or a matrix object` }
    }
    if (typeof json !== "object" || json === null || Array.isArray(json)) {
      return { ...from, problem: "CXEDGE_CALLOUT_MATRIX is JSON but not a matrix object: set a shipped matrix name (gdpr, pci, analytics) or a matrix object" }
    }
    return { ...from, matrix: json }
  }
  if (/[/\\]|\.json$/i.test(text)) return { ...from, problem: "CXEDGE_CALLOUT_MATRIX names a file that cannot be read here: check the path, or set a shipped matrix name or inline JSON" }
  return { ...from, matrix: text }
}

/**
 * The bearer tokens a Studio callout may send: CXEDGE_CALLOUT_TOKENS
 * (comma-separated, so one can be rotated out) or CXEDGE_CALLOUT_TOKEN. Each
 * must be long and header-safe; a refusal names the variable and the entry,
 * never the value.
 */
function calloutTokens(env: Env): string[] | undefined {
  if (set(env.CXEDGE_CALLOUT_TOKENS) && set(env.CXEDGE_CALLOUT_TOKEN)) {
    // Two places to rotate is one place to forget: an old token would stay accepted.
    throw new ConfigError("config", "CXEDGE_CALLOUT_TOKENS and CXEDGE_CALLOUT_TOKEN are both set: keep CXEDGE_CALLOUT_TOKENS (it takes several, comma-separated) and unset the other")
  }
  const name = set(env.CXEDGE_CALLOUT_TOKENS) ? "CXEDGE_CALLOUT_TOKENS" : "CXEDGE_CALLOUT_TOKEN"
  const raw = env[name]
  if (!set(raw)) return undefined
  const tokens = name === "CXEDGE_CALLOUT_TOKEN" ? [raw.trim()].filter(Boolean) : list(raw)!
  if (!tokens.length) throw new ConfigError("config", `${name} holds no token: set one or more tokens of 32+ characters (e.g. from openssl rand -hex 32), or unset it`)
  tokens.forEach((token, i) => checkBearerToken(token, tokens.length > 1 ? `${name} entry ${i + 1}` : name))
  return tokens
}

/**
 * A secret a client sends as `Authorization: Bearer <token>`: long enough not
 * to be guessed, and an RFC 6750 b64token, which a header carries without
 * quoting (a stray space or newline would never match). The refusal names
 * `which`, never the value; `orElse` adds what else the user may do.
 */
function checkBearerToken(token: string, which: string, orElse = ""): void {
  if (token.length < 32) throw new ConfigError("config", `${which} is shorter than 32 characters: use a long random token (e.g. openssl rand -hex 32)${orElse}`)
  if (!/^[A-Za-z0-9\-._~+/]+=*$/.test(token)) {
    throw new ConfigError("config", `${which} holds a character a Bearer header cannot carry: use letters, digits and - . _ ~ + / (e.g. openssl rand -hex 32)`)
  }
}

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
  return entries
}

/** Source-address ranges the callout is accepted from, from CXEDGE_CALLOUT_ALLOW_IPS or the file; each entry checked here. */
function calloutAllowIps(env: Env, file: unknown, source: string): string[] | undefined {
  if (set(env.CXEDGE_CALLOUT_ALLOW_IPS)) {
    const entries = list(env.CXEDGE_CALLOUT_ALLOW_IPS)!
    // An empty list could mean "nobody" or "anybody": neither is guessed.
    if (!entries.length) throw new ConfigError("config", "CXEDGE_CALLOUT_ALLOW_IPS holds no address: list addresses or CIDR ranges, or unset it to accept any source")
    parseIpRanges(entries, "CXEDGE_CALLOUT_ALLOW_IPS")
    return entries
  }
  if (file === undefined) return undefined
  const where = `${source}: settings.anonymize.contactEnded.allowIps`
  if (!Array.isArray(file) || !file.length || !file.every((e) => typeof e === "string")) {
    throw new ConfigError("config", `${where} must be a non-empty list of addresses or CIDR ranges (strings): fix the file, or remove the key to accept any source`)
  }
  parseIpRanges(file, where)
  return file
}

/**
 * Configuration from flags, the environment (`CXEDGE_*`) and a config file's
 * content, in that order of precedence; a pure function, so every runtime
 * entry (CLI, Bun, Node, a Worker's bindings) shares it. Everything is
 * checked here, before any call: the file's shape, secrets in the file
 * (refused: secrets come only from the environment), numbers against their
 * ranges, URLs and their schemes. Errors name the source and key.
 */
export function settingsFrom(env: Env, file: ConfigFile = {}, args: Record<string, unknown> = {}, source = "environment", options: SettingsOptions = {}): EnvSettings {
  checkConfigFile(file, source, options)
  checkLimits(file.limits, source)
  checkRetryAndBreaker(file, source)
  const fileTenant = (file.tenant ?? {}) as Record<string, any>
  for (const key of Object.keys(fileTenant)) {
    if (!TENANT_KEYS.includes(key)) {
      throw new ConfigError("config", `${source}: tenant.${key} is unknown${didYouMean(key, TENANT_KEYS)}: see README, Configuration`)
    }
  }
  // Nested keys too (tenant.records.tokenUrll, tenant.endpoints.tokn), and objects where objects belong.
  for (const key of ["records", "endpoints"] as const) {
    const value = fileTenant[key]
    if (value !== undefined && (typeof value !== "object" || value === null || Array.isArray(value))) {
      throw new ConfigError("config", `${source}: tenant.${key} must be an object, not ${value === null ? "null" : Array.isArray(value) ? "an array" : `a ${typeof value}`}: fix the file`)
    }
  }
  // Checked even where the environment overrides them, like storage.driver: the file is wrong either way.
  for (const key of ["issuer", "tenantId", "accessKeyId", "clientId", "clientAuth", "grant", "acdVersion"]) {
    const value = fileTenant[key]
    if (value !== undefined && (typeof value !== "string" || !value.trim())) throw new ConfigError("config", `${source}: tenant.${key} must be a non-empty string: fix the file`)
  }
  const nested = unknownSettingKey(TenantConfigSchema, fileTenant)
  if (nested) {
    const key = nested.path.split(".").at(-1)!
    throw new ConfigError("config", `${source}: tenant.${nested.path} is unknown${didYouMean(key, nested.known)}: the keys there are ${nested.known.join(", ")}`)
  }
  const fileSettings = (file.settings ?? {}) as Record<string, unknown>
  const fileConsent = (fileSettings["consent-webhook"] ?? {}) as Record<string, unknown>
  const fileAnonymize = (fileSettings.anonymize ?? {}) as Record<string, any>

  const consent = {
    ...fileConsent,
    ...(env.CXEDGE_WEBHOOK_URL ? { url: env.CXEDGE_WEBHOOK_URL } : {}),
    ...(env.CXEDGE_WEBHOOK_SECRETS ? { secrets: list(env.CXEDGE_WEBHOOK_SECRETS) } : {}),
    ...(env.CXEDGE_CONSENT_SECRETS ? { inboundSecrets: list(env.CXEDGE_CONSENT_SECRETS) } : {}),
  }
  const tokens = calloutTokens(env)
  const allowIps = calloutAllowIps(env, fileAnonymize.contactEnded?.allowIps, source)
  const trustProxy = set(env.CXEDGE_TRUST_PROXY) ? intFlag("CXEDGE_TRUST_PROXY", env.CXEDGE_TRUST_PROXY.trim(), { min: 0, max: 10 }) : undefined
  const callout = {
    ...fileAnonymize.contactEnded,
    ...(env.CXEDGE_CALLOUT_SECRETS ? { secrets: list(env.CXEDGE_CALLOUT_SECRETS) } : {}),
    ...(tokens ? { tokens } : {}),
    ...(allowIps ? { allowIps } : {}),
    ...(trustProxy !== undefined ? { trustProxy } : {}),
    ...calloutMatrix(env.CXEDGE_CALLOUT_MATRIX),
    ...(env.CXEDGE_CALLOUT_TARGET ? { target: env.CXEDGE_CALLOUT_TARGET } : {}),
  }
  const anonymize = { ...fileAnonymize, ...(Object.keys(callout).length ? { contactEnded: callout } : {}) }
  const records = pick(env.CXEDGE_RECORDS_URL, fileTenant.records?.baseUrl)
  const tenant: TenantConfigInput = {
    ...fileTenant,
    issuer: pick(args.issuer as string, env.CXEDGE_ISSUER, fileTenant.issuer),
    tenantId: pick(args["tenant-id"] as string, env.CXEDGE_TENANT_ID, fileTenant.tenantId),
    accessKeyId: pick(env.CXEDGE_ACCESS_KEY_ID, fileTenant.accessKeyId),
    accessKeySecret: env.CXEDGE_ACCESS_KEY_SECRET,
    clientId: pick(env.CXEDGE_CLIENT_ID, fileTenant.clientId),
    clientSecret: env.CXEDGE_CLIENT_SECRET,
    clientAuth: pick(env.CXEDGE_CLIENT_AUTH, fileTenant.clientAuth) as "basic" | "post" | undefined,
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
  checkUrl(tenant.issuer, set(args.issuer as string) ? "--issuer" : set(env.CXEDGE_ISSUER) ? "CXEDGE_ISSUER" : `${source}: invalid tenant setting issuer`)
  for (const [key, name] of Object.entries(ENDPOINT_VARS)) {
    checkUrl(tenant.endpoints?.[key as keyof typeof ENDPOINT_VARS], set(env[name]) ? name : `${source}: tenant.endpoints.${key}`)
  }
  checkUrl(records, set(env.CXEDGE_RECORDS_URL) ? "CXEDGE_RECORDS_URL" : `${source}: tenant.records.baseUrl`)
  checkUrl(fileTenant.records?.tokenUrl, `${source}: tenant.records.tokenUrl`)
  checkUrl(consent.url as string | undefined, set(env.CXEDGE_WEBHOOK_URL) ? "CXEDGE_WEBHOOK_URL" : `${source}: settings.consent-webhook.url`)

  const tenantConfigured = !args.sandbox && !!(tenant.issuer || tenant.accessKeyId || records || file.tenant)
  const [rpsRaw, rpsFrom] = first([args.rps, "--rps"], [env.CXEDGE_RPS, "CXEDGE_RPS"])
  // A flag given empty (`--rps ""`) is a mistake, not "unset".
  const rps = numberSetting(args.rps === "" ? "" : rpsRaw, rpsFrom || "--rps", LIMIT_RANGES.rps)
  const burst = numberSetting(pick(env.CXEDGE_BURST), "CXEDGE_BURST", LIMIT_RANGES.burst)
  const concurrency = numberSetting(pick(env.CXEDGE_CONCURRENCY), "CXEDGE_CONCURRENCY", LIMIT_RANGES.maxConcurrency)
  const limits = {
    ...file.limits,
    ...(rps !== undefined ? { rps, burst: burst ?? Math.max(1, Math.ceil(rps / 5)) } : burst !== undefined ? { burst } : {}),
    ...(concurrency !== undefined ? { maxConcurrency: concurrency } : {}),
  }

  const [driverRaw, driverFrom] = first([args.storage, "--storage"], [env.CXEDGE_STORAGE, "CXEDGE_STORAGE"], [file.storage?.driver, `${source}: storage.driver`])
  const driver = (driverRaw as string | undefined) ?? (tenantConfigured ? "fs" : "memory")
  if (!["memory", "fs", "redis", "kv"].includes(driver)) throw new ConfigError("config", `${driverFrom}: storage driver "${driver.slice(0, 20)}" is unknown: use memory, fs, redis or kv`)
  const [url, urlFrom] = first([env.CXEDGE_REDIS_URL, "CXEDGE_REDIS_URL"], [file.storage?.url, `${source}: storage.url`]) as [string | undefined, string]
  if (driver === "redis" && !url) throw new ConfigError("config", "the redis storage driver needs CXEDGE_REDIS_URL (e.g. redis://127.0.0.1:6379)")
  if (driver === "redis") checkUrl(url, urlFrom, ["redis:", "rediss:"])
  if (args["storage-dir"] === "") throw new ConfigError("config", "--storage-dir is empty: name a directory")
  const [dir, dirFrom] = first([args["storage-dir"], "--storage-dir"], [env.CXEDGE_STORAGE_DIR, "CXEDGE_STORAGE_DIR"], [file.storage?.dir, `${source}: storage.dir`]) as [string | undefined, string]

  // The environment wins over the file, as everywhere else: CXEDGE_PLUGINS is not silently ignored.
  const plugins = pluginList(env) ?? file.plugins
  if (!file.plugins) checkPlugins(plugins, "CXEDGE_PLUGINS", options)
  const settings = { ...fileSettings }
  if (Object.keys(consent).length) settings["consent-webhook"] = consent
  if (Object.keys(anonymize).length) settings.anonymize = anonymize
  return {
    config: {
      ...file,
      settings,
      tenant: tenantConfigured ? tenant : undefined,
      limits,
      plugins,
    },
    tenantConfigured,
    storage: { driver: driver as StorageDriver, dir: dir ?? ".cxedge", url, dirFrom: dirFrom || "the default storage directory", urlFrom },
    keys: env.CXEDGE_HMAC_KEYS,
    keyId: env.CXEDGE_HMAC_KEY_ID,
    adminToken: adminToken(env),
    auditKey: env.CXEDGE_AUDIT_KEY || undefined,
    source,
  }
}
