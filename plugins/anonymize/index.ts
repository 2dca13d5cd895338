import { definePlugin } from "../../core/index.ts"
import { auditJobEvents } from "./audit-records.ts"
import { contactEndedRoute, handleContactJobs } from "./contact-ended.ts"
import { anonymizeEnv } from "./env.ts"
import { handleErasureRequests } from "./erasure-requests.ts"
import { handlePlanRuns, jobRoutes } from "./job-routes.ts"
import { createJobRunner } from "./job-runner.ts"
import { anonymizeOperations } from "./operations.ts"
import { AnonymizeConfig } from "./settings.ts"
import { anonymizeSources } from "./sources/index.ts"
import { dfoMessageGet } from "./sources/messages-history.ts"
import { contactGet } from "./sources/single.ts"
import { builtinTransforms } from "./transforms/index.ts"

/**
 * The main job: field matrices, the built-in transforms, sources (CXone
 * contacts/completed, the records API, JSONL), targets (patch, erasure,
 * export) and exactly-once jobs. It emits the events it declares in
 * events.ts (and what they mean for the audit log, audit-records.ts), handles
 * the task kinds declared there, and imports no other plugin.
 */
export default definePlugin({
  name: "anonymize",
  version: "0.1.0",
  description: "Field-matrix anonymization of contact records, with exactly-once jobs",
  config: AnonymizeConfig,
  env: anonymizeEnv,
  namespaces: ["journal", "jobs", "exports", "plans"],
  // The events declared in events.ts, by name: a listener on a near miss (job:finshed) is refused at start.
  events: ["job:started", "contact:planned", "contact:applied", "contact:failed", "contact:skipped", "contact:held", "job:finished", "subject:erasure", "subject:resolved"],
  setup(rt, settings) {
    auditJobEvents(rt)
    handleErasureRequests(rt, settings)
    handleContactJobs(rt, settings)
    handlePlanRuns(rt, settings)
    // Other plugins (a retention sweep) run ordinary jobs through it: core/jobs.ts jobRunnerOf.
    return { jobRunner: createJobRunner(rt, settings) }
  },
  routes(app, rt) {
    contactEndedRoute(app, rt, rt.settings("anonymize"))
    jobRoutes(app, rt)
  },
  transforms: builtinTransforms,
  operations: [...anonymizeOperations, contactGet, dfoMessageGet],
  sources: anonymizeSources,
})
