import type { Runtime } from "../../core/index.ts"
import { createDeadTally } from "./dead-tally.ts"
import { toEvent, type OutboundEvent } from "./events.ts"
import { createOutbox, type OutboxEntry } from "./outbox.ts"
import { notSending, waitingUnsent, type ConsentSettings, type ConsentState } from "./settings.ts"

/**
 * Opens the outbox and turns the anonymize plugin's events (declared by it,
 * on CxedgeEvents) into signed deliveries; returns the plugin's state.
 */
export function startOutbound(rt: Runtime, settings: ConsentSettings): ConsentState {
  const dead = createDeadTally()
  const outbox = createOutbox({
    storage: rt.storage.namespace("outbox"), coordinator: rt.coordinator, metrics: rt.metrics, url: settings.url, secrets: settings.secrets, fetch: rt.fetch, clock: rt.clock, log: rt.log,
    timeoutMs: settings.timeoutMs, schedule: settings.retrySchedule, concurrency: settings.concurrency, deadLettered: (entry) => dead.add(entry),
  })
  // A server's pass, a Worker's invocation: what it dead-lettered said in one line (the CLI's, as it closes).
  const sayDead = () => {
    const line = dead.take()
    if (line) rt.log.warn(line)
  }
  rt.metrics.describe("cxedge_webhook_attempts_total", "Consent webhook delivery attempts, by status.")
  rt.metrics.describe("cxedge_webhook_delivered_total", "Consent events delivered, by type.")
  // Nobody to send to: keep nothing (an outbox would only grow), and say so once, when the first event is dropped.
  const off = !settings.url ? "no CXEDGE_WEBHOOK_URL" : settings.secrets.length === 0 ? "CXEDGE_WEBHOOK_URL is set but CXEDGE_WEBHOOK_SECRETS is not" : undefined
  let said = false
  const send = async (event: OutboundEvent) => {
    if (off) {
      if (!said) rt.log.info(`consent webhooks off: ${off} (events are not kept)`)
      said = true
      return
    }
    if (await outbox.enqueue(event)) void outbox.kick()
  }
  const now = () => new Date(rt.clock.now())
  // Off, no per-contact listener at all: the job then builds no event per contact (it skips the work when
  // nobody listens), and the one-line notice comes with the job's end or an erasure.
  // Durable: an event the outbox could not store (a full disk) fails what it tells of, which is then done again.
  const durable = { durable: true }
  if (!off) {
    rt.hooks.on("contact:applied", (e) => send(toEvent.applied(e, now())), durable)
    rt.hooks.on("contact:failed", (e) => send(toEvent.failed(e, now())), durable)
  }
  rt.hooks.on("subject:erasure", (e) => send(toEvent.erasure(e, now())), durable)
  rt.hooks.on("job:finished", (e) => send(toEvent.finished(e, now())), durable)
  rt.hooks.on("subject:access-ready", (e) => send(toEvent.accessReady(e, now())), durable)
  // A long-running server retries on schedule; a CLI job sends what is due as it closes.
  rt.hooks.on("runtime:tick", () => void outbox.kick().then(sayDead))
  // A Worker ends each invocation here: the pass the events started must end inside it, or it is cut off half done.
  rt.hooks.on("runtime:settle", () => outbox.settle().then(sayDead))
  // Events a crashed run left behind go out with this runtime's first pass (its first event, a server's first tick),
  // once due: not at setup, where a command that only reads (webhooks list) would send them.
  return { outbox, settings, dead }
}

/**
 * What the events still stored wait for. With no URL set nothing sends them, a later job no more than this one: that
 * is said (unless the command said it), where "a later job ... sends each once it is due" was promised.
 */
function waitingLines({ settings, dead: tally, waitingSaid }: ConsentState, pending: OutboxEntry[], dead: number): string[] {
  const off = notSending(settings)
  if (off && pending.length + dead) return waitingSaid ? [] : [waitingUnsent(off, pending.length, dead)]
  const lines: string[] = []
  if (pending.length) {
    const next = new Date(pending.reduce((n, e) => Math.min(n, e.nextAt), Infinity)).toISOString()
    lines.push(`${pending.length} consent event(s) still waiting for the consent platform, the next attempt due at ${next}: a later job or a server on this storage sends each once it is due, or run cxedge webhooks replay to send them now`)
  }
  // This run's dead letters in one line (it was one per event), with how many the list holds in all.
  const dropped = tally.take(dead)
  if (dropped) lines.push(dropped)
  else if (dead) lines.push(`${dead} consent event(s) in the dead-letter list: cxedge webhooks list, then replay`)
  return lines
}

/** Sends what is due, then says what is still waiting (the CLI's last chance before it exits). */
export async function stopOutbound(rt: Runtime, state: ConsentState) {
  const { outbox } = state
  await outbox.close()
  const { pending, dead } = await outbox.list()
  const delivered = rt.metrics.total("cxedge_webhook_delivered_total")
  if (delivered) rt.log.info(`${delivered} consent event(s) delivered, signed (Standard Webhooks)`)
  for (const line of waitingLines(state, pending, dead.length)) rt.log.warn(line)
  // One that cannot be sent (not JSON, no body) was counted there, and no replay could ever clear it.
  const unreadable = await outbox.unreadable()
  if (unreadable.length) rt.log.warn(`${unreadable.length} dead letter(s) cannot be sent (unreadable): cxedge webhooks list shows their keys; clear each with cxedge webhooks purge --key KEY --yes`)
}
