// How many calls may be in flight: a window that shrinks on slow answers, and a cap read from refusals (some
// gateways count calls at once, not calls a second).
/** The concurrency window: shrinks by one on a slow answer, grows by one after a window's worth of successes. */
export function concurrencyWindow(options: { minConcurrency?: number; maxConcurrency: number; initialConcurrency?: number; latencyCeilingMs?: number }) {
  const min = Math.min(options.minConcurrency ?? 1, options.maxConcurrency) // a floor past the ceiling would open the window past it
  const latencyCeiling = options.latencyCeilingMs ?? 10_000
  let size = Math.min(options.maxConcurrency, options.initialConcurrency ?? options.maxConcurrency)
  let streak = 0
  return {
    size: () => size,
    adapt(outcome: { status?: number; latencyMs: number }) {
      if (outcome.latencyMs > latencyCeiling) {
        size = Math.max(min, size - 1)
        streak = 0
      } else if (outcome.status !== undefined && outcome.status < 500 && ++streak >= size) {
        size = Math.min(options.maxConcurrency, size + 1)
        streak = 0
      }
    },
  }
}

/** A refused probe (one call past the cap) puts the next one off this long, doubling with each refused in a row. */
const PROBE_MS = 1000
const MAX_PROBE_DOUBLINGS = 4
/** Probes past the cap taken in a row that raise it by one. */
const PROBES_TAKEN = 2
/** After a refusal within the cap (a rate, not a count at once), no cap is read again for this long, doubling. */
const DOUBTED_MS = 10_000
const MAX_DOUBT_DOUBLINGS = 3
/** Calls taken within a cap after it was read, before a refusal past it holds calls to it. */
const HOLD_AFTER = 3
/** A cap that stood this long, with this many calls taken under it and none refused within it, is trusted. */
const TRUST_MS = 500
const TRUST_ANSWERS = 10
/** A trusted cap's rate: the calls it lets out a second at the answers' latency, and this much room. */
const CAP_ROOM = 1.2
/** Calls go up to a trusted cap's rate a step a round (see rate-state.ts, roundMs), not at once: doubling, then this. */
const CAP_STEP = 1.25
/**
 * Only when the cap's rate is this far over the control's: nearer, the cap binds at about the rate already held, there
 * is little to gain, and a rate limit's refusals read as a cap (10 to 13 calls out behind 250 ms) cost refusals there.
 */
const CAP_OVER = 1.8
const STEP_MS = 350

export interface FlightCap {
  /** How many calls may be out now, of the `window` the limiter allows. */
  room(window: number, at: number): number
  /** A call went out with `level` calls out, itself included. */
  sent(level: number): void
  /**
   * An answer to a call sent at `sentAt`; whether the rate control is to hear of it (a refusal of a call past a trusted
   * cap is the cap's, not the rate's). `level`: the calls out when it went, itself included (`own`), and when the last
   * of the calls let go at that moment went (`out`): the tenant takes a batch in the order it arrives, so a refusal is
   * read at `out`, and a call taken at its `own`. `control`: the rate control's rate now, and whether a refusal now is
   * its own (a probe above its estimated limit, or its crawl after a refusal), which reads no cap.
   */
  answer(level: { own: number; out: number }, outcome: { status?: number; latencyMs: number }, sentAt: number, at: number, control: { rate: number; probing: boolean }): boolean
  /** The rate calls go at for a trusted cap, when it is over the rate control's (0 while none is). */
  rate(): number
  cap(): number | undefined
}

