import { defineCommand } from "citty"
import * as v from "valibot"
import { CxoneHttpError, durationMs, idHint, intFlag, numberFlag, refuseSpacedNumber, USAGE_CODES, ValidationError, type CommandHost, type CxoneClient, type OpenedRuntime } from "../../core/index.ts"
import { EXIT, ratioLevel, secondsHint, skillIdOf, THRESHOLD_RANGES, ThresholdsSchema, verdict, type Thresholds } from "./health.ts"
import { createSkillPoller, longestWaitSec, skillActivity, skillsActivity, type PollResult, type SkillActivity } from "./poller.ts"

const row = (s: SkillActivity) => ({
  skillId: s.skillId,
  skillName: s.skillName ?? "",
  queueCount: s.queueCount ?? 0,
  agentsAvailable: s.agentsAvailable ?? 0,
  serviceLevel: s.serviceLevel ?? "",
  longestWaitSec: longestWaitSec(s),
})

const skillArg = (raw: unknown) => {
  if (raw === undefined) return undefined
  const id = skillIdOf(raw)
  if (id === undefined) throw new ValidationError("skills", `--skill ${JSON.stringify(String(raw).slice(0, 40))} is not a skill id: give the skill's number, a positive whole number (cxedge skills activity lists them)${idHint(String(raw))}`, "skill", "E_USAGE")
  return id
}

/** --min-service-level, a percentage: one written as a ratio (0.8) is refused with the percentage it means. */
function levelFlag(raw: unknown): number | undefined {
  const level = numberFlag("min-service-level", raw, THRESHOLD_RANGES.minServiceLevel)
  const ratio = level === undefined ? undefined : ratioLevel(level)
  if (ratio) throw new ValidationError("flags", `--min-service-level ${JSON.stringify(String(raw))} is a percentage from 0 to 100: ${ratio}`, "min-service-level", "E_USAGE")
  return level
}

/** --max-wait in seconds; a wait written with a unit (5m) is refused with the seconds it means (5m is 300). */
function waitFlag(raw: unknown): number | undefined {
  try {
    return intFlag("max-wait", raw, THRESHOLD_RANGES.maxWaitSec)
  } catch (error) {
    const hint = typeof raw === "string" ? secondsHint(raw) : ""
    if (!hint || !(error instanceof ValidationError)) throw error
    throw new ValidationError(error.scope, `${error.message.replace(/^\[cxedge\] \[[^\]]*\] /, "")}${hint}`, "max-wait", "E_USAGE")
  }
}

// An interval as --help writes it: digits, each with a lower-case unit right after them (5s, 1.5m, 500ms, 1m30s).
const PARTS = /^(?:\d{1,7}(?:\.\d{1,3})?(?:ms|s|m|h)){1,3}$/
const written = (ms: number) => (ms % 1000 === 0 ? `${ms / 1000}s` : `${ms}ms`)

/**
 * `5s`, `500ms`, `2m`, `1m30s`, `1h` or plain seconds; from 1s to 1h (an hour is the top of the range, so it can be
 * written too). Written as `--older-than` and the numbers of core/flags.ts are: `5S`, `5 s`, `5sec` and `5s ` were read
 * as 5s where `30D` is refused; now each is refused with the interval meant.
 */
export function parseInterval(raw: string): number {
  const refuse = (why: string) => new ValidationError("skills", `--interval ${JSON.stringify(raw.slice(0, 40))} ${why}`, "interval", "E_USAGE")
  refuseSpacedNumber("interval", raw, false)
  const text = raw.trim()
  if (text && text !== raw) throw refuse(`has white space ${raw.trimStart() === raw ? "after" : raw.trimEnd() === raw ? "before" : "around"} it: write ${JSON.stringify(text)}, without it`)
  const plain = /^\d+(?:\.\d+)?$/.test(raw)
  const parts = raw.split(" ")
  const ms = plain ? Number(raw) * 1000 : parts.length <= 3 && parts.every((part) => PARTS.test(part)) ? durationMs(raw) : undefined
  if (ms === undefined) {
    // Read leniently only to say what was meant, never taken: 5S, 5 s and 5sec are 5s.
    const meant = durationMs(raw)
    // A capital M may be a month (as --older-than says): no guess is offered for it.
    const hint = meant !== undefined && !/M/.test(raw) && meant >= 1000 && meant <= 3_600_000 ? ` (write ${written(meant)})` : ""
    throw refuse(`is not a duration: use e.g. 5s, 500ms, 1m or 1m30s${hint}`)
  }
  if (ms < 1000) throw new ValidationError("skills", "--interval must be at least 1s (CXone's own agent polls every 5s)", "interval", "E_USAGE")
  if (ms > 3_600_000) throw refuse("is more than 1h: use e.g. 5s, 30s or 5m")
  return ms
}

