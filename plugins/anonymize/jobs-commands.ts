import { defineCommand, type CommandDef } from "citty"
import { checkJobName as coreCheckJobName, intFlag, ValidationError, type CommandHost, type OpenedRuntime } from "../../core/index.ts"
import { runToEnd } from "./anonymize-run.ts"
import { approvePlan, checkOperator, getPlan, heldInPlan, JOBS_WORDS, preparePlanRun, refusal, runnablePlan } from "./approval.ts"
import { jobsCommand as jobsListCommand } from "./commands.ts"
import type { JobPlan } from "./job-plan.ts"
import { jobStore } from "./journal.ts"
import { loadMatrix } from "./matrix-file.ts"
import { BUILTIN_PREFIX } from "./matrices.ts"
import { printPlan } from "./plan-cli.ts"
import { pruneCommand } from "./plan-prune.ts"
import { readScope } from "./plan-scope.ts"
import { DESTRUCTIVE_TARGETS, planSummary } from "./plan-summary.ts"
import type { AnonymizeSettings } from "./settings.ts"
import { refuseOthersFile } from "./targets/export-file.ts"

/** A JOB that is no job name, under the command's label: the user ran cxedge jobs, not anonymize. */
const checkJobName = (flag: string, value: unknown) => coreCheckJobName("jobs", flag, value)

const jobArg = { type: "positional", description: "the plan's id (the JOB of anonymize --plan JOB)", required: true } as const

/** The matrix a plan's origin gives today: the file read again, or the shipped matrix; a file gone refuses the run. */
async function matrixNow(opened: OpenedRuntime, plan: JobPlan) {
  const from = plan.matrixFrom.file ?? plan.matrixFrom.shipped
  if (!from) return undefined
  try {
    return await loadMatrix(opened, plan.matrixFrom.file ?? `${BUILTIN_PREFIX}${from}`)
  } catch {
    throw refusal(409, `the matrix file ${from} of plan ${plan.id} cannot be read any more: restore it as approved, or plan again under a new id`, "job", "jobs")
  }
}

/**
 * A plan is approved only as it was made: its matrix file changed since was approved, and `jobs run` then refused it
 * saying the file "changed since plan was approved". A file gone is refused too, as the run would refuse it: the plan
 * stores its matrix, but the run reads the file again to prove it is the one reviewed. approvePlan compares.
 */
async function matrixAtApproval(opened: OpenedRuntime, plan: JobPlan) {
  const from = plan.matrixFrom.file ?? plan.matrixFrom.shipped
  if (!from) return undefined
  const where = plan.matrixFrom.file ? `matrix file ${from}` : `shipped matrix ${from}`
  try {
    return await loadMatrix(opened, plan.matrixFrom.file ?? `${BUILTIN_PREFIX}${from}`)
  } catch (error) {
    throw Object.assign(refusal(409, `the ${where} of plan ${plan.id} cannot be read any more: nothing was approved; restore it as planned, or plan again under a new id`, "job", "jobs"), { cause: error })
  }
}

/** `cxedge jobs show JOB`: the plan, its approval, and how its run went. */
function showCommand(host: CommandHost) {
  return defineCommand({
    meta: { name: "show", description: "Print a plan: contacts in scope, fields and transforms, window, target, matrix, approval and run", examples: ["cxedge jobs show gdpr-2026-10", "cxedge jobs show gdpr-2026-10 --json"] },
    args: { ...host.commonArgs, job: jobArg, json: { type: "boolean", description: "print the plan as JSON" } },
    async run({ args }) {
      checkJobName("JOB", args.job)
      await host.withRuntime(args, async (opened) => {
        const plan = await getPlan(opened.rt, args.job, JOBS_WORDS)
        const job = await jobStore(opened.rt.storage.namespace("jobs")).get(plan.id)
        const scope = await readScope(opened.rt, plan.id)
        const held = await heldInPlan(opened.rt, plan)
        printPlan(host, plan, job ? { state: job.state, ...(job.totals ? { totals: { ...job.totals } } : {}), ...(scope ? { scope } : {}) } : undefined, !!args.json, held)
      }, { readOnly: true, existingStorage: true })
    },
  })
}

/** `cxedge jobs approve JOB --by NAME`: once; the audit records who. */
function approveCommand(host: CommandHost) {
  return defineCommand({
    meta: { name: "approve", description: "Approve a plan for its run; --by (who approves) is recorded in the plan and the audit log", examples: ["cxedge jobs approve gdpr-2026-10 --by alice"] },
    args: { ...host.commonArgs, job: jobArg, by: { type: "string", description: "who approves (an operator name, recorded in the audit log)", required: true }, json: { type: "boolean", description: "print the approved plan as JSON" } },
    async run({ args }) {
      checkJobName("JOB", args.job)
      const by = checkOperator(args.by)
      // A plan is read from storage: a directory named wrong is refused as such, not read as "no plan".
      await host.withRuntime(args, async (opened) => {
        const plan = await approvePlan(opened.rt, args.job, by, JOBS_WORDS, (planned) => matrixAtApproval(opened, planned))
        const held = await heldInPlan(opened.rt, plan)
        if (args.json) return printPlan(host, plan, undefined, true, held)
        if (plan.recordedLate) return host.info(`plan ${plan.id} was approved by ${plan.approvedBy} at ${plan.approvedAt}, not again: its audit record (job.approved), missing since, is written now. Run it with cxedge jobs run ${plan.id}`)
        const holds = held ? `; ${held} of them held by a legal hold now (the run skips them while held)` : ""
        host.info(`plan ${plan.id} approved by ${by}: ${plan.toWrite} of ${plan.contacts} contacts to write (${plan.target.kind})${holds}. Run it with cxedge jobs run ${plan.id}`)
      }, { existingStorage: true })
    },
  })
}

