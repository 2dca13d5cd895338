import { afterAll, beforeAll } from "bun:test"
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { createSandbox, type Sandbox } from "../sandbox/app.ts"
import { ROOT, sandboxEnv, serveSandbox } from "./helpers.ts"

/** The key ring of the plan suites: a plan keeps HMAC digests and subject tokens under it. */
export const PLAN_KEY = "k1:" + Buffer.from("0123456789abcdef0123456789abcdef").toString("base64")

export interface PlanTenant {
  sandbox: Sandbox
  /** The CLI's environment: the tenant, the key ring, fs storage under `dir`. */
  env: Record<string, string>
  /** The working directory: the gdpr matrix as `m.json`, and the suite's own files. */
  dir: string
}

/**
 * For a CLI suite on plans (plan, approve, run, prune, holds): before it, a sandbox tenant of `contacts` served on a
 * port, a directory holding the gdpr matrix as `m.json` (and `files`), and fs storage under it with a key ring;
 * `ready` receives them. The tenant is stopped after the suite.
 */
export function planTenant(name: string, contacts: number, ready: (tenant: PlanTenant) => void, files: Record<string, string> = {}): void {
  let served: ReturnType<typeof serveSandbox> | undefined
  beforeAll(async () => {
    const sandbox = await createSandbox({ contacts })
    served = serveSandbox(sandbox)
    const dir = mkdtempSync(join(tmpdir(), `cxedge-${name}-`))
    for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text)
    writeFileSync(join(dir, "m.json"), readFileSync(`${ROOT}matrices/gdpr.json`))
    ready({ sandbox, dir, env: sandboxEnv(sandbox, served.origin, { CXEDGE_HMAC_KEYS: PLAN_KEY, CXEDGE_STORAGE: "fs", CXEDGE_STORAGE_DIR: join(dir, "st") }) })
  })
  afterAll(() => served?.stop())
}
