import type { Contact, Knobs, Log } from "./tenant.ts"

/** One records-API contact as the tenant keeps it: the current version, and the one a stale read still serves. */
interface Kept {
  now: Contact
  version: number
  before?: { record: Contact; version: number }
  changedAt: number
  /** Someone else has not yet changed it (knob conflictOnce). */
  untouched: boolean
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } })

/** The seed contract's records API: list (pageToken), get, PATCH with If-Match, as the knobs bend it. */
export function createRecords(seed: Contact[], knobs: Knobs, log: Log) {
  const kept = new Map<string, Kept>(seed.map((c) => [c.id, { now: structuredClone(c), version: 1, changedAt: 0, untouched: true }]))
  const tagOf = (id: string, version: number) => {
    const raw = `${id}.${version}`
    if (knobs.etag === "weak") return `W/"${raw}"`
    if (knobs.etag === "unquoted") return raw
    return `"${raw}"`
  }
  /** What a read sees: the old version while the write is still spreading (staleMs). */
  const visible = (k: Kept) =>
    k.before && Date.now() - k.changedAt < knobs.staleMs ? { record: k.before.record, version: k.before.version } : { record: k.now, version: k.version }
  const headerTag = (id: string, version: number): Record<string, string> => (knobs.etag === "body-only" ? {} : { etag: tagOf(id, version) })
  const withBodyTag = (record: Contact, version: number) => ({ ...record, _etag: tagOf(record.id, version) })

  /** Pages of at most 2; the token is the last id served (a cursor: a contact left out for a moment shifts nothing). */
  function list(url: URL): Response {
    const size = Math.min(2, Number(url.searchParams.get("pageSize") ?? 2))
    const after = url.searchParams.get("pageToken") ?? ""
    const all = [...kept.values()].filter((k) => k.now.id > after && Date.now() - k.changedAt >= knobs.listOmitsChangedMs)
    const page = all.slice(0, size).map((k) => {
      const { record, version } = visible(k)
      // body-only: the list has no version, so a writer must read each record (and find `_etag` in its body).
      return knobs.etag === "body-only" ? { ...record } : withBodyTag(record, version)
    })
    const next = all.length > size ? { pageToken: page[page.length - 1]!.id } : {}
    return json({ contacts: page, ...next })
  }

  function get(id: string): Response {
    const k = kept.get(id)
    if (!k) return json({ error: "not_found" }, 404)
    const { record, version } = visible(k)
    return json(knobs.etag === "body-only" ? withBodyTag(record, version) : record, 200, headerTag(id, version))
  }

  function someoneElseChanges(k: Kept) {
    k.untouched = false
    k.now = { ...k.now, tier: "reviewed" }
    k.version++
  }

  function patch(id: string, ifMatch: string | null, body: unknown): Response {
    const k = kept.get(id)
    if (!k) return json({ error: "not_found" }, 404)
    if (ifMatch !== null) log.ifMatch.push(ifMatch)
    if (knobs.conflictOnce && k.untouched) someoneElseChanges(k)
    if (ifMatch !== "*" && ifMatch !== tagOf(id, k.version)) return json({ error: "precondition_failed" }, 412)
    if (!body || typeof body !== "object" || Array.isArray(body)) return json({ error: "bad_body" }, 400)
    const before = { record: k.now, version: k.version }
    const next: Contact = { ...k.now }
    for (const [key, value] of Object.entries(body)) {
      if (key === "id" || key === "_etag") continue
      if (value === null) delete next[key]
      else next[key] = value
    }
    k.before = before
    k.now = next
    k.version++
    k.changedAt = Date.now()
    log.patches[id] = (log.patches[id] ?? 0) + 1
    const tag = headerTag(id, k.version)
    if (knobs.patchAnswer === "204") return new Response(null, { status: 204, headers: tag })
    if (knobs.patchAnswer === "202") return new Response(null, { status: 202, headers: tag })
    if (knobs.patchAnswer === "pre-change") return json(before.record, 200, tag)
    return json(knobs.etag === "body-only" ? withBodyTag(next, k.version) : next, 200, tag)
  }

  return {
    /** The contacts as stored now (not as a stale read shows them). */
    stored: () => [...kept.values()].map((k) => k.now),
    async handle(req: Request, url: URL, rest: string): Promise<Response> {
      if (rest === "/contacts" && req.method === "GET") return list(url)
      const id = decodeURIComponent(rest.slice("/contacts/".length))
      if (req.method === "GET") return get(id)
      if (req.method === "PATCH") return patch(id, req.headers.get("if-match"), await req.json().catch(() => undefined))
      return json({ error: "method_not_allowed" }, 405)
    },
  }
}
