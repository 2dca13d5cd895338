import { recordDone, requestKey, ValidationError, writeOwed, type AuditEntry, type FileAccess, type Runtime, type Says } from "../../core/index.ts"
import { computePlan, planDigest, planStore, planView, type JobPlan, type MatrixOrigin } from "./job-plan.ts"
import { jobStore, type JobMeta } from "./journal.ts"
import type { Matrix } from "./matrix/index.ts"
import { heldNow } from "./plan-holds.ts"
import { originChange, planOrigin } from "./plan-origin.ts"
import { windowLine } from "./plan-summary.ts"
import { BODY_WORDS, digestOfMatrix, prepareJob, type JobWords, type PreparedJob } from "./prepare.ts"
import type { JobRequest } from "./request.ts"
import type { AnonymizeSettings } from "./settings.ts"

/** Why a plan operation is refused: exit 2 from the CLI; the routes answer `status` (404 unknown, 409 wrong state, 400 bad input). */
export const refusal = (status: 404 | 409 | 400, message: string, field = "job", scope = "anonymize") => Object.assign(new ValidationError(scope, message, field, "E_USAGE"), { status })

/**
 * How a refusal says to show, approve, run or make a plan: the CLI's commands, or (for a caller of the
 * job routes, who has no `cxedge` at hand) the routes. A route's 404 said "list plans with cxedge jobs".
 */
export interface PlanWords {
  show(id: string): string
  approve(id: string): string
  run(id: string): string
  /** Where a plan of this id is made. */
  make(id: string): string
  /** Where the plans are listed, when there is a way. */
  list?: string
  /** The label of a refusal: the command the user ran (jobs), anonymize by default. */
  scope?: string
  /** How the job's own refusals name its choices (flags by default). */
  job?: JobWords
  /** How the same ask is made again: the command run again by default. */
  again?: string
}
export const CLI_WORDS: PlanWords = {
  show: (id) => `cxedge jobs show ${id}`,
  approve: (id) => `cxedge jobs approve ${id} --by NAME`,
  run: (id) => `cxedge jobs run ${id}`,
  make: (id) => `cxedge anonymize ... --plan ${id}`,
  list: "cxedge jobs",
}
/** `cxedge jobs show|approve|run`: its refusals under [jobs], the command run, not [anonymize]. */
export const JOBS_WORDS: PlanWords = { ...CLI_WORDS, scope: "jobs" }
export const ROUTE_WORDS: PlanWords = {
  show: (id) => `GET /v1/jobs/${id}`,
  approve: (id) => `POST /v1/jobs/${id}/approve {"by": NAME}`,
  run: (id) => `POST /v1/jobs/${id}/run`,
  make: (id) => `POST /v1/jobs {"id": "${id}", "matrix": ...}`,
  job: BODY_WORDS,
  again: "send the same request again",
}

/**
 * An operator's name as `--by` or `{by}` gives it: recorded in the plan and the audit as given.
 * `as` is how the refusal names it: the flag, or (`"by"`) the body field of the approve route.
 */
const OPERATOR = /^[\p{L}\p{N}][\p{L}\p{N} ._@+-]{0,79}$/u
export function checkOperator(by: unknown, as: "--by" | "by" = "--by"): string {
  if (typeof by !== "string" || !OPERATOR.test(by.trim())) {
    const examples = as === "--by" ? "--by alice, --by dpo@example.com" : '{"by": "alice"}, {"by": "dpo@example.com"}'
    throw refusal(400, `${as} names who approves: 1 to 80 letters, digits, spaces or . _ @ + - (e.g. ${examples})`, "by", as === "--by" ? "jobs" : "anonymize")
  }
  return by.trim()
}

const plans = (rt: Runtime) => planStore(rt.storage.namespace("plans"))
const jobs = (rt: Runtime) => jobStore(rt.storage.namespace("jobs"))

/** A plan as a planning or approval answers it: `recordedLate` when its audit record, missing since, was written now. */
export type PlanDone = JobPlan & { recordedLate?: { action: string; at: string } }

/**
 * A plan saved whose record (`job.planned`, `job.approved`) a sink failed is kept owing it, under the plan and the
 * step: the same ask again writes it (to the sinks that lack it) instead of a refusal that left it unwritten for good.
 */
const owedKey = (rt: Runtime, action: string, id: string) => `owed:${requestKey(rt, [action, id])}`
const says = (done: string, words: PlanWords): Says => ({ done, retry: words.again ?? "run the same command again", again: "nothing is planned or approved twice" })

/** The record a saved plan still owes for `action`, written now: the plan, saying so; undefined when none is owed. */
async function writeOwedStep(rt: Runtime, plan: JobPlan, action: string, done: string, words: PlanWords): Promise<PlanDone | undefined> {
  const owed = await writeOwed(rt, words.scope ?? "anonymize", rt.storage.namespace("plans"), owedKey(rt, action, plan.id), () => says(done, words))
  return owed && { ...plan, recordedLate: { action, at: owed.at } }
}

