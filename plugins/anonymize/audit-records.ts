import type { AuditEntry, CxedgeEvents, Runtime } from "../../core/index.ts"
import "./events.ts"

const unique = (xs: (string | undefined)[]) => [...new Set(xs.filter((x): x is string => !!x))]

type Event<N extends keyof CxedgeEvents> = CxedgeEvents[N]

/**
 * What each of this plugin's events means for the audit log: one record of
 * ids, field and transform names, key ids, outcome and latency. Nothing in
 * an event carries a value, so nothing here can.
 */
export const auditEntry = {
  started: (e: Event<"job:started">): AuditEntry => ({ action: "job.started", outcome: e.dryRun ? "dry-run" : "started", jobId: e.jobId, detail: { source: e.source, target: e.target, matrix: e.matrix } }),
  applied: (e: Event<"contact:applied">): AuditEntry => ({
    action: "contact.anonymized",
    outcome: "ok",
    jobId: e.jobId,
    contactId: e.contactId,
    fields: e.fields.map((f) => f.path),
    transforms: unique(e.fields.map((f) => f.transform)),
    keyIds: unique(e.fields.map((f) => f.keyId)),
    latencyMs: Math.round(e.latencyMs * 100) / 100,
    detail: { target: e.target, ...(e.requestIds?.length ? { requestIds: e.requestIds } : {}), ...(e.subjects?.length ? { subjects: e.subjects } : {}) },
  }),
  failed: (e: Event<"contact:failed">): AuditEntry => ({ action: "contact.failed", outcome: "failed", jobId: e.jobId, contactId: e.contactId, ...(e.field ? { fields: [e.field] } : {}), detail: { code: e.code } }),
  skipped: (e: Event<"contact:skipped">): AuditEntry => ({ action: "contact.skipped", outcome: "skipped", jobId: e.jobId, contactId: e.contactId, detail: { reason: e.reason } }),
  held: (e: Event<"contact:held">): AuditEntry => ({ action: "contact.held", outcome: "held", jobId: e.jobId, contactId: e.contactId, detail: { gate: e.gate, holdId: e.heldBy } }),
  erasure: (e: Event<"subject:erasure">): AuditEntry => ({ action: "subject.erasure", outcome: "submitted", jobId: e.jobId, detail: { subject: e.subject, subjectType: e.subjectType, requestId: e.requestId } }),
  resolved: (e: Event<"subject:resolved">): AuditEntry => ({
    action: "subject.resolved",
    outcome: e.linkedMode,
    jobId: e.jobId,
    detail: { subject: e.subject, subjectType: e.subjectType, linked: e.linked, ...(e.truncated ? { truncated: true } : {}) },
  }),
  finished: (e: Event<"job:finished">): AuditEntry => ({ action: "job.finished", outcome: e.summary.failed ? "partial" : "ok", jobId: e.jobId, detail: { ...e.summary } }),
}

/**
 * Turns this plugin's events into `audit:record` events for whichever audit
 * sink is loaded (none: they go nowhere). A job's end also asks for a signed
 * checkpoint, after its last record.
 */
export function auditJobEvents(rt: Runtime) {
  // The sink's failure to append (a full disk) reaches the job, which leaves the contact to its resume: no record lost.
  const durable = { durable: true }
  const record = (entry: AuditEntry) => rt.hooks.emit("audit:record", entry)
  // Per contact, with no audit sink loaded, nobody listens: the job then builds no event at all.
  // Sinks may load after this plugin, so the listeners go on when a job starts with one.
  let perContact = false
  rt.hooks.on("job:started", async (e) => {
    await record(auditEntry.started(e))
    if (perContact || rt.hooks.count("audit:record") === 0) return
    perContact = true
    rt.hooks.on("contact:applied", (e) => record(auditEntry.applied(e)), durable)
    rt.hooks.on("contact:failed", (e) => record(auditEntry.failed(e)), durable)
    rt.hooks.on("contact:skipped", (e) => record(auditEntry.skipped(e)), durable)
    rt.hooks.on("contact:held", (e) => record(auditEntry.held(e)), durable)
  }, durable)
  rt.hooks.on("subject:erasure", (e) => record(auditEntry.erasure(e)), durable)
  rt.hooks.on("subject:resolved", (e) => record(auditEntry.resolved(e)), durable)
  rt.hooks.on("job:finished", async (e) => {
    await record(auditEntry.finished(e))
    await rt.hooks.emit("audit:checkpoint", { reason: `job ${e.jobId} finished` })
  }, durable)
}
