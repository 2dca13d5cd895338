import { describeError, type Runtime } from "../../core/index.ts"
import { scheduleOf, type Cron } from "./cron.ts"
import { publishGauges } from "./gauges.ts"
import type { Policy, RetentionSettings } from "./settings.ts"
import { policyStore } from "./state.ts"
import { sweepPolicy } from "./sweep.ts"

/** The task kind of a scheduled sweep. */
export const SWEEP = "retention.sweep"

declare module "../../core/tasks.ts" {
  interface CxedgeTasks {
    /** Sweep one retention policy now (queued by the schedule; idempotent per policy and firing). */
    "retention.sweep": { policy: string }
  }
}

const compact = (ms: number) => new Date(ms).toISOString().replace(/[-:]/g, "").replace(/\.\d+/, "")

/**
 * Where sweeps run without the CLI: every `runtime:tick` (a Bun or Node
 * server's worker loop, about every second; a Worker's cron trigger) queues a
 * sweep for each policy whose schedule fired since its last run, as a task
 * named by the policy and the firing (`retention_<policy>_<firing>`), so
 * instances sharing storage queue it once; the queue runs it (the server's
 * loop drains it, a Worker's queue consumer or cron drain). A policy that has
 * never run is due at once.
 */
export function scheduleSweeps(rt: Runtime, settings: RetentionSettings): void {
  const crons = new Map<string, { policy: Policy; cron: Cron }>()
  for (const policy of settings.policies) crons.set(policy.name, { policy, cron: scheduleOf(policy.schedule) as Cron })
  const queued = new Map<string, number>()
  rt.tasks.handle(SWEEP, async ({ policy: name }, task) => {
    const entry = crons.get(name)
    // A task queued under an older configuration: nothing to sweep.
    if (!entry) return rt.log.warn(`[cxedge] [retention] task ${task.id}: no policy ${name} in this configuration: skipped`)
    const result = await sweepPolicy(rt, entry.policy, { signal: task.signal })
    const failed = result.jobs.reduce((n, j) => n + j.failed - j.invalid, 0)
    rt.log.info(`[cxedge] [retention] policy ${name}: ${result.jobs.map((j) => `${j.jobId} ${j.state}`).join(", ") || "nothing crossed the age"}${failed ? `; ${failed} failed, retried next run` : ""}`)
  })
  rt.hooks.on("runtime:tick", async ({ at }) => {
    for (const { policy, cron } of crons.values()) {
      const firing = cron.previous(at)
      if (firing === undefined || (queued.get(policy.name) ?? -Infinity) >= firing) continue
      try {
        const state = await policyStore(rt).get(policy.name)
        queued.set(policy.name, firing)
        if (state.lastRun && Date.parse(state.lastRun.at) >= firing) continue
        await rt.tasks.enqueue(SWEEP, { policy: policy.name }, `retention_${policy.name}_${compact(firing)}`)
      } catch (error) {
        queued.delete(policy.name)
        rt.log.warn(`[cxedge] [retention] policy ${policy.name}: the sweep could not be queued (${describeError(error)}); the next tick tries again`)
      }
    }
  })
}
