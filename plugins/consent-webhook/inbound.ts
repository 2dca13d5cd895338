import { createHash } from "node:crypto"
import * as v from "valibot"
import { CxedgeError, describeBodyIssue, repeatedKeyOf, describeError, documentRoute, emailFormHint, EXTENSION_REFUSAL, forgetAudited, phoneExtension, sinkFailure, suggestName, toE164, toEmail, verifyWebhook, type AuditEntry, type Runtime } from "../../core/index.ts"

/**
 * The payload a consent platform sends. Loose on purpose: a third-party
 * platform's Standard Webhooks payload may carry fields of its own (an id,
 * a reason, a requestedAt), and refusing them would break the integration
 * for nothing. A key that is a near-miss of one read here (`subjectTyp`) is
 * refused, though (see nearMiss): it would otherwise be silently ignored.
 */
export const ErasureRequestSchema = v.object({
  type: v.picklist(["erasure.requested", "subject.erasure.requested", "access.requested", "subject.access.requested"]),
  timestamp: v.optional(v.string()),
  data: v.object({
    subject: v.pipe(v.string(), v.minLength(3), v.maxLength(320)),
    subjectType: v.optional(v.picklist(["EMAIL", "PHONENO"])),
  }),
})

/** What /openapi.json says about `POST /webhooks/consent`; the body is the schema the request is parsed with. */
export const consentRouteDocs = documentRoute({
  summary: "A consent platform's erasure or access request: queues an erasure job, or an access export (collected at GET /v1/subjects/exports/{id})",
  signed: true,
  body: ErasureRequestSchema,
  responses: {
    202: { description: "queued; for an access request `exportId` (also in the subject.access.ready event)", schema: v.object({ jobId: v.string(), exportId: v.optional(v.string()) }) },
    200: {
      description: "a duplicate webhook-id (the first request's answer), or an erasure of a subject under legal hold: nothing queued, nothing written",
      schema: v.union([v.object({ jobId: v.string(), exportId: v.optional(v.string()), duplicate: v.literal(true) }), v.object({ held: v.literal(true), holdId: v.string(), duplicate: v.optional(v.literal(true)) })]),
    },
    400: "malformed, or a query parameter (the route takes none)",
    401: "bad signature or stale timestamp",
    409: "settings.consent-webhook.tenantId is set and the payload names another tenant (tenantId or tenant, at the top or in data), or `webhook_id_reused`: the webhook-id was taken before with another body; nothing queued",
    413: "too large",
    415: "a body declared as something else than JSON or text/plain (a form, XML), or in another charset than UTF-8",
    422: "invalid payload, or an unknown field that looks like a misspelt known one (other extra fields are the platform's own and ignored)",
    500: "audit_missing: the request was taken (its job queued, or its hold found: `jobId`, `exportId`, `holdId`), but its audit record could not be written; the same request again (its webhook-id) writes it and queues nothing twice",
    503: "inbound webhooks are off (no CXEDGE_CONSENT_SECRETS), no plugin handles the request (anonymize: erasure, subject: access), or a write gate cannot judge the subject (a legal hold whose key left CXEDGE_HMAC_KEYS; retry once it is back)",
  },
})

/** The payload's shape, for a refusal to end with. */
const SHAPE = '{"type": "access.requested" | "erasure.requested", "data": {"subject": EMAIL or +PHONE, "subjectType"?: "EMAIL" | "PHONENO"}}'

/** An unknown key that looks like a misspelt known one, named with it; other extra keys are the platform's own. */
function nearMiss(json: Record<string, unknown>): string | undefined {
  const isObject = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x)
  const levels: [Record<string, unknown>, string, string[]][] = [
    [json, "", Object.keys(ErasureRequestSchema.entries)],
    ...(isObject(json.data) ? [[json.data, "data.", Object.keys(ErasureRequestSchema.entries.data.entries)] as [Record<string, unknown>, string, string[]]] : []),
  ]
  for (const [object, prefix, known] of levels) {
    for (const key of Object.keys(object)) {
      if (known.includes(key)) continue
      const near = suggestName(key, known)
      if (near && !(near in object)) return `unknown field "${prefix}${key.slice(0, 60)}" (did you mean "${prefix}${near}"?): fix the consent platform's payload`
    }
  }
  return undefined
}

export interface InboundResult {
  status: 200 | 202 | 400 | 401 | 409 | 413 | 422 | 500 | 503
  body: { jobId?: string; exportId?: string; duplicate?: boolean; held?: boolean; holdId?: string; error?: string; message?: string }
}

