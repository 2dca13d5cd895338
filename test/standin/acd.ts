import type { IncomingMessage } from "node:http"
import { bearerValid } from "./auth.ts"
import type { Reply } from "./http.ts"
import type { StandinState } from "./state.ts"

/**
 * The API host (`api_endpoint`): the ACD family under `/inContactAPI/services/v34.0/` (prefix matched without case,
 * `V` tolerated, cxone-api.md §3) and the Privacy API's `POST /privacy/v1/erasure` (§4.3; its host is a GUESS: here).
 *
 * Variants picked where the sheet leaves a choice (each unlike the obvious):
 * - `contacts/completed` caps `top` at 25 whatever is asked, and links the next page as an absolute URL; an empty
 *   result is 204 with no body (§4.2).
 * - the second `contacts/completed` request is refused once with 429 and `Retry-After: 1` (seconds; §8.1 says unconfirmed).
 * - `skills/activity` answers 304 when nothing changed since `updatedSince` (§6), 7-digit fractions in times.
 * - only v34.0 is served; another version is a 404 naming it (§9.4: "support exactly one").
 */
const PAGE_CAP = 25
const ACD = /^\/incontactapi\/+services\/v(\d+)\.0(\/.*)$/i

const acdError = (status: number, error: string, error_description: string): Reply => ({ status, body: { error, error_description } })
const privacyError = (status: number, details: string): Reply => ({ status, body: { code: status, details, entityType: "ErasureRequest", errors: [details], hostName: "privacy-standin-1" } })

const bearer = (state: StandinState, req: IncomingMessage) => bearerValid(state.auth, req.headers.authorization)

const pollTime = (ms: number) => new Date(ms).toISOString().replace(/\.(\d{3})Z$/, ".$10000Z")

export function apiHandler(state: StandinState) {
  return (req: IncomingMessage, url: URL, raw: string): Reply => {
    if (url.pathname === "/privacy/v1/erasure" && req.method === "POST") {
      if (!bearer(state, req)) return { status: 401, body: { message: "Unauthorized" } }
      return erasure(state, raw)
    }
    const m = ACD.exec(url.pathname)
    if (!m) return { status: 404, body: { error: "not_found", error_description: `no route ${url.pathname}` } }
    if (!bearer(state, req)) return acdError(401, "invalid_token", "The access token is missing, invalid or expired")
    // CAMUNDA (§8.4): without Accept: application/json the body can be a ServiceStack message.
    if (!/json|\*\/\*/.test(String(req.headers.accept ?? ""))) return { status: 200, text: "No known way to render data" }
    if (m[1] !== "34") return acdError(404, "unsupported_version", `v${m[1]}.0 is not served by this stand-in: use v34.0`)
    const path = m[2]!.replace(/\/+$/, "")
    const q = url.searchParams
    if (req.method === "GET" && path.toLowerCase() === "/contacts/completed") return completed(state, url)
    let one = /^\/contacts\/(\d+)$/.exec(path)
    if (req.method === "GET" && one) {
      const c = state.contacts.find((x) => String(x.contactId) === one![1])
      return c ? { status: 200, body: { businessUnitId: 4600123, lastPollTime: pollTime(state.now()), contactId: c } } : acdError(404, "not_found", "Contact not found")
    }
    if (req.method === "GET" && path.toLowerCase() === "/skills/activity") return activity(state, q, undefined)
    one = /^\/skills\/(\d+)\/activity$/i.exec(path)
    if (req.method === "GET" && one) return activity(state, q, Number(one[1]))
    if (req.method === "POST" && path.toLowerCase() === "/scripts/start") return startScript(state, q)
    return acdError(404, "not_found", `no route ${path}`)
  }
}

