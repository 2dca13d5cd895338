import type { Runtime } from "../../core/index.ts"

/** A policy's job whose window still holds work: started and not completed (killed), or completed with failed contacts. */
export interface OpenJob {
  jobId: string
  /** The window, as the job's source selects it: contacts that started in [since, until). No since: from the first contact. */
  since?: string
  until: string
  /** Contacts whose write failed and which the job's next run retries (bad data, refused as invalid, is not counted). */
  failed: number
  /**
   * What of this job the policy's totals already hold: its interrupted runs' contacts, and its totals when a run last
   * completed. A run that completes adds its job's totals less this, so a contact is counted once however often the
   * job was stopped. Absent in state stored before it was kept.
   */
  counted?: Counts
}

/** Contacts done (anonymized, or found already anonymized), held, refused as invalid. */
export interface Counts {
  done: number
  held: number
  invalid: number
}

export interface LastRun {
  at: string
  jobs: string[]
  processed: number
  succeeded: number
  skipped: number
  failed: number
  invalid: number
  held: number
  /**
   * Why the run's contacts failed or were refused: each reason (a field, a call and what went wrong, never a value)
   * and how many contacts it stopped. At most MAX_REASONS reasons; the rest are counted under OTHER_REASONS.
   */
  reasons?: Record<string, number>
}

export const MAX_REASONS = 10
export const OTHER_REASONS = "other reasons"

/**
 * What a policy keeps in storage (`retention:policy:<name>`): ids, instants and counts, no
 * personal data. `sweptTo` is the end of the newest window whose job completed; the watermark
 * (everything that started before it is done) never passes an open job's window.
 */
export interface PolicyState {
  sweptTo?: string
  open: OpenJob[]
  lastRun?: LastRun
  /** Over every run: contacts anonymized or found already anonymized, held, refused as invalid. */
  totals: Counts
}

const key = (policy: string) => `policy:${policy}`
const empty = (): PolicyState => ({ open: [], totals: { done: 0, held: 0, invalid: 0 } })

export function policyStore(rt: Runtime) {
  const storage = rt.storage.namespace("retention")
  return {
    get: async (policy: string): Promise<PolicyState> => ({ ...empty(), ...((await storage.getItem<PolicyState>(key(policy))) ?? {}) }),
    set: (policy: string, state: PolicyState) => storage.setItem(key(policy), state),
  }
}

/**
 * Every contact that started before the watermark is processed (done, held, or refused as bad
 * data): the end of the swept windows, held back to the start of the oldest window that still
 * has work. Undefined before the first completed window.
 */
export function watermarkOf(state: PolicyState): string | undefined {
  if (state.open.some((j) => j.since === undefined)) return undefined
  const bounds = [state.sweptTo, ...state.open.map((j) => j.since)].filter((b): b is string => !!b)
  if (!state.sweptTo) return undefined
  return bounds.sort()[0]
}

/** Contacts still to retry in the policy's open jobs. */
export const outstanding = (state: PolicyState) => state.open.reduce((n, j) => n + j.failed, 0)
