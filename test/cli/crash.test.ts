import { describe, expect, test } from "bun:test"
import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { createKeyRing, seededRandom } from "../../core/index.ts"
import { compileMatrix, readMatrix } from "../../plugins/anonymize/matrix/index.ts"
import { builtinTransforms } from "../../plugins/anonymize/transforms/index.ts"
import { createSandbox, type Sandbox } from "../../sandbox/app.ts"
import { ROOT, runCli, sandboxEnv } from "../helpers.ts"

const KEY = "k1:" + Buffer.from("0123456789abcdef0123456789abcdef").toString("base64")
const CONTACTS = 400
const KILLS = 5

const pseudonymMatrix = {
  name: "kill-test",
  fields: [
    { path: "firstName", transform: "nullify" },
    { path: "email", transform: "hmac", normalize: "email" },
    { path: "phone", transform: "hmac", normalize: "e164" },
    { path: "notes", transform: "redact" },
    { path: "customFields[*].value", transform: "hmac", when: { field: "name", equals: "accountNumber" } },
  ],
}

/** A short cool-down and quick retries, so a 5xx burst opens the breaker and the job pauses rather than stalls for 10 s. */
const config = { breaker: { minCalls: 10, failureRatio: 0.5, cooldownMs: 200, windowMs: 2_000 }, retry: { baseDelayMs: 20 } }

interface Scenario {
  seed: number
  /**
   * 22 writes in a row answered 503 in each 200 (counted across runs): with 8 in flight the breaker opens
   * long before any contact's retries are spent, the job pauses, then goes on.
   */
  bursts: boolean
  /** Every n-th contact's PATCH is refused until the last kill (0: none): a full run ends finished_with_failures. */
  failEvery: number
}

/** The sandbox on a loopback port, with the scenario's faults in front of it. */
function serve(sandbox: Sandbox, faults: { bursts: boolean; failing: Set<string>; served503: number }) {
  let calls = 0
  const server = Bun.serve({
    hostname: "127.0.0.1",
    port: 0,
    fetch(request) {
      const path = new URL(request.url).pathname
      if (path.startsWith("/api/v1/contacts")) {
        const n = request.method === "PATCH" ? calls++ % 200 : -1
        if (faults.bursts && n >= 60 && n < 82 && ++faults.served503) return Response.json({ error: "service_unavailable" }, { status: 503 })
        const id = path.split("/")[4]
        if (request.method === "PATCH" && id && faults.failing.has(id)) return Response.json({ error: "invalid_request" }, { status: 400 })
      }
      return sandbox.handle(request)
    },
  })
  return { origin: `http://127.0.0.1:${server.port}`, stop: () => server.stop(true) }
}

/** A CLI run's JSON output; its stderr in the failure when there is none. */
function json(r: { code: number; stdout: string; stderr: string }) {
  try {
    return JSON.parse(r.stdout)
  } catch {
    throw new Error(`exit ${r.code}, no JSON on stdout; stderr: ${r.stderr.slice(-2000)}`)
  }
}

const totalWrites = (sandbox: Sandbox) => [...sandbox.tenant("acme").data.records.values()].reduce((n, r) => n + r.writes, 0)

/**
 * Starts the job (or resumes it), waits until it has written `target` more
 * contacts, and kills it with SIGKILL: the kill always lands mid-run, after
 * writes began, however slow the machine. A run that ended first throws, with its stderr.
 */
async function killAfterWrites(sandbox: Sandbox, argv: string[], env: Record<string, string>, cwd: string, target: number): Promise<void> {
  const before = totalWrites(sandbox)
  const proc = Bun.spawn([process.execPath, `${ROOT}cli/main.ts`, ...argv], {
    cwd, env: { PATH: process.env.PATH ?? "", NO_COLOR: "1", ...env }, stdout: "ignore", stderr: "pipe",
  })
  const deadline = Date.now() + 20_000
  while (proc.exitCode === null && totalWrites(sandbox) - before < target && Date.now() < deadline) await Bun.sleep(2)
  const killed = proc.exitCode === null
  proc.kill("SIGKILL")
  await proc.exited
  const stderr = await new Response(proc.stderr).text()
  if (!killed) throw new Error(`the run ended (exit ${proc.exitCode}) before ${target} writes: ${stderr.slice(-2000)}`)
}

