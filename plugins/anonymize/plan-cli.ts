import { ConfigError, inProcessMemory, ValidationError, type CommandHost, type OpenedRuntime } from "../../core/index.ts"
import type { anonymizeFlags } from "./anonymize-flags.ts"
import { createPlan, heldInPlan } from "./approval.ts"
import { totalsRows } from "./job-output.ts"
import { planStore, planView, type JobPlan, type MatrixOrigin } from "./job-plan.ts"
import { loadMatrix } from "./matrix-file.ts"
import { shippedMatrix, shippedName } from "./matrices.ts"
import type { ScopeReport } from "./plan-scope.ts"
import type { AnonymizeSettings } from "./settings.ts"

const usage = (message: string, flag: string) => new ValidationError("anonymize", message, flag, "E_USAGE")

/** `--plan JOB` with flags it cannot go with: refused before anything opens. */
export function checkPlanFlags(args: Record<string, unknown>): void {
  if (args.plan === undefined) return
  const clash = ["resume", "job", "dry-run", "workers"].find((f) => args[f] !== undefined && args[f] !== false)
  if (clash === "resume") throw usage("--plan makes a new plan; --resume continues a job: give one of them", "plan")
  if (clash === "job") throw usage("--plan names the job it plans: drop --job", "job")
  if (clash) throw usage(`--plan only plans (nothing is written, no worker runs it): drop --${clash}`, clash)
  // Read by the run, not the plan: given here they were dropped, and the run went on at its default (asking first).
  const forRun = ["concurrency", "yes"].find((f) => args[f] !== undefined && args[f] !== false)
  if (forRun) throw usage(`--plan only plans; --${forRun} is read when the plan runs: give it to cxedge jobs run ${String(args.plan)} --${forRun}${forRun === "concurrency" ? " N" : ""}`, forRun)
}

/** Where `--matrix` came from, so `jobs run` can read it again and refuse a changed one. */
async function originOf(opened: OpenedRuntime, matrix: string): Promise<MatrixOrigin> {
  return (await shippedMatrix(matrix, opened.files)) ? { shipped: shippedName(matrix) } : { file: matrix }
}

/** `cxedge anonymize ... --plan JOB`: reads the source once, stores the plan, prints it and how to approve it. */
export async function planFromCli(host: CommandHost, opened: OpenedRuntime, args: { matrix?: string; plan?: string; json?: boolean; force?: boolean }, flags: ReturnType<typeof anonymizeFlags>): Promise<void> {
  const settings = opened.rt.settings<AnonymizeSettings>("anonymize")
  if (!args.matrix) throw usage("--plan needs --matrix: the plan keeps the matrix it was made with", "matrix")
  // The embedded sandbox is made afresh (a throwaway key, new contacts) for every command: a plan made here could be
  // shown and approved, and only its run said no later command can run it. Said before anything is read or stored.
  // (A server on the embedded sandbox keeps it: plans made through its routes run there.)
  if (opened.sandbox) throw new ConfigError("anonymize", `plan ${args.plan} would be made against the embedded sandbox, which is made afresh (a throwaway key, new contacts) for every command: no later command could run it; plan, approve and run against cxedge sandbox --port with CXEDGE_HMAC_KEYS set, or a tenant (a dry run shows the same counts now: --dry-run)`)
  // Memory storage (named, or a config's memory driver) ends with this command, and the plan with it: "approve it with
  // cxedge jobs approve" pointed at a plan no later command could find.
  if (inProcessMemory(opened.rt.storage)) throw new ValidationError("anonymize", `plan ${args.plan} would be kept in memory storage, gone when this command ends: no later command could approve or run it; keep plans in fs storage (--storage-dir DIR, CXEDGE_STORAGE_DIR or storage.dir in the config file, with the fs driver) or redis; nothing was planned`, "storage", "E_USAGE")
  const planned = await createPlan(opened.rt, { jobId: args.plan!, matrix: await loadMatrix(opened, args.matrix), source: flags.source, target: flags.target }, settings, await originOf(opened, args.matrix), opened.files)
  if (planned.recordedLate) {
    printPlan(host, planned, undefined, !!args.json, await heldInPlan(opened.rt, planned))
    return host.info(`plan ${planned.id} was made at ${planned.createdAt}, not again: its audit record (job.planned), missing since, is written now. Review it with cxedge jobs show ${planned.id}`)
  }
  const plan = await keepForce(opened, planned, !!args.force)
  const held = await heldInPlan(opened.rt, plan)
  printPlan(host, plan, undefined, !!args.json, held)
  if (plan.contacts === 0) host.warn(`plan ${plan.id} has no contacts in scope: its run would write nothing; check --source and the window (--since, --until)`)
  else if (plan.toWrite === 0) host.warn(`plan ${plan.id}: none of its ${plan.contacts} contacts needs writing (already anonymized, no rule applied, or refused): its run would write nothing`)
  if (!args.json) host.info(`planned: nothing was written. Review it with cxedge jobs show ${plan.id}; approve it with cxedge jobs approve ${plan.id} --by NAME`)
}

