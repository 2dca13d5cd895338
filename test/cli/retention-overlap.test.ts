import { expect, test } from "bun:test"
import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"

import { runCli } from "../helpers.ts"

// Two policies on one source and target: the same matrix would process the same contacts twice (the
// older age's scope lies inside the younger's), so it is refused; different matrices are a tiered
// lifecycle, accepted with one warning naming both.
const base = { target: "erasure", source: "cxone", schedule: "daily" }

async function retention(policies: object[], ...args: string[]) {
  const dir = mkdtempSync(join(tmpdir(), "cxedge-retention-overlap-"))
  writeFileSync(join(dir, "cxedge.config.json"), JSON.stringify({ settings: { retention: { policies } } }))
  return runCli(["retention", ...args], { CXEDGE_STORAGE: "" }, { cwd: dir })
}

test("the same matrix on the same source and target twice: refused at load, naming both, exit 2", async () => {
  const r = await retention([{ ...base, name: "short", matrix: "gdpr", olderThan: "20d" }, { ...base, name: "long", matrix: "gdpr", olderThan: "90d" }], "report")
  expect(r.code).toBe(2)
  expect(r.stderr).toContain('policies: "short" and "long" both apply matrix gdpr to cxone contacts through erasure: "long" (90d) would only process again what "short" (20d) already did')
  expect(r.stderr).not.toContain("    at ")
})

test("different matrices on the same source and target: one warning line naming both, then it runs", async () => {
  const r = await retention([{ ...base, name: "cards", matrix: "pci", olderThan: "1d" }, { ...base, name: "nightly", matrix: "gdpr", olderThan: "20d" }, { ...base, name: "exports", matrix: "gdpr", target: "export", olderThan: "20d" }], "run", "--dry-run")
  expect(r.code).toBe(0)
  const warnings = r.stderr.split("\n").filter((l) => l.includes("[warn]"))
  expect(warnings).toEqual([
    '[warn] [retention] policies "cards" (pci, 1d) and "nightly" (gdpr, 20d) both sweep cxone contacts through erasure: a contact older than 20d is processed by both (fine for tiers; otherwise give one another source or target)',
  ])
})
