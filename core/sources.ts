import * as v from "valibot"
import type { GenericSchema } from "valibot"
import { suggestName } from "./config-check.ts"
import { ConfigError, ValidationError } from "./errors.ts"
import type { Runtime, SourceDefinition } from "./plugin.ts"
import { guardedSource } from "./source-guard.ts"
import type { Source, SourceContext, SourceOptions } from "./source.ts"

// The mechanism behind `--source <name>`: the runtime's sources by name (collected from the plugins),
// a name looked up with a did-you-mean, and the options a source reads checked before it opens.

/** What a source's name looks like: the plugin declaring one is refused otherwise. */
const SOURCE_NAME = /^[a-z][a-z0-9-]{0,39}$/

const usage = (scope: string, message: string, flag: string) => new ValidationError(scope, message, flag, "E_USAGE")

/** The flags a schema reads: its object entries' keys (an object schema), else none known. */
const keysOf = (schema: GenericSchema | undefined): string[] | undefined =>
  schema && "entries" in schema && schema.entries && typeof schema.entries === "object" ? Object.keys(schema.entries as object) : schema ? undefined : []

/**
 * Refuses a source name this runtime does not have, with the list and the nearest name.
 * `label` names it where it is no flag (a route's body field, `source`); `without` are sources
 * the caller cannot use there (a file the server does not read), refused and left out of the list.
 */
export function sourceNamed(rt: Pick<Runtime, "sources">, name: string, scope = "runtime", { label = "--source", without = [] }: { label?: string; without?: readonly string[] } = {}): SourceDefinition<any> {
  const found = without.includes(name) ? undefined : rt.sources.get(name)
  if (found) return found
  const names = [...rt.sources.keys()].filter((n) => !without.includes(n)).sort()
  const near = suggestName(name, names)
  const shown = JSON.stringify(name.slice(0, 40))
  if (!names.length) throw usage(scope, `${label} ${shown} is not a source here: no loaded plugin declares a source`, "source")
  throw usage(scope, `${label} ${shown} is not a source here${near ? ` (did you mean "${near}"?)` : ""}: use ${names.join(", ")}`, "source")
}

/**
 * The options a named source reads, checked before it opens: a flag it
 * does not read is refused (`--file` for a tenant source), then its schema
 * (a missing `--since`), each naming the flag.
 */
export function sourceOptions<O>(name: string, definition: SourceDefinition<O>, given: SourceOptions, scope = "runtime"): O {
  const present = Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined))
  const known = keysOf(definition.options)
  const extra = known && Object.keys(present).find((key) => !known.includes(key))
  if (extra) throw usage(scope, `--${extra} is not read by --source ${name}${known.length ? ` (it reads ${known.map((k) => `--${k}`).join(", ")})` : ""}: drop --${extra}`, extra)
  if (!definition.options) return present as O
  const parsed = v.safeParse(definition.options, present)
  if (parsed.success) return parsed.output
  const issue = parsed.issues[0]
  const flag = v.getDotPath(issue) ?? "source"
  throw usage(scope, `--source ${name}: --${flag} ${issue.message}`, flag)
}

/** Opens the named source with its options checked: what `anonymize --source` and `pii scan --source` both do. */
export async function openSource(rt: Runtime, name: string, given: SourceOptions, context: SourceContext = {}, scope = "runtime"): Promise<Source> {
  const definition = sourceNamed(rt, name, scope)
  return guardedSource(await definition.open(rt, sourceOptions(name, definition, given, scope), { scope, ...context }), name, scope)
}

/** Every plugin's sources by name; two plugins declaring one name are refused, as namespaces are. */
export function collectSources(plugins: readonly { name: string; sources?: Record<string, SourceDefinition<any>> }[]): Map<string, SourceDefinition<any>> {
  const out = new Map<string, SourceDefinition<any>>()
  const owner = new Map<string, string>()
  for (const plugin of plugins) {
    for (const [name, definition] of Object.entries(plugin.sources ?? {})) {
      if (!SOURCE_NAME.test(name)) throw new ConfigError("runtime", `plugin "${plugin.name}" declares a source named ${JSON.stringify(name.slice(0, 40))}: a source name is lowercase letters, digits and -, starting with a letter`)
      if (!definition || typeof definition.open !== "function") throw new ConfigError("runtime", `plugin "${plugin.name}": source "${name}" has no open function: declare it with defineSource({ description, open })`)
      const first = owner.get(name)
      if (first !== undefined) throw new ConfigError("runtime", `plugins "${first}" and "${plugin.name}" both declare the source "${name}": load only one, or rename one`)
      owner.set(name, plugin.name)
      out.set(name, definition)
    }
  }
  return out
}

/**
 * `--source`: a name shaped like a source's (lowercase letters, digits, -),
 * checked before anything opens; whether this runtime has it is known only
 * once the plugins are loaded (`sourceNamed`, with the list and a did-you-mean).
 */
export function sourceFlag(value: unknown, scope = "flags"): string | undefined {
  if (value === undefined) return undefined
  const text = typeof value === "string" ? value.trim() : ""
  if (!text) throw usage(scope, "--source is empty: name a source, e.g. --source records", "source")
  if (!SOURCE_NAME.test(text)) throw usage(scope, `--source ${JSON.stringify(text.slice(0, 40))} is not a source name: use lowercase letters, digits and -, e.g. --source records`, "source")
  return text
}
