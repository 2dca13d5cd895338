import { testRuntime, startListening } from "../../testing/runtime.ts"
import { ROOT } from "../helpers.ts"
import { testCalloutPeer } from "./callout-peer.ts"

testRuntime("bun", (env) => startListening([process.execPath, `${ROOT}server/bun.ts`], { ...env, CXEDGE_PORT: "0" }))
testCalloutPeer("bun", (env) => startListening([process.execPath, `${ROOT}server/bun.ts`], { ...env, CXEDGE_PORT: "0" }))
