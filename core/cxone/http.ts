import { createFetch, type $Fetch } from "ofetch"
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

/**
 * One HTTP exchange on ofetch with no retries of its own (the pipeline owns
 * retry policy) and the body kept as text, so malformed JSON is caught here
 * instead of being passed on as a string. Network failures become
 * `CxoneNetworkError` naming the host, never the full URL with its query.
 */
export function createSend(fetchImpl: typeof fetch = globalThis.fetch): Send {
  const $fetch: $Fetch = createFetch({ fetch: fetchImpl, Headers, AbortController })
  // A Worker's I/O objects belong to the request that made them: a signal shared with another request
  // fails it ("Cannot perform I/O on behalf of a different request"). There each request has its own.
  const deadline = requestBoundIo() ? (timeoutMs: number) => AbortSignal.timeout(timeoutMs) : sharedDeadlines()
  return async (operation, req) => {
    try {
      const response = await $fetch.raw(withQuery(req.url, req.query), {
        method: req.method,
        headers: req.headers,
        body: req.body as any,
        retry: false,
        ...(req.timeoutMs ? { signal: deadline(req.timeoutMs) } : {}),
        ignoreResponseError: true,
        responseType: "text",
      })
      return { status: response.status, headers: response.headers, text: (response._data as string | undefined) ?? "" }
    } catch (error) {
      let host = "the server"
      try {
        host = new URL(req.url).host
      } catch {}
      // ofetch wraps what fetch threw: the signal's reason (a TimeoutError, ours or AbortSignal.timeout's) is its cause.
      const timedOut = [error, (error as { cause?: unknown })?.cause].some((e) => (e as Error)?.name === "TimeoutError") || /timeout|timed out|aborted/i.test(String((error as Error)?.message))
      // Reached, then cut: the host name is right, the connection (or a proxy on the way) dropped the answer.
      const cut = !timedOut && /ECONNRESET|closed unexpectedly|socket hang up|terminated/i.test(`${(error as Error)?.message} ${String((error as { cause?: Error })?.cause?.message)}`)
      throw new CxoneNetworkError({
        operation,
        message: timedOut
          ? `${operation}: ${host} did not answer in time${req.timeoutMs ? ` (${req.timeoutMs} ms)` : ""}: check the host and the network, or raise tenant.timeoutMs in the config file`
          : cut
            ? `${operation}: the connection to ${host} closed before its answer was complete: check the network (a proxy or firewall may cut answers) and retry`
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
      // What ofetch's own timeout throws, so a timeout reads the same.
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
    // A sign-in page or a proxy's notice where JSON was due: nothing the tenant's administrator can fix.
    if (/^\s*</.test(text) || /html/i.test(response.headers.get("content-type") ?? "")) {
      throw new CxoneHttpError(
        { operation, status: response.status, message: `${operation}: the answer (status ${response.status}) was an HTML page, not JSON: a proxy or sign-in page stands between cxedge and the tenant; check the proxy settings and the API host`, cause: error },
        "E_MALFORMED_RESPONSE",
      )
    }
    throw new CxoneHttpError(
      { operation, status: response.status, message: `${operation}: the server sent malformed JSON (status ${response.status}): retry later or report it to the tenant's administrator`, cause: error },
      "E_MALFORMED_RESPONSE",
    )
  }
}
