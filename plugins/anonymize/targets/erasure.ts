import * as crypto from "node:crypto"
import { ValidationError, type CxoneClient, type Runtime } from "../../../core/index.ts"
import { digitalMediaKeys, mediaKey, normalize, toEmail, unknownMediumWarner } from "../../../core/index.ts"
import type { FieldProblem } from "../matrix/index.ts"
import { type SourceRecord, type Target } from "../pipeline.ts"
import type { Journal } from "../journal.ts"
import { dfoAuthorNameRemoval, dfoContentRemoval, privacyErasure } from "../operations.ts"
import { readHistory, type DfoHistoryOptions } from "./dfo-history.ts"

export interface SubjectField {
  path: string
  /** PHONENO or EMAIL; absent means decided per value (an address with @ is an email). */
  type?: "PHONENO" | "EMAIL"
}

export interface ErasureOptions {
  subjects: SubjectField[]
  journal: Journal
  /** Pseudonymizes a subject for hooks (hmac), or undefined when no key is configured. */
  pseudonym(value: string): string | undefined
  /** Media type names whose contacts have DFO messages to redact. */
  digitalMedia?: readonly string[]
  /** Told once per medium of a contact neither digital nor known to have no DFO messages (its name quoted). */
  warn?(medium: string): void
  /** Record field holding the DFO contact number (unverified that it equals the ACD contactId). */
  dfoContactField?: string
  /** How the DFO history response is read (its shape is not published). */
  dfoHistory?: DfoHistoryOptions
  defaultCountryCode?: string
  /**
   * An earlier run of this job may have sent erasure requests: each subject is looked up in the
   * journal first. False for a new job, whose journal holds none yet: no read per subject.
   */
  resume?: boolean
}

// One-shot `hash` (Node 20.12+, Bun) is several times faster than a Hash object per subject.
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: "hex") => string }).hash
const sha256Hex = (text: string): string => (oneShot ? oneShot("sha256", text, "hex") : crypto.createHash("sha256").update(text).digest("hex"))

type Subject = { type: "PHONENO" | "EMAIL"; value: string }

const valueAt = (data: Record<string, unknown>, path: string) =>
  path.split(".").reduce<unknown>((n, k) => (n && typeof n === "object" && Object.hasOwn(n, k) ? (n as Record<string, unknown>)[k] : undefined), data)

/**
 * The record's subjects, normalized; a number that cannot be read throws (naming the field), never erased as a guess.
 * A value that is not of its field's declared type throws too (naming the path and the type, never the value): skipped,
 * its subject would get no erasure while the contact was counted done.
 */
function subjectsOf(data: Record<string, unknown>, fields: SubjectField[], cc?: string): Subject[] {
  const out = new Map<string, Subject>()
  for (const f of fields) {
    const raw = valueAt(data, f.path)
    if (typeof raw !== "string" || !raw.trim()) continue
    const type = f.type ?? (raw.includes("@") ? "EMAIL" : "PHONENO")
    const fits = type === "EMAIL" ? raw.includes("@") : !raw.includes("@") && raw.replace(/\D/g, "").length >= 7
    if (!fits && f.type) throw notOfType(f.path, f.type)
    if (!fits) continue
    const value = type === "EMAIL" ? toEmail(raw) : (normalize("e164", raw, f.path, cc) as string)
    out.set(`${type}:${value}`, { type, value })
  }
  return [...out.values()]
}

const notOfType = (path: string, type: "PHONENO" | "EMAIL") =>
  new ValidationError(
    "anonymize",
    `subject ${path} is declared ${type}, but this contact's value there is not ${type === "EMAIL" ? "an email address" : "a phone number"}: nothing is sent for this contact; drop the subject's "type" (each value is then read as what it is) or fix it, and run a new job`,
    path,
    "E_SUBJECT_TYPE",
  )

