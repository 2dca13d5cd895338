// CPU per request of the tenant-bound targets (patch, erasure) at 200
// requests/s. The sandbox tenant runs in its own process (`cxedge sandbox
// --port 0`), so process.cpuUsage() here counts cxedge alone: the job's
// source, matrix, limiter, retries, journal (fs storage) and audit. The
// baseline, in the same run, is a bare fetch loop sending the same PATCHes at
// the same rate. Usage: bun bench/cpu.ts [contacts]
import { benchArgs, count } from "./args.ts"
import { existsSync, mkdtempSync, readdirSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { readFileSync } from "node:fs"
import { createCxedgeStorage, createKeyRing, createRuntime } from "../core/index.ts"
import { privateFsDriver } from "../node/fs-driver.ts"
import { readMatrix } from "../plugins/anonymize/matrix/index.ts"
import { runJob } from "../plugins/anonymize/job.ts"
import { prepareJob } from "../plugins/anonymize/prepare.ts"
import { builtins } from "../plugins/manifest.ts"
import { defaultCredentials } from "../sandbox/state.ts"

const ROOT = join(import.meta.dirname, "..")
const RPS = 200
const gdpr = readMatrix(JSON.parse(readFileSync(join(ROOT, "matrices", "gdpr.json"), "utf8"))).matrix!

export interface CpuRun {
  name: string
  requests: number
  seconds: number
  requestsPerSec: number
  /** CPU time over wall time: 1 is one core busy. */
  coreShare: number
  cpuMicrosPerRequest: number
  /** The CPU share this run's cost per request would take at exactly 200 requests/s. */
  coreShareAt200: number
  /** CPU µs per request by thread (Linux only): the JS thread, Bun's HTTP client thread, the JIT compiler, the allocator's scavenger, the rest. */
  threads?: { js: number; http: number; jit: number; alloc: number; other: number }
}

export interface CpuBench {
  contacts: number
  runs: CpuRun[]
  markdown: string
}

/** The sandbox in a child process on a free port; resolves with its origin once it listens. */
async function serveSandbox(contacts: number) {
  const proc = Bun.spawn([process.execPath, "--no-env-file", join(ROOT, "cli", "main.ts"), "sandbox", "--port", "0", "--contacts", String(contacts)], { stdout: "pipe", stderr: "inherit" })
  const reader = proc.stdout.getReader()
  let text = ""
  while (!/listening on (\S+)/.test(text)) {
    const { value, done } = await reader.read()
    if (done) throw new Error("the sandbox exited before it listened")
    text += new TextDecoder().decode(value)
  }
  return { origin: /listening on (\S+)/.exec(text)![1]!, stop: () => proc.kill("SIGTERM") }
}

/** CPU µs so far of each of this process's threads, by thread name; undefined where /proc is not there. */
function threadCpu(): Map<string, { name: string; micros: number }> | undefined {
  if (!existsSync("/proc/self/task")) return undefined
  const out = new Map<string, { name: string; micros: number }>()
  const tick = 1e6 / 100 // USER_HZ
  for (const id of readdirSync("/proc/self/task")) {
    try {
      const stat = readFileSync(`/proc/self/task/${id}/stat`, "utf8")
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ")
      out.set(id, { name: stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")")), micros: (Number(fields[11]) + Number(fields[12])) * tick })
    } catch {}
  }
  return out
}

/** The CPU between two threadCpu() readings, per request, in the five groups a reader can act on. */
function threadSplit(before: ReturnType<typeof threadCpu>, after: ReturnType<typeof threadCpu>, requests: number): CpuRun["threads"] {
  if (!before || !after) return undefined
  const split = { js: 0, http: 0, jit: 0, alloc: 0, other: 0 }
  for (const [id, { name, micros }] of after) {
    const used = (micros - (before.get(id)?.micros ?? 0)) / requests
    if (id === String(process.pid)) split.js += used
    else if (/^HTTP Client/.test(name)) split.http += used
    else if (/JIT/.test(name)) split.jit += used
    else if (/scavenger/.test(name)) split.alloc += used
    else split.other += used
  }
  return { js: Math.round(split.js), http: Math.round(split.http), jit: Math.round(split.jit), alloc: Math.round(split.alloc), other: Math.round(split.other) }
}

