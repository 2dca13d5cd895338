import { afterAll, beforeAll } from "bun:test"
import * as v from "valibot"
import {
  createCxedgeStorage, createCxoneClient, createMemoryLogger, createMetrics, createRuntime, defineOperation, seededRandom, skipTop,
  TenantConfigSchema, type Clock, type LimiterOptions, type RetryPolicy, type TenantConfigInput,
} from "../core/index.ts"
import { builtins, defaultPlugins } from "../plugins/manifest.ts"
import { createSandbox, SANDBOX_ORIGIN, type Sandbox, type SandboxOptions } from "../sandbox/app.ts"
import { createApp } from "../server/app.ts"

// Moved to the published testing entry; re-exported so the suites keep one import.
export { sandboxEnv, serveSandbox, stopProcess, TEST_AUDIT_KEY } from "../testing/sandbox.ts"

export const ROOT = new URL("..", import.meta.url).pathname

export interface ClientSetup {
  sandbox?: Sandbox
  sandboxOptions?: SandboxOptions
  tenant?: Partial<TenantConfigInput>
  name?: string
  clock?: Clock
  limiter?: Partial<LimiterOptions>
  retry?: Partial<RetryPolicy>
  origin?: string
  fetch?: typeof fetch
}

/** A client wired to an in-process sandbox tenant, with generous limits unless a test sets its own. */
export async function sandboxClient(setup: ClientSetup = {}) {
  const sandbox = setup.sandbox ?? (await createSandbox(setup.sandboxOptions))
  const name = setup.name ?? "acme"
  const creds = sandbox.credentials(name)
  const origin = setup.origin ?? SANDBOX_ORIGIN
  const tenant = v.parse(TenantConfigSchema, {
    issuer: origin,
    accessKeyId: creds.accessKeyId,
    accessKeySecret: creds.accessKeySecret,
    clientId: creds.clientId,
    clientSecret: creds.clientSecret,
    records: { baseUrl: origin, clientId: creds.recordsClientId, clientSecret: creds.recordsClientSecret },
    ...setup.tenant,
  })
  const metrics = createMetrics()
  const storage = createCxedgeStorage()
  const log = createMemoryLogger()
  const client = createCxoneClient({
    tenant, storage, metrics, log,
    fetch: setup.fetch ?? (setup.origin ? undefined : sandbox.fetch),
    clock: setup.clock,
    random: seededRandom(7),
    limiter: setup.limiter ?? { rps: 100_000, burst: 100_000, maxConcurrency: 256, initialConcurrency: 256 },
    retry: setup.retry,
  })
  return { sandbox, tenant, client, metrics, storage, log, creds, state: sandbox.tenant(name) }
}

export const ADMIN_TOKEN = "admin-token-for-tests-0123456789"

/**
 * The server app (default plugins, admin token ADMIN_TOKEN) on a runtime
 * wired to an in-process sandbox tenant; `admin` POSTs a JSON body with the
 * token. Dispose `rt` when the test ends.
 */
export async function sandboxApp(options: { sandbox?: SandboxOptions; clock?: Clock } = {}) {
  const sandbox = await createSandbox(options.sandbox)
  const c = sandbox.credentials("acme")
  const rt = await createRuntime(
    { plugins: defaultPlugins, tenant: { issuer: SANDBOX_ORIGIN, accessKeyId: c.accessKeyId, accessKeySecret: c.accessKeySecret, clientId: c.clientId, clientSecret: c.clientSecret } },
    { builtins, fetch: sandbox.fetch, clock: options.clock },
  )
  const app = createApp(rt, { adminToken: ADMIN_TOKEN })
  const admin = (path: string, body: string) =>
    app.request(path, { method: "POST", body, headers: { authorization: `Bearer ${ADMIN_TOKEN}`, "content-type": "application/json" } })
  return { sandbox, rt, app, admin, state: sandbox.tenant("acme") }
}

export const completedContacts = defineOperation({
  id: "test.contacts.completed",
  api: "acd",
  method: "GET",
  path: "/contacts/completed",
  idempotent: true,
  input: v.object({ startDate: v.optional(v.string()), endDate: v.optional(v.string()), skip: v.optional(v.number()), top: v.optional(v.number()) }),
  output: v.optional(v.looseObject({ completedContacts: v.array(v.looseObject({ contactId: v.number() })), totalRecords: v.optional(v.number()) })),
  paginate: skipTop("completedContacts", 100),
})

export const privacyErasure = defineOperation({
  id: "test.privacy.erasure",
  api: "privacy",
  method: "POST",
  path: "/erasure",
  idempotent: false,
  input: v.object({ subjectIdentifier: v.string(), subjectIdentifierType: v.picklist(["PHONENO", "EMAIL"]) }),
  output: v.object({ requestId: v.string() }),
})

/** Every string a test must never find in output: the seeded credentials of a sandbox tenant. */
export function secretsOf(creds: ReturnType<Sandbox["credentials"]>): string[] {
  return [creds.accessKeyId, creds.accessKeySecret, creds.clientSecret, creds.recordsClientSecret]
}

/** Runs the CLI under this Bun with the given environment; returns its exit code and output. */
export async function runCli(args: string[], env: Record<string, string> = {}, options: { cwd?: string; timeoutMs?: number } = {}) {
  const proc = Bun.spawn([process.execPath, `${ROOT}cli/main.ts`, ...args], {
    cwd: options.cwd ?? ROOT,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", NO_COLOR: "1", ...env },
    stdout: "pipe",
    stderr: "pipe",
  })
  const timer = setTimeout(() => proc.kill(), options.timeoutMs ?? 60_000)
  const [stdout, stderr, code] = await Promise.all([new Response(proc.stdout).text(), new Response(proc.stderr).text(), proc.exited])
  clearTimeout(timer)
  return { code, stdout, stderr }
}

export { SANDBOX_ORIGIN }

/**
 * An admin's JSON requests to a sandbox app opened before a test file's tests and disposed after them: `post`, `get`,
 * and `answer` (a response's status and JSON body).
 */
export function adminRequests(contacts = 5) {
  let ctx: Awaited<ReturnType<typeof sandboxApp>>
  beforeAll(async () => {
    ctx = await sandboxApp({ sandbox: { contacts } })
  })
  afterAll(() => ctx.rt.dispose())
  const headers = { authorization: `Bearer ${ADMIN_TOKEN}`, "content-type": "application/json" }
  return {
    post: (path: string, body?: unknown) => ctx.app.request(path, { method: "POST", headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) }),
    get: (path: string) => ctx.app.request(path, { headers }),
    answer: async (res: Response) => [res.status, await res.json()],
    /** Any request, its headers given by the test. */
    request: (path: string, init?: RequestInit) => ctx.app.request(path, init),
    headers,
  }
}
