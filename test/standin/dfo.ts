import type { IncomingMessage } from "node:http"
import { bearerValid } from "./auth.ts"
import type { Reply } from "./http.ts"
import type { StandinState } from "./state.ts"

/**
 * The DFO host (cxone-api.md §3: `api-de-{area}.{domain}`, a host of its own here, so a client must be told it):
 * `/dfo/3.0/contacts/{n}/transcript`, `/contacts/{n}/history`, `/messages/{id}`, `/messages/{id}/content-removal`
 * and `/author-name-removal` (§4.3, §5). Errors are `{errors:[...], uid}`.
 *
 * Variants picked: the transcript answers 202 with no body (the sheet allows 201 or 202); history (shape not published)
 * is `{data, hits}` paged by `page` from 1 and `size`, with `size` capped at 10.
 */
const HISTORY_CAP = 10

const dfoError = (status: number, message: string, errorCode?: string): Reply => ({ status, body: { errors: [{ message, ...(errorCode ? { errorCode } : {}) }], uid: crypto.randomUUID() } })

export function dfoHandler(state: StandinState) {
  return (req: IncomingMessage, url: URL, raw: string): Reply => {
    if (!bearerValid(state.auth, req.headers.authorization)) return dfoError(401, "Unauthorized", "UNAUTHORIZED")
    const path = url.pathname
    let m = /^\/dfo\/3\.0\/contacts\/(\d+)\/transcript$/.exec(path)
    if (m && req.method === "POST") return transcript(state, m[1]!, req, raw)
    m = /^\/dfo\/3\.0\/contacts\/(\d+)\/history$/.exec(path)
    if (m && req.method === "GET") return history(state, m[1]!, url.searchParams)
    m = /^\/dfo\/3\.0\/messages\/([\w-]+)$/.exec(path)
    if (m && req.method === "GET") {
      const msg = state.messages.find((x) => x.id === m![1])
      return msg ? { status: 200, body: view(msg) } : dfoError(404, "Message not found", "NOT_FOUND")
    }
    m = /^\/dfo\/3\.0\/messages\/([\w-]+)\/(content-removal|author-name-removal)$/.exec(path)
    if (m && req.method === "POST") return removal(state, m[1]!, m[2]!, raw)
    return dfoError(404, `no route ${path}`, "NOT_FOUND")
  }
}

const view = (msg: StandinState["messages"][number]) => ({
  id: msg.id,
  contactNumber: msg.contactNumber,
  authorNameRemoved: !!msg.authorRemoved,
  authorEndUserIdentity: msg.authorName === null ? null : { fullName: msg.authorName },
  messageContent: { type: "TEXT", text: msg.text },
  contentRemoved: !!msg.contentRemoved,
  createdAt: "2026-11-20T10:00:00.000Z",
})

function history(state: StandinState, contactNumber: string, q: URLSearchParams): Reply {
  if (!state.contacts.some((c) => String(c.contactId) === contactNumber)) return dfoError(404, "Contact not found", "NOT_FOUND")
  const all = state.messages.filter((x) => x.contactNumber === contactNumber)
  const page = Math.max(1, Number(q.get("page") ?? 1) || 1)
  const size = Math.min(HISTORY_CAP, Math.max(1, Number(q.get("size") ?? HISTORY_CAP) || HISTORY_CAP))
  return { status: 200, body: { data: all.slice((page - 1) * size, page * size).map(view), hits: all.length } }
}

function removal(state: StandinState, id: string, kind: string, raw: string): Reply {
  const msg = state.messages.find((x) => x.id === id)
  if (!msg) return dfoError(404, "Message not found", "NOT_FOUND")
  let reason: unknown
  try {
    reason = JSON.parse(raw).reason
  } catch {}
  if (reason !== "GDPR" && reason !== "TTL" && reason !== "other") return dfoError(400, "reason must be GDPR, TTL or other", "INVALID_REASON")
  if (kind === "content-removal") {
    if (msg.contentRemoved) return dfoError(409, "Content already removed", "ALREADY_REMOVED")
    msg.contentRemoved = 1
    msg.text = ""
  } else {
    if (msg.authorRemoved) return dfoError(409, "Author name already removed", "ALREADY_REMOVED")
    msg.authorRemoved = 1
    msg.authorName = null
  }
  return { status: 201 }
}

function transcript(state: StandinState, contactNumber: string, req: IncomingMessage, raw: string): Reply {
  if (!String(req.headers["content-type"] ?? "").includes("application/json")) return dfoError(400, "Content-Type must be application/json", "INVALID_CONTENT_TYPE")
  if (!state.contacts.some((c) => String(c.contactId) === contactNumber && c.mediaTypeName === "Chat")) return dfoError(404, "Contact not found", "NOT_FOUND")
  let recipients: unknown
  try {
    recipients = JSON.parse(raw).recipients
  } catch {}
  if (!Array.isArray(recipients) || recipients.length === 0) return dfoError(400, "recipients is required", "INVALID_RECIPIENTS")
  const to: string[] = []
  for (const r of recipients) {
    const id = r && typeof r === "object" ? (r as { idOnExternalPlatform?: unknown }).idOnExternalPlatform : undefined
    if (typeof id !== "string" || !id.includes("@")) return dfoError(400, "recipients[].idOnExternalPlatform must be an email address", "INVALID_RECIPIENTS")
    to.push(id)
  }
  state.transcripts.push({ contactNumber, recipients: to })
  return { status: 202 }
}
