import type { Hono } from "hono"
import * as v from "valibot"
import { documentRoute, inBackground, noBody, queryInput, type Runtime } from "../../core/index.ts"
import { didYouMean } from "../../core/index.ts"
import { policyReport } from "./report.ts"
import { SWEEP } from "./schedule.ts"
import type { RetentionSettings } from "./settings.ts"

// ?policy= (empty) names no policy: refused, not answered "\"\" is not a policy" with 404.
const PolicyQuery = v.object({ policy: v.optional(v.pipe(v.string(), v.minLength(1, "must name a policy (?policy=NAME), or be left out for every policy"), v.maxLength(40))) })

const Report = v.object({
  policy: v.string(), schedule: v.string(), olderThan: v.string(), target: v.string(), lastRun: v.nullable(v.string()), lastJobs: v.array(v.string()),
  watermark: v.nullable(v.string()), inScope: v.nullable(v.number()), done: v.number(), held: v.number(), failed: v.number(), invalid: v.number(),
  lastRunReasons: v.record(v.string(), v.number()), oldestUnprocessedAgeSeconds: v.nullable(v.number()), nextRun: v.nullable(v.string()),
})

const runDocs = documentRoute({
  summary: "Queue a retention sweep of every policy, or of ?policy=NAME (the queue runs it: it is an ordinary journaled job)",
  responses: {
    202: { description: "queued, with one task id per policy (`duplicate`: that task was already queued, by a request in the same millisecond)", schema: v.object({ queued: v.array(v.object({ policy: v.string(), taskId: v.string(), duplicate: v.optional(v.boolean()) })) }) },
    400: "an unknown query parameter, or a body (the policy is chosen by ?policy=NAME, never by a body)",
    404: "no such policy, or no policy configured",
  },
})
const reportDocs = documentRoute({
  summary: "Each policy's evidence: last run, contacts in scope, done, held, failed, the oldest unprocessed contact's age (ids and counts, no personal data)",
  responses: { 200: { description: "one report per policy", schema: v.object({ policies: v.array(Report) }) }, 400: "an unknown query parameter", 404: "no such policy" },
})

/** `POST /v1/retention/run` and `GET /v1/retention/report`, behind the admin token like every /v1 route. */
export function retentionRoutes(app: Hono<any>, rt: Runtime, settings: RetentionSettings) {
  const pick = (name: string | undefined) => {
    if (name === undefined) return settings.policies.length ? settings.policies : { message: "no retention policies are configured: add settings.retention.policies" }
    const found = settings.policies.filter((p) => p.name === name)
    const names = settings.policies.map((p) => p.name)
    return found.length ? found : { message: `"${name}" is not a policy${didYouMean(name, names)}: the policies are ${names.join(", ") || "(none)"}` }
  }
  // A body is never read: refused, so that {"policy": "x"} does not sweep every policy instead of x.
  app.post("/v1/retention/run", runDocs, queryInput(PolicyQuery), noBody("name one policy with ?policy=NAME (without it, every policy is swept)"), async (c) => {
    const policies = pick(c.req.valid("query").policy)
    if (!Array.isArray(policies)) return c.json({ error: "not_found", ...policies }, 404)
    // To the millisecond: a second request within the same second is a new run (the first's task may be done), not a duplicate.
    const at = new Date(rt.clock.now()).toISOString().replace(/[-:.]/g, "")
    const queued = []
    for (const p of policies) {
      const taskId = `retention_${p.name}_run_${at}`
      const { created } = await rt.tasks.enqueue(SWEEP, { policy: p.name }, taskId)
      queued.push({ policy: p.name, taskId, ...(created ? {} : { duplicate: true }) })
    }
    inBackground(c, () => rt.tasks.drain(), rt.log)
    return c.json({ queued }, 202)
  })
  app.get("/v1/retention/report", reportDocs, queryInput(PolicyQuery), async (c) => {
    const policies = pick(c.req.valid("query").policy)
    if (!Array.isArray(policies)) return c.json({ error: "not_found", ...policies }, 404)
    const now = rt.clock.now()
    return c.json({ policies: await Promise.all(policies.map((p) => policyReport(rt, p, now))) })
  })
}
