// CPU per request of the tenant-bound targets (patch, erasure) at 200
// requests/s. The sandbox tenant runs in its own process (`cxedge sandbox
// --port 0`), so process.cpuUsage() here counts cxedge alone: the job's
// source, matrix, limiter, retries, journal (fs storage) and audit. The
// baseline, in the same run, is a bare fetch loop sending the same PATCHes at
// the same rate. Usage: bun bench/cpu.ts [contacts]
import { mkdtempSync } from "node:fs"
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

/** Counts the requests `fn` sends and the wall and CPU time of its measured part (`start` to `stop`). */
async function measure(name: string, fn: (fetcher: typeof fetch, window: Window) => Promise<void>): Promise<CpuRun> {
  let requests = 0
  let counting = false
  const counted = ((input: RequestInfo | URL, init?: RequestInit) => (counting && requests++, fetch(input, init))) as typeof fetch
  let cpu = process.cpuUsage()
  let started = 0
  let seconds = 0
  let used = cpu
  await fn(counted, {
    start() {
      counting = true
      cpu = process.cpuUsage()
      started = performance.now()
    },
    stop() {
      used = process.cpuUsage(cpu)
      seconds = (performance.now() - started) / 1000
      counting = false
    },
  })
  const micros = used.user + used.system
  const perRequest = micros / requests
  return { name, requests, seconds, requestsPerSec: requests / seconds, coreShare: micros / 1e6 / seconds, cpuMicrosPerRequest: perRequest, coreShareAt200: (perRequest * RPS) / 1e6 }
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

/** The baseline: one token, then the same number of PATCHes at 200/s from a bare loop (16 in flight). */
async function bareLoop(origin: string, contacts: number, fetcher: typeof fetch, window: Window) {
  const c = defaultCredentials("acme")
  const res = await fetcher(`${origin}/api/v2/oauth/token`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ grant_type: "client_credentials", client_id: c.recordsClientId, client_secret: c.recordsClientSecret, scope: "contact:read contact:write" }),
  })
  const auth = { authorization: `Bearer ${((await res.json()) as { access_token: string }).access_token}` }
  window.start()
  const started = performance.now()
  let next = 0
  const worker = async () => {
    for (let i = next++; i < contacts; i = next++) {
      const due = started + (i * 1000) / RPS
      if (due > performance.now()) await Bun.sleep(due - performance.now())
      const r = await fetcher(`${origin}/api/v1/contacts/${i + 1}`, { method: "PATCH", headers: { ...auth, "content-type": "application/json", "if-match": "*" }, body: JSON.stringify({ firstName: null }) })
      await r.arrayBuffer()
    }
  }
  await Promise.all(Array.from({ length: 16 }, worker))
  window.stop()
}

/** The measured part of a run: its setup (runtime, token, first page) and teardown are not per-request costs. */
interface Window {
  start(): void
  stop(): void
}

const pct = (x: number) => `${(x * 100).toFixed(2)}%`

export async function benchCpu(contacts = 2000): Promise<CpuBench> {
  const runs: CpuRun[] = []
  for (const [name, run] of [
    ["bare fetch loop, same PATCHes (baseline)", (origin: string, f: typeof fetch, w: Window) => bareLoop(origin, contacts, f, w)],
    ["cxedge anonymize, patch target", (origin: string, f: typeof fetch, w: Window) => cxedgeJob(origin, "patch", f, w)],
    ["cxedge anonymize, erasure target", (origin: string, f: typeof fetch, w: Window) => cxedgeJob(origin, "erasure", f, w)],
    ["cxedge anonymize, patch target, journal in memory storage", (origin: string, f: typeof fetch, w: Window) => cxedgeJob(origin, "patch", f, w, "memory")],
  ] as const) {
    // A fresh tenant for each: every run finds the same contacts to write.
    const sandbox = await serveSandbox(contacts)
    try {
      runs.push(await measure(name, (f, w) => run(sandbox.origin, f, w)))
    } finally {
      sandbox.stop()
    }
  }
  const markdown = `## CPU per request of the tenant-bound targets (target: under 5% of one core at 200 requests/s)

${contacts.toLocaleString("en-US")} contacts, gdpr matrix, \`--rps 200\`, journal in fs storage, against the sandbox served by
\`cxedge sandbox --port 0\` in another process, so its own CPU is not counted. CPU is \`process.cpuUsage()\`
(user + system) over the job's run (\`runJob\`; opening the runtime and preparing the job are not per request). The baseline sends the same number of PATCHes at 200/s from a bare fetch loop
(one token, 16 in flight, no limiter, journal, matrix or audit). Reproduce: \`bun bench/cpu.ts ${contacts}\`.

| | requests | requests/s | CPU of one core | CPU µs per request | at 200 requests/s |
|---|---:|---:|---:|---:|---:|
${runs.map((r, i) => `| ${r.name} | ${r.requests.toLocaleString("en-US")} | ${r.requestsPerSec.toFixed(1)} | ${pct(r.coreShare)} | ${Math.round(r.cpuMicrosPerRequest)} | ${i ? "**" : ""}${pct(r.coreShareAt200)}${i ? "**" : ""} |`).join("\n")}

"At 200 requests/s" is the CPU µs per request times 200: the share of one core the target would take if the
tenant accepted exactly 200 requests/s. The last row keeps the journal in memory: the difference from the first
cxedge row is what the fs journal's writes cost per request.
`
  return { contacts, runs, markdown }
}

if (import.meta.main) {
  const n = Number(process.argv[2] ?? 2000)
  if (!Number.isInteger(n) || n < 100 || n > 100_000) {
    process.stderr.write("[cxedge] [bench] contacts must be a whole number from 100 to 100000\n")
    process.exit(2)
  }
  console.log((await benchCpu(n)).markdown)
}
