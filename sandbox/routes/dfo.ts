import { Hono } from "hono"
import { dfoError, type SandboxCore, type SandboxEnv } from "../context.ts"
import { guard } from "../guard.ts"

const REASONS = new Set(["GDPR", "TTL", "other"])
const dfoShape = (status: number, error: string, description: string) => dfoError(status, description, error)

/** An opaque cursor, as a DFO list answers: the contact and the offset of the next page. */
const scrollTokenOf = (contactNumber: string, offset: number) => btoa(`${contactNumber}:${offset}`)
function offsetOf(token: string, contactNumber: string): number | undefined {
  let decoded = ""
  try {
    decoded = atob(token)
  } catch {
    return undefined
  }
  const [owner, offset] = decoded.split(":")
  return owner === contactNumber && /^\d+$/.test(offset ?? "") ? Number(offset) : undefined
}

/** DFO 3.0: transcripts, message history and message redaction. */
export function dfoRoutes(core: SandboxCore) {
  const app = new Hono<SandboxEnv>()
  app.use("*", guard(core, { permission: "dfo", audience: "cxone", error: dfoShape }))

  app.post("/contacts/:contactNumber/transcript", async (c) => {
    const tenant = c.get("tenant")
    const contactNumber = c.req.param("contactNumber")
    if (!tenant.data.records.has(contactNumber)) return dfoError(404, "Contact not found", "CONTACT_NOT_FOUND")
    const body = await c.req.json().catch(() => undefined)
    const recipients = Array.isArray(body?.recipients) ? body.recipients : undefined
    if (!recipients?.length || !recipients.every((r: any) => typeof r?.idOnExternalPlatform === "string" && r.idOnExternalPlatform)) {
      return dfoError(400, "recipients[].idOnExternalPlatform is required", "INVALID_REQUEST", "recipients")
    }
    tenant.transcripts.push({ contactNumber, recipients: recipients.map((r: any) => r.idOnExternalPlatform), at: new Date(core.now()).toISOString() })
    c.set("wrote", true)
    return c.body(null, tenant.faults.transcriptStatus)
  })

  // GUESS: the public SDK calls /contacts/{id}/history?page&size; its response shape is not published.
  // The `dfoHistoryShape` knob serves either guess, so a client is tried against both.
  app.get("/contacts/:contactNumber/history", (c) => {
    const tenant = c.get("tenant")
    const f = tenant.faults
    const contactNumber = c.req.param("contactNumber")
    if (!tenant.data.records.has(contactNumber)) return dfoError(404, "Contact not found", "CONTACT_NOT_FOUND")
    if (f.dfoHistoryFailFor.includes(contactNumber)) return dfoError(f.dfoHistoryFailStatus, "History unavailable", "HISTORY_UNAVAILABLE")
    const size = Math.min(100, Math.max(1, Number(c.req.query("size") ?? 50) || 50))
    const all = [...tenant.data.messages.values()].filter((m) => m.contactNumber === contactNumber)
    const text = (m: (typeof all)[number]) => (f.dfoHistoryText ? { authorName: m.authorName, messageContent: { type: "TEXT", text: m.content } } : {})
    const view = (from: number) => all.slice(from, from + size).map((m) => ({ id: m.id, direction: m.direction, createdAt: m.createdAt, ...text(m) }))
    if (f.dfoHistoryShape === "data") {
      const token = c.req.query("scrollToken")
      const offset = token === undefined ? 0 : offsetOf(token, contactNumber)
      if (offset === undefined) return dfoError(400, "Invalid scrollToken", "INVALID_SCROLL_TOKEN", "scrollToken")
      // Stuck: every answer starts over and hands back the first cursor.
      const from = f.dfoHistoryStuck ? 0 : offset
      const next = from + size
      return c.json({ data: view(from), hits: all.length, ...(next < all.length ? { scrollToken: scrollTokenOf(contactNumber, f.dfoHistoryStuck ? size : next) } : {}) })
    }
    const page = f.dfoHistoryStuck ? 1 : Math.max(1, Number(c.req.query("page") ?? 1) || 1)
    return c.json({ messages: view((page - 1) * size), page, size, total: all.length })
  })

  app.get("/messages/:messageId", (c) => {
    const message = c.get("tenant").data.messages.get(c.req.param("messageId"))
    if (!message) return dfoError(404, "Message not found", "MESSAGE_NOT_FOUND")
    return c.json(message)
  })

  for (const kind of ["content-removal", "author-name-removal"] as const) {
    app.post(`/messages/:messageId/${kind}`, async (c) => {
      const message = c.get("tenant").data.messages.get(c.req.param("messageId"))
      if (!message) return dfoError(404, "Message not found", "MESSAGE_NOT_FOUND")
      const body = await c.req.json().catch(() => undefined)
      if (!REASONS.has(body?.reason)) return dfoError(400, "reason must be GDPR, TTL or other", "INVALID_REQUEST", "reason")
      const stamp = { reason: body.reason, at: new Date(core.now()).toISOString() }
      if (kind === "content-removal") {
        if (message.contentRemoval) return dfoError(409, "Content already removed", "ALREADY_REMOVED")
        message.content = null
        message.contentRemoval = stamp
      } else {
        if (message.authorNameRemoval) return dfoError(409, "Author name already removed", "ALREADY_REMOVED")
        message.authorName = null
        message.authorNameRemoval = stamp
      }
      c.set("wrote", true)
      return c.body(null, 201)
    })
  }
  return app
}
