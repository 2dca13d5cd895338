// Runs every benchmark and writes BENCHMARKS.md. Usage: npm run bench [-- --quick]
import { benchArgs } from "./args.ts"
import { cpus } from "node:os"
import { writeFileSync } from "node:fs"
import { benchMatrix } from "./matrix.ts"
import { benchPipeline } from "./pipeline.ts"
import { benchServers } from "./servers.ts"
import { benchCxedge, benchSeed } from "./throughput.ts"
import { benchRate, benchWindow } from "./rate.ts"
import { benchStartup } from "./startup.ts"
import { benchCpu } from "./cpu.ts"
import { benchOutbox } from "./outbox.ts"
import { benchScale } from "./scale.ts"
import { benchPii } from "./pii.ts"
import { benchPiiCorpora } from "./pii-corpora.ts"
import { benchScrub } from "./scrub.ts"

const quick = !!benchArgs("npm run bench [-- --quick]", { quick: { type: "boolean" } }).values.quick
const sizes = quick ? { matrix: 20_000, jobs: 400, memory: 100_000 } : { matrix: 50_000, jobs: 1500, memory: 1_000_000 }

async function memory(mode: "stream" | "collect", n: number) {
  const proc = Bun.spawn([process.execPath, new URL("./memory-worker.ts", import.meta.url).pathname, mode, String(n)], { stdout: "pipe", stderr: "inherit" })
  const out = await new Response(proc.stdout).text()
  if ((await proc.exited) !== 0) throw new Error(`memory worker ${mode} failed`)
  return JSON.parse(out.trim().split("\n").at(-1)!) as { peakRssMb: number; seconds: number; succeeded: number }
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`
const fmt = (x: number) => Math.round(x).toLocaleString("en-US")

console.error("matrix engine vs plain HMAC loop...")
const m = benchMatrix(sizes.matrix)
console.error("job throughput, cxedge...")
const cx = await benchCxedge(sizes.jobs)
console.error("job throughput, seed approach...")
const seed = await benchSeed(sizes.jobs)
const rate = await benchRate(quick)
const windowed = await benchWindow(quick)
console.error(`memory, ${sizes.memory} contacts streamed...`)
const stream = await memory("stream", sizes.memory)
console.error(`memory, ${sizes.memory} contacts collected first (seed)...`)
const collect = await memory("collect", sizes.memory)
console.error("job pipeline against its engine...")
const pipeline = await benchPipeline(quick ? 100_000 : 1_000_000)
console.error("servers: signed webhook route against a hello route on bun, node, workerd...")
const servers = await benchServers(quick ? 2 : 5, 16)
console.error("startup: cxedge --help under Bun and from the installed package...")
const startup = await benchStartup({ runs: quick ? 11 : 31 })
console.error("cpu per request of the patch and erasure targets at 200 requests/s...")
const cpu = await benchCpu(quick ? 600 : 2000)
console.error("consent webhooks on against off, the same export job...")
const outbox = await benchOutbox(quick ? 3000 : 30_000)
console.error("scale-out: one export drained by 1 and 2 cxedge workers on BullMQ...")
const scale = await benchScale(quick ? 100_000 : 1_000_000)
console.error("free-text PII: quality per type on the labeled corpus, and scanning speed...")
const pii = benchPii({ rounds: quick ? 3 : 10 })
console.error("free-text PII: every labeled corpus through pii scan --json...")
const piiCorpora = benchPiiCorpora()
console.error("scrub inside a job against redact...")
const scrub = await benchScrub({ contacts: quick ? 500 : 2000, rounds: 3 })

const md = `# Benchmarks

Produced by \`npm run bench${quick ? " -- --quick" : ""}\` (bench/run.ts) on ${new Date().toISOString().slice(0, 10)}:
Bun ${Bun.version}, ${cpus().length} cores (${cpus()[0]?.model ?? "unknown CPU"}). Every figure is
measured against its baseline in the same run; numbers vary between machines, ratios much less.

## Matrix engine: field transforms per second (target: at least 0.8 of a plain HMAC loop)

${fmt(m.records)} records x ${m.fieldsPerRecord} fields, every field \`hmac\`, 5 alternating rounds after a warm-up.
The baseline computes the same \`tok_k1_...\` tokens in a bare loop (\`createHmac\` per value).

| | field transforms/s | ratio |
|---|---:|---:|
| plain HMAC loop (baseline) | ${fmt(m.baselinePerSec)} | 1.00 |
| matrix engine (\`compileMatrix(...).plan\`) | ${fmt(m.enginePerSec)} | **${m.ratio.toFixed(2)}** |

## Job throughput against the tenant's limit (target: at least 95% of it, under 1% of calls answered 429)

${fmt(cx.contacts)} contacts, gdpr matrix, patch target, in-process sandbox limited to 100 requests/s
(burst 20, 429 with Retry-After), real time. The baseline is the seed tutorial's job: collect every
contact first, then 50 PATCHes in flight with 3 retries that honour Retry-After, and no limiter.

| | seconds | requests/s sent | accepted, of the limit | calls answered 429 | contacts written | failed |
|---|---:|---:|---:|---:|---:|---:|
| ${seed.name} (baseline) | ${seed.seconds.toFixed(1)} | ${seed.requestsPerSec.toFixed(1)} | ${pct(seed.ofLimit)} | ${pct(seed.rateLimitedShare)} | ${fmt(seed.written)} | ${fmt(seed.failed)} |
| ${cx.name} | ${cx.seconds.toFixed(1)} | ${cx.requestsPerSec.toFixed(1)} | **${pct(cx.ofLimit)}** | **${pct(cx.rateLimitedShare)}** | ${fmt(cx.written)} | ${fmt(cx.failed)} |

"Of the limit" counts accepted requests per second over the tenant's 100/s (the initial burst lets it
pass 100% slightly).

${rate.markdown}${windowed}
Still under the seed's contacts/s, and at the edge of the 1% target (README, "Tenants that count per second").

## Peak memory, ${fmt(sizes.memory)} contacts through the export target (target: under 200 MB)

analytics matrix, JSONL file sink, journal in memory storage, each run in its own process
(\`bench/memory-worker.ts\`), peak RSS from the kernel's high-water mark for the process (\`VmHWM\`).

| | peak RSS | seconds | contacts exported |
|---|---:|---:|---:|
| seed shape: every contact collected before work (baseline) | ${collect.peakRssMb} MB | ${collect.seconds.toFixed(1)} | ${fmt(collect.succeeded)} |
| cxedge: pages streamed | **${stream.peakRssMb} MB** | ${stream.seconds.toFixed(1)} | ${fmt(stream.succeeded)} |

Streaming uses ${(stream.peakRssMb / collect.peakRssMb).toFixed(2)} of the baseline's memory.

${pipeline.markdown}
## HTTP: the signed-webhook route against a bare Hono hello route (target: at least half of it on Bun)

\`POST /webhooks/consent\` with a valid Standard Webhooks signature (verified, then answered from the
webhook-id dedupe) through the whole cxedge app (metrics, body limit, plugins' routes), against a
Hono app with one \`GET /hello\`, each on the same runtime, ${quick ? 2 : 5} s at 16 requests in flight from a
Bun client on the same 2-core machine (client and server share the cores). workerd runs under
\`wrangler dev\`, whose local proxy is part of both figures.

| runtime | hello req/s | hello p99 ms | webhook req/s | webhook p99 ms | ratio |
|---|---:|---:|---:|---:|---:|
${servers.map((r) => `| ${r.runtime} | ${fmt(r.hello.rps)} | ${r.hello.p99} | ${fmt(r.webhook.rps)} | ${r.webhook.p99} | **${(r.webhook.rps / r.hello.rps).toFixed(2)}** |`).join("\n")}

${startup.markdown}
${cpu.markdown}
${outbox.markdown}
${scale.markdown}
${pii.markdown}
${piiCorpora.markdown}
${scrub.markdown}`
writeFileSync(new URL("../BENCHMARKS.md", import.meta.url), md)
console.log(md)
