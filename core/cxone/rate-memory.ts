import type { Clock } from "../clock.ts"
import { defaultRateControl, type RateControl, type RateStart } from "./rate-state.ts"

// What the limiter remembers of a tenant between runs: the rate it found, where it starts from it, when it saves it.

/** A rate found for a tenant, as the limiter remembers it between runs. */
export interface RememberedRate {
  rps: number
  /** Epoch ms when it was found. */
  at: number
  /** A 429 was seen at about this rate (else it is only a rate that went through). */
  found: boolean
}

/** Where the limiter keeps the rate it found (core's `limits` namespace, one key per tenant). */
export interface RateMemory {
  load(): Promise<RememberedRate | undefined>
  save(rate: RememberedRate): Promise<void>
}

const DAY = 86_400_000
/** The rates a stored reading may hold: the lowest floor a config may set (limits.minRps 0.1) to far above any tenant's. */
const [MIN_REMEMBERED_RPS, MAX_REMEMBERED_RPS] = [0.1, 100_000]

/**
 * A stored reading as the limiter wrote it, or undefined: a rate under any floor a config may set or above any tenant's, a
 * time to come or none, a record of another shape (edited or damaged) is dropped, and the limiter starts cold and
 * saves what it finds. Read as it stood, a rate of 0.0001 held every run at the cold start's 8 a second as a limit found.
 */
export function rememberedRate(value: unknown, now = Date.now()): RememberedRate | undefined {
  if (!value || typeof value !== "object") return undefined
  const { rps, at, found } = value as Partial<Record<keyof RememberedRate, unknown>>
  if (typeof rps !== "number" || !(rps >= MIN_REMEMBERED_RPS && rps <= MAX_REMEMBERED_RPS)) return undefined
  if (typeof at !== "number" || !(at > 0 && at <= now + 60_000) || typeof found !== "boolean") return undefined
  return { rps, at, found }
}

/** Where the control starts: the ceiling the user set, lowered to a remembered rate weighted by its age. */
export function startOf(options: { rps?: number; memoryHalfLifeMs?: number }, remembered: RememberedRate | undefined, now: number): RateStart | undefined {
  const given = options.rps !== undefined ? { rps: options.rps, found: true, given: true } : undefined
  if (!remembered || !(remembered.rps > 0)) return given
  const age = Math.max(0, now - remembered.at)
  const weight = 0.5 ** (age / (options.memoryHalfLifeMs ?? DAY))
  const start = defaultRateControl.startRps
  // Start near the remembered rate, below it, and nearer the cold start the older it is.
  const rps = Math.max(start, remembered.rps * weight)
  const memory = { rps: Math.min(rps, given?.rps ?? Infinity), found: remembered.found && weight > 0.5, given: given !== undefined && rps >= given.rps }
  return memory.found ? memory : { rps: Math.max(start, memory.rps * 0.8), found: false }
}

/** Saves the found rate when it moved by 5% or more, at most every few seconds. */
export function saver(memory: RateMemory | undefined, clock: Clock) {
  let saved: { rps: number; at: number } | undefined
  return (control: RateControl) => {
    if (!memory) return
    const now = clock.now()
    const found = control.phase() === "steady"
    const rps = found ? control.ceiling() : control.rate(now)
    if (!Number.isFinite(rps)) return
    if (saved && (now - saved.at < 5000 || Math.abs(rps - saved.rps) / saved.rps < 0.05)) return
    saved = { rps, at: now }
    memory.save({ rps, at: Date.now(), found }).catch(() => {})
  }
}
