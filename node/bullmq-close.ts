// How the BullMQ queue stops when redis is away: its connections closed within a bound, then cut.
import type { Queue, Worker } from "bullmq"
import { redactUrl, type Logger } from "../core/index.ts"

/** The socket errors of a redis that is not there (stopped, restarting, unreachable). */
const REDIS_AWAY = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "EPIPE", "ENOTFOUND", "EAI_AGAIN"])
/** How long a stopping worker waits for BullMQ to close its connections: with redis away they waited for good. */
const CLOSE_WITHIN_MS = 3000
interface Connection {
  disconnect(wait?: boolean): Promise<void>
}
/**
 * A BullMQ worker's or queue's connections cut at once (BullMQ's own fields: a worker's commands' and the one it
 * blocks on). Not its `disconnect()`, which waits for ioredis's "end" event: with redis away that never came.
 */
export const cut = (x: Worker | Queue) => {
  const { connection, blockingConnection } = x as unknown as { connection?: Connection; blockingConnection?: Connection }
  for (const c of [connection, blockingConnection]) void c?.disconnect(false).catch(() => {})
}
/** Waits for `closing` at most CLOSE_WITHIN_MS, then calls `cut` and waits no longer (ioredis stops reconnecting then). */
export async function closedWithin(closing: Promise<unknown>, cut: () => void): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const late = new Promise<"late">((resolve) => (timer = setTimeout(() => resolve("late"), CLOSE_WITHIN_MS)))
  const outcome = await Promise.race([closing.then(() => "closed", () => "closed"), late])
  clearTimeout(timer)
  if (outcome === "late") cut()
}

/**
 * Says once that redis does not answer (a worker waiting on it said nothing, for good) and once that it answers
 * again; `away` is true for an error that says so.
 */
export function awayNotice(url: string, log: Logger) {
  let away = false
  return {
    away(error: Error): boolean {
      const code = (error as NodeJS.ErrnoException)?.code
      if (typeof code !== "string" || !REDIS_AWAY.has(code)) return false
      if (!away) log.warn(`redis at ${redactUrl(url)} does not answer (${code}): waiting for it to answer again; Ctrl-C stops`)
      away = true
      return true
    },
    back(): void {
      if (away) log.info(`redis at ${redactUrl(url)} answers again`)
      away = false
    },
  }
}
