import { CxoneAuthError, CxoneHttpError, CxonePermissionError, CxoneRateLimitError } from "../errors.ts"
import { parseJson, type RawResponse } from "./http.ts"
import type { Operation } from "./operation.ts"

const SAFE_CODE = /^[A-Za-z][\w.-]{0,60}$/

/** The parts of an error body that are codes, not free text that might quote personal data. */
function serverDetail(body: unknown): { code?: string; field?: string; uid?: string } {
  if (!body || typeof body !== "object") return {}
  const b = body as Record<string, any>
  const first = Array.isArray(b.errors) ? b.errors[0] : undefined
  const code = [b.error, b.code, first?.errorCode].find((c) => typeof c === "string" && SAFE_CODE.test(c))
  const field = [b.field, first?.field].find((f) => typeof f === "string" && /^[\w.[\]*]{1,80}$/.test(f))
  const uid = typeof b.uid === "string" && /^[\w.-]{1,64}$/.test(b.uid) ? b.uid : undefined
  return { code, field, uid }
}

// A 5xx on a write that is not safe to repeat was tried once: "kept failing" would say retries were made.
const reasonOf = (status: number, repeated: boolean) =>
  status === 404
    ? "no such resource"
    : status === 412
      ? "the record changed since it was read"
      : status === 407
        ? "a proxy between cxedge and the tenant asks for its own sign-in (Proxy-Authenticate); give the proxy its credentials (HTTPS_PROXY) or ask your network administrator"
      : status >= 500
        ? repeated
          ? "the server kept failing; retry later"
          : "the server failed, and this write was not repeated because it may have taken effect; retry later"
        : "the request was refused"

const codeOf = (status: number) => (status === 404 ? "E_NOT_FOUND" : status === 412 ? "E_PRECONDITION" : status >= 500 ? "E_SERVER" : "E_HTTP")

/**
 * The error for a final failed response, by status: 401 auth, 403
 * permission, 429 rate limit, anything else a CxoneHttpError with a code.
 * It names the server's error code, field and uid when they are codes,
 * never the body's free text. `repeated`: the call was tried more than once.
 */
export function failureOf(op: Operation, response: RawResponse, retryAfterMs: number | undefined, hostGuessed = false, repeated = true): CxoneHttpError {
  let body: unknown
  try {
    body = parseJson(op.id, response)
  } catch {}
  const { code, field, uid } = serverDetail(body)
  const status = response.status
  const detail = [code, field && `field ${field}`, uid && `uid ${uid}`].filter(Boolean).join(", ")
  const what = `${op.id} failed with status ${status}${detail ? ` (${detail})` : ""}`
  const init = { operation: op.id, status, retryAfterMs }
  if (status === 401) return new CxoneAuthError({ ...init, message: `${what}: the token was refused twice; check the access key` })
  if (status === 403) return new CxonePermissionError({ ...init, message: `${what}: the access key's role lacks the permission for this call` })
  if (status === 429) return new CxoneRateLimitError({ ...init, message: `${what}: the tenant's rate limit held after every retry; lower --rps or retry later` })
  const error = new CxoneHttpError({ ...init, message: `${what}: ${reasonOf(status, repeated)}${status === 404 && hostGuessed && !servedByFamily(body) ? guessedHostHint(op) : ""}` }, codeOf(status))
  Object.assign(error, { serverCode: code, serverField: field, uid })
  return error
}

/** A 429 whose Retry-After is longer than cxedge waits: said at once, with the wait, rather than slept through silently. */
export function waitTooLong(op: Operation, retryAfterMs: number, capMs: number): CxoneRateLimitError {
  const secs = (ms: number) => `${Math.ceil(ms / 1000)} s`
  return new CxoneRateLimitError({
    operation: op.id,
    status: 429,
    retryAfterMs,
    message: `${op.id} failed with status 429: the tenant asked to wait ${secs(retryAfterMs)} (Retry-After), longer than cxedge waits (${secs(capMs)}, retry.retryAfterCapMs): run it again after that, or raise retry.retryAfterCapMs`,
  })
}

