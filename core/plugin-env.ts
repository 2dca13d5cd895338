import * as v from "valibot"
import type { EnvSettings, Env } from "./env-config.ts"
import { emptyVariable, namesFile, type EmbeddedSandbox, type EnvVar } from "./env-var.ts"
import { CxedgeError, ConfigError } from "./errors.ts"
import type { Plugin } from "./plugin.ts"
import { issueRule } from "./route-input.ts"
import { resolvePlugins, type PluginSpec, type RuntimeConfig, type RuntimeOptions } from "./runtime.ts"

/**
 * Plugins declare the environment variables they read (`Plugin.env`); the
 * runtime entries (CLI, Bun, Node, a Worker) read them here for the plugins
 * they load, so neither core's configuration nor an entry names a plugin.
 */

type Settings = Record<string, unknown>

const isSet = (value: string | undefined): value is string => value !== undefined && value !== ""
const isObject = (value: unknown): value is Settings => typeof value === "object" && value !== null && !Array.isArray(value)

function getPath(root: unknown, path: string): unknown {
  let here = root
  for (const key of path.split(".")) here = isObject(here) ? here[key] : undefined
  return here
}

/** A copy of `root` with `value` at `path` (or spread into the object there); the objects along the path are copied, never changed. */
function setPath(root: Settings, path: string, value: unknown, spread = false): Settings {
  const [key, ...rest] = path.split(".")
  const child = root[key!]
  if (rest.length) return { ...root, [key!]: setPath(isObject(child) ? child : {}, rest.join("."), value, spread) }
  return { ...root, [key!]: spread && isObject(value) ? { ...(isObject(child) ? child : {}), ...value } : value }
}

/** One variable's text through its schema; the refusal names the plugin and the variable, never the value. */
function parseVariable(plugin: string, variable: EnvVar, raw: string): unknown {
  if (!variable.schema) return raw
  let parsed: ReturnType<typeof v.safeParse>
  try {
    parsed = v.safeParse(variable.schema, raw)
  } catch (error) {
    if (error instanceof CxedgeError) throw error
    throw new ConfigError(plugin, `${variable.name} cannot be read: correct it, or unset it for the default`, { cause: error })
  }
  // issueRule: valibot's default words put as a rule, and a value near a choice answered with it (CXEDGE_CALLOUT_TARGET pacth).
  if (!parsed.success) throw new ConfigError(plugin, `${variable.name} ${issueRule(parsed.issues[0])}: correct it, or unset it for the default`)
  return parsed.output
}

/** The schema a plugin's settings take at a dotted path (optional wrappers undone), or undefined. */
function schemaAt(schema: v.GenericSchema | undefined, path: string): v.GenericSchema | undefined {
  let at: any = schema
  for (const key of path.split(".")) {
    while (at && (at.type === "optional" || at.type === "nullable" || at.type === "nullish")) at = at.wrapped
    at = at?.entries?.[key]
  }
  return at
}

/**
 * A variable's value checked against the setting it fills, so that a wrong one is refused naming the
 * variable (and the entry of a list), never as `settings.<plugin>.<setting>.0`, a key the user never wrote.
 */
function checkAgainstSetting(plugin: Plugin, variable: EnvVar, value: unknown): void {
  const schema = variable.spread ? undefined : schemaAt(plugin.config, variable.setting!)
  if (!schema) return
  const parsed = v.safeParse(schema, value)
  if (parsed.success) return
  const issue = parsed.issues[0]
  const first = issue.path?.[0]?.key
  const entry = Array.isArray(value) && typeof first === "number" ? ` entry ${first + 1}` : ""
  throw new ConfigError(plugin.name, `${variable.name}${entry} ${issueRule(issue)}: correct it, or unset it for the default`)
}

/**
 * A plugin's settings with its declared variables read in: the environment
 * wins over the file's value, as everywhere else. A secret's setting found in
 * the file is refused (secrets come only from the environment).
 */
export function readPluginEnv(plugin: Plugin, env: Env, fileSettings: unknown, source = "environment"): Settings {
  let settings: Settings = isObject(fileSettings) ? fileSettings : {}
  for (const variable of plugin.env ?? []) {
    const where = `settings.${plugin.name}.${variable.setting}`
    // Set but empty is no "unset": an empty allowlist read as none opened the callout to any address.
    if (env[variable.name] === "") throw new ConfigError(plugin.name, emptyVariable(variable.name))
    if (variable.secret && variable.setting && getPath(fileSettings, variable.setting) !== undefined) {
      throw new ConfigError("config", `${source} holds a secret at ${where}: secrets belong in the environment or CXEDGE_SECRETS_FILE, remove it from the file`)
    }
    if (variable.excludes && isSet(env[variable.name]) && isSet(env[variable.excludes])) {
      throw new ConfigError(plugin.name, `${variable.name} and ${variable.excludes} are both set: keep ${variable.name} and unset ${variable.excludes} (two places to rotate a secret is one place to forget)`)
    }
    if (!variable.setting) continue
    const raw = env[variable.name]
    // A variable another one excludes is read only when that one is not set.
    const excludedBy = (plugin.env ?? []).find((other) => other.excludes === variable.name && isSet(env[other.name]))
    if (isSet(raw) && !excludedBy) {
      const value = parseVariable(plugin.name, variable, raw)
      checkAgainstSetting(plugin, variable, value)
      settings = setPath(settings, variable.setting, value, variable.spread)
    }
    else if (!isSet(raw) && variable.fromFile) {
      const value = getPath(fileSettings, variable.setting)
      if (value !== undefined) settings = setPath(settings, variable.setting, variable.fromFile(value, `${source}: ${where}`))
    }
  }
  return settings
}

