import * as v from "valibot"
import type { Context, Hono } from "hono"
import { checkQuery, didYouMean, documentRoute, inBackground, suggestName, type Runtime, withoutBom } from "../../core/index.ts"
import { checkMatrix, readMatrix, type Matrix } from "./matrix/index.ts"
import { createCalloutAuth, type Refusal } from "./callout-auth.ts"
import { builtinMatrices } from "./matrices.ts"
import { completeQueuedJob, prepareJob } from "./prepare.ts"
import type { AnonymizeSettings, ContactEndedSettings } from "./settings.ts"

export const CONTACT_JOB = "anonymize.contact"


const INT64_MAX = 9_223_372_036_854_775_807n
const DIGITS = "contactId must be a string of digits (no sign, space or leading zero), like \"600042000001\""

/**
 * Whether a string of 19 or more digits fits in 64 bits. Anything else passes: valibot runs this check even
 * after the digits rule refused the value, and BigInt would throw on it (a 500 the platform retries forever).
 */
const fitsInt64 = (s: string) => !/^\d{19,}$/.test(s) || BigInt(s) <= INT64_MAX

/**
 * `{"contactId": "600042000001"}`; a JSON number is accepted while it is
 * exact. Contact ids are 64-bit: a bare number above 2^53 - 1 has already
 * been rounded by the JSON parser, so it is refused and a string asked for.
 * Other keys are ignored on purpose: a Studio script may send context of its
 * own (`"skill": 4101`), and refusing it would leave the contact
 * un-anonymized at run time. A misspelt contactId is named (see the route).
 */
export const ContactEndedBody = v.object({
  contactId: v.pipe(
    v.union(
      [
        v.pipe(v.string(), v.regex(/^[1-9]\d*$/, DIGITS), v.check(fitsInt64, "contactId is larger than a 64-bit id")),
        v.pipe(
          v.number(),
          v.integer("contactId must be a whole number"),
          v.minValue(1, "contactId must be a positive whole number"),
          v.maxValue(Number.MAX_SAFE_INTEGER, 'contactId is a JSON number above 2^53 - 1, which JSON parsers round: send it as a string, {"contactId":"<digits>"}'),
        ),
      ],
      DIGITS,
    ),
    v.transform(String),
  ),
})

/** What /openapi.json says about the route; the body is the schema the route parses with. */
const contactEndedDocs = documentRoute({
  summary: "A CXone Studio callout: anonymize this contact now (idempotent per contact id)",
  description:
    "Auth: Authorization: Bearer <a token from CXEDGE_CALLOUT_TOKENS> (a Studio script), or a Standard Webhooks signature (CXEDGE_CALLOUT_SECRETS, a signing proxy); optionally only from CXEDGE_CALLOUT_ALLOW_IPS",
  body: ContactEndedBody,
  responses: {
    202: { description: "queued, with duplicate: true when that contact's job already exists", schema: v.object({ jobId: v.string(), duplicate: v.optional(v.literal(true)) }) },
    400: "not JSON, signature headers malformed, or a query parameter (the route takes none)",
    401: "no valid bearer token or signature (the message says which is expected)",
    403: "source address not in CXEDGE_CALLOUT_ALLOW_IPS",
    413: "body over 16 KiB",
    415: "content type other than JSON, text/plain or x-www-form-urlencoded (the body is JSON in every case)",
    422: "contactId missing or not a 64-bit id (a JSON number above 2^53 - 1 must be sent as a string) (a misspelt contactId is named; other keys are ignored)",
    503: "not configured",
  },
})

/**
 * Studio REST actions differ in the content type they send, and clients that
 * default to a form type (curl -d) are common: none, JSON, text/plain and
 * x-www-form-urlencoded all carry the JSON body. Anything else (multipart, XML) is refused.
 */
const READABLE = /^(application\/([\w.+-]+\+)?json|text\/plain|application\/x-www-form-urlencoded)\s*(;|$)/i
const MAX_BODY = 16 * 1024

/**
 * The callout's matrix, or why there is none. A bad matrix breaks only this
 * route (503 naming the variable), never the runtime or other commands.
 */
function calloutMatrix(rt: Runtime, cfg: ContactEndedSettings | undefined): { matrix: Matrix } | { problem: string } {
  if (!cfg?.matrix || cfg.problem) return { problem: cfg?.problem ?? "set CXEDGE_CALLOUT_MATRIX (a shipped matrix name or a matrix object) to enable this route" }
  const from = cfg.matrixFrom ?? "settings.anonymize.contactEnded.matrix"
  const spec = cfg.matrix
  const json = typeof spec === "string" ? builtinMatrices[spec] : spec
  if (!json) return { problem: `${from} names no shipped matrix${typeof spec === "string" ? didYouMean(spec, Object.keys(builtinMatrices)) : ""}: use ${Object.keys(builtinMatrices).join(", ")} or a matrix object` }
  const { matrix, issues } = readMatrix(json)
  // Unknown transforms, bad params or missing keys show only when compiled against this runtime's transforms and keys.
  const all = matrix ? checkMatrix(matrix, { transforms: rt.transforms, keys: rt.keys }).issues : issues
  if (!matrix || all.length) return { problem: `${from} is not a valid matrix (${all.slice(0, 3).map((i) => `${i.where}: ${i.message}`).join("; ")}): fix it` }
  return { matrix }
}

