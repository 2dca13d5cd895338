import * as v from "valibot"
import { bodyOnly, definePlugin, documentRoute, jsonInput, auditMissingAnswer } from "../../core/index.ts"
import { HTTP_NAMES, startScript, startScriptOp } from "./start.ts"

// Strict: a typo'd key (`paramters`) would otherwise start the script without it.
const Body = v.strictObject({
  skillId: v.number(),
  scriptId: v.optional(v.string()),
  scriptPath: v.optional(v.string()),
  parameters: v.optional(v.array(v.string())),
  startDate: v.optional(v.string()),
})

const Started = v.object({
  contactId: v.nullable(v.string()),
  status: v.optional(v.number()),
  alreadyStarted: v.optional(v.pipe(v.string(), v.description("this request started the script at this time and its missing audit record is written now: not started again"))),
})

/** Start a script (spawn a contact): `cxedge scripts start`, `POST /v1/scripts/start`. */
export default definePlugin({
  name: "scripts",
  version: "0.1.0",
  description: "Start a Studio script on a skill",
  operations: [startScriptOp],
  // A start whose audit record could not be written, until a retry writes it (core/owed-audit.ts).
  namespaces: ["scripts"],
  routes(app, rt) {
    app.post(
      "/v1/scripts/start",
      documentRoute({
        summary: "Start a Studio script",
        responses: {
          200: { description: "started: the new contact (null, with the tenant's status, when it accepted the start without naming one)", schema: Started },
          400: "invalid request",
          500: "audit_missing: started, but its audit record could not be written; the same request again writes it and starts nothing (`done` is the start)",
        },
      }),
      bodyOnly(Body),
      jsonInput(Body, "{skillId, scriptId | scriptPath, parameters?, startDate?}"),
      async (c) => {
        try {
          return c.json(await startScript(rt, c.req.valid("json"), HTTP_NAMES))
        } catch (error) {
          return auditMissingAnswer(c, error)
        }
      },
    )
  },
})
