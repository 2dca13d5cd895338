import { ConfigError, parsePhone, type Runtime } from "../../core/index.ts"
import { type Matrix } from "./matrix/index.ts"
import { refuseUnjudgedWrites } from "./contact-checks.ts"
import { refuseUnguardedStorage } from "./write-guards.ts"
import { resolveErasureSubject, type LinkedMode } from "./erasure-linked.ts"
import { SUBJECT_ERASURE, type ErasureSubject } from "./events.ts"
import { ERASE_FLAG_WORDS, erasureToResume, storedSubject, type ErasureJobWords } from "./erase-job-guard.ts"
import { completeQueuedJob, prepareJob, type PreparedJob } from "./prepare.ts"
import type { SourceSpec } from "./request.ts"
import type { AnonymizeSettings } from "./settings.ts"
import { decryptValue, encryptValue } from "./transforms/encrypt.ts"

/**
 * The matrix of a subject erasure job: the erasure target reads the subject from fromAddress, of the type it
 * was received as; with linked identifiers followed, each contact's type is decided by its value (a linked
 * phone of an email request is a PHONENO).
 */
export const subjectMatrix = (subjectType: ErasureSubject["subjectType"], follow = false, defaultCountryCode?: string): Matrix => ({
  name: "subject-erasure",
  description: "a consent platform's erasure request for one subject",
  target: "erasure",
  subjects: [follow ? { path: "fromAddress" } : { path: "fromAddress", type: subjectType }],
  fields: [{ path: "fromAddress", transform: "nullify", params: {} }],
  ...(defaultCountryCode ? { defaultCountryCode } : {}),
})

/**
 * A phone subject's country calling code: its contacts were found by the forms the ACD may keep the number in
 * (`tenant.fromAddressForms`: the national `6175550143` too), so a contact's number without a calling code is read
 * in the subject's country, never refused for lacking one (cxone-api.md leaves the ACD's form open).
 */
function subjectCountryCode(subjectType: ErasureSubject["subjectType"], subject: string): string | undefined {
  if (subjectType !== "PHONENO") return undefined
  try {
    return parsePhone(subject).callingCode
  } catch {
    return undefined
  }
}

export interface SubjectErasureRequest {
  jobId: string
  /** The identifier to erase; left out, the erasure job `jobId` is resumed (and refused when there is none). */
  subject?: string
  subjectType?: ErasureSubject["subjectType"]
  linked: LinkedMode
  since: string
  until?: string
  dryRun?: boolean
  /** Aborted (Ctrl-C, SIGTERM): linked identifiers stop being resolved, and nothing is stored. */
  signal?: AbortSignal
}

// An inbound request's job id is made from its webhook id: a job of that id that is not its erasure is not run on.
const TASK_WORDS: ErasureJobWords = {
  scope: "anonymize",
  job: (id) => `erasure job ${id} (an inbound request's)`,
  instead: "the request was not run; send it again under another webhook id",
}

/**
 * Prepares one subject's erasure job. A new job resolves the subject's
 * linked identifiers first (resolveErasureSubject) and stores which it
 * erases, encrypted, with the job; an existing job (a resume, a task's
 * retry) keeps what it stored, so an erasure half done cannot change scope.
 * Only an erasure of the same subject is resumed (erase-job-guard.ts).
 */
export async function prepareSubjectErasure(rt: Runtime, request: SubjectErasureRequest, settings: Partial<AnonymizeSettings>, words: ErasureJobWords = ERASE_FLAG_WORDS) {
  // Before the lookups, which audit the identifiers they link: a gate that cannot judge refuses with nothing recorded.
  await refuseUnjudgedWrites(rt)
  if (!request.dryRun) await refuseUnguardedStorage(rt)
  const existing = await erasureToResume(rt, request.jobId, request.subject, words)
  if (existing) return { job: await prepareJob(rt, { jobId: request.jobId, dryRun: request.dryRun }, settings), resolution: undefined, subject: storedSubject(rt, existing) }
  // erasureToResume refused a request with neither a subject nor a job to resume.
  const subject = { type: request.subjectType!, value: request.subject! }
  const resolution = await resolveErasureSubject(rt, { jobId: request.jobId, subject, mode: request.linked, since: request.since, until: request.until, audit: !request.dryRun, signal: request.signal }, settings.erasure)
  // The job keeps its source spec, so the subject stays encrypted there too.
  const source: SourceSpec = { kind: "subject", subject: encryptValue(rt.keys, rt.keys.current, subject.value), since: request.since, ...(request.until ? { until: request.until } : {}), ...resolution.spec }
  const matrix = subjectMatrix(subject.type, !!resolution.spec.linked?.length, subjectCountryCode(subject.type, subject.value))
  const job: PreparedJob = await prepareJob(rt, { jobId: request.jobId, matrix, source, target: { kind: "erasure" }, dryRun: request.dryRun }, settings)
  return { job, resolution, subject }
}

/**
 * Handles the `anonymize.subject-erasure` task kind, which a consent plugin
 * queues without importing this one: the subject is encrypted under the key
 * ring when queued (no key ring refuses the task, and the sender sees why),
 * and its contacts are erased when the queue is drained. Linked identifiers
 * are treated as `settings.anonymize.erasure.linked` says (default report).
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
    const { job, resolution } = await prepareSubjectErasure(rt, { jobId: task.id, subject, subjectType, linked: settings.erasure?.linked ?? "report", since }, settings, TASK_WORDS)
    if (resolution?.linked.length) {
      const followed = resolution.linked.filter((l) => l.followed).length
      rt.log.info(`[cxedge] [anonymize] erasure ${task.id}: ${resolution.linked.length} linked identifier(s), ${followed} erased too (settings.anonymize.erasure.linked ${resolution.mode}); tokens in the audit log`)
    }
    if (job.finished) return
    await completeQueuedJob(rt, job, { concurrency: settings.concurrency })
  }, { encode, decode })
}
