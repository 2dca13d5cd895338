import * as v from "valibot"
import { bodyOnly, definePlugin, documentRoute, jsonInput } from "../../core/index.ts"
import { HTTP_NAMES, startScript, startScriptOp } from "./start.ts"

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
  routes(app, rt) {
    app.post(
      "/v1/scripts/start",
      documentRoute({ summary: "Start a Studio script", responses: { 200: { description: "started: the new contact", schema: v.object({ contactId: v.string() }) }, 400: "invalid request" } }),
      bodyOnly(Body),
      jsonInput(Body, "{skillId, scriptId | scriptPath, parameters?, startDate?}"),
      async (c) => c.json(await startScript(rt, c.req.valid("json"), HTTP_NAMES)),
    )
  },
})