/** Records a step of a plan already saved; a failing sink leaves it owed, thrown as an audit_missing to ask again. */
function recordStep(rt: Runtime, plan: JobPlan, entry: AuditEntry, at: string, done: string, words: PlanWords): Promise<void> {
  const owed = { entry, result: planView(plan), at }
  return recordDone(rt, words.scope ?? "anonymize", rt.storage.namespace("plans"), owedKey(rt, entry.action, plan.id), owed, says(done, words))
}

const plannedDone = (id: string) => `plan ${id} was made (nothing was written to the tenant)`
const approvedDone = (plan: JobPlan) => `plan ${plan.id} was approved by ${plan.approvedBy}`

/** Computes and stores a plan: refused when a plan or a job of that id exists. Writes nothing to the tenant. */
export async function createPlan(rt: Runtime, request: JobRequest & { jobId: string }, settings: Partial<AnonymizeSettings>, from: MatrixOrigin, files?: FileAccess, words: PlanWords = CLI_WORDS): Promise<PlanDone> {
  const existing = await plans(rt).get(request.jobId)
  const late = existing && (await writeOwedStep(rt, existing, "job.planned", plannedDone(existing.id), words))
  if (late) return late
  if (existing) throw refusal(409, `a plan named ${request.jobId} exists: show it with ${words.show(request.jobId)}, or pick another id`, "job", words.scope)
  if (await jobs(rt).get(request.jobId)) throw refusal(409, `a job named ${request.jobId} exists: pick another id for the plan`)
  const job = await prepareJob(rt, { ...request, dryRun: true }, settings, files, words.job)
  const origin = await planOrigin(rt, job.meta.source, job.meta.target, files)
  const plan = await computePlan(rt, plans(rt), job, from, windowLine(job.meta.source), origin)
  await plans(rt).set(plan)
  const entry = {
    action: "job.planned", outcome: "ok", jobId: plan.id,
    detail: { contacts: plan.contacts, toWrite: plan.toWrite, idsDigest: plan.idsDigest, matrix: plan.matrix, matrixDigest: plan.matrixDigest, target: plan.target.kind, source: plan.source.kind },
  }
  await recordStep(rt, plan, entry, plan.createdAt, plannedDone(plan.id), words)
  return plan
}

/** How many of the plan's contacts a legal hold (any write gate) holds now; undefined without a gate. */
export const heldInPlan = (rt: Runtime, plan: JobPlan) => heldNow(rt, plan, plans(rt))

/** A stored plan, or a refusal naming the id. */
export async function getPlan(rt: Runtime, id: string, words: PlanWords = CLI_WORDS): Promise<JobPlan> {
  const plan = await plans(rt).get(id)
  if (!plan) throw refusal(404, `no plan ${id} in this storage: ${words.list ? `list plans with ${words.list}, or ` : ""}make one with ${words.make(id)}`, "job", words.scope)
  return plan
}

/**
 * The matrix a plan's origin gives now, read where the caller can read it: the CLI reads the file again, the server
 * the shipped matrix; undefined when there is nothing to read (a matrix sent inline). Throws when it cannot be read.
 */
export type MatrixNow = (plan: JobPlan) => Matrix | undefined | Promise<Matrix | undefined>

const matrixWhere = (plan: JobPlan) => (plan.matrixFrom.file ? `matrix file ${plan.matrixFrom.file}` : `shipped matrix ${plan.matrixFrom.shipped}`)

/**
 * Refuses a plan whose matrix is not the one planned: its stored matrix changed in storage (the plan's digest covers
 * the matrix's digest, not the matrix a run uses), or `now`, what its origin gives today, is another. `since` is the
 * step the change is dated from: "made" when approving, "approved" when running.
 */
function refuseOtherMatrix(plan: JobPlan, now: Matrix | undefined, since: "made" | "approved", words: PlanWords): void {
  const nothing = since === "made" ? "nothing was approved; " : ""
  const again = `plan it again under a new id (${words.make("NEW-ID")})`
  if (digestOfMatrix(plan.matrixBody) !== plan.matrixDigest) {
    throw refusal(409, `plan ${plan.id}'s stored matrix is not the one it was planned with (digest ${plan.matrixDigest}): it was changed in storage; ${nothing}${again}`, "job", words.scope)
  }
  if (!now || digestOfMatrix(now) === plan.matrixDigest) return
  const restore = plan.matrixFrom.file ? (since === "made" ? ", or restore the file as it was planned" : ", or restore the file") : ""
  throw refusal(409, `the ${matrixWhere(plan)} changed since plan ${plan.id} was ${since}: ${nothing}${again}${restore}`, "job", words.scope)
}