/**
 * --force given to the plan is kept with it, and approved with it: dropped, the run could not tell a replacement the
 * planner meant from a file someone wrote at --out since (jobs run refuses that one).
 */
async function keepForce(opened: OpenedRuntime, plan: JobPlan, force: boolean): Promise<JobPlan> {
  if (!force || plan.target.out === undefined) return plan
  const kept: JobPlan = { ...plan, force: true }
  await planStore(opened.rt.storage.namespace("plans")).set(kept)
  return kept
}

/** A plan as `jobs show` and `--plan` print it: what runs, on how many contacts, and who approved it. */
export function printPlan(host: CommandHost, plan: JobPlan, run: { state?: string; scope?: ScopeReport; totals?: Record<string, number> } | undefined, json: boolean, held?: number): void {
  // The state is the table's (the run's once it began: finished, not the plan's "approved"); the run's detail nests.
  if (json) return host.print(planView(plan, { ...(run?.state ? { state: run.state } : {}), ...(held !== undefined ? { heldNow: held } : {}), ...(run ? { job: run } : {}) }), { json: true })
  const from = plan.matrixFrom.file ? `file ${plan.matrixFrom.file}` : plan.matrixFrom.shipped ? `shipped ${plan.matrixFrom.shipped}` : "given inline"
  host.print([
    { key: "plan", value: plan.id },
    { key: "state", value: run?.state ?? plan.state },
    { key: "created", value: plan.createdAt },
    { key: "approved", value: plan.approvedBy ? `by ${plan.approvedBy} at ${plan.approvedAt}` : "no" },
    { key: "target", value: plan.target.kind },
    ...(plan.target.out !== undefined ? [{ key: "out", value: plan.force ? `${plan.target.out} (replaced if it exists: planned with --force)` : plan.target.out }] : []),
    { key: "source", value: plan.source.kind },
    { key: "window", value: plan.window ?? "(none)" },
    ...(plan.origin?.tenant ? [{ key: "tenant", value: plan.origin.tenant }] : []),
    ...(plan.origin?.file ? [{ key: "source file", value: `${plan.origin.file.path}, digest ${plan.origin.file.digest.slice(0, 16)}` }] : []),
    { key: "matrix", value: `${plan.matrix} (${from}), digest ${plan.matrixDigest}` },
    { key: "contacts in scope", value: plan.contacts },
    { key: "contact ids digest", value: plan.idsDigest },
    { key: "to write", value: plan.toWrite },
    { key: "already anonymized", value: plan.alreadyAnonymized },
    // As a run's summary says it: only when some contact had no rule apply.
    ...(plan.noRuleApplied ? [{ key: "no rule applied", value: plan.noRuleApplied }] : []),
    { key: "refused (bad data)", value: plan.rejected },
    // Holds change after planning: counted now, and the run skips whichever are held when it reaches them.
    ...(held !== undefined ? [{ key: "held (legal hold) now", value: held }] : []),
  ])
  if (plan.fields.length) host.print(plan.fields.map((f) => ({ field: f.field, transform: f.transform, contacts: f.contacts })))
  if (run?.totals) host.print(totalsRows(run.totals))
  if (run?.scope) {
    host.print([
      { key: "entered since planning (left for the next job)", value: run.scope.entered },
      { key: "changed since planning (not written)", value: run.scope.changed },
      { key: "gone since planning (not written)", value: run.scope.left },
    ])
  }
}
