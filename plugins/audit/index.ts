import { definePlugin } from "../../core/index.ts"

/**
 * The `audit` command (verify, checkpoint, tail, export) over whichever
 * audit sink the opened runtime loads (audit-kv, audit-file, or a third
 * party's): core keeps the chain mechanism and the `audit:record` event, the
 * sinks store records, and this plugin holds the CLI. It needs no loading:
 * the CLI mounts every built-in's commands, and the Worker, which has no
 * CLI, never imports it (plugins/manifest-node.ts).
 */
export default definePlugin({
  name: "audit",
  version: "0.1.0",
  description: "The audit command: verify, checkpoint, tail and export the tamper-evident log of the loaded audit sink",
  commands: { audit: async (host) => (await import("./commands.ts")).auditCommand(host) },
})
