import { describeError, openSource, type FileAccess, type Runtime } from "../../core/index.ts"
import { scheduleOf } from "./cron.ts"
import type { Policy } from "./settings.ts"
import { outstanding, policyStore, watermarkOf, type PolicyState } from "./state.ts"
import { cutoffOf } from "./sweep.ts"

/** One policy's evidence: ids, instants and counts only. */
export interface PolicyReport {
  policy: string
  schedule: string
  olderThan: string
  target: string
  lastRun: string | null
  lastJobs: string[]
  /** Every contact that started before it is processed; null before the first completed window. */
  watermark: string | null
  /** Contacts past the age and not processed: failed ones still to retry, plus those that crossed the age since the last window (null when the source cannot count). */
  inScope: number | null
  /** Anonymized, or found already anonymized, over all runs. */
  done: number
  held: number
  /** Failed writes still to retry (the next run retries them). */
  failed: number
  /** Refused as bad data (not retried). */
  invalid: number
  /** Why the last run's contacts failed or were refused, by reason, never a value: `{}` when none did. */
  lastRunReasons: Record<string, number>
  /** The oldest unprocessed contact is at most this old (seconds since the watermark); null when none is unprocessed or the policy never completed a window. */
  oldestUnprocessedAgeSeconds: number | null
  nextRun: string | null
}

/** Contacts that crossed the age since the last window: the source's count of [sweptTo, cutoff), or null when it cannot count. */
async function pendingCount(rt: Runtime, policy: Policy, state: PolicyState, now: number, files?: FileAccess): Promise<number | null> {
  const until = cutoffOf(policy, now)
  if (state.sweptTo && state.sweptTo >= until) return 0
  try {
    const source = await openSource(rt, policy.source, { since: state.sweptTo, until }, { files }, "retention")
    return (await source.total?.()) ?? null
  } catch (error) {
    rt.log.warn(`[cxedge] [retention] policy ${policy.name}: cannot count the contacts in scope (${describeError(error)})`)
    return null
  }
}

/** The report of one policy as of `now`; `count` reads the tenant (one call) for the contacts in scope. */
export async function policyReport(rt: Runtime, policy: Policy, now: number, options: { count?: boolean; files?: FileAccess } = {}): Promise<PolicyReport> {
  const state = await policyStore(rt).get(policy.name)
  const failed = outstanding(state)
  const pending = options.count === false ? null : await pendingCount(rt, policy, state, now, options.files)
  const inScope = pending === null ? null : pending + failed
  const watermark = watermarkOf(state) ?? null
  const cron = scheduleOf(policy.schedule)
  return {
    policy: policy.name,
    schedule: policy.schedule,
    olderThan: policy.olderThan,
    target: policy.target,
    lastRun: state.lastRun?.at ?? null,
    lastJobs: state.lastRun?.jobs ?? [],
    watermark,
    inScope,
    done: state.totals.done,
    held: state.totals.held,
    failed,
    invalid: state.totals.invalid,
    lastRunReasons: state.lastRun?.reasons ?? {},
    oldestUnprocessedAgeSeconds: watermark && inScope !== 0 ? Math.max(0, Math.round((now - Date.parse(watermark)) / 1000)) : null,
    nextRun: typeof cron === "string" ? null : new Date(cron.next(now)).toISOString(),
  }
}
