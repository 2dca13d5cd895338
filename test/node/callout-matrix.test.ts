import { expect, test } from "bun:test"
import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { createKeyRing, createMemoryLogger, createRuntime, settingsFrom, withPluginEnv } from "../../core/index.ts"
import { builtins, defaultPlugins } from "../../plugins/manifest.ts"
import { createApp } from "../../server/app.ts"
import { loadSettings } from "../../node/config.ts"
import { CALLOUT, KEY, signed } from "../../testing/runtime.ts"
import { runCli } from "../helpers.ts"

const dir = mkdtempSync(join(tmpdir(), "cxedge-callout-"))
writeFileSync(join(dir, "broken.json"), '{"name": "x", "fields": [{"path": "email", "transform": "nope"}]}')
writeFileSync(join(dir, "good.json"), JSON.stringify({ name: "callout", fields: [{ path: "firstName", transform: "redact" }] }))

const cases: [string, string, RegExp][] = [
  ["not JSON", '{"fields": [', /CXEDGE_CALLOUT_MATRIX is not valid JSON/],
  ["JSON but not a matrix", "[1, 2]", /CXEDGE_CALLOUT_MATRIX is JSON but not a matrix object/],
  ["a matrix object that does not validate", '{"name": "x", "fields": [{"path": "email", "transform": "nope"}]}', /CXEDGE_CALLOUT_MATRIX is not a valid matrix/],
  ["an unknown shipped name", "gpdr", /CXEDGE_CALLOUT_MATRIX names no shipped matrix/],
  ["a missing file", join(dir, "missing.json"), /CXEDGE_CALLOUT_MATRIX names a file that cannot be read/],
  ["a file that is not a matrix", join(dir, "broken.json"), /CXEDGE_CALLOUT_MATRIX is not a valid matrix/],
]

test.each(cases)("CXEDGE_CALLOUT_MATRIX %s: only the callout route answers 503 naming the variable", async (_, value, expected) => {
  const log = createMemoryLogger()
  const settings = await loadSettings({ sandbox: true }, { CXEDGE_CALLOUT_MATRIX: value, CXEDGE_CALLOUT_SECRETS: CALLOUT }, dir)
  const rt = await createRuntime({ ...settings.config, plugins: defaultPlugins }, { builtins, log, keys: createKeyRing(KEY) })
  const app = createApp(rt)
  const body = JSON.stringify({ contactId: "600042000001" })
  const res = await app.request("/webhooks/cxone/contact-ended", { method: "POST", headers: signed(CALLOUT, body), body })
  expect(res.status).toBe(503)
  const json = await res.json()
  expect(json.error).toBe("callout_misconfigured")
  expect(json.message).toMatch(expected)
  // the rest of the server works
  expect((await app.request("/healthz")).status).toBe(200)
  expect(log.lines.join("\n")).toMatch(/warn the contact-ended callout is off/)
  await rt.dispose()
})

test("a matrix file that is good turns the route on", async () => {
  const settings = await loadSettings({ sandbox: true }, { CXEDGE_CALLOUT_MATRIX: join(dir, "good.json"), CXEDGE_CALLOUT_SECRETS: CALLOUT }, dir)
  const rt = await createRuntime({ ...settings.config, plugins: defaultPlugins }, { builtins, keys: createKeyRing(KEY) })
  const body = JSON.stringify({ contactId: "600042000001" })
  const res = await createApp(rt).request("/webhooks/cxone/contact-ended", { method: "POST", headers: signed(CALLOUT, body), body: "{}" })
  expect(res.status).not.toBe(503)
  await rt.dispose()
})

test("reading the settings never throws on a bad CXEDGE_CALLOUT_MATRIX (a Worker boots too)", () => {
  for (const [, value] of cases) {
    const env = { CXEDGE_CALLOUT_MATRIX: value }
    expect(() => withPluginEnv(settingsFrom(env), env, Object.values(builtins))).not.toThrow()
  }
})

test("commands other than the callout still work with a malformed CXEDGE_CALLOUT_MATRIX", async () => {
  const r = await runCli(["tenant", "env", "area"], { CXEDGE_CALLOUT_MATRIX: '{"fields": [' })
  expect(r.code).toBe(0)
  expect(r.stdout.trim()).not.toBe("")
  expect(r.stderr).toContain("CXEDGE_CALLOUT_MATRIX is not valid JSON")
  expect(r.stderr).not.toMatch(/^\s+at /m)
})