export interface InboundOptions {
  secrets: string[]
  maxBodyBytes: number
  /** Seconds a timestamp may be off; 0 turns the check off (a saved payload replayed from the CLI). */
  toleranceSec: number
  /** settings.consent-webhook.tenantId: set, a payload naming another tenant is refused (409). */
  tenantId?: string
}

/** A body over the limit: a request names one subject, so the platform sent something else (or the limit is set too low). */
export const tooLarge = (max: number) =>
  `the body is larger than ${max} bytes: an erasure or access request names one subject in a few hundred bytes; check what the consent platform sends (or raise settings.consent-webhook.maxBodyBytes)`

/** The subject's type: given, or an address when it holds an @. */
const subjectTypeOf = (given: "EMAIL" | "PHONENO" | undefined, raw: string) => given ?? (raw.includes("@") ? "EMAIL" : "PHONENO")

const fail = (status: InboundResult["status"], error: string, message: string): InboundResult => ({ status, body: { error, message } })

/**
 * A payload naming its tenant (`tenantId` or `tenant`, at the top or in `data`) when settings name the tenant id the
 * platform uses for this server: one naming another was queued here, erasing or exporting the subject on the wrong
 * tenant. Refused (409) naming both tenants, never the subject. Without that setting the fields are the platform's own
 * (its account id, say): every request of such a platform was refused 409, so no erasure was queued at all.
 */
function otherTenant(serving: string | undefined, json: Record<string, unknown>): InboundResult | undefined {
  if (serving === undefined) return undefined
  const data = typeof json.data === "object" && json.data !== null ? (json.data as Record<string, unknown>) : {}
  const named = [["tenantId", json.tenantId], ["tenant", json.tenant], ["data.tenantId", data.tenantId], ["data.tenant", data.tenant]].filter(([, value]) => value !== undefined)
  if (!named.length) return undefined
  const [field, value] = named[0]!
  if (typeof value !== "string" || !value.trim()) return fail(422, "invalid_payload", `${field} is not a tenant id (a non-empty string): send the tenant's id, or leave it out`)
  if (value.trim() === serving) return undefined
  const shown = /^[\w.:-]{1,64}$/.test(value.trim()) ? JSON.stringify(value.trim()) : "(not quoted: not a tenant id's shape)"
  return fail(409, "tenant_mismatch", `${field} ${shown} is not this server's tenant ("${serving}", settings.consent-webhook.tenantId): nothing was queued; send the request to the server of that tenant, or fix the consent platform's tenant setting`)
}

/** A webhook already taken: its job or hold, its body's digest, and the audit record it still owes when writing that failed. */
interface Seen {
  jobId?: string
  exportId?: string
  holdId?: string
  at?: number
  /** `sha256:<hex>` of the raw body (never the body): a retry sends the same one. Absent on requests taken before it was kept. */
  digest?: string
  owed?: AuditEntry
}

const digestOf = (body: string) => `sha256:${createHash("sha256").update(body).digest("hex")}`

/**
 * The id taken before with another body: a signed request for another subject under a used webhook-id was answered
 * "already received" and dropped. A sender's retry sends the same body; this is another request, refused (409).
 */
const reusedId = (id: string): InboundResult =>
  fail(409, "webhook_id_reused", `webhook-id ${id} was already received, and this body differs from the one first received under it: nothing was done; a retry sends the same body, a new request needs a new webhook-id`)

/** The record of a taken request, as each sink's skip mark names it: a request is taken once per webhook-id. */
const onceOf = (id: string, seen: Seen) => `consent.${id}.${seen.at ?? 0}`

/**
 * Keeps a taken request as seen, owing its audit record, then writes the record and clears the debt. Seen first: the
 * sender's retry is then a duplicate, never a second erasure; owing it: when the sink fails (our 500), that retry writes
 * the record, which was lost for good before (the retry was answered "duplicate" and nothing else was done).
 */
async function recordTaken(rt: Runtime, id: string, seen: Seen, entry: AuditEntry): Promise<InboundResult | undefined> {
  await rt.storage.namespace("outbox").setItem(`in:${id}`, { ...seen, owed: entry })
  return writeOwedRecord(rt, id, { ...seen, owed: entry })
}

/**
 * Writes the audit record a seen request still owes, then keeps it seen without the debt. With one sink of several
 * failed, the retry writes it only to the sinks that lack it: each that took it keeps a mark until all hold it. A sink
 * that fails is answered `audit_missing` (see recordMissing); undefined when the record is written.
 */
