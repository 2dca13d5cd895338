import { defineCommand } from "citty"
import { existsSync } from "node:fs"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { choiceFlag, ConfigError, hostFlag, intFlag } from "../../core/index.ts"

// import.meta.url, not Bun's import.meta.dir: the installed CLI runs on Node.
const ROOT = fileURLToPath(new URL("../..", import.meta.url))
/** 0 asks the OS for a free port (tests, previews). */
export const PORT = { min: 0, max: 65_535 }

async function run(cmd: string[], env: Record<string, string | undefined>): Promise<number> {
  const child = Bun.spawn(cmd, { stdio: ["inherit", "inherit", "inherit"], env: env as Record<string, string> })
  const forward = (signal: NodeJS.Signals) => () => child.kill(signal)
  process.once("SIGINT", forward("SIGINT"))
  process.once("SIGTERM", forward("SIGTERM"))
  return child.exited
}

/**
 * The port to listen on: the flag, else CXEDGE_PORT, else PORT, else 8080.
 * No citty default: a default flag value would hide the environment
 * (`CXEDGE_PORT=8081 cxedge serve` must listen on 8081).
 */
export function servePort(flag: unknown, env: Record<string, string | undefined>): number {
  const fromEnv = (name: string) => (env[name] ? intFlag(name, env[name], PORT) : undefined)
  return intFlag("port", flag, PORT) ?? fromEnv("CXEDGE_PORT") ?? fromEnv("PORT") ?? 8080
}

/** `cxedge serve [--port N] [--runtime bun|node]`: the HTTP server on Bun, or built for and run on Node. */
export default defineCommand({
  meta: { name: "serve", description: "Serve the HTTP app (health, metrics, OpenAPI, admin and webhook routes) on Bun or Node", examples: ["cxedge serve --port 8080", "cxedge serve --runtime node --host 0.0.0.0  # bundled for Node, on every interface"] },
  args: {
    port: { type: "string", description: "port, 0 to 65535 (0 picks a free one; default CXEDGE_PORT, PORT, else 8080)" },
    host: { type: "string", description: "address to bind (default CXEDGE_HOST, else 127.0.0.1)" },
    runtime: { type: "string", description: "bun (default), or node (bundled first with bun build --target=node)" },
  },
  async run({ args }) {
    const runtime = choiceFlag("runtime", args.runtime, ["bun", "node"] as const) ?? "bun"
    const port = servePort(args.port, process.env)
    const host = hostFlag("host", args.host) ?? hostFlag("CXEDGE_HOST", process.env.CXEDGE_HOST || undefined) ?? "127.0.0.1"
    const env = { ...process.env, CXEDGE_PORT: String(port), CXEDGE_HOST: host }
    if (runtime === "bun") {
      process.exitCode = await run([process.execPath, join(ROOT, "server", "bun.ts")], env)
      return
    }
    const out = join(ROOT, ".cxedge", "build", "node.mjs")
    const built = await run([process.execPath, "build", join(ROOT, "server", "node.ts"), "--target=node", "--outfile", out], process.env)
    if (built !== 0 || !existsSync(out)) throw new ConfigError("serve", "bundling the Node server failed: see the bun build output above")
    process.exitCode = await run(["node", out], env)
  },
})
