import { expect, test } from "bun:test"
import { ROOT, runCli } from "../helpers.ts"
import { jsonLogger, logLevelOf } from "../../server/log.ts"

/** The Bun server entry with only these variables: it must refuse before listening. */
async function startServer(env: Record<string, string>) {
  const proc = Bun.spawn([process.execPath, `${ROOT}server/bun.ts`], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", CXEDGE_PORT: "0", ...env },
    stdout: "pipe",
    stderr: "pipe",
  })
  const timer = setTimeout(() => proc.kill(), 15_000)
  const [stdout, stderr, code] = await Promise.all([new Response(proc.stdout).text(), new Response(proc.stderr).text(), proc.exited])
  clearTimeout(timer)
  return { code, stdout, stderr }
}

test.each(["debg", "4", "constructor"])("server: CXEDGE_LOG_LEVEL=%s is refused in one line, exit 2, before listening", async (level) => {
  const r = await startServer({ CXEDGE_LOG_LEVEL: level })
  expect(r.code).toBe(2)
  expect(r.stdout).not.toContain("listening")
  expect(r.stderr.trim().split("\n")).toHaveLength(1)
  expect(r.stderr).toContain("CXEDGE_LOG_LEVEL")
  expect(r.stderr).toContain("use debug, info, warn or error")
  expect(r.stderr).not.toMatch(/^\s+at /m)
}, 20_000)

test("server: a known level keeps errors visible; every level name works", () => {
  const lines: string[] = []
  for (const level of ["debug", "info", "warn", "error"]) jsonLogger(logLevelOf({ CXEDGE_LOG_LEVEL: level }), (l) => lines.push(l)).error("boom")
  expect(lines).toHaveLength(4)
  expect(logLevelOf({})).toBe("info")
})

test("CLI: CXEDGE_LOG_LEVEL=constructor (a prototype key) is refused, exit 2", async () => {
  const r = await runCli(["jobs"], { CXEDGE_LOG_LEVEL: "constructor" })
  expect(r.code).toBe(2)
  expect(r.stderr).toContain('CXEDGE_LOG_LEVEL "constructor" is not allowed')
}, 20_000)
