import { readFileSync } from "node:fs"
import { createCxedgeStorage, createKeyRing, createRuntime } from "../core/index.ts"
import { readMatrix } from "../plugins/anonymize/matrix/index.ts"
import { runJob } from "../plugins/anonymize/job.ts"
import { prepareJob } from "../plugins/anonymize/prepare.ts"
import { builtins } from "../plugins/manifest.ts"
import { createSandbox, SANDBOX_ORIGIN } from "../sandbox/app.ts"
const gdpr = readMatrix(JSON.parse(readFileSync(new URL("../matrices/gdpr.json", import.meta.url), "utf8"))).matrix!
const rps = Number(process.argv[2] ?? 5), windowMs = Number(process.argv[3] ?? 60000)
const sandbox = await createSandbox({ contacts: 2000, faults: { rateLimit: { rps, burst: Math.max(3, Math.ceil(rps / 5)), retryAfter: true } } })
const c = sandbox.credentials("acme")
const t0 = performance.now()
const log: string[] = []
let n = 0
const f = async (input: any, init?: any) => {
  const sent = performance.now() - t0
  const res = await sandbox.fetch(input, init)
  n++
  const url = typeof input === "string" ? input : input.url
  if (res.status === 429) log.push(`${(sent / 1000).toFixed(3)} 429 #${n} ${init?.method ?? "GET"} ${String(url).replace(/\?.*/, "").slice(-40)}`)
  return res
}
const rt = await createRuntime(
  { plugins: ["anonymize"], limits: { maxConcurrency: 32, initialConcurrency: 8 }, tenant: { issuer: SANDBOX_ORIGIN, records: { baseUrl: SANDBOX_ORIGIN, clientId: c.recordsClientId, clientSecret: c.recordsClientSecret } } },
  { builtins, fetch: f as any, storage: createCxedgeStorage(), keys: createKeyRing(undefined) },
)
const state = sandbox.tenant("acme")
const job = await prepareJob(rt, { matrix: gdpr }, { concurrency: 32 })
const r = await runJob(rt, job, { concurrency: 32, signal: AbortSignal.timeout(windowMs) })
const s = (performance.now() - t0) / 1000
console.log(log.join("\n"))
console.log(`requests ${state.stats.requests} 429 ${state.stats.rateLimited} share ${(100 * state.stats.rateLimited / state.stats.requests).toFixed(2)}% ofLimit ${((state.stats.requests - state.stats.rateLimited) / s / rps * 100).toFixed(1)}% s ${s.toFixed(1)}`)
await rt.dispose?.()
