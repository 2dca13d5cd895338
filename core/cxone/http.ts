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

function hasKeys(o: object): boolean {
  for (const _ in o) return true
  return false
}

/**
 * The URL with its query encoded the way a server decodes it: every value
 * through URLSearchParams (`|` is `%7C`, `&` is `%26`), a space as `%20`
 * rather than `+` (both decode to a space, `%20` everywhere), an empty
 * string as `key=`, arrays as repeated keys, undefined and null left out.
 */
export function withQuery(url: string, query?: Record<string, unknown>): string {
  if (!query || !hasKeys(query)) return url
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue
    for (const item of Array.isArray(value) ? value : [value]) params.append(key, typeof item === "object" ? JSON.stringify(item) : String(item))
  }
  // A literal "+" is already %2B here, so every remaining "+" is a space.
  const encoded = params.toString().replace(/\+/g, "%20")
  return encoded ? `${url}${url.includes("?") ? "&" : "?"}${encoded}` : url
}

const PAYLOAD = new Set(["PATCH", "POST", "PUT", "DELETE"])
/** Statuses whose answer has no body by definition (as the fetch standard has it). */
const NULL_BODY = new Set([101, 204, 205, 304])

/** True when the headers name `name` (lower case) in any case. */
function names(headers: Record<string, string>, name: string): boolean {
  for (const k in headers) if (k.length === name.length && k.toLowerCase() === name) return true
  return false
}

/**
 * The request's headers and body as fetch takes them: a JSON body (a string, or a value serialized here) is
 * sent as `application/json` and asks for JSON back unless the caller said otherwise.
 */
function payloadOf(method: string, headers: Record<string, string> | undefined, body: unknown): { headers: Record<string, string>; body: BodyInit | undefined } {
  const out: Record<string, string> = { ...headers }
  if (body === undefined || body === null || body === "" || !PAYLOAD.has(method)) return { headers: out, body: (body ?? undefined) as BodyInit | undefined }
  const json = typeof body === "string" || (typeof body === "object" && (Array.isArray(body) || Object.getPrototypeOf(body) === Object.prototype))
  if (!json) return { headers: out, body: body as BodyInit }
  if (!names(out, "content-type")) out["content-type"] = "application/json"
  if (!names(out, "accept")) out.accept = "application/json"
  return { headers: out, body: typeof body === "string" ? body : JSON.stringify(body) }
}

/**
 * One HTTP exchange on fetch itself, with no retries of its own (the
 * pipeline owns retry policy) and the body kept as text, so malformed JSON
 * is caught here instead of being passed on as a string. Network failures
 * become `CxoneNetworkError` naming the host, never the full URL with its
 * query. A client library between the request loop and fetch cost a Headers
 * object, an options merge and a wrapper per call (some 7% of the JS
 * thread's samples in a profile of the patch target) for nothing the loop uses.
 */
export function createSend(fetchImpl: typeof fetch = globalThis.fetch): Send {
  // A Worker's I/O objects belong to the request that made them: a signal shared with another request
  // fails it ("Cannot perform I/O on behalf of a different request"). There each request has its own.
  const deadline = requestBoundIo() ? (timeoutMs: number) => AbortSignal.timeout(timeoutMs) : sharedDeadlines()
  return async (operation, req) => {
    try {
      const method = req.method.toUpperCase()
      const { headers, body } = payloadOf(method, req.headers, req.body)
      const init: RequestInit = { method, headers, body }
      if (req.timeoutMs) init.signal = deadline(req.timeoutMs)
      const response = await fetchImpl(withQuery(req.url, req.query), init)
      const text = NULL_BODY.has(response.status) || method === "HEAD" ? "" : await response.text()
      return { status: response.status, headers: response.headers, text }
    } catch (error) {
      let host = "the server"
      try {
        host = new URL(req.url).host
      } catch {}
      // What fetch threw is the signal's reason when it timed out (a TimeoutError, ours or AbortSignal.timeout's).
      const timedOut = [error, (error as { cause?: unknown })?.cause].some((e) => (e as Error)?.name === "TimeoutError") || /timeout|timed out|aborted/i.test(String((error as Error)?.message))
      throw new CxoneNetworkError({
        operation,
        message: timedOut
          ? `${operation}: ${host} did not answer in time: check the host and the network, or raise timeoutMs`
          : `${operation}: cannot reach ${host}: check the host name in your configuration and the network`,
        cause: error,
      })
    }
  }
}

/** Cloudflare Workers (and workerd) say so in `navigator.userAgent`, as Cloudflare documents for runtime detection. */
function requestBoundIo(): boolean {
  return (globalThis as { navigator?: { userAgent?: string } }).navigator?.userAgent === "Cloudflare-Workers"
}

/** Requests started within this long of each other share one timeout signal. */
const SHARE_MS = 50

/**
 * Timeout signals shared by the requests that start within `SHARE_MS` of
 * each other with the same timeout: each signal aborts `SHARE_MS` after its
 * last request's full timeout, so no request is cut short and none waits more
 * than `SHARE_MS` longer. At 200 requests/s that is 20 timers a second
 * instead of a controller and a timer set and cleared per request.
 */
function sharedDeadlines(): (timeoutMs: number) => AbortSignal {
  const current = new Map<number, { until: number; signal: AbortSignal }>()
  return (timeoutMs) => {
    const now = performance.now()
    const shared = current.get(timeoutMs)
    if (shared && now < shared.until) return shared.signal
    const controller = new AbortController()
    const timer = setTimeout(() => {
      // A TimeoutError, as AbortSignal.timeout's is, so a timeout reads the same on every runtime.
      const error = Object.assign(new Error("[TimeoutError]: The operation was aborted due to timeout"), { name: "TimeoutError", code: 23 })
      controller.abort(error)
    }, timeoutMs + SHARE_MS)
    // A pending request keeps the process alive itself: a spent deadline must not.
    ;(timer as { unref?: () => void }).unref?.()
    current.set(timeoutMs, { until: now + SHARE_MS, signal: controller.signal })
    return controller.signal
  }
}

/**
 * Parses a JSON body strictly; an empty body is `undefined`. Integers
 * beyond 2^53 (64-bit contact ids) come back as exact digit strings.
 */
export function parseJson(operation: string, response: RawResponse): unknown {
  const { text } = response
  // Only a body starting with white space can be blank: no trimmed copy of every body.
  if (response.status === 204 || response.status === 304 || text === "" || (text.charCodeAt(0) <= 32 && text.trim() === "")) return undefined
  try {
    return parseJsonExact(text)
  } catch (error) {
    throw new CxoneHttpError(
      { operation, status: response.status, message: `${operation}: the server sent malformed JSON (status ${response.status}): retry later or report it to the tenant's administrator`, cause: error },
      "E_MALFORMED_RESPONSE",
    )
  }
}
