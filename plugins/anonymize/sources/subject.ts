import { contactAddress, fromAddressForms, holdsIdentifier, identifierOf, type CxoneClient } from "../../../core/index.ts"
import type { Source, SourceRecord } from "../pipeline.ts"
import { createCxoneSource } from "./cxone.ts"

export interface SubjectSourceOptions {
  subject: string
  /** Linked identifiers erased too (`--linked follow`), resolved before the job was made. */
  linked?: string[]
  since?: string
  until?: string
}

/**
 * One data subject: the subject's completed contacts (`fromAddress`
 * filter), whose digital messages the erasure target redacts, then a record
 * for the subject itself so the Privacy erasure is submitted even when no
 * contact is found. With linked identifiers to follow, their contacts and a
 * record for each come too (`subject-1`, `subject-2`, ... in the order the
 * job stored them, so a resume sees the same ids). The contacts (one
 * person's: few) are read before any is erased, because an erasure can
 * change what the filter matches.
 */
export function createSubjectSource(client: CxoneClient, options: SubjectSourceOptions): Source {
  const identifiers = [options.subject, ...(options.linked ?? [])]
  return {
    name: "subject",
    async *pages() {
      const found = new Map<string, SourceRecord>()
      for (const subject of identifiers) {
        // A phone is asked for in each form the ACD may hold it in (core/address-forms.ts); an email as it is.
        const identifier = identifierOf(subject)
        for (const fromAddress of identifier ? fromAddressForms(identifier, client.tenant?.fromAddressForms) : [subject]) {
          const contacts = createCxoneSource(client, { startDate: options.since, endDate: options.until, fromAddress })
          for await (const page of contacts.pages()) {
            // Only the subject's own contacts: a tenant that ignores the filter answers every caller's, none of them to erase.
            // A record that could not be read is kept, to be reported as such (it is never written).
            for (const r of page) if (!found.has(r.id) && (r.error !== undefined || !identifier || holdsIdentifier(contactAddress(r.data), identifier, client.tenant?.fromAddressForms))) found.set(r.id, r)
          }
        }
      }
      const subjects = identifiers.map((fromAddress, i): SourceRecord => ({ id: i === 0 ? "subject" : `subject-${i}`, data: { fromAddress } }))
      yield [...found.values(), ...subjects]
    },
  }
}
