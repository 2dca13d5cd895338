import { ConfigError, EMBEDDED_SANDBOX_KEY, type Runtime } from "../../core/index.ts"
import { keyCheck } from "./job-plan.ts"
import type { JobMeta } from "./journal.ts"

/**
 * The keys a job's matrix pseudonymizes with, each id with its check value (job-plan.ts `keyCheck`, never a key). The
 * embedded sandbox's throwaway key is left out: it is made afresh for each run, and a run that uses it says so.
 */
export const jobKeys = (rt: Runtime, keyIds: readonly string[]): Record<string, string> =>
  Object.fromEntries(keyIds.filter((id) => id !== EMBEDDED_SANDBOX_KEY).map((id) => [id, keyCheck(rt, id)]))

/**
 * Refuses to resume a job with other keys than it started with: the contacts done hold one key's pseudonyms, and the
 * rest would get another's, a join broken in silence. Says the key id, never a key. A job recorded before its keys
 * were is not checked.
 */
export function refuseOtherJobKeys(job: JobMeta, now: Record<string, string>): void {
  const started = job.keys
  if (!started) return
  const differs = Object.keys(started).find((id) => now[id] !== undefined && now[id] !== started[id])
  const added = Object.keys(now).find((id) => !(id in started))
  const missing = Object.keys(started).find((id) => now[id] === undefined)
  if (differs === undefined && added === undefined && missing === undefined) return
  const keys = "the CXEDGE_HMAC_KEYS and CXEDGE_HMAC_KEY_ID it started with"
  const why =
    differs !== undefined
      ? `key ${differs} it pseudonymized with is another key here`
      : added === undefined
        ? `key ${missing} it pseudonymized with is not this run's`
        : Object.keys(started).length
          ? `this run would pseudonymize with key ${added}, which it did not`
          : `it started without CXEDGE_HMAC_KEYS (the embedded sandbox's throwaway key), and this run would pseudonymize with key ${added}`
  throw new ConfigError("anonymize", `job ${job.id} was started with other keys: ${why}, so the contacts left would get other pseudonyms than those done: resume it with ${keys}, or start a new job`)
}
