// bench/rate.ts refuses a slip in its own flags before any run: a misspelt flag would otherwise run the full bench for
// minutes, and two benches named at once would run one of them without a word.
import { expect, test } from "bun:test"
import { join } from "node:path"

const BENCH = join(import.meta.dirname, "../../bench/rate.ts")
const run = (...args: string[]) => {
  const r = Bun.spawnSync([process.execPath, BENCH, ...args], { stdout: "pipe", stderr: "pipe", timeout: 20_000 })
  return { code: r.exitCode, out: r.stdout.toString(), err: r.stderr.toString() }
}

test("an unknown flag, two benches at once, or --limit with --deep: exit 2, the flag named, no stack, nothing run", () => {
  for (const [args, said] of [
    [["--deeep"], 'unknown argument "--deeep"'],
    [["--window", "--deep"], "--window and --deep are two benches"],
    [["--deep", "--limit", "20"], "--limit chooses the limits of the main bench"],
    [["--limit", "7"], '--limit "7" is not allowed'],
  ] as const) {
    const r = run(...args)
    expect(r.code).toBe(2)
    expect(r.err).toContain(said)
    expect(r.err).not.toContain("    at ")
    expect(r.out).toBe("")
  }
})
