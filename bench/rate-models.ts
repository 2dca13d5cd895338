// cxedge (no --rps, the CLI as a user runs it) against the seed's approach (collect all, 50 in flight, 3 retries
// honouring Retry-After, no limiter: bench/throughput.ts's benchSeed, over HTTP), on test/rate6's stand-in with limit
// models the sandbox does not have, each with 5% of calls failing 5xx. Every figure is counted by the tenant.
// Run: bun bench/rate-models.ts [contacts] [model name part ...]   (real time: minutes; one run at a time on a quiet machine)
// e.g. `bun bench/rate-models.ts 600 sliding halved` runs only the models whose names contain "sliding" or "halved".
import { benchArgs, count, refuse } from "./args.ts"
import { concurrencyGate, halvedBetween, queueGate, slidingLogGate, windowQuotaGate } from "../test/rate6/limits.ts"
import { anonymize } from "../test/rate6/run.ts"
import { startStandin, type Knobs, type Standin } from "../test/rate6/server.ts"
import { expected, KEYS } from "../test/rate6/tenant.ts"

type Model = { name: string; knobs: () => Partial<Knobs> & { gate: Knobs["gate"] } }

const MODELS: Model[] = [
  { name: "sliding log 40/s", knobs: () => ({ gate: slidingLogGate(40) }) },
  { name: "3 in flight (150/s)", knobs: () => ({ gate: concurrencyGate(3) }) },
  { name: "counter 40 per second", knobs: () => ({ gate: windowQuotaGate(40, 1000) }) },
  { name: "quota 100 per 5 s", knobs: () => ({ gate: windowQuotaGate(100, 5000) }) },
  { name: "503 + Retry-After", knobs: () => ({ gate: slidingLogGate(40), refusal: 503 }) },
  { name: "503, no Retry-After", knobs: () => ({ gate: slidingLogGate(40), refusal: 503, retryAfter: false }) },
  { name: "429 bare (no headers)", knobs: () => ({ gate: slidingLogGate(40), retryAfter: false }) },
  { name: "headers honest 40/1 s", knobs: () => ({ gate: windowQuotaGate(40, 1000), headers: "honest" }) },
  { name: "headers hourly 36k", knobs: () => ({ gate: slidingLogGate(40), headers: "hourly" }) },
  { name: "headers 10x inflated", knobs: () => ({ gate: slidingLogGate(40), headers: "inflated" }) },
  { name: "40/s halved 4-9 s", knobs: () => ({ gate: slidingLogGate(40, 1000, halvedBetween(4000, 9000)) }) },
  { name: "queue 40/s, no 429", knobs: () => ({ gate: queueGate(40) }) },
]

interface Row {
  who: string
  ofCapacity: number
  refusedShare: number
  to90: number | undefined
  correctPerSec: number
  wrong: number
  failed: number
}

/** The tenant's figures: admitted calls/s over the run as a share of what the model takes, refusals, time to 90%. */
function measure(who: string, s: Standin, model: Model, failed: number): Row {
  const calls = s.seen
  const from = calls[0]?.at ?? 0
  const to = calls[calls.length - 1]?.at ?? from + 1
  const admitted = calls.filter((c) => c.kind !== "refused").map((c) => c.at)
  const gate = model.knobs().gate
  let capacity = 0
  for (let t = from; t < to; t += 100) capacity += gate.capacity(t, 20) / 10
  let to90: number | undefined
  for (let i = 0, j = 0; i < admitted.length && to90 === undefined; i++) {
    while (admitted[i]! - admitted[j]! >= 1000) j++
    if (i - j + 1 >= 0.9 * gate.capacity(admitted[i]!, 20)) to90 = (admitted[i]! - from) / 1000
  }
  const want = new Map(s.seed.map((c) => [c.id, JSON.stringify(expected(c))]))
  const correct = s.stored().filter((r) => want.get(r.id) === JSON.stringify(r) && s.patches.get(r.id) === 1).length
  const seconds = (to - from) / 1000
  return { who, ofCapacity: admitted.length / Math.max(1, capacity), refusedShare: s.refusedShare(), to90, correctPerSec: correct / seconds, wrong: s.wrong.length, failed }
}

