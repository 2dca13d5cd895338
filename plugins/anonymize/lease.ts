import type { Storage } from "unstorage"
import { CxedgeError, type Clock, type ProcessOwner } from "../../core/index.ts"
import { keyOf } from "./digest.ts"

/** What a lease holds: who runs the job and until when (no personal data). */
export interface LeaseValue {
  pid: number
  host: string
  /** The holder's pid namespace where it has one (ProcessOwner.space); a lease written without it matches none. */
  space?: string
  expiresAt: number
  /** Tells two holders apart even with one pid (two runtimes in one process). */
  token: string
}

export interface LeaseOptions {
  /** The `locks:` storage view. */
  storage: Storage
  jobId: string
  owner: ProcessOwner
  clock: Clock
  ttlMs?: number
  renewMs?: number
  /**
   * How long a fresh lease is left to settle before it is read back. Storage
   * has no compare-and-set on every driver (fs): two runners that write at
   * the same moment both read back the last write, and only its author goes on.
   */
  settleMs?: number
  /** Called when a renewal finds the lease taken: the job must stop. */
  onLost?(holder: LeaseValue): void
}

export interface Lease {
  release(): Promise<void>
}

export const LEASE_TTL_MS = 30_000
export const LEASE_RENEW_MS = 10_000

/** The tokens of the leases this process holds now (every runtime in it): told apart from one a failed release left. */
const HELD = new Set<string>()

const holderOf = (v: LeaseValue) => `pid ${v.pid}@${v.host}`

/** The refusal of a second runner: the job's holder, and when its lease expires. */
export function beingRun(jobId: string, holder: LeaseValue, clock: Clock): CxedgeError {
  const seconds = Math.max(1, Math.ceil((holder.expiresAt - clock.now()) / 1000))
  return new CxedgeError(
    "E_USAGE",
    "anonymize",
    `job ${jobId} is being run by ${holderOf(holder)}: wait for it to end, or if that process is gone on its host, retry in ${seconds}s when its lease expires`,
  )
}

/**
 * Who runs a job now, by its lease: undefined when no one does (no lease, one expired, one whose holder is a dead pid
 * on this host, or one this very process left behind). Without an owner (a Worker, which has no pids) a live lease is
 * always another's.
 */
export async function leaseHolder(storage: Storage, jobId: string, owner: ProcessOwner | undefined, clock: Clock): Promise<LeaseValue | undefined> {
  const current = await storage.getItem<LeaseValue>(`job:${keyOf(jobId)}`)
  if (!current || current.expiresAt <= clock.now()) return undefined
  if (!owner) return current
  // The same pids: one host and one pid namespace. Two containers sharing a hostname, both pid 1, are not the same
  // process: without the namespace each took the other's live lease as its own left-over one.
  const samePids = current.host === owner.host && current.space === owner.space
  const gone = samePids && current.pid !== owner.pid && !owner.alive(current.pid)
  // This very process's lease that a failed release left behind (storage away at that moment): no lease of this
  // process holds it any more. A worker's retry of its partition was refused "being run by" itself until it expired.
  const leftOver = samePids && current.pid === owner.pid && !HELD.has(current.token)
  return gone || leftOver ? undefined : current
}

/**
 * Takes the lease of one job (`locks:job:<id>`) so only one runner works on
 * it. A live lease is refused, naming its holder; a lease whose holder is a
 * dead pid on this host is taken over at once (kill -9, then --resume); one
 * held by another host only once it expires. The lease is renewed until
 * released.
 */
export async function acquireLease(options: LeaseOptions): Promise<Lease> {
  const { storage, jobId, owner, clock } = options
  const ttlMs = options.ttlMs ?? LEASE_TTL_MS
  const key = `job:${keyOf(jobId)}`
  const token = crypto.randomUUID()
  const mine = (): LeaseValue => ({ pid: owner.pid, host: owner.host, space: owner.space, expiresAt: clock.now() + ttlMs, token })

  const holder = await leaseHolder(storage, jobId, owner, clock)
  if (holder) throw beingRun(jobId, holder, clock)
  await storage.setItem(key, mine())
  HELD.add(token)
  await clock.sleep(options.settleMs ?? 150)
  const after = await storage.getItem<LeaseValue>(key)
  if (after?.token !== token) {
    HELD.delete(token)
    if (after) throw beingRun(jobId, after, clock)
    throw new CxedgeError("E_USAGE", "anonymize", `job ${jobId}: another runner started it at the same moment: retry in a few seconds`)
  }

  let released = false
  const renew = async () => {
    const now = await storage.getItem<LeaseValue>(key)
    if (released) return
    if (now && now.token !== token) {
      clearInterval(timer)
      options.onLost?.(now)
      return
    }
    await storage.setItem(key, mine())
  }
  // A renewal that fails (storage briefly away) is retried by the next tick; the ttl covers two misses.
  // One at a time, and awaited by release: a renewal still writing would put the lease back after it was removed.
  let renewing: Promise<void> | undefined
  const timer = setInterval(() => {
    renewing ??= renew().catch(() => {}).finally(() => (renewing = undefined))
  }, options.renewMs ?? LEASE_RENEW_MS)
  ;(timer as { unref?(): void }).unref?.()
  return {
    async release() {
      released = true
      clearInterval(timer)
      HELD.delete(token)
      await renewing
      const now = await storage.getItem<LeaseValue>(key)
      if (now?.token === token) await storage.removeItem(key)
    },
  }
}
