import { suggestName } from "./config-check.ts"
import { ConfigError } from "./errors.ts"
import type { Plugin, PluginSpec } from "./plugin.ts"
import { checkDeclarations, checkGatesAndCommands, checkHooks, checkIdentity, checkOperations, checkTransforms, knownEvents } from "./plugin-check.ts"

/** Where plugins named by a string come from. */
export interface PluginSources {
  /** The built-in plugins by name (plugins/manifest.ts); core never imports them itself. */
  builtins?: Record<string, Plugin>
  /** Loads a third-party plugin module by specifier. */
  importer?: (specifier: string) => Promise<unknown>
}

export interface ResolvedPlugin {
  plugin: Plugin
  /** Settings given inline (`[name, settings]`), before validation. */
  settings: unknown
}

async function load(spec: string | Plugin, options: PluginSources): Promise<Plugin> {
  if (typeof spec !== "string") return spec
  const builtin = options.builtins?.[spec]
  if (builtin) return builtin
  const names = Object.keys(options.builtins ?? {})
  const near = /^[./@]|\//.test(spec) ? undefined : suggestName(spec, names)
  if (near || !options.importer) throw new ConfigError("runtime", `unknown plugin "${spec}"${near ? ` (did you mean "${near}"?)` : ""}: use a built-in name (${names.join(", ")}) or a module specifier`)
  let mod: any
  try {
    mod = await options.importer(spec)
  } catch (error) {
    // The importer's own refusal (a directory named for a module) is already one line.
    if (error instanceof ConfigError) throw error
    // Not found, and found but failing (a syntax error, a throw at load), were one message: "check that it is installed".
    const e = error as { code?: unknown; message?: unknown } | null
    const message = String(e?.message ?? error)
    const missing = e?.code === "ERR_MODULE_NOT_FOUND" || e?.code === "MODULE_NOT_FOUND" || /^Cannot find (module|package)/.test(message)
    const dependency = missing ? missingImport(message, spec) : undefined
    if (dependency) throw new ConfigError("runtime", dependency, { cause: error })
    if (missing && /^[./]/.test(spec)) throw new ConfigError("runtime", `plugin module "${spec}": no such file (a path is read from the working directory): check the path`, { cause: error })
    if (missing) throw new ConfigError("runtime", `cannot load plugin module "${spec}": check the name and that it is installed`, { cause: error })
    // A parser's message says where the code is wrong; a throw's message is the module's own words, which may quote a
    // secret it read (a key it found wrong), and was shown: only its kind is, as for a config file that throws.
    const kind = errorKind(error)
    const parse = parseFailure(error)
    if (parse) throw new ConfigError("runtime", `plugin module "${spec}" is not valid code (${parse}): fix the module`, { cause: error })
    throw new ConfigError("runtime", `plugin module "${spec}" threw ${kind} when loaded (its message is not shown: it may quote a secret): fix the module`, { cause: error })
  }
  const plugin = mod?.default ?? mod?.plugin
  if (!plugin || typeof plugin !== "object" || typeof plugin.name !== "string") {
    throw new ConfigError("runtime", `module "${spec}" ${notAPlugin(mod, plugin)}: export default definePlugin({...})`)
  }
  return plugin
}

const errorKind = (error: unknown) => (error instanceof Error ? error.constructor?.name || error.name || "Error" : `a ${error === null ? "null" : typeof error}`)
const isParseError = (error: unknown) => /^(SyntaxError|BuildMessage|ParseError)$/.test(errorKind(error))

/**
 * A parser's words for a module that is not valid code: its first line, and where, when the parser says (Bun's
 * `position`: line and column from 1). Bun throws an AggregateError of its parse errors for more than one: the first is
 * named, as one error is. Undefined for any other failure (a throw at load, whose message may quote a secret).
 */
function parseFailure(error: unknown): string | undefined {
  const errors = errorKind(error) === "AggregateError" ? (error as { errors?: unknown }).errors : undefined
  const first = Array.isArray(errors) && errors.length && errors.every(isParseError) ? errors[0] : isParseError(error) ? error : undefined
  if (!first) return undefined
  const message = String((first as { message?: unknown }).message ?? "").split("\n")[0]!.slice(0, 160)
  const position = (first as { position?: { line?: unknown; column?: unknown } | null }).position
  const line = typeof position?.line === "number" && position.line > 0 ? position.line : undefined
  const column = line && typeof position?.column === "number" && position.column > 0 ? `, column ${position.column}` : ""
  return `${message || errorKind(first)}${line ? ` at line ${line}${column}` : ""}`
}

/**
 * When a module was found but one of its own imports was not (Bun and Node both say `Cannot find package 'x' imported
 * from <the plugin's file>`), what to say: the plugin's file was reported missing, and its author checked the path.
 */
