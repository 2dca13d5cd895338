import * as v from "valibot"
import { suggestName } from "./config-check.ts"
import { ConfigError } from "./errors.ts"
import type { Transform } from "./plugin.ts"
import type { Operation } from "./cxone/operation.ts"
import type { ResolvedPlugin } from "./plugins-resolve.ts"
import { issuePath, issueRule } from "./route-input.ts"
import { fromDefault, listForObject, unknownSettingKey } from "./settings-keys.ts"

const hint = (name: string | undefined) => (name ? ` (did you mean ${name}?)` : "")
/**
 * Where a plugin's settings are written: settings.<name>, or the pair in plugins (["pii", {...}]), where a
 * refusal naming settings.pii.minScore sent the user to a key the file does not have.
 */
const home = (name: string, inline: unknown) => (inline !== undefined ? `plugins' ["${name}", {...}]` : `settings.${name}`)

/**
 * Each plugin's settings, validated once against its schema (errors name the
 * key path). Settings under a name no plugin has (settings.anonymise) are
 * refused when the built-ins are known: they would be ignored, the plugin
 * running on its defaults.
 */
export function validateSettings(resolved: ResolvedPlugin[], given: Record<string, unknown> | undefined, builtins?: Record<string, unknown>): Map<string, unknown> {
  if (builtins) {
    const names = [...new Set([...resolved.map((r) => r.plugin.name), ...Object.keys(builtins)])]
    const loaded = resolved.map((r) => r.plugin.name)
    for (const key of Object.keys(given ?? {})) {
      // Named with the plugins this config loads: the built-ins all listed read as if they were loaded. A near name
      // among the loaded ones is meant first; one among the others is said to be missing from plugins too.
      if (!names.includes(key)) {
        const near = suggestName(key, loaded)
        const other = near ? undefined : suggestName(key, names)
        const meant = near ? hint(near) : other ? ` (did you mean ${other}? it is not in plugins: add "${other}" there to use it)` : ""
        throw new ConfigError("config", `settings.${key} names no plugin${meant}: the plugins this config loads are ${loaded.join(", ")}`)
      }
      // A built-in that is not loaded never reads its settings: the user would believe them in force.
      if (!loaded.includes(key)) throw new ConfigError("config", `settings.${key} is for the ${key} plugin, which is not loaded: add "${key}" to plugins, or remove settings.${key}`)
    }
  }
  const settings = new Map<string, unknown>()
  for (const { plugin, settings: inline } of resolved) {
    // null (a value cleared by hand, or a template's placeholder) was read as no settings: the defaults ran in silence.
    if (inline === undefined && given && Object.hasOwn(given, plugin.name) && given[plugin.name] === null) {
      throw new ConfigError(plugin.name, plugin.config ? `settings.${plugin.name} is null: give its settings as an object ({...}), or remove the key to run on the defaults` : `settings.${plugin.name} is null, and the ${plugin.name} plugin has no settings: remove the key`)
    }
    const raw = inline ?? given?.[plugin.name] ?? {}
    if (!plugin.config) {
      // A plugin that declares no settings reads none: a key given it would be dropped in silence.
      const empty = raw !== null && typeof raw === "object" && !Array.isArray(raw) && Object.keys(raw).length === 0
      const where = inline !== undefined ? `the settings in plugins' ["${plugin.name}", {...}]` : `settings.${plugin.name}`
      if (!empty) throw new ConfigError(plugin.name, `${where} are given, but the ${plugin.name} plugin has no settings: remove them`)
      settings.set(plugin.name, raw)
      continue
    }
    const parsed = v.safeParse(plugin.config, raw)
    if (!parsed.success) {
      const issue = parsed.issues[0]
      // Written as the file writes it: policies[0].schedule, not valibot's policies.0.schedule.
      const path = issuePath(issue)
      // A plugin's rule may open with its key (schema messages are read alone too): the path names it already.
      const key = path.split(/[.[\]]/).filter(Boolean).at(-1)
      const rule = issueRule(issue)
      const said = key && rule.startsWith(`${key} `) ? rule.slice(key.length + 1) : rule
      if (fromDefault(issue, raw)) throw new ConfigError(plugin.name, `the ${plugin.name} plugin's own default for ${home(plugin.name, inline)}.${path} is not valid (${said.replace(/: [^:]*$/, "")}): the plugin's config schema is wrong; fix the plugin, or set ${home(plugin.name, inline)}.${path} yourself`)
      throw new ConfigError(plugin.name, `invalid setting ${home(plugin.name, inline)}${path ? `${path.startsWith("[") ? "" : "."}${path}` : ""}: ${said}`)
    }
    // valibot's object schemas take a list ([] or [1] passed as settings.pii, or as approval): the defaults ran in silence.
    const list = listForObject(plugin.config, raw)
    if (list !== undefined) throw new ConfigError(plugin.name, `invalid setting ${home(plugin.name, inline)}${list ? `${list.startsWith("[") ? "" : "."}${list}` : ""}: must be an object, not a list`)
    const unknown = unknownSettingKey(plugin.config, raw)
    if (unknown) {
      const key = unknown.path.split(".").at(-1)!.replace(/\[\d+\]$/, "")
      // A key one level too high (maxQueue beside thresholds) is told where it goes, as a slip is told the key meant.
      const meant = unknown.under ? ` (did you mean ${home(plugin.name, inline)}.${unknown.under}? the key belongs in ${unknown.holder})` : hint(suggestName(key, unknown.known))
      throw new ConfigError(plugin.name, `unknown setting ${home(plugin.name, inline)}.${unknown.path}${meant}: the keys there are ${unknown.known.join(", ")}`)
    }
    settings.set(plugin.name, parsed.output)
  }
  return settings
}

/** The transforms and operations every plugin brings; two transforms with one name are refused. */
export function registerContributions(resolved: ResolvedPlugin[]) {
  const transforms = new Map<string, Transform<any>>()
  const owners = new Map<string, string>()
  const operations = new Map<string, Operation>()
  for (const { plugin } of resolved) {
    for (const t of plugin.transforms ?? []) {
      const owner = owners.get(t.name)
      if (owner !== undefined) throw new ConfigError(plugin.name, owner === plugin.name ? `the plugin declares the transform "${t.name}" twice: keep one` : `transform "${t.name}" is already the ${owner} plugin's: rename it (a matrix's "transform": "${t.name}" must mean one thing)`)
      owners.set(t.name, plugin.name)
      transforms.set(t.name, t)
    }
    for (const op of plugin.operations ?? []) operations.set(op.id, op)
  }
  return { transforms, operations }
}
