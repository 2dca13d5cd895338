import type { IdentifierType } from "../../core/index.ts"

/** The task kind an access request is queued as (the consent plugin queues it without importing this one). */
export const ACCESS_EXPORT = "subject.access-export"

export interface AccessExportTask {
  /** Normalized by the sender; encrypted under the key ring while it waits in the queue. */
  subject: string
  subjectType: IdentifierType
}

/** An access export sealed and waiting to be collected: ids, the subject's token and counts, never a value. */
export interface AccessReady {
  exportId: string
  subject: string
  subjectType: IdentifierType
  records: number
  completedContacts: number
  messages: number
  linked: number
  /** When it is deleted unread. */
  expiresAt: string
}

declare module "../../core/tasks.ts" {
  interface CxedgeTasks {
    "subject.access-export": AccessExportTask
  }
}

declare module "../../core/hooks.ts" {
  interface CxedgeEvents {
    /** An inbound access request's export is ready at `GET /v1/subjects/exports/{exportId}` (the consent plugin sends `subject.access.ready`). */
    "subject:access-ready": AccessReady
  }
}
