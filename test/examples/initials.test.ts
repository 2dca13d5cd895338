import { beforeAll, expect, test } from "bun:test"
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join } from "node:path"
import { serverEnv } from "../../testing/runtime.ts"
import { serveSandbox } from "../../testing/sandbox.ts"
import { createSandbox } from "../../sandbox/app.ts"
import { ROOT } from "../helpers.ts"
import { exampleCopy, NODE_ONLY_PATH, npmInstall, ok, packed, run } from "../package/pack.ts"
import { startWorkerd, workerdSkipped } from "../workerd.ts"

// examples/initials is a plugin in its own package: it is installed against the packed tarball, runs its own
// tests, and is loaded by package name from cxedge.config.json in the CLI and in a Worker.
let example: string
let project: string
const wrangler = (args: string[]) =>
  run(["node", `${ROOT}node_modules/wrangler/bin/wrangler.js`, ...args], project, { HOME: project, WRANGLER_SEND_METRICS: "false", CI: "true" })

beforeAll(async () => {
  const tgz = await packed()
  example = exampleCopy("initials")
  const pkg = JSON.parse(readFileSync(join(example, "package.json"), "utf8"))
  pkg.devDependencies["@cxedge/toolkit"] = `file:${tgz}`
  writeFileSync(join(example, "package.json"), JSON.stringify(pkg, null, 2))
  await npmInstall(example)
  // The author's `npm pack` builds the plugin (prepack: tsc) and makes what they would publish.
  ok(await run(["npm", "pack", "--loglevel=error"], example), "npm pack (example)")
  const pluginTgz = join(example, readdirSync(example).find((f) => f.startsWith("cxedge-plugin-initials-") && f.endsWith(".tgz"))!)
  project = mkdtempSync(join(tmpdir(), "cxedge-project-"))
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "qa-copies", private: true, type: "module" }))
  await npmInstall(project, [tgz, pluginTgz])
  writeFileSync(join(project, "cxedge.config.json"), JSON.stringify({ plugins: ["tenant", "anonymize", "cxedge-plugin-initials"] }))
  writeFileSync(join(project, "qa.json"), JSON.stringify({ name: "qa", fields: [{ path: "firstName", transform: "initials" }, { path: "email", transform: "nullify" }] }))
}, 300_000)

test("the example imports only @cxedge/toolkit and @cxedge/toolkit/testing from cxedge", () => {
  const sources = ["src/index.ts", "test/initials.test.ts"].map((f) => readFileSync(join(ROOT, "examples/initials", f), "utf8"))
  const specifiers = sources.flatMap((s) => [...s.matchAll(/from "([^"]+)"/g)].map((m) => m[1]!)).filter((s) => !s.startsWith("."))
  expect([...new Set(specifiers)].sort()).toEqual(["@cxedge/toolkit", "@cxedge/toolkit/testing", "bun:test", "valibot"])
})

test("the example's own tests pass against the packed package", async () => {
  const r = await run([process.execPath, "test"], example, { PATH: `${dirname(process.execPath)}:${NODE_ONLY_PATH}` })
  expect({ code: r.code, out: r.stdout + r.stderr }).toEqual({ code: 0, out: expect.stringMatching(/\b\d+ pass\b[\s\S]*\b0 fail\b/) })
}, 60_000)

test("the installed CLI, on Node alone, loads the plugin by package name and runs its transform", async () => {
  const r = await run([join(project, "node_modules/.bin/cxedge"), "anonymize", "--matrix", "qa.json", "--dry-run", "--json"], project, { PATH: NODE_ONLY_PATH })
  expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: expect.stringContaining("embedded sandbox tenant") })
  const report = JSON.parse(r.stdout)
  expect(report.counts.initials).toBe(250)
  expect(report.sample[0].after).toMatch(/^"\p{Lu}\."$/u)
}, 60_000)

test("cxedge build worker writes an entry that wrangler bundles with the plugin, and the Worker loads it", async () => {
  const built = await run([join(project, "node_modules/.bin/cxedge"), "build", "worker", "--out", "worker.js"], project, { PATH: NODE_ONLY_PATH })
  expect(built.code).toBe(0)
  const entry = readFileSync(join(project, "worker.js"), "utf8")
  expect(entry).toContain('from "cxedge-plugin-initials"')
  writeFileSync(join(project, "wrangler.toml"), `name = "qa"\nmain = "worker.js"\ncompatibility_date = "2026-04-20"\ncompatibility_flags = ["nodejs_compat"]\n`)
  ok(await wrangler(["deploy", "--dry-run", "--outdir", "out"]), "wrangler deploy --dry-run")
  const bundle = readFileSync(join(project, "out", "worker.js"), "utf8")
  expect(bundle).toContain("a name reduced to its initials")
  expect(bundle).not.toContain("createFileSink")
  if (workerdSkipped()) return
  const sandbox = await createSandbox({ contacts: 5 })
  const tenant = serveSandbox(sandbox)
  const worker = await startWorkerd(serverEnv(sandbox, tenant.origin), join(project, "worker.js"))
  try {
    const health = await (await fetch(`${worker.origin}/healthz`)).json()
    expect(health.plugins).toEqual(["tenant", "anonymize", "initials"])
  } finally {
    await worker.stop()
    tenant.stop()
  }
}, 180_000)

test("the README shows the example plugin exactly as it is", () => {
  const readme = readFileSync(`${ROOT}README.md`, "utf8")
  // The "Writing a plugin in its own package" section quotes src/index.ts whole.
  expect(readme.includes(readFileSync(`${ROOT}examples/initials/src/index.ts`, "utf8").trim())).toBe(true)
})
