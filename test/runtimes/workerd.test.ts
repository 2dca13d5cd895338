import { expect, test } from "bun:test"
import { testRuntime } from "../../testing/runtime.ts"
import { startWorkerd, workerBundle, workerdSkipped } from "../workerd.ts"
import { ROOT } from "../helpers.ts"
import { testCalloutPeer } from "./callout-peer.ts"

if (!workerdSkipped()) testRuntime("workerd", startWorkerd, 90_000)
// wrangler dev, like Cloudflare, sets CF-Connecting-IP: the Worker's peer address.
if (!workerdSkipped()) testCalloutPeer("workerd", startWorkerd, 90_000)

test("the Worker bundle holds no node-only module (fs, path, child_process, audit-file)", async () => {
const bundle = new TextDecoder().decode(await workerBundle())
  const nodeModules = [...new Set(bundle.match(/from "node:[\w/]+"/g) ?? [])].sort()
  // Workers' nodejs_compat offers crypto and util; nothing that needs a filesystem or a process.
  expect(nodeModules.filter((m) => !['from "node:crypto"', 'from "node:util"'].includes(m))).toEqual([])
  expect(nodeModules).toContain('from "node:crypto"')
  expect(bundle).not.toContain("createFileSink")
  expect(bundle).not.toContain("createReadStream")
}, 60_000)

// The CLI framework has no place in a Worker. Bundlers inline dynamic imports, so the built-ins'
// lazy command loaders live apart from the plugin objects (plugins/<name>/cli.ts, mounted by
// plugins/manifest-cli.ts), and nothing the Worker imports reaches them.
test("the Worker bundle holds no citty and no plugin command", async () => {
  const build = await Bun.build({ entrypoints: [`${ROOT}server/worker.ts`], target: "browser", external: ["node:*"] })
  expect(build.success).toBe(true)
  const bundle = await build.outputs[0]!.text()
  expect(bundle.includes("createRuntime")).toBe(true) // the bundle is the Worker's, so an absence below means something
  expect(bundle.match(/node_modules\/citty\/[\w/.]+/g) ?? []).toEqual([])
  expect(bundle.includes("defineCommand")).toBe(false)
})
