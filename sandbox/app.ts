import { Hono } from "hono"
import type { SandboxCore, SandboxEnv } from "./context.ts"
import { DROP_HEADER } from "./guard.ts"
import { createSigner } from "./jwt.ts"
import { acdRoutes } from "./routes/acd.ts"
import { consentRoutes } from "./routes/consent.ts"
import { dfoRoutes } from "./routes/dfo.ts"
import { globalRoutes } from "./routes/global.ts"
import { inspectRoutes } from "./routes/inspect.ts"
import { privacyRoutes } from "./routes/privacy.ts"
import { recordsRoutes } from "./routes/records.ts"
import { createTenant, defaultCredentials, type Faults, type Tenant, type TenantSpec } from "./state.ts"

export interface SandboxOptions {
  /** Same seed, same people, ids and messages. */
  seed?: number
  /** Contacts per tenant unless a tenant says otherwise. */
  contacts?: number
  /** Defaults to two tenants, "acme" and "globex". */
  tenants?: TenantSpec[]
  faults?: Partial<Faults>
  /** Secrets the consent receiver verifies signatures with. */
  consentSecrets?: string[]
  now?: () => number
}

export interface Sandbox {
  app: Hono<SandboxEnv>
  /** Use as the client's fetch for an in-process tenant; a dropped connection throws like a real one. */
  fetch: typeof fetch
  /** The raw handler for a server on a port: a dropped connection comes back marked with DROP_HEADER. */
  handle(request: Request): Promise<Response>
  core: SandboxCore
  tenant(nameOrId: string): Tenant
  credentials: typeof defaultCredentials
  /** The settings a client needs for one tenant at `origin` (CXone and the records API). */
  tenantConfig(origin?: string, name?: string): {
    issuer: string
    accessKeyId: string
    accessKeySecret: string
    clientId: string
    clientSecret: string
    records: { baseUrl: string; clientId: string; clientSecret: string }
  }
}

/** The origin in-process requests use; any origin works, links are built from the request. */
export const SANDBOX_ORIGIN = "http://sandbox.cxedge.test"

const ACD_PREFIX = /^\/incontactapi\/+services\/v(\d+)\.0(?=\/)/i

/**
 * An emulated CXone: global discovery and auth, ACD, DFO, Privacy, the
 * seed's records API and a consent receiver, with fault injection and an
 * inspection route. See cxone-api.md §9.
 *
 * @example
 * const sandbox = await createSandbox({ contacts: 1000, faults: { errorRatio: 0.05 } })
 * const client = createCxoneClient({ tenant, storage, metrics, fetch: sandbox.fetch })
 */
export async function createSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const now = options.now ?? (() => Date.now())
  const seed = options.seed ?? 42
  const specs = options.tenants ?? [{ name: "acme" }, { name: "globex" }]
  const tenants = specs.map((spec, i) =>
    createTenant({ contacts: options.contacts, ...spec, faults: { ...options.faults, ...spec.faults } }, i, seed, now()),
  )
  const core: SandboxCore = {
    tenants,
    signer: await createSigner(),
    consent: { deliveries: [], failStatus: null, failNext: 0, secrets: options.consentSecrets ?? [] },
    now,
    find: (idOrName) => tenants.find((t) => t.id === idOrName || t.name === idOrName),
  }

  const app = new Hono<SandboxEnv>()
  app.route("/", globalRoutes(core))
  app.route("/inContactAPI/services/:version", acdRoutes(core))
  app.route("/dfo/3.0", dfoRoutes(core))
  app.route("/privacy/v1", privacyRoutes(core))
  app.route("/api", recordsRoutes(core))
  app.route("/_consent", consentRoutes(core))
  app.route("/_sandbox", inspectRoutes(core))
  app.notFound((c) => c.json({ error: "not_found", error_description: `no route ${c.req.method} ${new URL(c.req.url).pathname}` }, 404))
  app.onError((error, c) => c.json({ error: "internal_error", error_description: error.message }, 500))

  const handle = async (request: Request): Promise<Response> => {
    const url = new URL(request.url)
    // CXone's own SDK mixes /InContactAPI/, /incontactapi/ and V23.0: match the prefix case-insensitively.
    const canonical = url.pathname.replace(ACD_PREFIX, "/inContactAPI/services/v$1.0")
    if (canonical !== url.pathname) {
      url.pathname = canonical
      request = new Request(url, request)
    }
    return app.fetch(request)
  }

  const inProcess = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const response = await handle(new Request(input, init))
    if (response.headers.get(DROP_HEADER)) throw new TypeError("fetch failed: connection reset by peer (sandbox fault)")
    return response
  }) as typeof fetch

  return {
    app,
    fetch: inProcess,
    handle,
    core,
    tenant(nameOrId) {
      const t = core.find(nameOrId)
      if (!t) throw new Error(`sandbox has no tenant ${nameOrId}`)
      return t
    },
    credentials: defaultCredentials,
    tenantConfig(origin = SANDBOX_ORIGIN, name = "acme") {
      const c = defaultCredentials(name)
      return {
        issuer: origin,
        accessKeyId: c.accessKeyId,
        accessKeySecret: c.accessKeySecret,
        clientId: c.clientId,
        clientSecret: c.clientSecret,
        records: { baseUrl: origin, clientId: c.recordsClientId, clientSecret: c.recordsClientSecret },
      }
    },
  }
}

export { DROP_HEADER, defaultCredentials }
export type { Faults, Tenant, TenantSpec }
