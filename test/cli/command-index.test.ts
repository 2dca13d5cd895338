import { expect, test } from "bun:test"
import { readFileSync } from "node:fs"
import { builtinCommands, INDEX_PATH, indexSource } from "../../scripts/command-index.ts"
import { ROOT } from "../helpers.ts"

// `cxedge --help` lists the built-in commands from cli/command-index.ts instead of loading them:
// a command added, renamed or re-described without regenerating the index would be missing or wrong there.
test("cli/command-index.ts lists every built-in command, in order, with its current description", async () => {
  const current = indexSource(await builtinCommands())
  expect(readFileSync(INDEX_PATH, "utf8"), "cli/command-index.ts is stale: run `bun scripts/command-index.ts`").toBe(current)
})

test("the root's help from the index is the help the loaded commands give", async () => {
  const run = (env: Record<string, string>) => {
    const proc = Bun.spawnSync([process.execPath, `${ROOT}cli/main.ts`, "--help"], { cwd: ROOT, env: { PATH: process.env.PATH ?? "", HOME: "/tmp", ...env } })
    return { code: proc.exitCode, stdout: proc.stdout.toString() }
  }
  const fromIndex = run({})
  // CXEDGE_PLUGINS makes the root load its command table (a config may add commands): the same built-ins, loaded.
  const loaded = run({ CXEDGE_PLUGINS: "tenant,anonymize,transcript,skill-activity,scripts,consent-webhook,audit-kv" })
  expect(fromIndex.code).toBe(0)
  expect(fromIndex.stdout).toContain("USAGE cxedge sandbox|plugins|serve|build|worker|tenant|anonymize")
  expect(fromIndex.stdout).toBe(loaded.stdout)
})
