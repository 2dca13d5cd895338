// ACD ("inContactAPI") routes of the second stand-in: contacts, business unit, skill activity, scripts
// (cxone-api.md sections 4, 6, 7, 8).
import { BU_ID, SCRIPTS, SKILLS, TENANT_ID } from "./seed"
import { type Contact, type State, offsetDate } from "./state"

const PREFIX = /^\/incontactapi\/+services\/+v(\d+)\.0\/(.*)$/i

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json; charset=utf-8" } })
const acdError = (status: number, error: string, description: string) => json({ error, error_description: description }, status)

function render(c: Contact) {
  const start = c.startMs
  return {
    contactId: c.contactId, // int64 sent as a string of digits
    masterContactId: c.masterContactId,
    contactStartDate: offsetDate(start),
    lastUpdateTime: offsetDate(start + 300_000 + c.updates * 1000),
    mediaTypeId: c.mediaTypeId,
    mediaTypeName: c.mediaTypeName,
    mediaSubTypeId: 0,
    mediaSubTypeName: null,
    fromAddress: c.erased ? null : c.fromAddress,
    toAddress: c.toAddress,
    firstName: c.erased ? null : c.firstName,
    lastName: c.erased ? null : c.lastName,
    dispositionNotes: c.erased ? null : c.dispositionNotes,
    skillId: c.skillId,
    skillName: SKILLS.find((s) => s.skillId === c.skillId)?.skillName,
    agentId: 30411,
    teamId: 77,
    isOutbound: false,
    isLogged: true,
    abandoned: false,
    totalDurationSeconds: 312,
    tags: [],
    pointOfContactName: "Main line",
    unknownFutureField: { nested: [1, 2, 3] },
  }
}

const inWindow = (c: Contact, start?: string | null, end?: string | null) => {
  const t = c.startMs
  if (start && t < Date.parse(start)) return false
  if (end && t >= Date.parse(end)) return false
  return true
}

function completed(state: State, url: URL, version: string): Response {
  const q = url.searchParams
  const get = (k: string) => q.get(k) ?? q.get(k.toLowerCase())
  const skip = Number(get("skip") ?? 0)
  const top = Math.min(Number(get("top") ?? 100), state.knobs.maxTop)
  const from = get("fromAddress")
  let rows = state.contacts.filter((c) => inWindow(c, get("startDate"), get("endDate")))
  if (from) rows = rows.filter((c) => !c.erased && c.fromAddress.toLowerCase() === from.toLowerCase())
  rows.sort((a, b) => b.ageMinutes - a.ageMinutes)
  const page = rows.slice(skip, skip + top)
  const links: Record<string, string | null> = { self: `${url.pathname}${url.search}`, next: null, previous: null }
  if (skip + page.length < rows.length) {
    const n = new URLSearchParams(q)
    n.set("skip", String(skip + page.length))
    n.set("top", String(top))
    links.next = `/inContactAPI/services/v${version}.0/contacts/completed?${n}` // relative, not absolute
  }
  return json({
    _links: links,
    businessUnitId: BU_ID,
    completedContacts: page.map(render), // an empty page is a 200 with [], not a 204
    lastPollTime: offsetDate(Date.now()),
    totalRecords: rows.length,
  })
}

function skillRow(s: (typeof SKILLS)[number]) {
  const now = Date.now()
  return {
    skillId: s.skillId,
    skillName: s.skillName,
    mediaTypeId: s.mediaTypeId,
    mediaTypeName: s.mediaTypeId === 4 ? "Phone Call" : s.mediaTypeId === 1 ? "Email" : "Chat",
    emailFromAddress: s.emailFromAddress,
    queueCount: s.queueCount,
    skillQueueCount: s.queueCount,
    agentsAvailable: s.agents,
    agentsLoggedIn: s.agents + 2,
    agentsWorking: 1,
    serviceLevel: s.sl,
    serviceLevelGoal: 80,
    serviceLevelThreshold: 30,
    earliestQueueTime: s.queueCount ? offsetDate(now - s.waitSec * 1000) : null,
    serverTime: offsetDate(now),
    isActive: true,
    isOutbound: false,
    campaignName: "Default",
    extraMetric: 0.5,
  }
}

