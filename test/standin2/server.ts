// The second, independent CXone stand-in: four loopback hosts (global auth, API, DFO, Privacy), started
// inside tests. Written from /work/shared/cxone-api.md alone; imports nothing from cxedge. README.md lists
// where it reads the facts differently from the obvious reading.
import { acd } from "./acd"
import { checkBearer, cxoneConfiguration, discovery, jwks, makeKeys, token } from "./auth"
import { dfo, privacy } from "./dfo"
import { CREDS, SECRETS, TENANT_ID, piiValues, subjectValues } from "./seed"
import { type Knobs, type State, createState, dumpHeld } from "./state"

export { CREDS, TENANT_ID, piiValues, subjectValues }

export interface Standin {
  state: State
  issuer: string
  api: string
  dfo: string
  privacy: string
  /** Environment for cxedge's CLI: issuer, keys, client, DFO and Privacy hosts. */
  env: Record<string, string>
  /** Every seeded personal value and every secret or token issued so far. */
  forbidden(): string[]
  /** What the tenant still holds, serialized. */
  held(): string
  stop(): void
}

const html = (status: number) =>
  new Response(`<!DOCTYPE html><html><head><title>${status} Service Unavailable</title></head><body><h1>Service Unavailable</h1><p>upstream s2-gw-7 timed out</p></body></html>`, {
    status,
    headers: { "Content-Type": "text/html; charset=utf-8" },
  })

function limitHeaders(res: Response, state: State): Response {
  const h = new Headers(res.headers)
  h.set("X-RateLimit-Limit", "3000")
  h.set("X-RateLimit-Remaining", String(Math.max(0, 3000 - (state.counter % 3000))))
  h.set("X-RateLimit-Reset", String(Math.floor(Date.now() / 1000) + 60))
  h.set("X-Request-Id", crypto.randomUUID())
  return new Response(res.body, { status: res.status, statusText: res.statusText, headers: h })
}

function fault(state: State, req: Request, url: URL): Response | null {
  state.counter++
  const every = state.knobs.throttleEvery
  // A request that waited out its Retry-After is taken, as a limiter that refilled takes it. Counted globally alone, the
  // refusals could fall into step with one call's retries (its waits a token's life long, each try the third call again):
  // under load that call was refused on every try and the job failed it (a machine at load 6-9, and once in CI).
  const key = `${req.method} ${url.pathname}${url.search}`
  if (state.throttled.delete(key)) return null
  if (every > 0 && state.counter % every === 0) {
    state.throttled.add(key)
    // Retry-After as an HTTP date, one to two seconds ahead
    const at = new Date(Math.ceil((Date.now() + 1000) / 1000) * 1000).toUTCString()
    return new Response(JSON.stringify({ message: "Too Many Requests", route: url.pathname }), {
      status: 429,
      headers: { "Retry-After": at, "Content-Type": "application/json" },
    })
  }
  for (const p of state.knobs.htmlErrorOnce) {
    if (url.pathname.toLowerCase().includes(p.toLowerCase()) && !state.htmlDone.has(p)) {
      state.htmlDone.add(p)
      return html(503)
    }
  }
  return null
}

type Handler = (req: Request, url: URL) => Promise<Response | null> | Response | null

function serve(state: State, handler: Handler, guarded: boolean) {
  return Bun.serve({
    hostname: "127.0.0.1",
    port: 0,
    async fetch(req) {
      const url = new URL(req.url)
      state.calls.push(`${req.method} ${url.host} ${url.pathname}`)
      if (guarded && url.pathname !== "/auth/token") {
        const denied = checkBearer(state, req)
        if (denied) return denied
        const f = fault(state, req, url)
        if (f) return limitHeaders(f, state)
      }
      const res = await handler(req, url)
      return limitHeaders(res ?? new Response("Not Found", { status: 404 }), state)
    },
  })
}

export async function startStandin(knobs: Partial<Knobs> = {}): Promise<Standin> {
  const state = createState(await makeKeys(), knobs)
  const global = serve(state, (req, url) => {
    if (url.pathname === "/.well-known/openid-configuration") return discovery(state)
    if (url.pathname === "/.well-known/cxone-configuration") return cxoneConfiguration(state, url)
    if (url.pathname === "/auth/jwks") return jwks(state)
    return null
  }, false)
  const api = serve(state, (req, url) => {
    if (url.pathname === "/auth/token" && req.method === "POST") return token(state, req)
    return acd(state, req, url)
  }, true)
  const dfoHost = serve(state, (req, url) => dfo(state, req, url), true)
  const privacyHost = serve(state, (req, url) => privacy(state, req, url), true)
  const origin = (s: ReturnType<typeof Bun.serve>) => `http://127.0.0.1:${s.port}`
  state.urls = {
    issuer: origin(global),
    tokenEndpoint: `${origin(api)}/auth/token`, // the area host, as seen once (1.1): take it from discovery
    api: origin(api),
    dfo: origin(dfoHost),
    privacy: origin(privacyHost),
  }
  const env = {
    CXEDGE_ISSUER: state.urls.issuer,
    CXEDGE_ACCESS_KEY_ID: CREDS.accessKeyId,
    CXEDGE_ACCESS_KEY_SECRET: CREDS.accessKeySecret,
    CXEDGE_CLIENT_ID: CREDS.clientId,
    CXEDGE_CLIENT_SECRET: CREDS.clientSecret,
    CXEDGE_DFO_URL: state.urls.dfo,
    CXEDGE_PRIVACY_URL: state.urls.privacy,
  }
  return {
    state,
    issuer: state.urls.issuer,
    api: state.urls.api,
    dfo: state.urls.dfo,
    privacy: state.urls.privacy,
    env,
    forbidden: () => [...piiValues(), ...SECRETS, ...state.issued],
    held: () => dumpHeld(state),
    stop() {
      for (const s of [global, api, dfoHost, privacyHost]) s.stop(true)
    },
  }
}

if (import.meta.main) {
  const s = await startStandin(JSON.parse(process.env.STANDIN2_KNOBS ?? "{}"))
  for (const [k, v] of Object.entries(s.env)) console.log(`export ${k}='${v}'`)
  console.log(`# tenant ${TENANT_ID}; Ctrl-C to stop`)
}
