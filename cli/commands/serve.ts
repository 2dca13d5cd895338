import { defineCommand } from "citty"
import { spawn } from "node:child_process"
import { existsSync } from "node:fs"
import { join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { choiceFlag, ConfigError, hostFlag, intFlag } from "../../core/index.ts"
import { currentKind, serveUntilSignal, type ServeFlags, type ServerKind } from "../../server/start.ts"
import { commonArgs } from "../host.ts"

/** 0 asks the OS for a free port (tests, previews). */
export const PORT = { min: 0, max: 65_535 }

/**
 * The port to listen on: the flag, else CXEDGE_PORT, else PORT, else 8080.
 * No citty default: a default flag value would hide the environment
 * (`CXEDGE_PORT=8081 cxedge serve` must listen on 8081).
 */
export function servePort(flag: unknown, env: Record<string, string | undefined>): number {
  const fromEnv = (name: string) => (env[name] ? intFlag(name, env[name], PORT) : undefined)
  return intFlag("port", flag, PORT) ?? fromEnv("CXEDGE_PORT") ?? fromEnv("PORT") ?? 8080
}

/** A child with the terminal, the signals forwarded to it; resolves with its exit code. */
function run(cmd: string[], env: Record<string, string | undefined>): Promise<number> {
  const child = spawn(cmd[0]!, cmd.slice(1), { stdio: "inherit", env })
  const forward = (signal: NodeJS.Signals) => () => child.kill(signal)
  process.once("SIGINT", forward("SIGINT"))
  process.once("SIGTERM", forward("SIGTERM"))
  return new Promise((resolve) => {
    child.on("error", () => resolve(127))
    child.on("exit", (code) => resolve(code ?? 1))
  })
}

/**
 * `--runtime node` from Bun: only a source checkout has the Node entry to
 * bundle (a compiled binary holds Bun and no Node), so it is built with
 * `bun build --target=node` and run with the `node` on PATH.
 */
async function serveOnNode(env: Record<string, string | undefined>): Promise<number> {
  const root = fileURLToPath(new URL("../../", import.meta.url))
  const entry = join(root, "server", "node.ts")
  if (!existsSync(entry)) {
    // A compiled binary's modules live in Bun's embedded file system ($bunfs, or ~BUN on Windows).
    if (/\$bunfs|~BUN/.test(import.meta.url)) {
      throw new ConfigError("serve", "--runtime node needs Node, and this cxedge has Bun built in: drop --runtime (it serves on the built-in Bun), or install the npm package and run it with node")
    }
    throw new ConfigError("serve", "--runtime node from Bun needs the source checkout, and this cxedge is a build: run it with node (npx @cxedge/toolkit serve), or drop --runtime")
  }
  const out = join(root, ".cxedge", "build", "node.mjs")
  const built = await run([process.execPath, "build", entry, "--target=node", "--outfile", out], process.env)
  if (built !== 0 || !existsSync(out)) throw new ConfigError("serve", "bundling the Node server failed: see the bun build output above")
  const code = await run(["node", out], env)
  if (code === 127) throw new ConfigError("serve", "cannot start node: install Node 20 or later, or drop --runtime to serve on Bun")
  return code
}

/**
 * `--config` and `--storage-dir` for a Node server in a child process, which reads only its environment: checked here
 * first, as the Bun server checks them (a missing file or directory refused before anything listens), then handed on
 * as CXEDGE_CONFIG and CXEDGE_STORAGE_DIR, absolute (they win over the environment, as the flags do).
 */
async function flagsForChild(flags: ServeFlags, env: Record<string, string | undefined>): Promise<Record<string, string | undefined>> {
  if (flags.config === undefined && flags["storage-dir"] === undefined) return env
  const [{ loadSettings }, { refuseMissingStorageDir }, { MISSING_STORE }] = await Promise.all([import("../../node/config.ts"), import("../../node/storage-checks.ts"), import("../../server/prepare.ts")])
  const settings = await loadSettings({ ...flags }, env)
  if (flags["storage-dir"] !== undefined) refuseMissingStorageDir(settings.storage, MISSING_STORE)
  return {
    ...env,
    ...(flags.config === undefined ? {} : { CXEDGE_CONFIG: resolve(flags.config) }),
    ...(flags["storage-dir"] === undefined ? {} : { CXEDGE_STORAGE_DIR: resolve(flags["storage-dir"]) }),
  }
}

/** `cxedge serve [--port N] [--runtime bun|node] [--config FILE] [--storage-dir DIR]`: the HTTP server, in this process. */
export default defineCommand({
  meta: { name: "serve", description: "Serve the HTTP app (health, metrics, OpenAPI, admin and webhook routes) on Bun or Node", examples: ["cxedge serve --port 8080", "cxedge serve --port 0 --host 0.0.0.0  # a free port, on every interface", "cxedge serve --config prod.config.ts --storage-dir /var/lib/cxedge"] },
  args: {
    port: { type: "string", description: "port, 0 to 65535 (0 picks a free one; default CXEDGE_PORT, PORT, else 8080)" },
    host: { type: "string", description: "address to bind (default CXEDGE_HOST, else 127.0.0.1)" },
    runtime: { type: "string", description: "bun or node (default: the runtime running cxedge; node from a Bun source checkout is bundled with bun build, then run with node)" },
    config: commonArgs.config,
    "storage-dir": { ...commonArgs["storage-dir"], description: "directory of the fs storage, which must exist (default .cxedge); naming one chooses the fs storage" },
  },
  async run({ args }) {
    const here = currentKind()
    const runtime: ServerKind = choiceFlag("runtime", args.runtime, ["bun", "node"] as const) ?? here
    const port = servePort(args.port, process.env)
    const host = hostFlag("host", args.host) ?? hostFlag("CXEDGE_HOST", process.env.CXEDGE_HOST || undefined) ?? "127.0.0.1"
    const env = { ...process.env, CXEDGE_PORT: String(port), CXEDGE_HOST: host }
    const flags: ServeFlags = { config: args.config, "storage-dir": args["storage-dir"] }
    if (runtime === "bun" && here === "node") throw new ConfigError("serve", "--runtime bun needs cxedge running on Bun, and this is Node: drop --runtime, or run cxedge with bun")
    if (runtime !== here) {
      process.exitCode = await serveOnNode(await flagsForChild(flags, env))
      return
    }
    await serveUntilSignal(env, runtime, flags)
    // Stopped by SIGINT/SIGTERM with the runtime disposed: exit now rather than wait on a stray handle (a redis socket).
    process.exit(0)
  },
})
