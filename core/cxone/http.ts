import { createFetch, type $Fetch } from "ofetch"
import { CxoneHttpError, CxoneNetworkError } from "../errors.ts"

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
 * One HTTP exchange on ofetch with no retries of its own (the pipeline owns
 * retry policy) and the body kept as text, so malformed JSON is caught here
 * instead of being passed on as a string. Network failures become
 * `CxoneNetworkError` naming the host, never the full URL with its query.
 */
export function createSend(fetchImpl: typeof fetch = globalThis.fetch): Send {
  const $fetch: $Fetch = createFetch({ fetch: fetchImpl, Headers, AbortController })
  return async (operation, req) => {
    try {
      const response = await $fetch.raw(req.url, {
        method: req.method,
        headers: req.headers,
        query: req.query,
        body: req.body as any,
        retry: false,
        timeout: req.timeoutMs,
        ignoreResponseError: true,
        responseType: "text",
      })
      return { status: response.status, headers: response.headers, text: (response._data as string | undefined) ?? "" }
    } catch (error) {
      let host = "the server"
      try {
        host = new URL(req.url).host
      } catch {}
      const timedOut = (error as Error)?.name === "TimeoutError" || /timeout|aborted/i.test(String((error as Error)?.message))
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

/** Parses a JSON body strictly; an empty body is `undefined`. */
export function parseJson(operation: string, response: RawResponse): unknown {
  if (response.status === 204 || response.status === 304 || response.text.trim() === "") return undefined
  try {
    return JSON.parse(response.text)
  } catch (error) {
    throw new CxoneHttpError(
      { operation, status: response.status, message: `${operation}: the server sent malformed JSON (status ${response.status}): retry later or report it to the tenant's administrator`, cause: error },
      "E_MALFORMED_RESPONSE",
    )
  }
}
