import * as v from "valibot"
import { definePlugin, describeError, documentRoute, idHint, numberHint, queryInput, spacedValue } from "../../core/index.ts"
import { ratioLevel, secondsHint, skillIdOf, THRESHOLD_RANGES, thresholdRange, ThresholdsSchema, verdict, type ThresholdName, type Thresholds, type Verdict } from "./health.ts"
import { createCachedView, createSkillPoller, skillActivity, skillsActivity } from "./poller.ts"

const Config = v.object({
  thresholds: v.optional(ThresholdsSchema, {}),
  /**
   * Health checks within this window share one upstream call. At most ten minutes: a monitor is told the health
   * of that long ago (1e12, some 31 years, was taken, and every check after the first answered the same verdict).
   */
  cacheMs: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(600_000, "must be at most 600000 (ten minutes; the default is 5000): a monitor is told the health of that long ago")), 5000),
})

/** A threshold in the query: digits only, as on the CLI (`Number("")`, `1e3` and `0x10` all parse). */
const threshold = v.optional(v.pipe(v.string(), v.regex(/^\d+(\.\d+)?$/), v.transform(Number)))
/** The query parameters of the health route: thresholds overriding the configured ones. */
const Query = v.strictObject({ maxQueue: threshold, minAgents: threshold, minServiceLevel: threshold, maxWaitSec: threshold })

const VerdictSchema = v.object({
  skillId: v.number(),
  skillName: v.optional(v.string()),
  status: v.picklist(["healthy", "degraded", "unhealthy"]),
  reasons: v.array(v.string()),
  queueCount: v.number(),
  agentsAvailable: v.number(),
  serviceLevel: v.nullable(v.number()),
  longestWaitSec: v.number(),
}) satisfies v.GenericSchema<Verdict>

const healthDocs = documentRoute({
  summary: "Health verdict of one skill (thresholds as query parameters); cached so a burst makes one upstream call",
  responses: {
    200: { description: "healthy", schema: VerdictSchema },
    400: "an unknown or repeated threshold, one that is no number in its range (maxQueue 0 to 100000, ...), or a skill id that is not a positive integer",
    404: "unknown skill",
    502: "the tenant's skill activity could not be read",
    503: { description: "degraded or unhealthy, with reasons", schema: VerdictSchema },
  },
})

/** Skill activity with delta polling, health verdicts, `cxedge skills`, and `GET /v1/skills/:id/health` for monitors. */
export default definePlugin({
  name: "skill-activity",
  version: "0.1.0",
  description: "Skill activity (updatedSince delta polling) and health verdicts",
  config: Config,
  operations: [skillsActivity, skillActivity],
  routes(app, rt) {
    const settings = rt.settings<v.InferOutput<typeof Config>>("skill-activity")
    let view: ReturnType<typeof createCachedView> | undefined
    // The query is checked first: a typo'd threshold (maxQeue) would otherwise judge health on the defaults.
    // A value that is no digits (-1, 1e3) and one out of range are refused alike: the parameter and its range,
    // and, as the CLI's flag says it, the number a value written another way means (80% is 80, 1e3 is 1000).
    const refuse = (name: string, raw?: unknown) => {
      const range = THRESHOLD_RANGES[name as ThresholdName]
      const hint = !range || typeof raw !== "string" ? "" : name === "maxWaitSec" ? secondsHint(raw) || numberHint(raw, range, true) : numberHint(raw, range, range.integer)
      return { error: "invalid_threshold", message: `query parameter "${name}" must be ${thresholdRange(name as ThresholdName)}, in digits (e.g. ${name}=10)${hint}` }
    }
    const query = queryInput(Query, (name, issue) => refuse(name, issue.input))
    app.get("/v1/skills/:id/health", healthDocs, query, async (c) => {
      const spaced = spacedValue("the skill id in the path", c.req.param("id"))
      if (spaced) return c.json({ error: "invalid_skill", message: spaced }, 400)
      const id = skillIdOf(c.req.param("id"))
      // A skill id written another way (0x10, 4101.0) or by its name is told what it means, as the CLI's --skill is.
      if (id === undefined) return c.json({ error: "invalid_skill", message: `the skill id must be a positive integer of at most 15 digits, written in digits (e.g. /v1/skills/4101/health)${idHint(c.req.param("id"))}` }, 400)
      // Thresholds are checked before any upstream call.
      const thresholds = v.safeParse(ThresholdsSchema, { ...settings.thresholds, ...c.req.valid("query") })
      // The configured thresholds were checked at start: a value out of range came in the query.
      // A service level written as a ratio (?minServiceLevel=0.8, meaning 80%) was taken as 0.8%.
      const ratio = ratioLevel(Number(c.req.valid("query").minServiceLevel))
      if (ratio) return c.json({ error: "invalid_threshold", message: `query parameter "minServiceLevel" is a percentage from 0 to 100: ${ratio}` }, 400)
      if (!thresholds.success) return c.json(refuse(String(v.getDotPath(thresholds.issues[0]) ?? "maxQueue")), 400)
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
