import { CORE_VARIABLES } from "./core-env.ts"
import { ConfigError } from "./errors.ts"
import { CORE_EVENTS } from "./hooks.ts"
import type { Plugin } from "./plugin.ts"
import { didYouMean, editDistance } from "./suggest.ts"

// What a plugin brings, checked when the runtime opens (before any tenant call or record is read): a
// part written wrong (a transform without `apply`, a gate without `check`, a listener on a misspelt
// event) would otherwise load and fail at its first use, in the middle of a job, or never run at all.

/** A plugin's name: it is a settings key, a scope in every message and a key in storage. */
export const PLUGIN_NAME = /^[a-z][a-z0-9_-]{0,39}$/
/** Semantic versioning's `MAJOR.MINOR.PATCH`, with an optional pre-release and build. */
// Written as npm and git tags write it too (`v1.2.3`), and short (`1.0`, `2`): plugins that loaded before the check did.
const SEMVER = /^v?(0|[1-9]\d*)(\.(0|[1-9]\d*)){0,2}(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/
/**
 * A transform's name, as a matrix rule writes it: a lower-case letter, then letters, digits, - and _, at most 40
 * (`initials`, `tokenize-v2`; `tokenizeV2` and `mask_email` loaded before the check, and still do). testTransform
 * holds a transform to this same rule, so a suite that passes is a plugin that loads.
 */
export const TRANSFORM_NAME = /^[a-z][a-zA-Z0-9_-]{0,39}$/
/** What an event's name looks like: `job:finished`, `subject:access-ready`. */
const EVENT_NAME = /^[a-z][A-Za-z0-9_-]*(?::[A-Za-z][A-Za-z0-9_-]*)+$/
/** The commands the CLI itself mounts: a plugin's command of one of these names would never be reached. */
export const CORE_COMMANDS = ["sandbox", "plugins", "serve", "build", "worker"] as const

const shown = (value: unknown) => JSON.stringify(String(value).slice(0, 40))
/** What a plugin gave where a part was wanted, in words: a list, nothing, an object, a string. */
export const kind = (value: unknown) => (Array.isArray(value) ? "a list" : value == null ? "nothing" : typeof value === "object" ? "an object" : `a ${typeof value}`)

/** Whether a value is a valibot schema (v.object(...), v.string()...): what `safeParse` can run. */
export const isSchema = (value: unknown): boolean =>
  !!value && typeof value === "object" && (value as { kind?: unknown }).kind === "schema" && typeof (value as Record<string, unknown>)["~run"] === "function"

/**
 * Whether a valibot schema is async (v.objectAsync, v.pipeAsync): cxedge checks params and settings with `safeParse`,
 * which runs such a schema without awaiting it, so nothing was checked and `apply` received `undefined` for params.
 */
const isAsync = (schema: unknown): boolean => (schema as { async?: unknown }).async === true
const ASYNC = "is an async valibot schema (v.objectAsync, v.pipeAsync...), which cxedge, checking synchronously, would never check: use v.object and synchronous actions"

/** Why `value` cannot be the schema `what` (not a valibot schema, or an async one no check awaits), or undefined. */
function schemaFault(value: unknown, what: string, wanted: string): string | undefined {
  if (!isSchema(value)) return `${what} must be ${wanted}, not ${kind(value)}`
  if (isAsync(value)) return `${what} ${ASYNC}`
}

/** The plugin's name and version; `where` names it when it has no usable name (`plugins[3]`, `module "./x.mjs"`). */
export function checkIdentity(plugin: Plugin, where: string): void {
  const name: unknown = plugin.name
  if (typeof name !== "string" || !name) throw new ConfigError("runtime", `the plugin at ${where} has no name: add name: "my-plugin" (lower-case letters, digits and -)`)
  if (!PLUGIN_NAME.test(name)) {
    const meant = name.trim().toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "")
    throw new ConfigError("runtime", `plugin ${shown(name)} at ${where}: a plugin's name is lower-case letters, digits, - and _, starting with a letter, at most 40${PLUGIN_NAME.test(meant) ? ` (did you mean "${meant}"?)` : ""}: rename it`)
  }
  const version: unknown = plugin.version
  if (typeof version === "string" && version && !SEMVER.test(version)) {
    throw new ConfigError("runtime", `plugin "${name}": version ${shown(version)} is not a semantic version: write it as MAJOR.MINOR.PATCH (1.0.0)`)
  }
}

