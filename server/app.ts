import { Hono, type Context, type MiddlewareHandler } from "hono"
import { HTTPException } from "hono/http-exception"
import { timeout } from "hono/timeout"
import { describeError, type Counter, type CxedgeError, type Histogram, type Runtime } from "../core/index.ts"
import { adminAuth } from "./admin.ts"
import { methodNotAllowed } from "./method-not-allowed.ts"
import { adminDocs, openApiDocument, ownDocs } from "./openapi.ts"
import { mountPluginRoutes } from "./route-clash.ts"

export interface AppOptions {
  /** Bearer token for `/v1/*` admin routes; without one they answer 503 and say how to enable them. */
  adminToken?: string
  /** Largest request body, in bytes (default 1 MiB; webhook routes set their own, smaller). */
  maxBodyBytes?: number
  /** An admin or readiness request waiting longer on the tenant is answered 504 (default 30 s); long work is queued, never done in a request. */
  timeoutMs?: number
  /**
   * The runtime adapter's answer to "who is on the other end": the socket's
   * peer on Bun and Node, CF-Connecting-IP on Workers. Routes read it as
   * `c.get("peerAddress")`; without it the address is unknown.
   */
  peerAddress?: (c: Context) => string | undefined
}

const VERSION = "0.1.0"
const STATUS: Record<string, number> = { E_VALIDATION: 400, E_USAGE: 400, E_NOT_FOUND: 404, E_PERMISSION: 502, E_AUTH: 502, E_CONFIG: 500 }

/**
 * Counts a chunked body as the route reads it, instead of buffering it up
 * front (hono/body-limit): a route that refuses first (a source allowlist, a
 * bad token) reads none of it. Past `max` the read fails; the returned
 * function tells whether that happened.
 */
function countBody(c: Context, max: number): () => boolean {
  const body = c.req.raw.body
  let size = 0
  let over = false
  if (!body) return () => over
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined
  const counted = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        reader ??= body.getReader()
        const { done, value } = await reader.read()
        if (done) return controller.close()
        size += value.byteLength
        if (size <= max) return controller.enqueue(value)
        over = true
        await reader.cancel()
        controller.error(new HTTPException(413, { message: `the body is larger than ${max} bytes` }))
      },
      cancel: (reason) => reader?.cancel(reason) ?? body.cancel(reason),
    },
    { highWaterMark: 0 },
  )
  c.req.raw = new Request(c.req.raw, { body: counted, duplex: "half" } as RequestInit)
  return () => over
}

/**
 * Counts each request and times it, by route (and status), into the runtime's metrics. Each route's and status's
 * handles are looked up once: the labels' key was built for every request.
 */
function measureRequests(rt: Runtime): MiddlewareHandler {
  const handles = new Map<string, { count: Counter; time: Histogram }>()
  return async function measure(c, next) {
    const started = performance.now()
    await next()
    const route = c.req.routePath || "unmatched"
    const status = c.res.status
    const key = `${status} ${route}`
    let h = handles.get(key)
    if (!h) {
      h = { count: rt.metrics.counter("cxedge_http_requests_total", { route, status: String(status) }), time: rt.metrics.histogram("cxedge_http_request_duration_seconds", { route }) }
      handles.set(key, h)
    }
    h.count.inc()
    h.time.observe(performance.now() - started) // milliseconds, as every histogram is observed
  }
}

/**
 * The HTTP face of a runtime: health, readiness, metrics, OpenAPI, admin
 * routes under `/v1/*` behind a bearer token, webhook routes that verify
 * signatures, and every plugin's routes; body limit, request timeout, and a
 * JSON `{error, message}` for every failure (never a stack trace). Each
 * runtime entry (Bun, Node, Workers) serves this app's `fetch`.
 *
 * @example
 * const app = createApp(rt, { adminToken: env.CXEDGE_ADMIN_TOKEN })
 * export default { fetch: app.fetch }
 */
