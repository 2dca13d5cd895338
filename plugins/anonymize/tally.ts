import type { Runtime } from "../../core/index.ts"
import type { Plan } from "./matrix/index.ts"
import type { Outcome } from "./journal.ts"

/** A contact of this run that did not succeed, with its reason (never a value). */
export interface Rejection {
  contactId: string
  field?: string
  reason: string
}

/**
 * A run's counts, kept by the contact steps and read by the progress line and
 * the summary. Every outcome also counts in the runtime's metrics, so
 * `/metrics` and the summary agree.
 */
export function createTally(rt: Runtime, jobId: string, onRejected?: (contactId: string, field: string | undefined, reason: string) => void) {
  const counts = { done: 0, succeeded: 0, failed: 0, invalid: 0, skipped: 0, noRuleApplied: 0, held: 0, alreadyDone: 0 }
  /** Of `alreadyDone`: how earlier runs finished those contacts. */
  const earlier: Record<Outcome, number> = { succeeded: 0, skipped: 0, invalid: 0, held: 0 }
  /** Fields changed by each transform in this run. */
  const transforms: Record<string, number> = {}
  const rejected: Rejection[] = []
  const latency = rt.metrics.histogram("cxedge_contact_duration_seconds", { job: jobId })

  // Looked up once: a job counts a million contacts.
  const counters = {
    succeeded: rt.metrics.counter("cxedge_contacts_total", { outcome: "succeeded" }),
    failed: rt.metrics.counter("cxedge_contacts_total", { outcome: "failed" }),
    skipped: rt.metrics.counter("cxedge_contacts_total", { outcome: "skipped" }),
    held: rt.metrics.counter("cxedge_contacts_total", { outcome: "held" }),
  }
  const count = (outcome: "succeeded" | "failed" | "skipped" | "held") => {
    counts[outcome]++
    counters[outcome].inc()
  }
  return {
    counts,
    earlier,
    transforms,
    rejected,
    /** An earlier run finished this contact: this one leaves it alone. */
    alreadyDone(outcome: Outcome) {
      counts.alreadyDone++
      earlier[outcome]++
    },
    /** Nothing to write: already anonymized, or (`noRule`) no rule applied to any of its values. */
    skipped(noRule = false) {
      count("skipped")
      if (noRule) counts.noRuleApplied++
    },
    /** A write gate (a legal hold) vetoed this contact: not written, not retried by a resume. */
    held: () => count("held"),
    /** Written and verified (`plan` and `ms` when this run wrote it, not when it found it in place). */
    succeeded(plan?: Plan, ms?: number) {
      count("succeeded")
      if (ms !== undefined) latency.observe(ms)
      if (!plan) return
      const { changes } = plan
      for (let i = 0; i < changes.length; i++) {
        const c = changes[i]!
        if (!c.already) transforms[c.transform] = (transforms[c.transform] ?? 0) + 1
      }
    },
    /** Failed, or refused as invalid: reported with its reason, which never holds a value (`quiet`: said once, by the job). */
    failed(contactId: string, field: string | undefined, reason: string, invalid = false, quiet = false) {
      count("failed")
      if (invalid) counts.invalid++
      rejected.push({ contactId, field, reason })
      if (!quiet) onRejected?.(contactId, field, reason)
    },
  }
}

export type Tally = ReturnType<typeof createTally>
