import * as v from "valibot"
import { checkQuery, definePlugin, describeError } from "../../core/index.ts"
import { ThresholdsSchema, verdict, type Thresholds } from "./health.ts"
import { createCachedView, createSkillPoller, skillActivity, skillsActivity } from "./poller.ts"

const Config = v.object({
  thresholds: v.optional(ThresholdsSchema, {}),
  /** Health checks within this window share one upstream call. */
  cacheMs: v.optional(v.pipe(v.number(), v.minValue(0)), 5000),
})

/** The query parameters of the health route: thresholds overriding the configured ones. */
const THRESHOLD_PARAMS = ["maxQueue", "minAgents", "minServiceLevel", "maxWaitSec"]

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
      // Checked first: a typo'd threshold (maxQeue) would otherwise judge health on the defaults.
      const query = checkQuery(c.req.queries(), THRESHOLD_PARAMS)
      if (query) return c.json(query, 400)
      const id = Number(c.req.param("id"))
      if (!Number.isInteger(id) || id <= 0) return c.json({ error: "invalid_skill", message: "the skill id must be a positive integer" }, 400)
      const given = THRESHOLD_PARAMS.flatMap((k) => (c.req.query(k) !== undefined ? [[k, c.req.query(k)!] as const] : []))
      // Digits only, as on the CLI: `Number("")`, `1e3` and `0x10` all parse.
      const bad = given.find(([, raw]) => !/^\d+(\.\d+)?$/.test(raw))
      if (bad) return c.json({ error: "invalid_threshold", message: `query parameter "${bad[0]}" is not a number: use digits, e.g. ${bad[0]}=10` }, 400)
      const overrides = Object.fromEntries(given.map(([k, raw]) => [k, Number(raw)]))
      // Thresholds are checked before any upstream call.
      const thresholds = v.safeParse(ThresholdsSchema, { ...settings.thresholds, ...overrides })
      if (!thresholds.success) return c.json({ error: "invalid_threshold", message: `${v.getDotPath(thresholds.issues[0]) ?? "threshold"}: ${thresholds.issues[0].message}` }, 400)
      view ??= createCachedView(createSkillPoller(rt.client), settings.cacheMs, () => rt.clock.now())
      let skills
      try {
        ;({ skills } = await view())
      } catch (error) {
        return c.json({ error: "upstream_failed", message: describeError(error) }, 502)
      }
      const s = skills.find((x) => x.skillId === id)
      if (!s) return c.json({ error: "unknown_skill", message: `skill ${id} has no activity` }, 404)
      const result = verdict(s, thresholds.output as Thresholds)
      return c.json(result, result.status === "healthy" ? 200 : 503)
    })
  },
})
