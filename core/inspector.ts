import { ConfigError } from "./errors.ts"
import type { Finding } from "./recognizer-spec.ts"

// The contract between the plugin that finds personal data in free text (the pii plugin) and the plugins that need
// it (validation's residual check, a hold's reason, a subject export's `--by`): they ask `rt.inspector`, never a plugin
// by name, so a third party's inspector serves them as well and a renamed plugin breaks nothing.

/** Finds personal data in free text, as the providing plugin's settings configure it. */
export interface TextInspector {
  /** Every finding in `text` (the settings' entities, minScore, allow and deny lists). */
  analyze(text: string): readonly Finding[]
  /**
   * What a transformed value may not keep: the findings outside the placeholders and tokens cxedge writes, and
   * outside what `rule` (the rule that wrote the value) deliberately kept. A value with any is never written.
   */
  residual(text: string, rule?: { transform: string; params?: unknown }): readonly Finding[]
}

/** A plugin's side of the contract: given its state, the inspector it provides (undefined: none in this runtime). */
export type InspectorOf<S> = (state: S) => TextInspector | undefined

/**
 * The one loaded plugin that provides an inspector. Two are refused at load, naming both: a residual check must not
 * depend on the order plugins were listed in.
 */
export function inspectorPlugin<P extends { name: string; inspector?: unknown }>(plugins: readonly P[]): P | undefined {
  const providers = plugins.filter((p) => p.inspector !== undefined)
  for (const p of providers) {
    if (typeof p.inspector !== "function") throw new ConfigError("runtime", `plugin "${p.name}": inspector must be a function (state) => { analyze, residual }`)
  }
  if (providers.length > 1) throw new ConfigError("runtime", `plugins ${providers.map((p) => `"${p.name}"`).join(" and ")} both provide a text inspector: load only one`)
  return providers[0]
}
