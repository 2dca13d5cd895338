// --file and --out compared as files when a job is resumed (refuseChangedJob): a path through a symlinked folder names
// the file the job stored, also before the file exists (a split job writes only --out's parts, never --out itself).
import { afterAll, expect, test } from "bun:test"
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { nodeFiles } from "../../node/files.ts"

const dir = realpathSync(mkdtempSync(join(tmpdir(), "cxedge-samepath-")))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
mkdirSync(join(dir, "real"))
symlinkSync(join(dir, "real"), join(dir, "link"))

test("an --out not yet written, named through a symlinked folder, is the one stored by its real folder (was: 'does not match')", () => {
  expect(nodeFiles.samePath!(join(dir, "link", "o.jsonl"), join(dir, "real", "o.jsonl"))).toBe(true)
  expect(nodeFiles.samePath!(join(dir, "link", "o.jsonl"), join(dir, "real", "p.jsonl"))).toBe(false)
})

test("a written file through the link is the same file too, and a folder that does not exist is compared as written", () => {
  writeFileSync(join(dir, "real", "c.jsonl"), "{}\n")
  expect(nodeFiles.samePath!(join(dir, "link", "c.jsonl"), join(dir, "real", "c.jsonl"))).toBe(true)
  expect(nodeFiles.samePath!(join(dir, "none", "o.jsonl"), join(dir, "none", "o.jsonl"))).toBe(true)
  expect(nodeFiles.samePath!(join(dir, "none", "o.jsonl"), join(dir, "real", "o.jsonl"))).toBe(false)
})
