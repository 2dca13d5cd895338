import { checkQuery, definePlugin, inBackground, mediaRefusal, type Runtime } from "../../core/index.ts"
import { consentEnv } from "./env.ts"
import { acceptErasureRequest, consentRouteDocs, ErasureRequestSchema, tooLarge } from "./inbound.ts"
import { startOutbound, stopOutbound } from "./outbound.ts"
import { ConsentConfig } from "./settings.ts"

/**
 * The body as its sender signed it: with a byte-order mark kept (c.req.text() dropped it, and a body signed with one
 * was refused as a bad signature). Invalid UTF-8 becomes U+FFFD and fails the signature, as it did.
 */
const bodyAsSigned = (bytes: ArrayBuffer) => new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes)

export { ConsentConfig, type ConsentSettings, type ConsentState } from "./settings.ts"

/**
 * Consent-platform webhooks, both ways. Outbound: job events become signed
 * Standard Webhooks deliveries through a durable outbox. Inbound:
 * `POST /webhooks/consent` turns a verified erasure request into a queued
 * erasure job (answering 202 with its id): it queues the task kind the
 * anonymize plugin declares and handles, without importing that plugin.
 */
const consentWebhook = definePlugin({
  name: "consent-webhook",
  version: "0.1.0",
  description: "Signed, durable consent events out; verified erasure requests in",
  config: ConsentConfig,
  env: consentEnv,
  namespaces: ["outbox"],
  setup: (rt, settings) => startOutbound(rt, settings),
  dispose: (rt, state) => stopOutbound(rt, state),
  routes(app, rt, { settings }) {
    app.post("/webhooks/consent", consentRouteDocs, async (c) => {
      // The URL is the operator's to set: a query parameter in it would change nothing it seems to.
      const query = checkQuery(c.req.queries(), [], c.req.url, Object.keys(ErasureRequestSchema.entries))
      if (query) return c.json(query, 400)
      const declared = Number(c.req.header("content-length") ?? 0)
      if (declared > settings.maxBodyBytes) return c.json({ error: "payload_too_large", message: tooLarge(settings.maxBodyBytes) }, 413)
      // A body declared as a form was read as JSON all the same, where every other route reading JSON answers 415. One
      // with no content-type is still read (platforms that sign the raw body do not all declare it), and so is one
      // declared text/plain: relays such as AWS SNS forward a JSON body so, and its signature decides, not its label.
      const type = c.req.header("content-type")?.replace(/^\s*text\/plain\b/i, "application/json")
      const media = mediaRefusal(type?.trim() || "application/json", c.req.header("content-encoding"))
      if (media) return c.json(media, 415)
      const result = await acceptErasureRequest(rt, { secrets: settings.inboundSecrets, maxBodyBytes: settings.maxBodyBytes, toleranceSec: settings.toleranceSec, tenantId: settings.tenantId }, bodyAsSigned(await c.req.arrayBuffer()), (n) => c.req.header(n))
      // Long work never runs inside the request: the queue is drained after the answer.
      // Taken with its record missing (500 audit_missing), the job is queued all the same: it runs as a 202's does.
      if (result.status === 202 || (result.status === 500 && result.body.jobId)) inBackground(c, () => rt.tasks.drain(), rt.log)
      return c.json(result.body, result.status)
    })
  },
})

export default consentWebhook

/** The runtime's outbox, when it loads this plugin. */
export const outboxOf = (rt: Runtime) => rt.state(consentWebhook)?.outbox
