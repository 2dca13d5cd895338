/**
 * A plugin's failed `setup` whose message quotes the value of a variable the plugin declared (a token it read from
 * the environment itself) is not printed: the message is hidden as one quoting a configured setting is.
 */
import { expect, test } from "bun:test"
import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { createRuntime } from "../../core/runtime.ts"
import { definePlugin } from "../../core/plugin.ts"
import { runCli } from "../helpers.ts"

const TOKEN = "crm-token-5f4e3d2c1b"

test("createRuntime hides a setup message quoting a declared secret variable's value", async () => {
  const crm = definePlugin({
    name: "crm",
    version: "1.0.0",
    env: [{ name: "ACME_CRM_TOKEN", description: "the CRM token", secret: true }],
    setup: (): undefined => {
      throw new Error(`CRM rejected token ${TOKEN}`)
    },
  })
  const error = await createRuntime({ plugins: [crm] }, { env: { ACME_CRM_TOKEN: TOKEN } }).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(Error)
  const message = (error as Error).message
  expect(message).toContain("plugin crm failed in its setup")
  expect(message).toContain("its message is not shown")
  expect(message).not.toContain(TOKEN)
  expect((error as Error).cause).toBeUndefined()
})

test("the CLI does not print a declared variable's value a plugin's setup quoted", async () => {
  const dir = mkdtempSync(join(tmpdir(), "cxedge-setup-env-"))
  writeFileSync(join(dir, "cxedge.config.json"), JSON.stringify({ plugins: ["tenant", "anonymize", "./crm.mjs"] }))
  writeFileSync(join(dir, "crm.mjs"), `export default { name: "crm", version: "1.0.0",
  env: [{ name: "ACME_CRM_TOKEN", description: "the CRM token", secret: true }],
  setup: () => { throw new Error("CRM rejected token " + process.env.ACME_CRM_TOKEN) } }`)
  const run = await runCli(["jobs"], { ACME_CRM_TOKEN: TOKEN, CXEDGE_STORAGE_DIR: join(dir, ".cxedge") }, { cwd: dir })
  expect(run.code).toBe(1)
  expect(run.stderr + run.stdout).toMatch(/\[crm\] plugin crm failed in its setup \(Error; its message is not shown/)
  expect(run.stderr + run.stdout).not.toContain(TOKEN)
})
