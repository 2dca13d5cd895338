// The single binary (`bun scripts/build-binary.ts`), built once and run from a directory outside the
// repository with a bare environment: what a user who downloaded only that file gets.
import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { buildBinary } from "../../scripts/build-binary.ts"
import { startListening } from "../../testing/runtime.ts"

let dir: string
let binary: string
let home: string

/** No CXEDGE_* variable from the developer's shell: an unconfigured machine, so the embedded sandbox. */
const bareEnv = () => ({ PATH: "/usr/bin:/bin", HOME: home, NO_COLOR: "1" })

async function runBinary(args: string[], timeoutMs = 20_000) {
  const proc = Bun.spawn([binary, ...args], { cwd: home, env: bareEnv(), stdout: "pipe", stderr: "pipe" })
  const timer = setTimeout(() => proc.kill("SIGKILL"), timeoutMs)
  const [stdout, stderr, code] = await Promise.all([new Response(proc.stdout).text(), new Response(proc.stderr).text(), proc.exited])
  clearTimeout(timer)
  return { code, stdout, stderr }
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "cxedge-binary-"))
  home = mkdtempSync(join(tmpdir(), "cxedge-binary-cwd-"))
  binary = buildBinary(join(dir, "cxedge")).path
}, 60_000)
afterAll(() => {
  for (const d of [dir, home]) if (d) rmSync(d, { recursive: true, force: true })
})

describe("the compiled binary", () => {
  test("--help lists every command, and exits 0", async () => {
    const r = await runBinary(["--help"])
    expect(r.code).toBe(0)
    for (const command of ["sandbox", "plugins", "serve", "tenant", "anonymize", "jobs", "matrix", "decrypt", "transcript", "skills", "scripts", "webhooks", "audit"]) {
      expect(r.stdout).toMatch(new RegExp(`^  ${command}\\s`, "m"))
    }
  })

  test("anonymize --matrix gdpr on the embedded sandbox writes the anonymized contacts", async () => {
    const r = await runBinary(["anonymize", "--matrix", "gdpr", "--target", "export", "--out", "contacts.jsonl"])
    expect(r.stderr).toContain("embedded sandbox")
    expect(r.code).toBe(0)
    const lines = readFileSync(join(home, "contacts.jsonl"), "utf8").trim().split("\n").map((line) => JSON.parse(line))
    // The sandbox's 250 contacts, with gdpr's name and address fields gone.
    expect(lines.length).toBe(250)
    for (const contact of lines) expect([contact.id !== undefined, contact.firstName, contact.email]).toEqual([true, null, null])
  })

  test("serve answers /healthz and /openapi.json, and SIGTERM stops it with exit 0", async () => {
    const server = await startListening([binary, "serve", "--port", "0"], bareEnv(), home)
    try {
      const health = await fetch(`${server.origin}/healthz`)
      expect(health.status).toBe(200)
      expect((await health.json()).status).toBe("ok")
      // The OpenAPI document is generated at run time from the routes' validators: it must survive bundling too.
      expect((await (await fetch(`${server.origin}/openapi.json`)).json()).openapi).toBe("3.1.0")
    } finally {
      expect(await server.stop()).toBe(0)
    }
  }, 40_000)

  test("serve --runtime node is refused: the binary carries Bun, not Node", async () => {
    const r = await runBinary(["serve", "--runtime", "node", "--port", "0"])
    expect(r.code).toBe(2)
    expect(r.stderr.trim()).toBe(
      "[cxedge] [serve] --runtime node needs Node, and this cxedge has Bun built in: drop --runtime (it serves on the built-in Bun), or install the npm package and run it with node",
    )
  })
})
