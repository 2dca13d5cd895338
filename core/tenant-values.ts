import { didYouMean } from "./config-check.ts"
import { ConfigError } from "./errors.ts"
import { TenantConfigSchema } from "./cxone/config.ts"
import { unknownSettingKey } from "./settings-keys.ts"

type Env = Record<string, string | undefined>

// clientAuthFrom and issuerFrom say where a value came from, set by env-config, never by a file.
const TENANT_KEYS = Object.keys(TenantConfigSchema.entries).filter((key) => !key.endsWith("From"))

/** A config file's `tenant`: known keys at any depth, objects and strings where they belong. */
export function checkFileTenant(fileTenant: Record<string, any>, source: string): void {
  for (const key of Object.keys(fileTenant)) {
    if (!TENANT_KEYS.includes(key)) {
      // A key one level too high (baseUrl, of tenant.records; api, of tenant.endpoints) is told where it goes.
      const under = unknownSettingKey(TenantConfigSchema, { [key]: null })?.under
      throw new ConfigError("config", `${source}: tenant.${key} is unknown${under ? ` (did you mean tenant.${under}?)` : didYouMean(key, TENANT_KEYS)}: see README, Configuration`)
    }
  }
  // Nested keys too (tenant.records.tokenUrll, tenant.endpoints.tokn), and objects where objects belong.
  for (const key of ["records", "endpoints"] as const) {
    const value = fileTenant[key]
    if (value !== undefined && (typeof value !== "object" || value === null || Array.isArray(value))) {
      throw new ConfigError("config", `${source}: tenant.${key} must be an object, not ${value === null ? "null" : Array.isArray(value) ? "an array" : `a ${typeof value}`}: fix the file`)
    }
  }
  // A URL given as a number or an object (endpoints.api: 5) ended in "unexpected error: value.trim is not a function".
  for (const [section, keys] of [["endpoints", ["token", "api", "dfo", "privacy"]], ["records", ["baseUrl", "tokenUrl", "clientId", "scope"]]] as const) {
    for (const key of keys) {
      const value = fileTenant[section]?.[key]
      if (value !== undefined && (typeof value !== "string" || !value.trim())) {
        throw new ConfigError("config", `${source}: tenant.${section}.${key} must be a non-empty string${/url$|^(token|api|dfo|privacy)$/i.test(key) ? " (a URL, https://host[:port])" : ""}${value === null ? ", not null" : Array.isArray(value) ? ", not an array" : typeof value === "string" ? ", and it is empty" : typeof value === "object" ? ", not an object" : `, not a ${typeof value}`}: fix the file`)
      }
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
    throw new ConfigError("config", `${source}: tenant.${nested.path} is unknown${nested.under ? ` (did you mean tenant.${nested.under}?)` : didYouMean(key, nested.known)}: the keys there are ${nested.known.join(", ")}`)
  }
}

/** A tenant value: its variable, the config file's key for it (a secret has none), its flag. */
interface TenantValue {
  name: string
  key?: string
  flag?: string
  /** Held with no white space at all (a UUID). */
  word?: boolean
}

const TENANT_VALUES: readonly TenantValue[] = [
  { name: "CXEDGE_ISSUER", key: "issuer", flag: "issuer" },
  { name: "CXEDGE_TENANT_ID", key: "tenantId", flag: "tenant-id", word: true },
  { name: "CXEDGE_ACCESS_KEY_ID", key: "accessKeyId" },
  { name: "CXEDGE_ACCESS_KEY_SECRET" },
  { name: "CXEDGE_CLIENT_ID", key: "clientId" },
  { name: "CXEDGE_CLIENT_SECRET" },
  { name: "CXEDGE_CLIENT_AUTH", key: "clientAuth" },
  { name: "CXEDGE_GRANT", key: "grant" },
  { name: "CXEDGE_ACD_VERSION", key: "acdVersion" },
  { name: "CXEDGE_TOKEN_URL", key: "endpoints.token" },
  { name: "CXEDGE_API_URL", key: "endpoints.api" },
  { name: "CXEDGE_DFO_URL", key: "endpoints.dfo" },
  { name: "CXEDGE_PRIVACY_URL", key: "endpoints.privacy" },
  { name: "CXEDGE_RECORDS_URL", key: "records.baseUrl" },
  { name: "CXEDGE_RECORDS_CLIENT_ID", key: "records.clientId" },
  { name: "CXEDGE_RECORDS_CLIENT_SECRET" },
  { name: "CXEDGE_RECORDS_SCOPE", key: "records.scope" },
]

/** What is wrong with a value's text, in words, or undefined: never the value itself, which may be a secret. */
export function textFault(value: string, word = false): string | undefined {
  if (value === "") return "is set but empty"
  // U+FFFD is what a UTF-8 reader puts where a byte was not UTF-8; a lone surrogate, what a UTF-16 one left.
  if (/\uFFFD|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(value)) return "holds bytes that are not UTF-8"
  if (/[\r\n]/.test(value)) return "holds a line break (a value pasted with its newline, or a file saved with CR LF ends)"
  if (/[\x00-\x08\x0b-\x1f\x7f]/.test(value)) return "holds a control character"
  if (value.trim() !== value) return `${value.trimStart() === value ? "ends" : "starts"} with white space`
  if (word && /\s/.test(value)) return "holds white space"
  return undefined
}

/**
 * The tenant's values refused by their text before any call, each by its flag, variable or config file key, never its
 * value: a secret with a trailing space or a CR (an env file saved on Windows) was sent to the token endpoint and
 * refused there as a wrong secret; a variable set but empty (CXEDGE_ISSUER=) counted as unset, and NICE's production
 * host was used. A config file's key is checked whatever overrides it: the file is wrong either way.
 */
export function checkTenantValues(env: Env, args: Record<string, unknown>, fileTenant: Record<string, any>, source: string): void {
  const refuse = (where: string, value: string, word?: boolean) => {
    const fault = textFault(value, word)
    if (!fault) return
    const fix = fault === "is set but empty" ? (where.startsWith("--") ? "give its value, or drop the flag" : "give its value, or unset it") : fault.includes("UTF-8") ? "write it in UTF-8" : "write the value without it"
    throw new ConfigError("config", `${where} ${fault}: ${fix}`)
  }
  for (const { name, key, flag, word } of TENANT_VALUES) {
    const given = flag === undefined ? undefined : args[flag]
    if (typeof given === "string") refuse(`--${flag}`, given, word)
    const value = env[name]
    if (value !== undefined) refuse(name, value, word)
    const fileValue = key?.split(".").reduce<any>((at, part) => at?.[part], fileTenant)
    if (typeof fileValue === "string") refuse(`${source}: tenant.${key}`, fileValue, word)
  }
}
