import type { Runtime } from "../../../core/plugin.ts"
import type { ResidualCheck } from "./types.ts"

/** The plugin whose state carries the residual check. */
export const RESIDUAL_PLUGIN = "pii"

/**
 * The pii plugin's residual check when the runtime loads it, looked up by
 * name (a plugin never imports another's folder): validation then rejects a
 * transformed value in which its recognizers still find personal data.
 */
export function residualCheck(rt: Runtime): ResidualCheck | undefined {
  const pii = rt.state<{ residual?: ResidualCheck }>(RESIDUAL_PLUGIN)
  return typeof pii?.residual === "function" ? pii.residual : undefined
}
