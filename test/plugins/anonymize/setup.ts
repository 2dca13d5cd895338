import { readFileSync } from "node:fs"
import { createCxedgeStorage, createRuntime, type Clock, type CxedgeStorage, type LimiterOptions, type Runtime } from "../../../core/index.ts"
import { readMatrix, type Matrix } from "../../../plugins/anonymize/matrix/index.ts"
import { completeJob, prepareJob } from "../../../plugins/anonymize/prepare.ts"
import type { JobRequest } from "../../../plugins/anonymize/request.ts"
import { builtins } from "../../../plugins/manifest.ts"
import { createSandbox, SANDBOX_ORIGIN, type SandboxOptions } from "../../../sandbox/app.ts"
import { TEST_KEYS } from "../../../testing/transform.ts"
import { ROOT } from "../../helpers.ts"

export const loadMatrixFile = (name: string): Matrix => readMatrix(JSON.parse(readFileSync(`${ROOT}matrices/${name}.json`, "utf8"))).matrix!

export interface Setup {
  sandboxOptions?: SandboxOptions
  clock?: Clock
  limits?: Partial<LimiterOptions>
  storage?: CxedgeStorage
  plugins?: string[]
  settings?: Record<string, unknown>
  /** Sees every request before the sandbox does (to race a write, say). */
  intercept?(request: Request, sandbox: Awaited<ReturnType<typeof createSandbox>>): void | Promise<void>
}

/** A runtime with the built-in plugins against an in-process sandbox tenant. */
export async function anonymizeSetup(setup: Setup = {}) {
  const sandbox = await createSandbox(setup.sandboxOptions)
  const rt = await createRuntime(
    {
      plugins: setup.plugins ?? ["tenant", "anonymize"],
      settings: setup.settings,
      limits: setup.limits ?? { rps: 100_000, burst: 100_000, maxConcurrency: 64, initialConcurrency: 64 },
      retry: { baseDelayMs: 5 },
      tenant: sandbox.tenantConfig(SANDBOX_ORIGIN),
    },
    {
      builtins,
      fetch: setup.intercept
        ? (async (input: RequestInfo | URL, init?: RequestInit) => {
            const request = new Request(input, init)
            await setup.intercept!(request, sandbox)
            return sandbox.fetch(request)
          }) as typeof fetch
        : sandbox.fetch,
      keys: TEST_KEYS, clock: setup.clock, storage: setup.storage ?? createCxedgeStorage() },
  )
  return { sandbox, rt, state: sandbox.tenant("acme") }
}

import { nodeFiles } from "../../../node/files.ts"

/** Prepares and runs one job the way the CLI does. */
export async function anonymize(rt: Runtime, request: JobRequest, concurrency = 8) {
  const job = await prepareJob(rt, request, { concurrency }, nodeFiles)
  const result = await completeJob(rt, job, { concurrency })
  return { job, result }
}

/** Every personal value of the sandbox's people, for scanning output. */
export function seededValues(sandbox: Awaited<ReturnType<typeof createSandbox>>, name = "acme"): string[] {
  const values = new Set<string>()
  for (const r of sandbox.tenant(name).data.records.values()) {
    const f = r.fields as Record<string, any>
    values.add(`${f.firstName} ${f.lastName}`)
    values.add(f.email)
    values.add(f.phone)
    values.add(f.phone.slice(1))
    values.add(f.notes)
    if (f.lastName.length >= 7) values.add(f.lastName)
    for (const cf of f.customFields) values.add(cf.value)
  }
  for (const m of sandbox.tenant(name).data.messages.values()) if (m.content) values.add(m.content)
  return [...values].filter((v) => typeof v === "string" && v.length >= 6)
}

export function findLeaks(text: string, values: string[]): string[] {
  return values.filter((v) => text.includes(v))
}
