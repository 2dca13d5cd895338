import { testRuntime, startListening } from "../contracts/runtime.ts"
import { ROOT } from "../helpers.ts"

testRuntime("bun", (env) => startListening([process.execPath, `${ROOT}server/bun.ts`], { ...env, CXEDGE_PORT: "0" }))
