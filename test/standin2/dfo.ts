// DFO 3.0 routes (own host) and the Privacy API (own host) of the second stand-in (cxone-api.md 4.3, 5).
import { type Message, type State, offsetDate } from "./state"

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json; charset=utf-8" } })
const dfoError = (status: number, message: string, errorCode = "Error") =>
  json({ errors: [{ message, errorCode }], uid: crypto.randomUUID() }, status)

const tokenFor = (offset: number) => Buffer.from(`${offset}:${crypto.randomUUID()}`).toString("base64url")
const offsetOf = (token: string) => Number(Buffer.from(token, "base64url").toString("utf8").split(":")[0])

function historyItem(m: Message) {
  const inbound = m.direction === "inbound"
  return {
    id: m.id,
    idOnExternalPlatform: `ext-${m.id}`,
    direction: m.direction,
    createdAt: offsetDate(m.createdMs),
    // the text is not in the history item: read GET /messages/{id}
    messageContent: { type: "TEXT" },
    authorEndUserIdentity: inbound ? { id: `ident-${m.contactNumber}`, fullName: m.authorRemoved ? null : m.authorName } : null,
    authorUser: inbound ? null : { id: 30411, firstName: "Agent", surname: "Smithers" },
    isRead: true,
    sentStatus: "delivered",
  }
}

function history(state: State, url: URL, n: string): Response {
  const all = state.messages.filter((m) => m.contactNumber === n)
  if (!state.contacts.some((c) => c.contactId === n)) return dfoError(404, `contact ${n} not found`, "ContactNotFound")
  const scroll = url.searchParams.get("scrollToken")
  const start = scroll ? offsetOf(scroll) : 0
  if (!Number.isFinite(start)) return dfoError(400, "bad scrollToken", "InvalidScrollToken")
  const size = Math.min(Number(url.searchParams.get("size") ?? 25) || 25, state.knobs.historyPageMax)
  const page = all.slice(start, start + size)
  // cursor paging: every answer carries a fresh scrollToken, the last one too; the end is an empty page
  return json({ data: page.map(historyItem), hits: all.length, scrollToken: tokenFor(start + page.length) })
}

function message(state: State, id: string): Response {
  const m = state.messages.find((x) => x.id === id)
  if (!m) return dfoError(404, "message not found", "MessageNotFound")
  return json({
    ...historyItem(m),
    messageContent: { type: "TEXT", payload: { text: m.contentRemoved ? null : m.text, elements: [] } },
    contactNumber: m.contactNumber,
  })
}

async function removal(state: State, req: Request, id: string, kind: string): Promise<Response> {
  const m = state.messages.find((x) => x.id === id)
  if (!m) return dfoError(404, "message not found", "MessageNotFound")
  const body = (await req.json().catch(() => null)) as { reason?: string } | null
  if (!body || !["GDPR", "TTL", "other"].includes(body.reason ?? "")) return dfoError(400, "reason must be GDPR, TTL or other", "InvalidReason")
  const done = kind === "content-removal" ? m.contentRemoved : m.authorRemoved
  if (done) return dfoError(409, "already removed", "AlreadyRemoved")
  if (kind === "content-removal") m.contentRemoved = true
  else m.authorRemoved = true
  state.removals.push({ messageId: id, kind, reason: body.reason! })
  return new Response(null, { status: 201 })
}

async function transcript(state: State, req: Request, n: string): Promise<Response> {
  if (!state.contacts.some((c) => c.contactId === n)) return dfoError(404, `contact ${n} not found`, "ContactNotFound")
  const body = (await req.json().catch(() => null)) as { recipients?: { idOnExternalPlatform?: string }[] } | null
  const r = body?.recipients
  if (!Array.isArray(r) || !r.length || r.some((x) => typeof x?.idOnExternalPlatform !== "string"))
    return dfoError(400, "recipients[].idOnExternalPlatform is required", "InvalidRecipients")
  state.transcripts.push({ contactNumber: n, recipients: r })
  const status = state.knobs.transcriptStatus
  return status === 204 ? new Response(null, { status }) : json({ status: "Accepted", transcriptId: crypto.randomUUID() }, status)
}

export async function dfo(state: State, req: Request, url: URL): Promise<Response | null> {
  const p = url.pathname.replace(/\/+$/, "")
  if (!p.startsWith("/dfo/3.0/")) return null
  let m: RegExpExecArray | null
  if (req.method === "GET" && (m = /^\/dfo\/3\.0\/contacts\/(\d+)\/history$/.exec(p))) return history(state, url, m[1]!)
  if (req.method === "GET" && (m = /^\/dfo\/3\.0\/messages\/([^/]+)$/.exec(p))) return message(state, decodeURIComponent(m[1]!))
  if (req.method === "POST" && (m = /^\/dfo\/3\.0\/messages\/([^/]+)\/(content-removal|author-name-removal)$/.exec(p)))
    return removal(state, req, decodeURIComponent(m[1]!), m[2]!)
  if (req.method === "POST" && (m = /^\/dfo\/3\.0\/contacts\/(\d+)\/transcript$/.exec(p))) return transcript(state, req, m[1]!)
  if (req.method === "GET" && p === "/dfo/3.0/contacts") return json({ data: [], hits: 0, scrollToken: tokenFor(0) })
  return dfoError(404, `no route ${req.method} ${p}`, "NotFound")
}

const digits = (s: string) => s.replace(/\D/g, "")
const erase = (c: { erased: boolean; updates: number }) => {
  if (!c.erased) c.updates++
  c.erased = true
}

export async function privacy(state: State, req: Request, url: URL): Promise<Response | null> {
  if (url.pathname.replace(/\/+$/, "") !== "/privacy/v1/erasure") return null
  if (req.method !== "POST") return json({ code: "405", details: "method not allowed" }, 405)
  const body = (await req.json().catch(() => null)) as { subjectIdentifier?: string; subjectIdentifierType?: string } | null
  const bad = (details: string) => json({ code: "400", details, entityType: "ErasureRequest", errors: [details], hostName: "privacy-s2" }, 400)
  if (!body || typeof body.subjectIdentifier !== "string" || !body.subjectIdentifier) return bad("subjectIdentifier is required")
  const type = body.subjectIdentifierType
  if (type !== "PHONENO" && type !== "EMAIL" && type !== "USER") return bad("subjectIdentifierType must be PHONENO, EMAIL or USER")
  const requestId = crypto.randomUUID()
  state.erasures.push({ requestId, subjectIdentifier: body.subjectIdentifier, subjectIdentifierType: type })
  for (const c of state.contacts) {
    if (type === "EMAIL" && c.fromAddress.toLowerCase() === body.subjectIdentifier.toLowerCase()) erase(c)
    if (type === "PHONENO" && /\d/.test(c.fromAddress) && !c.fromAddress.includes("@")) {
      const a = digits(c.fromAddress)
      const b = digits(body.subjectIdentifier)
      if (a.length >= 7 && (b.endsWith(a) || a.endsWith(b))) erase(c)
    }
  }
  return json({ requestId, receivedAt: offsetDate(Date.now()) })
}
