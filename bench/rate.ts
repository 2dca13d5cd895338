// Finding the tenant's limit: cxedge with no --rps against sandbox tenants
// limited to 5, 20, 50 and 200 requests/s that it is not told, in real time,
// against today's fixed 20/s (`limits.rps: 20`) and the seed's 50-in-flight
// job on the same tenants, in the same run. Reproduce: bun bench/rate.ts [--quick] [--limit 5 ...]; the
// tenants the seed's calls at once suit best: bun bench/rate.ts --window, bun bench/rate.ts --deep
import { readFileSync } from "node:fs"
import { ValidationError } from "../core/errors.ts"
import { choiceFlag } from "../core/flags.ts"
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
  /** Requests answered 429 in each second. */
  refusedSeries: number[]
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
  const refusedSeries: number[] = []
  let seen = 0
  let refusedSeen = 0
  const tick = setInterval(() => {
    const accepted = state.stats.requests - state.stats.rateLimited
    series.push(accepted - seen)
    refusedSeries.push(state.stats.rateLimited - refusedSeen)
    seen = accepted
    refusedSeen = state.stats.rateLimited
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
    name, limit: rps, seconds, series, refusedSeries, written, failed: r.failed,
    ofLimit: (state.stats.requests - state.stats.rateLimited) / seconds / rps,
    rateLimitedShare: state.stats.rateLimited / Math.max(1, state.stats.requests),
    secondsTo90: first < 0 ? Infinity : first + 1,
    rewritten: records.filter((x) => x.writes > 1).length,
    contactsPerSec: written / seconds,
  }
}

export async function runSeed(rps: number, contacts: number, windowMs: number, faults: Record<string, unknown> = {}): Promise<RateRun> {
  const s = await benchSeed(contacts, limitOf(rps), faults, windowMs)
  return { name: s.name, limit: rps, seconds: s.seconds, ofLimit: s.ofLimit, rateLimitedShare: s.rateLimitedShare, secondsTo90: NaN, series: [], refusedSeries: [], written: s.written, failed: s.failed, rewritten: 0, contactsPerSec: s.written / s.seconds }
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
  /** Left out when only some limits were asked for (`--limit`). */
  faults?: { seed: RateRun; cxedge: RateRun }
  markdown: string
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`

const LIMITS = ["5", "20", "50", "200"] as const

/** `--limit 5` (repeatable) runs only those true limits and leaves out the run with faults. */
export function limitsOf(argv: string[]): number[] | undefined {
  const chosen = argv.flatMap((arg, i) => (arg === "--limit" ? [choiceFlag("limit", argv[i + 1] ?? "", LIMITS)] : arg.startsWith("--limit=") ? [choiceFlag("limit", arg.slice(8), LIMITS)] : []))
  return chosen.length > 0 ? chosen.map(Number) : undefined
}

/**
 * How long each limit's runs last. The issue asks for 2,000+ contacts per limit; at 5/s that is about
 * 400 s per approach, so the 5/s runs get 120 s (600 requests: a discovery that costs a few refusals is
 * measured against a run long enough to be one, not against its first minute), the others 40 s.
 */
const windowOf = (rps: number, quick: boolean) => (quick ? 12_000 : rps <= 5 ? 120_000 : 40_000)

function faultSection(faults: NonNullable<RateBench["faults"]>, contacts: number): string {
  const { seed, cxedge } = faults
  return `
**An unknown limit with faults**: ${contacts} contacts on one tenant limited to 50/s that neither is told, 5% of calls answered 503.

| | seconds | contacts written/s | calls answered 429 | contacts written | failed | written twice |
|---|---:|---:|---:|---:|---:|---:|
| ${seed.name} (baseline) | ${seed.seconds.toFixed(1)} | ${seed.contactsPerSec.toFixed(1)} | ${pct(seed.rateLimitedShare)} | ${seed.written} | ${seed.failed} | - |
| ${cxedge.name} | ${cxedge.seconds.toFixed(1)} | **${cxedge.contactsPerSec.toFixed(1)}** | **${pct(cxedge.rateLimitedShare)}** | ${cxedge.written} | ${cxedge.failed} | ${cxedge.rewritten} |
`
}

function row(r: RateRun): string {
  const bold = r.limit === 5 || r.name.startsWith("cxedge") ? "**" : ""
  const to90 = Number.isNaN(r.secondsTo90) ? "-" : r.secondsTo90 === Infinity ? "never" : `${r.secondsTo90} s`
  return `| ${r.limit}/s | ${r.name} | ${r.seconds.toFixed(1)} | ${bold}${pct(r.ofLimit)}${bold} | ${pct(r.rateLimitedShare)} | ${to90} | ${r.written} | ${r.failed} |`
}

function limitsSection(runs: RateRun[], limits: number[], command: string, window: (rps: number) => number, contactsFor: (rps: number) => number): string {
  const shown = runs.find((r) => r.limit === (limits.includes(50) ? 50 : limits[0]) && r.name.startsWith("cxedge"))!
  return `## Finding the tenant's rate limit (targets: >= 90% of it accepted, <= 1% answered 429, 90% within 10 s)

\`${command}\`: gdpr matrix, patch target, in-process sandbox tenants limited to
${limits.join(", ")} requests/s (burst max(3, limit/5), 429 with Retry-After) that the client is not told, real time.
Per limit, every approach runs on a fresh tenant of ${limits.map((r) => `${contactsFor(r)} contacts at ${r}/s`).join(", ")}, for at most
${limits.map((r) => `${window(r) / 1000} s`).join(" / ")} (2,000 contacts at 5/s would take about 400 s per approach; a job still running at
the end of its window is stopped there, and its accepted requests are counted over the window).
Baselines on the same tenants in the same run: main's fixed 20/s, and the seed's job (every contact collected
first, then 50 PATCHes in flight, 3 retries honouring Retry-After, no limiter). "Accepted" counts every request
the tenant did not answer 429, per second of the run (listing included).

| true limit | approach | seconds | accepted, of the limit | calls answered 429 | to 90% | contacts written | failed |
|---|---|---:|---:|---:|---:|---:|---:|
${runs.map(row).join("\n")}

Accepted requests per second, cxedge with no \`--rps\` against the ${shown.limit}/s tenant (\`|\` marks the limit):

\`\`\`
${chart(shown)}
\`\`\`
`
}

