import { createKeyRing, createRuntime, demoAuditKey, type PluginSpec, type Runtime, type RuntimeConfig } from "../core/index.ts"
import { builtins, defaultPlugins } from "../plugins/manifest.ts"
import { createSandbox, SANDBOX_ORIGIN, type Sandbox, type SandboxOptions } from "../sandbox/app.ts"

/** A fixed audit key for tests: a configured tenant needs CXEDGE_AUDIT_KEY (apart from any HMAC key a test uses). */
export const TEST_AUDIT_KEY = `t1:${Buffer.from("cxedge-test-audit-key-32-bytes!!").toString("base64")}`

export interface WithSandboxOptions {
  /** The plugins to load: built-in names and plugin objects (default: every portable built-in). */
  plugins?: PluginSpec[]
  /** Settings per plugin name, as a config file's `settings`. */
  settings?: RuntimeConfig["settings"]
  /** The emulated tenant: contacts, seed, faults (default 250 contacts, seed 42). */
  sandbox?: SandboxOptions
}

export interface SandboxHarness {
  /** A runtime whose tenant is the in-process sandbox tenant "acme" (memory storage, a throwaway key). */
  rt: Runtime
  sandbox: Sandbox
  /** Disposes the runtime; call it when the test ends. */
  dispose(): Promise<void>
}

/**
 * A runtime wired to an in-process sandbox tenant: no network, no files, no
 * configuration. Use it to run a plugin's setup, operations and routes
 * against something that answers like CXone.
 *
 * @example
 * import { withSandbox } from "@cxedge/toolkit/testing"
 * const { rt, sandbox, dispose } = await withSandbox({ plugins: ["tenant", "anonymize", myPlugin] })
 * expect(rt.transforms.has("initials")).toBe(true)
 * await dispose()
 */
export async function withSandbox(options: WithSandboxOptions = {}): Promise<SandboxHarness> {
  const sandbox = await createSandbox(options.sandbox)
  const material = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(32))))
  const rt = await createRuntime(
    { plugins: options.plugins ?? defaultPlugins, settings: options.settings, tenant: sandbox.tenantConfig(SANDBOX_ORIGIN) },
    { builtins, fetch: sandbox.fetch, keys: createKeyRing(`test:${material}`), auditKey: demoAuditKey },
  )
  return { rt, sandbox, dispose: () => rt.dispose() }
}

/** The environment a server or CLI child needs to use `sandbox` served at `origin` as its tenant. */
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

/** Serves a sandbox on a free loopback port (Bun), for a test that needs a real socket. */
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

/** Stops a child: SIGTERM, then SIGKILL if it has not exited within 5 s. Resolves with its exit code, or null when it had to be killed. */
export async function stopProcess(proc: { kill(signal?: string | number): void; exited: Promise<number>; exitCode: number | null }): Promise<number | null> {
  proc.kill("SIGTERM")
  await Promise.race([proc.exited, Bun.sleep(5000)])
  if (proc.exitCode !== null) return proc.exitCode
  proc.kill("SIGKILL")
  return null
}
