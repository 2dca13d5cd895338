import { checkQuery, definePlugin, describeError } from "../../core/index.ts"
import { environmentValues } from "./values.ts"

/** Tenant discovery, whoami and environment values, on the CLI and at `GET /v1/tenant`. */
export default definePlugin({
  name: "tenant",
  version: "0.1.0",
  description: "Discovery, token claims (whoami) and tenant environment values",
  commands: {
    tenant: async (host) => (await import("./commands.ts")).tenantCommand(host),
  },
  routeDocs: [{ method: "get", path: "/v1/tenant", summary: "The tenant's environment values (discovery)", auth: "admin", responses: { "200": "values", "502": "discovery failed" } }],
  routes(app, rt) {
    app.get("/v1/tenant", async (c) => {
      const query = checkQuery(c.req.queries(), [])
      if (query) return c.json(query, 400)
      try {
        return c.json(environmentValues(await rt.client.discover()))
      } catch (error) {
        return c.json({ error: "discovery_failed", message: describeError(error) }, 502)
      }
    })
  },
})
