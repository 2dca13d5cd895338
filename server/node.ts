// Node entry: built to JavaScript (bun build --target=node, or the package's dist) and run with node.
import { startupFailed } from "./prepare.ts"
import { serveUntilSignal } from "./start.ts"

await serveUntilSignal(process.env, "node").catch(startupFailed)
// Stopped by SIGINT/SIGTERM: the runtime is disposed; nothing left to wait for.
process.exit(0)
