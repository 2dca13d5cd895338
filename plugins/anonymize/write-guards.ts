import { auditSinkPlugins, ConfigError, registeredChains, unloadedGateMarks, type CxedgeError, type Runtime } from "../../core/index.ts"
import type { JobMeta } from "./journal.ts"

// A config's plugins may leave out what guards a write: the hold plugin's gate (a held contact was written over) or an
// audit sink (the writes left no record, and the chain's tail could be cut unseen). Checked before any call or write.

const ADD = "(the config file's plugins, or CXEDGE_PLUGINS); nothing was written"
const quoted = (names: readonly string[]) => names.map((n) => `"${n}"`).join(", ")

/** The plugins that guard a job's writes, each with what it brings: the write gates and the audit sinks loaded now. */
export function writeGuards(rt: Runtime): Record<string, string> {
  const guards: Record<string, string[]> = {}
  const add = (plugin: string, what: string) => (guards[plugin] ??= []).push(what)
  for (const p of rt.plugins) for (const gate of p.gates ?? []) add(p.name, `write gate ${gate.name}`)
  for (const sink of auditSinkPlugins(rt)) add(sink, "the audit sink")
  return Object.fromEntries(Object.entries(guards).map(([plugin, what]) => [plugin, what.join(", ")]))
}

/**
 * Refuses a write on this storage that a plugin left out of the config would have guarded: a write gate whose plugin
 * marked the storage (the hold plugin's active legal holds), or, with no audit sink loaded, a storage that keeps an
 * audit log (the chains its registry lists: core's registeredChains): the run's writes would leave a gap no verify can see.
 * `refusal` makes the error (a worker's task refuses with TaskRefusedError).
 */
export async function refuseUnguardedStorage(rt: Runtime, refusal: (message: string) => CxedgeError = (m) => new ConfigError("anonymize", m)): Promise<void> {
  const marks = await unloadedGateMarks(rt)
  if (marks.length) {
    const plugins = [...new Set(marks.map((m) => m.plugin))]
    const what = marks.map((m) => `${m.what} (the ${m.plugin} plugin's write gate ${m.gate})`).join(", ")
    throw refusal(`this storage holds ${what}, and the ${plugins.join(", ")} plugin${plugins.length > 1 ? "s are" : " is"} not loaded: a write here would go over what ${plugins.length > 1 ? "they hold" : "it holds"}. Add ${quoted(plugins)} to plugins ${ADD}`)
  }
  if (auditSinkPlugins(rt).length) return
  const chains = await registeredChains(rt.storage.audit)
  if (chains.length) {
    throw refusal(`this storage keeps an audit log (${chains.length} chain${chains.length > 1 ? "s" : ""}) and no audit sink is loaded: this run's writes would leave no audit record, a gap cxedge audit verify cannot see. Add "audit-kv" to plugins ${ADD}`)
  }
}

/**
 * A job's write guards: a new job records the ones loaded now (`meta.guards`); a job resumed is refused when a plugin
 * it was started with is not loaded, named with what it brought; a job stored before guards were recorded takes
 * those of this run. A dry run, and a finished job's (shown, not run), write nothing and are not refused.
 */
export async function guardJobWrites(rt: Runtime, meta: JobMeta, resumed: boolean, dryRun: boolean): Promise<void> {
  if (dryRun) return warnUnguardedDryRun(rt)
  if (meta.state === "finished") return
  const loaded = new Set(rt.plugins.map((p) => p.name))
  const missing = Object.entries(resumed ? (meta.guards ?? {}) : {}).filter(([plugin]) => !loaded.has(plugin))
  if (missing.length) {
    const named = missing.map(([plugin, what]) => `${plugin} (${what})`).join(", ")
    throw new ConfigError("anonymize", `job ${meta.id} was started with the plugin${missing.length > 1 ? "s" : ""} ${named}, which this run does not load: resumed without ${missing.length > 1 ? "them" : "it"}, its writes would not be guarded as its start was. Add ${quoted(missing.map(([p]) => p))} to plugins ${ADD}`)
  }
  await refuseUnguardedStorage(rt)
  meta.guards ??= writeGuards(rt)
}

/** A dry run is not refused, but one that counts no held contact because the plugin judging them is left out says so. */
async function warnUnguardedDryRun(rt: Runtime): Promise<void> {
  for (const mark of await unloadedGateMarks(rt)) {
    rt.log.warn(`[cxedge] [anonymize] this storage holds ${mark.what} and the ${mark.plugin} plugin is not loaded: this dry run counts none of them; add "${mark.plugin}" to plugins to see them, as a run would have to`)
  }
}
