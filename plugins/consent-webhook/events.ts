import { createHash } from "node:crypto"
import type { CxedgeEvents } from "../../core/index.ts"

export interface OutboundEvent {
  /** Stable per fact (same job, contact and type), so a repeated emission is the same webhook-id. */
  id: string
  type: string
  /** The exact bytes that are signed and sent. */
  body: string
  /** The job it belongs to: delivered ids are remembered per job, so a run reads only its own job's. */
  scope?: string
}

const idOf = (...parts: string[]) => `msg_${createHash("sha256").update(parts.join("\u0000")).digest("hex").slice(0, 32)}`
const event = (type: string, id: string, data: Record<string, unknown> & { jobId: string }, at: Date): OutboundEvent => ({
  id,
  type,
  body: JSON.stringify({ type, timestamp: at.toISOString(), data }),
  scope: data.jobId,
})

// The events are the anonymize plugin's (it declares them on CxedgeEvents); this plugin only listens.

/** Thin payloads: ids, pseudonymous subject tokens, field and transform names, key ids, status. Never a value. */
export const toEvent = {
  applied: (e: CxedgeEvents["contact:applied"], at: Date) =>
    event("contact.anonymized", idOf("contact.anonymized", e.jobId, e.contactId), {
      jobId: e.jobId,
      contactId: e.contactId,
      target: e.target,
      fields: e.fields.map((f) => f.path),
      transforms: [...new Set(e.fields.map((f) => f.transform))],
      keyIds: [...new Set(e.fields.flatMap((f) => (f.keyId ? [f.keyId] : [])))],
      ...(e.subjects?.length ? { subjects: e.subjects } : {}),
      ...(e.requestIds?.length ? { requestIds: e.requestIds } : {}),
      status: "anonymized",
    }, at),
  failed: (e: CxedgeEvents["contact:failed"], at: Date) =>
    event("contact.failed", idOf("contact.failed", e.jobId, e.contactId), { jobId: e.jobId, contactId: e.contactId, code: e.code, ...(e.field ? { field: e.field } : {}), status: "failed" }, at),
  erasure: (e: CxedgeEvents["subject:erasure"], at: Date) =>
    event("subject.erasure.submitted", idOf("subject.erasure.submitted", e.jobId, e.requestId), { jobId: e.jobId, subject: e.subject, subjectType: e.subjectType, requestId: e.requestId, status: "submitted" }, at),
  /** The subject plugin's: an access export waits at GET /v1/subjects/exports/{exportId}; ids, token and counts only. */
  accessReady: (e: CxedgeEvents["subject:access-ready"], at: Date) =>
    event("subject.access.ready", idOf("subject.access.ready", e.exportId), { jobId: e.exportId, exportId: e.exportId, subject: e.subject, subjectType: e.subjectType, records: e.records, completedContacts: e.completedContacts, messages: e.messages, linked: e.linked, expiresAt: e.expiresAt, status: "ready" }, at),
  finished: (e: CxedgeEvents["job:finished"], at: Date) =>
    event("job.finished", idOf("job.finished", e.jobId), { jobId: e.jobId, target: e.summary.target, processed: e.summary.processed, succeeded: e.summary.succeeded, failed: e.summary.failed, skipped: e.summary.skipped, status: e.summary.failed ? "partial" : "finished" }, at),
}
