import type { Runtime } from "../../../core/plugin.ts"
import type { ResidualCheck } from "./types.ts"

/**
 * The pii plugin's residual check when the runtime loads it, looked up by
 * name (a plugin never imports another's folder): validation then rejects a
 * transformed value in which its recognizers still find personal data.
 */
export function residualCheck(rt: Runtime): ResidualCheck | undefined {
  const pii = rt.state<{ residual?: ResidualCheck }>("pii")
  return typeof pii?.residual === "function" ? pii.residual : undefined
}
