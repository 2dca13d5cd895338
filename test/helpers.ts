import * as v from "valibot"
import {
  createCxedgeStorage, createCxoneClient, createMemoryLogger, createMetrics, createRuntime, defineOperation, seededRandom, skipTop,
  TenantConfigSchema, type Clock, type LimiterOptions, type RetryPolicy, type TenantConfigInput,
} from "../core/index.ts"
import { builtins, defaultPlugins } from "../plugins/manifest.ts"
import { createSandbox, SANDBOX_ORIGIN, type Sandbox, type SandboxOptions } from "../sandbox/app.ts"
import { createApp } from "../server/app.ts"

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

/** Serves a sandbox on a free loopback port for tests that need a real socket. */
export function serveSandbox(sandbox: Sandbox, onRequest?: (request: Request) => void) {
  const server = Bun.serve({
    hostname: "127.0.0.1",
    port: 0,
    fetch: (request) => {
      onRequest?.(request)
      return sandbox.handle(request)
    },
  })
  return { origin: `http://127.0.0.1:${server.port}`, stop: () => server.stop(true) }
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

/** The environment a CLI child needs to use a sandbox tenant on a port. */
/** A fixed audit key for CLI tests: a configured tenant needs CXEDGE_AUDIT_KEY (apart from any HMAC key a test uses). */
export const TEST_AUDIT_KEY = `t1:${Buffer.from("cxedge-test-audit-key-32-bytes!!").toString("base64")}`

export function sandboxEnv(sandbox: Sandbox, origin: string, extra: Record<string, string> = {}): Record<string, string> {
  const c = sandbox.credentials("acme")
  return {
    CXEDGE_ISSUER: origin,
    CXEDGE_ACCESS_KEY_ID: c.accessKeyId,
    CXEDGE_ACCESS_KEY_SECRET: c.accessKeySecret,
    CXEDGE_CLIENT_ID: c.clientId,
    CXEDGE_CLIENT_SECRET: c.clientSecret,
    CXEDGE_RECORDS_URL: origin,
    CXEDGE_RECORDS_CLIENT_ID: c.recordsClientId,
    CXEDGE_RECORDS_CLIENT_SECRET: c.recordsClientSecret,
    CXEDGE_STORAGE: "memory",
    CXEDGE_AUDIT_KEY: TEST_AUDIT_KEY,
    ...extra,
  }
}

/** Every string a test must never find in output: the seeded credentials of a sandbox tenant. */
export function secretsOf(creds: ReturnType<Sandbox["credentials"]>): string[] {
  return [creds.accessKeyId, creds.accessKeySecret, creds.clientSecret, creds.recordsClientSecret]
}

/** Stops a child: SIGTERM, then SIGKILL if it has not exited within 5 s. */
export async function stopProcess(proc: { kill(signal?: string | number): void; exited: Promise<number>; exitCode: number | null }) {
  proc.kill("SIGTERM")
  await Promise.race([proc.exited, Bun.sleep(5000)])
  if (proc.exitCode === null) proc.kill("SIGKILL")
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
