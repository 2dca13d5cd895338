import { definePlugin } from "../../core/index.ts"
import { checkPolicies } from "./policies.ts"
import { publishGauges } from "./gauges.ts"
import { retentionRoutes } from "./routes.ts"
import { scheduleSweeps } from "./schedule.ts"
import { overlapWarnings, RetentionConfig } from "./settings.ts"
import { policyStore } from "./state.ts"

/**
 * Retention policies: contacts older than a policy's age are anonymized on
 * its schedule, by ordinary journaled jobs that the job runner of the
 * anonymize plugin runs (core/jobs.ts; this plugin imports no other). Each
 * policy keeps a watermark under `retention:`; `cxedge retention run` and
 * `report`, the routes, the schedule (`runtime:tick`) and /metrics gauges.
 */
export default definePlugin({
  name: "retention",
  version: "0.1.0",
  description: "Retention policies: incremental sweeps with a watermark, on a schedule, with evidence reports",
  config: RetentionConfig,
  namespaces: ["retention"],
  async setup(rt, settings) {
    checkPolicies(rt, settings)
    for (const line of overlapWarnings(settings.policies)) rt.log.warn(line)
    if (!settings.policies.length) return
    scheduleSweeps(rt, settings)
    for (const policy of settings.policies) publishGauges(rt, policy.name, await policyStore(rt).get(policy.name))
  },
  routes(app, rt) {
    retentionRoutes(app, rt, rt.settings("retention"))
  },
})
