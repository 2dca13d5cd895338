import * as v from "valibot"
import type { Hono } from "hono"
import { checkMatrix, inBackground, readMatrix, verifyWebhook, type Matrix, type Runtime } from "../../core/index.ts"
import { builtinMatrices } from "./matrices.ts"
import { completeJob, prepareJob, type AnonymizeSettings } from "./prepare.ts"

export const CONTACT_JOB = "anonymize.contact"

export const ContactEndedConfig = v.object({
  /** A shipped matrix by name (gdpr, pci, analytics) or a matrix object. */
  matrix: v.optional(v.union([v.string(), v.record(v.string(), v.unknown())])),
  /** Where `matrix` came from (CXEDGE_CALLOUT_MATRIX or the config file), for messages. */
  matrixFrom: v.optional(v.string()),
  /** Why the configured matrix cannot be used (set by the settings reader): the route answers 503 with it. */
  problem: v.optional(v.string()),
  target: v.optional(v.picklist(["patch", "erasure"])),
  /** Where the contact is read: the records API (patch) or CXone (erasure). */
  source: v.optional(v.picklist(["records", "cxone"])),
  /** `whsec_...` secrets the callout is signed with (CXEDGE_CALLOUT_SECRETS). */
  secrets: v.optional(v.array(v.string()), []),
})
export type ContactEndedSettings = v.InferOutput<typeof ContactEndedConfig>

export const ContactEndedBody = v.object({ contactId: v.pipe(v.union([v.string(), v.number()]), v.transform(String), v.regex(/^\d{1,20}$/, "contactId must be digits")) })

/**
 * The callout's matrix, or why there is none. A bad matrix breaks only this
 * route (503 naming the variable), never the runtime or other commands.
 */
function calloutMatrix(rt: Runtime, cfg: ContactEndedSettings | undefined): { matrix: Matrix } | { problem: string } {
  if (!cfg?.matrix || cfg.problem) return { problem: cfg?.problem ?? "set CXEDGE_CALLOUT_MATRIX (a shipped matrix name or a matrix object) to enable this route" }
  const from = cfg.matrixFrom ?? "settings.anonymize.contactEnded.matrix"
  const spec = cfg.matrix
  const json = typeof spec === "string" ? builtinMatrices[spec] : spec
  if (!json) return { problem: `${from} names no shipped matrix: use ${Object.keys(builtinMatrices).join(", ")} or a matrix object` }
  const { matrix, issues } = readMatrix(json)
  // Unknown transforms, bad params or missing keys show only when compiled against this runtime's transforms and keys.
  const all = matrix ? checkMatrix(matrix, { transforms: rt.transforms, keys: rt.keys }).issues : issues
  if (!matrix || all.length) return { problem: `${from} is not a valid matrix (${all.slice(0, 3).map((i) => `${i.where}: ${i.message}`).join("; ")}): fix it` }
  return { matrix }
}

/**
 * `POST /webhooks/cxone/contact-ended`: a CXone Studio callout (signed per
 * Standard Webhooks) names a contact that just ended; it is anonymized with
 * the configured matrix by a queued job (`contact_<id>`, so a repeated
 * callout changes nothing), and the answer is 202 with the job id.
 */
type Settings = AnonymizeSettings & { contactEnded?: ContactEndedSettings }

/** Registers the job that anonymizes one contact (wherever the queue is drained: server, CLI, queue consumer). */
export function handleContactJobs(rt: Runtime, settings: Settings) {
  const cfg = settings.contactEnded
  const resolved = cfg ? calloutMatrix(rt, cfg) : undefined
  if (resolved && "problem" in resolved) rt.log.warn(`the contact-ended callout is off: ${resolved.problem}`)
  if (cfg && resolved && "matrix" in resolved) {
    const matrix = resolved.matrix
    const target = cfg.target ?? (matrix.target === "erasure" ? "erasure" : "patch")
    const from = cfg.source ?? (target === "erasure" ? "cxone" : "records")
    rt.tasks.handle(CONTACT_JOB, async (payload, task) => {
      const { contactId } = payload as { contactId: string }
      const job = await prepareJob(rt, { jobId: task.id, matrix, source: { kind: "single", id: contactId, from }, target: { kind: target } }, settings)
      if (job.finished) return
      await completeJob(rt, job, { concurrency: 1 })
    })
  }
}

export function contactEndedRoute(app: Hono<any>, rt: Runtime, settings: Settings) {
  const cfg = settings.contactEnded
  const resolved = cfg ? calloutMatrix(rt, cfg) : undefined
  app.post("/webhooks/cxone/contact-ended", async (c) => {
    if (!cfg || !resolved) {
      return c.json({ error: "callout_disabled", message: "set CXEDGE_CALLOUT_SECRETS and a contactEnded matrix (CXEDGE_CALLOUT_MATRIX) to enable this route" }, 503)
    }
    if ("problem" in resolved) return c.json({ error: "callout_misconfigured", message: `[cxedge] [anonymize] ${resolved.problem}` }, 503)
    if (cfg.secrets.length === 0) return c.json({ error: "callout_disabled", message: "set CXEDGE_CALLOUT_SECRETS to enable this route" }, 503)
    const body = await c.req.text()
    if (body.length > 16 * 1024) return c.json({ error: "payload_too_large", message: "the body is larger than 16384 bytes" }, 413)
    const verdict = verifyWebhook(cfg.secrets, body, (n) => c.req.header(n), { toleranceSec: 300, nowMs: rt.clock.now() })
    if (!verdict.ok) return c.json({ error: verdict.error, message: verdict.message }, verdict.status)
    let json: unknown
    try {
      json = JSON.parse(body)
    } catch {
      return c.json({ error: "invalid_json", message: "the body is not JSON" }, 400)
    }
    const parsed = v.safeParse(ContactEndedBody, json)
    if (!parsed.success) return c.json({ error: "invalid_payload", message: `contactId: ${parsed.issues[0].message}` }, 422)
    const jobId = `contact_${parsed.output.contactId}`
    const { created } = await rt.tasks.enqueue(CONTACT_JOB, { contactId: parsed.output.contactId }, jobId)
    inBackground(c, () => rt.tasks.drain(), rt.log)
    return c.json({ jobId, ...(created ? {} : { duplicate: true }) }, 202)
  })
}
