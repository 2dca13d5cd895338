import type { Context, Hono } from "hono"
import * as v from "valibot"
import { auditMissingAnswer, bodyOnly, choiceFlag, ConfigError, dateWindow, isJobName, JOB_NAME, documentRoute, inBackground, jsonInput, noBody, queryInput, sourceNamed, spacedValue, TARGET_WORDS, USAGE_CODES, type CxedgeError, type Runtime } from "../../core/index.ts"
import { approvePlan, checkOperator, createPlan, getPlan, heldInPlan, preparePlanRun, refusal, ROUTE_WORDS, runnablePlan } from "./approval.ts"
import { planView, type JobPlan } from "./job-plan.ts"
import { jobStore } from "./journal.ts"
import { beingRun, leaseHolder } from "./lease.ts"
import { builtinMatrices, matrixNameHint, shippedNames } from "./matrices.ts"
import { checkMatrix, readMatrix, type Matrix } from "./matrix/index.ts"
import { readScope } from "./plan-scope.ts"
import { refuseUnjudgedWrites } from "./contact-checks.ts"
import { refuseUnguardedStorage } from "./write-guards.ts"
import { completeQueuedJob } from "./prepare.ts"
import type { AnonymizeSettings } from "./settings.ts"

/** The task kind a plan's run is queued as (`POST /v1/jobs/:id/run`). */
export const PLAN_RUN = "anonymize.plan-run"

declare module "../../core/tasks.ts" {
  interface CxedgeTasks {
    "anonymize.plan-run": { jobId: string }
  }
}

/** The job-name rule in words, ".." named (the letters it lists would allow it). */
const NAME_RULE = 'up to 100 letters, digits, _, - or . starting with a letter or digit, with no ".."'
const JOB_RULE = `must be a job name: ${NAME_RULE}`
const PlanBody = v.strictObject({
  // The pattern documents it; isJobName also refuses ".." (a.._b), as the CLI's --plan does: a plan it could not name again.
  id: v.pipe(v.string("must be a string"), v.regex(JOB_NAME, JOB_RULE), v.check(isJobName, JOB_RULE)),
  // A list (["gdpr"]) passed a record's check and came back as "(root): unknown key \"0\"" among missing keys.
  matrix: v.union([v.string(), v.custom<Record<string, unknown>>((x) => typeof x === "object" && x !== null && !Array.isArray(x))], `must be a shipped matrix name (${shippedNames}) or a matrix object`),
  source: v.optional(v.string("must be a source name (records, cxone, messages, ...)")),
  target: v.optional(v.string("must be patch, erasure or export")),
  since: v.optional(v.string("must be a date: 2026-10-01, 2026-10-01T08:00:00Z, or 7d / 12h / 30m before now")),
  until: v.optional(v.string("must be a date, as since")),
})
const ApproveBody = v.strictObject({ by: v.string("must be a string: who approves") })

