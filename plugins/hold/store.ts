import { createHash } from "node:crypto"
import { ConfigError, CxedgeError, forgetAudited, ValidationError, writeFailure, type Runtime, type WriteCandidate, type WriteSubject } from "../../core/index.ts"
import { subjectToken } from "../../core/pseudonym.ts"
import { contactSubjects } from "./contact.ts"
import { isActive, markHolds, markOnFirstAsk } from "./mark.ts"
import { refusePiiInReason } from "./reason-pii.ts"
import { holdKey, holdVerdicts, refuseUnmatchable } from "./verdicts.ts"

/** What `holdId` makes: hold_ and base-36 digits. An id of another shape names no hold, whatever the storage holds. */
export const HOLD_ID = /^hold_[a-z0-9]{1,40}$/
/** The rule a hold id breaks, to follow its name in a refusal. */
export const HOLD_ID_RULE = "is not a hold id: ids are hold_ followed by lowercase letters and digits (hold_0a1b2c3d4e5f6g7h)"

/** What a hold holds: a subject (by its keyed token) or one contact (by id). */
export type HoldKind = "email" | "phone" | "contact"

/**
 * A legal hold as stored under the `holds` namespace. A subject is kept only
 * as its keyed token (`sub_<keyId>_...`, the pseudonym the erasure audit
 * records carry), never its value. `reason` is the operator's own text: it
 * is shown by `hold list` and never written to the audit log.
 */
export interface Hold {
  id: string
  kind: HoldKind
  /** For a subject hold: the token of the normalized value, under `keyId`. */
  token?: string
  keyId?: string
  /** The check value of the key `keyId` named when the hold was made: another key under that id is refused, not matched in vain. */
  keyCheck?: string
  contactId?: string
  /**
   * For a contact hold: the keyed tokens of the subjects the contact named
   * when it was held (under `keyId`). CXone erases a subject on every contact
   * of theirs, so the gate holds any contact and any erasure carrying one.
   */
  subjects?: { type: WriteSubject["type"]; token: string }[]
  reason: string
  createdAt: string
  /** ISO instant after which the hold no longer holds. */
  until?: string
  releasedAt?: string
  /**
   * The audit record this hold still owes: stored with the hold before the record is written, cleared once it is. A
   * sink that failed leaves it, and the same add or release asked again writes the record (nothing is done twice).
   */
  auditOwed?: "hold.added" | "hold.released"
  /**
   * Released before the add that was told "run the same command again" (its record failed) was asked again: the
   * release wrote that record. That ask, when it comes, is answered from this hold, once, instead of adding a second.
   */
  addRetryOwed?: true
}

/** What `add` takes: one selector (already normalized), the reason, and an optional end. */
export interface HoldInput {
  kind: HoldKind
  /** The normalized email or E.164 number (subject kinds), or the contact id. */
  value: string
  reason: string
  until?: number
}

const KEY = (id: string) => `h:${id}`

/** How the contact's subjects are read when it is held (the tenant, by default; a test gives its own). */
export type ReadSubjects = (rt: Runtime, contactId: string) => Promise<WriteSubject[]>

/** A reason as two asks of one matter compare it: case and runs of white space aside. */
const sameReason = (r: string) => r.replace(/\s+/g, " ").toLowerCase()

/**
 * A hold's id from what it holds: its selector (a subject's keyed token, or the contact id), its reason and its end,
 * then the first free generation (a hold released and asked for again is a new hold, beside the released one). The
 * same hold asked for twice at once (a retried request, two processes or instances sharing the store) is then one key
 * written twice, never a second hold, on every storage: KV and fs have no atomic test-and-set to make the check
 * before the write one step.
 */
function holdId(selector: string, input: HoldInput, stored: readonly Hold[]): string {
  const content = [input.kind, selector, sameReason(input.reason), input.until === undefined ? "" : new Date(input.until).toISOString()].join("\n")
  const taken = new Set(stored.map((h) => h.id))
  for (let generation = 0; ; generation++) {
    const digest = createHash("sha256").update(`${content}\n${generation}`).digest()
    const id = `hold_${[...digest.subarray(0, 8)].map((b) => b.toString(36).padStart(2, "0").slice(-2)).join("")}`
    if (!taken.has(id)) return id
  }
}