/** The first variable a plugin needs but does not have, refused naming the plugin. */
function checkRequired(plugin: Plugin, settings: Settings): void {
  for (const variable of plugin.env ?? []) {
    const reason = variable.requiredWhen?.(settings)
    if (reason && (!variable.setting || getPath(settings, variable.setting) === undefined)) {
      throw new ConfigError(plugin.name, `${variable.name} is not set: ${reason}`)
    }
  }
}

/**
 * Core settings with each of `plugins`' declared variables read into
 * `settings.<plugin>`; errors name the variable (or the file and key) and
 * the plugin that needs it.
 */
export function withPluginEnv(settings: EnvSettings, env: Env, plugins: readonly Plugin[]): EnvSettings {
  let all: Settings = { ...settings.config.settings }
  for (const plugin of plugins) {
    if (!plugin.env?.length) continue
    const mine = readPluginEnv(plugin, env, all[plugin.name], settings.source)
    checkRequired(plugin, mine)
    if (Object.keys(mine).length) all = { ...all, [plugin.name]: mine }
  }
  return { ...settings, config: { ...settings.config, settings: all }, plugins }
}

export interface PluginEnvOptions {
  /** The built-in plugins by name. */
  builtins: Record<string, Plugin>
  /** The plugins loaded when the configuration names none. */
  defaults: readonly string[]
  /** Loads a third-party plugin module by specifier. */
  importer?: RuntimeOptions["importer"]
  /** Reads a file a variable names (`EnvVar.mayNameFile`); undefined when it cannot. Entries without files leave it out. */
  readFile?: (path: string) => Promise<string | undefined>
  /** Told the plugins the configuration loads, once they are resolved (their declared variables, for a check of names). */
  loaded?: (plugins: readonly Plugin[]) => void
}

/** `env` with each file-naming variable's value replaced by the file's content, where `readFile` can read it. */
async function withFileValues(env: Env, plugins: readonly Plugin[], readFile: PluginEnvOptions["readFile"]): Promise<Env> {
  if (!readFile) return env
  const out = { ...env }
  for (const variable of plugins.flatMap((p) => p.env ?? [])) {
    const value = env[variable.name]?.trim()
    if (!variable.mayNameFile || !value || !namesFile(value)) continue
    const text = await readFile(value)
    if (text !== undefined) out[variable.name] = text
  }
  return out
}

/**
 * What a runtime entry calls after `settingsFrom`: resolves the plugins the
 * configuration loads (built-ins, modules, objects) and reads their declared
 * variables from `env`.
 */
export async function settingsWithPlugins(settings: EnvSettings, env: Env, options: PluginEnvOptions): Promise<EnvSettings> {
  const specs: PluginSpec[] = settings.config.plugins ?? [...options.defaults]
  const plugins = (await resolvePlugins(specs, { builtins: options.builtins, importer: options.importer })).map((r) => r.plugin)
  options.loaded?.(plugins)
  return withPluginEnv(settings, await withFileValues(env, plugins, options.readFile), plugins)
}

/**
 * The configuration against the embedded sandbox: a plugin that declares
 * sandbox values (its peer is the sandbox, e.g. the consent receiver) gets
 * them, unless the user configured any of those variables or settings.
 */
export function withSandboxDefaults(config: RuntimeConfig, plugins: readonly Plugin[], sandbox: EmbeddedSandbox): RuntimeConfig {
  let all: Settings = { ...config.settings }
  for (const plugin of plugins) {
    const vars = (plugin.env ?? []).filter((variable) => variable.sandbox && variable.setting)
    if (!vars.length || vars.some((variable) => getPath(all[plugin.name], variable.setting!) !== undefined)) continue
    // Settings that are no object (null, a list, a string) are left for the settings check to refuse: replaced by the
    // sandbox's values, settings.consent-webhook: [1] or null ran in silence.
    if (all[plugin.name] !== undefined && !isObject(all[plugin.name])) continue
    let mine: Settings = isObject(all[plugin.name]) ? (all[plugin.name] as Settings) : {}
    for (const variable of vars) mine = setPath(mine, variable.setting!, parseVariable(plugin.name, variable, variable.sandbox!(sandbox)), variable.spread)
    all = { ...all, [plugin.name]: mine }
  }
  return { ...config, settings: all }
}

/** One declared variable as `cxedge plugins` shows it: whether it is set, never its value. */
export interface VariableStatus {
  plugin: string
  name: string
  description: string
  secret: boolean
  set: boolean
  setting?: string
}

/** Every declared variable of `plugins`, in declaration order. */
export const pluginVariables = (plugins: readonly Plugin[], env: Env): VariableStatus[] =>
  plugins.flatMap((plugin) =>
    (plugin.env ?? []).map((variable) => ({
      plugin: plugin.name,
      name: variable.name,
      description: variable.description,
      secret: !!variable.secret,
      set: isSet(env[variable.name]),
      ...(variable.setting ? { setting: `settings.${plugin.name}.${variable.setting}` } : {}),
    })),
  )
