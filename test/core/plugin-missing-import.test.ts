import { describe, expect, test } from "bun:test"
import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { runCli } from "../helpers.ts"

// A plugin whose file exists but whose own import is missing was reported as `no such file ... check the path`: its
// author checked a path that was right, and was never told the package to install.
function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "cxedge-plugin-dep-"))
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
  return dir
}
const config = (plugin: string) => JSON.stringify({ plugins: ["tenant", "anonymize", plugin] })
const said = (run: { stdout: string; stderr: string }) => run.stderr + run.stdout

describe("a plugin module whose own import is missing", () => {
  test("names the package to install, not the plugin's path", async () => {
    const dir = project({ "cxedge.config.json": config("./plug-dep.mjs"), "plug-dep.mjs": 'import { something } from "acme-crm-sdk"\nexport default { name: "acme", version: "1.0.0" }\n' })
    const run = await runCli(["plugins"], { CXEDGE_STORAGE_DIR: join(dir, ".cxedge") }, { cwd: dir })
    expect(run.code).not.toBe(0)
    expect(said(run)).toContain('plugin module "./plug-dep.mjs" imports the package "acme-crm-sdk", which is not installed: install it where the plugin can find it (npm install acme-crm-sdk)')
    expect(said(run)).not.toContain("no such file")
  })

  test("a scoped package's subpath is named by its package", async () => {
    const dir = project({ "cxedge.config.json": config("./plug.mjs"), "plug.mjs": 'import "@acme/crm-sdk/client"\nexport default { name: "acme", version: "1.0.0" }\n' })
    const run = await runCli(["plugins"], { CXEDGE_STORAGE_DIR: join(dir, ".cxedge") }, { cwd: dir })
    expect(said(run)).toContain('imports the package "@acme/crm-sdk", which is not installed')
  })

  test("a file it imports that is not there is named by its file name", async () => {
    const dir = project({ "cxedge.config.json": config("./plug.mjs"), "plug.mjs": 'import "./lib/helper.mjs"\nexport default { name: "acme", version: "1.0.0" }\n' })
    const run = await runCli(["plugins"], { CXEDGE_STORAGE_DIR: join(dir, ".cxedge") }, { cwd: dir })
    expect(said(run)).toContain('plugin module "./plug.mjs" imports a file that does not exist (helper.mjs): fix the import in the plugin')
  })

  test("a plugin file that is not there is still 'no such file'", async () => {
    const dir = project({ "cxedge.config.json": config("./nope.mjs") })
    const run = await runCli(["plugins"], { CXEDGE_STORAGE_DIR: join(dir, ".cxedge") }, { cwd: dir })
    expect(said(run)).toContain('plugin module "./nope.mjs": no such file (a path is read from the working directory): check the path')
  })
})