function skills(state: State, url: URL, id?: string): Response {
  state.skillPolls++
  const since = url.searchParams.get("updatedSince") ?? url.searchParams.get("updatedsince")
  const changed = !since || Date.parse(since) <= state.lastSkillChange
  let rows = SKILLS
  if (id !== undefined) {
    rows = SKILLS.filter((s) => String(s.skillId) === id)
    if (!rows.length) return acdError(404, "NotFound", `skill ${id} not found`)
  }
  // nothing changed: a 200 with no rows (not a 304)
  return json({ skillActivity: changed ? rows.map(skillRow) : [], lastPollTime: offsetDate(Date.now()), totalRecords: changed ? rows.length : 0 })
}

function startScript(state: State, url: URL): Response {
  const q = url.searchParams
  const skillId = q.get("skillId")
  const scriptId = q.get("scriptId")
  const scriptPath = q.get("scriptPath")
  if (!skillId || !/^\d+$/.test(skillId)) return acdError(400, "InvalidParameter", "skillId is required")
  if (!scriptId && !scriptPath) return acdError(400, "InvalidParameter", "scriptId or scriptPath is required")
  if (!SKILLS.some((s) => String(s.skillId) === skillId)) return acdError(404, "NotFound", "skill not found")
  if (!SCRIPTS.some((s) => s.scriptId === scriptId || s.scriptPath === scriptPath)) return acdError(404, "NotFound", "script not found")
  const id = (9007199254740993n + BigInt(state.scriptStarts.length * 2)).toString()
  state.scriptStarts.push({ query: Object.fromEntries(q), contactId: id })
  return new Response(`{"contactId":${id},"status":"Started"}`, { status: 200, headers: { "Content-Type": "application/json" } })
}

export function acd(state: State, req: Request, url: URL): Response | null {
  const m = PREFIX.exec(url.pathname)
  if (!m) return null
  const version = m[1]!
  const rest = (m[2] ?? "").replace(/\/+$/, "")
  const method = req.method
  if (version !== "34") return acdError(400, "UnsupportedVersion", `v${version}.0 is not emulated; use v34.0`)
  if (method === "GET" && /^contacts\/completed$/i.test(rest)) return completed(state, url, version)
  if (method === "GET" && /^contacts\/active$/i.test(rest))
    return json({ _links: { self: url.pathname, next: null }, activeContacts: [], businessUnitId: BU_ID, lastPollTime: offsetDate(Date.now()), totalRecords: 0 })
  const one = /^contacts\/(\d+)$/i.exec(rest)
  if (method === "GET" && one) {
    const c = state.contacts.find((x) => x.contactId === one[1])
    if (!c) return acdError(404, "NotFound", "contact not found")
    return json({ businessUnitId: BU_ID, lastPollTime: offsetDate(Date.now()), contactId: render(c) })
  }
  if (method === "GET" && /^business-unit$/i.test(rest))
    return json({ businessUnits: [{ businessUnitId: BU_ID, businessUnitName: "Standin Two", tenantId: TENANT_ID, timeZone: "Europe/Berlin" }] })
  if (method === "GET" && /^skills\/activity$/i.test(rest)) return skills(state, url)
  const sk = /^skills\/(\d+)\/activity$/i.exec(rest)
  if (method === "GET" && sk) return skills(state, url, sk[1])
  if (method === "POST" && /^scripts\/start$/i.test(rest)) return startScript(state, url)
  if (method === "GET" && /^scripts\/search$/i.test(rest))
    return json({ scripts: SCRIPTS.map((s) => ({ scriptId: Number(s.scriptId), scriptPath: s.scriptPath, scriptName: s.scriptName, lastModifiedBy: s.owner })) })
  return acdError(404, "NotFound", `no route ${method} ${rest}`)
}
