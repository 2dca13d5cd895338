import { ConfigError } from "./errors.ts"
import { kind, numberSetting, quotedNumber } from "./number-setting.ts"

/**
 * Checks on configuration before anything uses it: the shape of a config
 * file, secret-bearing keys, plugin lists, limits and URLs. Every error
 * names where the value came from (a file and its dotted key path, a
 * variable, a flag) and never quotes the value: it may be a secret.
 */

/** The keys a config file may hold at its top level. */
export const CONFIG_KEYS = ["$schema", "tenant", "plugins", "settings", "limits", "retry", "breaker", "storage"] as const

/** Key names that carry a secret, at any depth (URL-valued keys such as `tokenUrl` and `endpoints.token` excepted). */
const SECRET_NAME = /secret|passw(or)?d|token|api[-_]?key|private[-_]?key|hmac[-_]?keys|credential/i
const URL_NAME = /(url|uri|endpoint)$/i

export { didYouMean, editDistance, levelHint, otherWordHint, startOf, TARGET_WORDS, type OtherWords, suggestName, twiceIn } from "./suggest.ts"
export { numberSetting, quotedNumber, spanIn, durationMs } from "./number-setting.ts"
import { didYouMean, startOf, suggestName, twiceIn } from "./suggest.ts"


const isPlain = (v: unknown): v is Record<string, unknown> => {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false
  const proto = Object.getPrototypeOf(v)
  return proto === Object.prototype || proto === null
}
const join = (path: string, key: string | number) => (typeof key === "number" ? `${path}[${key}]` : path ? `${path}.${key}` : key)

/** The dotted path of the first secret-bearing key (or `whsec_` value) under `value`, if any. */
export function findSecret(value: unknown, path = "", seen = new Set<unknown>()): string | undefined {
  if (typeof value === "string") return value.startsWith("whsec_") ? path : undefined
  if (typeof value !== "object" || value === null || seen.has(value)) return undefined
  seen.add(value)
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const hit = findSecret(value[i], join(path, i), seen)
      if (hit) return hit
    }
    return undefined
  }
  if (!isPlain(value)) return undefined
  for (const [key, child] of Object.entries(value)) {
    const here = join(path, key)
    if (SECRET_NAME.test(key) && !URL_NAME.test(key) && here !== "tenant.endpoints.token") return here
    const hit = findSecret(child, here, seen)
    if (hit) return hit
  }
  return undefined
}

export interface PluginCheckOptions {
  /** Built-in plugin names, for suggestions. */
  builtins?: readonly string[]
}

/** A `plugins` list: names, module specifiers, plugin objects, `[name, settings]` pairs, or `false` to leave a slot off. */
export function checkPlugins(value: unknown, where: string, options: PluginCheckOptions = {}): void {
  if (value === undefined) return
  if (!Array.isArray(value)) throw new ConfigError("config", `${where} is ${kind(value)}, not a list: write it as ["tenant", "anonymize", ...]`)
  const names = new Map<string, number>()
  value.forEach((entry, i) => {
    const at = `${where}[${i}]`
    const ref = Array.isArray(entry) ? entry[0] : entry
    if (entry === false) return
    if (Array.isArray(entry) && (entry.length < 1 || entry.length > 2)) throw new ConfigError("config", `${at} must be a name or a [name, settings] pair`)
    if (typeof ref === "string") {
      if (!ref.trim()) throw new ConfigError("config", `${at} is an empty name: name a built-in plugin or a module`)
      checkPluginName(ref, at, options)
      // Listed twice, only one entry's settings would be used: which one is not obvious.
      const first = names.get(ref)
      if (first !== undefined) throw new ConfigError("config", `${at} repeats "${ref}" (also ${where.split(": ").at(-1)}[${first}]): list each plugin once`)
      names.set(ref, i)
      if (Array.isArray(entry) && entry.length === 2 && entry[1] !== undefined && !isPlain(entry[1])) {
        throw new ConfigError("config", `${at}: the settings of "${ref}" are ${kind(entry[1])}, not an object: write ["${ref}", { ... }]`)
      }
      return
    }
    if (isPluginObject(ref)) return
    throw new ConfigError("config", `${at} is ${kind(ref)}: a plugin is a built-in name (${(options.builtins ?? []).join(", ")}), a module path, or [name, settings]`)
  })
}

