import { Hono } from "hono"
import type { SandboxCore, SandboxEnv } from "../context.ts"
import { FAULT_KEYS, faultProblem } from "../fault-check.ts"
import type { Faults, SkillState, Tenant } from "../state.ts"

/**
 * `/_sandbox`: read the tenants' state to prove what was written, and turn
 * the fault knobs. It holds the fake people's data, so it exists only in
 * the sandbox.
 */
export function inspectRoutes(core: SandboxCore) {
  const app = new Hono<SandboxEnv>()
  const tenantOr404 = (id: string) => core.find(id)

  app.get("/tenants", (c) =>
    c.json(core.tenants.map((t) => ({ id: t.id, name: t.name, area: t.area, cluster: t.cluster, contacts: t.data.records.size, messages: t.data.messages.size }))),
  )
  app.get("/tenants/:t/stats", (c) => {
    const t = tenantOr404(c.req.param("t"))
    return t ? c.json({ ...t.stats, faults: t.faults }) : c.json({ error: "unknown tenant" }, 404)
  })
  app.get("/tenants/:t/records", (c) => {
    const t = tenantOr404(c.req.param("t"))
    if (!t) return c.json({ error: "unknown tenant" }, 404)
    return c.json([...t.data.records.values()].map((r) => ({ id: r.id, version: r.version, writes: r.writes, ...r.fields })))
  })
  recordKnobs(app, tenantOr404)
  app.get("/tenants/:t/completed", (c) => {
    const t = tenantOr404(c.req.param("t"))
    return t ? c.json(t.data.completed) : c.json({ error: "unknown tenant" }, 404)
  })
  app.get("/tenants/:t/messages", (c) => {
    const t = tenantOr404(c.req.param("t"))
    return t ? c.json([...t.data.messages.values()]) : c.json({ error: "unknown tenant" }, 404)
  })
  for (const key of ["erasures", "transcripts", "scriptStarts"] as const) {
    app.get(`/tenants/:t/${key}`, (c) => {
      const t = tenantOr404(c.req.param("t"))
      return t ? c.json(t[key]) : c.json({ error: "unknown tenant" }, 404)
    })
  }
  app.put("/tenants/:t/faults", async (c) => {
    const t = tenantOr404(c.req.param("t"))
    if (!t) return c.json({ error: "unknown tenant" }, 404)
    const patch = (await c.req.json().catch(() => undefined)) as Partial<Faults> | undefined
    if (!patch || typeof patch !== "object" || Array.isArray(patch)) return c.json({ error: "the body must be a JSON object of fault knobs, such as {\"errorRatio\":0.05}" }, 400)
    // A typo'd knob or a ratio of 5 would leave a tenant failing otherwise than the tester believes.
    const bad = faultProblem(patch as Record<string, unknown>)
    if (bad) return c.json({ error: `${JSON.stringify(bad.key.slice(0, 40))} ${bad.problem}${bad.unknown ? `: use ${FAULT_KEYS.join(", ")}` : ""}` }, 400)
    Object.assign(t.faults, patch)
    t.bucket = { tokens: Number.NaN, last: core.now() }
    return c.json(t.faults)
  })
  app.post("/tenants/:t/revoke", (c) => {
    const t = tenantOr404(c.req.param("t"))
    if (!t) return c.json({ error: "unknown tenant" }, 404)
    // JWT iat has whole seconds: tokens from the next second on are valid again.
    t.revokedBefore = Math.ceil((core.now() + 1) / 1000) * 1000
    return c.json({ revokedBefore: t.revokedBefore })
  })
  app.put("/tenants/:t/skills/:skillId", async (c) => {
    const t = tenantOr404(c.req.param("t"))
    const skill = t?.skills.find((s) => String(s.skillId) === c.req.param("skillId"))
    if (!skill) return c.json({ error: "unknown tenant or skill" }, 404)
    Object.assign(skill, (await c.req.json().catch(() => ({}))) as Partial<SkillState>, { updatedAt: core.now() })
    return c.json(skill)
  })
  app.get("/consent", (c) => c.json(core.consent.deliveries))
  app.put("/consent", async (c) => {
    const body = (await c.req.json().catch(() => ({}))) as { failStatus?: number | null; failNext?: number; secrets?: string[] }
    if (body.failStatus !== undefined) core.consent.failStatus = body.failStatus
    if (body.failNext !== undefined) core.consent.failNext = body.failNext
    if (body.secrets) core.consent.secrets = body.secrets
    return c.json({ failStatus: core.consent.failStatus, failNext: core.consent.failNext })
  })
  app.delete("/consent", (c) => {
    core.consent.deliveries.length = 0
    return c.body(null, 204)
  })
  return app
}

/** Records appear, change and go between two reads of a job (a plan made, then run): these change them outside the API. */
function recordKnobs(app: Hono<SandboxEnv>, tenantOr404: (id: string) => Tenant | undefined) {
  app.post("/tenants/:t/records", async (c) => {
    const t = tenantOr404(c.req.param("t"))
    if (!t) return c.json({ error: "unknown tenant" }, 404)
    const { id, ...fields } = (await c.req.json().catch(() => ({}))) as Record<string, unknown>
    const key = typeof id === "string" && id ? id : String(600_900_000_000 + t.data.records.size)
    t.data.records.set(key, { id: key, fields, version: 1, writes: 0 })
    return c.json({ id: key, ...fields }, 201)
  })
  app.put("/tenants/:t/records/:id", async (c) => {
    const record = tenantOr404(c.req.param("t"))?.data.records.get(c.req.param("id"))
    if (!record) return c.json({ error: "unknown tenant or record" }, 404)
    Object.assign(record.fields, (await c.req.json().catch(() => ({}))) as Record<string, unknown>)
    record.version++
    return c.json({ id: record.id, ...record.fields })
  })
  app.delete("/tenants/:t/records/:id", (c) => {
    const t = tenantOr404(c.req.param("t"))
    return t?.data.records.delete(c.req.param("id")) ? c.body(null, 204) : c.json({ error: "unknown tenant or record" }, 404)
  })
}