/**
 * A 401 on a token issued for this very call, after one renewal: the tenant is refusing the user, not the token
 * (CXone answers some permission refusals 401, cxone-api.md 8.3 expects 403). Said as a permission failure.
 */
export function permissionRefusal(op: Operation, response: RawResponse): CxonePermissionError {
  let body: unknown
  try {
    body = parseJson(op.id, response)
  } catch {}
  const { code, uid } = serverDetail(body)
  const detail = [code, uid && `uid ${uid}`].filter(Boolean).join(", ")
  return new CxonePermissionError({
    operation: op.id,
    status: 401,
    message: `${op.id} was refused with status 401${detail ? ` (${detail})` : ""} even with a token issued moments before: the API user that owns the access key lacks the permission this call needs. Grant that user's role the permission in CXone, or use an access key whose user has it; other ${op.id} calls in this run fail the same way without asking for a new token`,
  })
}

/**
 * A 401 whose `WWW-Authenticate` asks for another scheme than Bearer (`Basic realm="corp-proxy"`): a proxy on the way
 * refused the call, not the tenant the token. Renewing the token cannot help, and it is not the API user's permission.
 */
export function proxyRefusal(op: Operation, response: RawResponse): CxoneAuthError | undefined {
  const scheme = /^\s*([\w-]+)/.exec(response.headers.get("www-authenticate") ?? "")?.[1]
  if (!scheme || scheme.toLowerCase() === "bearer") return undefined
  return new CxoneAuthError({
    operation: op.id,
    status: 401,
    message: `${op.id} was refused with status 401 by something asking for ${scheme} sign-in, not a CXone token: a proxy between cxedge and the tenant wants its own credentials; configure them (HTTPS_PROXY) or ask your network administrator`,
  })
}

/** A success whose body does not match the operation's output schema (`where` is the first mismatch's path). */
export function unexpectedShape(op: Operation, status: number, where: string): CxoneHttpError {
  // A write the server accepted has happened even if its answer cannot be read: say so, so nobody repeats it blindly.
  const wrote = !op.idempotent && op.method !== "GET" && status < 300
  return new CxoneHttpError(
    {
      operation: op.id,
      status,
      message: wrote
        ? `${op.id}: the tenant accepted the call (status ${status}) but its answer was not understood (at ${where}): it has probably taken effect; check the tenant before repeating it`
        : `${op.id}: unexpected response (at ${where}): the tenant may serve another API version; pin one or report it`,
    },
    "E_RESPONSE_SHAPE",
  )
}

/**
 * The public reference does not name the DFO or Privacy host (cxone-api.md §3, §4.3: NICE's SDK calls DFO on
 * `api-de-{area}.{domain}`, a starter pack on the API host). With neither configured the client asks the API host,
 * and a 404 there may mean the host, not the contact: said, with the setting that names the right one.
 */
function guessedHostHint(op: Operation): string {
  const [family, variable, example] = op.api === "dfo"
    ? ["DFO", "CXEDGE_DFO_URL", "https://api-de-na1.niceincontact.com, the host NICE's SDK uses for area na1"]
    : ["Privacy", "CXEDGE_PRIVACY_URL", "the host your NICE documentation names for the Privacy API"]
  return `; the ${family} host is not configured, so the tenant's API host was asked, which may not serve it: set ${variable} (or tenant.endpoints.${op.api}) to the tenant's ${family} host (e.g. ${example}); cxedge tenant env area shows the area`
}

/** DFO and Privacy errors carry an `errors` array (cxone-api.md §8.2): a 404 with one came from the right host. */
const servedByFamily = (body: unknown) => !!body && typeof body === "object" && Array.isArray((body as { errors?: unknown }).errors)

/** The operation's host is cxedge's guess (the API host), not one configured: a 404 may be the host's. */
export function hostGuessed(op: Operation, endpoints: { dfo?: string; privacy?: string }): boolean {
  return (op.api === "dfo" && !endpoints.dfo) || (op.api === "privacy" && !endpoints.privacy)
}
