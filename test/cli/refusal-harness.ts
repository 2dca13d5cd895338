/**
 * The runner the bad-input rounds (23, 24, 25, ...) share. Each row runs the
 * CLI in a fresh working directory with fs storage there, against the
 * embedded sandbox or (tenant: true) a sandbox tenant served on a loopback
 * port and configured like a real one; it must exit with its code, print
 * one `[cxedge]` line matching its pattern (exit 2), no stack trace, no
 * valibot default message, and leave nothing: no file in the working
 * directory and no change at the tenant. A row rejected by line (exit 1)
 * is a warning with the job's other records done: its pattern is matched
 * against the whole output.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { createSandbox, type Sandbox } from "../../sandbox/app.ts"
import { runCli, sandboxEnv, serveSandbox } from "../helpers.ts"
import { snapshot } from "./corpus.ts"

/** What a row's run printed: standard output alone, and both streams together. */
export interface Printed {
  stdout: string
  output: string
}

export interface RefusalRow {
  name: string
  args: string[]
  env?: Record<string, string>
  /** Run against the served sandbox tenant (configured), not the embedded one. */
  tenant?: boolean
  /** Files the row needs, written into its working directory first (name -> content; a name ending in / is a directory). */
  files?: Record<string, string>
  /** Bytes appended to one of `files` (text that is not UTF-8). */
  bytes?: Record<string, Uint8Array>
  /** Default 2. */
  code?: number
  says: RegExp
  /** Checks on the working directory and on what was printed, after the run (the row's own files are there). */
  after?: (cwd: string, printed: Printed) => void
}

export const json = (value: unknown) => JSON.stringify(value)

// Every working directory a row or a test makes, removed when the file is done.
const temps: string[] = []
/** A temporary directory removed after the round's file has run. */
export function tempDir(prefix = "cxedge-refusal-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  temps.push(dir)
  return dir
}

interface Outcome extends Printed {
  code: number
  left: string[]
  changed: boolean
  cwd: string
}

async function runRow(row: RefusalRow, prefix: string, sandbox: Sandbox, origin: string): Promise<Outcome> {
  const cwd = tempDir(prefix)
  for (const [name, text] of Object.entries(row.files ?? {})) {
    if (name.endsWith("/")) {
      mkdirSync(join(cwd, name), { recursive: true })
      continue
    }
    mkdirSync(join(cwd, name, ".."), { recursive: true })
    writeFileSync(join(cwd, name), text)
  }
  for (const [name, bytes] of Object.entries(row.bytes ?? {})) appendFileSync(join(cwd, name), bytes)
  const base = row.tenant ? sandboxEnv(sandbox, origin) : {}
  const before = JSON.stringify(snapshot(sandbox))
  const r = await runCli(row.args, { ...base, CXEDGE_STORAGE: "fs", CXEDGE_STORAGE_DIR: join(cwd, ".cxedge"), ...row.env }, { cwd, timeoutMs: 30_000 })
  const own = new Set(Object.keys(row.files ?? {}).map((name) => name.split("/")[0]))
  const left = readdirSync(cwd).filter((name) => !own.has(name))
  return { code: r.code, output: r.stdout + r.stderr, stdout: r.stdout, left, changed: JSON.stringify(snapshot(sandbox)) !== before, cwd }
}

/**
 * Runs a round's rows (two at a time: the machine has two cores) against
 * one sandbox and asserts each as its own test.
 * @example refusalRound("bad input, round 25", "cxedge-bad25-", rows)
 */
export function refusalRound(title: string, prefix: string, rows: RefusalRow[]): void {
  let sandbox: Sandbox
  let served: ReturnType<typeof serveSandbox>
  const outcomes = new Map<string, Outcome>()
  beforeAll(async () => {
    sandbox = await createSandbox({ contacts: 12 })
    served = serveSandbox(sandbox)
    const queue = [...rows]
    await Promise.all([0, 1].map(async () => {
      for (let row = queue.shift(); row; row = queue.shift()) outcomes.set(row.name, await runRow(row, prefix, sandbox, served.origin))
    }))
  }, 300_000)
  afterAll(() => {
    served?.stop()
    for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true })
  })

  describe(`${title} (${rows.length} rows): refused in words, exit 2, nothing written`, () => {
    test("the rows have distinct names", () => expect(new Set(rows.map((r) => r.name)).size).toBe(rows.length))
    for (const row of rows) {
      test(row.name, () => {
        const o = outcomes.get(row.name)!
        const lines = o.output.split("\n").filter((l) => l.startsWith("[cxedge]"))
        expect(o.code).toBe(row.code ?? 2)
        // A refusal is one line; a record rejected by line (exit 1) is a warning, the job's other records done.
        if (o.code === 2) expect(lines).toHaveLength(1)
        expect(o.code === 2 ? lines[0] : o.output).toMatch(row.says)
        expect(o.output).not.toMatch(/^\s+at |Invalid (type|key|value|format|length): |but received/m)
        if (o.code === 2) expect(o.left).toEqual([])
        expect(o.changed).toBe(false)
        row.after?.(o.cwd, { stdout: o.stdout, output: o.output })
      })
    }
  })
}
