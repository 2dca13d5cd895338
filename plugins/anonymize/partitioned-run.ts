import { CxedgeError, EMBEDDED_SANDBOX_KEY, type CommandHost, type OpenedRuntime, type Runtime } from "../../core/index.ts"
import type { JobResult } from "./job.ts"
import { printResult } from "./job-output.ts"
import { jobStore } from "./journal.ts"
import { acquireLease } from "./lease.ts"
import { checkFirstPage } from "./matrix/reach.ts"
import { pluginsNeeded } from "./partition-needs.ts"
import { keyChecksOf, PARTITION, partFile, tenantOf, usesTenant, partitionId, partitionRefusal, partitionResult, refuseUnsplittable, REJECTIONS_KEPT, splitJob, type PartitionResult } from "./partitions.ts"
import type { PreparedJob } from "./prepare.ts"

const fmt = (n: number) => n.toLocaleString("en-US")

/** `--workers redis` is refused, with what to do, where tasks are not carried by a shared engine. */
export function refuseWithoutEngine(rt: Runtime): void {
  if (rt.tasks.engine !== "bullmq") {
    throw new CxedgeError("E_USAGE", "anonymize", "--workers redis needs the redis storage, where partitions are queued on BullMQ: set CXEDGE_STORAGE=redis and CXEDGE_REDIS_URL (the same for every cxedge worker), or drop --workers")
  }
  // Each worker made a throwaway key of its own: every partition pseudonymized the same person differently.
  if (rt.keys.current === EMBEDDED_SANDBOX_KEY) {
    throw new CxedgeError("E_USAGE", "anonymize", "--workers redis runs the job in other processes, and the embedded sandbox's throwaway key is made afresh in each, so each partition would get other pseudonyms: set the same CXEDGE_HMAC_KEYS for this command and every cxedge worker")
  }
}

/** Every partition's counts summed into the job's result; latency is the slowest partition's. */
function sum(results: PartitionResult[], durationMs: number, target: string): JobResult {
  const total: JobResult = {
    processed: 0, succeeded: 0, failed: 0, invalid: 0, skipped: 0, held: 0, alreadyDone: 0, earlier: { succeeded: 0, skipped: 0, invalid: 0, held: 0 },
    interrupted: false, durationMs, target, transforms: {}, rejected: [], latency: { p50: 0, p95: 0, p99: 0 },
  }
  for (const r of results) {
    for (const k of ["processed", "succeeded", "failed", "invalid", "skipped", "alreadyDone"] as const) total[k] += r[k]
    total.held = (total.held ?? 0) + (r.held ?? 0)
    total.noRuleApplied = (total.noRuleApplied ?? 0) + (r.noRuleApplied ?? 0)
    for (const k of ["succeeded", "skipped", "invalid", "held"] as const) total.earlier[k] += r.earlier[k] ?? 0
    for (const [t, n] of Object.entries(r.transforms)) total.transforms[t] = (total.transforms[t] ?? 0) + n
    for (const q of ["p50", "p95", "p99"] as const) total.latency[q] = Math.max(total.latency[q], r.latency[q])
  }
  return total
}

/** Queues the job's partitions as they are found; resolves with their ids. A partition failed for good on an earlier run is run again. */
async function queuePartitions(opened: OpenedRuntime, job: PreparedJob, concurrency: number, force: boolean): Promise<string[]> {
  const { rt } = opened
  const ids: string[] = []
  const keys = keyChecksOf(rt)
  const tenant = usesTenant(job.meta) ? tenantOf(rt) : undefined
  const needs = pluginsNeeded(rt, job.meta, job.matrix.transforms)
  for await (const part of splitJob(job.meta, opened.files)) {
    const id = partitionId(job.jobId, ids.length)
    const { created } = await rt.tasks.enqueue(PARTITION, { jobId: job.jobId, index: ids.length, concurrency, keys, tenant, needs, ...(force ? { force } : {}), ...part }, id)
    if (!created && (await rt.tasks.get(id))?.state === "failed") {
      // A worker's refusal is said for the run that met it; run again, the partition may meet a worker set up as it needs.
      await rt.storage.namespace("journal").removeItem(`${id}:refused`)
      await rt.tasks.retry?.(id)
    }
    ids.push(id)
  }
  return ids
}

/**
 * `cxedge anonymize --workers redis`: stores the job, splits its source into
 * partitions queued on BullMQ (see `splitJob`), and waits while any number
 * of `cxedge worker` processes drain them, then prints the usual summary.
 * Interrupted, it stops waiting; the workers go on, and the same command
 * with `--resume JOB` waits again (finished partitions are not run again).
 */
export async function runPartitioned(host: CommandHost, opened: OpenedRuntime, given: PreparedJob, concurrency: number, json: boolean, force = false): Promise<void> {
  const { rt } = opened
  // The command's --force is kept with the job: a resume takes none, and the partitions it queues (the first run stopped
  // before queuing them all) refused a part file that the first run's replace.
  const job = force ? { ...given, meta: { ...given.meta, force: true as const } } : given
  refuseUnsplittable(job.meta)
  // Its workers read the pages: the first is checked here, before the job is stored (a rule whose path slipped).
  if (!job.resume) await checkFirstPage(job.source, job.matrix.matrix, `matrix ${job.matrix.matrix.name}`, job.meta.target.kind)
  const started = performance.now()
  // One command per job, as for a job run in one process (`locks:job:<id>`): a second one started while the first
  // queues or waits is refused, naming the first, where both ran in full and each printed the whole job's summary.
  const stop = new AbortController()
  const lease = opened.owner
    ? await acquireLease({ storage: rt.storage.locks, jobId: job.jobId, owner: opened.owner, clock: rt.clock, onLost: (holder) => {
        host.warn(`job ${job.jobId}: its lease was taken by pid ${holder.pid}@${holder.host}: this command stops waiting; the workers go on`)
        stop.abort()
      } })
    : undefined
  try {
    await jobStore(rt.storage.namespace("jobs")).set({ ...job.meta, state: "running" })
    host.info(`job ${job.jobId}: queuing its partitions on BullMQ; cxedge worker processes sharing this redis run them`)
    await splitAndWait(host, AbortSignal.any([host.signal, stop.signal]), opened, job, { concurrency, json, force: !!job.meta.force }, started)
  } catch (error) {
    throw lostRedis(error, job.jobId)
  } finally {
    await lease?.release().catch(() => {})
  }
}

