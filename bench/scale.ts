// Scale-out on BullMQ: one export split into partitions, drained by 1 and then 2 `cxedge worker` processes
// sharing a redis, against the same job in one process. Alone: bun bench/scale.ts [contacts]
import { benchArgs, count, refuse } from "./args.ts"
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Queue } from "bullmq"
import Redis from "ioredis"
import { startRedis } from "../test/redis.ts"
import { writeContacts } from "./pipeline.ts"
import { bareScaling, type Scaling } from "./scale-bare.ts"

const CLI = new URL("../cli/main.ts", import.meta.url).pathname

export interface ScaleRun {
  name: string
  seconds: number
  perSec: number
  exported: number
  /** CPU seconds (user + system) of the worker processes, and of the command that queued and waited. */
  workerCpu: number
  commandCpu: number
  /** The workers' CPU seconds by thread name (the JS thread, the collector's and compiler's helpers), and redis-server's. */
  threads?: Record<string, number>
  redisCpu: number
  /** Where the time went, from BullMQ's record of each partition (when queued, started, ended, by which worker). */
  timeline?: Timeline
}

/** Seconds from the first partition queued. */
export interface Timeline {
  partitions: number
  /** The last partition queued: how long the command's planning ran beside the workers. */
  plannedAt: number
  /** The first partition started, and the last one ended. */
  firstStart: number
  lastEnd: number
  /** A partition's mean seconds (start to end). */
  meanPartition: number
  workers: { partitions: number; busy: number; idle: number; lastEnd: number }[]
}

export interface ScaleBench {
  contacts: number
  runs: ScaleRun[]
  /** No cxedge: the same number of JSON records parsed, changed and written out by 1 process, then by 2 at once each. */
  bare: Scaling
  /** No cxedge, a job's shape: the input file read, each record parsed, changed, serialized and appended to a file, each page's ids written to redis. */
  shaped: Scaling
  /** 2 workers' contacts/s over 1 worker's, in the same run. */
  ratio: number
  markdown: string
}

const fmt = (x: number) => Math.round(x).toLocaleString("en-US")

