import * as v from "valibot"
import { attachAuditSink, auditSinkOf, definePlugin } from "../../core/index.ts"
import { createFileSink } from "./sink.ts"

/**
 * The tamper-evident audit log as append-only JSONL files (node-only: the
 * Worker never imports it). One writer per directory, fsync before a record
 * counts as written.
 */
export default definePlugin({
  name: "audit-file",
  version: "0.1.0",
  description: "Hash-chained audit records in daily JSONL files, fsynced",
  config: v.object({ dir: v.optional(v.string(), ".cxedge/audit-log") }),
  async setup(rt, config) {
    attachAuditSink(rt, await createFileSink(config.dir))
  },
  async dispose(rt) {
    await auditSinkOf(rt)?.close?.()
  },
  commands: { audit: async (host) => (await import("../../core/index.ts")).auditCommand(host) },
})
