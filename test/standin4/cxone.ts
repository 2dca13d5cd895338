import { CHAT, seedMessages, type Knobs, type Log } from "./tenant.ts"

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } })
const dfoError = (status: number, message: string) => json({ errors: [{ message, errorCode: "S4" }], uid: "5c1d6f0e-0000-4000-8000-00000000s4" }, status)

/** SPEC v34 skill activity (all skills, or one); `odd` keeps the meaning with numbers as strings, offsets and fields the spec does not list. */
function activity(knobs: Knobs, skill?: string): Response {
  if (skill !== undefined && !["4101", "4102"].includes(skill)) return json({ error: "not_found", error_description: "skill not found" }, 404)
  const only = (rows: Record<string, unknown>[]) => (skill === undefined ? rows : rows.filter((r) => String(r.skillId) === skill))
  if (knobs.activity === "204") return new Response(null, { status: 204 })
  const lastPollTime = "2026-11-30T10:00:00.000Z"
  if (knobs.activity === "empty") return json({ skillActivity: [], lastPollTime, totalRecords: 0 })
  const plain = [
    { skillId: 4101, skillName: "Billing", queueCount: 2, agentsAvailable: 3, agentsLoggedIn: 5, serviceLevel: 92, serverTime: "2026-11-30T10:00:00.000Z", earliestQueueTime: "2026-11-30T09:59:15.000Z", emailFromAddress: "ingrid.halvorsen@example.no" },
    { skillId: 4102, skillName: "Email Care", queueCount: 7, agentsAvailable: 0, agentsLoggedIn: 2, serviceLevel: 61, serverTime: "2026-11-30T10:00:00.000Z", earliestQueueTime: "2026-11-30T09:49:40.000Z" },
  ]
  if (knobs.activity === "plain") return json({ skillActivity: only(plain), lastPollTime, totalRecords: 2 })
  // The same instants written with +01:00 offsets and seven fraction digits; counts as strings; unknown fields.
  const odd = [
    { skillId: "4101", skillName: "Billing", queueCount: "2", agentsAvailable: "3", agentsLoggedIn: "5", serviceLevel: "92", serverTime: "2026-11-30T11:00:00.0000000+01:00", earliestQueueTime: "2026-11-30T10:59:15+01:00", emailFromAddress: "ingrid.halvorsen@example.no", workItemQueueType: null, futureField: { nested: true } },
    { skillId: "4102", skillName: "Email Care", queueCount: "7", agentsAvailable: "0", agentsLoggedIn: "2", serviceLevel: "61", serverTime: "2026-11-30T11:00:00.0000000+01:00", earliestQueueTime: "2026-11-30T10:49:40+01:00", futureField: [] },
  ]
  return json({ skillActivity: only(odd), lastPollTime: "2026-11-30T11:00:00.0000000+01:00", totalRecords: "2", _links: { self: null, next: null }, extra: "x" })
}

function scriptStart(url: URL, knobs: Knobs, log: Log): Response {
  log.scripts.push(url.search)
  if (knobs.scriptAnswer === "202") return new Response(null, { status: 202 })
  if (knobs.scriptAnswer === "string") return new Response('{"contactId":"700044000000000001","note":"started"}', { headers: { "content-type": "application/json" } })
  return new Response('{"contactId":700044000000000001}', { headers: { "content-type": "application/json" } })
}

/** One completed chat contact in any window, with an offset in its dates. */
function completed(url: URL): Response {
  if (Number(url.searchParams.get("skip") ?? 0) > 0) return new Response(null, { status: 204 })
  return json({
    completedContacts: [{ contactId: Number(CHAT), masterContactId: Number(CHAT), mediaTypeName: "Chat", contactStartDate: "2026-11-20T09:00:00.000+04:00", skillId: 4101, firstName: "Layla", lastName: "Haddad" }],
    totalRecords: 1,
  })
}

/** The ACD family (`/inContactAPI/services/v34.0/...`, matched without case). */
export function acd(req: Request, url: URL, rest: string, knobs: Knobs, log: Log): Response {
  const path = rest.toLowerCase()
  if (path === "/skills/activity" && req.method === "GET") return activity(knobs)
  const one = /^\/skills\/(\d+)\/activity$/.exec(path)
  if (one && req.method === "GET") return activity(knobs, one[1])
  if (path === "/scripts/start" && req.method === "POST") return scriptStart(url, knobs, log)
  if (path === "/contacts/completed" && req.method === "GET") return completed(url)
  return json({ error: "not_found", error_description: "no such resource" }, 404)
}

/** DFO 3.0: transcripts, a cursor-paged history (2 a page, `scrollToken`), messages, removals. */
export async function dfo(req: Request, url: URL, rest: string, knobs: Knobs, log: Log): Promise<Response> {
  const messages = seedMessages()
  const transcript = /^\/contacts\/(\d+)\/transcript$/.exec(rest)
  if (transcript && req.method === "POST") {
    log.transcripts.push({ contact: transcript[1]!, body: await req.json().catch(() => undefined) })
    const status = knobs.transcriptStatus
    return status === 204 || status === 202 ? new Response(null, { status }) : json(status === 200 ? { status: "queued", unknownField: 1 } : {}, status)
  }
  const history = /^\/contacts\/(\d+)\/history$/.exec(rest)
  if (history && req.method === "GET") {
    if (history[1] !== CHAT) return dfoError(404, "case not found")
    const from = Number(url.searchParams.get("scrollToken") || 0)
    const page = messages.slice(from, from + 2)
    const more = from + 2 < messages.length
    const end = knobs.historyEnd === "absent" ? {} : { scrollToken: knobs.historyEnd === "null" ? null : "" }
    return json({ data: page, hits: messages.length, ...(more ? { scrollToken: String(from + 2) } : end) })
  }
  const message = /^\/messages\/([\w-]+)$/.exec(rest)
  if (message && req.method === "GET") {
    const found = messages.find((m) => m.id === message[1])
    return found ? json(found) : dfoError(404, "message not found")
  }
  if (/^\/messages\/[\w-]+\/(content-removal|author-name-removal)$/.test(rest) && req.method === "POST") return new Response(null, { status: 201 })
  return dfoError(404, "no such resource")
}
