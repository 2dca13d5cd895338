import { defineCommand } from "citty"
import { existsSync } from "node:fs"
import { join } from "node:path"
import { ConfigError } from "../../core/index.ts"

const ROOT = join(import.meta.dir, "..", "..")

async function run(cmd: string[], env: Record<string, string | undefined>): Promise<number> {
  const child = Bun.spawn(cmd, { stdio: ["inherit", "inherit", "inherit"], env: env as Record<string, string> })
  const forward = (signal: NodeJS.Signals) => () => child.kill(signal)
  process.once("SIGINT", forward("SIGINT"))
  process.once("SIGTERM", forward("SIGTERM"))
  return child.exited
}

/** `cxedge serve [--port N] [--runtime bun|node]`: the HTTP server on Bun, or built for and run on Node. */
export default defineCommand({
  meta: { name: "serve", description: "Serve the HTTP app (health, metrics, OpenAPI, admin and webhook routes) on Bun or Node" },
  args: {
    port: { type: "string", default: "8080", description: "port (0 picks a free one)" },
    host: { type: "string", default: "127.0.0.1", description: "address to bind" },
    runtime: { type: "string", default: "bun", description: "bun, or node (bundled first with bun build --target=node)" },
  },
  async run({ args }) {
    const env = { ...process.env, CXEDGE_PORT: args.port, CXEDGE_HOST: args.host }
    if (args.runtime === "bun") {
      process.exitCode = await run([process.execPath, join(ROOT, "server", "bun.ts")], env)
      return
    }
    if (args.runtime !== "node") throw new ConfigError("serve", `unknown --runtime ${args.runtime}: use bun or node`)
    const out = join(ROOT, ".cxedge", "build", "node.mjs")
    const built = await run([process.execPath, "build", join(ROOT, "server", "node.ts"), "--target=node", "--outfile", out], process.env)
    if (built !== 0 || !existsSync(out)) throw new ConfigError("serve", "bundling the Node server failed: see the bun build output above")
    process.exitCode = await run(["node", out], env)
  },
})
