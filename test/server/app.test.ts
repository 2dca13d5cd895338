import { expect, test } from "bun:test"
import { createRuntime } from "../../core/index.ts"
import { builtins, defaultPlugins } from "../../plugins/manifest.ts"
import { createApp } from "../../server/app.ts"
import { createSandbox, SANDBOX_ORIGIN } from "../../sandbox/app.ts"

test("createApp answers /healthz and mounts plugin routes; unknown routes are JSON 404s", async () => {
  const sandbox = await createSandbox({ contacts: 5 })
  const c = sandbox.credentials("acme")
  const rt = await createRuntime(
    { plugins: defaultPlugins, tenant: { issuer: SANDBOX_ORIGIN, accessKeyId: c.accessKeyId, accessKeySecret: c.accessKeySecret, clientId: c.clientId, clientSecret: c.clientSecret } },
    { builtins, fetch: sandbox.fetch },
  )
  const app = createApp(rt)
  const health = await app.request("/healthz")
  expect(health.status).toBe(200)
  expect((await health.json()).plugins).toContain("tenant")
  const tenant = await app.request("/v1/tenant")
  expect((await tenant.json()).tenantId).toBe(sandbox.tenant("acme").id)
  const missing = await app.request("/nope")
  expect(missing.status).toBe(404)
  expect((await missing.json()).error).toBe("not_found")
})
