// Finding the tenant's limit: cxedge with no --rps against sandbox tenants
// limited to 5, 20, 50 and 200 requests/s that it is not told, in real time,
// against today's fixed 20/s (`limits.rps: 20`) and the seed's 50-in-flight
// job on the same tenants, in the same run. Reproduce: bun bench/rate.ts [--quick]
import { readFileSync } from "node:fs"
import { createCxedgeStorage, createKeyRing, createRuntime } from "../core/index.ts"
import { readMatrix } from "../plugins/anonymize/matrix/index.ts"
import { runJob } from "../plugins/anonymize/job.ts"
import { prepareJob } from "../plugins/anonymize/prepare.ts"
import { builtins } from "../plugins/manifest.ts"
import { createSandbox, SANDBOX_ORIGIN } from "../sandbox/app.ts"
import { benchSeed, type TenantLimit } from "./throughput.ts"

const gdpr = readMatrix(JSON.parse(readFileSync(new URL("../matrices/gdpr.json", import.meta.url), "utf8"))).matrix!

export interface RateRun {
  name: string
  limit: number
  seconds: number
  /** Accepted (not 429) requests per second over the run, as a share of the true limit. */
  ofLimit: number
  rateLimitedShare: number
  /** Seconds until one second's accepted requests first reached 90% of the limit. */
  secondsTo90: number
  /** Accepted requests in each second. */
  series: number[]
  written: number
  failed: number
  /** Contacts the tenant was written more than once. */
  rewritten: number
  /** Contacts written (anonymized) per second. */
  contactsPerSec: number
}

const limitOf = (rps: number): TenantLimit => ({ rps, burst: Math.max(3, Math.ceil(rps / 5)), retryAfter: true })

export async function runCxedge(name: string, rps: number, contacts: number, windowMs: number, options: { fixed?: number; faults?: Record<string, unknown> } = {}): Promise<RateRun> {
  const sandbox = await createSandbox({ contacts, faults: { rateLimit: limitOf(rps), ...options.faults } })
  const c = sandbox.credentials("acme")
  const rt = await createRuntime(
    {
      plugins: ["anonymize"],
      limits: { maxConcurrency: 32, initialConcurrency: 8, ...(options.fixed ? { rps: options.fixed, burst: Math.max(1, Math.ceil(options.fixed / 2)) } : {}) },
      tenant: { issuer: SANDBOX_ORIGIN, records: { baseUrl: SANDBOX_ORIGIN, clientId: c.recordsClientId, clientSecret: c.recordsClientSecret } },
    },
    { builtins, fetch: sandbox.fetch, storage: createCxedgeStorage(), keys: createKeyRing(undefined) },
  )
  const state = sandbox.tenant("acme")
  const series: number[] = []
  let seen = 0
  const tick = setInterval(() => {
    const accepted = state.stats.requests - state.stats.rateLimited
    series.push(accepted - seen)
    seen = accepted
  }, 1000)
  const job = await prepareJob(rt, { matrix: gdpr }, { concurrency: 32 })
  const t0 = performance.now()
  const r = await runJob(rt, job, { concurrency: 32, signal: AbortSignal.timeout(windowMs) })
  const seconds = (performance.now() - t0) / 1000
  clearInterval(tick)
  await rt.dispose?.()
  const records = [...state.data.records.values()]
  const written = records.filter((x) => x.writes > 0).length
  const first = series.findIndex((n) => n >= 0.9 * rps)
  return {
    name, limit: rps, seconds, series, written, failed: r.failed,
    ofLimit: (state.stats.requests - state.stats.rateLimited) / seconds / rps,
    rateLimitedShare: state.stats.rateLimited / Math.max(1, state.stats.requests),
    secondsTo90: first < 0 ? Infinity : first + 1,
    rewritten: records.filter((x) => x.writes > 1).length,
    contactsPerSec: written / seconds,
  }
}

export async function runSeed(rps: number, contacts: number, windowMs: number, faults: Record<string, unknown> = {}): Promise<RateRun> {
  const s = await benchSeed(contacts, limitOf(rps), faults, windowMs)
  return { name: s.name, limit: rps, seconds: s.seconds, ofLimit: s.ofLimit, rateLimitedShare: s.rateLimitedShare, secondsTo90: NaN, series: [], written: s.written, failed: s.failed, rewritten: 0, contactsPerSec: s.written / s.seconds }
}

/** A bar per second: accepted requests against the limit (|). */
export function chart(run: RateRun, width = 50): string {
  const scale = width / (run.limit * 1.25)
  const mark = Math.round(run.limit * scale)
  return run.series
    .map((n, i) => {
      const bar = "#".repeat(Math.round(n * scale)).padEnd(mark, " ")
      return `${String(i + 1).padStart(3)} s ${bar.slice(0, mark)}|${bar.slice(mark)} ${n}`
    })
    .join("\n")
}

