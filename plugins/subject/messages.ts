import { CxedgeError, dfoMessageAuthor, type Runtime } from "../../core/index.ts"
import { dfoHistory, dfoMessage } from "./operations.ts"
import type { SubjectSettings } from "./settings.ts"

/** One DFO message as the export shows it. */
export interface ExportedMessage {
  contactId: string
  messageId: string
  direction?: unknown
  createdAt?: unknown
  authorName?: unknown
  /** null when its content was removed. */
  text: string | null
}

const textOf = (m: Record<string, unknown>): string | null | undefined => {
  const content = m.messageContent as { text?: unknown; payload?: { text?: unknown } } | undefined
  for (const t of [content?.text, content?.payload?.text, m.content, m.text]) if (typeof t === "string" || t === null) return t
  return undefined
}

const unreadable = (contactNumber: string, what: string) =>
  new CxedgeError("E_GATHER", "subject", `the DFO message history of contact ${contactNumber} ${what}: nothing was written; check settings.subject (historyPageSize, historyMaxPages) and try again`)

/**
 * Every message of one DFO contact, all pages (`messages` or `data`, paged
 * by `scrollToken` when an answer carries one, else by `page`), each with its
 * text: from the history item, else `GET /messages/{id}`. An answer it cannot
 * read is an error, never taken for "no messages": an access export that
 * silently missed messages would tell the person less than is held.
 */
export async function contactMessages(rt: Runtime, contactId: string, contactNumber: string, settings: SubjectSettings): Promise<ExportedMessage[]> {
  const items: Record<string, unknown>[] = []
  let page = 1
  let scrollToken: string | undefined
  const tokens = new Set<string>()
  const seen = new Set<string>()
  for (let n = 0; ; n++) {
    if (n >= settings.historyMaxPages) throw unreadable(contactNumber, `has more than ${settings.historyMaxPages} pages`)
    const body = await rt.client.call(dfoHistory, { contactNumber, size: settings.historyPageSize, ...(scrollToken ? { scrollToken } : { page }) })
    const list = [body.messages, body.data].filter(Array.isArray)
    if (list.length !== 1) throw unreadable(contactNumber, "has no single list of messages (data or messages) in its answer")
    const got = list[0] as Record<string, unknown>[]
    items.push(...got)
    const total = typeof body.hits === "number" ? body.hits : typeof body.total === "number" ? body.total : undefined
    // An empty page ends the history, cursor or not: a cursor API may hand out a token with its last page too.
    if (got.length === 0) break
    if (typeof body.scrollToken === "string" && body.scrollToken) {
      if (tokens.has(body.scrollToken)) throw unreadable(contactNumber, "does not advance (a scrollToken came back)")
      tokens.add(body.scrollToken)
      scrollToken = body.scrollToken
      continue
    }
    // A cursor-paged history ends with the first answer that carries no cursor; a paged one at its count.
    if (scrollToken || (total !== undefined && items.length >= total)) break
    // Without a count, a short page may be the server's own size cap: read on until an empty page. A server that
    // ignores the page parameter answers the same messages again: it sent the whole history on the first page, read
    // in full before paging was read on (review); a message seen before is never kept twice.
    const fresh = got.filter((m) => !seen.has(String(m.id)))
    items.splice(items.length - got.length, got.length, ...fresh)
    if (!fresh.length) break
    for (const m of got) seen.add(String(m.id))
    page++
  }
  const out: ExportedMessage[] = []
  for (const item of items) {
    if (typeof item.id !== "string" && typeof item.id !== "number") throw unreadable(contactNumber, "lists a message without an id")
    const messageId = String(item.id)
    let full = item
    let text = textOf(item)
    if (text === undefined) {
      full = { ...item, ...(await rt.client.call(dfoMessage, { messageId })) }
      text = textOf(full) ?? null
    }
    out.push({ contactId, messageId, direction: full.direction, createdAt: full.createdAt, authorName: dfoMessageAuthor(full) ?? null, text })
  }
  return out
}