/**
 * A plan's first run empties its --out: a file written there since planning (someone else's data) is refused, as
 * `anonymize` refuses it, unless the plan was made with --force or the run is given it. A begun job adds to its own.
 */
async function refuseOverwrite(opened: OpenedRuntime, plan: JobPlan, begun: boolean, force: boolean): Promise<void> {
  const out = plan.target.out
  const usage = (message: string) => new ValidationError("jobs", message, "force", "E_USAGE")
  if (force && out === undefined) throw usage(`--force replaces a file at a plan's --out, and plan ${plan.id} writes no file (target ${plan.target.kind}): drop --force`)
  if (force && begun) throw usage(`--force replaces a file at --out, but plan ${plan.id}'s run began and adds to its own export there: drop --force`)
  if (out === undefined || begun || force || plan.force) return
  try {
    await refuseOthersFile(opened.files, out)
  } catch (error) {
    // A directory or a pipe there keeps its own words; only "someone's data is there" is said in this command's.
    if (!(error instanceof ValidationError) || error.path !== "out") throw error
    throw Object.assign(usage(`${out} exists and is not the export of plan ${plan.id} (written since it was planned): move it away, or replace it with cxedge jobs run ${plan.id} --force`), { cause: error })
  }
}

/** `cxedge jobs run JOB [--yes]`: exactly the approved scope, as an ordinary resumable job. */
function runCommand(host: CommandHost) {
  return defineCommand({
    meta: { name: "run", description: "Run an approved plan: only the contacts planned, unchanged since; asks before writing to a real tenant", examples: ["cxedge jobs run gdpr-2026-10 --yes"] },
    args: {
      ...host.commonArgs,
      job: jobArg,
      yes: { type: "boolean", description: "write to a configured tenant (patch, erasure) without asking; required without a terminal" },
      concurrency: { type: "string", description: "contacts in flight, 1 to 256 (default 8)" },
      json: { type: "boolean", description: "print the summary as JSON" },
      force: { type: "boolean", description: "replace a file at the plan's --out that is not its export (refused without it, unless planned with --force)" },
    },
    async run({ args }) {
      checkJobName("JOB", args.job)
      const concurrency = intFlag("concurrency", args.concurrency, { min: 1, max: 256 })
      await host.withRuntime(args, async (opened) => {
        const rt = opened.rt
        const settings = rt.settings<AnonymizeSettings>("anonymize")
        const { plan, job: begun } = await runnablePlan(rt, args.job, await matrixNow(opened, await getPlan(rt, args.job, JOBS_WORDS)), JOBS_WORDS, opened.files)
        await refuseOverwrite(opened, plan, !!begun, !!args.force)
        const job = await preparePlanRun(rt, plan, settings, opened.files)
        if (!opened.sandbox && DESTRUCTIVE_TARGETS.has(plan.target.kind)) {
          const summary = [...(await planSummary(rt, job)), `approved by ${plan.approvedBy} at ${plan.approvedAt}`]
          if (!(await host.confirm({ scope: "anonymize", action: "write to a real tenant", summary, yes: !!args.yes }))) {
            host.warn("aborted: nothing was written")
            return host.setExitCode(1)
          }
        }
        await runToEnd(host, opened, job, concurrency ?? settings.concurrency, !!args.json)
        const scope = await readScope(rt, plan.id)
        if (!scope) return
        if (scope.entered) host.info(`${scope.entered} contact(s) entered the scope since planning: left for the next job`)
        // Each changed contact was warned of as the job refused it; the count says how many.
        if (scope.changed) host.warn(`${scope.changed} contact(s) changed since planning: not written (E_PLAN_CHANGED)`)
        for (const id of scope.leftIds.slice(0, 20)) host.warn(`contact ${id} is no longer served by the source: not written`)
        if (scope.left > 20) host.warn(`${scope.left} gone in all: GET /v1/jobs/${plan.id} lists them`)
      }, { existingStorage: true })
    },
  })
}

/**
 * `cxedge jobs` lists jobs as before; `jobs show|approve|run JOB` handle plans. citty runs a
 * parent's `run` after its sub-command's, so the listing stands aside when a sub-command ran.
 */
export function jobsCommand(host: CommandHost): CommandDef<any> {
  const list = jobsListCommand(host)
  const subCommands = { show: showCommand(host), approve: approveCommand(host), run: runCommand(host), prune: pruneCommand(host) }
  return defineCommand({
    ...list,
    meta: { ...list.meta, description: "List anonymization jobs; show, approve, run and prune plans (anonymize --plan)", examples: ["cxedge jobs", "cxedge jobs show gdpr-2026-10", "cxedge jobs approve gdpr-2026-10 --by alice", "cxedge jobs run gdpr-2026-10 --yes", "cxedge jobs prune --dry-run"] },
    subCommands,
    async run(context) {
      const first = context.rawArgs.find((a) => !a.startsWith("-"))
      if (first !== undefined && Object.hasOwn(subCommands, first)) return
      return list.run?.(context as never)
    },
  }) as CommandDef<any>
}
