import { timingSafeEqual } from "node:crypto"
import { Webhook } from "standardwebhooks"

export type WebhookVerdict =
  | { ok: true; id: string; timestamp: number }
  | { ok: false; status: 400 | 401; error: string; message: string }

/**
 * Verifies a Standard Webhooks request: the three headers, a webhook-id
 * without dots, the timestamp within `toleranceSec` of `now` (0 turns that
 * off, for a saved request), and a `v1,` signature that matches one of the
 * secrets (rotation), compared in constant time. Signatures are computed
 * with the maintained `standardwebhooks` package.
 */
export function verifyWebhook(
  secrets: string[],
  body: string,
  header: (name: string) => string | undefined,
  options: { toleranceSec: number; nowMs: number },
): WebhookVerdict {
  const id = header("webhook-id")
  const timestamp = header("webhook-timestamp")
  const signature = header("webhook-signature")
  const fail = (status: 400 | 401, error: string, message: string): WebhookVerdict => ({ ok: false, status, error, message })
  if (!id || !timestamp || !signature) return fail(400, "missing_headers", "webhook-id, webhook-timestamp and webhook-signature are required")
  if (!/^[\w-]{1,128}$/.test(id)) return fail(400, "invalid_webhook_id", "webhook-id must be 1-128 letters, digits, _ or -")
  if (!/^\d{1,12}$/.test(timestamp)) return fail(400, "invalid_timestamp", "webhook-timestamp must be Unix seconds")
  if (options.toleranceSec > 0 && Math.abs(options.nowMs / 1000 - Number(timestamp)) > options.toleranceSec) {
    return fail(401, "stale_timestamp", `webhook-timestamp is more than ${options.toleranceSec} s away from now`)
  }
  const given = signature.split(" ").filter((s) => s.startsWith("v1,")).map((s) => Buffer.from(s.slice(3)))
  const at = new Date(Number(timestamp) * 1000)
  for (const secret of secrets) {
    const expected = Buffer.from(new Webhook(secret).sign(id, at, body).slice(3))
    if (given.some((g) => g.length === expected.length && timingSafeEqual(g, expected))) return { ok: true, id, timestamp: Number(timestamp) }
  }
  return fail(401, "invalid_signature", "no signature matches a configured secret")
}
