import type { Storage } from "unstorage"
import { describeError, signWebhook, type Clock, type Coordinator, type Logger, type Metrics } from "../../core/index.ts"
import type { OutboundEvent } from "./events.ts"

export interface OutboxEntry extends OutboundEvent {
  attempts: number
  nextAt: number
  createdAt: number
  lastStatus?: number | "network" | "timeout"
}

export interface OutboxOptions {
  storage: Storage
  /** Instances sharing the outbox claim an event before sending it. */
  coordinator?: Coordinator
  metrics?: Metrics
  url?: string
  /** `whsec_...` secrets; each one signs (several at once while rotating). */
  secrets: string[]
  fetch: typeof fetch
  clock: Clock
  log: Logger
  timeoutMs: number
  /** Delay after each failed attempt; past the last one the event goes to the dead-letter list. */
  schedule: number[]
}

/** One delivery attempt: delivered, rescheduled, or dead-lettered after the last one (or on 410 Gone). */
async function attempt(options: OutboxOptions, entry: OutboxEntry): Promise<void> {
  const { storage, clock, log } = options
  const now = clock.now()
  const timestamp = Math.floor(now / 1000)
  const headers = {
    "content-type": "application/json",
    "webhook-id": entry.id,
    "webhook-timestamp": String(timestamp),
    "webhook-signature": options.secrets.map((s) => signWebhook(s, entry.id, timestamp, entry.body)).join(" "),
  }
  let status: OutboxEntry["lastStatus"]
  try {
    const res = await options.fetch(options.url!, { method: "POST", headers, body: entry.body, signal: AbortSignal.timeout(options.timeoutMs) })
    status = res.status
    await res.body?.cancel().catch(() => {})
  } catch (error) {
    status = (error as Error)?.name === "TimeoutError" ? "timeout" : "network"
  }
  options.metrics?.counter("cxedge_webhook_attempts_total", { status: String(status) }).inc()
  if (typeof status === "number" && status >= 200 && status < 300) {
    options.metrics?.counter("cxedge_webhook_delivered_total", { type: entry.type }).inc()
    await storage.setItem(`s:${entry.id}`, { at: now, type: entry.type })
    await storage.removeItem(`p:${entry.id}`)
    return
  }
  // Another instance may have delivered it meanwhile: do not bring it back.
  if (await storage.hasItem(`s:${entry.id}`)) return void (await storage.removeItem(`p:${entry.id}`))
  const attempts = entry.attempts + 1
  // 410 Gone: the receiver asks us to stop; keep the event for a human to replay.
  if (status === 410 || attempts > options.schedule.length) {
    await storage.setItem(`d:${entry.id}`, { ...entry, attempts, lastStatus: status })
    await storage.removeItem(`p:${entry.id}`)
    log.warn(`consent event ${entry.id} (${entry.type}) dead-lettered after ${attempts} attempts (last: ${status}): run cxedge webhooks replay`)
    return
  }
  await storage.setItem(`p:${entry.id}`, { ...entry, attempts, lastStatus: status, nextAt: now + options.schedule[attempts - 1]! })
}

/** Sends every due event (every pending one when forced), oldest first, each under a lease when instances share the outbox. */
async function pass(options: OutboxOptions, force: boolean) {
  const { storage, clock } = options
  const pendingKeys = async () => (await storage.getKeys("p")).filter((k) => k.startsWith("p:"))
  if (!options.url || options.secrets.length === 0) return
  const entries = (await Promise.all((await pendingKeys()).map((k) => storage.getItem<OutboxEntry>(k))))
    .filter((e): e is OutboxEntry => !!e && (force || e.nextAt <= clock.now()))
    .sort((a, b) => a.createdAt - b.createdAt)
  for (const entry of entries) {
    const lease = `outbox:${entry.id}`
    if (options.coordinator && !(await options.coordinator.claim(lease, options.timeoutMs + 5000))) continue
    try {
      // Re-read under the lease: another instance may have sent it since the listing.
      const current = options.coordinator ? await storage.getItem<OutboxEntry>(`p:${entry.id}`) : entry
      if (current) await attempt(options, current)
    } finally {
      await options.coordinator?.release(lease)
    }
  }
}

/**
 * A durable outbox: an event is stored (`outbox:p:<id>`) before any attempt
 * to send it, so a crash loses nothing; it is then POSTed with Standard
 * Webhooks headers, retried on the schedule, and after the last failure
 * moved to the dead-letter list (`outbox:d:<id>`) for `webhooks replay`.
 * A delivered id is remembered (`outbox:s:<id>`) and never sent again.
 */
export function createOutbox(options: OutboxOptions) {
  const { storage, clock, log } = options
  let running: Promise<void> | undefined
  let again = false

  const outbox = {
    /** Stores an event unless it is already pending, sent or dead. */
    async enqueue(event: OutboundEvent) {
      if ((await storage.hasItem(`s:${event.id}`)) || (await storage.hasItem(`p:${event.id}`)) || (await storage.hasItem(`d:${event.id}`))) return false
      await storage.setItem(`p:${event.id}`, { ...event, attempts: 0, nextAt: clock.now(), createdAt: clock.now() } satisfies OutboxEntry)
      return true
    },
    /** Sends what is due, in the background; overlapping calls coalesce into one more pass. */
    kick() {
      if (running) {
        again = true
        return running
      }
      running = (async () => {
        do {
          again = false
          try {
            await pass(options, false)
          } catch (error) {
            log.warn(`consent outbox: ${describeError(error)}`)
          }
        } while (again)
      })().finally(() => {
        running = undefined
      })
      return running
    },
    /** One pass over every pending event now, whatever its schedule (end of a job, replay). */
    async flush() {
      await running
      await pass(options, true)
    },
    async list() {
      const read = async (prefix: string) =>
        (await Promise.all((await storage.getKeys(prefix)).filter((k) => k.startsWith(`${prefix}:`)).map((k) => storage.getItem<OutboxEntry>(k)))).filter((e): e is OutboxEntry => !!e)
      return { pending: await read("p"), dead: await read("d"), sent: (await storage.getKeys("s")).filter((k) => k.startsWith("s:")).length }
    },
    /** Moves dead letters (all, or the given ids) back to pending with a fresh schedule, then sends them. */
    async replay(ids?: string[]) {
      const keys = (await storage.getKeys("d")).filter((k) => k.startsWith("d:") && (!ids || ids.includes(k.slice(2))))
      for (const key of keys) {
        const entry = await storage.getItem<OutboxEntry>(key)
        if (!entry) continue
        await storage.setItem(`p:${entry.id}`, { ...entry, attempts: 0, nextAt: clock.now() })
        await storage.removeItem(key)
      }
      await outbox.flush()
      return keys.length
    },
    async purge(what: { dead?: boolean; sent?: boolean }) {
      let removed = 0
      for (const prefix of [what.dead ? "d" : "", what.sent ? "s" : ""].filter(Boolean)) {
        for (const key of (await storage.getKeys(prefix)).filter((k) => k.startsWith(`${prefix}:`))) {
          await storage.removeItem(key)
          removed++
        }
      }
      return removed
    },
  }
  return outbox
}

export type Outbox = ReturnType<typeof createOutbox>
