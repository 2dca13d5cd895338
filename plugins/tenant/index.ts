import * as v from "valibot"
import { definePlugin, describeError, documentRoute, queryInput } from "../../core/index.ts"
import { environmentValues } from "./values.ts"

/** Tenant discovery, whoami and environment values, on the CLI and at `GET /v1/tenant`. */
export default definePlugin({
  name: "tenant",
  version: "0.1.0",
  description: "Discovery, token claims (whoami) and tenant environment values",
  routes(app, rt) {
    const responses = { 200: { description: "environment values by name", schema: v.record(v.string(), v.string()) }, 400: "a query parameter (the route takes none)", 502: "discovery failed" }
    app.get("/v1/tenant", documentRoute({ summary: "The tenant's environment values (discovery)", responses }), queryInput(), async (c) => {
      try {
        return c.json(environmentValues(await rt.client.discover()))
      } catch (error) {
        return c.json({ error: "discovery_failed", message: describeError(error) }, 502)
      }
    })
  },
})
