import { ConfigError, type FileAccess, type Runtime } from "../../core/index.ts"
import type { JobMeta } from "./journal.ts"
import { originMove, planOrigin, type PlanOrigin } from "./plan-origin.ts"

/**
 * What a new job records of where it reads and writes, as a plan does (plan-origin.ts): the tenant and records API
 * (unless a file is exported, which no tenant sees) and a JSONL source file's SHA-256, its bytes streamed once. A
 * plan's run records none: its plan holds the origin, and the plan's run checks it (plan-scope.ts, approval.ts).
 */
export async function jobOrigin(rt: Runtime, meta: JobMeta, files?: FileAccess): Promise<PlanOrigin | undefined> {
  if (meta.source.plan) return undefined
  const origin = await planOrigin(rt, meta.source, meta.target, files)
  return Object.keys(origin).length ? origin : undefined
}

/**
 * Refuses to resume a job elsewhere than it was started, before anything is read, opened or written: against another
 * tenant (the job's journal would skip there the contacts done in the first, and write the rest to the wrong one) or
 * with its source file changed or gone (the export would mix two versions of it, and miss contacts). `files` reads the
 * file again where the host can (the CLI); a job started before origins were recorded is not asked.
 */
export async function refuseMovedJob(rt: Runtime, meta: JobMeta, files?: FileAccess): Promise<void> {
  const move = meta.origin ? await originMove(rt, meta.origin, files) : undefined
  if (!move) return
  const job = `job ${meta.id}`
  const restore = "restore it as it was when the job started (and resume from the directory it was started in)"
  const why =
    move.kind === "tenant"
      ? `${job} was started against tenant ${move.was}, and this resume runs against ${move.now ? `tenant ${move.now}` : "no configured tenant"}: resume it with that tenant's configuration (CXEDGE_ISSUER, CXEDGE_TENANT_ID and its keys as then)`
      : move.kind === "records"
        ? `${job} was started against the records API at ${move.was}, and this resume runs against ${move.now ?? "none"}: resume it with that tenant's configuration (CXEDGE_RECORDS_URL as then)`
        : move.kind === "file gone"
          ? `the source file ${move.path} of ${job} cannot be read any more: ${restore}, or start a new job under a new --job id`
          : `the source file ${move.path} changed since ${job} was started: ${restore}, or start a new job for the new file under a new --job id${meta.target.kind === "export" && meta.target.out ? " (with a new --out)" : ""}`
  throw new ConfigError("anonymize", why)
}