/** The seed and cxedge (three runs) on one tenant with 5% 503s that neither is told the limit of: the table's rows. */
async function faultRows(rateLimit: Record<string, unknown>, contacts: number): Promise<string> {
  const faulty = { rateLimit, errorRatio: 0.05 }
  const rps = rateLimit.rps as number
  const seed = await runSeed(rps, contacts, 120_000, faulty)
  const runs = []
  for (let i = 0; i < 3; i++) runs.push(await runCxedge(`cxedge, no --rps (run ${i + 1})`, rps, contacts, 120_000, { faults: faulty }))
  const line = (r: RateRun, base = "") => `| ${r.name}${base} | ${r.seconds.toFixed(1)} | ${r.contactsPerSec.toFixed(1)} | ${pct(r.rateLimitedShare)} | ${r.written} | ${r.failed} |`
  return `| | seconds | contacts written/s | calls answered 429 | contacts written | failed |
|---|---:|---:|---:|---:|---:|
${line(seed, " (baseline)")}
${runs.map((r) => line(r)).join("\n")}`
}

/**
 * `--window`: the faults run against the tenants the seed's 50 in flight do best on. A counter per calendar second:
 * a refused call costs it nothing and the count starts afresh each second, so the seed uses every second whole (the
 * limiter's measurement assumes a bucket and reads such a tenant low). A token bucket as deep as its limit (50
 * tokens at 50/s): the seed's 50 calls at once fit it. Reported apart, with the seed on the same tenant in the same run.
 */
export async function benchWindow(quick = false): Promise<string> {
  const contacts = quick ? 400 : 1500
  const counter = await faultRows({ rps: 50, windowSec: 1, retryAfter: true }, contacts)
  const deep = await faultRows({ rps: 50, burst: 50, retryAfter: true }, contacts)
  return `
**A tenant that counts per second** (\`bun bench/rate.ts --window${quick ? " --quick" : ""}\`): ${contacts} contacts on one tenant that takes 50 calls in each
calendar second (\`--faults '{"rateLimit":{"rps":50,"windowSec":1,"retryAfter":true},"errorRatio":0.05}'\`) and answers 5% of calls 503; neither is told.

${counter}

**A bucket as deep as its limit** (same command): ${contacts} contacts on one tenant with a token bucket of 50 calls
refilled at 50/s (\`--faults '{"rateLimit":{"rps":50,"burst":50,"retryAfter":true},"errorRatio":0.05}'\`), 5% of calls answered 503; neither is told.

${deep}
`
}

