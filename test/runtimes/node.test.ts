import { expect, test } from "bun:test"
import { tmpdir } from "node:os"
import { startListening, testRuntime } from "../../testing/runtime.ts"
import { testCalloutPeer } from "./callout-peer.ts"
import { buildForNode } from "../server-runtimes.ts"

/** A TypeScript entry bundled for Node (as `cxedge serve --runtime node` and the package build do), so node runs it. */
const startNode = async (env: Record<string, string>) => startListening(["node", buildForNode("server/node.ts")], { ...env, CXEDGE_PORT: "0" })
// The CLI as it runs when installed: on Node, `cxedge serve` serves in its own process.
const startCliServe = async (env: Record<string, string>) => startListening(["node", buildForNode("cli/main.ts"), "serve", "--port", "0"], env)

testRuntime("node", startNode)
testCalloutPeer("node", startNode)
testRuntime("node (cxedge serve)", startCliServe)

test("cxedge serve on Node: SIGTERM stops the server and disposes the runtime, exit 0", async () => {
  const server = await startListening(["node", buildForNode("cli/main.ts"), "serve", "--port", "0"], { HOME: tmpdir() })
  expect(server.printed).toMatch(/listening on http:\/\/[\d.]+:\d+ \(node v/)
  expect(await server.stop()).toBe(0)
}, 40_000)