function missingImport(message: string, spec: string): string | undefined {
  const wanted = /^Cannot find (?:module|package) ['"]([^'"]+)['"]/.exec(message)?.[1]
  if (!wanted) return undefined
  const path = wanted.replace(/^file:\/\//, "")
  const tail = spec.replace(/^(\.\.?\/)+/, "/")
  // The plugin itself: its path (made absolute by the importer), or its package name.
  if (path === spec || (/^[./]/.test(spec) && path.endsWith(tail)) || spec.startsWith(`${path}/`)) return undefined
  const shown = path.slice(0, 80)
  if (/^[./]/.test(path)) return `plugin module "${spec}" imports a file that does not exist (${shown.split("/").pop()}): fix the import in the plugin, or install the plugin again`
  const pkg = path.split("/").slice(0, path.startsWith("@") ? 2 : 1).join("/")
  return `plugin module "${spec}" imports the package "${pkg}", which is not installed: install it where the plugin can find it (npm install ${pkg}), or add it to the plugin's dependencies`
}

/** What a module exports instead of a plugin, said the way its author would fix it. */
function notAPlugin(mod: any, found: any): string {
  if (typeof found?.then === "function") return "exports a promise as its default, not a plugin (await what builds it before exporting)"
  if (typeof found === "function") return "exports a function as its default, not a plugin (export the object the function returns, not the function)"
  if (found && typeof found === "object" && found.default && typeof found.default === "object") return "exports a module object ({ default: {...} }) as its default, a default inside a default (an ES module built as CommonJS and imported again?); export the plugin itself"
  if (found && typeof found === "object") return `exports an object without a name as its default (it has ${Object.keys(found).slice(0, 5).join(", ") || "no keys"}), not a plugin`
  const named = mod && typeof mod === "object" ? Object.keys(mod).filter((k) => k !== "default").slice(0, 5) : []
  return named.length ? `has no default export (only ${named.join(", ")})` : "has no plugin as its default export"
}

/** Each key a plugin object may have, with the type its value must be. */
const PLUGIN_KEYS: Record<keyof Plugin, "string" | "object" | "function" | "array"> = {
  name: "string", version: "string", description: "string", config: "object", env: "array", namespaces: "array", requires: "array", events: "array",
  transforms: "array", operations: "array", sources: "object", hooks: "object", gates: "array", commands: "object", routes: "function", setup: "function", dispose: "function",
  inspector: "function",
}
/** Names an author could reach for instead of the real key. */
const LIKELY: Record<string, keyof Plugin> = { settings: "config", schema: "config", options: "config", listeners: "hooks", events: "hooks", gate: "gates", vetoes: "gates", source: "sources", init: "setup", teardown: "dispose", close: "dispose" }

/**
 * A plugin object from a module is checked like a config file: a key the
 * contract does not have (`settings` for `config`) would otherwise be
 * ignored, and its settings would go unchecked, its listeners never run.
 */
function checkShape(plugin: Plugin): void {
  const label = `plugin "${String(plugin.name).slice(0, 40)}"`
  for (const [key, value] of Object.entries(plugin)) {
    const want = PLUGIN_KEYS[key as keyof Plugin]
    if (!want) {
      const near = LIKELY[key] ?? suggestName(key, Object.keys(PLUGIN_KEYS))
      throw new ConfigError("runtime", `${label} has an unknown key "${key.slice(0, 40)}"${near ? ` (did you mean "${near}"?)` : ""}: a plugin has ${Object.keys(PLUGIN_KEYS).join(", ")}`)
    }
    const is = Array.isArray(value) ? "array" : value === null ? "null" : typeof value
    if (value !== undefined && is !== want) throw new ConfigError("runtime", `${label}: ${key} must be ${want === "array" || want === "object" ? `an ${want}` : `a ${want}`}, not ${is === "array" ? "an array" : is}`)
  }
  if (!plugin.version) throw new ConfigError("runtime", `${label} has no version: add version: "1.0.0"`)
}

/** Flattens, drops falsy entries, rejects two different plugins with one name, checks `requires`, orders dependencies first. */
export async function resolvePlugins(specs: PluginSpec[], options: PluginSources): Promise<ResolvedPlugin[]> {
  const byName = new Map<string, ResolvedPlugin>()
  for (const [i, spec] of specs.entries()) {
    if (!spec) continue
    const [ref, settings] = Array.isArray(spec) ? spec : [spec, undefined]
    const plugin = await load(ref, options)
    checkIdentity(plugin, typeof ref === "string" ? `module "${ref.slice(0, 80)}"` : `plugins[${i}]`)
    checkShape(plugin)
    const existing = byName.get(plugin.name)
    if (existing && existing.plugin !== plugin) {
      // A third-party plugin named like a built-in was told "two different plugins": not which one was cxedge's own.
      const builtin = [existing.plugin, plugin].some((p) => options.builtins?.[p.name] === p)
      throw new ConfigError("runtime", builtin ? `a plugin at ${typeof ref === "string" ? `module "${ref.slice(0, 80)}"` : `plugins[${i}]`} is named "${plugin.name}", the name of cxedge's built-in ${plugin.name} plugin: rename it (a name of its own, such as "acme-${plugin.name}")` : `two different plugins are named "${plugin.name}": rename one or load only one`)
    }
    if (!existing || settings !== undefined) byName.set(plugin.name, { plugin, settings })
  }
  const ordered: ResolvedPlugin[] = []
  const state = new Map<string, "visiting" | "done">()
  const visit = (name: string, from?: string) => {
    const entry = byName.get(name)
    if (!entry) throw new ConfigError("runtime", `plugin "${from}" requires "${name}": add "${name}" to plugins`)
    if (state.get(name) === "done") return
    if (state.get(name) === "visiting") throw new ConfigError("runtime", `plugins "${from}" and "${name}" require each other: break the cycle`)
    state.set(name, "visiting")
    for (const dep of entry.plugin.requires ?? []) visit(dep, name)
    state.set(name, "done")
    ordered.push(entry)
  }
  const plugins = [...byName.values()].map((r) => r.plugin)
  checkDeclarations(plugins)
  for (const plugin of plugins) checkTransforms(plugin), checkHooks(plugin, knownEvents(plugins))
  checkOperations(plugins)
  checkGatesAndCommands(plugins)
  for (const name of byName.keys()) visit(name)
  return ordered
}