/** Each transform is an object with a name, a valibot `params` schema and an `apply` function. */
export function checkTransforms(plugin: Plugin): void {
  ;(plugin.transforms ?? []).forEach((t: any, i) => {
    const at = `plugin "${plugin.name}": transforms[${i}]`
    if (!t || typeof t !== "object") throw new ConfigError("runtime", `${at} is ${kind(t)}, not a transform: declare it with defineTransform({ name, params, reversible, apply })`)
    if (typeof t.name !== "string" || !TRANSFORM_NAME.test(t.name)) {
      const meant = typeof t.name === "string" ? t.name.trim().toLowerCase().replace(/[^a-z0-9_-]+/g, "-").replace(/^[^a-z]+|-+$/g, "") : ""
      throw new ConfigError("runtime", `${at} has ${typeof t.name === "string" ? `the name ${shown(t.name)}` : "no name"}: a transform's name is one word, a lower-case letter then letters, digits, - and _, at most 40 (initials)${TRANSFORM_NAME.test(meant) ? ` (did you mean "${meant}"?)` : ""}: rename it`)
    }
    const label = `plugin "${plugin.name}": transform "${t.name}"`
    if (typeof t.apply !== "function") throw new ConfigError("runtime", `${label} has no apply function: add apply(value, params, ctx)`)
    const paramsFault = schemaFault(t.params, "params", "a valibot schema (v.object({...}); v.object({}) for none)")
    if (paramsFault) throw new ConfigError("runtime", `${label}: ${paramsFault}`)
    for (const key of ["recognizes", "needsKey"] as const) {
      if (t[key] !== undefined && typeof t[key] !== "function" && !(key === "needsKey" && typeof t[key] === "boolean")) throw new ConfigError("runtime", `${label}: ${key} must be a function${key === "needsKey" ? " or true/false" : ""}, not ${kind(t[key])}`)
    }
  })
}

/** A listener is a function, on an event core or a loaded plugin emits; a near miss (`job:finshed`) is refused with the name meant. */
export function checkHooks(plugin: Plugin, events: readonly string[]): void {
  for (const [name, listener] of Object.entries(plugin.hooks ?? {})) {
    const label = `plugin "${plugin.name}": hooks[${shown(name)}]`
    if (typeof listener !== "function") throw new ConfigError("runtime", `${label} must be a function (the listener), not ${kind(listener)}`)
    if (events.includes(name)) continue
    if (!EVENT_NAME.test(name)) throw new ConfigError("runtime", `${label} is not an event's name: events are named like job:finished${didYouMean(name, events)}`)
    // A name one slip from a known event is that event misspelt; any other may be one a plugin not loaded here emits.
    const near = events.find((e) => editDistance(name, e) === 1) ?? events.find((e) => editDistance(name, e) === 2 && name.length > 8)
    if (near) throw new ConfigError("runtime", `${label} names no event (did you mean "${near}"?): the listener would never run; if your plugin emits it, declare it: events: ["${name}"]`)
  }
}

/** The events the plugins emit: core's own and those each declares in `events`. */
export const knownEvents = (plugins: readonly Plugin[]): string[] => [...CORE_EVENTS, ...plugins.flatMap((p) => (Array.isArray(p.events) ? p.events.filter((e) => typeof e === "string") : []))]

