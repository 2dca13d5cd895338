import { expect, test } from "bun:test"
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import plugin, { initials } from "../../examples/initials/index.ts"
import { testTransform } from "../../testing/transform.ts"
import { ROOT, runCli } from "../helpers.ts"

testTransform(initials, { wrongType: 42 })

test("the plugin loads from a config file and its transform runs in a matrix", async () => {
  const dir = mkdtempSync(join(tmpdir(), "cxedge-plugin-"))
  writeFileSync(join(dir, "cxedge.config.json"), JSON.stringify({ plugins: ["tenant", "anonymize", `${ROOT}examples/initials/index.ts`] }))
  writeFileSync(join(dir, "qa.json"), JSON.stringify({ name: "qa", fields: [{ path: "firstName", transform: "initials" }, { path: "email", transform: "nullify" }] }))
  const r = await runCli(["anonymize", "--matrix", "qa.json", "--dry-run", "--json"], {}, { cwd: dir })
  expect(r.code).toBe(0)
  const report = JSON.parse(r.stdout)
  expect(report.counts.initials).toBe(250)
  expect(report.sample[0].after).toMatch(/^"\p{Lu}\."$/u)
  expect(plugin.transforms?.[0]).toBe(initials)
})

test("the README shows the example plugin and its test exactly as they are", () => {
  const readme = readFileSync(`${ROOT}README.md`, "utf8")
  expect(readme).toContain(readFileSync(`${ROOT}examples/initials/index.ts`, "utf8").trim())
})
