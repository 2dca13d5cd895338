import { ConfigError, type Matrix, type Runtime } from "../../core/index.ts"
import { completeJob, prepareJob } from "./prepare.ts"
import type { AnonymizeSettings } from "./settings.ts"
import { encryptValue } from "./transforms/encrypt.ts"

export const SUBJECT_ERASURE = "anonymize.subject-erasure"

/** The matrix of a subject erasure job: the erasure target reads the subject from fromAddress. */
const SUBJECT_MATRIX: Matrix = {
  name: "subject-erasure",
  description: "a consent platform's erasure request for one subject",
  target: "erasure",
  subjects: [{ path: "fromAddress" }],
  fields: [{ path: "fromAddress", transform: "nullify", params: {} }],
}

/**
 * Turns `erasure:requested` events into queued erasure jobs (the subject
 * encrypted at rest under the key ring) and runs them when the queue is
 * drained. The consent plugin only emits the event: neither imports the other.
 */
export function handleErasureRequests(rt: Runtime, settings: AnonymizeSettings & { erasureWindowDays: number }) {
  rt.hooks.on("erasure:requested", async (e) => {
    if (rt.keys.ids().length === 0) throw new ConfigError("anonymize", "erasure requests need CXEDGE_HMAC_KEYS: the subject is kept encrypted until the job runs")
    await rt.tasks.enqueue(SUBJECT_ERASURE, { subject: encryptValue(rt.keys, rt.keys.current, e.subject), subjectType: e.subjectType }, e.jobId)
  })
  rt.tasks.handle(SUBJECT_ERASURE, async (payload, task) => {
    const { subject } = payload as { subject: string }
    const since = new Date(rt.clock.now() - settings.erasureWindowDays * 86_400_000).toISOString()
    const job = await prepareJob(rt, { jobId: task.id, matrix: SUBJECT_MATRIX, source: { kind: "subject", subject, since }, target: { kind: "erasure" } }, settings)
    if (job.finished) return
    await completeJob(rt, job, { concurrency: settings.concurrency })
  })
}
