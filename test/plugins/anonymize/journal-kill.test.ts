import { describe, expect, test } from "bun:test"
import { appendFileSync, existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { seededRandom } from "../../../core/index.ts"
import { nodeFiles } from "../../../node/files.ts"
import { fileSink } from "../../../plugins/anonymize/targets/export-file.ts"
import { contactLine } from "../../../bench/pipeline.ts"
import { ROOT, runCli } from "../../helpers.ts"

const KEY = "k1:" + Buffer.from("0123456789abcdef0123456789abcdef").toString("base64")
const CONTACTS = 30_000
const env = { CXEDGE_HMAC_KEYS: KEY, CXEDGE_STORAGE: "" }

/** Starts the job (or resumes it) and SIGKILLs it once the export holds `bytes` bytes. A run that ended first throws. */
async function killAtBytes(argv: string[], out: string, bytes: number, cwd: string) {
  const proc = Bun.spawn([process.execPath, `${ROOT}cli/main.ts`, ...argv], {
    cwd, env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", NO_COLOR: "1", ...env }, stdout: "ignore", stderr: "pipe",
  })
  const size = () => (existsSync(out) ? statSync(out).size : 0)
  const deadline = Date.now() + 60_000
  while (proc.exitCode === null && size() < bytes && Date.now() < deadline) await Bun.sleep(1)
  const killed = proc.exitCode === null
  proc.kill("SIGKILL")
  await proc.exited
  if (!killed) throw new Error(`the run ended (exit ${proc.exitCode}) before the export held ${bytes} bytes: ${(await new Response(proc.stderr).text()).slice(-2000)}`)
}

describe("a large export killed with SIGKILL at several points, then resumed", () => {
  test("every contact is exported exactly once, and every line is whole", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cxedge-kill-export-"))
    const file = join(dir, "contacts.jsonl")
    writeFileSync(file, Array.from({ length: CONTACTS }, (_, i) => contactLine(i)).join("\n") + "\n")
    const out = join(dir, "export.jsonl")
    // Without consent-webhook, whose outbox (one signed delivery a contact) would set the pace, not the journal.
    writeFileSync(join(dir, "cxedge.config.json"), JSON.stringify({ plugins: ["tenant", "anonymize"] }))
    const state = ["--storage", "fs", "--storage-dir", join(dir, "state"), "--config", join(dir, "cxedge.config.json")]
    const run = ["anonymize", "--matrix", `${ROOT}matrices/analytics.json`, "--source", "jsonl", "--file", file, "--target", "export", "--out", out, "--job", "kill-export", ...state, "--yes"]
    // About 400 bytes a line: kills early (the first page), then at points spread over the rest of the file.
    const total = CONTACTS * 400
    const random = seededRandom(7)
    const points = [1, ...[0.1, 0.3, 0.5, 0.7].map((at) => Math.round(total * (at + random() * 0.1)))]
    for (const bytes of points) await killAtBytes(run, out, bytes, dir)
    const partial = readFileSync(out, "utf8").split("\n").filter(Boolean).length
    expect(partial).toBeGreaterThan(0)
    expect(partial).toBeLessThan(CONTACTS)

    const final = await runCli(["anonymize", "--resume", "kill-export", ...state, "--json", "--yes"], env, { cwd: dir, timeoutMs: 120_000 })
    expect(final.stderr).not.toMatch(/^\s+at /m)
    expect(final.code).toBe(0)
    const summary = JSON.parse(final.stdout)
    expect(summary.failed).toBe(0)
    expect(summary.succeeded + summary.alreadyDone).toBe(CONTACTS)

    const text = readFileSync(out, "utf8")
    expect(text.endsWith("\n")).toBe(true)
    const ids = text.trim().split("\n").map((line) => (JSON.parse(line) as { id: string }).id)
    const counts = new Map<string, number>()
    for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1)
    expect([...counts.values()].filter((n) => n !== 1)).toEqual([])
    expect(ids).toHaveLength(CONTACTS)
    expect(counts.has(String(600_000_000_000 + CONTACTS - 1))).toBe(true)

    const jobs = JSON.parse((await runCli(["jobs", ...state, "--json"], env, { cwd: dir })).stdout)
    expect(jobs.find((j: { id: string }) => j.id === "kill-export")).toMatchObject({ state: "finished", totals: { succeeded: CONTACTS, failed: 0 } })
  }, 240_000)
})

describe("an export file a crash left with a torn last line", () => {
  test("a resume cuts the torn line off, does not count its contact as exported, and appends whole lines", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "cxedge-torn-")), "export.jsonl")
    writeFileSync(out, '{"id":"1","email":"tok_a"}\n{"id":"2","email":"tok_b"}\n')
    appendFileSync(out, '{"id":"3","email":"to')
    const sink = await fileSink(nodeFiles, out, { resume: true })
    expect(await sink.has("2")).toBe(true)
    expect(await sink.has("3")).toBe(false)
    await sink.appendMany!(['{"id":"3","email":"tok_c"}', '{"id":"4","email":"tok_d"}'])
    await sink.close()
    expect(readFileSync(out, "utf8")).toBe('{"id":"1","email":"tok_a"}\n{"id":"2","email":"tok_b"}\n{"id":"3","email":"tok_c"}\n{"id":"4","email":"tok_d"}\n')
  })

  test("a file that is one torn line is emptied", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "cxedge-torn-")), "export.jsonl")
    writeFileSync(out, '{"id":"1","ema')
    const sink = await fileSink(nodeFiles, out, { resume: true })
    expect(await sink.has("1")).toBe(false)
    await sink.append("1", '{"id":"1"}')
    await sink.close()
    expect(readFileSync(out, "utf8")).toBe('{"id":"1"}\n')
  })
})
