import { type JobRunner, type Runtime } from "../../core/index.ts"
import { checkMatrix, readMatrix, type Matrix } from "./matrix/index.ts"
import { builtinMatrices, matrixNameHint, shippedNames } from "./matrices.ts"
import { jobStore } from "./journal.ts"
import { completeJob, prepareJob } from "./prepare.ts"
import type { TargetKind } from "./request.ts"
import type { AnonymizeSettings } from "./settings.ts"
import { refuseUnguardedStorage } from "./write-guards.ts"

const TARGETS = ["patch", "erasure", "export"] as const

/** A shipped matrix's name or a matrix object, read; the issues name where, never a value. */
function resolveMatrix(rt: Runtime, spec: unknown): { matrix?: Matrix; issues: string[] } {
  const json = typeof spec === "string" ? builtinMatrices[spec] : spec
  if (typeof spec === "string" && !Object.hasOwn(builtinMatrices, spec)) return { issues: [`names no shipped matrix${matrixNameHint(spec, "give the matrix object (a cxedge.config.ts can import the file)")}: use ${shippedNames}, or a matrix object`] }
  const { matrix, issues } = readMatrix(json)
  const all = matrix ? checkMatrix(matrix, { transforms: rt.transforms, keys: rt.keys }).issues : issues
  return all.length ? { issues: all.map((i) => `${i.where}: ${i.message}`) } : { matrix, issues: [] }
}

/**
 * The job machinery offered to other plugins (core/jobs.ts): a retention
 * sweep runs an ordinary job through it, resumed by running the same id.
 */
export function createJobRunner(rt: Runtime, settings: AnonymizeSettings): JobRunner {
  const jobs = () => jobStore(rt.storage.namespace("jobs"))
  return {
    targets: TARGETS,
    checkMatrix: (spec) => resolveMatrix(rt, spec).issues,
    refuseUnguarded: () => refuseUnguardedStorage(rt),
    async run(request) {
      const existing = await jobs().get(request.jobId)
      const matrix = existing ? undefined : resolveMatrix(rt, request.matrix).matrix
      const job = await prepareJob(rt, {
        jobId: request.jobId,
        resume: !!existing,
        matrix,
        source: request.source,
        target: { kind: request.target as TargetKind },
      }, settings, request.files)
      const base = { jobId: job.jobId, resumed: !!existing, rejected: [] as { contactId: string; reason: string }[] }
      if (job.finished) {
        const t = job.meta.totals
        return { ...base, state: "finished", processed: 0, succeeded: 0, failed: 0, invalid: 0, skipped: 0, held: 0, alreadyDone: t?.processed ?? 0 }
      }
      const r = await completeJob(rt, job, { concurrency: request.concurrency ?? settings.concurrency, owner: request.owner, signal: request.signal })
      const retryable = r.failed - r.invalid
      return {
        ...base,
        state: r.interrupted ? "interrupted" : retryable > 0 ? "finished_with_failures" : "finished",
        processed: r.processed,
        succeeded: r.succeeded,
        failed: r.failed,
        invalid: r.invalid,
        skipped: r.skipped,
        // Counted by a hold plugin's gate, where one is loaded (the summary then carries it).
        held: (r as { held?: number }).held ?? 0,
        alreadyDone: r.alreadyDone,
        rejected: r.rejected.map(({ contactId, reason }) => ({ contactId, reason })),
      }
    },
    async status(jobId) {
      const meta = await jobs().get(jobId)
      return meta ? { jobId, state: meta.state, totals: meta.totals } : undefined
    },
  }
}
