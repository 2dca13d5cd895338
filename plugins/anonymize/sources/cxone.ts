import type { CxoneClient } from "../../../core/index.ts"
import type { Source, SourceRecord } from "../pipeline.ts"
import { contactsCompleted } from "../operations.ts"

export interface CxoneSourceOptions {
  startDate?: string
  endDate?: string
  fromAddress?: string
  top?: number
}

/** CXone `contacts/completed` in a date window, streamed a page at a time (204 ends it). */
export function createCxoneSource(client: CxoneClient, options: CxoneSourceOptions): Source {
  const input = { startDate: options.startDate, endDate: options.endDate, fromAddress: options.fromAddress, top: options.top ?? 100 }
  return {
    name: "cxone",
    async total() {
      const first = await client.call(contactsCompleted, { ...input, top: 1 })
      return first?.totalRecords ?? first?.completedContacts.length ?? 0
    },
    async *pages() {
      let missing = 0
      for await (const page of client.paginate(contactsCompleted, input)) {
        yield (page as Record<string, unknown>[]).map(
          // Each contact without an id gets its own placeholder, so two of them are two rejections, not one.
          (c): SourceRecord => (c.contactId === undefined ? { id: `(no contactId #${++missing})`, data: {}, error: "record has no contactId" } : { id: String(c.contactId), data: c }),
        )
      }
    },
  }
}