/**
 * A tenant that refuses the fourth call in flight and takes the third, whatever the rate, has a cap of 3 on calls at
 * once. Read as a rate, its refusals held a job at 28/s against a tenant taking 150 (3 at once, 20 ms each).
 *
 * A refusal of a call sent with others out reads a cap under it; the rate control hears the refusal as ever. A rate
 * limit refuses calls within the cap as well (a bucket or a counter spent refuses the first call of a batch): one such
 * refusal drops the cap, and none is read again for 10 s, doubling. Calls are held to the cap once the tenant took
 * calls within it and refused another past it. A cap held half a second, calls taken under it and none refused within
 * it, is trusted: a refusal past it cuts no rate, and when what it lets through is well over the rate control's rate
 * (CAP_OVER), calls go up towards it, doubling a round and then a quarter, beside the rate control, which is left
 * alone. A refusal within the cap then drops it, calls go at the control's rate again, and refusals of calls sent at
 * the raised rate are not heard. A held cap is probed with one call past it when calls wait for it, soon after it is
 * held and then a second after a refused probe, doubling to 16 s: two taken in a row raise it by one. No cap is read
 * on a shared budget (redis), where an instance sees only its own calls in flight.
 *
 * @example
 * const flight = createFlightCap({ maxWindow: 16 })
 * if (leases.size() < flight.room(window.size(), now)) send()
 */
export function createFlightCap(options: { on?: boolean; maxWindow?: number; maxRps?: number } = {}): FlightCap {
  const s = freshState()
  return {
    room(window, at) {
      if (s.cap === undefined || s.heldSince === Infinity) return window
      return Math.min(window, s.cap + (!s.probeOut && at >= s.probeAt ? 1 : 0))
    },
    sent(level) {
      if (s.cap !== undefined && level > s.cap) s.probeOut = true
    },
    answer({ own, out }, outcome, sentAt, at, control) {
      if (options.on === false) return true
      const refused = outcome.status === 429
      // Never under its own: a call let go in the same moment after an answer came back went at fewer out, and a
      // refused probe read at that level (3 of a cap of 3) dropped the cap it probed.
      const level = refused ? Math.max(own, out) : own
      const probe = s.cap !== undefined && level > s.cap && sentAt >= s.heldSince
      if (probe) s.probeOut = false
      if (outcome.status === undefined || outcome.status >= 500) {
        if (probe) s.probeAt = at
        return true
      }
      if (!refused) {
        s.latencyMs = s.latencyMs === 0 ? outcome.latencyMs : s.latencyMs * 0.9 + outcome.latencyMs * 0.1
        if (s.cap === undefined) return true
        if (probe) [s.refusedProbes, s.probeAt, s.probesTaken] = [0, at, s.probesTaken + 1]
        // A call taken past a cap read but not held yet says the same as a probe taken: a log of 40 refusing a call
        // with 2 out was read as a cap of 1, held at its next refusal, and 60 ms answers then went at 15 a second.
        else if (s.heldSince === Infinity && level > s.cap && sentAt >= s.since) s.probesTaken++
        if (s.probesTaken >= PROBES_TAKEN) [s.below, s.cap, s.probesTaken] = [s.cap, level, 0]
        if (sentAt >= s.heldSince) s.taken++
        if (sentAt >= s.since && level <= s.cap) s.within++
        raise(s, at, control.rate, options.maxRps ?? Infinity)
        return true
      }
      // A refusal with the window full at its largest reads no cap: one below it changes nothing, and slow answers fill
      // the window under a rate limit (a counter of 100/s behind 120 ms, read as a cap of 15, was then overrun).
      if (s.cap === undefined && level >= 2 && level < (options.maxWindow ?? Infinity) && at >= s.noCapUntil && !control.probing) {
        Object.assign(s, freshState(), { cap: level - 1, since: at, latencyMs: s.latencyMs, noCapUntil: s.noCapUntil, drops: s.drops })
        return true
      }
      return refusal(s, level, probe, sentAt, at)
    },
    rate: () => s.raised,
    cap: () => s.cap,
  }
}

