import type { Runtime } from "../../../core/plugin.ts"
import type { ResidualCheck } from "./types.ts"

/**
 * The runtime's residual check when a plugin provides a text inspector (the pii plugin: `rt.inspector`, never a plugin
 * looked up by name): validation then rejects a transformed value in which it still finds personal data.
 */
export function residualCheck(rt: Runtime): ResidualCheck | undefined {
  const inspector = rt.inspector
  return inspector ? (text, rule) => inspector.residual(text, rule) : undefined
}