const untilOf = (input: HoldInput) => (input.until === undefined ? undefined : new Date(input.until).toISOString())

/** How a caller asks again: the CLI's command, or an HTTP request. */
export const CLI_RETRY = "run the same command again"
export const HTTP_RETRY = "send the same request again"

/** What a hold's owed record says was done, in the words of `hold add` and `hold release`. */
function doneText(hold: Hold, action: NonNullable<Hold["auditOwed"]>): string {
  if (action === "hold.released") return `hold ${hold.id} released: its contacts are eligible for the next job`
  return `hold ${hold.id} added: ${hold.contactId ? `contact ${hold.contactId}` : `${hold.kind} subject`}${hold.until ? `, until ${hold.until}` : ", until released"}`
}

export { isActive } from "./mark.ts"

/** A hold's state as `hold list` shows it. */
export const stateOf = (hold: Hold, now: number) => (hold.releasedAt ? "released" : isActive(hold, now) ? "active" : "expired")

/**
 * An active hold on the input's subject or contact for the same reason (case and spacing aside), as `add` was asked
 * for again: a script re-run or a request retried made a second hold, which a release of the first left holding.
 * With the same end it is that hold (`same`). With a later end, or none, it is a new hold beside it (`beside`): a hold
 * is lengthened by adding the longer one, then releasing the other, never unheld between (an erasure then would go
 * through). An earlier end is refused: the hold there already holds past it, and is released when the matter ends.
 * Another reason is another matter, held and released on its own: a new hold.
 */
function sameHold(rt: Runtime, holds: Hold[], input: HoldInput): { same?: Hold; beside?: Hold } {
  const same = holds.find((h) => isActive(h, rt.clock.now()) && holdsFor(rt, h, input))
  if (!same) return {}
  const [held, asked] = [same.until === undefined ? Infinity : Date.parse(same.until), input.until ?? Infinity]
  if (asked === held) return { same }
  if (asked > held) return { beside: same }
  const what = input.kind === "contact" ? "contact" : `subject (${input.kind})`
  throw new ValidationError(
    "hold",
    `hold ${same.id} already holds this ${what} for this reason, ${same.until ? `until ${same.until}` : "until released"}, past the end asked: to end it sooner, release hold ${same.id} when the matter ends; to hold it for another matter, give that matter's reason`,
    "existing",
    "E_USAGE",
  )
}

/** Whether a hold holds the input's subject or contact for the input's reason (case and spacing aside). */
function holdsFor(rt: Runtime, h: Hold, input: HoldInput): boolean {
  if (h.kind !== input.kind || sameReason(h.reason) !== sameReason(input.reason)) return false
  return h.kind === "contact" ? h.contactId === input.value : !!h.keyId && !!rt.keys.get(h.keyId) && h.token === subjectToken(rt.keys, input.value, h.keyId)
}

type HoldStorage = ReturnType<Runtime["storage"]["namespace"]>

const onceOf = (hold: Hold, action: string) => `hold.${hold.id}.${action}`

/** A hold's audit record: its id, kind and end, never the reason or a subject; `doneAt` when written after the fact. */
const audit = (rt: Runtime, action: string, hold: Hold, doneAt?: string) =>
  rt.hooks.emit("audit:record", {
    // A hold is added once and released once: with a sink of two failing, the ask again writes only to the one lacking it.
    once: onceOf(hold, action),
    action, outcome: "ok", ...(hold.contactId ? { contactId: hold.contactId } : {}), detail: { holdId: hold.id, kind: hold.kind, ...(hold.until ? { until: hold.until } : {}), ...(doneAt ? { doneAt } : {}) },
  })

/**
 * Writes the audit record `hold` owes (`auditOwed`), then clears the mark. A sink that fails (core's audit sink is
 * durable: its failure reaches here) leaves the mark, and the user is told the add or release was done and how to
 * write its record: the same command or request again, which finds the mark and writes only the record. `late`: an
 * earlier ask did it, and the record says when.
 */