/** `make()` once per object; a throw is not remembered, so it is thrown again the next time. */
function remember<T>(seen: WeakMap<object, T>, key: object, make: () => T): T {
  if (seen.has(key)) return seen.get(key) as T
  const value = make()
  seen.set(key, value)
  return value
}

/**
 * What erasure reads from a record: its subjects and, for a digital contact,
 * its DFO contact number. `check` and `write` read the same record, so each
 * is worked out once (a phone number parse is the costly part).
 */
function recordReader(options: ErasureOptions) {
  const digital = digitalMediaKeys(options.digitalMedia)
  const unknownMedium = unknownMediumWarner(digital, options.warn ?? (() => {}))
  const dfoField = options.dfoContactField ?? "contactId"
  const subjectsSeen = new WeakMap<object, Subject[]>()
  const contactSeen = new WeakMap<object, string | undefined>()

  /** The DFO contact number of a digital contact (a string, never through a JS number), undefined for other media; throws what `check` reports. */
  function dfoContactOf(data: Record<string, unknown>): string | undefined {
    if (!digital.has(mediaKey(data.mediaTypeName))) return void unknownMedium(data.mediaTypeName)
    const raw = valueAt(data, dfoField)
    if (typeof raw === "string" && /^\S+$/.test(raw)) return raw
    if (typeof raw === "number" && Number.isSafeInteger(raw) && raw >= 0) return String(raw)
    const what = raw === undefined || raw === null || raw === "" ? "has no" : typeof raw === "number" ? "has an inexact number as its" : "has an unusable"
    throw new ValidationError(
      "anonymize",
      `a digital contact ${what} DFO contact number at ${dfoField}: its messages cannot be found; set settings.anonymize.dfoContactField to the field that holds it`,
      dfoField,
      "E_DFO_CONTACT",
    )
  }
  return {
    subjectsOfRecord: (data: Record<string, unknown>) => remember(subjectsSeen, data, () => subjectsOf(data, options.subjects, options.defaultCountryCode)),
    dfoContactOfRecord: (data: Record<string, unknown>) => remember(contactSeen, data, () => dfoContactOf(data)),
  }
}

/**
 * How long a subject's request id waits for others to share its journal write, and how many make a write go
 * at once. At 200 requests/s a job erases some 90 subjects a second: 100 ms gathers about 9 of them per write
 * (one fs file each), where 50 ms and 16 made twice the writes; a contact waits at most 100 ms more, while
 * its own requests take longer than that at this rate.
 */
const GROUP_MS = 100
const GROUP_MAX = 64

/**
 * Journals subjects' request ids a group at a time: a write is one file on
 * fs storage, and erasures of a job are mostly one subject each. Each caller
 * still waits until its entry is stored (as long as GROUP_MS more), so a
 * contact never goes on, or finishes, before its request id is in the journal.
 */
function groupCommit(journal: Journal) {
  let pending: [string, { requestId: string }][] = []
  let go: (() => void) | undefined
  let stored: Promise<void> | undefined
  const flush = () => {
    const batch = pending
    pending = []
    go = undefined
    stored = undefined
    return batch.length === 1 ? journal.subject.set(...batch[0]!) : journal.subject.setMany(batch)
  }
  return (key: string, value: { requestId: string }): Promise<void> => {
    pending.push([key, value])
    if (!stored) {
      const due = new Promise<void>((resolve) => {
        go = resolve
        setTimeout(resolve, GROUP_MS)
      })
      stored = due.then(flush)
    }
    const mine = stored
    if (pending.length >= GROUP_MAX) go?.()
    return mine
  }
}

