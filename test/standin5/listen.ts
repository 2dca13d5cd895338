import { createServer, type IncomingMessage, type ServerResponse } from "node:http"

/** An answer cut short: its headers and the start of its body, then the connection reset ("reset") or left open ("stall"). */
export interface Cut {
  cut: "reset" | "stall"
  start: string
}

/** Sent in two writes with no content-length (chunked transfer encoding): set by the tenant, never sent. */
export const CHUNKED = "x-standin5-chunked"

async function requestOf(inc: IncomingMessage): Promise<Request> {
  const chunks: Buffer[] = []
  for await (const chunk of inc) chunks.push(chunk as Buffer)
  const headers = new Headers()
  for (const [k, v] of Object.entries(inc.headers)) if (typeof v === "string") headers.set(k, v)
  const body = inc.method === "GET" || inc.method === "HEAD" ? undefined : Buffer.concat(chunks)
  return new Request(`http://${inc.headers.host}${inc.url}`, { method: inc.method, headers, body })
}

async function write(res: ServerResponse, out: Response | Cut): Promise<void> {
  if ("cut" in out) {
    res.writeHead(200, { "content-type": "application/json", "content-length": "4096" })
    res.write(out.start)
    // A reset: the socket closes with the promised length unsent. A stall: nothing more until the server stops.
    if (out.cut === "reset") setTimeout(() => res.socket?.destroy(), 10)
    return
  }
  const bytes = Buffer.from(await out.arrayBuffer())
  const headers = Object.fromEntries(out.headers)
  const chunked = CHUNKED in headers
  delete headers[CHUNKED]
  if (!chunked) {
    res.writeHead(out.status, { ...headers, "content-length": String(bytes.length) })
    res.end(bytes)
    return
  }
  delete headers["content-length"]
  res.writeHead(out.status, headers)
  const half = Math.floor(bytes.length / 2)
  res.write(bytes.subarray(0, half))
  setTimeout(() => res.end(bytes.subarray(half)), 5)
}

/** A node:http server on 127.0.0.1, port 0 (node's, not Bun.serve: only a raw socket can be reset mid-body). */
export async function listen(handler: (req: Request) => Promise<Response | Cut>) {
  const server = createServer((inc, res) => {
    requestOf(inc).then(handler).then((out) => write(res, out)).catch(() => res.destroy())
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const port = (server.address() as { port: number }).port
  return {
    port,
    stop() {
      server.closeAllConnections()
      server.close()
    },
  }
}
