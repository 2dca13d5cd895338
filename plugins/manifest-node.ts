import type { Plugin } from "../core/index.ts"
import auditFile from "./audit-file/index.ts"
import { builtins } from "./manifest.ts"

/** Every built-in, node-only ones included: what the CLI and the Bun/Node servers offer. */
export const nodeBuiltins: Record<string, Plugin> = { ...builtins, [auditFile.name]: auditFile }
