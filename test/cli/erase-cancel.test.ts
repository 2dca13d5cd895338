import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { createSandbox, type Sandbox } from "../../sandbox/app.ts"
import { ROOT, sandboxEnv } from "../helpers.ts"
import { findLeaks, seededValues } from "../plugins/anonymize/setup.ts"

// Ctrl-C or SIGTERM while `erase` resolved the linked identifiers ended the process mute, exit 130 or 143. The README
// says both exit 130: it now says in one line that it was cancelled and nothing was written, and writes nothing.

const KEY = "k1:" + Buffer.from("0123456789abcdef0123456789abcdef").toString("base64")

let sandbox: Sandbox
let server: ReturnType<typeof Bun.serve>
let env: Record<string, string>
let seeded: string[]
/** Lookups (reads of contacts) seen: each is held a while, so a signal lands during the resolution. */
let lookups = 0

const readTree = (root: string): string =>
  existsSync(root) ? readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => readFileSync(join(e.parentPath, e.name), "utf8")).join("\n") : ""

beforeAll(async () => {
  sandbox = await createSandbox({ contacts: 30 })
  seeded = seededValues(sandbox)
  server = Bun.serve({
    hostname: "127.0.0.1",
    port: 0,
    fetch: async (request) => {
      const path = new URL(request.url).pathname
      if (request.method === "GET" && /records|contacts/.test(path)) {
        lookups++
        await Bun.sleep(1500)
      }
      return sandbox.handle(request)
    },
  })
  env = { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", NO_COLOR: "1", ...sandboxEnv(sandbox, `http://127.0.0.1:${server.port}`, { CXEDGE_HMAC_KEYS: KEY, CXEDGE_STORAGE: "fs" }) }
})
afterAll(() => server.stop(true))

async function cancelDuringResolution(signal: "SIGINT" | "SIGTERM") {
  const dir = mkdtempSync(join(tmpdir(), "cxedge-erase-cancel-"))
  const email = (([...sandbox.tenant("acme").data.records.values()][0]!.fields) as { email: string }).email
  const seen = lookups
  const proc = Bun.spawn([process.execPath, `${ROOT}cli/main.ts`, "erase", "--email", email, "--job", "c1", "--yes", "--storage-dir", join(dir, "state")], { cwd: dir, env, stdout: "pipe", stderr: "pipe" })
  const deadline = Date.now() + 20_000
  while (lookups === seen && Date.now() < deadline) await Bun.sleep(20)
  expect(lookups).toBeGreaterThan(seen)
  proc.kill(signal)
  const [code, stdout, stderr] = await Promise.all([proc.exited, new Response(proc.stdout).text(), new Response(proc.stderr).text()])
  return { code, stdout, stderr, state: readTree(join(dir, "state")), dir }
}

describe("erase cancelled while resolving linked identifiers", () => {
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    test(`${signal}: one line says so, exit 130, no job, no erasure, no value`, async () => {
      const before = sandbox.tenant("acme").erasures.length
      const r = await cancelDuringResolution(signal)
      expect(r.code).toBe(130)
      expect(r.stderr).toMatch(/^\[cxedge\] \[erase\] cancelled while resolving linked identifiers: nothing was written$/m)
      expect(r.stderr).not.toMatch(/^\s+at /m)
      expect(r.stdout).toBe("")
      expect(sandbox.tenant("acme").erasures.length).toBe(before)
      expect(existsSync(join(r.dir, "state", "jobs", "c1"))).toBe(false)
      expect(r.state).not.toContain("subject.resolved")
      expect(findLeaks(r.stdout + r.stderr + r.state, seeded)).toEqual([])
    }, 60_000)
  }
})