export interface RateBench {
  runs: RateRun[]
  faults: { seed: RateRun; cxedge: RateRun }
  markdown: string
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`

export async function benchRate(quick = false): Promise<RateBench> {
  // Every run has the same window per limit, long enough that a full run spends most of it past the ramp;
  // each tenant holds enough contacts (2,000 or more) that cxedge does not run out inside it.
  const limits = quick ? [20, 200] : [5, 20, 50, 200]
  const window = (rps: number) => (quick ? 12_000 : rps <= 5 ? 60_000 : 40_000)
  const contactsFor = (rps: number) => (quick ? Math.ceil((rps * window(rps)) / 1000) : Math.max(2000, (rps * window(rps)) / 1000))
  const runs: RateRun[] = []
  for (const rps of limits) {
    console.error(`rate: true limit ${rps}/s...`)
    const contacts = contactsFor(rps)
    runs.push(await runCxedge("cxedge, no --rps (finds the limit)", rps, contacts, window(rps)))
    runs.push(await runCxedge("fixed 20/s (`limits.rps: 20`, main's default)", rps, contacts, window(rps), { fixed: 20 }))
    runs.push(await runSeed(rps, contacts, window(rps)))
  }
  console.error("rate: an unknown limit with 5% 5xx...")
  const faulty = { errorRatio: 0.05 }
  const faultContacts = quick ? 400 : 1500
  const faults = { seed: await runSeed(50, faultContacts, 120_000, faulty), cxedge: await runCxedge("cxedge, no --rps", 50, faultContacts, 120_000, { faults: faulty }) }
  const shown = runs.find((r) => r.limit === (quick ? 20 : 50) && r.name.startsWith("cxedge"))!
  const rows = runs.map((r) => `| ${r.limit}/s | ${r.name} | ${r.seconds.toFixed(1)} | ${r.limit === 5 || r.name.startsWith("cxedge") ? "**" : ""}${pct(r.ofLimit)}${r.limit === 5 || r.name.startsWith("cxedge") ? "**" : ""} | ${pct(r.rateLimitedShare)} | ${Number.isNaN(r.secondsTo90) ? "-" : r.secondsTo90 === Infinity ? "never" : `${r.secondsTo90} s`} | ${r.written} | ${r.failed} |`)
  const markdown = `## Finding the tenant's rate limit (targets: >= 90% of it accepted, <= 1% answered 429, 90% within 10 s)

\`bun bench/rate.ts${quick ? " --quick" : ""}\`: gdpr matrix, patch target, in-process sandbox tenants limited to
${limits.join(", ")} requests/s (burst max(3, limit/5), 429 with Retry-After) that the client is not told, real time.
Per limit, every approach runs on a fresh tenant of ${limits.map((r) => `${contactsFor(r)} contacts at ${r}/s`).join(", ")}, for at most
${limits.map((r) => `${window(r) / 1000} s`).join(" / ")} (2,000 contacts at 5/s would take minutes; a job still running at the end of
its window is stopped there, and its accepted requests are counted over the window).
Baselines on the same tenants in the same run: main's fixed 20/s, and the seed's job (every contact collected
first, then 50 PATCHes in flight, 3 retries honouring Retry-After, no limiter). "Accepted" counts every request
the tenant did not answer 429, per second of the run (listing included).

| true limit | approach | seconds | accepted, of the limit | calls answered 429 | to 90% | contacts written | failed |
|---|---|---:|---:|---:|---:|---:|---:|
${rows.join("\n")}

Accepted requests per second, cxedge with no \`--rps\` against the ${shown.limit}/s tenant (\`|\` marks the limit):

\`\`\`
${chart(shown)}
\`\`\`

**An unknown limit with faults**: ${faultContacts} contacts on one tenant limited to 50/s that neither is told, 5% of calls answered 503.

| | seconds | contacts written/s | calls answered 429 | contacts written | failed | written twice |
|---|---:|---:|---:|---:|---:|---:|
| ${faults.seed.name} (baseline) | ${faults.seed.seconds.toFixed(1)} | ${faults.seed.contactsPerSec.toFixed(1)} | ${pct(faults.seed.rateLimitedShare)} | ${faults.seed.written} | ${faults.seed.failed} | - |
| ${faults.cxedge.name} | ${faults.cxedge.seconds.toFixed(1)} | **${faults.cxedge.contactsPerSec.toFixed(1)}** | **${pct(faults.cxedge.rateLimitedShare)}** | ${faults.cxedge.written} | ${faults.cxedge.failed} | ${faults.cxedge.rewritten} |
`
  return { runs, faults, markdown }
}

if (import.meta.main) console.log((await benchRate(process.argv.includes("--quick"))).markdown)