/**
 * The real CXone path: no PATCH exists for contact personal data, so each
 * normalized phone/email subject gets one Privacy erasure request per job
 * (its request id journaled, concurrent contacts of one subject share one
 * request), and a digital contact's DFO messages get content and
 * author-name removal (409, already removed, counts as done).
 *
 * Per contact it gathers first and acts second: every subject and every
 * message id (all history pages) is read before the first erasure is sent,
 * so a contact whose history cannot be read fails with E_GATHER having sent
 * nothing, and `--resume` retries it. Problems in the record itself (a phone
 * number that cannot be read, a digital contact without a DFO contact
 * number) are found by `check`, before the job writes anything, and the
 * record is refused as invalid.
 */
export function createErasureTarget(rt: Runtime, client: CxoneClient, options: ErasureOptions): Target {
  const inflight = new Map<string, Promise<string>>()
  const warn = (medium: string) =>
    rt.log.warn(`[cxedge] [anonymize] contacts of medium ${medium} are not in settings.anonymize.digitalMedia: their DFO messages are not removed (their Privacy erasures are sent); if the medium has DFO messages, cxedge does not know its name yet: report it to the cxedge maintainers`)
  const { subjectsOfRecord, dfoContactOfRecord } = recordReader({ warn, ...options })
  const journalSubject = groupCommit(options.journal)

  async function tell(jobId: string, subject: Subject, requestId: string) {
    const token = options.pseudonym(subject.value)
    if (token) await rt.hooks.emit("subject:erasure", { jobId, subject: token, subjectType: subject.type, requestId })
  }

  async function erase(jobId: string, subject: Subject): Promise<string> {
    const key = sha256Hex(`${subject.type}:${subject.value}`).slice(0, 40)
    let pending = inflight.get(key)
    if (!pending) {
      pending = (async () => {
        if (options.resume !== false) {
          const known = await options.journal.subject.get(key)
          // Told again: the run that journaled it may have stopped before a durable listener (audit, outbox) kept the
          // event. A record told twice is one webhook (its id is the request's); one never told is lost for good.
          if (known?.requestId) {
            await tell(jobId, subject, known.requestId)
            return known.requestId
          }
        }
        const { requestId } = await client.call(privacyErasure, { subjectIdentifier: subject.value, subjectIdentifierType: subject.type })
        await journalSubject(key, { requestId })
        await tell(jobId, subject, requestId)
        return requestId
      })()
      inflight.set(key, pending)
      pending.catch(() => inflight.delete(key))
    }
    return pending
  }

  async function removeOnce(op: typeof dfoContentRemoval, messageId: string) {
    try {
      await client.call(op, { messageId, reason: "GDPR" })
    } catch (error) {
      if ((error as { status?: number }).status !== 409) throw error
    }
  }

  return {
    name: "erasure",
    check(record: SourceRecord): FieldProblem[] {
      const problems: FieldProblem[] = []
      for (const read of [() => subjectsOfRecord(record.data), () => dfoContactOfRecord(record.data)]) {
        try {
          read()
        } catch (error) {
          if (!(error instanceof ValidationError)) throw error
          problems.push({ path: error.path ?? "", transform: "erasure", code: error.code, reason: error.message.replace(/^\[cxedge\] \[[^\]]+\] /, "") })
        }
      }
      return problems
    },
    async write(ctx) {
      // Gather: everything this contact needs is read before anything is sent.
      const subjects = subjectsOfRecord(ctx.record.data)
      const contactNumber = dfoContactOfRecord(ctx.record.data)
      const messageIds = contactNumber === undefined ? [] : await readHistory(client, contactNumber, options.dfoHistory)
      // Act: the Privacy erasures, then the message removals.
      const requestIds: string[] = []
      for (const s of subjects) requestIds.push(await erase(ctx.jobId, s))
      for (const id of messageIds) {
        await removeOnce(dfoContentRemoval, id)
        await removeOnce(dfoAuthorNameRemoval, id)
      }
      const tokens = subjects.map((s) => options.pseudonym(s.value)).filter((t): t is string => !!t)
      return { written: subjects.length > 0 || messageIds.length > 0, requestIds, subjects: tokens, verified: true }
    },
  }
}
