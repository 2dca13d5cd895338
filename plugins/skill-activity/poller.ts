import * as v from "valibot"
import { defineOperation, isoInstant, type CxoneClient } from "../../core/index.ts"

// A number as JSON writes it, or as a string of digits: gateways and older versions stringify counts and ids.
const Num = v.union([v.number(), v.pipe(v.string(), v.regex(/^\s*-?\d+(\.\d+)?\s*$/), v.transform(Number))])

const Activity = v.looseObject({
  skillId: Num,
  skillName: v.optional(v.string()),
  queueCount: v.optional(Num, 0),
  agentsAvailable: v.optional(Num, 0),
  agentsLoggedIn: v.optional(Num),
  serviceLevel: v.optional(v.nullable(Num)),
  earliestQueueTime: v.optional(v.nullable(v.string())),
  serverTime: v.optional(v.string()),
})
export type SkillActivity = v.InferOutput<typeof Activity>

// lastPollTime is in the spec's 200 body, but a tenant that leaves it out still has rows to show: the
// newest row's serverTime is then the next updatedSince (or, with none, the same one again).
const Response = v.optional(v.looseObject({ skillActivity: v.array(Activity), lastPollTime: v.optional(v.string()) }))

/** All skills; 304 (undefined) when nothing changed since `updatedSince`. */
export const skillsActivity = defineOperation({
  id: "skills.activity",
  api: "acd",
  method: "GET",
  path: "/skills/activity",
  idempotent: true,
  input: v.object({ updatedSince: v.optional(v.string()), mediaTypeId: v.optional(v.number()) }),
  output: Response,
})

export const skillActivity = defineOperation({
  id: "skills.activity.one",
  api: "acd",
  method: "GET",
  path: "/skills/{skillId}/activity",
  idempotent: true,
  input: v.object({ skillId: v.number(), updatedSince: v.optional(v.string()) }),
  output: Response,
})

/** An API timestamp in epoch ms (ISO 8601; one with no zone is UTC, as CXone reports), NaN when unreadable. */
const apiTime = (text: string): number => isoInstant(text) ?? Number.NaN

/** Seconds the oldest queued contact has waited: serverTime - earliestQueueTime (the API has no longest-wait field). */
export function longestWaitSec(s: SkillActivity): number {
  if (!s.earliestQueueTime || !s.queueCount) return 0
  const now = s.serverTime ? apiTime(s.serverTime) : Date.now()
  const since = apiTime(s.earliestQueueTime)
  return Number.isFinite(now) && Number.isFinite(since) ? Math.max(0, Math.round((now - since) / 1000)) : 0
}

export interface PollResult {
  changed: boolean
  /** How the tenant said nothing changed: 304 (not modified), or 200 with no rows. */
  unchanged?: "not-modified" | "no-rows"
  skills: SkillActivity[]
}

export interface SkillPollerOptions {
  /** This process's clock, which carries the server's time forward across a 304 (default Date.now). */
  now?: () => number
}

/**
 * Delta polling as CXone's own agent does it: the first call asks from
 * 1970, each response's `lastPollTime` is the next `updatedSince`, a 304
 * (or a 200 with no rows) means nothing changed, and changed rows are
 * merged into the last view.
 *
 * A row's `serverTime` is when that row was last sent, so a skill left out
 * of a delta would keep an old time and its longest wait would stop
 * growing. Every skill in the view is therefore given the latest poll's
 * server time (`lastPollTime` or the newest row's `serverTime`); after a
 * 304, which carries none, that time plus what our clock says has passed.
 */
export function createSkillPoller(client: CxoneClient, skillId?: number, options: SkillPollerOptions = {}) {
  const now = options.now ?? Date.now
  let since = new Date(0).toISOString()
  const view = new Map<number, SkillActivity>()
  let server: { at: number; local: number } | undefined
  let requests = 0
  const current = (): SkillActivity[] => {
    const serverTime = server ? new Date(server.at + Math.max(0, now() - server.local)).toISOString() : undefined
    return [...view.values()].sort((a, b) => a.skillId - b.skillId).map((s) => (serverTime ? { ...s, serverTime } : s))
  }
  return {
    async poll(): Promise<PollResult> {
      requests++
      const data = skillId === undefined ? await client.call(skillsActivity, { updatedSince: since }) : await client.call(skillActivity, { skillId, updatedSince: since })
      if (!data) return { changed: false, unchanged: "not-modified", skills: current() }
      for (const row of data.skillActivity) view.set(row.skillId, row)
      const newestRow = data.skillActivity.map((row) => row.serverTime).filter((t): t is string => !!t && Number.isFinite(apiTime(t))).sort((a, b) => apiTime(a) - apiTime(b)).at(-1)
      since = data.lastPollTime ?? newestRow ?? since
      const times = [data.lastPollTime, ...data.skillActivity.map((row) => row.serverTime)].map((t) => (t ? apiTime(t) : NaN)).filter(Number.isFinite)
      if (times.length) server = { at: Math.max(...times), local: now() }
      return data.skillActivity.length > 0 ? { changed: true, skills: current() } : { changed: false, unchanged: "no-rows", skills: current() }
    },
    requests: () => requests,
  }
}

export type SkillPoller = ReturnType<typeof createSkillPoller>

/**
 * One shared poller behind a short cache: however many health checks arrive
 * in `ttlMs`, they share one upstream call (and its in-flight promise).
 */
export function createCachedView(poller: SkillPoller, ttlMs: number, now: () => number = Date.now) {
  let last: { at: number; result: PollResult } | undefined
  let inflight: Promise<PollResult> | undefined
  return async (): Promise<PollResult> => {
    if (last && now() - last.at < ttlMs) return last.result
    inflight ??= poller.poll().then(
      (result) => {
        last = { at: now(), result }
        inflight = undefined
        return result
      },
      (error) => {
        inflight = undefined
        throw error
      },
    )
    return inflight
  }
}
