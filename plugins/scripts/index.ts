import * as v from "valibot"
import { checkQuery, definePlugin, parseBody } from "../../core/index.ts"
import { startScript, startScriptOp } from "./start.ts"

// Strict: a typo'd key (`paramters`) would otherwise start the script without it.
const Body = v.strictObject({
  skillId: v.number(),
  scriptId: v.optional(v.string()),
  scriptPath: v.optional(v.string()),
  parameters: v.optional(v.array(v.string())),
  startDate: v.optional(v.string()),
})

/** Start a script (spawn a contact): `cxedge scripts start`, `POST /v1/scripts/start`. */
export default definePlugin({
  name: "scripts",
  version: "0.1.0",
  description: "Start a Studio script on a skill",
  operations: [startScriptOp],
  commands: {
    scripts: async (host) => (await import("./commands.ts")).scriptsCommand(host),
  },
  routeDocs: [{ method: "post", path: "/v1/scripts/start", summary: "Start a Studio script; returns {contactId}", auth: "admin", body: Body, responses: { "200": "started", "400": "invalid request" } }],
  routes(app, rt) {
    app.post("/v1/scripts/start", async (c) => {
      const query = checkQuery(c.req.queries(), [])
      if (query) return c.json(query, 400)
      const parsed = parseBody(Body, await c.req.json().catch(() => undefined), "{skillId, scriptId | scriptPath, parameters?, startDate?}")
      if (!parsed.success) return c.json(parsed.refusal, 400)
      return c.json(await startScript(rt, parsed.output))
    })
  },
})