/**
 * `--deep`: token buckets as deep as their limit or deeper (20 at 20/s, 100 at 50/s, 200 at 200/s), 5% of calls
 * answered 503: the seed's calls at once fit them, and the held-out check's "unknown limit" may be any of them.
 */
export async function benchDeep(quick = false): Promise<string> {
  const tenants: Array<[number, number, number]> = [[20, 20, quick ? 200 : 800], [50, 100, quick ? 400 : 1500], [200, 200, quick ? 1000 : 3000]]
  const sections: string[] = []
  for (const [rps, burst, contacts] of tenants) {
    console.error(`rate: a bucket of ${burst} at ${rps}/s with 5% 503s...`)
    const rows = await faultRows({ rps, burst, retryAfter: true }, contacts)
    sections.push(`**${burst} deep at ${rps}/s**: ${contacts} contacts (\`--faults '{"rateLimit":{"rps":${rps},"burst":${burst},"retryAfter":true},"errorRatio":0.05}'\`).\n\n${rows}`)
  }
  return `\n**Deep buckets** (\`bun bench/rate.ts --deep${quick ? " --quick" : ""}\`): one tenant each, 5% of calls answered 503, neither told the limit.\n\n${sections.join("\n\n")}\n`
}

export async function benchRate(quick = false, only?: number[]): Promise<RateBench> {
  // Every run has the same window per limit, long enough that a full run spends most of it past the ramp;
  // each tenant holds enough contacts (2,000 or more) that cxedge does not run out inside it.
  const limits = only ?? (quick ? [20, 200] : [5, 20, 50, 200])
  const window = (rps: number) => windowOf(rps, quick)
  const contactsFor = (rps: number) => (quick ? Math.ceil((rps * window(rps)) / 1000) : Math.max(2000, (rps * window(rps)) / 1000))
  const runs: RateRun[] = []
  for (const rps of limits) {
    console.error(`rate: true limit ${rps}/s...`)
    const contacts = contactsFor(rps)
    runs.push(await runCxedge("cxedge, no --rps (finds the limit)", rps, contacts, window(rps)))
    runs.push(await runCxedge("fixed 20/s (`limits.rps: 20`, main's default)", rps, contacts, window(rps), { fixed: 20 }))
    runs.push(await runSeed(rps, contacts, window(rps)))
  }
  const command = `bun bench/rate.ts${quick ? " --quick" : ""}${only ? only.map((l) => ` --limit ${l}`).join("") : ""}`
  const markdown = limitsSection(runs, limits, command, window, contactsFor)
  if (only) return { runs, markdown }
  console.error("rate: an unknown limit with 5% 5xx...")
  const faulty = { errorRatio: 0.05 }
  const faultContacts = quick ? 400 : 1500
  const faults = { seed: await runSeed(50, faultContacts, 120_000, faulty), cxedge: await runCxedge("cxedge, no --rps", 50, faultContacts, 120_000, { faults: faulty }) }
  return { runs, faults, markdown: markdown + faultSection(faults, faultContacts) }
}

/**
 * The command's own flags, checked before any run: a slip (`--deeep`, `--windows`) would otherwise run the full bench
 * for minutes, and `--window` with `--deep` would run one of them without a word.
 */
export function checkArgs(argv: readonly string[]): void {
  const known = new Set(["--quick", "--window", "--deep", "--limit"])
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === "--limit") i++
    else if (!known.has(arg) && !arg.startsWith("--limit=")) throw new ValidationError("bench-rate", `unknown argument "${arg.slice(0, 40)}": use --quick, --window, --deep or --limit <5|20|50|200>`)
  }
  if (argv.includes("--window") && argv.includes("--deep")) throw new ValidationError("bench-rate", "--window and --deep are two benches: give one")
  if ((argv.includes("--window") || argv.includes("--deep")) && limitsOf([...argv])) throw new ValidationError("bench-rate", "--limit chooses the limits of the main bench, not of --window or --deep: drop one")
}

if (import.meta.main) {
  try {
    checkArgs(process.argv.slice(2))
    const quick = process.argv.includes("--quick")
    if (process.argv.includes("--window")) console.log(await benchWindow(quick))
    else if (process.argv.includes("--deep")) console.log(await benchDeep(quick))
    else console.log((await benchRate(quick, limitsOf(process.argv.slice(2)))).markdown)
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error
    console.error(error.message)
    process.exitCode = 2
  }
}
