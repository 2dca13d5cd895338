import * as v from "valibot"
import { definePlugin, describeError } from "../../core/index.ts"
import { ThresholdsSchema, verdict, type Thresholds } from "./health.ts"
import { createCachedView, createSkillPoller, skillActivity, skillsActivity } from "./poller.ts"

const Config = v.object({
  thresholds: v.optional(ThresholdsSchema, {}),
  /** Health checks within this window share one upstream call. */
  cacheMs: v.optional(v.pipe(v.number(), v.minValue(0)), 5000),
})

/** Skill activity with delta polling, health verdicts, `cxedge skills`, and `GET /v1/skills/:id/health` for monitors. */
export default definePlugin({
  name: "skill-activity",
  version: "0.1.0",
  description: "Skill activity (updatedSince delta polling) and health verdicts",
  config: Config,
  operations: [skillsActivity, skillActivity],
  commands: {
    skills: async (host) => (await import("./commands.ts")).skillsCommand(host, {}),
  },
  routeDocs: [{ method: "get", path: "/v1/skills/{id}/health", summary: "Health verdict of one skill (thresholds as query parameters); cached so a burst makes one upstream call", auth: "admin", responses: { "200": "healthy", "503": "degraded or unhealthy, with reasons", "404": "unknown skill" } }],
  routes(app, rt) {
    const settings = rt.settings<v.InferOutput<typeof Config>>("skill-activity")
    let view: ReturnType<typeof createCachedView> | undefined
    app.get("/v1/skills/:id/health", async (c) => {
      const id = Number(c.req.param("id"))
      if (!Number.isInteger(id) || id <= 0) return c.json({ error: "invalid_skill", message: "the skill id must be a positive integer" }, 400)
      view ??= createCachedView(createSkillPoller(rt.client), settings.cacheMs, () => rt.clock.now())
      let skills
      try {
        ;({ skills } = await view())
      } catch (error) {
        return c.json({ error: "upstream_failed", message: describeError(error) }, 502)
      }
      const s = skills.find((x) => x.skillId === id)
      if (!s) return c.json({ error: "unknown_skill", message: `skill ${id} has no activity` }, 404)
      const overrides = Object.fromEntries(["maxQueue", "minAgents", "minServiceLevel", "maxWaitSec"].flatMap((k) => (c.req.query(k) ? [[k, Number(c.req.query(k))]] : [])))
      const thresholds = v.safeParse(ThresholdsSchema, { ...settings.thresholds, ...overrides })
      if (!thresholds.success) return c.json({ error: "invalid_threshold", message: thresholds.issues[0].message }, 400)
      const result = verdict(s, thresholds.output as Thresholds)
      return c.json(result, result.status === "healthy" ? 200 : 503)
    })
  },
})
