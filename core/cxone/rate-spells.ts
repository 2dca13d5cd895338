import { LOST_SHARE, tellPace, type RateAnswer, type RateControlOptions, type State } from "./rate-state.ts"
import { nearMedian, type Spells } from "./rate-window.ts"

/**
 * A quota per window read from its spells of refusals (`Spells` in rate-window.ts): its pace is taken as a policy
 * header's would be.
 */
export function readQuotaSpells(s: State, o: RateControlOptions, answer: RateAnswer): void {
  if (s.told || o.shared) return
  s.spells = readSpells(s.spells, answer)
  if (s.spells.rps === undefined) return
  // A quota far under a limit held for seconds just before is the client's own pauses read back: refused, it waits a
  // whole second's Retry-After, and a log of 40 halved for a while gave three like windows of 2 s (18 calls each), read
  // as a quota of 9 a second and never probed past. The windows are read again.
  if (s.heldWell !== undefined && s.spells.rps < LOST_SHARE * s.heldWell) {
    s.spells = undefined
    return
  }
  tellPace(s, o, s.spells.rps)
  s.probe = undefined
  s.measure = undefined
}

const WINDOWS = 3
/** A spell shorter than this is a bucket's or a counter's refill, not a spent window. */
const SPELL_MS = 300

/** Reads one answer into `w` (a new record at the first answer) and returns it; `rps` is set once three windows agree. */
export function readSpells(w: Spells | undefined, answer: RateAnswer): Spells {
  w ??= { openedAt: answer.sentAt, accepted: 0, windows: [] }
  if (answer.status === 429) {
    if (w.refusedSince === undefined || answer.sentAt < w.refusedSince) w.refusedSince = Math.max(answer.sentAt, w.openedAt)
    return w
  }
  if (answer.status === undefined || answer.status >= 500) return w
  if (w.refusedSince === undefined || answer.sentAt <= w.refusedSince) {
    if (answer.sentAt >= w.openedAt) w.accepted++
    return w
  }
  // Accepted after the spell began: the window reopened when this call was sent.
  if (answer.sentAt - w.refusedSince >= SPELL_MS && w.accepted > 0) {
    w.windows.push({ ms: answer.sentAt - w.openedAt, accepted: w.accepted })
    if (w.windows.length > WINDOWS) w.windows.shift()
    if (w.rps === undefined && w.windows.length === WINDOWS) w.rps = agreed(w.windows)
  }
  w.refusedSince = undefined
  w.openedAt = answer.sentAt
  w.accepted = 1
  return w
}

/** What windows that agree (each within a quarter of the medians of length and budget) took a second, else undefined. */
function agreed(windows: readonly { ms: number; accepted: number }[]): number | undefined {
  const ms = nearMedian(windows.map((w) => w.ms))
  if (ms === undefined || ms < 500 || nearMedian(windows.map((w) => w.accepted)) === undefined) return undefined
  // A window's opening is read from when a call was sent after the refusals' Retry-After, which whole seconds round
  // up: late by up to a second, and by a different share each time (100 per 5 s read at 93% against the stand-in). A
  // quota's window is a whole number of seconds: their mean length is read as the nearest.
  const mean = windows.reduce((n, w) => n + w.ms, 0) / windows.length
  const length = mean >= 1000 ? Math.round(mean / 1000) * 1000 : mean
  return (windows.reduce((n, w) => n + w.accepted, 0) * 1000) / windows.length / length
}
