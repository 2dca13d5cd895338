import { defaultFaults, type Faults } from "./state.ts"

/**
 * Checks fault knobs given as JSON (`cxedge sandbox --faults`), so that a
 * typo'd key or a ratio of 5 is refused instead of running a sandbox that
 * does not fail the way the tester thinks. The sandbox is a separate app:
 * this returns the problem and the caller words the error.
 */

/** What is wrong with one key: `unknown` when the key names no knob. */
export interface FaultProblem {
  key: string
  problem: string
  unknown?: boolean
}

/** The knobs `--faults` may set. */
export const FAULT_KEYS = Object.keys(defaultFaults()) as (keyof Faults)[]

const RATIOS = new Set(["errorRatio", "ambiguousRatio", "dropRatio", "malformedRatio", "returningCustomers"])
const FLAGS = new Set(["dfoHistoryStuck", "bigIds", "recordsEtag"])
const RATE_KEYS = ["rps", "burst", "retryAfter", "windowSec"]

const isNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v)
const positive = (v: unknown) => isNumber(v) && v > 0

function checkRateLimit(value: unknown): string | undefined {
  if (value === null) return undefined
  if (typeof value !== "object" || Array.isArray(value)) return "must be null or {rps, burst, retryAfter?} or {rps, windowSec, retryAfter?}"
  const limit = value as Record<string, unknown>
  const extra = Object.keys(limit).find((k) => !RATE_KEYS.includes(k))
  if (extra) return `has an unknown key "${extra.slice(0, 40)}": use rps, burst, retryAfter and windowSec`
  if (!positive(limit.rps)) return "rps must be a number above 0"
  if (limit.windowSec !== undefined) {
    if (!(Number.isInteger(limit.windowSec) && (limit.windowSec as number) >= 1 && (limit.windowSec as number) <= 3600)) return "windowSec must be a whole number of seconds from 1 to 3600"
    if ((limit.rps as number) * (limit.windowSec as number) < 1) return "rps times windowSec must be at least 1: a window that takes no request refuses everything"
    if (limit.burst !== undefined) return "burst is the token bucket's and a window has none: drop burst, or drop windowSec for a bucket"
  } else if (!positive(limit.burst)) return "burst must be a number above 0 (or give windowSec for a fixed-window counter)"
  if (limit.retryAfter !== undefined && typeof limit.retryAfter !== "boolean") return "retryAfter must be true or false"
  return undefined
}

function checkOne(key: keyof Faults, value: unknown): string | undefined {
  if (RATIOS.has(key)) return isNumber(value) && value >= 0 && value <= 1 ? undefined : "must be a ratio from 0 to 1 (0.05 is 5%)"
  if (FLAGS.has(key)) return typeof value === "boolean" ? undefined : "must be true or false"
  switch (key) {
    case "rateLimit":
      return checkRateLimit(value)
    case "latencyMs": {
      const ok = Array.isArray(value) && value.length === 2 && value.every((n) => isNumber(n) && n >= 0)
      if (!ok) return "must be a [min, max] pair of non-negative milliseconds, e.g. [5, 50]"
      return value[0] <= value[1] ? undefined : "min is above max: write [min, max]"
    }
    case "tokenLifetimeSec":
    case "refreshLifetimeSec":
      return positive(value) ? undefined : "must be a number of seconds above 0"
    case "transcriptStatus":
      return value === 201 || value === 202 ? undefined : "must be 201 or 202"
    case "dfoHistoryShape":
      return value === "messages" || value === "data" ? undefined : 'must be "messages" or "data"'
    case "dfoHistoryFailFor":
      return Array.isArray(value) && value.every((s) => typeof s === "string") ? undefined : "must be a list of DFO contact numbers (strings)"
    case "dfoHistoryFailStatus":
      return Number.isInteger(value) && (value as number) >= 400 && (value as number) <= 599 ? undefined : "must be an HTTP error status, 400 to 599"
  }
  return undefined
}

/** The first problem in a `--faults` object, or undefined when every key is a knob with a usable value. */
export function faultProblem(faults: Record<string, unknown>): FaultProblem | undefined {
  for (const [key, value] of Object.entries(faults)) {
    if (!(FAULT_KEYS as string[]).includes(key)) return { key, problem: "is not a fault knob", unknown: true }
    const problem = checkOne(key as keyof Faults, value)
    if (problem) return { key, problem }
  }
  return undefined
}