export function skillsCommand(host: CommandHost, defaults: Partial<Thresholds>) {
  return defineCommand({
    meta: { name: "skills", description: "Skill activity and health checks (real-time data)", examples: ["cxedge skills activity", "cxedge skills health --skill 4101"] },
    subCommands: { activity: activityCommand(host), health: healthCommand(host, defaults) },
  })
}

/** `cxedge skills activity`: one poll, or with --watch a poll per interval asking only for deltas. */
function activityCommand(host: CommandHost) {
  return defineCommand({
    meta: {
      description: "Queue, agents, service level and longest wait per skill; --watch polls deltas only",
      examples: ["cxedge skills activity", "cxedge skills activity --skill 4101 --watch --interval 10s --count 6  # a minute of changes"],
    },
    args: {
      ...host.commonArgs,
      skill: { type: "string", description: "one skill id (default: all)" },
      watch: { type: "boolean", description: "keep polling; after the first call only deltas (updatedSince) are asked for" },
      interval: { type: "string", description: "poll interval with --watch: 5s, 1500ms, 2m or plain seconds; 1s to 1h (default 5s)" },
      count: { type: "string", description: "stop --watch after this many polls, 1 to 1000000" },
      json: { type: "boolean", description: "print JSON (one document per change with --watch)" },
    },
    async run({ args }) {
      const skill = skillArg(args.skill)
      // Without --watch there is one poll: an --interval or --count would be silently ignored.
      for (const flag of ["interval", "count"] as const) {
        if (args[flag] !== undefined && !args.watch) throw new ValidationError("skills", `--${flag} needs --watch: add --watch to keep polling, or drop --${flag}`, flag, "E_USAGE")
      }
      const interval = parseInterval(args.interval ?? "5s")
      const limit = intFlag("count", args.count, { min: 1, max: 1_000_000 }) ?? (args.watch ? Infinity : 1)
      // Ctrl-C ends --watch between polls (exit 0): it is how a watch is meant to stop.
      const signal = args.watch ? host.signal : undefined
      const pause = (ms: number) =>
        new Promise<void>((done) => {
          const timer = setTimeout(done, ms)
          signal?.addEventListener("abort", () => (clearTimeout(timer), done()), { once: true })
        })
      await host.withRuntime(args, async (opened) => {
        const poller = createSkillPoller(opened.rt.client, skill)
        for (let i = 0; i < limit && !signal?.aborted; i++) {
          if (i > 0) await pause(interval)
          if (signal?.aborted) break
          const result = await poller.poll().catch((e: unknown) => notASkill(e, skill, opened.rt.client))
          // Printed on every poll: with no change the queue is the same, but every longest wait has grown.
          const rows = result.skills.map(row)
          if (args.watch && !args.json) host.print(`${new Date().toISOString()}${watchNote(result, i)}`)
          host.print(rows, { json: !!args.json })
        }
      }, { readOnly: true })
    },
  })
}

/** What a --watch poll's time line adds: what the tenant said, in its words (a 304 and a 200 with no rows differ). */
function watchNote(result: PollResult, poll: number): string {
  if (result.skills.length === 0) return " no skills: the tenant reported no skill activity"
  if (poll === 0 || result.changed) return ""
  return result.unchanged === "not-modified"
    ? " no change (304): longest waits from the latest server time"
    : " no activity since the last poll (the tenant answered with no rows): longest waits from the latest server time"
}

/** `cxedge skills health`: one skill's verdict against the thresholds, as the exit code. */
function healthCommand(host: CommandHost, defaults: Partial<Thresholds>) {
  return defineCommand({
    meta: {
      description: "Health verdict for one skill: exit 0 healthy, 1 degraded, 2 unhealthy (or a mistaken flag), 3 no verdict (no such skill, the tenant unreachable)",
      examples: ["cxedge skills health --skill 4101", "cxedge skills health --skill 4101 --max-queue 5 --min-service-level 90 --json"],
    },
    args: {
      ...host.commonArgs,
      skill: { type: "string", required: true, description: "skill id" },
      "max-queue": { type: "string", description: `most contacts queued, 0 to 100000 (default ${defaults.maxQueue ?? 10})` },
      "min-agents": { type: "string", description: `fewest agents available, 0 to 100000 (default ${defaults.minAgents ?? 1})` },
      "min-service-level": { type: "string", description: `lowest service level %, 0 to 100 (default ${defaults.minServiceLevel ?? 80})` },
      "max-wait": { type: "string", description: `longest wait in seconds, 0 to 86400 (default ${defaults.maxWaitSec ?? 300})` },
      json: { type: "boolean", description: "print the verdict and its reasons as JSON" },
    },
    async run({ args }) {
      const flags = Object.fromEntries(
        Object.entries({
          maxQueue: intFlag("max-queue", args["max-queue"], THRESHOLD_RANGES.maxQueue),
          minAgents: intFlag("min-agents", args["min-agents"], THRESHOLD_RANGES.minAgents),
          minServiceLevel: levelFlag(args["min-service-level"]),
          maxWaitSec: waitFlag(args["max-wait"]),
        }).filter(([, x]) => x !== undefined),
      )
      const skill = skillArg(args.skill)!
      await host.withRuntime(args, async (opened) => {
        await healthVerdict(host, opened, skill, flags, defaults, !!args.json).catch((e: unknown) => {
          // Exit 1 is "degraded" here: a monitor would read a wrong skill id, or a tenant it could not reach, as a
          // degraded skill. No verdict exits 3, a monitor's "unknown" (Nagios); a mistaken flag stays 2, as everywhere.
          if (e && typeof e === "object" && !USAGE_CODES.has((e as { code?: string }).code ?? "")) Object.assign(e, { exitCode: 3 })
          throw e
        })
      }, { readOnly: true })
    },
  })
}

