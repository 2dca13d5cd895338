import * as v from "valibot"
import { spanIn } from "../../core/index.ts"
import { longestWaitSec, type SkillActivity } from "./poller.ts"

/**
 * Each threshold's range, one list for the CLI's flag, the config's setting and the route's query
 * parameter: a queue of -1 or a wait of a billion seconds is a typo, not a threshold.
 */
export const THRESHOLD_RANGES = {
  maxQueue: { min: 0, max: 100_000, integer: true },
  minAgents: { min: 0, max: 100_000, integer: true },
  minServiceLevel: { min: 0, max: 100, integer: false },
  maxWaitSec: { min: 0, max: 86_400, integer: true },
} as const
export type ThresholdName = keyof typeof THRESHOLD_RANGES

/** "a whole number from 0 to 100000": what a threshold must be, as every refusal of it says. */
export const thresholdRange = (name: ThresholdName) => {
  const { min, max, integer } = THRESHOLD_RANGES[name]
  return `${integer ? "a whole number" : "a number"} from ${min} to ${max}`
}

/**
 * ` (5m is 300)`: the seconds a wait written with a unit means (maxWaitSec and --max-wait take seconds, in digits),
 * when that is in range; nothing otherwise. Only ever said, never taken in its place.
 * @example secondsHint("5m") // " (5m is 300)"
 */
export function secondsHint(text: string): string {
  // `1.5m` and `2m30s` too; a wait is whole seconds, so a span that is not says nothing.
  const seconds = spanIn(text)
  if (seconds === undefined || !Number.isInteger(seconds)) return ""
  return seconds <= THRESHOLD_RANGES.maxWaitSec.max ? ` (${text.trim()} is ${seconds})` : ""
}

/**
 * A service level written as a ratio (0.8 for 80%): taken, it was a threshold of 0.8%, and every skill healthy.
 * The words for it after "is a percentage from 0 to 100: ", or undefined for any other value.
 * @example ratioLevel(0.8) // "0.8 would be 0.8%: write 80 for 80%"
 */
export function ratioLevel(n: number): string | undefined {
  if (!(n > 0 && n < 1)) return undefined
  const percent = Math.round(n * 10_000) / 100
  return `${n} would be ${n}%: write ${percent} for ${percent}%`
}

const threshold = (name: ThresholdName, fallback: number) => {
  const { min, max, integer } = THRESHOLD_RANGES[name]
  const rule = `must be ${thresholdRange(name)}`
  // Only a service level is a percentage: the others' ratio check always holds.
  const percent = name === "minServiceLevel"
  return v.optional(v.pipe(v.number(rule), v.minValue(min, rule), v.maxValue(max, rule), v.check((n) => !integer || Number.isInteger(n), rule), v.check((n) => !percent || !ratioLevel(n), (issue) => `is a percentage from 0 to 100: ${ratioLevel(issue.input as number)}`)), fallback)
}

export const ThresholdsSchema = v.object({
  maxQueue: threshold("maxQueue", 10),
  minAgents: threshold("minAgents", 1),
  minServiceLevel: threshold("minServiceLevel", 80),
  maxWaitSec: threshold("maxWaitSec", 300),
})
export type Thresholds = v.InferOutput<typeof ThresholdsSchema>

export type Status = "healthy" | "degraded" | "unhealthy"

export interface Verdict {
  skillId: number
  skillName?: string
  status: Status
  reasons: string[]
  queueCount: number
  agentsAvailable: number
  serviceLevel: number | null
  longestWaitSec: number
}

/** Exit codes of `cxedge skills health`, for monitor checks. */
export const EXIT: Record<Status, number> = { healthy: 0, degraded: 1, unhealthy: 2 }

/**
 * Each breached threshold makes a skill degraded; breaching it badly (twice
 * the queue or wait, 20 points under the service level, no agent for a
 * waiting queue) makes it unhealthy. The reasons say which and by how much.
 */
export function verdict(s: SkillActivity, t: Thresholds): Verdict {
  const reasons: string[] = []
  let status: Status = "healthy"
  const worsen = (to: Status, reason: string) => {
    reasons.push(reason)
    if (to === "unhealthy" || status === "healthy") status = to
  }
  const wait = longestWaitSec(s)
  const queue = s.queueCount ?? 0
  const agents = s.agentsAvailable ?? 0
  const sl = s.serviceLevel ?? null
  if (queue > t.maxQueue) worsen(queue > 2 * t.maxQueue ? "unhealthy" : "degraded", `queue ${queue} > ${t.maxQueue}`)
  if (agents === 0 && queue > 0) worsen("unhealthy", `no agent available for ${queue} queued`)
  else if (agents < t.minAgents) worsen("degraded", `agents available ${agents} < ${t.minAgents}`)
  if (sl !== null && sl < t.minServiceLevel) worsen(sl < t.minServiceLevel - 20 ? "unhealthy" : "degraded", `service level ${sl}% < ${t.minServiceLevel}%`)
  if (wait > t.maxWaitSec) worsen(wait > 2 * t.maxWaitSec ? "unhealthy" : "degraded", `longest wait ${wait}s > ${t.maxWaitSec}s`)
  return { skillId: s.skillId, skillName: s.skillName, status, reasons, queueCount: queue, agentsAvailable: agents, serviceLevel: sl, longestWaitSec: wait }
}

/**
 * A skill id as CLI and route take it: 1 to 15 digits, not 0. `Number` alone read 1e3 as 1000, 0x10 as 16
 * and 4101.0 as 4101, and an id past 2^53 as its neighbour: each then checked another skill than the one named.
 */
export function skillIdOf(raw: unknown): number | undefined {
  const text = String(raw)
  return /^\d{1,15}$/.test(text) && Number(text) > 0 ? Number(text) : undefined
}
