import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import type { Started } from "../testing/runtime.ts"
import { ROOT, stopProcess } from "./helpers.ts"
import { sayOnce } from "./redis.ts"

/**
 * True when workerd cannot run on this machine (its binary is missing or
 * fails `--version`): the workerd suites are skipped with one line. With
 * CI=true they are required and fail instead.
 */
export function workerdSkipped(): boolean {
  if (process.env.CI === "true") return false
  const bin = `${ROOT}node_modules/.bin/workerd`
  let why: string | undefined
  try {
    const run = Bun.spawnSync([bin, "--version"], { stdout: "pipe", stderr: "pipe" })
    if (run.exitCode !== 0) why = `workerd --version exited ${run.exitCode}`
  } catch {
    why = "workerd is not installed (npm install)"
  }
  if (!why) return false
  sayOnce("workerd", `skipped: workerd suites (${why})`)
  return true
}

/** Free loopback ports, all bound at once (so no two are the same), then released for wrangler to take. */
export function freePorts(count: number): number[] {
  const probes = Array.from({ length: count }, () => Bun.serve({ hostname: "127.0.0.1", port: 0, fetch: () => new Response() }))
  const ports = probes.map((probe) => probe.port!)
  for (const probe of probes) probe.stop(true)
  return ports
}

/** A free loopback port: bound once, then released for wrangler to take. */
export function freePort(): number {
  return freePorts(1)[0]!
}

/** Kills a process and every process under it, children first (workerd runs some levels below wrangler). */
function killTree(pid: number): void {
  const children = Bun.spawnSync(["ps", "-o", "pid=", "--ppid", String(pid)]).stdout.toString().split("\n").map(Number).filter((n) => n > 0)
  for (const child of children) killTree(child)
  try {
    process.kill(pid, "SIGKILL")
  } catch {}
}

/** workerd through `wrangler dev` (local mode: miniflare, a local KV namespace, no network), on `main` (default server/worker.ts), with `toml` appended (queues, say) and `args` given to wrangler (`--test-scheduled`). */
export async function startWorkerd(env: Record<string, string>, main = `${ROOT}server/worker.ts`, toml = "", args: string[] = []): Promise<Started> {
  // A port released by freePorts can be taken by another process before wrangler binds it: wrangler then says "Address
  // already in use" and exits within about 2 s (CI's one failure at 41adafe: a Queues suite's hook failed after 2.1 s),
  // and the Worker is started again on other ports.
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(env, main, toml, args)
    } catch (error) {
      if (attempt >= 3 || !String(error).includes("Address already in use")) throw error
    }
  }
}

async function startOnce(env: Record<string, string>, main: string, toml: string, args: string[]): Promise<Started> {
  const dir = mkdtempSync(join(tmpdir(), "cxedge-workerd-"))
  const vars = Object.entries({ ...env, CXEDGE_STORAGE: "kv" }).map(([k, v]) => `${k} = ${JSON.stringify(v)}`).join("\n")
  writeFileSync(
    join(dir, "wrangler.toml"),
    `name = "cxedge-test"\nmain = "${main}"\ncompatibility_date = "2026-04-20"\ncompatibility_flags = ["nodejs_compat"]\n[vars]\n${vars}\n[[kv_namespaces]]\nbinding = "CXEDGE_KV"\nid = "test"\n${toml}`,
  )
  const [port, inspectorPort] = freePorts(2)
  const proc = Bun.spawn(["node", `${ROOT}node_modules/wrangler/bin/wrangler.js`, "dev", "--config", join(dir, "wrangler.toml"), "--port", String(port), "--ip", "127.0.0.1", "--inspector-port", String(inspectorPort), "--persist-to", join(dir, "state"), "--log-level", "error", ...args], {
    env: { PATH: process.env.PATH ?? "", HOME: dir, WRANGLER_SEND_METRICS: "false", CI: "true", NO_COLOR: "1" },
    stdout: "pipe",
    stderr: "pipe",
    cwd: dir,
  })
  const origin = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 60_000
  let answer = "no answer"
  for (;;) {
    try {
      const res = await fetch(`${origin}/healthz`, { signal: AbortSignal.timeout(1000) })
      if (res.ok) break
      answer = `${res.status} ${(await res.text()).slice(0, 500)}`
    } catch {}
    if (proc.exitCode !== null || Date.now() > deadline || answer.includes('"error":"configuration"')) {
      // workerd runs as wrangler's children and holds stderr open: kill them first, and read stderr for 2 s at most,
      // or a Worker that never turns healthy (a refused config) hangs the suite's hook and leaks its processes.
      killTree(proc.pid)
      const stderr = await Promise.race([new Response(proc.stderr).text(), Bun.sleep(2000).then(() => "(stderr still open)")])
      throw new Error(`wrangler dev did not start (/healthz: ${answer}): ${stderr.slice(-2000)}`)
    }
    await Bun.sleep(250)
  }
  return {
    origin,
    stop: () => stopProcess(proc),
  }
}

let bundled: Promise<Uint8Array> | undefined

/**
 * The Worker as `wrangler deploy --dry-run` bundles it from wrangler.toml (no
 * upload): built once per test process, for every suite that inspects it.
 */
export function workerBundle(): Promise<Uint8Array> {
  bundled ??= (async () => {
    const out = mkdtempSync(join(tmpdir(), "cxedge-bundle-"))
    const build = Bun.spawnSync(["node", `${ROOT}node_modules/wrangler/bin/wrangler.js`, "deploy", "--dry-run", "--outdir", out, "--config", `${ROOT}wrangler.toml`], {
      env: { PATH: process.env.PATH ?? "", HOME: out, WRANGLER_SEND_METRICS: "false", CI: "true" },
      cwd: ROOT,
      stdout: "pipe",
      stderr: "pipe",
    })
    if (build.exitCode !== 0) throw new Error(`wrangler deploy --dry-run exited ${build.exitCode}: ${build.stderr.toString().slice(-2000)}`)
    return Bun.file(join(out, "worker.js")).bytes()
  })()
  return bundled
}
