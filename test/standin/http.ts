import { createServer, type IncomingMessage, type Server } from "node:http"
import type { AddressInfo } from "node:net"

export interface Reply {
  status: number
  body?: unknown
  headers?: Record<string, string>
  /** A raw text body instead of JSON. */
  text?: string
}

export type Handler = (req: IncomingMessage, url: URL, raw: string) => Reply | Promise<Reply>

export interface Listener {
  origin: string
  server: Server
  close(): Promise<void>
}

/**
 * JSON with 64-bit ids as bare numbers: an id kept as a digit string in the stand-in's state goes out as
 * `"contactId":9007199254740993`, as the ACD API sends int64 (cxone-api.md §8.4).
 */
export function int64Json(body: unknown): string {
  return JSON.stringify(body).replace(/"(contactId|masterContactId)":"(\d+)"/g, '"$1":$2')
}

/** One listener on 127.0.0.1, port 0. Every request is logged in `log` (method, path, status). */
export async function listen(handler: Handler, log: { method: string; path: string; status: number; host: string }[], name: string): Promise<Listener> {
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = []
    for await (const c of req) chunks.push(c as Buffer)
    const raw = Buffer.concat(chunks).toString("utf8")
    const url = new URL(req.url ?? "/", `http://${req.headers.host ?? "127.0.0.1"}`)
    let reply: Reply
    try {
      reply = await handler(req, url, raw)
    } catch (error) {
      reply = { status: 500, body: { error: "server_error", error_description: String(error) } }
    }
    log.push({ method: req.method ?? "GET", path: url.pathname + url.search, status: reply.status, host: name })
    const headers: Record<string, string> = { ...reply.headers }
    let text = reply.text ?? ""
    if (reply.text === undefined && reply.body !== undefined && reply.status !== 204 && reply.status !== 304) {
      text = int64Json(reply.body)
      headers["Content-Type"] ??= "application/json; charset=utf-8"
    }
    res.writeHead(reply.status, headers)
    res.end(reply.status === 204 || reply.status === 304 ? undefined : text)
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    server,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections?.()
      server.close(() => resolve())
    }),
  }
}
