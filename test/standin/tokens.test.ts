import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { startStandin, type Standin, cxedgeEnv } from "./standin.ts"

/**
 * Tokens against the stand-in: every token it issued is revoked after 40 API calls (a 401 well before
 * `expires_in`, cxone-api.md §8.3), and tokens live 6 s, so a watch renews with the refresh_token grant (§1.2).
 */
const ROOT = new URL("../..", import.meta.url).pathname
const work = mkdtempSync(join(tmpdir(), "cxedge-tokens-"))
let standin: Standin
let env: Record<string, string>

async function cli(args: string[]) {
  const proc = Bun.spawn([process.execPath, `${ROOT}cli/main.ts`, ...args, "--storage", "memory"], { cwd: work, env: { PATH: process.env.PATH ?? "", HOME: work, NO_COLOR: "1", ...env }, stdout: "pipe", stderr: "pipe" })
  const timer = setTimeout(() => proc.kill(), 90_000)
  const [stdout, stderr, code] = await Promise.all([new Response(proc.stdout).text(), new Response(proc.stderr).text(), proc.exited])
  clearTimeout(timer)
  return { code, stdout, stderr }
}

beforeAll(async () => {
  standin = await startStandin({ revokeAfterCalls: 40, tokenLifetimeSec: 6 })
  env = cxedgeEnv(standin)
})
afterAll(async () => {
  await standin.close()
})

describe("a token revoked mid-job, and short-lived tokens", () => {
  test("the erasure renews the revoked token and goes on: every contact erased once, no subject sent twice", async () => {
    const r = await cli(["anonymize", "--matrix", "gdpr", "--target", "erasure", "--source", "cxone", "--since", "30d", "--yes", "--json"])
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toMatchObject({ processed: 30, succeeded: 30, failed: 0 })
    expect(standin.log.some((l) => l.status === 401)).toBe(true)
    const s = standin.state
    expect(s.erasures).toHaveLength(30)
    expect([...s.writes.values()].every((n) => n === 1)).toBe(true)
    expect(s.messages.every((m) => m.contentRemoved === 1 && m.authorRemoved === 1)).toBe(true)
    // Renewed (with the refresh token while it is valid), not given up.
    expect(s.auth.grants.length).toBeGreaterThanOrEqual(2)
  }, 90_000)

  test("skills activity --watch past a token's lifetime renews it with the refresh_token grant", async () => {
    const before = standin.state.auth.grants.length
    const r = await cli(["skills", "activity", "--watch", "--count", "4", "--interval", "3s"])
    expect(r.code).toBe(0)
    expect(standin.state.auth.grants.slice(before).map((g) => g.grant)).toContain("refresh_token")
    expect(standin.state.auth.grants.every((g) => g.clientAuth === "basic")).toBe(true)
  }, 90_000)
})
