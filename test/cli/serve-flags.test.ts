// `cxedge serve` had no --config and no --storage-dir, which every command that opens a runtime takes: a server
// could be pointed at a config file or a storage directory only through CXEDGE_CONFIG and CXEDGE_STORAGE_DIR, and
// `serve --storage-dir x` was refused as a flag of other commands. It now takes both, with their meaning (over the
// environment) and their refusals, given before anything listens.
import { describe, expect, test } from "bun:test"
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { ROOT, runCli } from "../helpers.ts"

const work = mkdtempSync(join(tmpdir(), "cxedge-serve-flags-"))
const base = { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", NO_COLOR: "1" }

/** Starts `cxedge serve --port 0 ...`, asks /readyz (which stores the sandbox's token and a lock), stops it; answers the status. */
async function served(args: string[], env: Record<string, string> = {}): Promise<number | undefined> {
  const proc = Bun.spawn([process.execPath, `${ROOT}cli/main.ts`, "serve", "--port", "0", ...args], { cwd: work, env: { ...base, ...env }, stdout: "pipe", stderr: "pipe" })
  try {
    const reader = proc.stdout.getReader()
    let text = ""
    while (!/listening on http:\/\/[\d.]+:\d+/.test(text)) {
      const chunk = await reader.read()
      if (chunk.done) return undefined
      text += new TextDecoder().decode(chunk.value)
    }
    const origin = /listening on (http:\/\/[\d.]+:\d+)/.exec(text)![1]
    return (await fetch(`${origin}/readyz`)).status
  } finally {
    proc.kill("SIGTERM")
    await proc.exited
  }
}

/** A refusal: exit 2, one `[cxedge]` line on stderr, never a listening line. */
async function refused(args: string[], env: Record<string, string> = {}) {
  const r = await runCli(["serve", "--port", "0", ...args], env, { cwd: work, timeoutMs: 30_000 })
  expect(r.stdout).not.toContain("listening")
  expect(r.code).toBe(2)
  expect(r.stderr.trim().split("\n")).toHaveLength(1)
  return r.stderr.trim()
}

describe("cxedge serve --storage-dir and --config", () => {
  test("--storage-dir is the store the server uses, over CXEDGE_STORAGE_DIR", async () => {
    mkdirSync(join(work, "flag-st"))
    expect(await served(["--storage-dir", "flag-st"], { CXEDGE_STORAGE_DIR: join(work, "env-st") })).toBe(200)
    expect(readdirSync(join(work, "flag-st")).length).toBeGreaterThan(0)
    expect(existsSync(join(work, "env-st"))).toBe(false)
  }, 30_000)

  test("--config is the config file the server reads, over CXEDGE_CONFIG", async () => {
    mkdirSync(join(work, "config-st"))
    writeFileSync(join(work, "serve.config.json"), JSON.stringify({ storage: { driver: "fs", dir: "config-st" } }))
    expect(await served(["--config", "serve.config.json"], { CXEDGE_CONFIG: join(work, "absent.json") })).toBe(200)
    expect(readdirSync(join(work, "config-st")).length).toBeGreaterThan(0)
  }, 30_000)

  test.each([
    [["--config", "nope.json"], "[cxedge] [config] config file nope.json does not exist: check --config"],
    [["--storage-dir", "no-such-dir"], "[cxedge] [storage] --storage-dir names no-such-dir, which does not exist: a server started there would see none of the jobs, holds and outbox stored elsewhere; check the path, or create the directory first (mkdir) to start a new store"],
    [["--storage-dir", "no-such-dir", "--runtime", "node"], "[cxedge] [storage] --storage-dir names no-such-dir, which does not exist"],
    [["--storage-dir=~/st"], '[cxedge] --storage-dir "~/st" starts with ~, which is not expanded by the shell'],
    [["--config", "~/c.json"], '[cxedge] --config "~/c.json" starts with ~, which is not expanded by the shell'],
    [["--storage-dri", "x"], "[cxedge] unknown flag --storage-dri (did you mean --storage-dir?)"],
    [["--confg", "c.json"], "[cxedge] unknown flag --confg (did you mean --config?)"],
  ])("%j is refused before anything listens", async (args, says) => {
    expect(await refused(args)).toStartWith(says)
    expect(existsSync(join(work, "no-such-dir"))).toBe(false)
  }, 30_000)
})
