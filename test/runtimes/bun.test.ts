import { expect, test } from "bun:test"
import { testRuntime, startListening } from "../contracts/runtime.ts"
import { ROOT, runCli } from "../helpers.ts"
import { testCalloutPeer } from "./callout-peer.ts"

const startBun = (env: Record<string, string>) => startListening([process.execPath, `${ROOT}server/bun.ts`], { ...env, CXEDGE_PORT: "0" })

testRuntime("bun", startBun)
testCalloutPeer("bun", startBun)
// `cxedge serve` runs the same server in its own process (no child), as it must in a compiled binary.
testRuntime("bun (cxedge serve)", (env) => startListening([process.execPath, `${ROOT}cli/main.ts`, "serve", "--port", "0"], env))

test("cxedge serve on a port in use says so in one line and exits 2", async () => {
  const busy = Bun.serve({ hostname: "127.0.0.1", port: 0, fetch: () => new Response("busy") })
  try {
    const r = await runCli(["serve", "--port", String(busy.port)], { CXEDGE_LOG_LEVEL: "warn" }, { timeoutMs: 20_000 })
    expect([r.code, r.stderr.trim()]).toEqual([2, `[cxedge] [serve] port ${busy.port} is in use: stop the other server or pick another port (--port, CXEDGE_PORT)`])
  } finally {
    busy.stop(true)
  }
})