/** Counts the requests `fn` sends and the wall and CPU time of its measured part (`start` to `stop`). */
async function measure(name: string, fn: (fetcher: typeof fetch, window: Window) => Promise<void>): Promise<CpuRun> {
  let requests = 0
  let counting = false
  const counted = ((input: RequestInfo | URL, init?: RequestInit) => (counting && requests++, fetch(input, init))) as typeof fetch
  let cpu = process.cpuUsage()
  let started = 0
  let seconds = 0
  let used = cpu
  let threadsBefore: ReturnType<typeof threadCpu>
  let threadsAfter: ReturnType<typeof threadCpu>
  await fn(counted, {
    start() {
      counting = true
      threadsBefore = threadCpu()
      cpu = process.cpuUsage()
      started = performance.now()
    },
    stop() {
      used = process.cpuUsage(cpu)
      threadsAfter = threadCpu()
      seconds = (performance.now() - started) / 1000
      counting = false
    },
  })
  const micros = used.user + used.system
  const perRequest = micros / requests
  return { name, requests, seconds, requestsPerSec: requests / seconds, coreShare: micros / 1e6 / seconds, cpuMicrosPerRequest: perRequest, coreShareAt200: (perRequest * RPS) / 1e6, threads: threadSplit(threadsBefore, threadsAfter, requests) }
}

async function cxedgeJob(origin: string, target: "patch" | "erasure", fetcher: typeof fetch, window: Window, journal: "fs" | "memory" = "fs") {
  const c = defaultCredentials("acme")
  const rt = await createRuntime(
    {
      plugins: ["anonymize"],
      limits: { rps: RPS, burst: 20, maxConcurrency: 32, initialConcurrency: 8 },
      tenant: {
        issuer: origin, accessKeyId: c.accessKeyId, accessKeySecret: c.accessKeySecret, clientId: c.clientId, clientSecret: c.clientSecret,
        records: { baseUrl: origin, clientId: c.recordsClientId, clientSecret: c.recordsClientSecret },
      },
    },
    { builtins, fetch: fetcher, storage: createCxedgeStorage(journal === "fs" ? privateFsDriver({ base: mkdtempSync(join(tmpdir(), "cxedge-bench-cpu-")) }) : undefined), keys: createKeyRing(undefined) },
  )
  try {
    const job = await prepareJob(rt, { matrix: gdpr, target: { kind: target } }, { concurrency: 32 })
    window.start()
    const r = await runJob(rt, job, { concurrency: 32 })
    window.stop()
    if (r.failed > 0) throw new Error(`the ${target} job failed ${r.failed} contacts`)
  } finally {
    await rt.dispose()
  }
}

/** A records token for the bare loops, and the PATCH they send. */
async function bareClient(origin: string, fetcher: typeof fetch) {
  const c = defaultCredentials("acme")
  const res = await fetcher(`${origin}/api/v2/oauth/token`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ grant_type: "client_credentials", client_id: c.recordsClientId, client_secret: c.recordsClientSecret, scope: "contact:read contact:write" }),
  })
  const auth = { authorization: `Bearer ${((await res.json()) as { access_token: string }).access_token}` }
  // The tenant's own contact ids, read before the measured part: a PATCH of an id it does not hold
  // is a small 404, not the record a real write sends back.
  const ids: string[] = []
  for (let token: string | undefined, first = true; first || token; first = false) {
    const page = await fetcher(`${origin}/api/v1/contacts?pageSize=100${token ? `&pageToken=${encodeURIComponent(token)}` : ""}`, { headers: auth })
    const body = (await page.json()) as { contacts: { id: string }[]; pageToken?: string }
    for (const c of body.contacts) ids.push(String(c.id))
    token = body.pageToken
  }
  return async (i: number) => {
    const r = await fetcher(`${origin}/api/v1/contacts/${ids[i % ids.length]}`, { method: "PATCH", headers: { ...auth, "content-type": "application/json", "if-match": "*" }, body: JSON.stringify({ firstName: null }) })
    if (r.status !== 200) throw new Error(`the bare loop's PATCH was answered ${r.status}`)
    await r.arrayBuffer()
  }
}

/** The baseline: one token, then the same number of PATCHes at 200/s from a bare loop (16 in flight), each call paced on its own. */
async function bareLoop(origin: string, contacts: number, fetcher: typeof fetch, window: Window) {
  const patch = await bareClient(origin, fetcher)
  window.start()
  const started = performance.now()
  let next = 0
  const worker = async () => {
    for (let i = next++; i < contacts; i = next++) {
      const due = started + (i * 1000) / RPS
      if (due > performance.now()) await Bun.sleep(due - performance.now())
      await patch(i)
    }
  }
  await Promise.all(Array.from({ length: 16 }, worker))
  window.stop()
}

