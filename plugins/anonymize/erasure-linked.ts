import * as v from "valibot"
import { CancelledError, maskIdentifier, resolveIdentity, type Identifier, type Runtime } from "../../core/index.ts"
import { keyedSubjectToken } from "../../core/pseudonym.ts"
import type { SourceSpec } from "./request.ts"
import { createErasureLookup } from "./sources/identity-lookup.ts"
import { encryptValue } from "./transforms/encrypt.ts"

/**
 * `settings.anonymize.erasure`: what an erasure request does with the
 * identifiers linked to its subject through shared contacts (the inbound
 * request uses it; `cxedge erase --linked` overrides it for one run).
 * `report` is the default because a linked phone may be someone else's (a
 * shared household or office line): erasing it on an inference would
 * destroy another person's records, irreversibly. An operator who has
 * checked runs the request again with `follow`.
 */
export const ErasureLinkConfig = v.strictObject({
  linked: v.optional(v.picklist(["report", "follow"], "must be report or follow"), "report"),
  /** Links followed away from the requested identifier (follow only). */
  maxDepth: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5)), 2),
  /** Identifiers at most: a shared switchboard number must not pull in a whole tenant. */
  maxIdentifiers: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100)), 20),
}, "is not an erasure setting: use linked, maxDepth or maxIdentifiers")
export type ErasureLinkSettings = v.InferOutput<typeof ErasureLinkConfig>

export type LinkedMode = "report" | "follow"

/** One linked identifier as a summary shows it: masked, never the value; `token` is its keyed pseudonym. */
export interface LinkedIdentifier {
  type: "EMAIL" | "PHONENO"
  masked: string
  token?: string
  /** Followed: its contacts are erased and it gets its own Privacy erasure. */
  followed: boolean
  depth: number
}

export interface ErasureResolution {
  mode: LinkedMode
  /** Identifiers linked to the requested one, masked. */
  linked: LinkedIdentifier[]
  truncated: boolean
  /** Contacts found carrying the requested identifier itself (0: a typo, or nothing in the window). */
  found: number
  /** What the job's source spec adds: the followed identifiers, each encrypted (`TYPE:value`). */
  spec: Pick<SourceSpec, "linked" | "linkedMode">
}

/**
 * Resolves an erasure's subject before anything is written: the identifiers
 * linked to it through shared contacts (records API and CXone completed
 * contacts), followed or only listed as `mode` says, bounded by the settings.
 * Emits `subject:resolved` (tokens only) for the audit log, unless `audit` is false (a dry run).
 */
export async function resolveErasureSubject(rt: Runtime, request: { jobId: string; subject: Identifier; mode: LinkedMode; since?: string; until?: string; audit?: boolean; signal?: AbortSignal }, settings: Partial<ErasureLinkSettings> = {}): Promise<ErasureResolution> {
  const lookup = cancellable(createErasureLookup(rt.client, { since: request.since, until: request.until }), request.signal)
  const resolution = await resolveIdentity(request.subject, lookup, { linked: request.mode, maxDepth: settings.maxDepth ?? 2, maxIdentifiers: settings.maxIdentifiers ?? 20 })
  if (request.signal?.aborted) throw cancelledResolving()
  const others = resolution.identifiers.filter((i) => i.via === "linked")
  // Followed means its contacts were looked up; only those within maxDepth are erased (a reported one at the edge is listed).
  const erased = request.mode === "follow" ? others.filter((i) => i.followed) : []
  const linked = others.map((i): LinkedIdentifier => ({ type: i.type, masked: maskIdentifier(i), token: keyedSubjectToken(rt.keys, i.value), followed: erased.includes(i), depth: i.depth }))
  if (request.audit !== false) await rt.hooks.emit("subject:resolved", {
    jobId: request.jobId,
    subject: keyedSubjectToken(rt.keys, request.subject.value) ?? "(no key)",
    subjectType: request.subject.type,
    linkedMode: request.mode,
    linked: linked.map((l) => ({ subject: l.token ?? "(no key)", subjectType: l.type, followed: l.followed })),
    truncated: resolution.truncated,
  })
  const sealed = erased.map((i) => encryptValue(rt.keys, rt.keys.current, `${i.type}:${i.value}`))
  const found = resolution.identifiers.find((i) => i.via === "requested")?.contacts.length ?? 0
  return { mode: request.mode, linked, truncated: resolution.truncated, found, spec: { linkedMode: request.mode, ...(sealed.length ? { linked: sealed } : {}) } }
}

const cancelledResolving = () => new CancelledError("erase", "cancelled while resolving linked identifiers: nothing was written")

/**
 * A lookup that stops at a signal: no lookup starts after it, and one under way is let go (its answer is not waited
 * for), so Ctrl-C or SIGTERM ends the resolution at once and nothing after it (audit, job) is stored.
 */
function cancellable<A, R>(lookup: (a: A) => Promise<R>, signal: AbortSignal | undefined): (a: A) => Promise<R> {
  if (!signal) return lookup
  return (a) => {
    if (signal.aborted) return Promise.reject(cancelledResolving())
    const { promise, resolve, reject } = Promise.withResolvers<R>()
    const stop = () => reject(cancelledResolving())
    signal.addEventListener("abort", stop, { once: true })
    lookup(a).then(resolve, reject).finally(() => signal.removeEventListener("abort", stop))
    return promise
  }
}

/** The summary of a resolution: counts and masked forms, never a value. */
export function linkedLines(r: Pick<ErasureResolution, "mode" | "linked" | "truncated">): string[] {
  const followed = r.linked.filter((l) => l.followed).length
  const head = `linked         ${r.linked.length} identifier${r.linked.length === 1 ? "" : "s"} (${followed} erased too), --linked ${r.mode}${r.truncated ? " (stopped at settings.anonymize.erasure.maxIdentifiers)" : ""}`
  const rows = r.linked.map((l) => `               ${l.type === "EMAIL" ? "email" : "phone"} ${l.masked} (${l.followed ? "followed: its contacts and subject record are erased" : "reported only: not erased"})`)
  const hint = r.mode === "report" && r.linked.length ? ["the linked identifiers may be someone else's (a shared line): check them, then erase them too with --linked follow"] : []
  return [head, ...rows, ...hint]
}
