import { describe, expect, test } from "bun:test"
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { compileMatrix, type Matrix } from "../../../plugins/anonymize/matrix/index.ts"
import { type Source, type SourceRecord } from "../../../plugins/anonymize/pipeline.ts"
import { dryRun } from "../../../plugins/anonymize/dry-run.ts"
import { createExportTarget, type ExportSink } from "../../../plugins/anonymize/targets/export.ts"
import { builtinTransforms } from "../../../plugins/anonymize/transforms/index.ts"
import { TEST_KEYS } from "../../../testing/transform.ts"
import { ROOT, runCli } from "../../helpers.ts"
import { anonymize, anonymizeSetup, findLeaks, loadMatrixFile, seededValues } from "./setup.ts"

const transforms = new Map(builtinTransforms.map((t) => [t.name, t]))
const compile = (matrix: Partial<Matrix>) => compileMatrix({ name: "t", fields: [], ...matrix } as Matrix, { transforms, keys: TEST_KEYS })

/** The line the export target writes for one record. */
async function exported(matrix: Partial<Matrix>, data: Record<string, unknown>, id = String(data.id ?? "1")) {
  const m = compile(matrix)
  const lines: string[] = []
  const sink: ExportSink = { append: async (_id, line) => void lines.push(line), has: async () => false, close: async () => {} }
  const plan = await m.plan(data)
  await createExportTarget(sink, m).write({ jobId: "j", record: { id, data }, plan, fields: [], digest: "", replan: async () => ({ plan, fields: [], digest: "" }) })
  return { line: lines[0]!, parsed: JSON.parse(lines[0]!) as Record<string, unknown> }
}

const RULES: Matrix["fields"] = [
  { path: "email", transform: "hmac", params: {} },
  { path: "firstName", transform: "nullify", params: {} },
  { path: "customFields[*].value", transform: "redact", params: {}, when: { field: "name", equals: "note" } },
]
const RECORD = {
  id: "c1",
  email: "ada.okafor@example.com",
  firstName: null,
  lastName: "Okafor-Lindqvist",
  agentEmail: "agent.smith@acme.example",
  channel: "chat",
  customFields: [{ name: "note", value: "call Ada" }, { name: "secondaryPhone", value: "+44 20 7946 0018" }],
  meta: { source: "crm", owner: "owner@acme.example" },
}

describe("export: only what the matrix names (unlisted: drop by default)", () => {
  test("the id, the values rules applied to (a null one included) and keep paths; nothing else", async () => {
    const { parsed, line } = await exported({ fields: RULES, keep: ["channel", "customFields[*].name", "meta.source"] }, RECORD)
    expect(Object.keys(parsed)).toEqual(["id", "email", "firstName", "channel", "customFields", "meta"])
    expect(parsed.id).toBe("c1")
    expect(parsed.firstName).toBeNull()
    expect(parsed.email).toMatch(/^tok_k1_/)
    // the unmatched custom field keeps its name (kept) but not its value (no rule applied to it)
    expect(parsed.customFields).toEqual([{ name: "note", value: "" }, { name: "secondaryPhone" }])
    expect(parsed.meta).toEqual({ source: "crm" })
    for (const leak of ["Okafor-Lindqvist", "agent.smith", "+44 20 7946 0018", "owner@acme"]) expect(line).not.toContain(leak)
  })

  test("without keep, array elements nothing selects are left out and the rest close up", async () => {
    const { parsed } = await exported({ fields: RULES }, RECORD)
    expect(parsed.customFields).toEqual([{ value: "" }])
    expect(parsed.channel).toBeUndefined()
  })

  test('unlisted: "keep" copies everything (and warns); patch and erasure are not projected at all', async () => {
    const m = compile({ fields: RULES, unlisted: "keep" })
    expect(m.warnings.join("\n")).toContain('unlisted: "keep"')
    const { parsed } = await exported({ fields: RULES, unlisted: "keep" }, RECORD)
    expect(parsed.lastName).toBe("Okafor-Lindqvist")
    expect(compile({ fields: RULES }).warnings).toEqual([])
  })

  test("a __proto__ key with a raw email inside never reaches the output or a prototype, in either mode", async () => {
    const raw = '{"id":"p1","email":"ada@example.com","__proto__":{"email":"hidden.person@example.com","isAdmin":true},"meta":{"constructor":{"prototype":{"x":"hidden.person@example.com"}},"ok":1}}'
    for (const unlisted of ["drop", "keep"] as const) {
      const data = JSON.parse(raw) // JSON.parse makes __proto__ an own key
      const { line, parsed } = await exported({ fields: [{ path: "email", transform: "hmac", params: {} }], unlisted, keep: ["meta"] }, data)
      expect(line).not.toContain("hidden.person")
      expect(line).not.toContain("__proto__")
      expect(line).not.toContain("constructor")
      expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype)
      expect((parsed as { isAdmin?: boolean }).isAdmin).toBeUndefined()
      expect(parsed.meta).toEqual({ ok: 1 })
    }
    // the plan itself (object spread in copy-on-write) keeps __proto__ an own key, not a prototype
    const plan = await compile({ fields: [{ path: "email", transform: "hmac", params: {} }] }).plan(JSON.parse(raw))
    expect(Object.getPrototypeOf(plan.output)).toBe(Object.prototype)
    expect((plan.output as { isAdmin?: boolean }).isAdmin).toBeUndefined()
  })

  test("the dry run of an export counts the fields it would drop, per field", async () => {
    const records: SourceRecord[] = [
      { id: "1", data: { ...RECORD, id: "1" } },
      { id: "2", data: { id: "2", email: "b@example.com", agentEmail: "x@acme.example" } },
    ]
    const source: Source = { name: "mem", async *pages() { yield records } }
    const m = compile({ fields: RULES, keep: ["channel"] })
    const report = await dryRun(source, m, createExportTarget({ append: async () => {}, has: async () => false, close: async () => {} }, m), 0)
    expect(report.dropped).toEqual({ lastName: 1, agentEmail: 2, "customFields[*]": 1, "customFields[*].name": 1, meta: 1 })
    const patchLike = await dryRun(source, m, { name: "patch", write: async () => ({ written: true }) }, 0)
    expect(patchLike.dropped).toEqual({})
  })

  test("unlisted has no effect on patch: unnamed fields stay in the tenant's records, only changed fields are written", async () => {
    const { rt, sandbox } = await anonymizeSetup({ sandboxOptions: { contacts: 20 } })
    const { result } = await anonymize(rt, { matrix: { ...loadMatrixFile("gdpr"), unlisted: "drop" }, target: { kind: "patch" } })
    expect(result.succeeded).toBe(20)
    for (const r of sandbox.tenant("acme").data.records.values()) {
      expect(typeof r.fields.channel).toBe("string")
      expect(typeof r.fields.createdAt).toBe("string")
      expect(r.fields.email).toBeUndefined()
    }
  })

  test("matrices/analytics.json exports the analytic fields it means to, and no personal value", async () => {
    const { rt, sandbox } = await anonymizeSetup({ sandboxOptions: { contacts: 40 } })
    const out = join(mkdtempSync(join(tmpdir(), "cxedge-unlisted-")), "a.jsonl")
    const { result } = await anonymize(rt, { matrix: loadMatrixFile("analytics"), target: { kind: "export", out } })
    expect(result.succeeded).toBe(40)
    const text = readFileSync(out, "utf8")
    const lines = text.trim().split("\n").map((l) => JSON.parse(l))
    for (const l of lines) {
      expect(Object.keys(l).sort()).toEqual(["channel", "createdAt", "customFields", "email", "firstName", "id", "lastName", "notes", "phone"])
      expect((l.customFields as { name: string }[]).every((c) => typeof c.name === "string")).toBe(true)
    }
    expect(findLeaks(text, seededValues(sandbox))).toEqual([])
  })
})

