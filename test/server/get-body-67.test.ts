// A GET with a body on the health and tenant routes (curl -X GET -d '{"maxQueue":1}'): the README says 400
// unexpected_body, but on the real servers the runtime handed the route the GET with its body dropped, so the health
// was judged on the defaults. Sent over a real socket, on Bun and on Node.
import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { request } from "node:http"
import { createSandbox, type Sandbox } from "../../sandbox/app.ts"
import { ADMIN, serverEnv, type Started } from "../../testing/runtime.ts"
import { serveSandbox } from "../../testing/sandbox.ts"
import { serverRuntimes } from "../server-runtimes.ts"

/** A GET carrying a JSON body, which fetch will not send. */
function getWithBody(url: string, body: string): Promise<{ status: number; json: { error?: string } }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: "GET", headers: { authorization: `Bearer ${ADMIN}`, "content-type": "application/json", "content-length": Buffer.byteLength(body) } }, (res) => {
      let text = ""
      res.on("data", (chunk) => (text += chunk))
      res.on("end", () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(text) }))
    })
    req.on("error", reject)
    req.end(body)
  })
}

for (const [name, start] of serverRuntimes().filter(([runtime]) => runtime !== "workerd")) {
  describe(`a GET with a body on ${name}`, () => {
    let sandbox: Sandbox
    let tenant: ReturnType<typeof serveSandbox>
    let server: Started
    beforeAll(async () => {
      sandbox = await createSandbox({ contacts: 5 })
      tenant = serveSandbox(sandbox)
      server = await start(serverEnv(sandbox, tenant.origin))
    }, 90_000)
    afterAll(async () => {
      await server?.stop()
      tenant?.stop()
    })

    test("is refused 400 unexpected_body on the health and tenant routes, not answered on the defaults", async () => {
      for (const path of ["/v1/skills/4101/health", "/v1/tenant"]) {
        const answer = await getWithBody(`${server.origin}${path}`, '{"maxQueue":1}')
        expect([path, answer.status, answer.json.error]).toEqual([path, 400, "unexpected_body"])
      }
    })
  })
}
