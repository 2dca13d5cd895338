import { Hono } from "hono"
import type { SandboxCore, SandboxEnv } from "../context.ts"
import type { RecordContact } from "../data.ts"
import { guard } from "../guard.ts"
import type { Tenant } from "../state.ts"
import { jsonWithIds } from "../wire.ts"
import { clientAuth } from "./global.ts"

/** Field limits of the seed contract's data store. */
export const FIELD_LIMITS: Record<string, number> = { firstName: 255, lastName: 255, email: 255, phone: 50, customFields: 10240, notes: 10240, channel: 32 }
const WRITABLE = new Set(Object.keys(FIELD_LIMITS))

const recordsError = (status: number, error: string, description: string) => Response.json({ error, message: description }, { status })
const etagOf = (r: RecordContact) => `"${r.id}-v${r.version}"`
const RECORD_ID = new Set(["id"])
/**
 * A records-API body. With faults.bigIds the record `id` goes out as a bare
 * JSON number (a 64-bit integer, as CXone sends its ids); otherwise as the
 * string the seed contract shows.
 */
const reply = (tenant: Tenant, body: unknown, headers: Record<string, string> = {}) =>
  tenant.faults.bigIds ? jsonWithIds(body, 200, headers, RECORD_ID) : Response.json(body, { headers })
/** The ETag header, unless the tenant is told to serve records without one (faults.recordsEtag false). */
const etagHeader = (tenant: Tenant, r: RecordContact): Record<string, string> => (tenant.faults.recordsEtag ? { etag: etagOf(r) } : {})
const view = (r: RecordContact) => ({ id: r.id, ...r.fields })

/** Why a PATCH body cannot be applied (unknown field, wrong type, over its limit), as the 400 response; undefined when it can. */
function refusePatch(patch: object): Response | undefined {
  for (const [field, value] of Object.entries(patch)) {
    if (!WRITABLE.has(field)) return Response.json({ error: "unknown_field", field }, { status: 400 })
    if (value === null) continue
    if (field === "customFields") {
      const ok = Array.isArray(value) && value.every((f) => f && typeof f.name === "string" && (typeof f.value === "string" || f.value === null))
      if (!ok) return Response.json({ error: "invalid_type", field }, { status: 400 })
      if (JSON.stringify(value).length > FIELD_LIMITS.customFields!) return Response.json({ error: "field_too_long", field, limit: FIELD_LIMITS.customFields }, { status: 400 })
    } else if (typeof value !== "string") {
      return Response.json({ error: "invalid_type", field }, { status: 400 })
    } else if (value.length > FIELD_LIMITS[field]!) {
      return Response.json({ error: "field_too_long", field, limit: FIELD_LIMITS[field] }, { status: 400 })
    }
  }
  return undefined
}

/**
 * The seed tutorial's records API: client_credentials tokens with scopes,
 * pageToken paging, and PATCH with ETag / If-Match (412 on a stale tag,
 * `null` deletes a field, limits enforced with 400).
 */
export function recordsRoutes(core: SandboxCore) {
  const app = new Hono<SandboxEnv>()

  app.post("/v2/oauth/token", async (c) => {
    const form = new URLSearchParams(await c.req.text())
    const client = clientAuth(c.req.header("authorization"), form)
    const tenant = client && core.tenants.find((t) => t.recordsClients.some((k) => k.id === client.id && k.secret === client.secret))
    const registered = tenant?.recordsClients.find((k) => k.id === client!.id)
    if (!tenant || !registered) return Response.json({ error: "invalid_client", error_description: "client authentication failed" }, { status: 401 })
    if (form.get("grant_type") !== "client_credentials") return Response.json({ error: "unsupported_grant_type", error_description: "only client_credentials" }, { status: 400 })
    const requested = (form.get("scope") ?? registered.scopes.join(" ")).split(/\s+/).filter(Boolean)
    if (!requested.every((s) => registered.scopes.includes(s))) return Response.json({ error: "invalid_scope", error_description: "scope not granted" }, { status: 400 })
    const iat = Math.floor(core.now() / 1000)
    const life = tenant.faults.tokenLifetimeSec
    tenant.stats.tokens++
    tenant.stats.byGrant.client_credentials = (tenant.stats.byGrant.client_credentials ?? 0) + 1
    const token = await core.signer.sign({ typ: "records", tenantId: tenant.id, sub: `client:${registered.id}`, scope: requested.join(" "), iat, exp: iat + life, jti: crypto.randomUUID() })
    return c.json({ access_token: token, token_type: "Bearer", expires_in: life, scope: requested.join(" ") })
  })

  const authed = guard(core, { permission: null, audience: "records", error: recordsError })
  const scope = (needed: string) => (claims: Record<string, unknown>) => String(claims.scope ?? "").split(" ").includes(needed)
  const canRead = scope("contact:read")
  const canWrite = scope("contact:write")

  app.get("/v1/contacts", authed, (c) => {
    if (!canRead(c.get("claims"))) return recordsError(403, "insufficient_scope", "contact:read is required")
    const all = [...c.get("tenant").data.records.values()]
    const size = Math.min(500, Math.max(1, Number(c.req.query("pageSize") ?? 100) || 100))
    const offset = c.req.query("pageToken") ? Number(atob(c.req.query("pageToken")!)) : 0
    if (!Number.isInteger(offset) || offset < 0) return recordsError(400, "invalid_page_token", "pageToken is not valid")
    const page = all.slice(offset, offset + size)
    const next = offset + size < all.length ? btoa(String(offset + size)) : undefined
    // List items carry `_etag`, the value a single GET returns in its ETag header, so a
    // client can PATCH with If-Match without reading each record again.
    const tenant = c.get("tenant")
    const tagged = tenant.faults.recordsEtag
    return reply(tenant, { contacts: page.map((r) => ({ ...view(r), ...(tagged ? { _etag: etagOf(r) } : {}) })), ...(next ? { pageToken: next } : {}) })
  })

  app.get("/v1/contacts/:id", authed, (c) => {
    if (!canRead(c.get("claims"))) return recordsError(403, "insufficient_scope", "contact:read is required")
    const tenant = c.get("tenant")
    const record = tenant.data.records.get(c.req.param("id"))
    if (!record) return recordsError(404, "not_found", "contact not found")
    return reply(tenant, view(record), etagHeader(tenant, record))
  })

  app.patch("/v1/contacts/:id", authed, async (c) => {
    if (!canWrite(c.get("claims"))) return recordsError(403, "insufficient_scope", "contact:write is required")
    const tenant = c.get("tenant")
    const record = tenant.data.records.get(c.req.param("id"))
    if (!record) return recordsError(404, "not_found", "contact not found")
    const ifMatch = c.req.header("if-match")
    if (!ifMatch) return recordsError(428, "precondition_required", "If-Match is required")
    // Without ETags no tag can match: only the unconditional "*" gets through.
    if (ifMatch !== "*" && (!tenant.faults.recordsEtag || ifMatch !== etagOf(record))) return recordsError(412, "precondition_failed", "the contact changed since it was read")
    const patch = await c.req.json().catch(() => undefined)
    if (!patch || typeof patch !== "object" || Array.isArray(patch)) return recordsError(400, "invalid_body", "body must be a JSON object")
    const refused = refusePatch(patch)
    if (refused) return refused
    for (const [field, value] of Object.entries(patch)) {
      if (value === null) delete record.fields[field]
      else record.fields[field] = value
    }
    record.version++
    record.writes++
    record.fields.updatedAt = new Date(core.now()).toISOString()
    c.set("wrote", true)
    return reply(tenant, view(record), etagHeader(tenant, record))
  })
  return app
}
