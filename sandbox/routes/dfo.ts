import { Hono } from "hono"
import { dfoError, type SandboxCore, type SandboxEnv } from "../context.ts"
import { guard } from "../guard.ts"

const REASONS = new Set(["GDPR", "TTL", "other"])
const dfoShape = (status: number, error: string, description: string) => dfoError(status, description, error)

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
  app.get("/contacts/:contactNumber/history", (c) => {
    const tenant = c.get("tenant")
    const contactNumber = c.req.param("contactNumber")
    if (!tenant.data.records.has(contactNumber)) return dfoError(404, "Contact not found", "CONTACT_NOT_FOUND")
    const page = Math.max(1, Number(c.req.query("page") ?? 1) || 1)
    const size = Math.min(100, Math.max(1, Number(c.req.query("size") ?? 50) || 50))
    const all = [...tenant.data.messages.values()].filter((m) => m.contactNumber === contactNumber)
    return c.json({ messages: all.slice((page - 1) * size, page * size).map((m) => ({ id: m.id, direction: m.direction, createdAt: m.createdAt })), page, size, total: all.length })
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