describe("export from the CLI", () => {
  test("--storage fs: 250/250 exported into the exports namespace (today: 250 ENOTDIR failures); jobs still lists the job", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cxedge-fsexport-"))
    const state = join(dir, "state")
    const r = await runCli(["anonymize", "--matrix", `${ROOT}matrices/analytics.json`, "--storage", "fs", "--storage-dir", state, "--json"], {}, { cwd: dir })
    expect(r.stderr).not.toContain("ENOTDIR")
    expect(r.code).toBe(0)
    const summary = JSON.parse(r.stdout)
    expect(summary).toMatchObject({ processed: 250, succeeded: 250, failed: 0 })
    const jobDir = join(state, "exports", summary.jobId)
    expect(readdirSync(jobDir)).toHaveLength(250)
    const line = JSON.parse(readFileSync(join(jobDir, readdirSync(jobDir)[0]!), "utf8"))
    expect(line.email).toMatch(/^tok_/)
    expect(existsSync(join(state, "jobs", summary.jobId))).toBe(true)
    const jobs = await runCli(["jobs", "--storage", "fs", "--storage-dir", state, "--json"], {}, { cwd: dir })
    expect(jobs.code).toBe(0)
    expect(JSON.parse(jobs.stdout).map((j: { id: string }) => j.id)).toContain(summary.jobId)
  }, 60_000)

  test('unlisted: "keep" is warned about by matrix validate and by anonymize; a dry run shows what is dropped', async () => {
    const dir = mkdtempSync(join(tmpdir(), "cxedge-keepall-"))
    const keepAll = join(dir, "keep-all.json")
    writeFileSync(keepAll, JSON.stringify({ name: "keep-all", target: "export", unlisted: "keep", fields: [{ path: "email", transform: "nullify" }] }))
    const validate = await runCli(["matrix", "validate", keepAll, "--storage", "memory"], {}, { cwd: dir })
    expect(validate.code).toBe(0)
    expect(validate.stdout).toContain('warning unlisted: "keep"')
    const run = await runCli(["anonymize", "--matrix", keepAll, "--out", join(dir, "x.jsonl"), "--storage", "memory"], {}, { cwd: dir })
    expect(run.code).toBe(0)
    expect(run.stderr).toContain('unlisted: "keep"')
    const dropAll = join(dir, "drop.json")
    writeFileSync(dropAll, JSON.stringify({ name: "drop", target: "export", fields: [{ path: "email", transform: "nullify" }] }))
    const dry = await runCli(["anonymize", "--matrix", dropAll, "--dry-run", "--storage", "memory"], {}, { cwd: dir })
    expect(dry.code).toBe(0)
    expect(dry.stdout).toMatch(/dropped from export\s+records/)
    expect(dry.stdout).toMatch(/firstName\s+250/)
  }, 60_000)
})
