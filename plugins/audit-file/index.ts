import * as v from "valibot"
import { attachAuditSink, auditKeyOf, definePlugin } from "../../core/index.ts"
import { createFileSink } from "./sink.ts"

/**
 * The tamper-evident audit log as append-only JSONL files (node-only: the
 * Worker never imports it). One writer per directory, fsync before a record
 * counts as written.
 */
export default definePlugin({
  name: "audit-file",
  version: "0.2.0",
  description: "Hash-chained, signed audit records in daily JSONL files, fsynced, with a registry and signed checkpoints",
  config: v.object({
    dir: v.optional(v.string(), ".cxedge/audit-log"),
    /** A signed checkpoint every this many records (and at every job end). */
    checkpointEvery: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1_000_000)), 1000),
  }),
  async setup(rt, config) {
    const key = auditKeyOf(rt)
    return attachAuditSink(rt, await createFileSink(config.dir, key), { key, checkpointEvery: config.checkpointEvery })
  },
  async dispose(_rt, state) {
    await state.auditSink.close?.()
  },
})