/**
 * Marks a plan approved by `by`, once; the audit records who, and the digests approved. A plan whose matrix is not the
 * one planned (its stored copy changed, or `matrixNow` gives another) is refused, nothing approved: the run would
 * refuse it, or run a matrix no one reviewed.
 */
export async function approvePlan(rt: Runtime, id: string, by: string, words: PlanWords = CLI_WORDS, matrixNow?: MatrixNow): Promise<PlanDone> {
  const plan = await getPlan(rt, id, words)
  const late = plan.state === "approved" && (await writeOwedStep(rt, plan, "job.approved", approvedDone(plan), words))
  if (late) return late
  if (plan.state === "approved") throw refusal(409, `plan ${id} was approved by ${plan.approvedBy} at ${plan.approvedAt}: it runs with ${words.run(id)}`, "job", words.scope)
  refuseOtherMatrix(plan, await matrixNow?.(plan), "made", words)
  const approved: JobPlan = { ...plan, state: "approved", approvedBy: by, approvedAt: new Date(rt.clock.now()).toISOString(), approvedDigest: planDigest(plan) }
  await plans(rt).set(approved)
  const entry = {
    action: "job.approved", outcome: "ok", jobId: id,
    detail: { by, contacts: plan.contacts, toWrite: plan.toWrite, idsDigest: plan.idsDigest, matrixDigest: plan.matrixDigest, target: plan.target.kind },
  }
  await recordStep(rt, approved, entry, approved.approvedAt!, approvedDone(approved), words)
  return approved
}

/**
 * An approved plan that may run now, with its job when an earlier run began it: refused when
 * unapproved, changed after approval, or already run to its end. `matrixNow` is the matrix its
 * origin gives today (a file read again, a shipped matrix); a different one refuses the run, and so
 * do another tenant and a changed source file (read again through `files`: the CLI's).
 */
export async function runnablePlan(rt: Runtime, id: string, matrixNow?: Matrix, words: PlanWords = CLI_WORDS, files?: FileAccess): Promise<{ plan: JobPlan; job: JobMeta | null }> {
  const plan = await getPlan(rt, id, words)
  if (plan.state !== "approved") throw refusal(409, `plan ${id} is not approved: review it with ${words.show(id)}, then ${words.approve(id)}`, "job", words.scope)
  if (plan.approvedDigest !== planDigest(plan)) throw refusal(409, `plan ${id} was changed in storage after it was approved: plan it again under a new id`, "job", words.scope)
  refuseOtherMatrix(plan, matrixNow, "approved", words)
  const job = await jobs(rt).get(id)
  if (job?.state === "finished") throw refusal(409, `plan ${id} already ran to its end (job finished ${job.finishedAt}): plan the contacts left with a new id`, "job", words.scope)
  const moved = await originChange(rt, plan, files)
  if (moved) throw refusal(409, moved, "job", words.scope)
  return { plan, job }
}

/** The job of an approved plan: its matrix, source narrowed to the plan (`source.plan`) and target; an earlier run's job resumes. */
export function preparePlanRun(rt: Runtime, plan: JobPlan, settings: Partial<AnonymizeSettings>, files?: FileAccess): Promise<PreparedJob> {
  const request: JobRequest = { jobId: plan.id, matrix: plan.matrixBody, source: { ...plan.source, plan: plan.id }, target: plan.target }
  return prepareJob(rt, request, settings, files)
}

/**
 * Refuses a new `cxedge anonymize` run of a target that needs approval (a resume of a job that
 * already started does not ask again), and a `--job` that names a plan.
 */
export async function checkApproval(rt: Runtime, embedded: boolean, settings: Partial<AnonymizeSettings>, run: { jobId: string; target: string; dryRun: boolean; resumed: boolean }): Promise<void> {
  if (!run.resumed && (await plans(rt).get(run.jobId))) {
    throw refusal(400, `${run.jobId} is a plan: run it with cxedge jobs run ${run.jobId} once it is approved`)
  }
  const approval = settings.approval
  if (run.dryRun || run.resumed || !approval?.require.includes(run.target as never) || (embedded && !approval.sandbox)) return
  throw refusal(400, `the ${run.target} target needs an approved plan (settings.anonymize.approval): plan with the same flags plus --plan JOB, then cxedge jobs approve JOB --by NAME, then cxedge jobs run JOB`, "target")
}

/** `--resume ID` of a plan that has not run yet: there is no job to resume; the plan runs with `jobs run`. */
export async function refuseResumeOfUnrunPlan(rt: Runtime, id: string): Promise<void> {
  if ((await jobs(rt).get(id)) || !(await plans(rt).get(id))) return
  throw refusal(400, `${id} is a plan that has not run: there is no job to resume; run it with cxedge jobs run ${id} once it is approved (cxedge jobs show ${id})`, "resume")
}
