import { ConfigError, ValidationError } from "../errors.ts"
import type { TenantConfig } from "./config.ts"
import type { Operation } from "./operation.ts"
import type { TenantInfo } from "./types.ts"

const trim = (url: string) => url.replace(/\/$/, "")

/**
 * Where an operation's family lives: the records API and the issuer are
 * configured, the ACD, DFO and Privacy hosts come from discovery (which
 * runs only when one of them is first called).
 */
export function createBaseUrl(tenant: TenantConfig, discover: () => Promise<TenantInfo>): (op: Operation) => Promise<string> {
  const records = tenant.records
  return async (op) => {
    if (op.api === "records") {
      if (!records) throw new ConfigError("cxone", `${op.id} needs the records API: set CXEDGE_RECORDS_URL, CXEDGE_RECORDS_CLIENT_ID and CXEDGE_RECORDS_CLIENT_SECRET`)
      return `${trim(records.baseUrl)}/api/v1`
    }
    if (op.api === "auth") return trim(tenant.issuer)
    const { hosts } = await discover()
    if (op.api === "acd") return `${trim(hosts.api)}/inContactAPI/services/${op.version ?? tenant.acdVersion}`
    if (op.api === "dfo") return `${trim(hosts.dfo)}/dfo/3.0`
    return `${trim(hosts.privacy)}/privacy/v1`
  }
}

/** An operation's validated input, split into its path (parameters filled in), query and JSON body. */
export interface RequestParts {
  path: string
  query: Record<string, unknown>
  body: unknown
}

/**
 * Fills `{name}` path parameters from the input, then sends every other key
 * as query (all of them for GET/DELETE, the listed ones otherwise) or as
 * body (the `body` key's value whole, or the remaining keys as one object).
 */
export function requestParts(op: Operation, input: Record<string, unknown>): RequestParts {
  const { segments, names } = templateOf(op)
  let path = segments[0]!
  for (let i = 0; i < names.length; i++) {
    const value = input[names[i]!]
    if (value === undefined || value === null || value === "") {
      throw new ValidationError(op.id, `missing path parameter "${names[i]}": pass it in the input`, names[i])
    }
    path += encodeURIComponent(String(value)) + segments[i + 1]!
  }
  const query: Record<string, unknown> = {}
  let body: unknown
  const readsOnly = op.method === "GET" || op.method === "DELETE"
  for (const k in input) {
    const value = input[k]
    if (value === undefined || names.includes(k) || !Object.hasOwn(input, k)) continue
    if (op.body === k) body = value
    else if (readsOnly || op.query?.includes(k)) query[k] = value
    else ((body ??= {}) as Record<string, unknown>)[k] = value
  }
  return { path, query, body }
}

/** An operation's path split once around its `{name}` parameters (every request used to run the regex again). */
const templates = new WeakMap<Operation, { segments: string[]; names: string[] }>()
function templateOf(op: Operation) {
  let t = templates.get(op)
  if (!t) {
    const parts = op.path.split(/\{(\w+)\}/)
    t = { segments: parts.filter((_, i) => i % 2 === 0), names: parts.filter((_, i) => i % 2 === 1) }
    templates.set(op, t)
  }
  return t
}
