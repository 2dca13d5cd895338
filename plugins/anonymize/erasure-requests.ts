import { ConfigError, type Runtime } from "../../core/index.ts"
import { type Matrix } from "./matrix/index.ts"
import { SUBJECT_ERASURE, type ErasureSubject } from "./events.ts"
import { completeJob, prepareJob } from "./prepare.ts"
import type { AnonymizeSettings } from "./settings.ts"
import { decryptValue, encryptValue } from "./transforms/encrypt.ts"

/** The matrix of a subject erasure job: the erasure target reads the subject, of the type it was received as, from fromAddress. */
const subjectMatrix = (subjectType: ErasureSubject["subjectType"]): Matrix => ({
  name: "subject-erasure",
  description: "a consent platform's erasure request for one subject",
  target: "erasure",
  subjects: [{ path: "fromAddress", type: subjectType }],
  fields: [{ path: "fromAddress", transform: "nullify", params: {} }],
})

/**
 * Handles the `anonymize.subject-erasure` task kind, which a consent plugin
 * queues without importing this one: the subject is encrypted under the key
 * ring when queued (no key ring refuses the task, and the sender sees why),
 * and its contacts are erased when the queue is drained.
 */
export function handleErasureRequests(rt: Runtime, settings: AnonymizeSettings & { erasureWindowDays: number }) {
  const encode = (p: ErasureSubject) => {
    if (rt.keys.ids().length === 0) throw new ConfigError("anonymize", "erasure requests need CXEDGE_HMAC_KEYS: the subject is kept encrypted until the job runs")
    return { subject: encryptValue(rt.keys, rt.keys.current, p.subject), subjectType: p.subjectType }
  }
  const decode = (stored: unknown): ErasureSubject => {
    const s = stored as ErasureSubject
    return { subject: decryptValue(rt.keys, s.subject), subjectType: s.subjectType }
  }
  rt.tasks.handle(SUBJECT_ERASURE, async ({ subject, subjectType }, task) => {
    const since = new Date(rt.clock.now() - settings.erasureWindowDays * 86_400_000).toISOString()
    // The job keeps its source spec, so the subject stays encrypted there too.
    const sealed = encryptValue(rt.keys, rt.keys.current, subject)
    const job = await prepareJob(rt, { jobId: task.id, matrix: subjectMatrix(subjectType), source: { kind: "subject", subject: sealed, since }, target: { kind: "erasure" } }, settings)
    if (job.finished) return
    await completeJob(rt, job, { concurrency: settings.concurrency })
  }, { encode, decode })
}
