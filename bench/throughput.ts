// Job throughput against a rate-limited sandbox tenant, in real time:
// cxedge's limiter against the seed's approach (collect everything, then 50
// in flight, 3 retries honouring Retry-After, no limiter), same run.
import { benchArgs, count } from "./args.ts"
import { createCxedgeStorage, createKeyRing, createRuntime } from "../core/index.ts"
import { readMatrix } from "../plugins/anonymize/matrix/index.ts"
import { runJob } from "../plugins/anonymize/job.ts"
import { prepareJob } from "../plugins/anonymize/prepare.ts"
import { builtins } from "../plugins/manifest.ts"
import { createSandbox, SANDBOX_ORIGIN } from "../sandbox/app.ts"
import { readFileSync } from "node:fs"

export interface ThroughputResult {
  name: string
  contacts: number
  seconds: number
  requestsPerSec: number
  ofLimit: number
  rateLimitedShare: number
  written: number
  failed: number
}

export interface TenantLimit {
  rps: number
  burst: number
  retryAfter: boolean
}

const LIMIT: TenantLimit = { rps: 100, burst: 20, retryAfter: true }
const gdpr = readMatrix(JSON.parse(readFileSync(new URL("../matrices/gdpr.json", import.meta.url), "utf8"))).matrix!

function result(name: string, contacts: number, seconds: number, stats: { requests: number; rateLimited: number }, written: number, failed: number, limit = LIMIT): ThroughputResult {
  const requestsPerSec = stats.requests / seconds
  return { name, contacts, seconds, requestsPerSec, ofLimit: (stats.requests - stats.rateLimited) / seconds / limit.rps, rateLimitedShare: stats.rateLimited / stats.requests, written, failed }
}

export async function benchCxedge(contacts: number): Promise<ThroughputResult> {
  const sandbox = await createSandbox({ contacts, faults: { rateLimit: LIMIT } })
  const c = sandbox.credentials("acme")
  const rt = await createRuntime(
    {
      plugins: ["anonymize"],
      limits: { rps: LIMIT.rps, burst: LIMIT.burst, maxConcurrency: 32, initialConcurrency: 8 },
      tenant: { issuer: SANDBOX_ORIGIN, records: { baseUrl: SANDBOX_ORIGIN, clientId: c.recordsClientId, clientSecret: c.recordsClientSecret } },
    },
    { builtins, fetch: sandbox.fetch, storage: createCxedgeStorage(), keys: createKeyRing(undefined) },
  )
  const job = await prepareJob(rt, { matrix: gdpr }, { concurrency: 32 })
  const t0 = performance.now()
  const r = await runJob(rt, job, { concurrency: 32 })
  const seconds = (performance.now() - t0) / 1000
  const state = sandbox.tenant("acme")
  const written = [...state.data.records.values()].filter((x) => x.writes > 0).length
  return result("cxedge (token bucket + adaptive concurrency)", contacts, seconds, state.stats, written, r.failed)
}

/** The seed tutorial's job, transcribed: collect all, Semaphore(50), patch_with_retry(max_retries=3). */
export async function benchSeed(contacts: number, limit = LIMIT, faults: Record<string, unknown> = {}, windowMs = Infinity): Promise<ThroughputResult> {
  const sandbox = await createSandbox({ contacts, faults: { rateLimit: limit, ...faults } })
  const c = sandbox.credentials("acme")
  const base = "http://sandbox.cxedge.test/api"
  const tokenRes = await sandbox.fetch(`${base}/v2/oauth/token`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ grant_type: "client_credentials", client_id: c.recordsClientId, client_secret: c.recordsClientSecret, scope: "contact:read contact:write" }),
  })
  const token = (await tokenRes.json()).access_token
  const auth = { authorization: `Bearer ${token}` }
  const t0 = performance.now()
  const all: Record<string, unknown>[] = []
  let pageToken: string | undefined
  for (;;) {
    const res = await sandbox.fetch(`${base}/v1/contacts?pageSize=100${pageToken ? `&pageToken=${pageToken}` : ""}`, { headers: auth })
    // A refused or failed page is fetched again (the seed's listing would stop the job otherwise).
    if (!res.ok) {
      await Bun.sleep(Number(res.headers.get("retry-after") ?? 1) * 1000)
      continue
    }
    const body = await res.json()
    all.push(...body.contacts)
    pageToken = body.pageToken
    if (!pageToken) break
  }
  let failed = 0
  let inFlight = 0
  const waiters: (() => void)[] = []
  const acquire = async () => {
    while (inFlight >= 50) await new Promise<void>((r) => waiters.push(r))
    inFlight++
  }
  const release = () => {
    inFlight--
    waiters.shift()?.()
  }
  await Promise.all(
    all.map(async (contact) => {
      await acquire()
      if (performance.now() - t0 > windowMs) return release()
      try {
        for (let attempt = 0; attempt < 3; attempt++) {
          const res = await sandbox.fetch(`${base}/v1/contacts/${contact.id}`, {
            method: "PATCH",
            headers: { ...auth, "content-type": "application/json", "if-match": "*" },
            body: JSON.stringify({ firstName: null, lastName: null, email: null, phone: null }),
          })
          if (res.status === 429) {
            await Bun.sleep(Number(res.headers.get("retry-after") ?? 2 ** attempt + Math.random()) * 1000)
            continue
          }
          if (!res.ok) throw new Error(String(res.status))
          return
        }
        throw new Error("Exhausted retries")
      } catch {
        failed++
      } finally {
        release()
      }
    }),
  )
  const seconds = (performance.now() - t0) / 1000
  const state = sandbox.tenant("acme")
  const written = [...state.data.records.values()].filter((x) => x.writes > 0).length
  return result("seed (50 in flight, 3 retries, no limiter)", contacts, seconds, state.stats, written, failed, limit)
}

if (import.meta.main) {
  const usage = "bun bench/throughput.ts [contacts]"
  const n = count("contacts", benchArgs(usage, {}, 1).positionals[0], 1500, 10, 1_000_000, usage)
  console.log(await benchCxedge(n))
  console.log(await benchSeed(n))
}
