import { Hono } from "hono"
import { acdError, type SandboxCore, type SandboxEnv } from "../context.ts"
import type { CompletedContact } from "../data.ts"
import { guard } from "../guard.ts"
import type { SkillState, Tenant } from "../state.ts"
import { jsonWithIds } from "../wire.ts"

/** Versions whose v34.0 field names the sandbox renders; any other is refused loudly. */
export const EMULATED_VERSIONS = new Set(["v33.0", "v34.0"])

const time = (s: string | undefined) => (s ? Date.parse(s) : NaN)
/** GUESS: CXone matches fromAddress exactly; the sandbox compares emails case-insensitively and phones by digits. */
const canonicalAddress = (a: string) => (a.includes("@") ? a.trim().toLowerCase() : a.replace(/\D/g, ""))

function skillActivity(s: SkillState, tenant: Tenant, now: number) {
  return {
    skillId: s.skillId,
    skillName: s.skillName,
    businessUnitId: tenant.businessUnitId,
    mediaTypeId: s.mediaTypeId,
    mediaTypeName: s.mediaTypeName,
    isActive: true,
    isOutbound: false,
    queueCount: s.queueCount,
    skillQueueCount: s.queueCount,
    personalQueueCount: 0,
    parkedCount: 0,
    agentsAvailable: s.agentsAvailable,
    agentsLoggedIn: s.agentsLoggedIn,
    agentsWorking: s.agentsWorking,
    agentsIdle: s.agentsAvailable,
    agentsACW: 0,
    agentsUnavailable: Math.max(0, s.agentsLoggedIn - s.agentsAvailable - s.agentsWorking),
    contactsActive: s.agentsWorking,
    serviceLevel: s.serviceLevel,
    serviceLevelGoal: s.serviceLevelGoal,
    serviceLevelThreshold: s.serviceLevelThreshold,
    inSLA: s.serviceLevel,
    outSLA: 100 - s.serviceLevel,
    earliestQueueTime: s.earliestQueueTime,
    serverTime: new Date(now).toISOString(),
  }
}

/** `GET /contacts/completed`: the window's contacts, paged by skip/top with `_links`, 204 when the page is empty. */
function completedContacts(core: SandboxCore, tenant: Tenant, requestUrl: string, q: Record<string, string>): Response {
  const skip = Math.max(0, Number(q.skip ?? 0) || 0)
  const top = Math.min(10_000, Math.max(1, Number(q.top ?? 100) || 100))
  const from = time(q.startDate)
  const to = time(q.endDate)
  const since = time(q.updatedSince)
  const address = q.fromAddress ? canonicalAddress(q.fromAddress) : undefined
  const matching: CompletedContact[] = tenant.data.completed.filter((x) => {
    const start = Date.parse(x.contactStartDate)
    return (Number.isNaN(from) || start >= from) && (Number.isNaN(to) || start < to) && (Number.isNaN(since) || Date.parse(x.lastUpdateTime) > since) &&
      (address === undefined || canonicalAddress(x.fromAddress) === address)
  })
  const page = matching.slice(skip, skip + top)
  if (page.length === 0) return new Response(null, { status: 204 })
  const link = (s: number) => {
    const url = new URL(requestUrl)
    url.searchParams.set("skip", String(s))
    url.searchParams.set("top", String(top))
    return url.toString()
  }
  return jsonWithIds({
    _links: { self: link(skip), next: skip + top < matching.length ? link(skip + top) : null, previous: skip > 0 ? link(Math.max(0, skip - top)) : null },
    businessUnitId: tenant.businessUnitId,
    completedContacts: page,
    lastPollTime: new Date(core.now()).toISOString(),
    totalRecords: matching.length,
  })
}

/** `POST /scripts/start`: records the start and returns the new contact's id, or the error response. */
function startScript(tenant: Tenant, requestUrl: string, q: Record<string, string>): { contactId: string } | Response {
  const skillId = Number(q.skillId)
  if (!Number.isInteger(skillId)) return acdError(400, "invalid_request", "skillId is required and must be an integer")
  if (!q.scriptId && !q.scriptPath) return acdError(400, "invalid_request", "scriptId or scriptPath is required")
  // Decoded first, then split: a %7C separates like "|", and a "|" inside a value cannot be told apart.
  const parameters = q.Parameters ? q.Parameters.split("|") : []
  if (parameters.length > 20) return acdError(400, "invalid_request", "at most 20 parameters")
  if (!tenant.skills.some((s) => s.skillId === skillId)) return acdError(404, "not_found", "skill not found")
  const n = tenant.scriptStarts.length
  const contactId = tenant.faults.bigIds ? String(2n ** 53n + 10_000_001n + BigInt(n)) : String(700_000_000_000 + n)
  const query = new URL(requestUrl).search.slice(1)
  tenant.scriptStarts.push({ contactId, skillId, scriptId: q.scriptId, scriptPath: q.scriptPath, parameters, startDate: q.startDate, query })
  return { contactId }
}