function freshState() {
  return {
    cap: undefined as number | undefined,
    since: -Infinity,
    // Calls are held to a cap from a refusal past it of a call sent after it was read, once the tenant took calls
    // within it meanwhile: held at once, a sliding log's echo (it refuses late in a batch, then takes nothing for a
    // while, then refuses within the cap) let a held batch go at once when the cap was dropped, and the log refused
    // more of it.
    heldSince: Infinity,
    within: 0,
    trusted: false,
    taken: 0,
    latencyMs: 0,
    probeAt: Infinity,
    probeOut: false,
    refusedProbes: 0,
    // A probe taken may have been one call the client counted and the tenant no longer held (its answer on the way):
    // the cap rises after two taken in a row. Raised at one, a cap of 3 was read as 4, and dropped at the next refusal.
    probesTaken: 0,
    // The cap before the last raise by calls taken past it: a refusal above it and within the raised cap is the raise's
    // (two taken in a row were calls the tenant no longer held), and the cap goes back, not away.
    below: undefined as number | undefined,
    noCapUntil: -Infinity,
    drops: 0,
    // The rate calls go at for a trusted cap (0: the control's), since when, and until when refusals of calls sent at
    // it are the raise's.
    raised: 0,
    raisedAt: undefined as number | undefined,
    stepAt: -Infinity,
    raisedUntil: -Infinity,
  }
}
type CapState = ReturnType<typeof freshState>

/** A trusted cap's rate, a step a round, when it is well over the control's `own`. */
function raise(s: CapState, at: number, own: number, maxRps: number): void {
  if (!s.trusted && at - s.heldSince >= TRUST_MS && s.taken >= TRUST_ANSWERS) s.trusted = true
  if (!s.trusted || at < s.stepAt) return
  s.stepAt = at + STEP_MS
  const capRate = (s.cap! / Math.max(1, s.latencyMs)) * 1000 * CAP_ROOM
  if (s.raised === 0 && capRate < CAP_OVER * own) return
  // Doubled a round while the cap's rate is twice as high or more (from 21 a second a quarter at a time, 3 at once
  // behind 20 ms took 3.5 s to reach 150), then a quarter.
  const from = Math.max(s.raised, own)
  s.raised = Math.min(capRate, from * (capRate >= 2 * from ? 2 : CAP_STEP), maxRps)
  s.raisedAt ??= at
}

/**
 * A refusal that read no cap: of a call sent at the rate a dropped cap had raised, past the cap (a probe, or one of the
 * calls out when it was read), or within it (a rate: the cap is dropped). Whether the rate control hears of it.
 */
function refusal(s: CapState, level: number, probe: boolean, sentAt: number, at: number): boolean {
  if (s.raisedAt !== undefined && sentAt >= s.raisedAt && sentAt < s.raisedUntil) return false
  if (s.cap === undefined) return true
  if (level > s.cap) {
    s.probesTaken = 0
    if (probe) s.probeAt = at + PROBE_MS * 2 ** Math.min(MAX_PROBE_DOUBLINGS, s.refusedProbes++)
    // The first probe waits until the calls out with this refusal are answered: a refused call still out counts
    // here and not at the tenant, and a probe sent past it was taken by a tenant holding 3 (the cap read as 4).
    else if (s.heldSince === Infinity && sentAt >= s.since && s.within >= HOLD_AFTER) [s.heldSince, s.probeAt, s.probeOut] = [at, at + 2 * s.latencyMs, false]
    return !(probe || s.trusted)
  }
  if (s.below !== undefined && level > s.below) {
    ;[s.cap, s.below] = [s.below, undefined]
    return !s.trusted
  }
  s.cap = undefined
  s.noCapUntil = at + DOUBTED_MS * 2 ** Math.min(MAX_DOUBT_DOUBLINGS, s.drops++)
  if (s.raisedAt === undefined) return true
  s.raised = 0
  s.raisedUntil = at
  return false
}

/**
 * Permits counted for the cap: the calls out when each went (`own`), and when the last of the calls let go at that
 * moment went (`out`): a batch goes together, and the tenant takes it in the order it arrives, not the order it left.
 */
export function levelledPermits<O>(leases: { take(): () => boolean; size(): number }, flight: FlightCap, released: (outcome: O, sentAt: number, level: { own: number; out: number }) => void) {
  let batch = { at: NaN, out: 0 }
  return (sentAt: number) => {
    const giveBack = leases.take()
    if (batch.at !== sentAt) batch = { at: sentAt, out: 0 }
    const [mine, own] = [batch, leases.size()]
    mine.out = own
    flight.sent(own)
    // A second release does nothing: `giveBack` says whether the permit was still out.
    return { release: (outcome: O) => void (giveBack() && released(outcome, sentAt, { own, out: mine.out })) }
  }
}
