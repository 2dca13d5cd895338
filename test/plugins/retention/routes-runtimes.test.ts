import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { createSandbox, type Sandbox } from "../../../sandbox/app.ts"
import { ADMIN, serverEnv, type Started } from "../../../testing/runtime.ts"
import { serveSandbox } from "../../../testing/sandbox.ts"
import { findLeaks, seededValues } from "../anonymize/setup.ts"
import { retentionWorkerEntry } from "./worker-entry.ts"
import { serverRuntimes } from "../../server-runtimes.ts"

const DAY = 86_400_000
const POLICY = { name: "nightly", matrix: "gdpr", target: "erasure", source: "cxone", olderThan: "10d", schedule: "daily" }
const CONFIG = { settings: { retention: { policies: [POLICY] } } }

/** The config file the Bun and Node servers read (CXEDGE_CONFIG). */
function configFile(): string {
  const path = join(mkdtempSync(join(tmpdir(), "cxedge-retention-")), "cxedge.config.json")
  writeFileSync(path, JSON.stringify(CONFIG))
  return path
}

const runtimes = serverRuntimes({ env: () => ({ CXEDGE_CONFIG: configFile() }), workerEntry: () => retentionWorkerEntry(CONFIG) })

/** Polls `check` until it answers; on a timeout the error shows what it saw last (`seen`), to tell a slow run from a wrong one. */
async function until<T>(what: string, check: (seen: (last: unknown) => void) => Promise<T | undefined>, ms = 45_000): Promise<T> {
  const deadline = Date.now() + ms
  let last: unknown
  for (;;) {
    const value = await check((x) => (last = x))
    if (value !== undefined) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last seen: ${JSON.stringify(last)}`)
    await Bun.sleep(200)
  }
}

for (const [name, start] of runtimes) {
  describe(`retention routes on ${name}`, () => {
    let sandbox: Sandbox
    let tenant: ReturnType<typeof serveSandbox>
    let server: Started
    beforeAll(async () => {
      sandbox = await createSandbox({ contacts: 30 })
      tenant = serveSandbox(sandbox)
      server = await start(serverEnv(sandbox, tenant.origin))
    }, 90_000)
    afterAll(async () => {
      await server?.stop()
      tenant?.stop()
    })
    const call = (path: string, method = "GET", token = ADMIN) => fetch(`${server.origin}${path}`, { method, headers: { authorization: `Bearer ${token}` } })

    test("a queued sweep runs, the report shows it; no token 401, an unknown policy 404, an unknown parameter 400", async () => {
      const acme = sandbox.tenant("acme")
      const old = acme.data.completed.filter((c) => Date.parse(c.contactStartDate) < Date.now() - 10 * DAY).length
      expect(old).toBeGreaterThan(5)
      const seeded = seededValues(sandbox)

      expect((await call("/v1/retention/run", "POST", "wrong")).status).toBe(401)
      expect((await call("/v1/retention/report", "GET", "wrong")).status).toBe(401)
      for (const [method, path] of [["POST", "/v1/retention/run?policy=nigthly"], ["GET", "/v1/retention/report?policy=nigthly"]] as const) {
        const r = await call(path, method)
        expect([path, r.status]).toEqual([path, 404])
        expect(await r.json()).toEqual({ error: "not_found", message: '"nigthly" is not a policy (did you mean "nightly"?): the policies are nightly' })
      }
      const typo = await call("/v1/retention/run?polcy=nightly", "POST")
      expect(typo.status).toBe(400)
      expect(JSON.stringify(await typo.json())).toContain("polcy")

      // A body is refused, not ignored: {"policy": ...} in a body would otherwise sweep every policy.
      for (const body of ['{"policy":"nightly"}', "policy=nightly", "{}"]) {
        const r = await fetch(`${server.origin}/v1/retention/run`, { method: "POST", headers: { authorization: `Bearer ${ADMIN}`, "content-type": "application/json" }, body })
        expect([body, r.status]).toEqual([body, 400])
        expect(await r.json()).toEqual({ error: "unexpected_body", message: "this route takes no body: name one policy with ?policy=NAME (without it, every policy is swept)" })
      }

      const posted = Date.now()
      const run = await call("/v1/retention/run?policy=nightly", "POST")
      expect(run.status).toBe(202)
      const { queued } = await run.json()
      expect(queued).toEqual([{ policy: "nightly", taskId: expect.stringMatching(/^retention_nightly_run_\d{8}T\d{9}Z$/) }])

      // The queue runs it after the answer (a server's loop, a Worker's waitUntil); the report shows that run.
      const report = await until("the sweep to be reported", async (seen) => {
        const r = await (await call("/v1/retention/report?policy=nightly")).json()
        const p = r.policies[0]
        seen({ ...p, old, posted: new Date(posted).toISOString(), erasures: acme.erasures.length })
        return p.lastRun && Date.parse(p.lastRun) >= posted - 1000 && p.done === old ? p : undefined
      })
      expect(report).toMatchObject({ policy: "nightly", schedule: "daily", olderThan: "10d", target: "erasure", inScope: 0, failed: 0, held: 0, oldestUnprocessedAgeSeconds: null })
      expect(Math.abs(Date.parse(report.watermark) - (Date.parse(report.lastRun) - 10 * DAY))).toBeLessThan(5_000)
      expect(acme.erasures.length).toBeGreaterThan(0)
      // Every job the policy ran is named for it; on Bun and Node the server's schedule may have swept first (a policy that never ran is due at once).
      const all = await (await call("/v1/retention/report")).json()
      expect(all.policies.map((p: { policy: string }) => p.policy)).toEqual(["nightly"])
      for (const job of report.lastJobs) expect(job).toMatch(/^ret-nightly-\d{8}T\d{6}Z$/)

      const again = await call("/v1/retention/run", "POST")
      expect(again.status).toBe(202)
      // A second request, even within the same second as the first, is a run of its own, not a duplicate of a finished task.
      expect((await again.json()).queued).toEqual([{ policy: "nightly", taskId: expect.not.stringMatching(queued[0].taskId) }])
      const erasures = acme.erasures.length
      await until("the second sweep", async () => {
        const p = (await (await call("/v1/retention/report")).json()).policies[0]
        return p.lastJobs.length === 0 && p.done === old ? p : undefined
      })
      expect(acme.erasures.length).toBe(erasures)

      const metrics = await (await fetch(`${server.origin}/metrics`)).text()
      expect(metrics).toContain(`cxedge_retention_contacts_done{policy="nightly"} ${old}`)
      const doc = await (await fetch(`${server.origin}/openapi.json`)).json()
      expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/v1/retention/run", "/v1/retention/report"]))
      expect(findLeaks(JSON.stringify([report, all, metrics]), seeded)).toEqual([])
    }, 90_000)
  })
}
