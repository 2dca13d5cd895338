import { beforeAll, expect, test } from "bun:test"
import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { ROOT } from "../helpers.ts"
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
  expect(found).toEqual({ sandbox: "function", worker: "function", types: { ".": true, "./testing": true, "./server": true, "./worker": true, "./sandbox": true, "./pii": true } })
})

// README "Writing a recognizer": defineRecognizer from the root entry, createAnalyzer from @cxedge/toolkit/pii. The
// README told authors to pass a recognizer to createAnalyzer, which no entry of the package exported.
test("the README's recognizer example runs as written against the installed package", async () => {
  const found = await node(`
    import { defineRecognizer } from "@cxedge/toolkit"
    import { createAnalyzer } from "@cxedge/toolkit/pii"
    const checkDigitOk = (digits) => {
      const sum = [...digits.slice(0, 7)].reduce((s, d, i) => s + Number(d) * (i % 2 ? 3 : 1), 0)
      return (10 - (sum % 10)) % 10 === Number(digits[7])
    }
    const acmeAccount = defineRecognizer({
      type: "ACME_ACCOUNT", name: "acme-account", score: 0.9, pattern: /\\bACME-\\d{8}\\b/g,
      validate: (match) => checkDigitOk(match.slice(5)), context: { words: ["account", "Konto", "compte"], boost: 0.1 },
    })
    const analyzer = createAnalyzer({ recognizers: [acmeAccount] })
    console.log(JSON.stringify(analyzer.analyze("account ACME-12345678 closed")))
  `)
  expect(found).toEqual([{ type: "ACME_ACCOUNT", start: 8, end: 21, score: 1, recognizer: "acme-account" }])
}, 60_000)

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

test("a plugin in its own package declares its events and tasks on the installed types (declaration merging)", async () => {
  const hono = join(project, "node_modules", "hono")
  expect(Bun.file(join(hono, "package.json")).size).toBeGreaterThan(0) // installed beside the package: the .d.ts resolve
  writeFileSync(join(project, "tsconfig.json"), JSON.stringify({
    compilerOptions: { target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", strict: true, noEmit: true, skipLibCheck: true, types: [], lib: ["ES2023", "DOM"] },
    files: ["plugin.ts"],
  }))
  writeFileSync(join(project, "plugin.ts"), `
import { definePlugin } from "@cxedge/toolkit"

declare module "@cxedge/toolkit" {
  interface CxedgeEvents { "greeting:sent": { to: string } }
  interface CxedgeTasks { "greeting.send": { to: string } }
}

export default definePlugin({
  name: "greet",
  version: "1.0.0",
  setup(rt) {
    rt.hooks.on("greeting:sent", (e) => rt.log.info(e.to.toUpperCase()))
    rt.tasks.handle("greeting.send", async ({ to }) => { await rt.hooks.emit("greeting:sent", { to }) })
    // @ts-expect-error: the payload is typed by the declared event
    void rt.hooks.emit("greeting:sent", { to: 42 })
    // @ts-expect-error: the payload is typed by the declared task kind
    void rt.tasks.enqueue("greeting.send", { recipient: "x" }, "id-1")
    return { ready: rt.tasks.hasHandler("greeting.send") }
  },
})
`)
  const tsc = await run([process.execPath, join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.json"], project)
  expect([tsc.code, tsc.stdout.trim()]).toEqual([0, ""])
  // And the check can fail: an undeclared event is an error.
  writeFileSync(join(project, "plugin.ts"), `import type { Runtime } from "@cxedge/toolkit"\nexport const f = (rt: Runtime) => rt.hooks.emit("greeting:sent", { to: "x" })\n`)
  const refused = await run([process.execPath, join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.json"], project)
  expect(refused.code).not.toBe(0)
  expect(refused.stdout).toContain("greeting:sent")
}, 120_000)
