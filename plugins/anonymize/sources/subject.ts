import type { CxoneClient } from "../../../core/index.ts"
import type { Source, SourceRecord } from "../pipeline.ts"
import { createCxoneSource } from "./cxone.ts"

export interface SubjectSourceOptions {
  subject: string
  since?: string
  until?: string
}

/**
 * One data subject: the subject's completed contacts (`fromAddress`
 * filter), whose digital messages the erasure target redacts, then a record
 * for the subject itself so the Privacy erasure is submitted even when no
 * contact is found. The contacts (one person's: few) are read before any
 * is erased, because an erasure can change what the filter matches.
 */
export function createSubjectSource(client: CxoneClient, options: SubjectSourceOptions): Source {
  const contacts = createCxoneSource(client, { startDate: options.since, endDate: options.until, fromAddress: options.subject })
  return {
    name: "subject",
    async *pages() {
      const found: SourceRecord[] = []
      for await (const page of contacts.pages()) found.push(...page)
      yield [...found, { id: "subject", data: { fromAddress: options.subject } }]
    },
  }
}
