import type { OutboxEntry } from "./outbox-store.ts"

const answered = (status: OutboxEntry["lastStatus"]) => (status === "network" ? "a network error" : status === "timeout" ? "no answer in time" : String(status))

/**
 * The events dead-lettered since the last summary, said in one line: a warning per event was 251 lines for a job's
 * 251 events, each the same. The line names no event (`webhooks list` does) and says how to send them again.
 */
export function createDeadTally() {
  let count = 0
  let low = Infinity
  let high = 0
  const answers = new Map<string, number>()
  return {
    add(entry: OutboxEntry) {
      count++
      low = Math.min(low, entry.attempts)
      high = Math.max(high, entry.attempts)
      const said = answered(entry.lastStatus)
      answers.set(said, (answers.get(said) ?? 0) + 1)
    },
    /** The line for what was added since the last call (`inList`: how many dead letters there are in all), or undefined. */
    take(inList?: number): string | undefined {
      if (!count) return undefined
      const tries = low === high ? `${low} attempt(s)` : `${low} to ${high} attempts`
      const last = [...answers].map(([said, n]) => `${said} for ${n}`).join(", ")
      const all = inList !== undefined && inList > count ? `; ${inList} in the dead-letter list in all` : ""
      const line = `${count} consent event(s) dead-lettered after ${tries} (last answer: ${last})${all}: see them with cxedge webhooks list, send them again with cxedge webhooks replay`
      count = 0
      low = Infinity
      high = 0
      answers.clear()
      return line
    },
  }
}

export type DeadTally = ReturnType<typeof createDeadTally>