/**
 * The floor: the same PATCHes at 200/s from a bare loop that wakes every 40 ms and sends the calls due
 * (8 at a time), as cxedge's limiter does at this rate. What is left above it is cxedge's own work.
 */
async function bareBatches(origin: string, contacts: number, fetcher: typeof fetch, window: Window) {
  const patch = await bareClient(origin, fetcher)
  window.start()
  const started = performance.now()
  const sent: Promise<void>[] = []
  while (sent.length < contacts) {
    const due = Math.min(contacts, Math.floor(((performance.now() - started) * RPS) / 1000) + 1)
    while (sent.length < due) sent.push(patch(sent.length))
    if (sent.length < contacts) await Bun.sleep(40)
  }
  await Promise.all(sent)
  window.stop()
}

/** The measured part of a run: its setup (runtime, token, first page) and teardown are not per-request costs. */
interface Window {
  start(): void
  stop(): void
}

const pct = (x: number) => `${(x * 100).toFixed(2)}%`

/**
 * Contacts of the unmeasured run before each measured one (as many as it measures, at most 1,000): the JIT
 * compiles and re-tiers the hot path there, as it would in a long job's first seconds.
 */
const warmUpOf = (contacts: number) => Math.min(contacts, 1000)

type Run = (origin: string, contacts: number, f: typeof fetch, w: Window) => Promise<void>

/** One measured run against a fresh tenant (every run finds the same contacts to write), after a warm-up against another. */
async function warmRun(name: string, run: Run, contacts: number): Promise<CpuRun> {
  const warm = await serveSandbox(warmUpOf(contacts))
  try {
    await run(warm.origin, warmUpOf(contacts), fetch, { start() {}, stop() {} })
  } finally {
    warm.stop()
  }
  const sandbox = await serveSandbox(contacts)
  try {
    return await measure(name, (f, w) => run(sandbox.origin, contacts, f, w))
  } finally {
    sandbox.stop()
  }
}

const threadCells = (r: CpuRun) => (r.threads ? `${r.threads.js} / ${r.threads.http} / ${r.threads.jit} / ${r.threads.alloc} / ${r.threads.other}` : "n/a")

