import { ConfigError, type Env } from "../core/index.ts"
import { adapters, currentKind, runtimeLabel, type ServerKind } from "./listen.ts"
import { prepareServer, type ServeFlags } from "./prepare.ts"

export type { ServerKind, ServeFlags }
export { currentKind }

/** A server started by `startServer`. */
export interface RunningServer {
  /** `http://host:port`, with the port the OS picked when asked for 0. */
  origin: string
  port: number
  hostname: string
  /** Stops accepting requests, then stops the worker loop and disposes the runtime. Safe to call twice. */
  stop(): Promise<void>
}

/**
 * Starts the HTTP app in this process: the runtime from `env` (as the Bun and
 * Node entries and `cxedge serve` read it), the worker loop, and a listener.
 * `kind` defaults to the runtime running this process; `"bun"` needs Bun, and
 * `"node"` (@hono/node-server) also runs on Bun. `flags` are `cxedge serve`'s
 * `--config` and `--storage-dir`, which win over the environment.
 *
 * @example
 * const server = await startServer({ ...process.env, CXEDGE_PORT: "0" })
 * await fetch(`${server.origin}/healthz`)
 * await server.stop()
 */
export async function startServer(env: Env, kind: ServerKind = currentKind(), flags: ServeFlags = {}): Promise<RunningServer> {
  if (kind === "bun" && !process.versions.bun) throw new ConfigError("serve", "the bun server needs Bun, and this is Node: drop --runtime, or run cxedge with bun")
  const adapter = adapters[kind]
  const s = await prepareServer(env, { peerAddress: adapter.peerAddress }, flags)
  let listener: Awaited<ReturnType<typeof adapter.listen>>
  try {
    listener = await adapter.listen({ hostname: s.hostname, port: s.port, fetch: s.app.fetch })
  } catch (error) {
    await s.shutdown()
    throw listenError(error, s.port, s.hostname)
  }
  const origin = `http://${s.hostname.includes(":") ? `[${s.hostname}]` : s.hostname}:${listener.port}`
  console.log(`cxedge listening on ${origin} (${runtimeLabel()})`)
  let stopped: Promise<void> | undefined
  return {
    origin,
    port: listener.port,
    hostname: s.hostname,
    stop: () => (stopped ??= listener.close().then(() => s.shutdown())),
  }
}

/** Serves until SIGINT or SIGTERM, then stops the server and disposes the runtime; resolves when all is closed. */
export async function serveUntilSignal(env: Env, kind?: ServerKind, flags: ServeFlags = {}): Promise<void> {
  // Listening for the signals before the server starts: one sent as soon as "listening" shows still stops it cleanly.
  let signalled!: () => void
  const signal = new Promise<void>((resolve) => (signalled = resolve))
  process.once("SIGINT", signalled)
  process.once("SIGTERM", signalled)
  let server: RunningServer
  try {
    server = await startServer(env, kind, flags)
  } catch (error) {
    process.off("SIGINT", signalled)
    process.off("SIGTERM", signalled)
    throw error
  }
  await signal
  await server.stop()
}

/**
 * A listen failure in the words of the user's fix: a port in use or a host
 * this machine does not have is a ConfigError (exit 2); anything else as is.
 */
export function listenError(error: unknown, port: number, host: string): unknown {
  const code = (error as { code?: string } | undefined)?.code
  // Port 0 is never in use: a runtime that reports a host it cannot bind as EADDRINUSE means the host.
  const inUse = port !== 0 && (code === "EADDRINUSE" || /EADDRINUSE|address already in use/i.test(String((error as Error)?.message)))
  if (inUse) return new ConfigError("serve", `port ${port} is in use: stop the other server or pick another port (--port, CXEDGE_PORT)`, { cause: error })
  // An address this machine does not have (or a name that does not resolve) is a configuration mistake too.
  if (/^(EADDRINUSE|EINVAL|EADDRNOTAVAIL|ENOTFOUND|EAI_\w+)$/.test(code ?? "")) {
    return new ConfigError("serve", `cannot listen on ${host}: use an address of this machine (127.0.0.1, 0.0.0.0, ::) with --host or CXEDGE_HOST`, { cause: error })
  }
  return error
}
