import type { RateHeaders } from "./rate-headers.ts"

/**
 * A window that rate-limit headers count in but do not name (`X-RateLimit-Limit: 40`, `-Remaining`, `-Reset: 1` with no
 * policy), read from when its budget comes back: the remaining count jumping up by half the limit or more, in the
 * order the calls were sent, marks a new window. Reset alone cannot say it: in whole seconds, a window of one second
 * says `1` from its start to its end, and paced by it (the remaining budget over a whole second) a job used 61% of
 * a window of 40 a second.
 */
export interface HeaderWindow {
  limit: number
  /** The newest call in the order sent, and the remaining count its answer said. */
  lastSent: number
  lastRemaining: number
  /** When each of the last few windows opened: the first call sent that saw its budget back. */
  opened: number[]
  /** The window's length, once the openings agree on it. */
  ms?: number
}

/** The median of `xs` when each of them is within a quarter of it, else undefined: readings that agree. */
export function nearMedian(xs: readonly number[]): number | undefined {
  const median = [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
  return xs.every((x) => Math.abs(x - median) <= median / 4) ? median : undefined
}

/** Openings read before a window's length is believed: three lengths between them. */
const OPENINGS = 4
/** A window longer than this is a budget, not a pace: an hourly quota is spent as the tenant allows (see quota). */
export const SHORT_WINDOW_MS = 5_000

/**
 * Reads one answer's headers into `w` (a new window record when the limit changed) and returns it; its `ms` is set
 * once the last openings are apart by one length, each within a quarter of their median.
 */
export function readWindow(w: HeaderWindow | undefined, q: RateHeaders, sentAt: number): HeaderWindow | undefined {
  if (q.limit === undefined || q.remaining === undefined || q.windowSec !== undefined || q.limit < 1) return w
  if (!w || w.limit !== q.limit) w = { limit: q.limit, lastSent: sentAt, lastRemaining: q.remaining, opened: [] }
  // An answer to a call sent before the newest one read says nothing of the order the tenant counted them in.
  if (sentAt < w.lastSent) return w
  if (q.remaining >= w.lastRemaining + q.limit / 2) {
    w.opened.push(sentAt)
    if (w.opened.length > OPENINGS) w.opened.shift()
  }
  w.lastSent = sentAt
  w.lastRemaining = q.remaining
  if (w.ms === undefined && w.opened.length === OPENINGS) {
    const length = nearMedian(w.opened.slice(1).map((t, i) => t - w!.opened[i]!))
    if (length !== undefined && length > 0 && length <= SHORT_WINDOW_MS) w.ms = length
  }
  return w
}

/** Ms from `at` to the end of the window `w` is in, once its length is known; undefined before. */
export function windowLeftMs(w: HeaderWindow | undefined, at: number): number | undefined {
  if (w?.ms === undefined) return undefined
  const since = (at - w.opened[w.opened.length - 1]!) % w.ms
  return w.ms - (since < 0 ? since + w.ms : since)
}

/**
 * A quota per fixed window read from its refusals alone (no headers): the tenant takes a window's budget, refuses every
 * call until the window ends, then takes the next budget. Read as a rate, each window's budget taken in a burst read a
 * limit four times the quota's (100 per 5 s read as 78/s on the fake clock), and the rest of each window was spent
 * refused: a quarter of the calls. Each reopening (the first call accepted after a spell of refusals of a third of a
 * second or more) closes a window: what was accepted in it and when it opened. Windows a like length apart, each with
 * a like budget, read the quota: its budget over its length is the pace that spends it without a refusal.
 */
export interface Spells {
  /** When the refusals of the spell under way began (the first refused call's sending), if one is. */
  refusedSince?: number
  /** When the current window opened, and the calls sent in it that were accepted. */
  openedAt: number
  accepted: number
  /** The last windows that ended with a spell: when each opened, how long it lasted, what it took. */
  windows: { ms: number; accepted: number }[]
  /** The pace read, once the windows agree. */
  rps?: number
}
