import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { createSandbox, type Sandbox } from "../../sandbox/app.ts"
import { ROOT, runCli, sandboxEnv, serveSandbox } from "../helpers.ts"
import { findLeaks } from "../plugins/anonymize/setup.ts"

// The company's own support line, written into every contact's notes: a scrub rule keeps it on purpose.
const SUPPORT = "020 7946 0000"

describe("cxedge anonymize: a scrub rule's own allow list is honoured end to end", () => {
  let sandbox: Sandbox
  let served: ReturnType<typeof serveSandbox>
  let env: Record<string, string>
  let dir: string
  beforeAll(async () => {
    sandbox = await createSandbox({ contacts: 12, seed: 5 })
    for (const r of sandbox.tenant("acme").data.records.values()) {
      const f = r.fields as { notes: string }
      f.notes = `${f.notes} Told to ring our line ${SUPPORT} if it happens again.`
    }
    served = serveSandbox(sandbox)
    env = sandboxEnv(sandbox, served.origin, { CXEDGE_RPS: "2000", CXEDGE_STORAGE: "" })
    dir = mkdtempSync(join(tmpdir(), "cxedge-scrub-allow-"))
  })
  afterAll(() => served.stop())

  /** matrices/notes.json with the notes rule's params replaced. */
  const matrixWith = (name: string, notesParams: Record<string, unknown>) => {
    const matrix = JSON.parse(readFileSync(`${ROOT}matrices/notes.json`, "utf8"))
    delete matrix.$schema
    matrix.fields.find((f: { path: string }) => f.path === "notes").params = notesParams
    const path = join(dir, `${name}.json`)
    writeFileSync(path, JSON.stringify(matrix))
    return path
  }

  test("without settings.pii.allow, the rule's allow keeps the support line in notes; every other value is scrubbed", async () => {
    const data = sandbox.tenant("acme").data
    const run = await runCli(["anonymize", "--matrix", matrixWith("allow", { mode: "indexed", allow: [SUPPORT] }), "--storage", "fs", "--storage-dir", join(dir, "state"), "--yes"], env, { cwd: dir })
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/succeeded\s+12/)
    expect(run.stdout + run.stderr).not.toContain("E_RESIDUAL_PII")
    for (const [id, record] of data.records) {
      const notes = (record.fields as { notes: string }).notes
      expect(notes).toContain(`Told to ring our line ${SUPPORT} if it happens again.`)
      expect(findLeaks(notes, data.freeTextPii.get(id)!)).toEqual([])
    }
  }, 60_000)
})
