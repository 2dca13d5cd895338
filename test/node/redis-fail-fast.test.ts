import { afterAll, expect, test } from "bun:test"
import { createServer } from "node:net"
import { freePort } from "../workerd.ts"
import { runCli } from "../helpers.ts"

// A peer that accepts the connection and never answers: the slowest way to be unreachable.
const silent = createServer(() => {}).listen(0, "127.0.0.1")
afterAll(() => silent.close())
const silentPort = () => (silent.address() as { port: number }).port

/**
 * An unreachable redis: one line naming the URL without its password, exit 1 (the operation failed, like an
 * unreachable tenant). A silent port fails on the connect timeout (2.5 s, node/storage-checks.ts) instead of
 * hanging: a CLI that waited for ever would be killed at runCli's 15 s and exit with no code, not 1. (No
 * wall-clock bound here: on a loaded machine the CLI's own start varies; speed is measured in bench/.)
 */
test.each([
  ["a closed port, with a password", () => `redis://:hunter2@127.0.0.1:${freePort()}`, /cannot reach redis at redis:\/\/:\*\*\*@127\.0\.0\.1:\d+ \(ECONNREFUSED\)/],
  ["a port that accepts and never answers", () => `redis://:hunter2@127.0.0.1:${silentPort()}`, /cannot reach redis at redis:\/\/:\*\*\*@127\.0\.0\.1:\d+ \(ETIMEDOUT\)/],
  ["a user and a password, an unknown host", () => "redis://ops:hunter2@nohost.invalid:6379/0", /cannot reach redis at redis:\/\/ops:\*\*\*@nohost\.invalid:6379\/0 \(ENOTFOUND|EAI_AGAIN/],
])("%s", async (_, url, expected) => {
  const r = await runCli(["jobs"], { CXEDGE_STORAGE: "redis", CXEDGE_REDIS_URL: url() }, { timeoutMs: 15_000 })
  expect(r.code).toBe(1)
  const lines = r.stderr.trim().split("\n").filter((l) => !l.includes("no tenant configured"))
  expect(lines).toHaveLength(1)
  expect(lines[0]).toMatch(expected)
  expect(lines[0]).toContain("start redis or fix CXEDGE_REDIS_URL")
  expect(r.stderr + r.stdout).not.toContain("hunter2")
  expect(r.stderr).not.toMatch(/Unhandled error event|^\s+at /m)
}, 20_000)

test("a password given as a query parameter (ioredis reads ?password=) is hidden too", async () => {
  const r = await runCli(["jobs"], { CXEDGE_STORAGE: "redis", CXEDGE_REDIS_URL: `redis://127.0.0.1:${freePort()}/0?password=hunter2&db=0` }, { timeoutMs: 15_000 })
  expect(r.code).toBe(1)
  expect(r.stderr).toMatch(/cannot reach redis at redis:\/\/127\.0\.0\.1:\d+\/0\?password=\*\*\*&db=0 \(ECONNREFUSED\)/)
  expect(r.stderr + r.stdout).not.toContain("hunter2")
}, 20_000)
