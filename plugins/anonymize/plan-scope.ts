import { ConfigError, EMBEDDED_SANDBOX_KEY, type Runtime } from "../../core/index.ts"
import { inputDigest, keyCheck, planStore, type JobPlan } from "./job-plan.ts"
import type { Journal } from "./journal.ts"
import { originChange } from "./plan-origin.ts"
import type { Source, SourceRecord } from "./pipeline.ts"

/** How a plan's run met its scope (`plans:scope:<id>`): ids only, at most this many of each kept. */
export interface ScopeReport {
  /** Contacts the source served that were not in the plan: left for the next job. */
  entered: number
  /** Planned contacts whose input changed since planning: reported, not written. */
  changed: number
  /** Planned contacts the source no longer served (deleted, or out of the window): reported, not written. */
  left: number
  changedIds: string[]
  leftIds: string[]
}

export const SCOPE_IDS_KEPT = 1000

/** The reason a changed contact is refused with (its journal code is E_SOURCE, the reason says which). */
export const CHANGED_REASON = "changed since it was planned (E_PLAN_CHANGED): not written; plan it again in a new job"

/** A plan run's scope report, once its source has been read to the end. */
export async function readScope(rt: Runtime, id: string): Promise<ScopeReport | undefined> {
  return (await rt.storage.namespace("plans").getItem<ScopeReport>(`scope:${id}`)) ?? undefined
}

/**
 * The source of a plan's run: the job's own source, narrowed to the plan. A contact not in the
 * plan is dropped (counted as entered); a planned contact whose input digest differs is handed
 * on as a record the job refuses (E_PLAN_CHANGED), so nothing is written to it and the job's
 * summary and journal show it; planned contacts the source no longer serves are counted as left.
 * On a resume, a contact an earlier run of this job already wrote (or began to write) is the
 * journal's to settle (or, for an export, which keeps no planned entries, the export's: `holds`):
 * its input has changed because the job changed it.
 */
export async function scopeToPlan(rt: Runtime, planId: string, source: Source, journal: Journal, resume: boolean, holds?: () => ((id: string) => Promise<boolean>) | undefined, alreadyDone?: AlreadyDone): Promise<Source> {
  const store = planStore(rt.storage.namespace("plans"))
  const plan = await store.get(planId)
  if (!plan) throw new ConfigError("anonymize", `job ${planId} runs a plan that is not in this storage: check --storage-dir, or plan it again with cxedge anonymize ... --plan NEW-ID`)
  if (plan.inputKeyId && (!rt.keys.ids().includes(plan.inputKeyId) || keyCheck(rt, plan.inputKeyId) !== plan.inputKeyCheck)) {
    // "sbx" is the key the embedded sandbox makes afresh for each command (node/runtime.ts): "set CXEDGE_HMAC_KEYS as
    // when planning" sent the user after a variable they never set.
    if (plan.inputKeyId === EMBEDDED_SANDBOX_KEY) throw new ConfigError("anonymize", `plan ${planId} was made against the embedded sandbox, which is made afresh (a throwaway key, new contacts) for every command: no later command can run it; plan, approve and run against cxedge sandbox --port with CXEDGE_HMAC_KEYS set, or a tenant`)
    throw new ConfigError("anonymize", `plan ${planId} was made with key ${plan.inputKeyId}, which this key ring does not hold as it was: set CXEDGE_HMAC_KEYS as when planning`)
  }
  // A resume (cxedge anonymize --resume, a worker) reaches here without jobs run's checks: another tenant is refused here too.
  const moved = await originChange(rt, plan)
  if (moved) throw new ConfigError("anonymize", moved)
  const scoped: Source = Object.create(source)
  scoped.total = async () => plan.contacts
  const settled = async (id: string) => resume && (journal.isDone(id) || journal.hasEntry(id) || (await holds?.()?.(id)) === true)
  scoped.pages = () => scopedPages(rt, plan, source, settled, alreadyDone)
  return scoped
}

/**
 * Whether a contact's data needs no write under the job's matrix (every change already made). A planned contact
 * whose input changed only that way (this run's own Privacy erasure of its subject, sent for an earlier contact,
 * emptied it; or someone anonymized it meanwhile) is handed on, and the job counts it already anonymized: nothing
 * is written to it, so the approval still holds.
 */
export type AlreadyDone = (data: Record<string, unknown>) => Promise<boolean>

async function* scopedPages(rt: Runtime, plan: JobPlan, source: Source, settled: (id: string) => Promise<boolean>, alreadyDone?: AlreadyDone): AsyncIterable<SourceRecord[]> {
  const store = planStore(rt.storage.namespace("plans"))
  const inputs = await store.inputs(plan)
  const seen = new Set<string>()
  const report: ScopeReport = { entered: 0, changed: 0, left: 0, changedIds: [], leftIds: [] }
  for await (const page of source.pages()) {
    const kept: SourceRecord[] = []
    for (const record of page) {
      const planned = inputs.get(record.id)
      if (planned === undefined) {
        report.entered++
        continue
      }
      seen.add(record.id)
      const same = !record.error && inputDigest(rt, plan.inputKeyId, record.data) === planned
      if ((await settled(record.id)) || (record.error && planned === "!") || same || (!record.error && (await alreadyDone?.(record.data)))) {
        kept.push(record)
        continue
      }
      if (report.changed++ < SCOPE_IDS_KEPT) report.changedIds.push(record.id)
      kept.push({ id: record.id, data: {}, error: CHANGED_REASON })
    }
    if (kept.length) yield kept
  }
  for (const id of inputs.keys()) {
    if (seen.has(id)) continue
    if (report.left++ < SCOPE_IDS_KEPT) report.leftIds.push(id)
  }
  await rt.storage.namespace("plans").setItem(`scope:${plan.id}`, report)
  await rt.hooks.emit("audit:record", { action: "job.scope", outcome: report.changed || report.left ? "narrowed" : "ok", jobId: plan.id, detail: { entered: report.entered, changed: report.changed, left: report.left } })
}
