import * as v from "valibot"
import { attachAuditSink, auditKeyOf, definePlugin } from "../../core/index.ts"
import { createKvSink } from "./sink.ts"

/** The tamper-evident audit log in the runtime's storage (`audit:`): memory, fs, redis or Workers KV. */
export default definePlugin({
  name: "audit-kv",
  version: "0.2.0",
  description: "Hash-chained, signed audit records in unstorage, one chain per writer, with a registry and signed checkpoints",
  config: v.object({
    /** Chain name of this writer; by default a new one per runtime (start time + random). */
    chain: v.optional(v.pipe(v.string(), v.regex(/^[\w.-]{1,64}$/))),
    /** A signed checkpoint every this many records (and at every job end). */
    checkpointEvery: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1_000_000)), 1000),
  }),
  setup(rt, config) {
    const chain = config.chain ?? `${new Date().toISOString().replace(/[-:.]/g, "").slice(0, 15)}-${crypto.randomUUID().slice(0, 6)}`
    const key = auditKeyOf(rt)
    return attachAuditSink(rt, createKvSink(rt.storage.audit, chain, key), { key, checkpointEvery: config.checkpointEvery })
  },
})