export async function benchCpu(contacts = 2000): Promise<CpuBench> {
  const runs: CpuRun[] = []
  for (const [name, run] of [
    ["bare fetch loop, same PATCHes (baseline)", (origin, n, f, w) => bareLoop(origin, n, f, w)],
    ["bare fetch loop, same PATCHes sent every 40 ms (floor)", (origin, n, f, w) => bareBatches(origin, n, f, w)],
    ["cxedge anonymize, patch target", (origin, _n, f, w) => cxedgeJob(origin, "patch", f, w)],
    ["cxedge anonymize, erasure target", (origin, _n, f, w) => cxedgeJob(origin, "erasure", f, w)],
    ["cxedge anonymize, patch target, journal in memory storage", (origin, _n, f, w) => cxedgeJob(origin, "patch", f, w, "memory")],
    // The same as the first cxedge row, once the process has run three jobs: next to the row above, the difference
    // is the fs journal's; against the first, it is how much later runs gain from code the JIT compiled meanwhile.
    ["cxedge anonymize, patch target, again after the memory row", (origin, _n, f, w) => cxedgeJob(origin, "patch", f, w)],
  ] as [string, Run][]) {
    runs.push(await warmRun(name, run, contacts))
  }
  const base = runs[0]!.cpuMicrosPerRequest
  const floor = runs[1]!.cpuMicrosPerRequest
  const markdown = `## CPU per request of the tenant-bound targets (target: under 5% of one core at 200 requests/s)

${contacts.toLocaleString("en-US")} contacts, gdpr matrix, \`--rps 200\`, journal in fs storage, against the sandbox served by
\`cxedge sandbox --port 0\` in another process, so its own CPU is not counted. CPU is \`process.cpuUsage()\`
(user + system, every thread) over the job's run (\`runJob\`; opening the runtime and preparing the job are not per request).
Each measured run follows an unmeasured one of ${warmUpOf(contacts).toLocaleString("en-US")} contacts in the same process, so start-up is not
counted; the JIT still compiles during the measured run (its threads are the JIT column), and a longer run costs less per request
(\`bun bench/cpu.ts 6000\` measured 6.34% for the patch target on 2026-11-30, against 7.94% for 2,000 contacts minutes before on the same machine). The baseline sends the same number of PATCHes at 200/s to the tenant's own
contacts (their ids listed before the measured part) from a bare fetch loop (one token, 16 in flight, no limiter, journal, matrix or
audit), each call paced on its own; the floor sends them from a bare
loop that wakes every 40 ms and sends what is due, as cxedge's limiter does above 20 requests/s: what a client pays Bun's
fetch and the event loop at this rate before doing any work. Reproduce: \`bun bench/cpu.ts ${contacts}\`.

| | requests | requests/s | CPU of one core | CPU µs per request | × baseline | µs per request by thread: JS / HTTP client / JIT / allocator / other | at 200 requests/s | above the floor, at 200 requests/s |
|---|---:|---:|---:|---:|---:|---:|---:|---:|
${runs.map((r, i) => `| ${r.name} | ${r.requests.toLocaleString("en-US")} | ${r.requestsPerSec.toFixed(1)} | ${pct(r.coreShare)} | ${Math.round(r.cpuMicrosPerRequest)} | ${(r.cpuMicrosPerRequest / base).toFixed(2)} | ${threadCells(r)} | ${i > 1 ? "**" : ""}${pct(r.coreShareAt200)}${i > 1 ? "**" : ""} | ${i > 1 ? pct(((r.cpuMicrosPerRequest - floor) * RPS) / 1e6) : ""} |`).join("\n")}

"At 200 requests/s" is the CPU µs per request times 200: the share of one core the target would take if the
tenant accepted exactly 200 requests/s. "Above the floor" takes away what the floor's bare loop paid per request in
the same run: the share of one core that is cxedge's own work (limiter, retries, matrix, journal, validation). The fifth row keeps the journal in memory and the last one runs the first
cxedge row again after it: the difference between those two is what the fs journal's writes cost per request (against the
first cxedge row it would also count the JIT's work, which later rows find done). The thread split (Linux, from /proc) shows where it goes:
JS is the event-loop thread (cxedge's own work and fetch's JS side), HTTP client is Bun's network thread, JIT its
compiler threads, allocator the memory allocator's scavenger (it hands freed pages back to the system on a timer, so
it costs more per request the more a request allocates and frees), other the garbage collector's helpers and the fs thread pool.

What dominates (profiles and thread splits of the patch job, 2026-12-02): not one part of cxedge. The JS thread pays
about 200 µs per request against the floor's 70, spread over fetch's own call (a third of its samples, the floor pays it
too), JSON parsing, the output checks, planning and the limiter; the JIT's top tier keeps compiling the per-contact
functions for tens of seconds at 200 requests/s (a function called once a request reaches it late), 80-110 µs per request
in a 2,000-contact patch run and still 30-230 in a single 8,000-contact job; the allocator's scavenger takes 70-150 against
the floor's 35-45. The fs journal writes twice per 100-contact page: its asynchronous writes cost Bun's pool threads 10-30 µs
per request until they were made synchronous (2026-12-02). The journal-in-memory row cost no less than the fs rows in any
run that day, before that change or after: the earlier table's 5.52% against 7.51% did not repeat (it ran last, with the
JIT's work done: 20 µs per request against 45).
On 2026-12-02, with the machine's load average at 3-6 from other work, two runs of the code before that change (and of
two others: fetch called without ofetch, the PATCH answer compared without serializing it) measured the patch target at
9.04% and 11.78%, the erasure target at 10.41% and 10.23% (floor 3.62%, 4.59%); three runs after, 11.62%, 10.14% and
9.60%, 8.31%, 8.81% and 8.35% (floor 3.93%, 3.86%, 4.06%; the table above is the third). The erasure target, which writes
its journal some nine times as often per contact, gained; the patch target's difference is within the noise; neither is
under 5%.
`
  return { contacts, runs, markdown }
}

if (import.meta.main) {
  const usage = "bun bench/cpu.ts [contacts]"
  const n = count("contacts", benchArgs(usage, {}, 1).positionals[0], 2000, 100, 100_000, usage)
  console.log((await benchCpu(n)).markdown)
}