// What ioredis and BullMQ say when redis went away (its messages name no URL, but none is quoted here anyway).
const REDIS_GONE = /max retries per request|Connection is closed|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|Stream isn't writeable/i

/**
 * Redis lost while the partitions were queued or waited for ("Reached the max retries per request limit" as an
 * unexpected error, with no next step): the job is said to be safe and how to pick it up again. Queuing is by
 * partition id and each partition keeps its own journal, so the same command run again loses and repeats nothing.
 */
function lostRedis(error: unknown, jobId: string): unknown {
  if (error instanceof CxedgeError || !REDIS_GONE.test(String((error as Error)?.message))) return error
  return new CxedgeError("E_NETWORK", "anonymize", `lost the connection to redis while running job ${jobId}'s partitions: once redis answers again, run cxedge anonymize --resume ${jobId} --workers redis (nothing done is lost or done twice)`, { cause: error })
}

async function splitAndWait(host: CommandHost, signal: AbortSignal, opened: OpenedRuntime, job: PreparedJob, run: { concurrency: number; json: boolean; force: boolean }, started: number): Promise<void> {
  const { rt } = opened
  const { json } = run
  const jobs = jobStore(rt.storage.namespace("jobs"))
  const ids = await queuePartitions(opened, job, run.concurrency, run.force)
  const results = new Map<string, PartitionResult>()
  const failed = new Set<string>()
  // Woken as partitions end, not every 250 ms: asking after one partition four times a second cost the command and
  // redis 0.016 CPU s a second, taken from the workers' cores. The wait's time limit only covers a lost event.
  const follower = await rt.tasks.follow?.(PARTITION)
  const wait = follower ? () => follower.next(5_000, signal) : () => Promise.race([new Promise((r) => setTimeout(r, 250)), new Promise((r) => signal.addEventListener("abort", r, { once: true }))])
  // Checked in order, each look stopping at the first still running: the coordinator stays light however many there are.
  let next = 0
  try {
    while (next < ids.length && !signal.aborted) {
      for (; next < ids.length; next++) {
        const id = ids[next]!
        const state = (await rt.tasks.get(id))?.state
        const result = state === "done" ? await partitionResult(rt, id) : undefined
        if (result) results.set(id, result)
        else if (state === "failed") failed.add(id)
        else break
      }
      const done = [...results.values()].reduce((n, r) => n + r.processed, 0)
      host.status(`partitions ${results.size}/${ids.length} done${failed.size ? `, ${failed.size} failed` : ""}  ${fmt(done)} contacts`)
      if (next < ids.length) await wait()
    }
  } finally {
    await follower?.close()
  }
  host.status("", true)
  if (next < ids.length) {
    host.warn(`stopped waiting: ${results.size}/${ids.length} partitions done; the workers go on. Wait again with: cxedge anonymize --resume ${job.jobId} --workers redis`)
    return host.setExitCode(130)
  }
  const result = sum([...results.values()], Math.round(performance.now() - started), job.target.name)
  // Each rejected record in words, as one process says it (the workers kept each partition's first ones), in file order.
  let told = 0
  for (const id of ids) {
    for (const r of results.get(id)?.rejections ?? []) {
      host.warn(`contact ${r.contactId}: ${r.reason}`)
      told++
    }
  }
  const untold = [...results.values()].reduce((n, r) => n + r.rejected, 0) - told
  if (untold > 0) host.warn(`${fmt(untold)} more rejected record(s) are not listed: each partition keeps its first ${REJECTIONS_KEPT}; fix those first and run again`)
  for (const id of failed) {
    const refused = await partitionRefusal(rt, id)
    const again = `run cxedge anonymize --resume ${job.jobId} --workers redis to run it again`
    host.warn(refused ? `partition ${id} was refused by a worker: ${refused.replace(/^\[cxedge\] \[[^\]]+\] /, "")}; then ${again}` : `partition ${id} failed after its retries: ${again}`)
  }
  const totals = { processed: result.processed, succeeded: result.succeeded + result.earlier.succeeded, skipped: result.skipped + result.earlier.skipped, noRuleApplied: result.noRuleApplied ?? 0, held: (result.held ?? 0) + result.earlier.held, invalid: result.invalid + result.earlier.invalid, failed: result.failed - result.invalid }
  const state = failed.size || totals.failed > 0 ? "finished_with_failures" : "finished"
  if (failed.size === 0) await jobs.set({ ...job.meta, state, finishedAt: new Date().toISOString(), summary: { ...result, rejected: undefined, partitions: ids.length }, totals })
  printResult(host, job, result, json)
  if (!json && job.meta.target.out && failed.size === 0) host.info(`exported to ${ids.length} files, ${partFile(job.meta.target.out, 0)} and on: join them with cat if one file is needed`)
  if (failed.size || result.failed > 0) host.setExitCode(1)
}
