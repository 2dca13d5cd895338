import { afterEach, expect, test } from "bun:test"
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { createCxedgeStorage, createRuntime } from "../../../core/index.ts"
import { builtins } from "../../../plugins/manifest.ts"
import { TEST_KEYS } from "../../../testing/transform.ts"
import { anonymize, loadMatrixFile } from "./setup.ts"

// A long job under Bun collects through bun:jsc, which keeps the compiled code (Bun.gc(true) threw it away, and a
// million contacts ran at some half the speed, recompiling); where the name is refused, the job runs without it.

const analytics = loadMatrixFile("analytics")
const lookup = process.getBuiltinModule
afterEach(() => {
  process.getBuiltinModule = lookup
})

function contactsFile(n: number): string {
  const dir = mkdtempSync(join(tmpdir(), "cxedge-collections-"))
  const lines = Array.from({ length: n }, (_, i) => JSON.stringify({ id: String(600_000_000_000 + i), firstName: `First${i}`, email: `person${i}@example.com`, notes: `Customer ${i}` }))
  writeFileSync(join(dir, "contacts.jsonl"), lines.join("\n") + "\n")
  return dir
}

async function exportJob(dir: string) {
  const rt = await createRuntime({ plugins: ["anonymize"] }, { builtins, keys: TEST_KEYS, storage: createCxedgeStorage() })
  const out = join(dir, "export.jsonl")
  const { result } = await anonymize(rt, { matrix: analytics, source: { kind: "jsonl", file: join(dir, "contacts.jsonl") }, target: { kind: "export", out } })
  return { result, lines: readFileSync(out, "utf8").split("\n").filter(Boolean).length }
}

test("8,000 contacts under Bun: a young collection every 500 through bun:jsc, the 16th of them full", async () => {
  const dir = contactsFile(8000)
  const calls = { eden: 0, full: 0 }
  process.getBuiltinModule = ((id: string) =>
    id === "bun:jsc" ? { edenGC: () => calls.eden++, fullGC: () => calls.full++ } : lookup.call(process, id)) as typeof lookup
  const { result, lines } = await exportJob(dir)
  expect(result).toMatchObject({ processed: 8000, succeeded: 8000, failed: 0 })
  expect(lines).toBe(8000)
  expect(calls).toEqual({ eden: 15, full: 1 })
})

test("a runtime that refuses the name bun:jsc (rather than answering undefined) runs the job without collecting", async () => {
  const dir = contactsFile(1200)
  process.getBuiltinModule = ((id: string) => {
    if (id === "bun:jsc") throw new Error(`No such built-in module: ${id}`)
    return lookup.call(process, id)
  }) as typeof lookup
  const { result, lines } = await exportJob(dir)
  expect(result).toMatchObject({ processed: 1200, succeeded: 1200, failed: 0 })
  expect(lines).toBe(1200)
})
