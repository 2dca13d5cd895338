import { serve } from "@hono/node-server"
import { getConnInfo } from "@hono/node-server/conninfo"
import type { Context } from "hono"

/** Which HTTP server listens: Bun's own (`Bun.serve`), or Node's `http` through @hono/node-server. */
export type ServerKind = "bun" | "node"

/** What an adapter needs: where to listen and the app's fetch handler. */
export interface ListenOptions {
  hostname: string
  port: number
  fetch: (request: Request, env?: any) => Response | Promise<Response>
}

/** A socket that accepts requests until `close` (which resolves once it has stopped). */
export interface Listener {
  port: number
  close(): Promise<void>
}

/** One runtime's way to listen and to name the peer of a request. */
export interface Adapter {
  listen(options: ListenOptions): Promise<Listener>
  peerAddress(c: Context): string | undefined
}

/**
 * Bun's server. `Bun` is read only when `listen` runs, so this module loads on
 * Node too (it is never chosen there) and no `hono/bun` import (which touches
 * `Bun` as it loads) reaches the Node CLI.
 */
const bunAdapter: Adapter = {
  async listen({ hostname, port, fetch }) {
    const server = Bun.serve({ hostname, port, fetch })
    return { port: server.port ?? port, close: () => server.stop() }
  },
  // The server is fetch's second argument, which Hono hands to routes as c.env.
  peerAddress: (c) => (c.env as { requestIP?(request: Request): { address: string } | null }).requestIP?.(c.req.raw)?.address,
}

const nodeAdapter: Adapter = {
  listen({ hostname, port, fetch }) {
    return new Promise((resolve, reject) => {
      const server = serve({ fetch, hostname, port }, (info) =>
        resolve({ port: info.port, close: () => new Promise<void>((done) => server.close(() => done())) }),
      )
      // Node reports a port in use as an event, after serve() returned.
      server.on("error", reject)
    })
  },
  peerAddress: (c) => getConnInfo(c).remote.address,
}

/** The adapter for a kind of server. */
export const adapters: Record<ServerKind, Adapter> = { bun: bunAdapter, node: nodeAdapter }

/** The runtime running this process: the server kind `cxedge serve` uses by default. */
export const currentKind = (): ServerKind => (process.versions.bun ? "bun" : "node")

/** "bun 1.2.3" or "node v20.1.0": what the listening line says runs the server. */
export const runtimeLabel = () => (process.versions.bun ? `bun ${process.versions.bun}` : `node ${process.version}`)