describe("anonymize: killed at 20 points, with breaker openings and failed contacts, then resumed", () => {
  const scenarios: Scenario[] = [
    { seed: 11, bursts: false, failEvery: 0 },
    { seed: 23, bursts: true, failEvery: 0 },
    { seed: 37, bursts: false, failEvery: 9 },
    { seed: 41, bursts: true, failEvery: 13 },
  ]
  test.each(scenarios)("seed $seed (bursts $bursts, failEvery $failEvery): every contact written exactly once", async ({ seed, bursts, failEvery }) => {
    const sandbox = await createSandbox({ contacts: CONTACTS, seed, faults: { latencyMs: [3, 8] } })
    const ids = [...sandbox.tenant("acme").data.records.keys()]
    const faults = { bursts, served503: 0, failing: new Set(failEvery ? ids.filter((_, i) => i % failEvery === 0) : []) }
    const served = serve(sandbox, faults)
    const dir = mkdtempSync(join(tmpdir(), "cxedge-kill-"))
    writeFileSync(join(dir, "matrix.json"), JSON.stringify(pseudonymMatrix))
    writeFileSync(join(dir, "cxedge.config.json"), JSON.stringify(config))
    const originals = new Map([...sandbox.tenant("acme").data.records.values()].map((r) => [r.id, structuredClone(r.fields)]))
    const jobId = `kill-${seed}`
    const state = ["--storage", "fs", "--storage-dir", join(dir, "state"), "--config", join(dir, "cxedge.config.json")]
    // --job with the same matrix starts the job, or resumes it once it exists.
    const run = ["anonymize", "--matrix", join(dir, "matrix.json"), "--job", jobId, ...state, "--concurrency", "8", "--yes"]
    const env = sandboxEnv(sandbox, served.origin, { CXEDGE_HMAC_KEYS: KEY, CXEDGE_RPS: "2000", CXEDGE_STORAGE: "" })
    const random = seededRandom(seed)
    try {
      for (let i = 0; i < KILLS; i++) {
        if (failEvery && i === KILLS - 1) {
          // One full run: the refused contacts leave the job finished_with_failures, and --resume retries them.
          const full = await runCli([...run, "--json"], env, { cwd: dir })
          expect(full.code).toBe(1)
          expect(json(full).failed).toBeGreaterThan(0)
          const listed = json(await runCli(["jobs", ...state, "--json"], env, { cwd: dir }))
          expect(listed.find((j: { id: string }) => j.id === jobId)).toMatchObject({ state: "finished_with_failures", totals: { failed: faults.failing.size } })
          faults.failing.clear()
          // This kill lands while the resume retries the failed contacts.
          await killAfterWrites(sandbox, ["anonymize", "--resume", jobId, ...state, "--yes"], env, dir, 1 + Math.floor(random() * 12))
          continue
        }
        await killAfterWrites(sandbox, run, env, dir, 1 + Math.floor(random() * 60))
      }
      // A whole burst was served: 22 failures in a row open the breaker (half of the last 40 calls).
      if (bursts) expect(faults.served503).toBeGreaterThanOrEqual(22)
      const written = totalWrites(sandbox)
      expect(written).toBeGreaterThan(0)
      expect(written).toBeLessThan(CONTACTS)

      faults.bursts = false
      const final = await runCli(["anonymize", "--resume", jobId, ...state, "--json", "--yes"], env, { cwd: dir })
      expect(final.stderr).not.toMatch(/^\s+at /m)
      expect(final.code).toBe(0)
      expect(json(final)).toMatchObject({ failed: 0 })
      const listed = json(await runCli(["jobs", ...state, "--json"], env, { cwd: dir }))
      expect(listed.find((j: { id: string }) => j.id === jobId)).toMatchObject({ state: "finished", totals: { failed: 0, succeeded: CONTACTS } })

      const compiled = compileMatrix(readMatrix(pseudonymMatrix).matrix!, { transforms: new Map(builtinTransforms.map((t) => [t.name, t])), keys: createKeyRing({ k1: KEY.slice(3) }, "k1") })
      for (const r of sandbox.tenant("acme").data.records.values()) {
        expect(r.writes).toBe(1)
        expect(r.version).toBe(2)
        const expected = (await compiled.plan(originals.get(r.id)!)).output
        // exactly one application: the token of the original value, not a token of a token
        expect(r.fields.email).toBe(expected.email)
        expect(r.fields.phone).toBe(expected.phone)
        expect(r.fields.customFields).toEqual(expected.customFields)
        expect(r.fields.firstName).toBeUndefined()
      }
    } finally {
      served.stop()
    }
  }, 60_000)
})
