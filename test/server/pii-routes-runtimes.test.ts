import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { join } from "node:path"
import { gzipSync } from "node:zlib"
import { defaultPlugins } from "../../plugins/manifest.ts"
import { createSandbox, type Sandbox } from "../../sandbox/app.ts"
import { ADMIN, serverEnv, type Started } from "../../testing/runtime.ts"
import { serveSandbox } from "../../testing/sandbox.ts"
import { workerBundle } from "../workerd.ts"
import { serverRuntimes } from "../server-runtimes.ts"

const EMAIL = "ann.lee@example.com"
const CARD = "4111 1111 1111 1111"
const TEXT = `Hi 😀, mail ${EMAIL}, card ${CARD}.`

const runtimes = serverRuntimes()

for (const [name, start] of runtimes) {
  describe(`pii routes on ${name}`, () => {
    let sandbox: Sandbox
    let tenant: ReturnType<typeof serveSandbox>
    let server: Started
    beforeAll(async () => {
      sandbox = await createSandbox({ contacts: 5 })
      tenant = serveSandbox(sandbox)
      server = await start({ ...serverEnv(sandbox, tenant.origin), CXEDGE_PLUGINS: [...new Set([...defaultPlugins, "pii"])].join(",") })
    }, 90_000)
    afterAll(async () => {
      await server?.stop()
      tenant?.stop()
    })
    const post = (path: string, body: string, token = ADMIN) =>
      fetch(`${server.origin}${path}`, { method: "POST", body, headers: { authorization: `Bearer ${token}`, "content-type": "application/json" } })

    test("inspect and deidentify answer, behind the token, with a body limit", async () => {
      const inspect = await post("/v1/inspect", JSON.stringify({ text: TEXT }))
      expect(inspect.status).toBe(200)
      const { findings } = await inspect.json()
      expect(findings.map((f: { type: string; start: number; end: number }) => [f.type, TEXT.slice(f.start, f.end)])).toEqual([["EMAIL", EMAIL], ["CARD", CARD]])
      const scrubbed = await post("/v1/deidentify", JSON.stringify({ text: TEXT }))
      expect(await scrubbed.json()).toEqual({ text: "Hi 😀, mail <EMAIL>, card <CARD>.", replaced: { EMAIL: 1, CARD: 1 } })
      expect((await post("/v1/inspect", JSON.stringify({ text: TEXT }), "wrong")).status).toBe(401)
      const big = await post("/v1/deidentify", JSON.stringify({ text: "x".repeat(300 * 1024) }))
      expect([big.status, (await big.json()).error]).toEqual([413, "payload_too_large"])
      const doc = await (await fetch(`${server.origin}/openapi.json`)).json()
      expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/v1/inspect", "/v1/deidentify"]))
    })
  })
}

test("the Worker bundle with the pii plugin stays under 1 MB gzipped", async () => {
const bundle = await workerBundle()
  expect(new TextDecoder().decode(bundle)).toContain("/v1/deidentify") // the pii routes are in it
  const gzipped = gzipSync(bundle, { level: 9 }).byteLength
  console.log(`worker bundle: ${(bundle.byteLength / 1024).toFixed(0)} KiB, ${(gzipped / 1024).toFixed(0)} KiB gzipped`)
  expect(gzipped).toBeLessThan(1_000_000)
}, 60_000)
