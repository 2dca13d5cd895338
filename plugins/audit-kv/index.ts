import * as v from "valibot"
import { attachAuditSink, definePlugin } from "../../core/index.ts"
import { createKvSink } from "./sink.ts"

/** The tamper-evident audit log in the runtime's storage (`audit:`): memory, fs, redis or Workers KV. */
export default definePlugin({
  name: "audit-kv",
  version: "0.1.0",
  description: "Hash-chained audit records in unstorage, one chain per writer",
  config: v.object({
    /** Chain name of this writer; by default a new one per runtime (start time + random). */
    chain: v.optional(v.pipe(v.string(), v.regex(/^[\w.-]{1,64}$/))),
  }),
  setup(rt, config) {
    const chain = config.chain ?? `${new Date().toISOString().replace(/[-:.]/g, "").slice(0, 15)}-${crypto.randomUUID().slice(0, 6)}`
    attachAuditSink(rt, createKvSink(rt.storage.audit, chain))
  },
  commands: { audit: async (host) => (await import("../../core/index.ts")).auditCommand(host) },
})