/** ACD family under `/inContactAPI/services/{version}` (the prefix is matched case-insensitively in app.ts). */
export function acdRoutes(core: SandboxCore) {
  const app = new Hono<SandboxEnv>()
  app.use("*", async (c, next) => {
    const version = c.req.param("version" as never) as string | undefined
    if (!version || !EMULATED_VERSIONS.has(version)) {
      return acdError(404, "version_not_emulated", `the sandbox renders v33.0/v34.0 only, not ${version}`)
    }
    await next()
  })
  const acd = guard(core, { permission: "acd", audience: "cxone", error: acdError })
  const realtime = guard(core, { permission: "realtime", audience: "cxone", error: acdError })
  const admin = guard(core, { permission: "admin", audience: "cxone", error: acdError })

  app.get("/contacts/completed", acd, (c) => completedContacts(core, c.get("tenant"), c.req.url, c.req.query()))

  app.get("/contacts/active", acd, (c) => {
    const tenant = c.get("tenant")
    const since = time(c.req.query("updatedSince"))
    const active = tenant.data.completed.slice(0, 3).map((x) => ({ ...x, stateId: 4, stateName: "Active", contactStateCategory: "With Agent" }))
    const changed = active.filter((x) => Number.isNaN(since) || Date.parse(x.lastUpdateTime) > since)
    if (!Number.isNaN(since) && changed.length === 0) return c.body(null, 304)
    return jsonWithIds({ _links: {}, activeContacts: changed, businessUnitId: tenant.businessUnitId, lastPollTime: new Date(core.now()).toISOString(), totalRecords: changed.length })
  })

  app.get("/contacts/:contactId/custom-data", acd, (c) => {
    const record = c.get("tenant").data.records.get(c.req.param("contactId"))
    if (!record) return acdError(404, "not_found", "contact not found")
    const fields = Array.isArray(record.fields.customFields) ? (record.fields.customFields as { name: string; value: unknown }[]) : []
    if (fields.length === 0) return c.body(null, 204)
    return c.json({ contactCustomData: fields.map((f) => ({ name: f.name, value: f.value })) })
  })

  app.get("/contacts/:contactId", acd, (c) => {
    const tenant = c.get("tenant")
    const contact = tenant.data.completed.find((x) => x.contactId === c.req.param("contactId"))
    if (!contact) return acdError(404, "not_found", "contact not found")
    // SPEC v34.0 nests the contact under a property literally named contactId.
    return jsonWithIds({ businessUnitId: tenant.businessUnitId, lastPollTime: new Date(core.now()).toISOString(), contactId: contact })
  })

  app.get("/skills/activity", realtime, (c) => {
    const tenant = c.get("tenant")
    const since = time(c.req.query("updatedSince"))
    const changed = tenant.skills.filter((s) => Number.isNaN(since) || s.updatedAt > since)
    if (!Number.isNaN(since) && changed.length === 0) return c.body(null, 304)
    const now = core.now()
    return c.json({ skillActivity: changed.map((s) => skillActivity(s, tenant, now)), lastPollTime: new Date(now).toISOString(), totalRecords: changed.length })
  })

  app.get("/skills/:skillId/activity", realtime, (c) => {
    const tenant = c.get("tenant")
    const skill = tenant.skills.find((s) => String(s.skillId) === c.req.param("skillId"))
    if (!skill) return acdError(404, "not_found", "skill not found")
    const since = time(c.req.query("updatedSince"))
    if (!Number.isNaN(since) && skill.updatedAt <= since) return c.body(null, 304)
    const now = core.now()
    return c.json({ skillActivity: [skillActivity(skill, tenant, now)], lastPollTime: new Date(now).toISOString() })
  })

  app.post("/scripts/start", admin, (c) => {
    const started = startScript(c.get("tenant"), c.req.url, c.req.query())
    if (started instanceof Response) return started
    c.set("wrote", true)
    return jsonWithIds(started)
  })
  return app
}