export function createApp(rt: Runtime, options: AppOptions = {}): Hono {
  const app = new Hono()
  const maxBody = options.maxBodyBytes ?? 1024 * 1024

  const peer = options.peerAddress
  app.use("*", function peerAddress(c, next) {
    // Read now: Bun finds the socket by the Request object, which the body limit may replace.
    let address: string | undefined
    try {
      address = peer?.(c)
    } catch {
      // e.g. app.request in a test: no socket behind the request, so the address is unknown.
    }
    c.set("peerAddress", address)
    return next()
  })
  app.use("*", measureRequests(rt))
  // Routes that wait on the tenant get a deadline; webhook routes only verify and enqueue, so they need none.
  const deadline = timeout(options.timeoutMs ?? 30_000, new HTTPException(504, { message: "the request took too long" }))
  app.use("/v1/*", deadline)
  app.use("/readyz", deadline)
  // What to do is said too: "larger than 1048576 bytes" alone left a caller of /v1/inspect to guess whether to split the text.
  const tooLarge = (c: Context) => c.json({ error: "payload_too_large", message: `the body is larger than ${maxBody} bytes, the most this server reads in one request: send less in each request (a long text in parts)` }, 413)
  app.use("*", async function limitBody(c, next) {
    // Decided from the headers when they tell: on Node, touching the request's body stream builds a
    // whole Request for it (a tenth of the webhook route's throughput). Chunked bodies are counted.
    if (c.req.method === "GET" || c.req.method === "HEAD") return next()
    const length = c.req.header("content-length")
    if (length !== undefined && c.req.header("transfer-encoding") === undefined) return Number(length) > maxBody ? tooLarge(c) : next()
    const over = countBody(c, maxBody)
    await next()
    // Whatever the route made of the failed read (a 500, a 400 "not JSON"), the cause was the size.
    if (over()) c.res = tooLarge(c)
  })

  app.get("/healthz", ownDocs.healthz, (c) => c.json({ status: "ok", plugins: rt.plugins.map((p) => p.name) }))
  app.get("/readyz", ownDocs.readyz, readiness(rt))
  app.get("/metrics", ownDocs.metrics, (c) => c.text(rt.metrics.prometheus(), 200, { "content-type": "text/plain; version=0.0.4" }))
  const document = openApiDocument(app, VERSION)
  app.get("/openapi.json", ownDocs.openapi, async (c) => c.json(await document()))
  app.use("/v1/*", adminDocs, adminAuth({ token: options.adminToken }))
  // A route's template sent as it is documented (/v1/skills/{id}/health, /v1/jobs/:id): each route refused the
  // placeholder as an id of the wrong shape ("the skill id must be a positive integer"), not as a placeholder.
  app.use("/v1/*", async function placeholder(c, next) {
    const segment = new URL(c.req.url).pathname.split("/").map((part) => { try { return decodeURIComponent(part) } catch { return part } }).find((part) => /^(\{\w{1,40}\}|:\w{1,40})$/.test(part))
    if (!segment) return next()
    // No id of any route holds { } or : (skill ids are digits; job, hold and export ids letters, digits, _ - .).
    const value = /^\{(\d+)\}$/.exec(segment)?.[1]
    if (value) return c.json({ error: "invalid_request", message: `the path holds ${segment}: write the value without the braces of the route's template (${value})` }, 400)
    return c.json({ error: "invalid_request", message: `the path holds ${segment}, the route's placeholder: put the value in its place (e.g. /v1/skills/4101/health, /v1/jobs/gdpr-2026-10)` }, 400)
  })
  mountPluginRoutes(app, rt)

  app.notFound(methodNotAllowed(app))
  app.onError((error, c) => {
    if (error instanceof HTTPException) {
      return c.json({ error: error.status === 504 ? "timeout" : "http_error", message: error.message || "request refused" }, error.status)
    }
    const code = (error as CxedgeError).code
    const status = STATUS[code] ?? (code?.startsWith("E_") ? 502 : 500)
    if (status >= 500) rt.log.error(describeError(error))
    // A route's refusal of what was sent (a plugin's check throwing E_USAGE or E_VALIDATION) answers as the routes
    // that word their own do: invalid_request, one sentence; the `[cxedge] [scope]` prefix is for a terminal.
    const refused = status === 400
    const message = code ? describeError(error).replace(/^\[cxedge\] \[[^\]]+\] /, "") : "internal error"
    return c.json({ error: refused ? "invalid_request" : code?.toLowerCase().replace(/^e_/, "") ?? "internal_error", message }, status as 500)
  })
  return app
}

/** `/readyz`: storage answers, and the tenant's discovery (checked at most every 30 s, so probes do not load the tenant). */
function readiness(rt: Runtime) {
  let tenantCheck: { at: number; ok: boolean; message?: string } | undefined
  return async function readyz(c: Context) {
    const checks: Record<string, string> = {}
    try {
      await rt.storage.locks.setItem("readyz", rt.clock.now())
      await rt.storage.locks.getItem("readyz")
      checks.storage = "ok"
    } catch (error) {
      checks.storage = describeError(error)
    }
    if (!rt.hasTenant) checks.tenant = "no tenant configured"
    else {
      if (!tenantCheck || rt.clock.now() - tenantCheck.at > 30_000) {
        try {
          await rt.client.discover()
          tenantCheck = { at: rt.clock.now(), ok: true }
        } catch (error) {
          tenantCheck = { at: rt.clock.now(), ok: false, message: describeError(error) }
        }
      }
      checks.tenant = tenantCheck.ok ? "ok" : tenantCheck.message!
    }
    const ready = Object.values(checks).every((v) => v === "ok")
    return c.json({ status: ready ? "ready" : "not_ready", checks }, ready ? 200 : 503)
  }
}
