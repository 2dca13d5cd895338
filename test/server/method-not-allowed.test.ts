import { describe, expect, test } from "bun:test"
import { ADMIN } from "../../testing/runtime.ts"
import { servedSandbox, serverRuntimes } from "../server-runtimes.ts"

// A known path asked with a method it does not serve is 405 with Allow, in the house's {error, message} shape;
// an unknown path stays 404; the admin token is still asked first under /v1 (a 405 must not reveal routes).
for (const [name, start] of serverRuntimes()) {
  describe(`wrong method on ${name}`, () => {
    const served = servedSandbox(start, 3)
    const call = (method: string, path: string, token = ADMIN) => fetch(`${served.server.origin}${path}`, { method, headers: { authorization: `Bearer ${token}` } })

    test("405 with Allow and the house error shape; 404 for unknown paths; 401 before 405 under /v1", async () => {
      const health = await call("POST", "/healthz")
      expect([health.status, health.headers.get("allow")]).toEqual([405, "GET, HEAD"])
      expect(await health.json()).toEqual({ error: "method_not_allowed", message: "POST is not allowed on /healthz: use GET or HEAD" })
      const jobs = await call("DELETE", "/v1/jobs/h1/approve")
      expect([jobs.status, jobs.headers.get("allow")]).toEqual([405, "POST"])
      expect((await jobs.json()).error).toBe("method_not_allowed")
      const holds = await call("PUT", "/v1/holds")
      expect([holds.status, holds.headers.get("allow")]).toEqual([405, "GET, HEAD, POST"])
      await holds.body?.cancel()
      expect((await call("PUT", "/v1/holds", "wrong")).status).toBe(401)
      const missing = await call("POST", "/nope")
      expect([missing.status, missing.headers.get("allow"), (await missing.json()).error]).toEqual([404, null, "not_found"])
      expect((await call("GET", "/healthz")).status).toBe(200)
    })
  })
}
