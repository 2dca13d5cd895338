import * as v from "valibot"
import { definePlugin } from "../../core/index.ts"
import { ContactEndedConfig, contactEndedRoute, handleContactJobs } from "./contact-ended.ts"
import { anonymizeEnv } from "./env.ts"
import { handleErasureRequests } from "./erasure-requests.ts"
import { anonymizeOperations } from "./operations.ts"
import { contactGet } from "./sources/single.ts"
import { DfoHistoryConfig } from "./targets/dfo-history.ts"
import { builtinTransforms } from "./transforms/index.ts"

/**
 * The main job: field matrices, the built-in transforms, sources (CXone
 * contacts/completed, the records API, JSONL), targets (patch, erasure,
 * export) and exactly-once jobs. It emits hooks and imports no other plugin.
 */
export default definePlugin({
  name: "anonymize",
  version: "0.1.0",
  description: "Field-matrix anonymization of contact records, with exactly-once jobs",
  config: v.object({
    concurrency: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(256)), 8),
    /** Media types whose contacts have DFO messages to redact on erasure. */
    digitalMedia: v.optional(v.array(v.string())),
    /** Record field holding the DFO contact number (default contactId). */
    dfoContactField: v.optional(v.string()),
    /** How DFO message history is read: its response shape is not published (targets/dfo-history.ts). */
    dfoHistory: v.optional(DfoHistoryConfig),
    /** How far back an erasure request looks for the subject's contacts. */
    erasureWindowDays: v.optional(v.pipe(v.number(), v.minValue(1)), 90),
    /** The CXone Studio "contact ended" callout (POST /webhooks/cxone/contact-ended). */
    contactEnded: v.optional(ContactEndedConfig),
  }),
  env: anonymizeEnv,
  namespaces: ["journal", "jobs", "exports"],
  setup(rt, settings) {
    handleErasureRequests(rt, settings)
    handleContactJobs(rt, settings)
  },
  routes(app, rt) {
    contactEndedRoute(app, rt, rt.settings("anonymize"))
  },
  transforms: builtinTransforms,
  operations: [...anonymizeOperations, contactGet],
  commands: {
    anonymize: async (host) => (await import("./commands.ts")).anonymizeCommand(host),
    jobs: async (host) => (await import("./commands.ts")).jobsCommand(host),
    matrix: async (host) => (await import("./commands.ts")).matrixCommand(host),
    decrypt: async (host) => (await import("./commands.ts")).decryptCommand(host),
  },
})
