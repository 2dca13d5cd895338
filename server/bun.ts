// Bun entry: `bun server/bun.ts`. `cxedge serve` runs the same server in its own process.
import { startupFailed } from "./prepare.ts"
import { serveUntilSignal } from "./start.ts"

await serveUntilSignal(process.env, "bun").catch(startupFailed)
// Stopped by SIGINT/SIGTERM: the runtime is disposed; nothing left to wait for.
process.exit(0)