/** Registers the job that anonymizes one contact (wherever the queue is drained: server, CLI, queue consumer). */
export function handleContactJobs(rt: Runtime, settings: AnonymizeSettings) {
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
      await completeQueuedJob(rt, job, { concurrency: 1 })
    })
  }
}

/**
 * `POST /webhooks/cxone/contact-ended`: a CXone Studio script (Bearer token)
 * or a signing proxy (Standard Webhooks) names a contact that just ended; a
 * queued job (`contact_<id>`) anonymizes it with the configured matrix. The
 * answer comes at once, never waiting for the job (Studio gives up after
 * 90 s and reads 32 KB at most): 202 `{"jobId":"contact_<id>"}`, with
 * `"duplicate":true` when that contact's job already exists, which is what
 * Studio's own retries get, so a retried callout changes nothing.
 */
export function contactEndedRoute(app: Hono<any>, rt: Runtime, settings: AnonymizeSettings) {
  const cfg = settings.contactEnded
  const resolved = cfg ? calloutMatrix(rt, cfg) : undefined
  const auth = createCalloutAuth({ tokens: cfg?.tokens ?? [], secrets: cfg?.secrets ?? [], allowIps: cfg?.allowIps, trustProxy: cfg?.trustProxy })
  const refuse = (c: Context, r: Refusal) => c.json({ error: r.error, message: r.message }, r.status, r.headers)
  app.post("/webhooks/cxone/contact-ended", contactEndedDocs, async (c) => {
    if (!auth.enabled) {
      return c.json({ error: "callout_disabled", message: "the callout is off: set CXEDGE_CALLOUT_TOKENS (a Studio script sends it as a Bearer token) or CXEDGE_CALLOUT_SECRETS (a signing proxy), and CXEDGE_CALLOUT_MATRIX" }, 503)
    }
    // Source and bearer token first: nothing of a refused caller's body is read.
    const early = auth.before(c)
    if (typeof early === "object") return refuse(c, early)
    // The route takes no query parameters: one in the callout URL would change nothing it seems to.
    const query = checkQuery(c.req.queries(), [], c.req.url, Object.keys(ContactEndedBody.entries))
    if (query) return c.json(query, 400)
    const type = c.req.header("content-type")
    if (type !== undefined && type.trim() !== "" && !READABLE.test(type.trim())) {
      return c.json({ error: "unsupported_media_type", message: 'the body must be JSON, {"contactId":"<digits>"}: send it with Content-Type: application/json' }, 415)
    }
    const body = await readLimited(c.req.raw, MAX_BODY)
    if (body === undefined) return c.json({ error: "payload_too_large", message: `the body is larger than ${MAX_BODY} bytes: send only {"contactId":"<digits>"}` }, 413)
    if (early === "signature") {
      const refused = auth.signature(c, body, rt.clock.now())
      if (refused) return refuse(c, refused)
    }
    if (!resolved || "problem" in resolved) {
      const problem = resolved && "problem" in resolved ? resolved.problem : "set CXEDGE_CALLOUT_MATRIX (a shipped matrix name or a matrix object) to enable this route"
      return c.json({ error: "callout_misconfigured", message: `[cxedge] [anonymize] ${problem}` }, 503)
    }
    let json: unknown
    try {
      json = JSON.parse(withoutBom(body))
    } catch {
      return c.json({ error: "invalid_json", message: 'the body is not JSON: send {"contactId":"<digits>"}' }, 400)
    }
    if (typeof json !== "object" || json === null || Array.isArray(json)) return c.json({ error: "invalid_payload", message: 'the body must be a JSON object, {"contactId":"<digits>"}' }, 422)
    if (!("contactId" in json)) {
      const near = Object.keys(json).find((k) => suggestName(k, ["contactId"]))
      const hint = near ? ` (found "${near.slice(0, 60)}": did you mean "contactId"?)` : ""
      return c.json({ error: "invalid_payload", message: `contactId is missing${hint}: send {"contactId":"<digits>"}` }, 422)
    }
    const parsed = v.safeParse(ContactEndedBody, json)
    if (!parsed.success) return c.json({ error: "invalid_payload", message: parsed.issues[0].message }, 422)
    const contactId = parsed.output.contactId
    const jobId = `contact_${contactId}`
    const { created } = await rt.tasks.enqueue(CONTACT_JOB, { contactId }, jobId)
    inBackground(c, () => rt.tasks.drain(), rt.log)
    return c.json({ jobId, ...(created ? {} : { duplicate: true }) }, 202)
  })
}

/** The body as text, or `undefined` past `max` bytes: a declared length is refused unread, a stream is cut off when it passes. */
async function readLimited(request: Request, max: number): Promise<string | undefined> {
  const declared = request.headers.get("content-length")
  if (declared !== null && Number(declared) > max) return undefined
  if (!request.body) return ""
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > max) {
      await reader.cancel()
      return undefined
    }
    chunks.push(value)
  }
  const bytes = new Uint8Array(size)
  let at = 0
  for (const chunk of chunks) bytes.set(chunk, (at += chunk.byteLength) - chunk.byteLength)
  return new TextDecoder().decode(bytes)
}
