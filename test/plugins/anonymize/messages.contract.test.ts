import type { CompletedContact, TenantData } from "../../../sandbox/data.ts"
import { createSandbox } from "../../../sandbox/app.ts"
import { createMessagesSource } from "../../../plugins/anonymize/sources/messages.ts"
import { testSource } from "../../../testing/source.ts"
import { sandboxClient } from "../../helpers.ts"

const DAY = 86_400_000
const window = () => ({ since: new Date(Date.now() - 30 * DAY).toISOString(), until: new Date(Date.now() + 60_000).toISOString() })

/** `<contactId>:<messageId>` of every DFO message of the tenant's digital contacts. */
function messageIds(data: TenantData): string[] {
  const order = new Map(data.completed.map((c, i) => [c.contactId, i]))
  return [...data.messages.values()].filter((m) => order.has(m.contactNumber)).map((m) => `${m.contactNumber}:${m.id}`)
}

/** A sandbox tenant of `count` contacts, counting the completed contacts and history items it served. */
async function tenant(count: number) {
  const sandbox = await createSandbox({ contacts: count })
  let served = 0
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const response = await sandbox.fetch(input, init)
    const body = response.headers.get("content-type")?.includes("json") ? await response.clone().json().catch(() => undefined) : undefined
    for (const key of ["completedContacts", "messages", "data"]) if (Array.isArray(body?.[key])) served += body[key].length
    return response
  }) as typeof globalThis.fetch
  const setup = await sandboxClient({ sandbox, fetch })
  return { ...setup, consumed: () => served }
}

// A completed contact without contactId is rejected on its own; its page and the stream go on.
testSource(
  "messages",
  async ({ count, bad }) => {
    const { client, state, consumed } = await tenant(count)
    const ids = messageIds(state.data)
    if (bad) {
      const { contactId: _, ...noId } = state.data.completed.find((c) => c.mediaTypeName === "Chat")!
      state.data.completed.splice(Math.floor(count / 2), 0, noId as CompletedContact)
    }
    return { source: createMessagesSource(client, window()), ids, bad: bad ? 1 : 0, consumed }
  },
  { bad: true, large: 2_000 },
)
