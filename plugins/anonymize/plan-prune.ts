import { defineCommand } from "citty"
import { ambiguousMinutes, minSpanHint, minSpanMs, spanMs, ValidationError, type CommandHost, type Runtime } from "../../core/index.ts"
import { keyOf } from "./digest.ts"
import { planStore, type JobPlan } from "./job-plan.ts"
import { jobStore, type JobMeta } from "./journal.ts"
import { clearPlanSubjects } from "./plan-holds.ts"

const DAY = 86_400_000
/** Plans not run within this long are pruned by default: a month is long past any review. */
export const DEFAULT_PLAN_AGE = "30d"

// Under the command's label: prune is `cxedge jobs prune`.
const usage = (message: string, flag: string) => new ValidationError("jobs", message, flag, "E_USAGE")

const RULE = "use a span such as 30d, 12h or 30min (1min to 36500d)"

/**
 * `--older-than`: a span such as 30d, 12h or 30min, 1min to 36500d. `m` alone is refused: it read as minutes, and a
 * user meaning a month (1m) pruned every plan older than a minute. Minutes are written `min`.
 */
export function ageFlag(raw: unknown): number {
  if (raw === undefined) return spanMs(DEFAULT_PLAN_AGE)!
  const text = String(raw)
  if (!text.trim()) throw usage("--older-than needs a value: a span such as 30d", "older-than")
  const shown = JSON.stringify(text.slice(0, 40))
  const ambiguous = ambiguousMinutes(text)
  if (ambiguous) throw usage(`--older-than ${shown}: ${ambiguous}`, "older-than")
  const ms = minSpanMs(text)
  // 0d was refused like a typo, unexplained: it would prune every unrun plan, the one made a moment ago too.
  const zero = /^0+(?:[dhmM]|min)$/.test(text.trim()) ? ` (${text.trim()} would prune every plan not run, even one made a moment ago: give the age a plan left unrun may reach, at least 1min)` : ""
  if (ms === undefined) throw usage(`--older-than ${shown} is not allowed: ${RULE}${zero || ageHint(text)}`, "older-than")
  return ms
}

/** Why a span written another way is no --older-than: white space around it, or two units (2h30m). */
function ageHint(text: string): string {
  const trimmed = text.trim()
  if (trimmed !== text && /^\d{1,6}(?:[dh]|min)$/.test(trimmed)) return ` (write it without white space: ${trimmed})`
  const two = /^(\d{1,4})([dh])\s*(\d{1,4})(h|m|min)$/.exec(trimmed)
  if (two) {
    const [, a, big, b, small] = two
    const total = big === "d" && small === "h" ? `${Number(a) * 24 + Number(b)}h` : `${Number(a) * (big === "d" ? 1440 : 60) + Number(b) * (small === "h" ? 60 : 1)}min`
    return ` (one unit only: ${trimmed} is ${total})`
  }
  return minSpanHint(text)
}

const spanText = (ms: number) => (ms % DAY === 0 ? `${ms / DAY}d` : ms % 3_600_000 === 0 ? `${ms / 3_600_000}h` : `${Math.round(ms / 60_000)}min`)

/**
 * Why a plan may go, or undefined to keep it. A plan whose run ran to its end can never run again;
 * one never run (or run with failures left to retry) goes once it is older than `maxAge`. A plan
 * whose run started and did not finish stays at any age: resuming that run reads it.
 */
export function pruneReason(plan: Pick<JobPlan, "createdAt">, job: Pick<JobMeta, "state"> | null, now: number, maxAge: number): string | undefined {
  if (job?.state === "finished") return "ran to its end"
  if (job?.state === "running") return undefined
  if (now - Date.parse(plan.createdAt) <= maxAge) return undefined
  return job ? `not run to its end in ${spanText(maxAge)}` : `not run in ${spanText(maxAge)}`
}

/** Removes a plan and everything stored for it (digests, subject tokens, scope, run task pointer); its job stays. */
async function removePlan(rt: Runtime, id: string): Promise<void> {
  const plans = rt.storage.namespace("plans")
  await planStore(plans).clearInputs(id)
  await clearPlanSubjects(rt, id)
  for (const key of [`scope:${id}`, `run:${id}`, `plan:${keyOf(id)}`]) await plans.removeItem(key)
  await rt.hooks.emit("audit:record", { action: "plan.pruned", outcome: "ok", jobId: id })
}

/** `cxedge jobs prune [--older-than 30d] [--dry-run]`. */
export function pruneCommand(host: CommandHost) {
  return defineCommand({
    meta: {
      name: "prune",
      description: `Remove plans that ran to their end, and plans not run within --older-than (default ${DEFAULT_PLAN_AGE}); a plan whose run is unfinished stays`,
      examples: ["cxedge jobs prune --dry-run", "cxedge jobs prune --older-than 7d"],
    },
    args: {
      ...host.commonArgs,
      "older-than": { type: "string", description: `prune plans not run to their end that were made longer ago than this (30d, 12h, 30min; default ${DEFAULT_PLAN_AGE})` },
      "dry-run": { type: "boolean", description: "list what would be pruned; remove nothing" },
      json: { type: "boolean", description: "print the pruned plans as JSON" },
    },
    async run({ args }) {
      const maxAge = ageFlag(args["older-than"])
      await host.withRuntime(args, async ({ rt }) => {
        const jobs = jobStore(rt.storage.namespace("jobs"))
        const now = rt.clock.now()
        const rows: { plan: string; state: string; created: string; reason: string }[] = []
        for (const plan of (await planStore(rt.storage.namespace("plans")).list()).sort((a, b) => a.createdAt.localeCompare(b.createdAt))) {
          const job = await jobs.get(plan.id)
          const reason = pruneReason(plan, job, now, maxAge)
          if (reason) rows.push({ plan: plan.id, state: job?.state ?? plan.state, created: plan.createdAt, reason })
        }
        if (!args["dry-run"]) for (const row of rows) await removePlan(rt, row.plan)
        if (args.json) return host.print(rows, { json: true })
        if (rows.length === 0) return host.info("no plan to prune: every plan is unrun and younger than the age, or its run is unfinished")
        host.print(rows)
        host.info(args["dry-run"] ? `dry run: ${rows.length} plan(s) would be pruned; nothing was removed` : `pruned ${rows.length} plan(s); their jobs stay listed by cxedge jobs, and the audit log keeps their approvals`)
      }, { existingStorage: true, ...(args["dry-run"] ? { readOnly: true, dryRun: true } : {}) })
    },
  })
}