/** Gates have a name and a `check`; commands are functions, none named like another plugin's or the CLI's own. */
export function checkGatesAndCommands(plugins: readonly Plugin[]): void {
  const commands = new Map<string, string>()
  for (const plugin of plugins) {
    ;(plugin.gates ?? []).forEach((g: any, i) => {
      if (!g || typeof g !== "object" || typeof g.name !== "string" || !g.name) throw new ConfigError("runtime", `plugin "${plugin.name}": gates[${i}] has no name: a gate is { name, check(rt, candidates) }`)
      if (typeof g.check !== "function") throw new ConfigError("runtime", `plugin "${plugin.name}": gate "${g.name}" has no check function: add check(rt, candidates), or every write would fail at its first ask`)
    })
    for (const [name, make] of Object.entries(plugin.commands ?? {})) {
      const label = `plugin "${plugin.name}": command ${shown(name)}`
      if (typeof make !== "function") throw new ConfigError("runtime", `${label} must be a function (host, stateOf) returning a command, not ${kind(make)}`)
      if (!/^[a-z][a-z0-9-]{0,39}$/.test(name)) throw new ConfigError("runtime", `${label}: a command's name is lower-case letters, digits and -: rename it`)
      if ((CORE_COMMANDS as readonly string[]).includes(name)) throw commandClash(`${label} is the CLI's own command (cxedge ${name}), which would be run instead: rename it`)
      const first = commands.get(name)
      if (first !== undefined) throw commandClash(`plugins "${first}" and "${plugin.name}" both declare the command "${name}": only the first would run; load only one, or rename one`)
      commands.set(name, plugin.name)
    }
  }
}

/** A command named like another: the CLI reports it even where it reports a bad plugin only when a runtime opens. */
const commandClash = (message: string) => Object.assign(new ConfigError("runtime", message), { commandClash: true })
export const isCommandClash = (error: unknown): boolean => (error as { commandClash?: unknown } | null)?.commandClash === true

/** Operations by id: two plugins' operations of one id would leave only the last, in silence. */
export function checkOperations(plugins: readonly Plugin[]): void {
  const owners = new Map<string, string>()
  for (const plugin of plugins) {
    ;(plugin.operations ?? []).forEach((op: any, i) => {
      if (!op || typeof op !== "object" || typeof op.id !== "string" || !op.id) throw new ConfigError("runtime", `plugin "${plugin.name}": operations[${i}] has no id: declare it with defineOperation({ id, ... })`)
      const first = owners.get(op.id)
      if (first !== undefined) throw new ConfigError("runtime", `plugins "${first}" and "${plugin.name}" both declare the operation "${op.id}": rename one`)
      owners.set(op.id, plugin.name)
      checkOperation(op, `plugin "${plugin.name}": operation "${op.id}"`)
    })
  }
}

const API_FAMILIES = ["auth", "acd", "dfo", "privacy", "records"]
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"]

/** An operation's description, checked as data before any call is made with it (core/cxone/operation.ts). */
function checkOperation(op: any, label: string): void {
  const refuse = (what: string) => new ConfigError("runtime", `${label}: ${what}`)
  if (!API_FAMILIES.includes(op.api)) throw refuse(`api ${shown(op.api)} is not an API family${didYouMean(String(op.api), API_FAMILIES)}: use ${API_FAMILIES.join(", ")}`)
  if (!METHODS.includes(op.method)) throw refuse(`method ${shown(op.method)} is not one cxedge sends${METHODS.includes(String(op.method).toUpperCase()) ? ` (write it in capitals: ${String(op.method).toUpperCase()})` : ""}: use ${METHODS.join(", ")}`)
  if (typeof op.path !== "string" || !op.path.startsWith("/")) throw refuse(`path must start with / (/contacts/{contactId}); the API family's base and version are put before it`)
  for (const key of ["input", "output"]) {
    const fault = schemaFault(op[key], key, "a valibot schema")
    if (fault) throw refuse(fault)
  }
  if (typeof op.idempotent !== "boolean") throw refuse(`idempotent must be true or false (whether a retry may repeat the call), not ${kind(op.idempotent)}`)
}