/** The matrix a body names: a shipped one by name, or a matrix object checked as a file would be. */
function matrixOf(rt: Runtime, given: string | Record<string, unknown>): { matrix: Matrix; shipped?: string } {
  if (typeof given === "string") {
    // A matrix's JSON sent as a string was quoted back, 40 characters of it, as "not a shipped matrix".
    if (/^\s*[{[]/.test(given)) throw refusal(400, "matrix is a matrix's JSON in a string: send the object itself ({\"matrix\": {\"name\": ..., \"fields\": [...]}}), not as a string", "matrix")
    const spaced = spacedValue("matrix", given, false)
    if (spaced) throw refusal(400, spaced, "matrix")
    if (!Object.hasOwn(builtinMatrices, given)) throw refusal(400, `matrix "${given.slice(0, 40)}" is not a shipped matrix${matrixNameHint(given, "send the matrix object")}: use ${shippedNames}, or send the matrix object`, "matrix")
    return { matrix: readMatrix(builtinMatrices[given]).matrix!, shipped: given }
  }
  const read = readMatrix(given)
  // Its rules too (an unknown transform, a bad param), as the CLI checks a matrix file first: a target's or source's refusal
  // would come first otherwise, and the rule wrong in the matrix only after that was put right.
  const issues = read.matrix ? checkMatrix(read.matrix, { transforms: rt.transforms, keys: rt.keys }).issues : read.issues
  if (!read.matrix || issues.length) throw refusal(400, `the matrix is not valid: ${issues.map((i) => `${i.where}: ${i.message}`).join("; ")}`, "matrix")
  return { matrix: read.matrix }
}

/** The matrix a plan's origin gives today, where the server can read it (a shipped matrix); a file it cannot. */
const shippedNow = (plan: JobPlan) => (plan.matrixFrom.shipped && Object.hasOwn(builtinMatrices, plan.matrixFrom.shipped) ? readMatrix(builtinMatrices[plan.matrixFrom.shipped]).matrix : undefined)

/**
 * The matrix an approval over HTTP compares the plan's with: the shipped one today. A plan made from a matrix file (by
 * the CLI) is refused: the server cannot read that file again (another machine, a relative path, a Worker), and the
 * CLI refuses a file it cannot read; it is approved where the file is. Its run here still uses the stored matrix.
 */
function matrixAtApproval(plan: JobPlan) {
  if (plan.matrixFrom.file) {
    throw refusal(409, `plan ${plan.id} was made from the matrix file ${plan.matrixFrom.file}, which this server cannot read to check it is unchanged since planning: nothing was approved; approve it where the file is, with cxedge jobs approve ${plan.id} --by NAME (it reads the file again)`)
  }
  return shippedNow(plan)
}

/**
 * A body's `source` named: an empty one was taken as none (the target's default source planned instead), and
 * a JSONL file is on the machine running the CLI, which the server cannot read.
 */
function checkSource(rt: Runtime, source: string): void {
  if (!source.trim()) throw refusal(400, "source is empty: name a source (cxone, messages, records, ...), or leave it out for the target's default", "source")
  if (source === "jsonl") throw refusal(400, 'source "jsonl" reads a file on the machine running the CLI, which the server cannot read: plan it there with cxedge anonymize --source jsonl --file F --plan ID', "source")
  sourceNamed(rt, source, "anonymize", { label: "source", without: ["jsonl"] })
}

/** A refusal as its answer: 404 unknown plan, 409 wrong state, 400 bad input (a bad window, an unknown source). */
async function answer(c: Context, work: () => Promise<Response>): Promise<Response> {
  try {
    return await work()
  } catch (error) {
    const { code, status } = error as CxedgeError & { status?: number }
    // Saved, its audit record missing: 500 audit_missing, and the same request again writes it.
    if (code === "E_AUDIT_MISSING") return auditMissingAnswer(c, error)
    if (!status && !USAGE_CODES.has(code)) throw error
    const message = (error as Error).message.replace(/^\[cxedge\] \[[^\]]+\] /, "")
    const kind = (error as { kind?: string }).kind ?? (status === 404 ? "not_found" : status === 409 ? "conflict" : status === 503 ? "hold_unavailable" : "invalid_request")
    return c.json({ error: kind, message }, (status ?? 400) as 400)
  }
}

/**
 * A write gate that cannot judge (a hold made under a key gone from CXEDGE_HMAC_KEYS) is the server's to mend, not the
 * caller's: 503 hold_unavailable, as the hold routes and inbound erasure requests answer it; nothing planned or queued.
 */
async function gatesJudge(rt: Runtime): Promise<void> {
  try {
    await refuseUnjudgedWrites(rt)
  } catch (error) {
    throw (error as CxedgeError).code === "E_CONFIG" ? Object.assign(error as CxedgeError, { status: 503 }) : error
  }
}

/** A plan's state, counters, scope and failed items (ids and codes, never a value). */
export async function planState(rt: Runtime, id: string) {
  const plan = await getPlan(rt, id, ROUTE_WORDS)
  const job = await jobStore(rt.storage.namespace("jobs")).get(id)
  const taskId = await rt.storage.namespace("plans").getItem<string>(`run:${id}`)
  const task = taskId ? await rt.tasks.get(taskId) : undefined
  const scope = await readScope(rt, id)
  const held = await heldInPlan(rt, plan)
  const journal = rt.storage.namespace("journal")
  const entryKeys = (await journal.getKeys(`${id}:c`)).filter((k) => k.startsWith(`${id}:c:`)).slice(0, 1000)
  const failed: { id: string; code: string }[] = []
  for (const key of entryKeys) {
    const entry = await journal.getItem<{ errorCode?: string; e?: string }>(key)
    const code = entry?.errorCode ?? entry?.e
    if (code) failed.push({ id: key.slice(`${id}:c:`.length), code })
  }
  for (const contact of scope?.changedIds ?? []) failed.push({ id: contact, code: "E_PLAN_CHANGED" })
  for (const contact of scope?.leftIds ?? []) failed.push({ id: contact, code: "E_PLAN_GONE" })
  const state = job?.state ?? (task && task.state !== "done" ? (task.state === "failed" ? "run_failed" : "queued") : plan.state)
  return {
    id, state, plan: planView(plan), ...(held !== undefined ? { heldNow: held } : {}),
    ...(job ? { counters: job.totals ?? null, startedAt: job.createdAt, finishedAt: job.finishedAt ?? null } : {}),
    ...(task ? { task: { id: task.id, state: task.state, ...(task.error ? { error: task.error } : {}) } } : {}),
    ...(scope ? { scope: { entered: scope.entered, changed: scope.changed, left: scope.left } } : {}),
    failed,
  }
}

/**
 * A plan's job that another runner holds the lease of (a `cxedge jobs run` of it) is refused, as that runner refuses
 * a second: over HTTP 409 (nothing queued), in the task before its run is prepared.
 */
async function refuseRunElsewhere(rt: Runtime, id: string): Promise<void> {
  const holder = await leaseHolder(rt.storage.locks, id, rt.owner, rt.clock)
  if (holder) throw Object.assign(beingRun(id, holder, rt.clock), { status: 409 })
}

/**
 * Runs an approved plan when its task is drained: the same checks as `cxedge jobs run`, then the job to its end under
 * its lease, as the CLI runs it. Without the lease both ran at once: each contact written twice, the totals wrong.
 */
export function handlePlanRuns(rt: Runtime, settings: AnonymizeSettings) {
  rt.tasks.handle(PLAN_RUN, async ({ jobId }) => {
    const { plan } = await runnablePlan(rt, jobId, shippedNow(await getPlan(rt, jobId)))
    await refuseRunElsewhere(rt, jobId)
    const job = await preparePlanRun(rt, plan, settings)
    if (!job.finished) await completeQueuedJob(rt, job, { concurrency: settings.concurrency, owner: rt.owner })
  })
}

const Answer = v.record(v.string(), v.unknown())
/** A route's documentation: its success answer (`ok`: status and meaning) and its refusals. */
const docs = (summary: string, ok: [200 | 201 | 202, string], refusals: Record<number, string>) =>
  documentRoute({ summary, responses: { [ok[0]]: { description: ok[1], schema: Answer }, ...refusals } })

/** `POST /v1/jobs` plans, `/v1/jobs/:id/approve` approves, `/v1/jobs/:id/run` queues the run (202), `GET /v1/jobs/:id` reports it. */
export function jobRoutes(app: Hono<any>, rt: Runtime): void {
  const settings = () => rt.settings<AnonymizeSettings>("anonymize")
  const idOf = (c: Context) => {
    const id = c.req.param("id") ?? ""
    const spaced = spacedValue("the job id in the path", id)
    if (spaced) throw refusal(400, spaced)
    // An id with ".." fits the letters the rule lists: it is named apart, as the rule it breaks.
    if (id.includes("..")) throw refusal(400, `the job id holds "..", which a job name may not hold: a job name is ${NAME_RULE}`)
    if (!isJobName(id)) throw refusal(400, `the job id is not a job name: ${NAME_RULE}`)
    return id
  }
  app.post("/v1/jobs", docs("Plan a job: reads the contacts in scope once and stores the plan; writes nothing to the tenant", [201, "the plan (with `recordedLate` when an earlier request made it and its audit record, missing since, is written now: nothing planned again)"], { 400: "invalid body, matrix, window or source", 409: "a plan or job of that id exists", 503: "hold_unavailable: a legal hold cannot be judged (its key left CXEDGE_HMAC_KEYS, or its key id names another key): nothing is planned", 500: "audit_missing: the plan was stored (`done`), but its audit record could not be written; the same request again writes it" }), bodyOnly(PlanBody), jsonInput(PlanBody, "{id, matrix, source?, target?, since?, until?}"), (c) =>
    answer(c, async () => {
      const body = c.req.valid("json")
      const { matrix, shipped } = matrixOf(rt, body.matrix)
      // Refusals name the body's fields, as the caller sent them: `since`, not the CLI's --since.
      const target = choiceFlag("target", body.target, ["patch", "erasure", "export"] as const, "target", TARGET_WORDS)
      const window = dateWindow({ since: body.since, until: body.until }, rt.clock.now(), { since: "since", until: "until" })
      if (body.source !== undefined) checkSource(rt, body.source)
      const source = body.source || window.since || window.until ? { ...(body.source ? { kind: body.source } : { kind: "cxone" }), ...window } : undefined
      await gatesJudge(rt)
      const plan = await createPlan(rt, { jobId: body.id, matrix, source, target: target ? { kind: target } : undefined }, settings(), shipped ? { shipped } : {}, undefined, ROUTE_WORDS)
      const held = await heldInPlan(rt, plan)
      return c.json(planView(plan, held !== undefined ? { heldNow: held } : {}), 201)
    }))
  app.post("/v1/jobs/:id/approve", docs("Approve a plan; `by` (who approves) is recorded in the plan and the audit log", [200, "the approved plan"], { 400: "invalid body", 404: "no such plan", 409: "already approved; or its matrix is not the one planned (changed in storage, a shipped matrix that differs), or it was made from a matrix file the server cannot read (approve it with cxedge jobs approve)", 500: "audit_missing: approved (`done`), but its audit record could not be written; the same request again writes it (answered with `recordedLate`) and approves nothing twice" }), bodyOnly(ApproveBody), jsonInput(ApproveBody, "{by}"), (c) =>
    answer(c, async () => c.json(planView(await approvePlan(rt, idOf(c), checkOperator(c.req.valid("json").by, "by"), ROUTE_WORDS, matrixAtApproval)), 200)))
  app.post("/v1/jobs/:id/run", docs("Queue an approved plan's run: answers 202 with the job id at once; GET /v1/jobs/:id follows it", [202, "queued: {id, task, queued, state}"], { 400: "a body (the plan runs as approved; nothing is sent with the run)", 404: "no such plan", 409: "not approved, changed since approval, already run, or being run by another runner (a cxedge jobs run of it)", 503: "hold_unavailable: a legal hold cannot be judged (its key left CXEDGE_HMAC_KEYS, or its key id names another key); plugin_missing: the storage holds active legal holds or an audit log and the server does not load the hold plugin or an audit sink: nothing is queued" }), queryInput(), noBody("the plan runs as it was approved, named by the path (/v1/jobs/ID/run)"), (c) =>
    answer(c, async () => {
      const id = idOf(c)
      await runnablePlan(rt, id, shippedNow(await getPlan(rt, id, ROUTE_WORDS)), ROUTE_WORDS)
      // Its task would fail at once (prepareJob asks too), the plan then shown run_failed: said now, nothing queued.
      await gatesJudge(rt)
      // A hold or an audit log this server's plugins leave out: its operator's to mend, nothing queued.
      await refuseUnguardedStorage(rt, (message) => Object.assign(new ConfigError("anonymize", message), { status: 503, kind: "plugin_missing" }))
      const runs = rt.storage.namespace("plans")
      const previous = await runs.getItem<string>(`run:${id}`)
      const task = previous ? await rt.tasks.get(previous) : undefined
      if (task && (task.state === "pending" || task.state === "running")) return c.json({ id, task: task.id, queued: false, state: task.state }, 202)
      await refuseRunElsewhere(rt, id)
      const taskId = `plan-run-${id}-${rt.clock.now().toString(36)}`
      await rt.tasks.enqueue(PLAN_RUN, { jobId: id }, taskId)
      await runs.setItem(`run:${id}`, taskId)
      // The run never happens inside the request: the queue is drained after the answer (on a Worker, in waitUntil).
      inBackground(c, () => rt.tasks.drain(), rt.log)
      return c.json({ id, task: taskId, queued: true, state: "queued" }, 202)
    }))
  app.get("/v1/jobs/:id", docs("A plan's state, counters, scope and failed items (contact ids and error codes, never values)", [200, "the plan's state"], { 404: "no such plan" }), queryInput(), (c) => answer(c, async () => c.json(await planState(rt, idOf(c)), 200)))
}
