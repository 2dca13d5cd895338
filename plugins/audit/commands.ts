import { defineCommand } from "citty"
import type { CommandHost } from "../../core/index.ts"
import { exportCommand, tailCommand } from "./read.ts"
import { checkpointCommand, verifyCommand } from "./verify.ts"

/**
 * `cxedge audit verify|checkpoint|tail|export`: it works on whichever sink
 * the opened runtime loads (core/audit-hooks.ts `auditSinkOf`).
 */
export function auditCommand(host: CommandHost) {
  return defineCommand({
    meta: { name: "audit", description: "The tamper-evident audit log", examples: ["cxedge audit verify", "cxedge audit tail --n 50"] },
    subCommands: { verify: verifyCommand(host), checkpoint: checkpointCommand(host), tail: tailCommand(host), export: exportCommand(host) },
  })
}
