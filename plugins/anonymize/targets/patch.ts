import { CxedgeError, type CxoneClient } from "../../../core/index.ts"
import { type Source, type Target } from "../pipeline.ts"
import { digestOf, patchBody } from "../digest.ts"
import { recordsPatch } from "../operations.ts"
import { sameJson } from "../same-json.ts"

/** The seed contract's data-store limits. */
export const RECORD_LIMITS = { firstName: 255, lastName: 255, email: 255, phone: 50, customFields: 10240 }

export interface PatchTargetOptions {
  /** 412s in a row for one record before it fails (default 5). */
  maxConflicts?: number
  /**
   * Write a record the records API serves without an ETag, with `If-Match: *`
   * (the matrix's `allowUnconditionalWrite`, or `--allow-unconditional`).
   * Off by default: such a record is refused with E_NO_ETAG.
   */
  allowUnconditional?: boolean
  /**
   * Waits between read-backs while a written record still reads as before (a store whose reads lag its
   * writes by about a second); default 250, 500, 1000 and 2000 ms. Nothing is written again meanwhile.
   */
  verifyWaitsMs?: number[]
  sleep?: (ms: number) => Promise<void>
}

/** True when `fields` hold the same values in both, as a digest compares them: by their JSON text, an absent field as null. */
export function sameValues(stored: Record<string, unknown>, planned: Record<string, unknown>, fields: string[]): boolean {
  for (const f of fields) if (!sameJson(stored[f] ?? null, planned[f] ?? null)) return false
  return true
}


const VERIFY_WAITS_MS = [250, 500, 1000, 2000]
const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

const gone = (cause?: unknown) =>
  new CxedgeError("E_NOT_FOUND", "anonymize", "the records API no longer has this contact (deleted after it was listed): nothing was written, and nothing of it is left there to anonymize", { cause })

/** What the summary shows for a patch job: writes made with `If-Match: *`. */
export interface PatchTarget extends Target {
  counts(): { unconditionalWrites: number }
}

/**
 * The seed contract's write path: `PATCH /api/v1/contacts/{id}` with
 * `If-Match` set to the ETag read, so a write never lands on a record that
 * changed in between. A 412 re-reads, re-plans and retries (a value already
 * anonymized by the earlier attempt is recognized and left alone); the
 * PATCH response itself is compared with the plan's values (what its digest is of).
 *
 * A record with no ETag (neither `_etag` in the list nor an ETag header on
 * a fresh read) is not written: `If-Match: *` would overwrite whatever a
 * concurrent writer stored. It fails with E_NO_ETAG, so a resume retries it
 * (for instance with `--allow-unconditional`), unless unconditional writes
 * were allowed; those are counted for the summary.
 */
export function createPatchTarget(client: CxoneClient, source: Source, options: PatchTargetOptions = {}): PatchTarget {
  const maxConflicts = options.maxConflicts ?? 5
  let unconditional = 0
  // Ids this target wrote: only a read right after its own write can lag behind it.
  const justWritten = new Set<string>()
  const read = async (id: string) => {
    const fresh = await source.get?.(id)
    if (!fresh) throw gone()
    return fresh
  }
  return {
    name: "patch",
    limits: RECORD_LIMITS,
    skipsUnchanged: true,
    async write(ctx) {
      let { record, plan, fields } = ctx
      for (let conflicts = 0; ; ) {
        if (fields.length === 0) return { written: false, verified: true }
        const etag = record.etag ?? (await read(record.id)).etag
        if (!etag && !options.allowUnconditional) {
          throw new CxedgeError(
            "E_NO_ETAG",
            "anonymize",
            `the records API sent no ETag for this contact, so a write could overwrite a concurrent change; nothing was written: to write it with If-Match: * run cxedge anonymize --resume ${ctx.jobId} --allow-unconditional (or set allowUnconditionalWrite in the matrix)`,
          )
        }
        try {
          const res = await client.request(recordsPatch, { id: record.id, patch: patchBody(plan, fields) }, { headers: { "If-Match": etag ?? "*" }, safe: true })
          if (!etag) unconditional++
          justWritten.add(record.id)
          // What the digest would say, without hashing the answer: the plan's digest is of these same values.
          // An answer without the values (none, or the record before the write) proves nothing: verify reads back.
          const answer = res.data && typeof res.data === "object" ? (res.data as Record<string, unknown>) : undefined
          return { written: true, etag: res.headers.get("etag") ?? undefined, verified: answer !== undefined && sameValues(answer, plan.output, fields) }
        } catch (error) {
          // A 404 on the write: the contact was deleted after the list served it ("no such resource" told the user nothing).
          if ((error as CxedgeError).code === "E_NOT_FOUND") throw gone(error)
          if ((error as CxedgeError).code !== "E_PRECONDITION" || ++conflicts > maxConflicts) throw error
          record = await read(record.id)
          ;({ plan, fields } = await ctx.replan(record))
          // Compare what is stored now with what this attempt meant to write.
          if (digestOf(record.data, ctx.fields) === ctx.digest) return { written: false, verified: true }
        }
      }
    },
    async verify(ctx) {
      const waits = justWritten.delete(ctx.record.id) ? (options.verifyWaitsMs ?? VERIFY_WAITS_MS) : []
      for (const wait of [...waits, undefined]) {
        const stored = await read(ctx.record.id)
        if (digestOf(stored.data, ctx.fields) === ctx.digest) return true
        if (wait !== undefined) await (options.sleep ?? pause)(wait)
      }
      return false
    },
    async applied(ctx) {
      return digestOf(ctx.record.data, ctx.fields) === ctx.digest
    },
    counts: () => ({ unconditionalWrites: unconditional }),
  }
}