/** Settings schema, namespaces, requires, sources' options and env declarations: each the type it must be. */
export function checkDeclarations(plugins: readonly Plugin[]): void {
  const variables = new Map<string, string>(CORE_VARIABLES.map((v) => [v.name, "core"]))
  const events = new Map<string, string>()
  for (const plugin of plugins) {
    const label = `plugin "${plugin.name}"`
    const configFault = plugin.config === undefined ? undefined : schemaFault(plugin.config, "config", "a valibot schema (v.object({...}))")
    if (configFault) throw new ConfigError("runtime", `${label}: ${configFault}`)
    for (const key of ["namespaces", "requires", "events"] as const) {
      const bad = (plugin[key] ?? []).findIndex((item: unknown) => typeof item !== "string" || !item)
      if (bad >= 0) throw new ConfigError("runtime", `${label}: ${key}[${bad}] must be a name (a string), not ${kind(plugin[key]![bad])}`)
    }
    for (const event of new Set(plugin.events ?? [])) {
      const owner = events.get(event)
      // Two plugins emitting one event under one name: a listener cannot tell whose payload it is handed.
      if (owner !== undefined) throw new ConfigError("runtime", `plugins "${owner}" and "${plugin.name}" both declare the event "${event}": load only one, or rename one's event (${plugin.name}:...)`)
      events.set(event, plugin.name)
    }
    if (plugin.requires?.includes(plugin.name)) throw new ConfigError("runtime", `${label} requires itself: remove "${plugin.name}" from its requires`)
    for (const [name, source] of Object.entries(plugin.sources ?? {})) {
      const fault = source?.options === undefined ? undefined : schemaFault(source.options, `source "${name}" options`, "a valibot object schema (v.object({ since: v.optional(v.string()) }))")
      if (fault) throw new ConfigError("runtime", `${label}: ${fault}`)
    }
    checkEnv(plugin, variables)
  }
}

function checkEnv(plugin: Plugin, variables: Map<string, string>): void {
  const label = `plugin "${plugin.name}"`
  ;(plugin.env ?? []).forEach((variable: any, i) => {
    if (!variable || typeof variable.name !== "string" || !/^[A-Z][A-Z0-9_]*$/.test(variable.name)) {
      throw new ConfigError("runtime", `${label}: env[${i}] ${typeof variable?.name === "string" ? `name ${shown(variable.name)}` : "has no name"}: a variable's name is upper-case letters, digits and _ (ACME_CRM_URL)`)
    }
    const owner = variables.get(variable.name)
    if (owner !== undefined) throw new ConfigError("runtime", owner === "core" ? `${label} declares ${variable.name}, which core reads: name the plugin's variable another way (CXEDGE_${plugin.name.toUpperCase().replace(/-/g, "_")}_...)` : `plugins "${owner}" and "${plugin.name}" both declare ${variable.name}: rename one`)
    variables.set(variable.name, plugin.name)
    const fault = variable.schema === undefined ? undefined : schemaFault(variable.schema, `${variable.name} schema`, "a valibot schema over the text (v.string()...)")
    if (fault) throw new ConfigError("runtime", `${label}: ${fault}`)
    if (typeof variable.setting === "string" && !variable.spread && plugin.config && !settingExists(plugin.config, variable.setting)) {
      throw new ConfigError("runtime", `${label}: ${variable.name} fills the setting "${variable.setting}", which its config does not have${didYouMean(variable.setting, topKeys(plugin.config))}: name one of ${topKeys(plugin.config).join(", ") || "its settings"}`)
    }
  })
}

const unwrap = (schema: any) => {
  while (schema && (schema.type === "optional" || schema.type === "nullable" || schema.type === "nullish" || schema.type === "exact_optional")) schema = schema.wrapped
  return schema
}
const topKeys = (schema: unknown): string[] => Object.keys(unwrap(schema)?.entries ?? {})

/** Whether a dotted path names a setting the schema has (unknown below a schema that is not an object: yes). */
function settingExists(schema: unknown, path: string): boolean {
  let at = unwrap(schema)
  for (const key of path.split(".")) {
    if (!at?.entries) return true
    if (!Object.hasOwn(at.entries, key)) return false
    at = unwrap(at.entries[key])
  }
  return true
}
