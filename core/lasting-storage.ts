import { ValidationError } from "./errors.ts"
import type { OpenedRuntime } from "./plugin.ts"
import { inProcessMemory } from "./storage.ts"

/**
 * Against a configured tenant, a command whose records must outlast it refuses memory storage, as `hold add` does:
 * an erasure's job, journal and audit records, a decrypt's audit record, a retention sweep's jobs, journals and
 * watermark, were gone when the command ended, so an interrupted run could not be resumed and none left evidence. Checked before any call. The embedded sandbox,
 * itself made afresh for every command, keeps its memory default. `what` is what would be lost, `nothing` what was not
 * done; `args` tells the --storage flag from the variable (or a config file's storage.driver).
 */
export function refuseFleetingStorage(opened: OpenedRuntime, args: Record<string, unknown>, scope: string, what: string, nothing: string): void {
  if (opened.sandbox || !inProcessMemory(opened.rt.storage)) return
  const named = args.storage === "memory" ? "--storage memory" : "CXEDGE_STORAGE=memory or the config file's storage.driver"
  throw new ValidationError(
    scope,
    `the storage is memory storage (${named}), gone when this command ends, and ${what} with it: against a configured tenant give fs storage with --storage-dir DIR (or --storage fs, CXEDGE_STORAGE=fs), or redis; ${nothing}`,
    "storage",
    "E_USAGE",
  )
}
