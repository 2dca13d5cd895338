import { createHash } from "node:crypto"
import type { Storage } from "unstorage"
import type { Runtime } from "../../core/index.ts"
import { pseudonymToken } from "../../core/pseudonym.ts"
import { keyOf } from "./digest.ts"
import { planSubjects } from "./plan-holds.ts"
import type { PlanOrigin } from "./plan-origin.ts"
import { topOf, validatePlan, type Matrix } from "./matrix/index.ts"
import type { JobMeta } from "./journal.ts"
import type { CompiledMatrix } from "./matrix/index.ts"
import type { Source, Target } from "./pipeline.ts"
import type { SourceSpec, TargetSpec } from "./request.ts"

/** Where a plan's matrix came from: a file is read again before the run, and a change refuses it. */
export interface MatrixOrigin {
  /** A matrix file the CLI read (its digest is compared again at `jobs run` from the CLI). */
  file?: string
  /** A shipped matrix by name (compared with the shipped one again at the run). */
  shipped?: string
}

/**
 * A stored plan (`plans:plan:<id>`): what `jobs run` will do, and may do nothing else. No
 * personal data: ids, counts, names of fields and transforms, and digests.
 */
export interface JobPlan {
  id: string
  state: "planned" | "approved"
  createdAt: string
  matrix: string
  matrixDigest: string
  /** The matrix itself: the run uses this one, not the file read again. */
  matrixBody: Matrix
  matrixFrom: MatrixOrigin
  source: SourceSpec
  target: TargetSpec
  /** The date window as absolute instants, for a source that has one. */
  window?: string
  /** Contacts the source served at planning time, and a digest of their sorted ids. */
  contacts: number
  idsDigest: string
  /** Of `contacts`: those a run would write, those already anonymized, those refused (bad data). */
  toWrite: number
  alreadyAnonymized: number
  /**
   * Of `contacts`: those no rule applies to (every rule's `when` false, or none of its fields there), which a run skips as
   * `skipped (no rule applied)`; absent from a plan made before it was counted (those are in `alreadyAnonymized`).
   */
  noRuleApplied?: number
  rejected: number
  /** Per top-level field and transform: how many contacts it changes. */
  fields: { field: string; transform: string; contacts: number }[]
  /** The key id the per-contact input digests are keyed with (none: plain SHA-256). */
  inputKeyId?: string
  /** The digest of a constant under that key: a run with another key under the same id is refused, not all "changed". */
  inputKeyCheck?: string
  /** Digest chunks stored (`plans:input:<id>:<n>`, 1000 contacts each). */
  chunks: number
  approvedBy?: string
  approvedAt?: string
  /** The tenant, records API and source file the plan read (plan-origin.ts): its run is refused against others. */
  origin?: PlanOrigin
  /** The digest of the plan as approved: a plan record changed after approval is refused at the run. */
  approvedDigest?: string
  /** Planned with --force: its run replaces a file at the target's --out that is not its export (approved as such). */
  force?: true
}

export const CHUNK = 1000

/** A plan as `--json` and the routes show it: the record without the matrix body. */
export function planView(plan: JobPlan, extra: Record<string, unknown> = {}) {
  const { matrixBody: _, approvedDigest: _d, ...view } = plan
  return { ...view, ...extra }
}

const planKey = (id: string) => `plan:${keyOf(id)}`
const inputPrefix = (id: string) => `input:${keyOf(id)}`

/** The plans namespace: plan records, and each plan's per-contact input digests in chunks. */
export function planStore(storage: Storage) {
  return {
    get: (id: string) => storage.getItem<JobPlan>(planKey(id)),
    set: (plan: JobPlan) => storage.setItem(planKey(plan.id), plan),
    async list(): Promise<JobPlan[]> {
      const keys = (await storage.getKeys("plan")).filter((k) => k.startsWith("plan:"))
      return (await Promise.all(keys.map((k) => storage.getItem<JobPlan>(k)))).filter((p): p is JobPlan => !!p)
    },
    async clearInputs(id: string) {
      const prefix = inputPrefix(id)
      for (const key of (await storage.getKeys(prefix)).filter((k) => k.startsWith(`${prefix}:`))) await storage.removeItem(key)
    },
    setInputs: (id: string, n: number, chunk: Record<string, string>) => storage.setItem(`${inputPrefix(id)}:${n}`, chunk),
    /** Every planned contact's input digest, by id. */
    async inputs(plan: JobPlan): Promise<Map<string, string>> {
      const all = new Map<string, string>()
      for (let n = 0; n < plan.chunks; n++) {
        for (const [id, digest] of Object.entries((await storage.getItem<Record<string, string>>(`${inputPrefix(plan.id)}:${n}`)) ?? {})) all.set(id, digest)
      }
      return all
    },
  }
}
export type PlanStore = ReturnType<typeof planStore>

/** Keys sorted at every level, so one record always gives one text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`
  if (value && typeof value === "object") {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(",")}}`
  }
  return JSON.stringify(value ?? null)
}

/**
 * A contact's input as planned, reduced to 22 characters: keyed (HMAC under the key ring, its own
 * domain) when there is a key ring, so a stored digest cannot be tested against guessed values;
 * plain SHA-256 of the whole record otherwise. Any change to any field of the record changes it.
 */
