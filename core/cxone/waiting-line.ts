/** A caller queued for a permit; `wake` is set while it is parked. */
export interface Waiter {
  wake?: () => void
  /**
   * When the caller, first in line, will act next (the end of its sleep or of its wait for room), in real time
   * (Date.now): a manual clock's sleeps end at once, so a test's line never looks stale.
   */
  until: number
  /** When it last showed it is alive, parked in line (real time). */
  seen: number
  /** Set when the line gave up on it: it was first and let its time pass by more than the grace. It joins again. */
  evicted?: boolean
}

/** How often a parked caller looks whether the first one is still alive, in real milliseconds. */
const WATCH_MS = 1000
/** How far past its own time the first caller may be before the line goes on without it. */
export const STALE_GRACE_MS = 2000

/**
 * Resolves when `waiter` is woken or after `ms` of real time: a real timer, not the injected clock (a manual clock
 * would jump), cleared when the waiter is woken and unref'd, so it never holds a finished CLI open.
 */
function parkWithin(waiter: Waiter, ms: number): Promise<void> {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(() => {
      waiter.wake = undefined
      resolve()
    }, ms) as { unref?: () => void }
    timer.unref?.()
    waiter.wake = () => {
      clearTimeout(timer as Parameters<typeof clearTimeout>[0])
      resolve()
    }
  })
}

/**
 * Callers waiting for a permit, first come first served. The first one paces itself (its own timers), the
 * others are parked until it has its permit: on Workers a timer or read begun by a request that has since
 * ended never fires, so no caller ever waits on a timer another caller set. A request cancelled while its
 * caller was first (the client went away) never comes back: a parked caller that finds the first one past its
 * own time by more than the grace takes its place, so one lost request never stops the line.
 */
export function waitingLine() {
  const queue: Waiter[] = []
  /** Wakes the first caller if it is parked (waiting for its turn, or for room in the window). */
  const wakeFirst = () => {
    const first = queue[0]
    const wake = first?.wake
    if (!wake) return
    first.wake = undefined
    wake()
  }
  /** Removes `waiter` wherever it stands; the next first caller, if it changed, is due at once and goes on. */
  const remove = (waiter: Waiter) => {
    const at = queue.indexOf(waiter)
    if (at < 0) return
    queue.splice(at, 1)
    if (at > 0 || !queue[0]) return
    // Due when it last showed it is alive (its watchdog's last tick): a live one is woken now and acts at once,
    // one whose request was cancelled while it waited is already stale and is passed on the next look.
    queue[0].until = Math.min(Date.now(), queue[0].seen + WATCH_MS)
    wakeFirst()
  }
  return {
    length: () => queue.length,
    /** The first caller waits for a wake-up (room in the window) at most `ms` of real time, its `until` set to then. */
    park(waiter: Waiter, ms: number): Promise<void> {
      waiter.until = Date.now() + ms
      return parkWithin(waiter, ms)
    },
    /** The first caller says it will act in `ms` (before a sleep on the clock, or a wait for a shared store). */
    actsIn(waiter: Waiter, ms: number) {
      waiter.until = Date.now() + ms
    },
    wakeFirst,
    /** Joins the line; answers once this caller is first. */
    async join(): Promise<Waiter> {
      const me: Waiter = { until: Date.now(), seen: Date.now() }
      queue.push(me)
      while (queue[0] !== me) {
        const parked = Date.now()
        await parkWithin(me, WATCH_MS)
        const now = Date.now()
        // This caller's own timer late too (a blocked event loop): nobody's timer ran, no one is judged for the stall.
        const late = Math.max(0, now - parked - WATCH_MS)
        me.seen = now
        for (let first = queue[0]; first && first !== me && first.until + STALE_GRACE_MS + late < now; first = queue[0]) {
          first.evicted = true
          remove(first)
        }
      }
      return me
    },
    /** The first caller leaves with its permit and the next takes over at once: callers due in one wake-up go together. */
    leave: remove,
    /** A caller that gives up (its wait failed: a shared budget's store did not answer) leaves wherever it stands. */
    drop: remove,
  }
}
