/** A caller queued for a permit; `wake` is set while it is parked. */
interface Waiter {
  wake?: () => void
}

/**
 * Callers waiting for a permit, first come first served. The first one paces itself (its own timers), the
 * others are parked until it has its permit: on Workers a timer or read begun by a request that has since
 * ended never fires, so no caller ever waits on a timer another caller set.
 */
export function waitingLine() {
  const queue: Waiter[] = []
  const park = (waiter: Waiter) => new Promise<void>((resolve) => void (waiter.wake = resolve))
  /** Wakes the first caller if it is parked (waiting for its turn, or for room in the window). */
  const wakeFirst = () => {
    const first = queue[0]
    const wake = first?.wake
    if (!wake) return
    first.wake = undefined
    wake()
  }
  return {
    length: () => queue.length,
    park,
    wakeFirst,
    /** Joins the line; answers once this caller is first. */
    async join(): Promise<Waiter> {
      const me: Waiter = {}
      queue.push(me)
      if (queue[0] !== me) await park(me)
      return me
    },
    /** The first caller leaves with its permit and the next takes over at once: callers due in one wake-up go together. */
    leave() {
      queue.shift()
      wakeFirst()
    },
    /** A caller that gives up (its wait failed: a shared budget's store did not answer) leaves wherever it stands. */
    drop(waiter: Waiter) {
      const at = queue.indexOf(waiter)
      if (at < 0) return
      queue.splice(at, 1)
      if (at === 0) wakeFirst()
    },
  }
}
