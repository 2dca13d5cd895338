// Requests/s and p99 of the signed-webhook route (POST /webhooks/consent, a
// verified Standard Webhooks request) against a bare Hono hello route, on
// Bun, Node and workerd, in the same run. The load comes from this process
// over loopback (keep-alive), for a fixed time, with fixed concurrency.
import { benchArgs, count, refuse } from "./args.ts"
import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { createSandbox } from "../sandbox/app.ts"
import { CONSENT, serverEnv, signed, startListening, type Started } from "../testing/runtime.ts"
import { serveSandbox } from "../test/helpers.ts"
import { freePort, startWorkerd } from "../test/workerd.ts"

const ROOT = new URL("..", import.meta.url).pathname

export interface LoadResult {
  rps: number
  p50: number
  p99: number
  errors: number
}

async function load(url: string, init: () => RequestInit, seconds: number, concurrency: number): Promise<LoadResult> {
  const latencies: number[] = []
  let errors = 0
  const until = performance.now() + seconds * 1000
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < until) {
        const t = performance.now()
        try {
          const res = await fetch(url, init())
          await res.arrayBuffer()
          if (res.status >= 300) errors++
        } catch {
          errors++
        }
        latencies.push(performance.now() - t)
      }
    }),
  )
  latencies.sort((a, b) => a - b)
  const at = (p: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]! * 100) / 100
  return { rps: latencies.length / seconds, p50: at(50), p99: at(99), errors }
}

async function bundle(entry: string): Promise<string> {
  const out = join(mkdtempSync(join(tmpdir(), "cxedge-bench-")), "server.mjs")
  const build = Bun.spawnSync([process.execPath, "build", entry, "--target=node", "--outfile", out], { stdout: "pipe", stderr: "pipe" })
  if (build.exitCode !== 0) throw new Error(String(build.stderr))
  return out
}

export interface RuntimeBench {
  runtime: string
  hello: LoadResult
  webhook: LoadResult
}

export async function benchServers(seconds = 5, concurrency = 16, only?: string): Promise<RuntimeBench[]> {
  const sandbox = await createSandbox({ contacts: 10 })
  const tenant = serveSandbox(sandbox)
  const env = serverEnv(sandbox, tenant.origin)
  const body = JSON.stringify({ type: "erasure.requested", data: { subject: "bench.subject@example.com" } })
  const headers = signed(CONSENT, body, "msg_bench_0001")
  const webhookInit = (): RequestInit => ({ method: "POST", headers, body })
  const results: RuntimeBench[] = []
  const runtimes: [string, () => Promise<Started>, () => Promise<Started>][] = [
    ["bun", () => startListening([process.execPath, `${ROOT}bench/hello/bun.ts`], { CXEDGE_PORT: "0" }), () => startListening([process.execPath, `${ROOT}server/bun.ts`], { ...env, CXEDGE_PORT: "0" })],
    ["node", async () => startListening(["node", await bundle(`${ROOT}bench/hello/node.ts`)], { CXEDGE_PORT: "0" }), async () => startListening(["node", await bundle(`${ROOT}server/node.ts`)], { ...env, CXEDGE_PORT: "0" })],
    ["workerd (wrangler dev)", () => startWorkerdHello(), () => startWorkerd(env)],
  ]
  try {
    for (const [runtime, startHello, startServer] of runtimes.filter(([r]) => !only || r.startsWith(only))) {
      const h = await startHello()
      const helloResult = await load(`${h.origin}/hello`, () => ({}), seconds, concurrency)
      await h.stop()
      const s = await startServer()
      await fetch(`${s.origin}/webhooks/consent`, webhookInit()) // the first request queues the job; the rest are answered after verification
      const webhookResult = await load(`${s.origin}/webhooks/consent`, webhookInit, seconds, concurrency)
      await s.stop()
      results.push({ runtime, hello: helloResult, webhook: webhookResult })
    }
  } finally {
    tenant.stop()
  }
  return results
}

/** The hello app under wrangler dev, like the cxedge Worker. */
async function startWorkerdHello(): Promise<Started> {
  const { writeFileSync } = await import("node:fs")
  const dir = mkdtempSync(join(tmpdir(), "cxedge-hello-"))
  writeFileSync(join(dir, "wrangler.toml"), `name = "hello"\nmain = "${ROOT}bench/hello/worker.ts"\ncompatibility_date = "2026-04-20"\n`)
  const port = freePort()
  const proc = Bun.spawn(["node", `${ROOT}node_modules/wrangler/bin/wrangler.js`, "dev", "--config", join(dir, "wrangler.toml"), "--port", String(port), "--ip", "127.0.0.1", "--log-level", "error"], {
    env: { PATH: process.env.PATH ?? "", HOME: dir, WRANGLER_SEND_METRICS: "false", CI: "true" }, stdout: "ignore", stderr: "ignore", cwd: dir,
  })
  const origin = `http://127.0.0.1:${port}`
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${origin}/hello`)).ok) break
    } catch {}
    await Bun.sleep(250)
  }
  return { origin, stop: async () => void proc.kill() }
}

if (import.meta.main) {
  const usage = "bun bench/servers.ts [seconds] [bun|node|workerd]"
  const [seconds, only] = benchArgs(usage, {}, 2).positionals
  if (only !== undefined && !["bun", "node", "workerd"].includes(only)) refuse(`runtime "${only.slice(0, 20)}" is not one of bun, node, workerd`, usage)
  console.log(JSON.stringify(await benchServers(count("seconds", seconds, 3, 1, 600, usage), 16, only), null, 2))
}
