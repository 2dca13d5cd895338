import type { Source, SourceRecord } from "../../core/index.ts"
import type { FieldProblem, Plan } from "./matrix/types.ts"
import type { FieldLimits } from "./matrix/validate.ts"

// A record and a source are core's contract (core/source.ts): other plugins declare sources too, and
// `pii scan --source` reads any of them. `data` is personal data: it never goes to logs, journals or hooks.
export type { Source, SourceRecord }

export interface WriteContext {
  jobId: string
  record: SourceRecord
  plan: Plan
  /** Top-level fields the plan changes, and the digest of the values it leaves there (no personal data; "" for a `byIdOnly` target). */
  fields: string[]
  digest: string
  /** Re-plans a freshly read record (used after a 412). */
  replan(record: SourceRecord): Promise<{ plan: Plan; fields: string[]; digest: string }>
}

export interface WriteResult {
  /** False when the target found the plan already in place and wrote nothing. */
  written: boolean
  etag?: string
  /** Request ids the target obtained (Privacy erasure), kept in the journal. */
  requestIds?: string[]
  /** Subject identifiers handled, already pseudonymized for hooks. */
  subjects?: string[]
  /** True when the write's own response proved the result (no read-back needed). */
  verified?: boolean
}

/**
 * Where a plan goes. `write` must be safe to call again for a plan that may
 * already be in place: the job journal calls it at most once per contact,
 * except after a crash, when `applied` (or the write itself) decides.
 */
export interface Target {
  name: string
  /** Longest value per top-level field the target accepts. */
  limits?: FieldLimits
  /** A record whose plan changes nothing is counted as skipped and not handed to `write`. */
  skipsUnchanged?: boolean
  /**
   * `applied` and `verify` look at the record's id alone (an export line is there or not): its
   * contacts are planned and journaled without a digest, which nothing would read.
   */
  byIdOnly?: boolean
  /**
   * Problems the target finds in a record before anything is written (a subject it cannot read):
   * the job refuses the record as invalid, as it does a plan's problems.
   */
  check?(record: SourceRecord): FieldProblem[]
  write(ctx: WriteContext): Promise<WriteResult>
  /**
   * Optional: writes a page's contacts in one go (an export appends their lines at once), a result
   * for each in order; throws when none was written. Contacts an earlier run left half done go through `write`.
   */
  writeMany?(ctxs: WriteContext[]): Promise<WriteResult[]>
  /** Reads back and compares with the digest; true when the write is in place. */
  verify?(ctx: WriteContext): Promise<boolean>
  /** On resume, for a contact journaled before its write finished: is the plan already in place? */
  applied?(ctx: WriteContext): Promise<boolean>
  /**
   * The target keeps its own record of the ids it holds (an export's file lines or storage keys), read once and
   * then answered from memory: a page's planned entries are not stored before its writes, and a resume asks
   * `holds` instead about every contact the journal has not finished.
   */
  holds?(id: string): Promise<boolean>
  close?(): Promise<void>
}