async function settle(rt: Runtime, storage: HoldStorage, hold: Hold, retry: string, late = false): Promise<Hold> {
  const { auditOwed: action, ...settled } = hold
  if (!action) return hold
  const at = action === "hold.added" ? hold.createdAt : hold.releasedAt
  try {
    await audit(rt, action, settled, late ? at : undefined)
  } catch (error) {
    const again = action === "hold.added" ? "nothing is added twice" : "it stays released"
    const message = `${doneText(hold, action)}${late ? ` at ${at}` : ""}, but its audit record ${late ? "still " : ""}could not be written (${writeFailure(error)}): ${retry} to write it; ${again}`
    throw Object.assign(new CxedgeError("E_AUDIT_MISSING", "hold", message, { cause: error }), { done: settled })
  }
  // Written. A mark left behind (the save failed) has the next same ask settle again: the sinks' skip marks are then
  // kept, so it finds every sink holding the record and writes none twice; dropped only once the mark is gone.
  const cleared = await storage.setItem(KEY(hold.id), settled).then(() => true, () => false)
  if (cleared) await forgetAudited(rt, onceOf(hold, action))
  return settled
}

/** The ask again an add's failed record asked for, the hold released since: answered once; the next ask holds again. */
async function answerRetry(storage: HoldStorage, retried: Hold): Promise<AddedHold> {
  const { addRetryOwed: _, ...answered } = retried
  await storage.setItem(KEY(retried.id), answered)
  return { ...answered, existing: true, releasedSince: true }
}

/**
 * A release that could not write the owed record of the hold's adding: nothing was released. Said so, not with the
 * add's "audit_missing" (an action done), which a caller of the release route took for "released".
 */
function notReleased(id: string, error: unknown, retry: string): never {
  const cause = (error as { cause?: unknown } | null)?.cause ?? error
  const message = `hold ${id} is not released: the audit record of its adding must be written first and could not be (${writeFailure(cause)}): ${retry} once the audit log can be written; it records the adding, then releases`
  throw new CxedgeError("E_AUDIT_UNAVAILABLE", "hold", message, { cause })
}

/** A contact hold's subjects as tokens: read first, so a contact that cannot be read is not held (nothing stored). */
async function heldSubjects(rt: Runtime, readSubjects: ReadSubjects, input: HoldInput): Promise<Pick<Hold, "subjects" | "keyId" | "keyCheck">> {
  const subjects = await readSubjects(rt, input.value)
  if (subjects.length === 0) return { subjects: [] }
  if (rt.keys.ids().length === 0) {
    throw new ConfigError("hold", `contact ${input.value} names ${subjects.length === 1 ? "a subject" : `${subjects.length} subjects`}, held as keyed tokens (an erasure reaches every contact of theirs): set CXEDGE_HMAC_KEYS`)
  }
  const key = holdKey(rt, `contact ${input.value} names ${subjects.length === 1 ? "a subject" : `${subjects.length} subjects`}, held as keyed tokens`)
  return { subjects: subjects.map((s) => ({ type: s.type, token: subjectToken(rt.keys, s.value, key.keyId) })), ...key }
}

