/**
 * `@cxedge/toolkit/sandbox`: the emulated CXone tenant (discovery, auth,
 * ACD, DFO, Privacy, the records API and a consent receiver), in process or
 * on a port, with fault injection.
 *
 * @example
 * import { createSandbox, SANDBOX_ORIGIN } from "@cxedge/toolkit/sandbox"
 * const sandbox = await createSandbox({ contacts: 50 })
 * const res = await sandbox.fetch(`${SANDBOX_ORIGIN}/_sandbox/tenants`)
 */
export { createSandbox, SANDBOX_ORIGIN, DROP_HEADER, defaultCredentials } from "./app.ts"
export type { Sandbox, SandboxOptions, Faults, Tenant, TenantSpec } from "./app.ts"
