import { CxoneHttpError, CxoneNetworkError } from "../errors.ts"
import { parseJsonExact } from "./exact-json.ts"

export interface RawResponse {
  status: number
  headers: Headers
  text: string
}

export interface RawRequest {
  method: string
  url: string
  headers?: Record<string, string>
  query?: Record<string, unknown>
  body?: unknown
  timeoutMs?: number
}

export type Send = (operation: string, request: RawRequest) => Promise<RawResponse>

/**
 * The URL with its query encoded the way a server decodes it: every value
 * through URLSearchParams (`|` is `%7C`, `&` is `%26`), a space as `%20`
 * rather than `+` (both decode to a space, `%20` everywhere), an empty
 * string as `key=`, arrays as repeated keys, undefined and null left out.
 */
export function withQuery(url: string, query?: Record<string, unknown>): string {
  if (!query) return url
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue
    for (const item of Array.isArray(value) ? value : [value]) params.append(key, typeof item === "object" ? JSON.stringify(item) : String(item))
  }
  // A literal "+" is already %2B here, so every remaining "+" is a space.
  const encoded = params.toString().replace(/\+/g, "%20")
  return encoded ? `${url}${url.includes("?") ? "&" : "?"}${encoded}` : url
}

const PAYLOAD_METHODS = new Set(["PATCH", "POST", "PUT", "DELETE"])
const NULL_BODY_STATUSES = new Set([101, 204, 205, 304])

/**
 * The request's headers: a string body on a payload method is JSON unless a
 * content type says otherwise, and JSON is what is accepted unless told.
 * A plain object, as given when nothing is to add (fetch copies it anyway).
 */
function headersOf(method: string, req: RawRequest): Record<string, string> | undefined {
  const headers = req.headers
  if (typeof req.body !== "string" || !req.body || !PAYLOAD_METHODS.has(method)) return headers
  let typed = false
  let accepts = false
  for (const name in headers) {
    const lower = name.toLowerCase()
    if (lower === "content-type") typed = true
    else if (lower === "accept") accepts = true
  }
  if (typed && accepts) return headers
  return { ...headers, ...(typed ? {} : { "content-type": "application/json" }), ...(accepts ? {} : { accept: "application/json" }) }
}

/** Why an exchange failed, in words that name the host and never the full URL with its query. */
function networkError(operation: string, req: RawRequest, error: unknown): CxoneNetworkError {
  let host = "the server"
  try {
    host = new URL(req.url).host
  } catch {}
  const timedOut = (error as Error)?.name === "TimeoutError" || /timeout|aborted/i.test(String((error as Error)?.message))
  return new CxoneNetworkError({
    operation,
    message: timedOut
      ? `${operation}: ${host} did not answer in time: check the host and the network, or raise timeoutMs`
      : `${operation}: cannot reach ${host}: check the host name in your configuration and the network`,
    cause: error,
  })
}

interface Deadline {
  at: number
  controller: AbortController
}

/**
 * The timeouts of every exchange in flight on one timer, armed for the
 * earliest deadline (a quarter of its timeout late at most, a second at
 * most, so deadlines close together share a wake-up). A timer per call
 * would be set and cleared 200 times a second; `AbortSignal.timeout` is
 * never cleared, so each would fire 30 s later for a call long finished.
 */
function createDeadlines() {
  const live = new Set<Deadline>()
  let timer: ReturnType<typeof setTimeout> | undefined
  let firesAt = Infinity
  const arm = (at: number) => {
    if (timer && firesAt <= at) return
    if (timer) clearTimeout(timer)
    firesAt = at
    timer = setTimeout(sweep, Math.max(0, at - performance.now()))
    ;(timer as { unref?: () => void }).unref?.()
  }
  function sweep() {
    timer = undefined
    firesAt = Infinity
    const now = performance.now()
    let next = Infinity
    for (const d of live) {
      if (d.at <= now) {
        live.delete(d)
        d.controller.abort(new DOMException("The operation timed out.", "TimeoutError"))
      } else next = Math.min(next, d.at)
    }
    if (next < Infinity) arm(next)
  }
  return {
    /** A signal aborted about `ms` from now, unless `done` is called first. */
    start(ms: number): Deadline {
      const d = { at: performance.now() + ms, controller: new AbortController() }
      live.add(d)
      arm(d.at + Math.min(1000, ms / 4))
      return d
    },
    done: (d: Deadline | undefined) => void (d && live.delete(d)),
  }
}

/**
 * One HTTP exchange on fetch with no retries of its own (the pipeline owns
 * retry policy) and the body kept as text, so malformed JSON is caught here
 * instead of being passed on as a string. `timeoutMs` bounds the whole
 * exchange, body included. Network failures become `CxoneNetworkError`
 * naming the host, never the full URL with its query.
 *
 * Plain fetch rather than a wrapper: at a tenant's 200 requests/s the
 * per-call option merging and hooks of one showed in the CPU per request.
 */
export function createSend(fetchImpl: typeof fetch = globalThis.fetch): Send {
  const deadlines = createDeadlines()
  return async (operation, req) => {
    const method = req.method.toUpperCase()
    const deadline = req.timeoutMs ? deadlines.start(req.timeoutMs) : undefined
    try {
      const response = await fetchImpl(withQuery(req.url, req.query), {
        method,
        headers: headersOf(method, req),
        body: req.body as BodyInit | undefined,
        signal: deadline?.controller.signal,
      })
      const text = NULL_BODY_STATUSES.has(response.status) || method === "HEAD" ? "" : await response.text()
      return { status: response.status, headers: response.headers, text }
    } catch (error) {
      throw networkError(operation, req, error)
    } finally {
      deadlines.done(deadline)
    }
  }
}

/**
 * Parses a JSON body strictly; an empty body is `undefined`. Integers
 * beyond 2^53 (64-bit contact ids) come back as exact digit strings.
 */
export function parseJson(operation: string, response: RawResponse): unknown {
  if (response.status === 204 || response.status === 304 || response.text.trim() === "") return undefined
  try {
    return parseJsonExact(response.text)
  } catch (error) {
    throw new CxoneHttpError(
      { operation, status: response.status, message: `${operation}: the server sent malformed JSON (status ${response.status}): retry later or report it to the tenant's administrator`, cause: error },
      "E_MALFORMED_RESPONSE",
    )
  }
}