async function writeOwedRecord(rt: Runtime, id: string, seen: Seen): Promise<InboundResult | undefined> {
  const { owed, ...rest } = seen
  try {
    await rt.hooks.emit("audit:record", { ...owed!, once: onceOf(id, seen) })
  } catch (error) {
    return recordMissing(rt, id, seen, error)
  }
  await rt.storage.namespace("outbox").setItem(`in:${id}`, rest)
  await forgetAudited(rt, onceOf(id, seen))
  return undefined
}

/**
 * A taken request whose audit record failed: 500 (the platform sends it again), what was taken, and that sending it
 * again writes the record and takes nothing twice. Before, a generic 500 quoted the sink's error, its file path with it.
 */
function recordMissing(rt: Runtime, id: string, seen: Seen, error: unknown): InboundResult {
  rt.log.warn(`consent: request ${id} was taken, but its audit record could not be written: ${describeError(error)}`)
  const { jobId, exportId, holdId } = seen
  const taken = holdId ? `its subject is under legal hold ${holdId}: nothing queued` : exportId ? `access export ${exportId} queued` : `erasure job ${jobId} queued`
  const message = `the request was taken (${taken}), but its audit record could not be written (${sinkFailure(error)}): send the same request again (its webhook-id) to write it; nothing is queued twice`
  return { status: 500, body: { error: "audit_missing", message, ...(holdId ? { holdId } : { jobId }), ...(exportId ? { exportId } : {}) } }
}

/** The body as a JSON object, or its refusal: not JSON, a key given twice, or no object. */
function readPayload(signed: string): { json: Record<string, unknown> } | InboundResult {
  // A byte-order mark is part of what was signed (verified with it), not of the JSON.
  const body = signed.charCodeAt(0) === 0xfeff ? signed.slice(1) : signed
  let json: unknown
  try {
    json = JSON.parse(body)
  } catch {
    return fail(400, "invalid_json", "the body is not JSON")
  }
  // A key given twice was read as its last value (JSON.parse's way): a second subject was erased in place of the first.
  const repeated = repeatedKeyOf(body, json)
  if (repeated) return fail(422, "invalid_payload", `${repeated} is given twice: which one is meant is not known, so nothing was started; send each key once`)
  // A list, a string or null is no payload: valibot's words named a missing "type" of it, or quoted it.
  if (typeof json !== "object" || json === null || Array.isArray(json)) return fail(422, "invalid_payload", `the body is ${Array.isArray(json) ? "a list" : json === null ? "null" : `a ${typeof json}`}, not a JSON object: send ${SHAPE}`)
  return { json: json as Record<string, unknown> }
}

/**
 * A consent platform's erasure request: signature and timestamp checked,
 * duplicates (by webhook-id) answered with the first job id, the subject
 * normalized once (its type, when the platform leaves it out, decided here
 * and carried on) and queued as the anonymize plugin's subject-erasure task.
 * Nothing is started unless every check passes; a task that cannot be
 * queued is a 503 the platform sees (it retries), never a silent drop.
 */
