import { Hono } from "hono"
import type { SandboxCore, SandboxEnv } from "../context.ts"
import { guard } from "../guard.ts"

const privacyError = (status: number, error: string, description: string) =>
  status === 401
    ? Response.json({ message: description }, { status })
    : Response.json({ code: error, details: description, entityType: "ERASURE", errors: [], hostName: "sandbox" }, { status })

const digits = (s: string) => s.replace(/\D/g, "")

/** Privacy API: `POST /privacy/v1/erasure` returns a request id and (in the sandbox) erases at once. */
export function privacyRoutes(core: SandboxCore) {
  const app = new Hono<SandboxEnv>()
  app.post("/erasure", guard(core, { permission: "privacy", audience: "cxone", error: privacyError }), async (c) => {
    const tenant = c.get("tenant")
    const body = await c.req.json().catch(() => undefined)
    const type = body?.subjectIdentifierType
    const subject = body?.subjectIdentifier
    if (typeof subject !== "string" || !subject || !["PHONENO", "EMAIL", "USER"].includes(type)) {
      return privacyError(400, "INVALID_REQUEST", "subjectIdentifier and subjectIdentifierType (PHONENO, EMAIL, USER) are required")
    }
    if (body.tenantId !== undefined && body.tenantId !== tenant.id) return privacyError(403, "FORBIDDEN", "tenantId does not match the token")
    const requestId = crypto.randomUUID()
    tenant.erasures.push({ requestId, subjectIdentifier: subject, subjectIdentifierType: type, receivedAt: new Date(core.now()).toISOString() })
    const match = (value: string) =>
      type === "EMAIL" ? value.toLowerCase() === subject.toLowerCase() : type === "PHONENO" && digits(value) !== "" && digits(value) === digits(subject)
    for (const contact of tenant.data.completed) {
      if (match(contact.fromAddress)) {
        contact.firstName = ""
        contact.lastName = ""
        contact.fromAddress = "[erased]"
        contact.dispositionNotes = ""
        contact.lastUpdateTime = new Date(core.now()).toISOString()
      }
    }
    c.set("wrote", true)
    return c.json({ requestId })
  })
  return app
}