/** The holds of one runtime: add, list, release, and the verdicts of its write gate. */
export function createHoldStore(rt: Runtime, readSubjects: ReadSubjects = contactSubjects) {
  const storage = rt.storage.namespace("holds")
  let adding: Promise<unknown> = Promise.resolve()
  const firstAsk = markOnFirstAsk(rt)

  async function list(): Promise<Hold[]> {
    const keys = (await storage.getKeys("h")).filter((k) => k.startsWith("h:"))
    const holds = (await Promise.all(keys.map((k) => storage.getItem<Hold>(k)))).filter((h): h is Hold => !!h)
    return holds.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
  }

  /**
   * Adds a hold; the same hold asked for again (`sameHold`) is returned as it is, marked `existing`, nothing stored. A
   * longer one is added, `beside` naming the shorter hold it may replace. `reasonName` is how the caller names the
   * reason in a refusal (the flag, or the body's field).
   */
  async function add(input: HoldInput, retry = CLI_RETRY, reasonName = "--reason"): Promise<AddedHold> {
    refusePiiInReason(rt, input.reason, reasonName)
    // Two identical adds at once both found no hold, both wrote the one key and both recorded hold.added: they now take
    // turns, the second finding the first's hold.
    const turn = adding.then(() => addNow(input, retry))
    adding = turn.catch(() => {})
    return turn
  }

  async function addNow(input: HoldInput, retry: string): Promise<AddedHold> {
    const subject = input.kind !== "contact"
    if (subject && rt.keys.ids().length === 0) {
      throw new ConfigError("hold", "a subject hold needs CXEDGE_HMAC_KEYS: the subject is stored only as a keyed token; set the key ring, or hold by --contact")
    }
    const stored = await list()
    // Adding consults the holds (the same hold asked again): one that can no longer be matched is refused here too.
    refuseUnmatchable(rt, stored.filter((h) => isActive(h, rt.clock.now())))
    const { same, beside } = sameHold(rt, stored, input)
    // Added by an earlier ask whose audit record failed: that record is written now, and nothing added.
    if (same) return same.auditOwed ? { ...(await settle(rt, storage, same, retry, true)), existing: true, auditWritten: true } : { ...same, existing: true }
    const retried = stored.find((h) => h.addRetryOwed && h.until === untilOf(input) && holdsFor(rt, h, input))
    if (retried) return answerRetry(storage, retried)
    const key = subject ? holdKey(rt, "a subject hold keeps its subject as a keyed token") : undefined
    const token = key ? subjectToken(rt.keys, input.value, key.keyId) : undefined
    const hold: Hold = {
      id: holdId(token ?? input.value, input, stored),
      kind: input.kind,
      ...(token ? { token, ...key } : { contactId: input.value, ...(await heldSubjects(rt, readSubjects, input)) }),
      reason: input.reason,
      createdAt: new Date(rt.clock.now()).toISOString(),
      ...(input.until !== undefined ? { until: untilOf(input) } : {}),
    }
    // Another process may have written this very hold since the list was read: it is that hold, recorded once.
    const written = await storage.getItem<Hold>(KEY(hold.id))
    if (written && !written.releasedAt) return written.auditOwed ? { ...(await settle(rt, storage, written, retry, true)), existing: true, auditWritten: true } : { ...written, existing: true }
    await markHolds(rt, [...stored, hold]) // first: a runtime without this plugin then refuses to write here
    await storage.setItem(KEY(hold.id), { ...hold, auditOwed: "hold.added" })
    await settle(rt, storage, { ...hold, auditOwed: "hold.added" }, retry)
    return beside ? { ...hold, beside } : hold
  }

  /** `listedBy` says where the ids are seen: the CLI's command, or the route (GET /v1/holds) for a caller of the routes. */
  async function release(id: string, listedBy = "cxedge hold list", retry = CLI_RETRY): Promise<Hold & { auditWritten?: true }> {
    let hold = HOLD_ID.test(id) ? await storage.getItem<Hold>(KEY(id)) : null
    if (!hold) throw new ValidationError("hold", `no hold ${JSON.stringify(id.slice(0, 60))}: see the ids with ${listedBy}`, "id", "E_USAGE")
    // An earlier ask's missing record: its release's (written now, nothing else done), or its add's (written before this release).
    if (hold.releasedAt && hold.auditOwed === "hold.released") return { ...(await settle(rt, storage, hold, retry, true)), auditWritten: true }
    if (hold.auditOwed === "hold.added") hold = { ...(await settle(rt, storage, hold, retry, true).catch((error: unknown) => notReleased(id, error, retry))), addRetryOwed: true }
    if (hold.releasedAt) throw new ValidationError("hold", `hold ${hold.id} was already released at ${hold.releasedAt}: nothing to do (add a new hold to hold again)`, "id", "E_USAGE")
    const released: Hold = { ...hold, releasedAt: new Date(rt.clock.now()).toISOString(), auditOwed: "hold.released" }
    await storage.setItem(KEY(id), released)
    await markHolds(rt, await list())
    return settle(rt, storage, released, retry)
  }

  /**
   * The write gate: per candidate, the id of an active hold on its contact
   * or on one of its subjects. Holds are read once per batch (a page), so a
   * hold added while a job runs holds from the job's next page on.
   */
  const verdicts = async (candidates: readonly WriteCandidate[]) => holdVerdicts(rt, (await firstAsk(await list())).filter((h) => isActive(h, rt.clock.now())), candidates)

  return { list, add, release, verdicts }
}

export type HoldStore = ReturnType<typeof createHoldStore>

/**
 * What `add` answers: the hold, `existing` when it was there already (`auditWritten`: its missing record written now;
 * `releasedSince`: the ask again of an add whose record failed, released before it came, the release wrote the record).
 */
export type AddedHold = Hold & { existing?: true; beside?: Hold; auditWritten?: true; releasedSince?: true }
