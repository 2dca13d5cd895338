import { existsSync } from "node:fs"
import { readFile } from "node:fs/promises"
import { resolve } from "node:path"
import { pathToFileURL } from "node:url"
import { ConfigError, type RuntimeConfig, type TenantConfigInput } from "../core/index.ts"

export type Env = Record<string, string | undefined>

export interface CliSettings {
  config: RuntimeConfig
  /** False when nothing names a tenant: the embedded sandbox is used. */
  tenantConfigured: boolean
  storage: { driver: "memory" | "fs"; dir: string }
  keys?: string
  keyId?: string
  source: string
}

const SECRET_KEYS = ["accessKeySecret", "clientSecret"]

/** Reads `KEY=VALUE` lines (a dotenv-style secrets file); comments and blank lines are skipped. */
export function parseSecretsFile(text: string): Env {
  const out: Env = {}
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*(?:export\s+)?([A-Z0-9_]+)\s*=\s*(.*)\s*$/.exec(line)
    if (!m || line.trim().startsWith("#")) continue
    out[m[1]!] = m[2]!.replace(/^(['"])(.*)\1$/, "$2")
  }
  return out
}

async function loadFile(path: string): Promise<RuntimeConfig & { storage?: { driver?: string; dir?: string } }> {
  if (path.endsWith(".json")) {
    let text: string
    try {
      text = await readFile(path, "utf8")
    } catch {
      throw new ConfigError("config", `cannot read ${path}: check the path given to --config`)
    }
    try {
      return JSON.parse(text)
    } catch (error) {
      throw new ConfigError("config", `${path} is not valid JSON (${(error as Error).message}): fix the file`)
    }
  }
  try {
    const mod = await import(pathToFileURL(resolve(path)).href)
    return mod.default ?? mod
  } catch (error) {
    throw new ConfigError("config", `cannot load ${path}: ${(error as Error).message}`)
  }
}

const pick = (...values: (string | undefined)[]) => values.find((v) => v !== undefined && v !== "")

/**
 * Configuration from flags, the environment (`CXEDGE_*`) and an optional
 * `cxedge.config.(json|ts)`, in that order of precedence. Secrets come only
 * from the environment or `CXEDGE_SECRETS_FILE`; a config file holding one
 * is refused.
 */
export async function loadSettings(args: Record<string, unknown>, processEnv: Env, cwd = process.cwd()): Promise<CliSettings> {
  let env = processEnv
  if (env.CXEDGE_SECRETS_FILE) {
    let text: string
    try {
      text = await readFile(env.CXEDGE_SECRETS_FILE, "utf8")
    } catch {
      throw new ConfigError("config", `cannot read CXEDGE_SECRETS_FILE (${env.CXEDGE_SECRETS_FILE}): check the path`)
    }
    env = { ...parseSecretsFile(text), ...processEnv }
  }
  const explicit = typeof args.config === "string" ? args.config : env.CXEDGE_CONFIG
  const found = explicit ?? ["cxedge.config.ts", "cxedge.config.json"].map((f) => resolve(cwd, f)).find((f) => existsSync(f))
  if (explicit && !existsSync(explicit)) throw new ConfigError("config", `config file ${explicit} does not exist: check --config`)
  const file = found ? await loadFile(found) : {}
  const fileTenant = (file.tenant ?? {}) as Record<string, any>
  for (const key of SECRET_KEYS) {
    if (fileTenant[key] !== undefined || fileTenant.records?.[key] !== undefined) {
      throw new ConfigError("config", `${found} holds tenant.${key}: secrets belong in the environment or CXEDGE_SECRETS_FILE, remove it from the file`)
    }
  }

  const fileConsent = (file.settings?.["consent-webhook"] ?? {}) as Record<string, unknown>
  for (const key of ["secrets", "inboundSecrets"]) {
    if (fileConsent[key] !== undefined) throw new ConfigError("config", `${found} holds settings.consent-webhook.${key}: set CXEDGE_WEBHOOK_SECRETS / CXEDGE_CONSENT_SECRETS in the environment instead`)
  }
  const list = (value: string | undefined) => value?.split(",").map((s) => s.trim()).filter(Boolean)
  const consent = {
    ...fileConsent,
    ...(env.CXEDGE_WEBHOOK_URL ? { url: env.CXEDGE_WEBHOOK_URL } : {}),
    ...(env.CXEDGE_WEBHOOK_SECRETS ? { secrets: list(env.CXEDGE_WEBHOOK_SECRETS) } : {}),
    ...(env.CXEDGE_CONSENT_SECRETS ? { inboundSecrets: list(env.CXEDGE_CONSENT_SECRETS) } : {}),
  }
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
  if (driver !== "memory" && driver !== "fs") throw new ConfigError("config", `storage driver "${driver}" is not available in the CLI: use memory or fs`)
  return {
    config: {
      ...file,
      settings: { ...file.settings, ...(Object.keys(consent).length ? { "consent-webhook": consent } : {}) },
      tenant: tenantConfigured ? tenant : undefined,
      limits,
      plugins: file.plugins ?? (env.CXEDGE_PLUGINS ? env.CXEDGE_PLUGINS.split(",").map((s) => s.trim()) : undefined),
    },
    tenantConfigured,
    storage: { driver, dir: pick(args["storage-dir"] as string, env.CXEDGE_STORAGE_DIR, file.storage?.dir) ?? ".cxedge" },
    keys: env.CXEDGE_HMAC_KEYS,
    keyId: env.CXEDGE_HMAC_KEY_ID,
    source: found ?? "environment",
  }
}

/** Loads a plugin module: a relative or absolute path is taken from the working directory, anything else is a package. */
export function importPlugin(specifier: string): Promise<unknown> {
  const local = specifier.startsWith(".") || specifier.startsWith("/")
  return import(local ? pathToFileURL(resolve(specifier)).href : specifier)
}
