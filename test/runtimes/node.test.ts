import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { startListening, testRuntime } from "../../testing/runtime.ts"
import { ROOT } from "../helpers.ts"
import { testCalloutPeer } from "./callout-peer.ts"

const startNode = async (env: Record<string, string>) => {
  // The Node entry is TypeScript; it runs on Node as the bundle `cxedge serve --runtime node` builds.
  const out = join(mkdtempSync(join(tmpdir(), "cxedge-node-")), "node.mjs")
  const build = Bun.spawnSync([process.execPath, "build", `${ROOT}server/node.ts`, "--target=node", "--outfile", out], { stdout: "pipe", stderr: "pipe" })
  if (build.exitCode !== 0) throw new Error(`bun build failed: ${build.stderr}`)
  return startListening(["node", out], { ...env, CXEDGE_PORT: "0" })
}

testRuntime("node", startNode)
testCalloutPeer("node", startNode)
