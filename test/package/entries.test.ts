import { beforeAll, expect, test } from "bun:test"
import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { NODE_ONLY_PATH, npmInstall, ok, packed, run } from "./pack.ts"

// The built entries as a Node user imports them from an installed package.
let project: string
const node = async (script: string) => {
  writeFileSync(join(project, "probe.mjs"), script)
  return JSON.parse(ok(await run(["node", "probe.mjs"], project, { PATH: NODE_ONLY_PATH, CXEDGE_LOG_LEVEL: "error" }), "node probe.mjs").stdout)
}

beforeAll(async () => {
  project = mkdtempSync(join(tmpdir(), "cxedge-entries-"))
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "team-service", private: true, type: "module" }))
  await npmInstall(project, [await packed()])
}, 300_000)

test("the root entry gives what a plugin needs and none of the internals", async () => {
  const names: string[] = await node(`console.log(JSON.stringify(Object.keys(await import("@cxedge/toolkit"))))`)
  for (const needed of ["definePlugin", "defineTransform", "defineOperation", "CxedgeError", "ConfigError", "ValidationError", "CxoneHttpError", "describeError", "defineConfig", "urlValue"]) {
    expect(names).toContain(needed)
  }
  for (const internal of ["createSend", "linkNext", "createLimiter", "createCxoneClient", "createRuntime", "settingsFrom", "createTokenManager", "maskEmail", "createHooks", "createTaskQueue", "checkNamespaces", "settingsWithPlugins"]) {
    expect(names).not.toContain(internal)
  }
})

test("each subpath export resolves on Node with its types", async () => {
  const found = await node(`
    const { createRequire } = await import("node:module")
    const { existsSync } = await import("node:fs")
    const pkg = createRequire(import.meta.url)("@cxedge/toolkit/package.json")
    const sandbox = await import("@cxedge/toolkit/sandbox")
    const worker = await import("@cxedge/toolkit/worker")
    const types = Object.entries(pkg.exports).filter(([, e]) => typeof e === "object").map(([k, e]) => [k, existsSync(new URL(e.types, import.meta.resolve("@cxedge/toolkit/package.json")))])
    console.log(JSON.stringify({ sandbox: typeof sandbox.createSandbox, worker: typeof worker.createWorker, types: Object.fromEntries(types) }))
  `)
  expect(found).toEqual({ sandbox: "function", worker: "function", types: { ".": true, "./testing": true, "./server": true, "./worker": true, "./sandbox": true } })
})

test("a team mounts createApp in its own Hono app: app.route('/privacy', createApp(rt))", async () => {
  const answer = await node(`
    import { Hono } from "hono"
    import { createApp, openRuntime } from "@cxedge/toolkit/server"
    const rt = await openRuntime({ env: { CXEDGE_LOG_LEVEL: "error" }, log: { debug() {}, info() {}, warn() {}, error() {} } })
    const app = new Hono()
    app.get("/", (c) => c.text("team home"))
    app.route("/privacy", createApp(rt))
    const health = await (await app.request("/privacy/healthz")).json()
    const home = await (await app.request("/")).text()
    const unmounted = (await app.request("/healthz")).status
    await rt.dispose()
    console.log(JSON.stringify({ health: health.status, plugins: health.plugins.includes("anonymize"), home, unmounted }))
  `)
  expect(answer).toEqual({ health: "ok", plugins: true, home: "team home", unmounted: 404 })
})
