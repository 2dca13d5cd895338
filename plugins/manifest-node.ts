import type { Plugin } from "../core/index.ts"
import audit from "./audit/index.ts"
import auditFile from "./audit-file/index.ts"
import { builtins } from "./manifest.ts"

/**
 * Every built-in, node-only ones included: what the CLI and the Bun/Node
 * servers offer. `audit` only brings the `audit` command (over any loaded
 * sink), so it is not among the default plugins.
 */
export const nodeBuiltins: Record<string, Plugin> = { ...builtins, [auditFile.name]: auditFile, [audit.name]: audit }
