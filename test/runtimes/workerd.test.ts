import { expect, test } from "bun:test"
import { createSandbox } from "../../sandbox/app.ts"
import { ADMIN, serverEnv, testRuntime } from "../../testing/runtime.ts"
import { serveSandbox } from "../../testing/sandbox.ts"
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

// On Workers a timer set by a request that has since answered never fires. Under a low rate the callers
// that wait for a token each sleep in their own request: none waits on the timer of a request that ended.
test.skipIf(workerdSkipped())("requests served at once under a low rate are paced, and each answers", async () => {
  const sandbox = await createSandbox({ contacts: 30 })
  const tenant = serveSandbox(sandbox)
  const worker = await startWorkerd({ ...serverEnv(sandbox, tenant.origin), CXEDGE_RPS: "4" })
  try {
    const contact = [...sandbox.tenant("acme").data.messages.values()][0]!.contactNumber
    const body = JSON.stringify({ contactNumber: contact, recipients: ["ada@example.com"] })
    const answers = await Promise.all(Array.from({ length: 8 }, async () => {
      const res = await fetch(`${worker.origin}/v1/transcripts`, { method: "POST", headers: { authorization: `Bearer ${ADMIN}`, "content-type": "application/json" }, body, signal: AbortSignal.timeout(30_000) })
      return res.status === 200 ? 200 : `${res.status} ${await res.text()}`
    }))
    expect(answers).toEqual(Array(8).fill(200))
    expect(sandbox.tenant("acme").transcripts.length).toBe(8)
  } finally {
    await worker.stop()
    tenant.stop()
  }
}, 90_000)
