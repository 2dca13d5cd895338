import { auditSinkPlugins, inspectorPlugin, TaskRefusedError, type Runtime } from "../../core/index.ts"
import type { JobMeta } from "./journal.ts"

/**
 * The plugins a split job's partitions need in the worker, each with what it brings the job ("transform scrub"):
 * the matrix's transforms, the source, the write gates (a legal hold), validation's residual check and the audit
 * sinks, as the command that queued them has them. A worker without the pii plugin was refused each partition by the matrix
 * ("unknown transform"), three times over some 15 s, and the command said only "failed after its retries"; a
 * worker without the hold plugin would have written over a held contact, and one without the audit sink left its
 * partition's contacts out of the audit log.
 */
export function pluginsNeeded(rt: Runtime, meta: JobMeta, transforms: readonly string[]): Record<string, string> {
  const needs: Record<string, string[]> = {}
  const need = (plugin: string | undefined, what: string) => {
    if (plugin === undefined || plugin === "anonymize") return
    const list = (needs[plugin] ??= [])
    if (!list.includes(what)) list.push(what)
  }
  for (const name of transforms) need(rt.plugins.find((p) => p.transforms?.some((t) => t.name === name))?.name, `transform ${name}`)
  need(rt.plugins.find((p) => p.sources && Object.hasOwn(p.sources, meta.source.kind))?.name, `source ${meta.source.kind}`)
  for (const p of rt.plugins) for (const gate of p.gates ?? []) need(p.name, `write gate ${gate.name}`)
  if (rt.inspector) need(inspectorPlugin(rt.plugins)?.name, "the residual check")
  for (const sink of auditSinkPlugins(rt)) need(sink, "the audit sink")
  return Object.fromEntries(Object.entries(needs).map(([plugin, what]) => [plugin, what.join(", ")]))
}

/** Refuses a partition, at once, in a worker that lacks a plugin its command had: it would run the job otherwise. */
export function refuseMissingPlugins(rt: Runtime, jobId: string, needs: Record<string, string> | undefined): void {
  const loaded = new Set(rt.plugins.map((p) => p.name))
  const missing = Object.entries(needs ?? {}).filter(([plugin]) => !loaded.has(plugin))
  if (!missing.length) return
  const named = missing.map(([plugin, what]) => `${plugin} (${what})`).join(", ")
  throw new TaskRefusedError(
    "anonymize",
    `job ${jobId} needs the plugin${missing.length > 1 ? "s" : ""} ${named}, which this worker does not load: load ${missing.length > 1 ? "them" : "it"} in every cxedge worker as the command does (CXEDGE_PLUGINS or the config file's plugins)`,
  )
}
