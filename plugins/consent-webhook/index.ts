import * as v from "valibot"
import { checkQuery, definePlugin, inBackground, type Runtime } from "../../core/index.ts"
import { consentEnv } from "./env.ts"
import { toEvent, type OutboundEvent } from "./events.ts"
import { acceptErasureRequest, consentRouteDocs } from "./inbound.ts"
import { createOutbox, type Outbox } from "./outbox.ts"

const Secret = v.pipe(v.string(), v.regex(/^whsec_[A-Za-z0-9+/]{32,88}={0,2}$/, "must be whsec_ followed by 24-64 base64 bytes"))
const MIN = 60_000

export const ConsentConfig = v.object({
  /** The consent platform's endpoint; without it (or without `secrets`) no event is kept or sent. */
  url: v.optional(v.pipe(v.string(), v.url())),
  /** Signing secrets (from CXEDGE_WEBHOOK_SECRETS); each signs, so a receiver can rotate. */
  secrets: v.optional(v.array(Secret), []),
  /** Secrets accepted on inbound requests (from CXEDGE_CONSENT_SECRETS). */
  inboundSecrets: v.optional(v.array(Secret), []),
  timeoutMs: v.optional(v.pipe(v.number(), v.minValue(100)), 15_000),
  /** Standard Webhooks' schedule: 5 s, 5 m, 30 m, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h. */
  retrySchedule: v.optional(v.array(v.pipe(v.number(), v.minValue(0))), [5000, 5 * MIN, 30 * MIN, 120 * MIN, 300 * MIN, 600 * MIN, 840 * MIN, 1200 * MIN, 1440 * MIN]),
  maxBodyBytes: v.optional(v.number(), 64 * 1024),
  toleranceSec: v.optional(v.number(), 300),
})
export type ConsentSettings = v.InferOutput<typeof ConsentConfig>

const outboxes = new WeakMap<Runtime, Outbox>()
/** The runtime's outbox (after setup). */
export const outboxOf = (rt: Runtime) => outboxes.get(rt)

/**
 * Consent-platform webhooks, both ways. Outbound: job events become signed
 * Standard Webhooks deliveries through a durable outbox. Inbound:
 * `POST /webhooks/consent` turns a verified erasure request into a queued
 * erasure job (answering 202 with its id). It listens to hooks only; the
 * anonymize plugin does not know it exists.
 */
export default definePlugin({
  name: "consent-webhook",
  version: "0.1.0",
  description: "Signed, durable consent events out; verified erasure requests in",
  config: ConsentConfig,
  env: consentEnv,
  namespaces: ["outbox"],
  setup(rt, settings) {
    const outbox = createOutbox({
      storage: rt.storage.namespace("outbox"), coordinator: rt.coordinator, metrics: rt.metrics, url: settings.url, secrets: settings.secrets, fetch: rt.fetch, clock: rt.clock, log: rt.log,
      timeoutMs: settings.timeoutMs, schedule: settings.retrySchedule,
    })
    outboxes.set(rt, outbox)
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
    rt.hooks.on("contact:applied", (e) => send(toEvent.applied(e, now())))
    rt.hooks.on("contact:failed", (e) => send(toEvent.failed(e, now())))
    rt.hooks.on("subject:erasure", (e) => send(toEvent.erasure(e, now())))
    rt.hooks.on("job:finished", (e) => send(toEvent.finished(e, now())))
    // A long-running server retries on schedule; the CLI flushes when it closes.
    rt.hooks.on("runtime:tick", () => void outbox.kick())
    // Events a crashed run left behind go out now.
    void outbox.kick()
  },
  async dispose(rt) {
    const outbox = outboxOf(rt)
    if (!outbox) return
    await outbox.flush()
    const { pending, dead } = await outbox.list()
    const delivered = rt.metrics.total("cxedge_webhook_delivered_total")
    if (delivered) rt.log.info(`${delivered} consent event(s) delivered, signed (Standard Webhooks)`)
    if (pending.length) rt.log.warn(`${pending.length} consent event(s) still waiting for the consent platform: they go out on the next run, or run cxedge webhooks replay`)
    if (dead.length) rt.log.warn(`${dead.length} consent event(s) in the dead-letter list: cxedge webhooks list, then replay`)
  },
  routes(app, rt) {
    const settings = rt.settings<ConsentSettings>("consent-webhook")
    app.post("/webhooks/consent", consentRouteDocs, async (c) => {
      // The URL is the operator's to set: a query parameter in it would change nothing it seems to.
      const query = checkQuery(c.req.queries(), [])
      if (query) return c.json(query, 400)
      const declared = Number(c.req.header("content-length") ?? 0)
      if (declared > settings.maxBodyBytes) return c.json({ error: "payload_too_large", message: `the body is larger than ${settings.maxBodyBytes} bytes` }, 413)
      const result = await acceptErasureRequest(rt, { secrets: settings.inboundSecrets, maxBodyBytes: settings.maxBodyBytes, toleranceSec: settings.toleranceSec }, await c.req.text(), (n) => c.req.header(n))
      // Long work never runs inside the request: the queue is drained after the answer.
      if (result.status === 202) inBackground(c, () => rt.tasks.drain(), rt.log)
      return c.json(result.body, result.status)
    })
  },
  commands: {
    webhooks: async (host) => (await import("./commands.ts")).webhooksCommand(host),
  },
})
