/**
 * The runner both bad-input corpora share (bad-input.test.ts and
 * bad-input-more.test.ts): each CLI case runs against its own sandbox tenant,
 * served on a loopback port and configured like a real one, and must exit
 * with its code, name its cause, print no stack trace or secret, and leave the
 * tenant's records, messages, erasures, transcripts and script starts as they
 * were.
 */
import { beforeAll, describe, expect, test } from "bun:test"
import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { createSandbox, type Sandbox } from "../../sandbox/app.ts"
import { runCli, sandboxEnv, secretsOf, serveSandbox } from "../helpers.ts"

export const KEY = "k1:" + Buffer.alloc(32, 7).toString("base64")

export interface Case {
  name: string
  args: string[]
  env?: Record<string, string>
  code: number | number[]
  /** The output must match every pattern: it names the thing that is wrong. */
  says: RegExp[]
  /** Text that must not appear anywhere in the output (a password, a value). */
  never?: string[]
  /** Checks on files after the run. */
  after?: () => void
}

/** A temporary folder and helpers that write a case's input files into it. */
export function corpusFiles(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  const file = (name: string, text: string) => {
    const path = join(dir, name)
    writeFileSync(path, text)
    return path
  }
  const json = (name: string, value: unknown) => file(name, JSON.stringify(value))
  return {
    dir,
    file,
    json,
    matrix: (name: string, fields: unknown, extra: Record<string, unknown> = {}) => json(`${name}.matrix.json`, { name, fields, ...extra }),
    config: (name: string, value: unknown) => json(`${name}.config.json`, value),
    jsonl: (name: string, lines: string[]) => file(`${name}.jsonl`, lines.join("\n") + "\n"),
  }
}

/** What a tenant holds that a write could change. */
export function snapshot(sandbox: Sandbox) {
  const t = sandbox.tenant("acme")
  return {
    records: JSON.stringify([...t.data.records.values()]),
    messages: JSON.stringify([...t.data.messages.values()]),
    erasures: t.erasures.length,
    transcripts: t.transcripts.length,
    scriptStarts: t.scriptStarts.length,
  }
}

interface Outcome {
  code: number
  output: string
  changed: string[]
  secrets: string[]
}

async function runCase(c: Case): Promise<Outcome> {
  const sandbox = await createSandbox({ contacts: 12 })
  const served = serveSandbox(sandbox)
  try {
    const before = snapshot(sandbox)
    const env = sandboxEnv(sandbox, served.origin, { CXEDGE_HMAC_KEYS: KEY, CXEDGE_RPS: "200", ...c.env })
    const r = await runCli(c.args, env, { timeoutMs: 20_000 })
    const after = snapshot(sandbox)
    const changed = Object.keys(before).filter((k) => before[k as keyof typeof before] !== after[k as keyof typeof after])
    return { code: r.code, output: r.stdout + r.stderr, changed, secrets: secretsOf(sandbox.credentials("acme")) }
  } finally {
    served.stop()
  }
}

/**
 * Runs every case (a few children at a time, so a corpus stays well under a
 * minute on two cores) and asserts each one as its own test.
 */
export function runCorpus(title: string, cases: Case[], options: { parallel?: number; minimum?: number } = {}) {
  const outcomes = new Map<string, Outcome>()
  beforeAll(async () => {
    const queue = [...cases]
    await Promise.all(
      Array.from({ length: options.parallel ?? 3 }, async () => {
        for (let c = queue.shift(); c; c = queue.shift()) outcomes.set(c.name, await runCase(c))
      }),
    )
  }, 300_000)

  describe(`${title} (${cases.length} CLI cases): refused, named, no stack trace, nothing changed`, () => {
    test(`the cases have distinct names${options.minimum ? ` and number at least ${options.minimum}` : ""}`, () => {
      expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length)
      expect(cases.length).toBeGreaterThanOrEqual(options.minimum ?? 1)
    })
    for (const c of cases) {
      test(c.name, () => {
        const o = outcomes.get(c.name)!
        const codes = Array.isArray(c.code) ? c.code : [c.code]
        if (!codes.includes(o.code)) throw new Error(`exit ${o.code}, expected ${codes.join(" or ")}; output:\n${o.output}`)
        for (const pattern of c.says) expect(o.output).toMatch(pattern)
        expect(o.output).not.toMatch(/^\s+at /m)
        expect(o.output).not.toMatch(/node_modules|\.ts:\d+:\d+|Unhandled error|unexpected error/)
        expect(o.changed).toEqual([])
        for (const secret of [...o.secrets, ...(c.never ?? [])]) expect(o.output).not.toContain(secret)
        c.after?.()
      })
    }
  })
}