export async function acceptErasureRequest(rt: Runtime, options: InboundOptions, body: string, headers: (name: string) => string | undefined): Promise<InboundResult> {
  if (options.secrets.length === 0) return fail(503, "inbound_disabled", "inbound consent webhooks are off: set CXEDGE_CONSENT_SECRETS")
  if (Buffer.byteLength(body) > options.maxBodyBytes) return fail(413, "payload_too_large", tooLarge(options.maxBodyBytes))
  const verdict = verifyWebhook(options.secrets, body, headers, { toleranceSec: options.toleranceSec, nowMs: rt.clock.now() })
  if (!verdict.ok) return fail(verdict.status, verdict.error, verdict.message)
  const id = verdict.id

  const seen = await rt.storage.namespace("outbox").getItem<Seen>(`in:${id}`)
  const digest = digestOf(body)
  if (seen?.digest && seen.digest !== digest) return reusedId(id)
  // The request was taken but its audit record failed (the sender retries on our 500): write it now, act no more.
  const missing = seen?.owed ? await writeOwedRecord(rt, id, seen) : undefined
  if (missing) return missing
  if (seen?.holdId) return { status: 200, body: { held: true, holdId: seen.holdId, duplicate: true } }
  if (seen) return { status: 200, body: { jobId: seen.jobId, ...(seen.exportId ? { exportId: seen.exportId } : {}), duplicate: true } }
  const read = readPayload(body)
  if (!("json" in read)) return read
  const json = read.json
  // A misspelt key first: "subjet" was answered "data.subject: Invalid key: Expected ...", the typo unnamed.
  const typo = nearMiss(json as Record<string, unknown>)
  if (typo) return fail(422, "invalid_payload", typo)
  const parsed = v.safeParse(ErasureRequestSchema, json)
  // In words that never quote a value: a subject sent as a number was quoted back ("but received 447700900123").
  if (!parsed.success) {
    const issue = parsed.issues[0]
    const missing = issue.kind === "schema" && issue.type === "object" && issue.input === undefined
    return fail(422, "invalid_payload", `${missing ? `${v.getDotPath(issue)} is missing` : describeBodyIssue(ErasureRequestSchema, issue)}: send ${SHAPE}`)
  }
  const other = otherTenant(options.tenantId, json as Record<string, unknown>)
  if (other) return other
  const raw = parsed.output.data.subject
  // "mailto:ann@example.com" passed as an address no contact has: the export found nothing, the erasure erased nothing.
  const subjectType = subjectTypeOf(parsed.output.data.subjectType, raw)
  const form = subjectType === "EMAIL" ? emailFormHint(raw) : ""
  if (form) return fail(422, "invalid_subject", `data.subject is not an email address${form}`)
  if (subjectType !== "EMAIL" && phoneExtension(raw)) return fail(422, "invalid_subject", `data.subject ${EXTENSION_REFUSAL}`)
  let subject: string
  try {
    subject = subjectType === "EMAIL" ? toEmail(raw) : toE164(raw)
  } catch {
    // toE164 refuses a number it cannot read by the numbering plan (no guessed country).
    return fail(422, "invalid_subject", "data.subject is not a phone number in international form (+ and a country calling code)")
  }
  const valid = subjectType === "EMAIL" ? /^[^@\s]+@[^@\s]+\.[a-z0-9-]{2,}$/.test(subject) : /^\+\d{7,15}$/.test(subject)
  if (!valid) return fail(422, "invalid_subject", `data.subject is not ${subjectType === "EMAIL" ? "an email address" : "a phone number"}`)
  // An access request is the subject plugin's task kind, an erasure the anonymize plugin's; neither is imported here.
  const access = parsed.output.type.endsWith("access.requested")
  const kind = access ? "subject.access-export" : "anonymize.subject-erasure"
  if (!rt.tasks.hasHandler(kind)) return fail(503, "no_handler", access ? "no plugin handles access requests: load the subject plugin" : "no plugin handles erasure requests: load the anonymize plugin")

  // An erasure of a subject under legal hold (a write gate's veto) is refused: nothing is queued, the audit says which hold.
  // An access request only reads, so a hold does not stop it.
  let held: Awaited<ReturnType<typeof rt.gates.check>>
  try {
    held = !access && rt.gates.active ? await rt.gates.check({ subjects: [{ type: subjectType, value: subject }] }) : undefined
  } catch (error) {
    // A gate that cannot judge (a hold whose key left the ring) stops the request; nothing is stored, so a retry is judged afresh.
    if (!(error instanceof CxedgeError)) throw error
    return fail(503, "hold_unavailable", `a write gate could not check the subject, so nothing was queued: ${error.message.replace(/^\[cxedge\] \[[^\]]+\] /, "")}`)
  }
  if (held) {
    const missed = await recordTaken(rt, id, { holdId: held.heldBy, at: rt.clock.now(), digest }, { action: "erasure.requested", outcome: "held", detail: { webhookId: id, subjectType, gate: held.gate, holdId: held.heldBy } })
    return missed ?? { status: 200, body: { held: true, holdId: held.heldBy } }
  }
  const jobId = `${access ? "access" : "erasure"}_${createHash("sha256").update(id).digest("hex").slice(0, 20)}`
  try {
    await rt.tasks.enqueue(kind, { subject, subjectType }, jobId)
  } catch (error) {
    // Our own errors say what to fix and carry no personal data; anything else is only logged.
    rt.log.warn(`consent: ${access ? "access" : "erasure"} request ${id} not queued: ${describeError(error)}`)
    const why = error instanceof CxedgeError ? error.message.replace(/^\[cxedge\] \[[^\]]+\] /, "") : "see the server log"
    return fail(503, "not_queued", `the ${access ? "access export" : "erasure job"} could not be queued: ${why}`)
  }
  const ids = access ? { jobId, exportId: jobId } : { jobId }
  const missed = await recordTaken(rt, id, { ...ids, at: rt.clock.now(), digest }, { action: access ? "access.requested" : "erasure.requested", outcome: "accepted", jobId, detail: { webhookId: id, subjectType } })
  return missed ?? { status: 202, body: ids }
}
