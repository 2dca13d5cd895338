// What the anonymize plugin tells others: the events it emits and the task kinds it handles,
// declared on core's maps so listeners and producers are typed without importing this plugin.

/** What was done to one field, without its value. */
export interface FieldAction {
  path: string
  transform: string
  keyId?: string
}

export interface JobSummary {
  processed: number
  succeeded: number
  failed: number
  skipped: number
  /** Kept from being written by a write gate (a legal hold). */
  held?: number
  durationMs: number
  target: string
  transforms: Record<string, number>
}

/** A subject as a consent platform names it, normalized once by whoever received it (E.164 or a lower-case address). */
export interface ErasureSubject {
  subject: string
  subjectType: "PHONENO" | "EMAIL"
}

/** The task kind of a subject erasure (the string stays what earlier versions stored). */
export const SUBJECT_ERASURE = "anonymize.subject-erasure"

declare module "../../core/hooks.ts" {
  interface CxedgeEvents {
    "job:started": { jobId: string; source: string; target: string; matrix: string; dryRun: boolean }
    "contact:planned": { jobId: string; contactId: string; fields: FieldAction[] }
    "contact:applied": {
      jobId: string
      contactId: string
      fields: FieldAction[]
      target: string
      latencyMs: number
      subjects?: string[]
      requestIds?: string[]
    }
    "contact:failed": { jobId: string; contactId: string; reason: string; code: string; field?: string }
    "contact:skipped": { jobId: string; contactId: string; reason: string }
    /** A write gate vetoed the contact: `heldBy` is the gate's id for it (a hold id), never its reason. */
    "contact:held": { jobId: string; contactId: string; gate: string; heldBy: string }
    "job:finished": { jobId: string; summary: JobSummary }
    /** An erasure request went to CXone for one subject; `subject` is its pseudonym (hmac), never the value. */
    "subject:erasure": { jobId: string; subject: string; subjectType: "PHONENO" | "EMAIL"; requestId: string }
    /** An erasure's subject was resolved before it acted: the identifiers linked to it, as tokens (hmac), never values. */
    "subject:resolved": {
      jobId: string
      subject: string
      subjectType: "PHONENO" | "EMAIL"
      linkedMode: "report" | "follow"
      linked: { subject: string; subjectType: "PHONENO" | "EMAIL"; followed: boolean }[]
      truncated: boolean
    }
  }
}

declare module "../../core/tasks.ts" {
  interface CxedgeTasks {
    /** Erase one subject's contacts (queued by a consent platform's request); stored encrypted under the key ring. */
    "anonymize.subject-erasure": ErasureSubject
    /** Anonymize one ended contact (the Studio callout). */
    "anonymize.contact": { contactId: string }
  }
}