const isPluginObject = (v: unknown) => typeof v === "object" && v !== null && !Array.isArray(v) && typeof (v as { name?: unknown }).name === "string"

/** A bare name close to a built-in's is a typo, not a package: refuse it with the suggestion. */
function checkPluginName(name: string, at: string, options: PluginCheckOptions) {
  const builtins = options.builtins ?? []
  if (builtins.includes(name) || /^[./@]|^[a-z]:|\//i.test(name)) return
  const near = suggestName(name, builtins)
  if (near) throw new ConfigError("config", `${at} names an unknown plugin "${name}" (did you mean "${near}"?): use a built-in name (${builtins.join(", ")}) or a module path`)
}

/** The object each section of a config file holds, as a refusal shows it. */
const SECTION_SHAPES = {
  tenant: '{ "issuer": "https://...", "tenantId": "..." }',
  settings: '{ "<plugin name>": { ... } }',
  limits: '{ "rps": 10 }',
  retry: '{ "retries": 3 }',
  breaker: '{ "failureRatio": 0.5 }',
  storage: '{ "driver": "fs" }',
} as const

/** What a config file may hold, checked before any of it is used. */
export function checkConfigFile(file: unknown, source: string, options: PluginCheckOptions = {}): Record<string, unknown> {
  if (!isPlain(file)) {
    throw new ConfigError("config", `${source} holds ${kind(file)}, not a configuration object: write { "tenant": {...}, "plugins": [...] } or export default such an object`)
  }
  for (const key of Object.keys(file)) {
    if (!(CONFIG_KEYS as readonly string[]).includes(key)) {
      throw new ConfigError("config", `${source} has an unknown key "${key}"${didYouMean(key, CONFIG_KEYS)}: the keys are ${CONFIG_KEYS.filter((k) => k !== "$schema").join(", ")}`)
    }
  }
  // Plugin objects (a .ts config may hold them) are code, not settings: only a [name, settings] pair's settings are searched.
  const { plugins, ...rest } = file
  const pluginSettings = Array.isArray(plugins) ? plugins.map((p) => (Array.isArray(p) ? [undefined, p[1]] : undefined)) : plugins
  const secret = findSecret(rest) ?? findSecret(pluginSettings, "plugins")
  if (secret) {
    throw new ConfigError("config", `${source} holds a secret at ${secret}: secrets belong in the environment or CXEDGE_SECRETS_FILE, remove it from the file`)
  }
  // A section of another type was "not an object: fix the file", with no word of the object meant.
  for (const [key, shape] of Object.entries(SECTION_SHAPES)) {
    const value = file[key]
    if (value === undefined || isPlain(value)) continue
    const meant = key === "storage" && typeof value === "string" && /^(memory|fs|redis|kv)$/.test(value) ? `{ "driver": "${value}" }` : shape
    throw new ConfigError("config", `${source}: ${key} is ${kind(value)}, not an object: write it as "${key}": ${meant}`)
  }
  // An editor reads $schema to check the file: a number or an object there checks nothing, and was accepted in silence.
  if (file.$schema !== undefined && (typeof file.$schema !== "string" || !file.$schema.trim())) {
    throw new ConfigError("config", `${source}: $schema is ${typeof file.$schema === "string" ? "empty" : kind(file.$schema)}, not a schema's path or URL: write one as a string, or remove the key`)
  }
  checkPlugins(file.plugins, `${source}: plugins`, options)
  const storage = (file.storage ?? {}) as Record<string, unknown>
  for (const [key, value] of Object.entries(storage)) {
    if (!["driver", "dir", "url"].includes(key)) throw new ConfigError("config", `${source}: storage.${key} is unknown${didYouMean(key, ["driver", "dir", "url"])}: use driver, dir or url`)
    if (typeof value !== "string" || !value) throw new ConfigError("config", `${source}: storage.${key} must be a non-empty string`)
  }
  // Checked even when a flag or variable overrides it: a wrong value in the file is a mistake waiting for the day it is used.
  const driver = storage.driver as string | undefined
  if (driver !== undefined && !STORAGE_DRIVERS.includes(driver)) {
    throw new ConfigError("config", `${source}: storage.driver "${driver.slice(0, 20)}" is unknown${didYouMean(driver, STORAGE_DRIVERS) || startOf(driver, STORAGE_DRIVERS)}: use ${STORAGE_DRIVERS.join(", ")}`)
  }
  return file
}

const STORAGE_DRIVERS = ["memory", "fs", "redis", "kv"]

/** Ranges of the request limits (README: configuration). */
export const LIMIT_RANGES = {
  // 0.1 a second is one request every 10 s: 0.0001 (one every three hours) was taken, a job that never ends.
  rps: { min: 0.1, max: 10_000 },
  burst: { min: 1, max: 10_000, integer: true },
  maxConcurrency: { min: 1, max: 256, integer: true },
  minConcurrency: { min: 1, max: 256, integer: true },
  initialConcurrency: { min: 1, max: 256, integer: true },
  minRps: { min: 0.1, max: 10_000 },
  latencyCeilingMs: { min: 1, max: 600_000 },
} as const

/** The `limits` of a config file: known keys, each in its range. */
export function checkLimits(limits: unknown, source: string): void {
  if (limits === undefined) return
  for (const [key, value] of Object.entries(limits as Record<string, unknown>)) {
    const range = LIMIT_RANGES[key as keyof typeof LIMIT_RANGES]
    if (!range) throw new ConfigError("config", `${source}: limits.${key} is unknown${didYouMean(key, Object.keys(LIMIT_RANGES))}: use ${Object.keys(LIMIT_RANGES).join(", ")}`)
    if (typeof value !== "number") throw new ConfigError("config", `${source}: limits.${key} must be a number, not ${kind(value)}${typeof value === "string" ? quotedNumber(key, value) : ""}`)
    numberSetting(value, `${source}: limits.${key}`, range)
  }
}

/**
 * Limits that cross: a floor above its ceiling (`minConcurrency` 100, `maxConcurrency` 2) was taken, and one slow answer
 * then opened the concurrency window to the floor, past the ceiling set. `from` names where each value came from.
 */
export function checkCrossedLimits(limits: Record<string, unknown>, from: (key: string) => string): void {
  for (const [low, high] of [["minConcurrency", "maxConcurrency"], ["initialConcurrency", "maxConcurrency"], ["minRps", "rps"]] as const) {
    const [a, b] = [limits[low], limits[high]]
    if (typeof a === "number" && typeof b === "number" && a > b) throw new ConfigError("config", `${from(low)} (${a}) is above ${from(high)} (${b}), a ceiling: lower the one, or raise the other`)
  }
}

export { BREAKER_RANGES, checkRetryAndBreaker, RETRY_RANGES } from "./retry-config-check.ts"

/**
 * A URL setting: it must parse and use one of `schemes` (http and https by
 * default). The message names the setting, never the value (it may hold a
 * password).
 */
export function checkUrl(value: string | undefined, where: string, schemes: readonly string[] = ["http:", "https:"]): void {
  if (value === undefined || value === "") return
  let url: URL
  try {
    url = new URL(value)
  } catch {
    // A port above 65535 was "not a URL", with no word of which part.
    const port = /^[a-z][\w+.-]*:\/\/[^/?#]*:(\d+)(?:[/?#]|$)/i.exec(value.trim())?.[1]
    if (port && Number(port) > 65_535) throw new ConfigError("config", `${where} has port ${port.slice(0, 10)}, above 65535: check the port`)
    // A host alone (cxone.niceincontact.com) was told "write it as http://...": a tenant is reached over https.
    if (/^[\w.-]+\.[a-z]{2,}(:\d+)?(\/\S*)?$/i.test(value.trim()) && schemes.includes("https:")) throw new ConfigError("config", `${where} is not a URL (it has no scheme): write it as https://host[:port] (http:// for a sandbox on this machine)`)
    throw new ConfigError("config", `${where} is not a URL: write it as ${schemes[0]}//host[:port]`)
  }
  if (!schemes.includes(url.protocol)) {
    throw new ConfigError("config", `${where} uses ${url.protocol.replace(/:$/, "")}, not ${schemes.map((s) => s.replace(/:$/, "")).join(" or ")}: write it as ${schemes[0]}//host[:port]`)
  }
  if (!url.hostname) throw new ConfigError("config", `${where} has no host: write it as ${schemes[0]}//host[:port]`)
  // A client decodes the user and password: a % of a password's own there was "unexpected error: URI error", exit 1.
  if (!decodes(url.username) || !decodes(url.password)) throw new ConfigError("config", `${where} has a % in its user or password that starts no escape (%XX): write a % there as %25`)
  // No request carries a fragment: https://cxone.example.com#x was taken as the host alone, the rest pasted with it dropped.
  if (value.includes("#")) throw new ConfigError("config", `${where} holds a "#" (a fragment), which no request sends: give the URL without it and what follows it`)
}

/**
 * The tenant's issuer: a URL (checkUrl) with no user or password (a secret in a setting that is no secret's place, sent
 * to no one: the client authenticates with its access key) and no query (discovery appends its own path to the issuer).
 */
export function checkIssuer(value: string | undefined, where: string): void {
  checkUrl(value, where)
  if (value === undefined || value === "") return
  const url = new URL(value)
  if (url.username || url.password) throw new ConfigError("config", `${where} holds a user or password before its host: the issuer takes none (the access key authenticates); give https://host[:port]`)
  if (url.search) throw new ConfigError("config", `${where} holds a query ("?…"): discovery appends /.well-known/… to the issuer, so give it without one`)
}

const decodes = (part: string) => {
  try {
    decodeURIComponent(part)
    return true
  } catch {
    return false
  }
}

/**
 * A URL for messages: its password replaced by `***`, and so is every query
 * parameter that can carry one (ioredis reads `?password=`), a token or a key.
 * The user name stays: it names an account, it opens nothing.
 */
export function redactUrl(value: string): string {
  try {
    const url = new URL(value)
    if (url.password) url.password = "***"
    for (const key of [...new Set(url.searchParams.keys())]) {
      if (/pass|secret|token|key|auth|cred|sig/i.test(key)) url.searchParams.set(key, "***")
    }
    return url.toString().replace(/\/$/, "")
  } catch {
    return "(not a URL)"
  }
}

/**
 * A JSON.parse error for a message, without the text it quotes: Bun's says
 * `Unexpected identifier "s3cr3t"`, V8's quotes a stretch of the input, and
 * either may be a secret or personal data typed without quotes.
 */
export const jsonSyntaxProblem = (error: unknown): string =>
  String((error as Error)?.message ?? "not JSON").split("\n")[0]!.replace(/\s*"[^]*?("|$)/g, "")
    // Bun quotes an unrecognized token in single quotes (Unrecognized token 'ÿ'): only JSON's own punctuation is kept.
    .replace(/\s*'([^']*)'/g, (quoted, inner: string) => (/^[{}[\]:,]$/.test(inner) ? quoted : ""))
    .replace(/^JSON Parse error:\s*/, "").slice(0, 120) || "not JSON"
