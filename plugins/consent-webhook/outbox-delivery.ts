import { signWebhook, type Metrics } from "../../core/index.ts"
import type { OutboxEntry } from "./outbox-store.ts"

export interface DeliveryOptions {
  url?: string
  /** `whsec_...` secrets; each one signs (several at once while rotating). */
  secrets: string[]
  fetch: typeof fetch
  metrics?: Metrics
  timeoutMs: number
  /** Delay after each failed attempt; past the last one the event goes to the dead-letter list. */
  schedule: number[]
}

/** What became of one attempt: delivered, to be tried again (the entry rescheduled), or dead-lettered. */
export type Outcome = { kind: "delivered" } | { kind: "retry" | "dead"; entry: OutboxEntry }

/** One signed POST (Standard Webhooks headers), classified: 2xx delivered; 410 Gone or the schedule spent, dead. */
export async function attempt(options: DeliveryOptions, entry: OutboxEntry, now: number): Promise<Outcome> {
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
    return { kind: "delivered" }
  }
  const attempts = entry.attempts + 1
  // 410 Gone: the receiver asks us to stop; keep the event for a human to replay.
  if (status === 410 || attempts > options.schedule.length) return { kind: "dead", entry: { ...entry, attempts, lastStatus: status } }
  return { kind: "retry", entry: { ...entry, attempts, lastStatus: status, nextAt: now + options.schedule[attempts - 1]! } }
}

/** Runs `fn` on every item, at most `limit` at once. */
export async function eachLimited<T>(items: T[], limit: number, fn: (item: T) => Promise<void>) {
  let next = 0
  const lane = async () => {
    while (next < items.length) await fn(items[next++]!)
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane))
}
