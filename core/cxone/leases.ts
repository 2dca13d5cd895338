/**
 * The permits a limiter has out, each until it is given back or its lease ends: a request cancelled on Workers (its
 * client gone) never runs again and never gives its permit back. Real time (Date.now): a manual clock's jumps end no lease.
 */
export function permitLeases(leaseMs: number) {
  const out = new Set<{ endsAt: number }>()
  /** Forgets the leases that ended; answers the ms until the next one ends. */
  const reclaim = (): number => {
    const now = Date.now()
    let next = leaseMs
    for (const lease of out) {
      if (lease.endsAt <= now) out.delete(lease)
      else next = Math.min(next, lease.endsAt - now)
    }
    return next
  }
  return {
    size: () => out.size,
    /** Takes one; answers how to give it back, true the first time only. */
    take(): () => boolean {
      const lease = { endsAt: Date.now() + leaseMs }
      out.add(lease)
      let given = false
      return () => {
        if (given) return false
        given = true
        out.delete(lease)
        return true
      }
    },
    /** Whether `room` permits are out, the ended leases forgotten first. */
    full: (room: number) => out.size >= room && (reclaim(), out.size >= room),
    /** The ms until the next lease ends (a full window waits at most that long for room). */
    nextEnd: reclaim,
  }
}