function completed(state: StandinState, url: URL): Reply {
  const q = url.searchParams
  state.completedCalls++
  if (state.completedCalls === 2) return { status: 429, headers: { "Retry-After": "1" }, body: { error: "too_many_requests", error_description: "Rate limit exceeded" } }
  const start = q.get("startDate") ? Date.parse(q.get("startDate")!) : -Infinity
  const end = q.get("endDate") ? Date.parse(q.get("endDate")!) : Infinity
  if (Number.isNaN(start) || Number.isNaN(end)) return acdError(400, "invalid_request", "startDate and endDate must be ISO-8601 date-times")
  // fromAddress and toAddress filter as exact values (SPEC lists them; how the tenant compares them is not published).
  const from = q.get("fromAddress")
  const to = q.get("toAddress")
  const all = state.contacts.filter((c) => {
    const t = Date.parse(String(c.contactStartDate))
    return t >= start && t < end && (from === null || c.fromAddress === from) && (to === null || c.toAddress === to)
  })
  const skip = Math.max(0, Number(q.get("skip") ?? 0) || 0)
  const top = Math.min(PAGE_CAP, Math.max(1, Number(q.get("top") ?? PAGE_CAP) || PAGE_CAP))
  const page = all.slice(skip, skip + top)
  if (page.length === 0) return { status: 204 }
  const link = (s: number) => {
    const u = new URL(url.pathname, state.apiOrigin())
    for (const [k, v] of q) if (k !== "skip" && k !== "top") u.searchParams.set(k, v)
    u.searchParams.set("skip", String(s))
    u.searchParams.set("top", String(top))
    return u.toString()
  }
  const _links = { self: link(skip), next: skip + top < all.length ? link(skip + top) : null, previous: skip > 0 ? link(Math.max(0, skip - top)) : null }
  return { status: 200, body: { _links, businessUnitId: 4600123, completedContacts: page, lastPollTime: pollTime(state.now()), totalRecords: all.length } }
}

function activity(state: StandinState, q: URLSearchParams, skillId: number | undefined): Reply {
  const rows = skillId === undefined ? state.skills : state.skills.filter((s) => s.skillId === skillId)
  if (skillId !== undefined && rows.length === 0) return acdError(404, "not_found", `skill ${skillId} not found`)
  const since = q.get("updatedSince")
  if (since !== null && Number.isNaN(Date.parse(since))) return acdError(400, "invalid_request", "updatedSince must be an ISO-8601 date-time")
  if (since && Date.parse(since) >= state.skillsChangedAt) return { status: 304 }
  return { status: 200, body: { skillActivity: rows, lastPollTime: pollTime(state.now()), totalRecords: rows.length, _links: { self: null, next: null, previous: null } } }
}

function startScript(state: StandinState, q: URLSearchParams): Reply {
  const skillId = Number(q.get("skillId"))
  if (!Number.isInteger(skillId) || !state.skills.some((s) => s.skillId === skillId)) return acdError(400, "invalid_request", "skillId is not a known skill")
  const scriptId = q.get("scriptId")
  const scriptPath = q.get("scriptPath")
  if (!scriptId === !scriptPath) return acdError(400, "invalid_request", "scriptId or scriptPath is required")
  const parameters = q.get("Parameters")?.split("|") ?? []
  if (parameters.length > 20) return acdError(400, "invalid_request", "at most 20 parameters")
  const contactId = String(700_000_000_000 + state.started.length + 1)
  state.started.push({ contactId, skillId, scriptId, scriptPath, parameters, startDate: q.get("startDate") })
  return { status: 200, body: { contactId } }
}

const digits = (s: string) => s.replace(/\D/g, "")

/** `POST /privacy/v1/erasure`: 200 {requestId}; the stand-in applies it at once to the ACD contacts of that subject (not DFO: §4.3). */
function erasure(state: StandinState, raw: string): Reply {
  let body: { subjectIdentifier?: unknown; subjectIdentifierType?: unknown }
  try {
    body = JSON.parse(raw)
  } catch {
    return privacyError(400, "body is not JSON")
  }
  const { subjectIdentifier: id, subjectIdentifierType: type } = body
  if (typeof id !== "string" || !id) return privacyError(400, "subjectIdentifier is required")
  if (type !== "PHONENO" && type !== "EMAIL" && type !== "USER") return privacyError(400, "subjectIdentifierType must be PHONENO, EMAIL or USER")
  const requestId = crypto.randomUUID()
  state.erasures.push({ requestId, subjectIdentifier: id, subjectIdentifierType: type })
  for (const c of state.contacts) {
    const from = String(c.fromAddress ?? "")
    const hit = type === "EMAIL" ? from.toLowerCase() === id.toLowerCase() : type === "PHONENO" ? digits(from) !== "" && digits(from) === digits(id) : false
    if (!hit) continue
    state.writes.set(String(c.contactId), (state.writes.get(String(c.contactId)) ?? 0) + 1)
    Object.assign(c, { firstName: null, lastName: null, fromAddress: "", dispositionNotes: "", anonymizedReason: "GDPR" })
  }
  return { status: 200, body: { requestId } }
}