export function inputDigest(rt: Runtime, keyId: string | undefined, data: Record<string, unknown>): string {
  const text = canonical(data)
  if (keyId) return pseudonymToken(rt.keys, text, { keyId, prefix: "i", bytes: 16, domain: "cxedge/plan-input" }).split("_").at(-1)!
  return createHash("sha256").update(text).digest("base64url").slice(0, 22)
}

/** A key's check value: tells whether the key ring still holds the key a plan's digests were made with. */
export const keyCheck = (rt: Runtime, keyId: string) => inputDigest(rt, keyId, { check: "cxedge/plan-input" })

const idsDigestOf = (ids: string[]) => createHash("sha256").update(ids.sort().join("\n")).digest("hex").slice(0, 32)

/** The digest an approval binds to: everything a run depends on. */
export function planDigest(plan: JobPlan): string {
  const { id, matrixDigest, source, target, contacts, idsDigest, chunks, inputKeyId, origin, force } = plan
  // The origin and --force only when recorded, so a plan approved before they were kept still runs.
  return createHash("sha256").update(canonical({ id, matrixDigest, source, target, contacts, idsDigest, chunks, inputKeyId, ...(origin ? { origin } : {}), ...(force ? { force } : {}) })).digest("hex").slice(0, 32)
}

/** What planning reads of a prepared job (prepare.ts builds it). */
export interface PlanInput {
  jobId: string
  meta: JobMeta
  source: Source
  matrix: CompiledMatrix
  target: Target
}

type Counts = Required<Pick<JobPlan, "contacts" | "toWrite" | "alreadyAnonymized" | "noRuleApplied" | "rejected">>

/**
 * Reads every contact of a prepared job's source once: plans each with the matrix (as a dry run
 * does), counts fields and transforms, and stores each contact's input digest. Writes nothing
 * to the tenant; the plan record itself is stored by the caller.
 */
export async function computePlan(rt: Runtime, store: PlanStore, job: PlanInput, matrixFrom: MatrixOrigin, window?: string, origin?: PlanOrigin): Promise<JobPlan> {
  const keyId = rt.keys.ids().length ? rt.keys.current : undefined
  const counts: Counts = { contacts: 0, toWrite: 0, alreadyAnonymized: 0, noRuleApplied: 0, rejected: 0 }
  const fields = new Map<string, number>()
  const ids: string[] = []
  let chunk: Record<string, string> = {}
  let chunks = 0
  await store.clearInputs(job.jobId)
  const subjects = planSubjects(rt, job.jobId, job.matrix, keyId)
  await subjects.clear()
  for await (const page of job.source.pages()) {
    for (const record of page) {
      await subjects.add(record)
      counts.contacts++
      ids.push(record.id)
      // A record the source could not read is planned as refused: its digest never matches.
      chunk[record.id] = record.error ? "!" : inputDigest(rt, keyId, record.data)
      if (ids.length % CHUNK === 0) {
        await store.setInputs(job.jobId, chunks++, chunk)
        chunk = {}
      }
      await countRecord(job, record, counts, fields)
    }
  }
  if (Object.keys(chunk).length) await store.setInputs(job.jobId, chunks++, chunk)
  await subjects.flush()
  return {
    id: job.jobId,
    state: "planned",
    createdAt: new Date(rt.clock.now()).toISOString(),
    matrix: job.meta.matrix,
    matrixDigest: job.meta.matrixDigest,
    matrixBody: job.meta.matrixBody,
    matrixFrom,
    source: job.meta.source,
    target: job.meta.target,
    ...(window ? { window } : {}),
    ...(origin ? { origin } : {}),
    ...counts,
    idsDigest: idsDigestOf(ids),
    fields: [...fields].map(([key, contacts]) => ({ field: key.split("\u0000")[0]!, transform: key.split("\u0000")[1]!, contacts })).sort((a, b) => a.field.localeCompare(b.field)),
    ...(keyId ? { inputKeyId: keyId, inputKeyCheck: keyCheck(rt, keyId) } : {}),
    chunks,
  }
}

async function countRecord(job: PlanInput, record: { id: string; data: Record<string, unknown>; error?: string }, counts: Counts, fields: Map<string, number>) {
  if (record.error) return void counts.rejected++
  const plan = await job.matrix.plan(record.data)
  const problems = [...plan.problems, ...validatePlan(plan, job.target.limits), ...(job.target.check?.(record as never) ?? [])]
  if (problems.length) return void counts.rejected++
  const live = plan.changes.filter((c) => !c.already)
  // As a dry run counts: only a target that skips an unchanged record (patch) leaves it; an erasure or export writes it.
  // One no rule applied to is not "already anonymized", as a run and a dry run tell it.
  if (live.length === 0 && job.target.skipsUnchanged) return void counts[plan.covered.length ? "alreadyAnonymized" : "noRuleApplied"]++
  counts.toWrite++
  const seen = new Set<string>()
  for (const c of live) {
    const key = `${topOf(c.path)}\u0000${c.transform}`
    if (seen.has(key)) continue
    seen.add(key)
    fields.set(key, (fields.get(key) ?? 0) + 1)
  }
}