const notFound = (error: unknown, operation: string) => (error as { code?: string }).code === "E_NOT_FOUND" && (error as { operation?: string }).operation === operation

/**
 * A 404 of the skill's own path (`skills.activity.one`) means the tenant has no such skill only when its list of skills
 * answers at the same base: a wrong API host or ACD version 404s every ACD path, and discovery's 404 (a wrong issuer)
 * is another call's; each keeps its own message, naming the setting to check, rather than blaming the id.
 */
async function notASkill(error: unknown, skill: number | undefined, client: CxoneClient): Promise<never> {
  if (skill === undefined || !notFound(error, skillActivity.id)) throw error
  let listed: PollResult["skills"] | undefined
  try {
    listed = (await client.call(skillsActivity, {}))?.skillActivity
  } catch (probe) {
    if (notFound(probe, skillsActivity.id)) throw await noAcdApi(client, error)
    // The list failed another way (a 5xx): whose 404 it was is unknown, so the tenant's answer is said as it came.
    throw error
  }
  // Listed, yet its own path 404s: not "no such skill"; the tenant's answer as it came.
  if (listed?.some((s) => s.skillId === skill)) throw error
  throw new ValidationError("skills", `skill ${skill} is not a skill of this tenant: check the id (cxedge skills activity lists them)`, "skill", "E_NOT_FOUND")
}

/** Both the skill's path and the list of skills 404: the ACD base (API host and version) is wrong, said with where it is. */
async function noAcdApi(client: CxoneClient, cause: unknown): Promise<CxoneHttpError> {
  const { tenant } = client
  const host = (await client.discover()).hosts.api
  const from = tenant.endpoints?.api ? "" : ", found by discovery"
  return new CxoneHttpError({
    operation: skillActivity.id,
    status: 404,
    message: `${skillActivity.id} and ${skillsActivity.id} both failed with status 404: the ACD API is not at ${host.replace(/\/$/, "")}/inContactAPI/services/${tenant.acdVersion} (no path of it answers): check CXEDGE_API_URL or tenant.endpoints.api (the API host${from}) and CXEDGE_ACD_VERSION (${tenant.acdVersion})`,
    cause,
  }, "E_NOT_FOUND")
}

async function healthVerdict(host: CommandHost, opened: OpenedRuntime, skill: number, flags: Partial<Thresholds>, defaults: Partial<Thresholds>, json: boolean): Promise<void> {
  // Thresholds: built-in defaults < plugin settings (config file) < flags.
  const configured = opened.rt.settings<{ thresholds?: Partial<Thresholds> } | undefined>("skill-activity")?.thresholds
  const parsed = v.safeParse(ThresholdsSchema, { ...defaults, ...configured, ...flags })
  if (!parsed.success) throw new ValidationError("skills", `threshold ${v.getDotPath(parsed.issues[0]) ?? ""}: ${parsed.issues[0].message}`, undefined, "E_USAGE")
  // The tenant's 404 for the skill's own path means it has no such skill: named, not the call's id.
  const { skills } = await createSkillPoller(opened.rt.client, skill).poll().catch((e: unknown) => notASkill(e, skill, opened.rt.client))
  const s = skills.find((x) => x.skillId === skill)
  if (!s) throw new ValidationError("skills", `skill ${skill} has no activity: check the id`, "skill", "E_NOT_FOUND")
  const result = verdict(s, parsed.output)
  host.print(json ? result : `skill ${result.skillId} (${result.skillName ?? "?"}): ${result.status}${result.reasons.length ? `: ${result.reasons.join("; ")}` : ""}`, { json })
  host.setExitCode(EXIT[result.status])
}
