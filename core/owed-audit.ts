import { createHash } from "node:crypto"
import type { Context } from "hono"
import { auditKeyOf, forgetAudited } from "./audit-hooks.ts"
import type { AuditEntry } from "./audit.ts"
import { CxedgeError, describeError, isNoRoom } from "./errors.ts"
import type { Runtime } from "./runtime.ts"

// An action on the tenant (a transcript mailed, a Studio script started) whose audit record fails after it is done must
// not be done again by the retry that writes the record: the mechanism for every plugin with such an action.

/** A done action whose audit record is not written yet, kept under its request's key until it is. */
export interface Owed<R> {
  entry: AuditEntry
  /** What the caller was answered, answered again to a retry. */
  result: R
  /** When the action was done. */
  at: string
}

/** What a message says: the action as done (`script started ...`), how to ask again, and that asking again does not redo it. */
export interface Says {
  done: string
  retry: string
  again: string
}

type Store = ReturnType<Runtime["storage"]["namespace"]>

/**
 * A request's storage key: an HMAC under the audit key of what was asked, so it holds no address or parameter, and the
 * same request asked again (a retry) finds it.
 */
export const requestKey = (rt: Runtime, parts: readonly (string | number)[]) =>
  createHash("sha256").update(auditKeyOf(rt).sign("owed-audit", parts.join("\n"))).digest("hex").slice(0, 40)

/** The record of one done action (its request's key, when it was done), as every sink's skip mark names it. */
const onceOf = (key: string, at: string) => `owed.${key}.${Date.parse(at)}`

/** Why a write failed, short (a full disk named by its code): the retry it leads to is said after it. */
export function writeFailure(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code
  return isNoRoom(code) ? `no room in its storage, ${String(code)}` : describeError(error).replace(/^\[cxedge\] (\[[^\]]+\] )?/, "")
}

/**
 * Why an audit sink failed, for a caller outside the server: a system error by its code (EISDIR, ENOSPC), never its
 * message, which names the sink's path; one of ours in its words. The server's log has the whole of it.
 */
export function sinkFailure(error: unknown): string {
  if (error instanceof CxedgeError) return error.message.replace(/^\[cxedge\] (\[[^\]]+\] )?/, "")
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === "string" && /^E[A-Z]+$/.test(code) ? `the audit sink failed with ${code}` : "the audit sink failed"
}

/** The error of an action that was done but whose audit record is missing; `done` is what the caller would have been answered. */
function auditMissing(scope: string, message: string, cause: unknown, done: unknown): CxedgeError {
  return Object.assign(new CxedgeError("E_AUDIT_MISSING", scope, message, { cause }), { done })
}

const claimOf = (key: string) => `owed-audit.${key}`

/** How long one instance may take to write an owed record before another may (its claim's lease). */
const OWED_CLAIM_MS = 30_000

/**
 * Runs `write` holding the coordinator's claim on `key`. The same retry reaching two instances sharing the storage (two
 * servers on one redis) both read the record owed and both appended it: a duplicate in the audit chain. One that
 * finds the claim held waits for its holder (and then finds nothing owed) or for the lease to end (a holder that died).
 */
async function holdingClaim<T>(rt: Runtime, scope: string, key: string, write: () => Promise<T>): Promise<T> {
  const until = Date.now() + 2 * OWED_CLAIM_MS
  while (!(await rt.coordinator.claim(key, OWED_CLAIM_MS))) {
    if (Date.now() > until) throw new CxedgeError("E_AUDIT_BUSY", scope, `another instance has been writing this request's owed audit record for ${(2 * OWED_CLAIM_MS) / 1000} s: ask again once it is done`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  try {
    return await write()
  } finally {
    await rt.coordinator.release(key).catch(() => {})
  }
}

/**
 * Writes a done action's audit record. The record is kept in `store` first, so that when the sink fails, the same
 * request asked again writes it (`writeOwed`) instead of doing the action twice (a second mail, a second contact).
 */
export function recordDone<R>(rt: Runtime, scope: string, store: Store, key: string, owed: Owed<R>, says: Says): Promise<void> {
  // Held while it writes: a retry reaching another instance meanwhile waits, then answers what was done (writeOwed).
  return holdingClaim(rt, scope, claimOf(key), () => recordDoneNow(rt, scope, store, key, owed, says))
}

async function recordDoneNow<R>(rt: Runtime, scope: string, store: Store, key: string, owed: Owed<R>, says: Says): Promise<void> {
  const unkept = await store.setItem(key, owed).then(() => undefined, (error: unknown) => error ?? "not kept")
  // Only a record kept for a retry can be asked for again: each sink then skips it if it holds it (one sink of two failed).
  const once = unkept === undefined ? onceOf(key, owed.at) : undefined
  try {
    await rt.hooks.emit("audit:record", once ? { ...owed.entry, once } : owed.entry)
  } catch (error) {
    const next = unkept === undefined
      ? `: ${says.retry} to write it; ${says.again}`
      : `, nor kept for a retry (${writeFailure(unkept)}): do not ask again (it would be done twice); record it by hand`
    throw auditMissing(scope, `${says.done}, but its audit record could not be written (${writeFailure(error)})${next}`, error, owed.result)
  }
  // Written: a key left behind would only have the next identical request write this record again, never redo the action.
  if (unkept === undefined) await store.removeItem(key).catch(() => {})
  if (once) await forgetAudited(rt, once)
}

/**
 * The audit record a done action owes under `key`, written now with when it was done; undefined when none is owed.
 * Read once before the claim: an instance that waited while another wrote it answers what was done, as that one does.
 */
export async function writeOwed<R>(rt: Runtime, scope: string, store: Store, key: string, says: (result: R) => Says): Promise<Owed<R> | undefined> {
  const seen = await store.getItem<Owed<R>>(key)
  if (!seen) return undefined
  return holdingClaim(rt, scope, claimOf(key), async () => (await writeOwedNow(rt, scope, store, key, says)) ?? seen)
}

async function writeOwedNow<R>(rt: Runtime, scope: string, store: Store, key: string, says: (result: R) => Says): Promise<Owed<R> | undefined> {
  const owed = await store.getItem<Owed<R>>(key)
  if (!owed) return undefined
  const told = says(owed.result)
  try {
    await rt.hooks.emit("audit:record", { ...owed.entry, detail: { ...owed.entry.detail, doneAt: owed.at }, once: onceOf(key, owed.at) })
  } catch (error) {
    throw auditMissing(scope, `${told.done} at ${owed.at}, but its audit record still could not be written (${writeFailure(error)}): ${told.retry} once it can be; ${told.again}`, error, owed.result)
  }
  await store.removeItem(key).catch(() => {})
  await forgetAudited(rt, onceOf(key, owed.at))
  return owed
}

/** A route's answer to an action done whose audit record is missing: 500, what was done, and that a retry only writes the record. */
export function auditMissingAnswer(c: Context, error: unknown): Response {
  if ((error as CxedgeError)?.code !== "E_AUDIT_MISSING") throw error
  const message = (error as Error).message.replace(/^\[cxedge\] \[[^\]]+\] /, "")
  return c.json({ error: "audit_missing", message, done: (error as { done?: unknown }).done }, 500)
}