/** The seed tutorial's job over HTTP: client_credentials, collect all pages, Semaphore(50), patch_with_retry(max_retries=3). */
async function seed(s: Standin): Promise<number> {
  const base = `${s.origin}/api`
  const form = new URLSearchParams({ grant_type: "client_credentials", client_id: KEYS.recordsClientId, client_secret: KEYS.recordsClientSecret })
  const token = ((await (await fetch(`${base}/v2/oauth/token`, { method: "POST", body: form })).json()) as { access_token: string }).access_token
  const auth = { authorization: `Bearer ${token}` }
  const all: { id: string }[] = []
  for (let pageToken: string | undefined, first = true; first || pageToken; first = false) {
    const res = await fetch(`${base}/v1/contacts?pageSize=100${pageToken ? `&pageToken=${pageToken}` : ""}`, { headers: auth })
    // A refused or failed page is fetched again (the seed's listing would stop the job otherwise).
    if (!res.ok) {
      await Bun.sleep(Number(res.headers.get("retry-after") ?? 1) * 1000)
      first = true
      continue
    }
    const body = (await res.json()) as { contacts: { id: string }[]; pageToken?: string }
    all.push(...body.contacts)
    pageToken = body.pageToken
  }
  let failed = 0
  let next = 0
  const worker = async () => {
    while (next < all.length) {
      const contact = all[next++]!
      try {
        for (let attempt = 0; ; attempt++) {
          if (attempt >= 3) throw new Error("Exhausted retries")
          const res = await fetch(`${base}/v1/contacts/${contact.id}`, {
            method: "PATCH",
            headers: { ...auth, "content-type": "application/json", "if-match": "*" },
            body: JSON.stringify({ firstName: null, lastName: null, email: null, phone: null }),
          })
          if (res.status === 429) {
            await Bun.sleep(Number(res.headers.get("retry-after") ?? 2 ** attempt + Math.random()) * 1000)
            continue
          }
          if (!res.ok) throw new Error(String(res.status))
          break
        }
      } catch {
        failed++
      }
    }
  }
  await Promise.all(Array.from({ length: 50 }, worker))
  return failed
}

/** `--cxedge` runs cxedge alone (tracing a change), `--seed` the seed alone; both by default. */
const whoOf = (argv: string[]) => (argv.includes("--cxedge") ? (["cxedge"] as const) : argv.includes("--seed") ? (["seed"] as const) : (["cxedge", "seed"] as const))

const pct = (x: number) => `${(100 * x).toFixed(1)}%`

if (import.meta.main) {
  const usage = "bun bench/rate-models.ts [contacts] [model words...] [--cxedge | --seed]"
  const { values, positionals } = benchArgs(usage, { cxedge: { type: "boolean" }, seed: { type: "boolean" } }, 1 + MODELS.length)
  const contacts = count("contacts", positionals[0], 800, 10, 100_000, usage)
  const only = positionals.slice(1).map((w) => w.toLowerCase())
  const chosen = MODELS.filter((m) => only.length === 0 || only.some((w) => m.name.toLowerCase().includes(w)))
  const unmatched = only.find((w) => !MODELS.some((m) => m.name.toLowerCase().includes(w)))
  if (unmatched !== undefined) refuse(`no model's name holds "${unmatched.slice(0, 20)}" (${MODELS.map((m) => m.name).join("; ")})`, usage)
  if (values.cxedge && values.seed) refuse("--cxedge and --seed each run one side alone: give one, or neither for both", usage)
  console.log(`rate models, ${contacts} contacts, 5% 5xx; load average ${(await Bun.file("/proc/loadavg").text()).split(" ").slice(0, 3).join(" ")}`)
  console.log("| model | who | accepted/s of capacity | 429 share | time to 90% | correct contacts/s | wrong writes | failed |")
  console.log("|---|---|---|---|---|---|---|---|")
  for (const model of chosen) {
    for (const who of whoOf(values.cxedge ? ["--cxedge"] : values.seed ? ["--seed"] : [])) {
      const s = startStandin({ ...model.knobs(), faults: 0.05, contacts })
      const failed = who === "cxedge" ? ((await anonymize(s, 600_000)).code === 0 ? 0 : -1) : await seed(s)
      const r = measure(who, s, model, failed)
      s.stop()
      console.log(`| ${model.name} | ${who} | ${pct(r.ofCapacity)} | ${pct(r.refusedShare)} | ${r.to90 === undefined ? "never" : `${r.to90.toFixed(1)} s`} | ${r.correctPerSec.toFixed(1)} | ${r.wrong} | ${r.failed < 0 ? "exit≠0" : r.failed} |`)
    }
  }
}
