import type { Hono } from "hono"
import * as v from "valibot"
import { describeError, documentRoute, queryInput, sinkFailure, spacedValue, type Runtime } from "../../core/index.ts"
import { EXPORT_FORMAT } from "./export.ts"
import { collectExport, expireExport, type ExportMeta, type ExportStore } from "./inbound.ts"

const EXPORT_ID = /^access_[0-9a-f]{20}$/

const docs = documentRoute({
  summary: "Collect an inbound access request's export, once: it is deleted as it is returned",
  description: "The id comes with the `subject.access.ready` consent event. The document holds the person's data; it is stored encrypted under the key ring until collected or expired.",
  responses: {
    200: { description: `the export document (${EXPORT_FORMAT})`, schema: v.looseObject({ format: v.literal(EXPORT_FORMAT) }) },
    400: "the id is not an export id (access_ and 20 hex digits)",
    404: "no export has this id (not_found), not made yet (not_ready: its request is queued), or its making failed for good (export_failed)",
    409: "another request is collecting it right now",
    410: "already collected, expired, or sealed under a key no longer in CXEDGE_HMAC_KEYS",
    503: "audit_unavailable: its audit record could not be written, so it was not collected (kept until it expires); collect it again once the audit sink is back",
  },
})

/**
 * An export not made yet whose request was accepted: queued (its attempts so far, and why the last failed: a tenant
 * that does not exist, unreachable), or failed for good. Each was "no access export has this id", as if never asked.
 */
async function notMade(rt: Runtime, id: string) {
  const task = await rt.tasks.get(id)
  if (!task || task.state === "done") return undefined
  const why = task.error ? `; the last attempt failed with ${task.error}: see the server's log` : ""
  if (task.state === "failed") return { error: "export_failed", message: `this access request was accepted, but its export could not be made after ${task.attempts} attempts${why}; fix the cause, then ask the consent platform for a new access request` }
  return { error: "not_ready", message: `this export is not made yet: its access request is queued (${task.attempts} attempt${task.attempts === 1 ? "" : "s"} so far${why}); collect it once the subject.access.ready event comes` }
}

/**
 * `GET /v1/subjects/exports/:id`, behind the admin token: the sealed export
 * returned once, then deleted. A claim on the id makes two concurrent
 * collections one success and one 409; the state left behind tells a
 * second collection apart from an id that never existed (410 vs 404).
 */
export function exportRoutes(app: Hono<any>, rt: Runtime, store: ExportStore) {
  app.get("/v1/subjects/exports/:id", docs, queryInput(), async (c) => {
    const id = c.req.param("id")
    c.header("cache-control", "no-store")
    // Hono answers HEAD from this GET: a link checker's HEAD collected the export, and the person's GET then found it gone.
    if (c.req.method === "HEAD") return c.body(null, 405, { allow: "GET" })
    const unknown = { error: "not_found", message: "no access export has this id: use the exportId of a subject.access.ready event" }
    const spaced = spacedValue("the id in the path", id)
    if (spaced) return c.json({ error: "invalid_request", message: spaced }, 400)
    // An id of another shape (a job's, a path pasted whole) was "no access export has this id", as if it were one gone.
    if (!EXPORT_ID.test(id)) return c.json({ error: "invalid_request", message: `the id in the path is not an access export id: ids are access_ followed by 20 hex digits (access_0a1b2c3d4e5f6a7b8c9d), the exportId of a subject.access.ready event${/^erasure_/.test(id) ? "; an erasure_ id names an erasure job, which has no export" : ""}` }, 400)
    if (!(await rt.coordinator.claim(`subject-export:${id}`, 30_000))) return c.json({ error: "busy", message: "this export is being collected by another request: do not collect it twice" }, 409)
    try {
      const meta = await store.meta.getItem<ExportMeta>(`m:${id}`)
      if (!meta) return c.json(await notMade(rt, id) ?? unknown, 404)
      if (meta.state === "collected") return c.json({ error: "gone", message: `this export was collected at ${meta.collectedAt} and deleted: an export is returned once; ask the consent platform for a new access request` }, 410)
      if (meta.state === "expired" || Date.parse(meta.expiresAt) <= rt.clock.now()) {
        // Past its time before the sweep came: deleted here, recorded as the sweep records it (owed to it when a sink fails).
        if (meta.state === "ready") await expireExport(rt, store, id, meta).catch((error) => rt.log.warn(`subject: export ${id} expired; its audit record is left to the next sweep: ${describeError(error)}`))
        else await store.sealed.removeItem(`e:${id}`)
        return c.json({ error: "gone", message: `this export expired uncollected at ${meta.expiresAt} and was deleted: ask for a new access request, or raise settings.subject.exportTtlHours` }, 410)
      }
      const stored = await store.sealed.getItem(`e:${id}`)
      if (stored === null || stored === undefined) return c.json({ error: "gone", message: "this export cannot be opened: the key it was sealed under is not in CXEDGE_HMAC_KEYS (add it back), or it was removed" }, 410)
      const document = typeof stored === "string" ? JSON.parse(stored) : stored
      try {
        await collectExport(rt, store, id, meta)
      } catch (error) {
        // The document is kept until both records are written: this caller may have it on asking again.
        rt.log.warn(`subject: export ${id} not collected, its audit record could not be written: ${describeError(error)}`)
        return c.json({ error: "audit_unavailable", message: `this export was not collected: its audit record could not be written (${sinkFailure(error)}); it is kept until ${meta.expiresAt}: collect it again once the audit sink is back (see the server's log)` }, 503)
      }
      return c.json(document, 200)
    } finally {
      await rt.coordinator.release(`subject-export:${id}`)
    }
  })
}
