import { testRuntime, startListening } from "../contracts/runtime.ts"
import { ROOT } from "../helpers.ts"
import { testCalloutPeer } from "./callout-peer.ts"

const startBun = (env: Record<string, string>) => startListening([process.execPath, `${ROOT}server/bun.ts`], { ...env, CXEDGE_PORT: "0" })

testRuntime("bun", startBun)
testCalloutPeer("bun", startBun)
// `cxedge serve` runs the same server in its own process (no child), as it must in a compiled binary.
testRuntime("bun (cxedge serve)", (env) => startListening([process.execPath, `${ROOT}cli/main.ts`, "serve", "--port", "0"], env))
