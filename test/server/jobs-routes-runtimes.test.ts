import { describe, expect, test } from "bun:test"
import { ADMIN } from "../../testing/runtime.ts"
import { servedSandbox, serverRuntimes } from "../server-runtimes.ts"

const runtimes = serverRuntimes()

for (const [name, start] of runtimes) {
  describe(`plan, approve, run routes on ${name}`, () => {
    const served = servedSandbox(start, 6)
    const call = async (method: string, path: string, body?: unknown, token = ADMIN) => {
      const res = await fetch(`${served.server.origin}${path}`, { method, headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, ...(body ? { body: JSON.stringify(body) } : {}) })
      return { status: res.status, body: await res.json() }
    }
    const records = () => [...served.sandbox.tenant("acme").data.records.values()]

    test("plan, approve, queue the run (202), follow it: only the planned, unchanged contacts are written", async () => {
      expect((await call("POST", "/v1/jobs", { id: "h1", matrix: "gdpr", source: "records", target: "patch" }, "wrong")).status).toBe(401)
      expect((await call("POST", "/v1/jobs", { id: "h1", matrix: "gdpr", sorce: "records" })).status).toBe(400)
      expect((await call("POST", "/v1/jobs", { id: "h1", matrix: "nope" })).body.error).toBe("invalid_request")
      const planned = await call("POST", "/v1/jobs", { id: "h1", matrix: "gdpr", source: "records", target: "patch" })
      expect(planned.status).toBe(201)
      expect(planned.body).toMatchObject({ id: "h1", state: "planned", contacts: 6, toWrite: 6, target: { kind: "patch" } })
      expect((await call("POST", "/v1/jobs", { id: "h1", matrix: "gdpr", source: "records" })).status).toBe(409)
      expect((await call("POST", "/v1/jobs/h1/run")).status).toBe(409)
      expect((await call("POST", "/v1/jobs/nope/approve", { by: "alice" })).status).toBe(404)
      expect((await call("POST", "/v1/jobs/h1/approve", { by: "" })).status).toBe(400)
      expect((await call("POST", "/v1/jobs/h1/approve", { by: "alice" })).body).toMatchObject({ state: "approved", approvedBy: "alice" })
      expect((await call("POST", "/v1/jobs/h1/approve", { by: "bob" })).status).toBe(409)

      const [changed, ...rest] = records()
      served.sandbox.tenant("acme").data.records.set("late-1", { id: "late-1", fields: { firstName: "Late" }, version: 1, writes: 0 })
      changed!.fields.notes = "changed after planning"
      changed!.version++
      const queued = await call("POST", "/v1/jobs/h1/run")
      expect(queued).toMatchObject({ status: 202, body: { id: "h1", queued: true } })
      let state: { state: string; [k: string]: unknown } = { state: "" }
      for (let i = 0; i < 100 && !String(state.state).startsWith("finished"); i++) {
        await Bun.sleep(200)
        state = (await call("GET", "/v1/jobs/h1")).body
      }
      expect(state).toMatchObject({ state: "finished", scope: { entered: 1, changed: 1, left: 0 }, counters: { succeeded: 5, invalid: 1 } })
      expect(state.failed).toEqual([{ id: changed!.id, code: "E_PLAN_CHANGED" }])
      expect(rest.map((r) => r.writes)).toEqual(rest.map(() => 1))
      expect([changed!.writes, served.sandbox.tenant("acme").data.records.get("late-1")!.writes]).toEqual([0, 0])
      expect(JSON.stringify(state)).not.toContain("changed after planning")
      const doc = await (await fetch(`${served.server.origin}/openapi.json`)).json()
      expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/v1/jobs", "/v1/jobs/{id}/approve", "/v1/jobs/{id}/run", "/v1/jobs/{id}"]))
    }, 60_000)
  })
}