function cli(args: string[], env: Record<string, string>, cwd: string) {
  return Bun.spawn([process.execPath, CLI, ...args], { cwd, env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", NO_COLOR: "1", ...env }, stdout: "pipe", stderr: "pipe" })
}

/** A `cxedge worker`, resolved once it waits for work (its start-up is not part of the figures). */
async function startWorker(env: Record<string, string>, cwd: string) {
  const proc = cli(["worker"], env, cwd)
  const reader = proc.stderr.getReader()
  let seen = ""
  while (!seen.includes("waiting for work")) {
    const { value, done } = await reader.read()
    if (done) throw new Error(`cxedge worker ended: ${seen}`)
    seen += new TextDecoder().decode(value)
  }
  // Keep draining its stderr so a full pipe never blocks it.
  void (async () => { while (!(await reader.read()).done); })()
  return proc
}

/** CPU seconds of a live process by thread name (/proc/<pid>/task/<tid>/stat, Linux): the JS thread and its helpers apart. */
function threadCpu(pid: number, into: Record<string, number> = {}): Record<string, number> {
  const tick = 100
  let tasks: string[]
  try {
    tasks = readdirSync(`/proc/${pid}/task`)
  } catch {
    return into
  }
  for (const tid of tasks) {
    let stat: string
    try {
      stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, "utf8")
    } catch {
      continue
    }
    // The main thread carries the executable's name; helpers are named by the runtime, numbered by some: grouped by name.
    // Linux keeps 15 bytes of a name, WebKit the tail of a longer one ("…Collector Thread" arrives as "ollector Thread").
    const name = tid === String(pid) ? "main (JS)" : stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")")).replace(/[\s#]*\d+$/, "").replace(/^ollector Thread$/, "Collector Thread")
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ")
    into[name] = (into[name] ?? 0) + (Number(fields[11]) + Number(fields[12])) / tick
  }
  return into
}

/** redis-server's own CPU seconds so far (INFO cpu). */
async function redisCpu(client: Redis): Promise<number> {
  const info = await client.info("cpu")
  const num = (k: string) => Number(new RegExp(`${k}:([\\d.]+)`).exec(info)?.[1] ?? 0)
  return num("used_cpu_user") + num("used_cpu_sys")
}

/** The run's partitions as BullMQ recorded them (before the redis is flushed). */
async function timelineOf(url: string): Promise<Timeline | undefined> {
  const queue = new Queue("anonymize.partition", { connection: { url } as never, prefix: "cxedge-bull" })
  try {
    const jobs = (await queue.getJobs(["completed"], 0, -1)).filter((j) => j.processedOn && j.finishedOn)
    if (!jobs.length) return undefined
    const t0 = Math.min(...jobs.map((j) => j.timestamp))
    const s = (ms: number) => (ms - t0) / 1000
    const byWorker = new Map<string, typeof jobs>()
    for (const j of jobs) byWorker.set(j.processedBy ?? "?", [...(byWorker.get(j.processedBy ?? "?") ?? []), j])
    const workers = [...byWorker.values()].map((list) => {
      list.sort((a, b) => a.processedOn! - b.processedOn!)
      const busy = list.reduce((n, j) => n + (j.finishedOn! - j.processedOn!) / 1000, 0)
      const span = s(list.at(-1)!.finishedOn!) - s(list[0]!.processedOn!)
      return { partitions: list.length, busy, idle: span - busy, lastEnd: s(list.at(-1)!.finishedOn!) }
    })
    return {
      partitions: jobs.length,
      plannedAt: s(Math.max(...jobs.map((j) => j.timestamp))),
      firstStart: s(Math.min(...jobs.map((j) => j.processedOn!))),
      lastEnd: s(Math.max(...jobs.map((j) => j.finishedOn!))),
      meanPartition: jobs.reduce((n, j) => n + (j.finishedOn! - j.processedOn!) / 1000, 0) / jobs.length,
      workers,
    }
  } finally {
    await queue.close()
  }
}

const timelineRow = (r: ScaleRun) => {
  const t = r.timeline
  if (!t) return undefined
  const w = t.workers.map((x) => `${x.partitions} parts, ${x.busy.toFixed(1)} s busy, ${x.idle.toFixed(1)} s idle between, done at ${x.lastEnd.toFixed(1)}`).join("; ")
  return `| ${r.name} | ${t.plannedAt.toFixed(1)} | ${t.firstStart.toFixed(2)} | ${t.meanPartition.toFixed(2)} | ${w} | ${t.lastEnd.toFixed(1)} |`
}

/** Runs the export once, `workers` worker processes (0: in one process, no --workers); the job's own duration and output. */
async function run(name: string, workers: number, env: Record<string, string>, dir: string, job: string, client: Redis): Promise<ScaleRun> {
  const procs = await Promise.all(Array.from({ length: workers }, () => startWorker(env, dir)))
  const redisBefore = await redisCpu(client)
  const split = workers ? ["--workers", "redis"] : []
  const proc = cli(["anonymize", "--matrix", "analytics", "--source", "jsonl", "--file", "in.jsonl", "--out", `${job}.jsonl`, "--job", job, "--json", ...split], env, dir)
  const [out, err, code] = await Promise.all([new Response(proc.stdout).text(), new Response(proc.stderr).text(), proc.exited])
  const threads: Record<string, number> = {}
  for (const p of procs) threadCpu(p.pid, threads)
  const redis = (await redisCpu(client)) - redisBefore
  for (const p of procs) p.kill("SIGINT")
  await Promise.all(procs.map((p) => p.exited))
  if (code !== 0) throw new Error(`${name}: exit ${code}: ${err.slice(-500)}`)
  const summary = JSON.parse(out) as { succeeded: number; durationMs: number }
  const seconds = summary.durationMs / 1000
  // Microseconds, as bigints.
  const cpu = (p: { resourceUsage(): { cpuTime: { user: number | bigint; system: number | bigint } } | undefined }) => {
    const t = p.resourceUsage()?.cpuTime
    return t ? (Number(t.user) + Number(t.system)) / 1e6 : 0
  }
  const workerCpu = procs.reduce((n, p) => n + cpu(p), 0)
  const timeline = workers ? await timelineOf(env.CXEDGE_REDIS_URL!) : undefined
  return { name, seconds, perSec: summary.succeeded / seconds, exported: summary.succeeded, workerCpu, commandCpu: cpu(proc), redisCpu: redis, ...(workers ? { threads } : {}), ...(timeline ? { timeline } : {}) }
}

/** Options for experiments: variables every cxedge process of the run gets, and whether to run the one-process case. */
export interface ScaleOptions {
  env?: Record<string, string>
  single?: boolean
}

/** How the workers' allocator ran: as \`cxedge worker\` sets it for itself, or as the run was told. */
function allocatorNote(env: Record<string, string> | undefined): string {
  const set = env?.MIMALLOC_PURGE_DELAY
  if (set !== undefined) return `The workers ran with MIMALLOC_PURGE_DELAY=${set}, given to this run (\`--env\`; 10, mimalloc's own default, hands freed pages back to the system 10 ms after they are freed).`
  return "The workers kept the pages they freed for reuse (MIMALLOC_PURGE_DELAY=-1, which `cxedge worker` sets for itself under Bun)."
}

/** The cores of one run: the workers' JS threads, their helper threads by name, the command, redis-server. */
function coresRow(r: ScaleRun): string {
  const threads = Object.entries(r.threads ?? {})
  const main = threads.find(([n]) => n === "main (JS)")?.[1] ?? 0
  const helpers = threads.filter(([n, s]) => n !== "main (JS)" && s >= 0.05).sort((a, b) => b[1] - a[1])
  const helperSum = helpers.reduce((n, [, s]) => n + s, 0)
  const total = r.workerCpu + r.commandCpu + r.redisCpu
  return `| ${r.name} | ${main.toFixed(1)} | ${helperSum.toFixed(1)} (${helpers.map(([n, s]) => `${n} ${s.toFixed(1)}`).join(", ")}) | ${r.commandCpu.toFixed(1)} | ${r.redisCpu.toFixed(1)} | ${total.toFixed(1)} | ${(total / r.seconds).toFixed(2)} |`
}

export async function benchScale(contacts = 1_000_000, options: ScaleOptions = {}): Promise<ScaleBench> {
  const dir = mkdtempSync(join(tmpdir(), "cxedge-scale-"))
  const redis = await startRedis()
  const client = new Redis(redis.url)
  try {
    await writeContacts(join(dir, "in.jsonl"), contacts)
    // Only the job's own work: the audit and consent plugins add the same per-contact records with or without workers.
    // One key ring for the command and every worker (the embedded sandbox's throwaway key is refused with --workers).
    const env = { CXEDGE_STORAGE: "redis", CXEDGE_REDIS_URL: redis.url, CXEDGE_PLUGINS: "anonymize", CXEDGE_HMAC_KEYS: `k1:${Buffer.from("0123456789abcdef0123456789abcdef").toString("base64")}`, ...options.env }
    const runs: ScaleRun[] = []
    const cases: [string, number][] = [["one process, no --workers (journal on redis)", 0], ["--workers redis, 1 cxedge worker (baseline)", 1], ["--workers redis, 2 cxedge workers", 2]]
    for (const [i, [name, workers]] of cases.entries()) {
      if (workers === 0 && options.single === false) continue
      console.error(`scale: ${name}, ${fmt(contacts)} contacts...`)
      runs.push(await run(name, workers, env, dir, `scale${i}`, client))
      await client.flushall()
      for (const f of readdirSync(dir)) if (f.startsWith(`scale${i}`)) rmSync(join(dir, f))
    }
    console.error("scale: bare (no cxedge) 1 then 2 processes...")
    const bare = await bareScaling(() => ["--bare", String(contacts)])
    console.error("scale: bare in a job's shape (file in, file out, page ids to redis) 1 then 2 processes...")
    const shaped = await bareScaling((i) => ["--shaped", join(dir, "in.jsonl"), join(dir, `bare${i}.jsonl`), redis.url])
    const one = runs.find((r) => r.name === cases[1]![0])!
    const two = runs.find((r) => r.name === cases[2]![0])!
    const ratio = two.perSec / one.perSec
    const markdown = `## Scale-out on BullMQ: 2 workers against 1 (target: at least 1.8x)

${fmt(contacts)} contacts from a JSONL file through the analytics matrix to a JSONL export (CPU-bound: no tenant
calls), split with \`--workers redis\` into partitions of 25,000 lines queued on BullMQ and drained by
\`cxedge worker\` processes on this machine; journal and queue on one local redis-server; only the anonymize
plugin loaded. Seconds are the job's own, from the command's start to its summary (workers already waiting).

| | seconds | contacts/s | exported | CPU s, workers | CPU s, command | ratio |
|---|---:|---:|---:|---:|---:|---:|
${runs.map((r) => `| ${r.name} | ${r.seconds.toFixed(1)} | ${fmt(r.perSec)} | ${fmt(r.exported)} | ${r.workerCpu.toFixed(1)} | ${r.commandCpu.toFixed(1)} | ${(r.perSec / one.perSec).toFixed(2)} |`).join("\n")}

Where the time went (seconds from the first partition queued, from BullMQ's record of each partition):

| | last partition queued | first started | mean partition | per worker | last ended |
|---|---:|---:|---:|---|---:|
${runs.map(timelineRow).filter(Boolean).join("\n")}

Where the cores went (CPU seconds; the workers' threads read from /proc/<pid>/task/*/stat as the job ended, redis-server's from INFO cpu):

| | workers' JS threads | workers' helper threads | command | redis-server | all | cores busy |
|---|---:|---|---:|---:|---:|---:|
${runs.filter((r) => r.threads).map(coresRow).join("\n")}

CPU seconds include each process's start-up (the workers' while they waited, too). One worker keeps a
little more than one core busy (Bun compiles and collects on helper threads), and redis-server shares the
machine's two cores. ${allocatorNote(options.env)} The same contacts took the workers ${((two.workerCpu / one.workerCpu - 1) * 100).toFixed(0)}% more CPU with two of them than with one
(a start-up more, and both cores busy: the collectors' threads, the caches and the memory bus are shared).

This machine's own ceiling, in the same run, with no cxedge: ${fmt(contacts)} JSON records parsed, changed
and serialized (allocation-heavy, as a job is) by 1 process took ${bare.one.toFixed(1)} s; by 2 processes at
once, each doing as many, ${bare.two.toFixed(1)} s: **${bare.ratio.toFixed(2)}x** (2.00 would be perfect scaling).
The same in a job's shape (the input file streamed, each record parsed, changed, serialized and appended to
a file, each page's 500 ids written to this redis in one SET): 1 process ${shaped.one.toFixed(1)} s, 2 at once
${shaped.two.toFixed(1)} s: **${shaped.ratio.toFixed(2)}x**.

2 workers do **${ratio.toFixed(2)}x** the contacts/s of 1. Reproduce: \`bun bench/scale.ts ${contacts}${Object.entries(options.env ?? {}).map(([k, v]) => ` --env ${k}=${v}`).join("")}${options.single === false ? " --no-single" : ""}\`.
`
    return { contacts, runs, bare, shaped, ratio, markdown }
  } finally {
    client.disconnect()
    await redis.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}

if (import.meta.main) {
  // Experiments: --env NAME=VALUE (repeatable) for every cxedge process, --no-single to skip the one-process case.
  const usage = "bun bench/scale.ts [contacts] [--env NAME=VALUE]... [--no-single]"
  const { values, positionals } = benchArgs(usage, { env: { type: "string", multiple: true }, "no-single": { type: "boolean" } }, 1)
  const env: Record<string, string> = {}
  for (const pair of values.env ?? []) {
    const [k, ...v] = pair.split("=")
    if (!/^[A-Z_][A-Z0-9_]*$/.test(k!) || !v.length) refuse(`--env "${pair.slice(0, 40)}" is not NAME=VALUE`, usage)
    env[k!] = v.join("=")
  }
  const n = count("contacts", positionals[0], 1_000_000, 1000, 100_000_000, usage)
  console.log((await benchScale(n, { env, single: !values["no-single"] })).markdown)
}
