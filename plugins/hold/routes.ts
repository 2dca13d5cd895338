import type { Context, Hono } from "hono"
import * as v from "valibot"
import { bodyOnly, CxedgeError, documentRoute, ValidationError, jsonInput, noBody, queryInput, spacedValue, type Runtime } from "../../core/index.ts"
import { holdRow } from "./rows.ts"
import { BODY_NAMES, HOLD_ID, HOLD_ID_RULE, parseHold, REASON_MAX } from "./input.ts"
import { HTTP_RETRY, type Hold, type HoldStore } from "./store.ts"

const Body = v.strictObject({
  subjectEmail: v.optional(v.string("must be a string")),
  subjectPhone: v.optional(v.string("must be a string")),
  contactId: v.optional(v.string("must be a string")),
  reason: v.pipe(v.string("must be a string"), v.maxLength(REASON_MAX, `must be at most ${REASON_MAX} characters`)),
  until: v.optional(v.string("must be a string: an ISO 8601 date or date-time with a zone")),
})
const Row = v.object({
  id: v.string(), kind: v.picklist(["email", "phone", "contact"]), subject: v.pipe(v.string(), v.description("the subject token's prefix, or `contact <id>`")),
  reason: v.string(), created: v.string(), until: v.string(), state: v.picklist(["active", "expired", "released"]), released: v.string(),
})

const message = (error: unknown) => (error as Error).message.replace(/^\[cxedge\] \[[^\]]+\] /, "")

/** A refusal the store or the input check raised, as an answer: nothing was stored (but for `audit_missing`). */
function refusal(c: Context, rt: Runtime, error: unknown, notFound = false) {
  if (!(error instanceof CxedgeError)) throw error
  // Done, its audit record missing: the same request again writes the record and does nothing twice.
  if (error.code === "E_AUDIT_MISSING") return c.json({ error: "audit_missing", message: message(error), done: holdRow((error as CxedgeError & { done: Hold }).done, rt.clock.now()) }, 500)
  if (error.code === "E_CONFIG") return c.json({ error: "hold_unavailable", message: message(error) }, 503)
  if (error.code === "E_AUDIT_UNAVAILABLE") return c.json({ error: "audit_unavailable", message: message(error) }, 503)
  // A contact hold reads the contact first: unknown on the tenant, or the tenant unreadable, and nothing is held.
  // The same subject or contact held for the same reason past the end asked: one hold per matter.
  if (error instanceof ValidationError && error.path === "existing") return c.json({ error: "hold_exists", message: message(error) }, 409)
  if (!notFound && error instanceof ValidationError && error.path === "contact") return c.json({ error: "contact_not_found", message: message(error) }, 422)
  if (!(error instanceof ValidationError)) return c.json({ error: "tenant_unreadable", message: `the contact could not be read from the tenant, so nothing was held: ${message(error)}` }, 502)
  if (notFound && message(error).startsWith("no hold")) return c.json({ error: "not_found", message: message(error) }, 404)
  if (notFound) return c.json({ error: "already_released", message: message(error) }, 409)
  return c.json({ error: "invalid_body", message: message(error) }, 400)
}

/** `POST /v1/holds`, `GET /v1/holds`, `POST /v1/holds/:id/release`, behind the admin token like every `/v1/` route. */
export function holdRoutes(app: Hono<any>, rt: Runtime, store: HoldStore): void {
  app.post(
    "/v1/holds",
    documentRoute({
      summary: "Put a subject (email or phone, stored as a keyed token) or one contact on legal hold",
      description: "Exactly one of subjectEmail, subjectPhone, contactId; reason required (never in the audit log); until an ISO date in the future. A contact is read first and its subjects (email, phone) are held too, as keyed tokens: CXone's erasure reaches every contact of a subject.",
      responses: { 201: { description: "the hold", schema: Row },
        200: { description: "an active hold on this subject or contact for the same reason and end: that hold, `existing: true`; nothing added. The same request again after an audit_missing 500, the hold released since: that hold, released, `releasedSince: true` (the next request adds a new one)", schema: v.object({ ...Row.entries, existing: v.literal(true), releasedSince: v.optional(v.literal(true)) }) },
        409: "an active hold on this subject or contact for the same reason ends later than asked: release it when the matter ends (a later end, or none, is a new hold beside it: release the shorter one after)",
        400: "invalid body: no or several selectors, no reason (or one holding personal data), a date not in the future",
        422: "contactId names a contact neither the records API nor ACD knows: nothing held",
        502: "the contact could not be read from the tenant: nothing held (retry)",
        503: "a subject hold (or a contact naming a subject) without CXEDGE_HMAC_KEYS",
        500: "audit_missing: the hold was added (`done`), but its audit record could not be written; the same request again writes it and adds nothing",
      },
    }),
    bodyOnly(Body),
    jsonInput(Body, "{subjectEmail | subjectPhone | contactId, reason, until?}"),
    async (c) => {
      const body = c.req.valid("json")
      try {
        const input = parseHold({ email: body.subjectEmail, phone: body.subjectPhone, contact: body.contactId, reason: body.reason, until: body.until }, BODY_NAMES, rt.clock.now())
        const hold = await store.add(input, HTTP_RETRY, BODY_NAMES.reason)
        if (hold.existing) return c.json({ ...holdRow(hold, rt.clock.now()), existing: true, ...(hold.releasedSince ? { releasedSince: true } : {}) }, 200)
        return c.json(holdRow(hold, rt.clock.now()), 201)
      } catch (error) {
        return refusal(c, rt, error)
      }
    },
  )
  app.get(
    "/v1/holds",
    documentRoute({ summary: "Every hold, active, expired or released", responses: { 200: { description: "the holds, oldest first", schema: v.object({ holds: v.array(Row) }) } } }),
    queryInput(),
    async (c) => c.json({ holds: (await store.list()).map((h) => holdRow(h, rt.clock.now())) }, 200),
  )
  app.post(
    "/v1/holds/:id/release",
    documentRoute({
      summary: "Release a hold: its contacts are written again by the next job",
      responses: {
        200: { description: "the released hold (also to a retry of a release whose audit record was missing: the record is written now)", schema: Row },
        400: "a body (nothing is sent with a release), or an id that is no hold id", 404: "no hold with this id", 409: "the hold was already released",
        500: "audit_missing: released (`done`), but its audit record could not be written; the same request again writes it",
        503: "audit_unavailable: not released, the audit record of the hold's adding could not be written first; the same request again writes it and releases",
      },
    }),
    queryInput(),
    noBody("the hold is named by the path (/v1/holds/ID/release), and a release records no reason"),
    async (c) => {
      const id = c.req.param("id")
      const spaced = spacedValue("the id in the path", id)
      if (spaced) return c.json({ error: "invalid_request", message: spaced }, 400)
      if (!HOLD_ID.test(id)) return c.json({ error: "invalid_request", message: `the id in the path ${HOLD_ID_RULE}; see them with GET /v1/holds` }, 400)
      try {
        return c.json(holdRow(await store.release(id, "GET /v1/holds", HTTP_RETRY), rt.clock.now()), 200)
      } catch (error) {
        return refusal(c, rt, error, true)
      }
    },
  )
}
