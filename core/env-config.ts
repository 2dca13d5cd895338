import { ConfigError } from "./errors.ts"
import type { TenantConfigInput } from "./cxone/config.ts"
import type { RuntimeConfig } from "./runtime.ts"

export type Env = Record<string, string | undefined>

/** What a config file (cxedge.config.json / .ts) may hold. */
export type ConfigFile = RuntimeConfig & { storage?: { driver?: string; dir?: string; url?: string } }

export type StorageDriver = "memory" | "fs" | "redis" | "kv"

export interface EnvSettings {
  config: RuntimeConfig
  /** False when nothing names a tenant: the embedded sandbox is used. */
  tenantConfigured: boolean
  storage: { driver: StorageDriver; dir: string; url?: string }
  keys?: string
  keyId?: string
  adminToken?: string
  /** CXEDGE_AUDIT_KEY: signs audit records and checkpoints (core/audit-key.ts). */
  auditKey?: string
  source: string
}

const SECRET_KEYS = ["accessKeySecret", "clientSecret"]
const pick = (...values: (string | undefined)[]) => values.find((v) => v !== undefined && v !== "")
const list = (value: string | undefined) => value?.split(",").map((s) => s.trim()).filter(Boolean)

/**
 * Configuration from flags, the environment (`CXEDGE_*`) and a config file's
 * content, in that order of precedence; a pure function, so every runtime
 * entry (CLI, Bun, Node, a Worker's bindings) shares it. Secrets come only
 * from the environment: a config file holding one is refused.
 */
export function settingsFrom(env: Env, file: ConfigFile = {}, args: Record<string, unknown> = {}, source = "environment"): EnvSettings {
  const fileTenant = (file.tenant ?? {}) as Record<string, any>
  for (const key of SECRET_KEYS) {
    if (fileTenant[key] !== undefined || fileTenant.records?.[key] !== undefined) {
      throw new ConfigError("config", `${source} holds tenant.${key}: secrets belong in the environment or CXEDGE_SECRETS_FILE, remove it from the file`)
    }
  }
  const fileConsent = (file.settings?.["consent-webhook"] ?? {}) as Record<string, unknown>
  for (const key of ["secrets", "inboundSecrets"]) {
    if (fileConsent[key] !== undefined) throw new ConfigError("config", `${source} holds settings.consent-webhook.${key}: set CXEDGE_WEBHOOK_SECRETS / CXEDGE_CONSENT_SECRETS in the environment instead`)
  }
  const fileAnonymize = (file.settings?.anonymize ?? {}) as Record<string, any>
  if (fileAnonymize.contactEnded?.secrets !== undefined) throw new ConfigError("config", `${source} holds settings.anonymize.contactEnded.secrets: set CXEDGE_CALLOUT_SECRETS in the environment instead`)
  const consent = {
    ...fileConsent,
    ...(env.CXEDGE_WEBHOOK_URL ? { url: env.CXEDGE_WEBHOOK_URL } : {}),
    ...(env.CXEDGE_WEBHOOK_SECRETS ? { secrets: list(env.CXEDGE_WEBHOOK_SECRETS) } : {}),
    ...(env.CXEDGE_CONSENT_SECRETS ? { inboundSecrets: list(env.CXEDGE_CONSENT_SECRETS) } : {}),
  }
  const callout = {
    ...fileAnonymize.contactEnded,
    ...(env.CXEDGE_CALLOUT_SECRETS ? { secrets: list(env.CXEDGE_CALLOUT_SECRETS) } : {}),
    ...(env.CXEDGE_CALLOUT_MATRIX ? { matrix: env.CXEDGE_CALLOUT_MATRIX.trim().startsWith("{") ? JSON.parse(env.CXEDGE_CALLOUT_MATRIX) : env.CXEDGE_CALLOUT_MATRIX } : {}),
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
      ...Object.fromEntries(
        Object.entries({ token: env.CXEDGE_TOKEN_URL, api: env.CXEDGE_API_URL, dfo: env.CXEDGE_DFO_URL, privacy: env.CXEDGE_PRIVACY_URL }).filter(([, v]) => v),
      ),
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
  const tenantConfigured = !args.sandbox && !!(tenant.issuer || tenant.accessKeyId || records || file.tenant)
  const num = (v: unknown) => (v === undefined || v === "" ? undefined : Number(v))
  const rps = num(args.rps ?? env.CXEDGE_RPS)
  if (rps !== undefined && !(rps > 0)) throw new ConfigError("config", "--rps must be a positive number")
  const limits = {
    ...file.limits,
    ...(rps ? { rps, burst: num(env.CXEDGE_BURST) ?? Math.max(1, Math.ceil(rps / 5)) } : {}),
    ...(env.CXEDGE_CONCURRENCY ? { maxConcurrency: num(env.CXEDGE_CONCURRENCY) } : {}),
  }
  const driver = pick(args.storage as string, env.CXEDGE_STORAGE, file.storage?.driver) ?? (tenantConfigured ? "fs" : "memory")
  if (!["memory", "fs", "redis", "kv"].includes(driver)) throw new ConfigError("config", `storage driver "${driver}" is unknown: use memory, fs, redis or kv`)
  const url = pick(env.CXEDGE_REDIS_URL, file.storage?.url)
  if (driver === "redis" && !url) throw new ConfigError("config", "the redis storage driver needs CXEDGE_REDIS_URL (e.g. redis://127.0.0.1:6379)")
  const settings = { ...file.settings }
  if (Object.keys(consent).length) settings["consent-webhook"] = consent
  if (Object.keys(anonymize).length) settings.anonymize = anonymize
  return {
    config: {
      ...file,
      settings,
      tenant: tenantConfigured ? tenant : undefined,
      limits,
      plugins: file.plugins ?? list(env.CXEDGE_PLUGINS),
    },
    tenantConfigured,
    storage: { driver: driver as StorageDriver, dir: pick(args["storage-dir"] as string, env.CXEDGE_STORAGE_DIR, file.storage?.dir) ?? ".cxedge", url },
    keys: env.CXEDGE_HMAC_KEYS,
    keyId: env.CXEDGE_HMAC_KEY_ID,
    adminToken: env.CXEDGE_ADMIN_TOKEN || undefined,
    auditKey: env.CXEDGE_AUDIT_KEY || undefined,
    source,
  }
}
