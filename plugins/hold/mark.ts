import { markGate, type Runtime } from "../../core/index.ts"

/** What a hold's mark reads of it (a Hold: store.ts). */
interface Held {
  until?: string
  releasedAt?: string
}

/** Holding now: not released, and `until` (if any) still ahead. */
export const isActive = (hold: Held, now: number) => !hold.releasedAt && (!hold.until || Date.parse(hold.until) > now)

/**
 * Keeps the storage's mark of this plugin's gate (core/gate-marks.ts) to the holds `holds` has active: every write
 * path refuses to run on this storage without the hold plugin while the mark stands (a config whose plugins left
 * "hold" out wrote over held contacts). Its end is the latest hold's, none when one holds until released. An add marks
 * before it stores the hold, a release after: a failure between leaves a mark that refuses too much, never too little.
 */
export async function markHolds(rt: Runtime, holds: readonly Held[]): Promise<void> {
  const active = holds.filter((h) => isActive(h, rt.clock.now()))
  if (!active.length) return markGate(rt, "hold", "hold", undefined)
  const last = Math.max(...active.map((h) => (h.until ? Date.parse(h.until) : Infinity)))
  await markGate(rt, "hold", "hold", { what: `${active.length} active legal hold${active.length === 1 ? "" : "s"}`, ...(last === Infinity ? {} : { until: new Date(last).toISOString() }) })
}

/** Marks the holds the first time a job asks the gate (holds stored before marks existed), then hands them on. */
export function markOnFirstAsk(rt: Runtime): <H extends Held>(holds: H[]) => Promise<H[]> {
  let marked: Promise<void> | undefined
  return async (holds) => {
    await (marked ??= markHolds(rt, holds))
    return holds
  }
}
