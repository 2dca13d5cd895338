/**
 * `scripts start` against a configured tenant started a Studio script with no confirmation (exit 0), and `--yes` was
 * refused as an unknown flag: a start may call a customer back, and the same line twice starts two. It now asks as
 * `transcript send` does: off a terminal it needs --yes and is refused without it (exit 2) before any call; with --yes
 * it starts one; the embedded sandbox needs no --yes.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { createSandbox, type Sandbox } from "../../sandbox/app.ts"
import { runCli, sandboxEnv, serveSandbox } from "../helpers.ts"
import { refusalRound, type RefusalRow } from "./refusal-harness.ts"

const start = ["scripts", "start", "--skill", "4101", "--script-path", "Company\\Callback", "--param", "+15550100"]

const rows: RefusalRow[] = [
  {
    name: "scripts start on a configured tenant without --yes (no terminal)",
    tenant: true,
    args: start,
    says: /^\[cxedge\] \[scripts\] refusing to start a script on a real tenant without confirmation: re-run with --yes$/,
    after: (_, printed) => {
      if (printed.output.includes("15550100")) throw new Error("a parameter's value was shown")
    },
  },
]

refusalRound("scripts start asks first", "cxedge-scripts-yes-", rows)

describe("scripts start with --yes, and on the embedded sandbox", () => {
  let sandbox: Sandbox
  let served: ReturnType<typeof serveSandbox>
  let cwd: string
  beforeAll(async () => {
    sandbox = await createSandbox({ contacts: 4 })
    served = serveSandbox(sandbox)
    cwd = mkdtempSync(join(tmpdir(), "cxedge-scripts-yes-"))
  })
  afterAll(() => {
    served?.stop()
    rmSync(cwd, { recursive: true, force: true })
  })

  test("--yes on a configured tenant starts the script once and prints its contactId", async () => {
    const r = await runCli([...start, "--yes"], { ...sandboxEnv(sandbox, served.origin), CXEDGE_STORAGE: "memory" }, { cwd, timeoutMs: 30_000 })
    expect(r.stderr).not.toContain("Unknown")
    expect(r.code).toBe(0)
    expect(r.stdout.trim()).toMatch(/^\d+$/)
    expect(sandbox.tenant("acme").scriptStarts).toHaveLength(1)
  })

  test("the embedded sandbox starts without --yes", async () => {
    const r = await runCli(["scripts", "start", "--sandbox", "--skill", "4101", "--script-id", "9876", "--storage", "memory"], {}, { cwd, timeoutMs: 30_000 })
    expect(r.stderr).not.toContain("refusing")
    expect(r.code).toBe(0)
    expect(r.stdout.trim()).toMatch(/^\d+$/)
  })
})
