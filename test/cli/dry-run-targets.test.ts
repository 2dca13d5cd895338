// A dry run of an erasure (or an export) whose matrix changes none of a record's fields counted every record "already
// anonymized": read as "the run would do nothing", though the run erases (or writes) each of them all the same. Only a
// target that skips an unchanged record (patch) counts it so now.
import { expect, test } from "bun:test"
import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { runCli } from "../helpers.ts"

test("a dry run of an erasure over messages the matrix leaves as they are counts none of them already anonymized", async () => {
  const dir = mkdtempSync(join(tmpdir(), "cxedge-dry-targets-"))
  const r = await runCli(["anonymize", "--matrix", "gdpr", "--source", "messages", "--since", "30d", "--target", "erasure", "--dry-run", "--json", "--storage-dir", dir])
  expect(r.code).toBe(0)
  const report = JSON.parse(r.stdout)
  expect(report.records).toBeGreaterThan(0)
  expect(report.counts).toEqual({})
  expect(report.alreadyAnonymized).toBe(0)
}, 60_000)
