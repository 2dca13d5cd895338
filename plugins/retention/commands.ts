import { defineCommand } from "citty"
import { ConfigError, instantFlag, openSource, refuseFleetingStorage, ValidationError, type CommandHost, type OpenedRuntime } from "../../core/index.ts"
import { policyNamed } from "./policies.ts"
import { policyReport, type PolicyReport } from "./report.ts"
import type { Policy, RetentionSettings } from "./settings.ts"
import { policyStore } from "./state.ts"
import { cutoffOf, sweepPolicy, type SweepResult } from "./sweep.ts"

const POLICY = /^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/
const usage = (message: string, flag: string) => new ValidationError("retention", message, flag, "E_USAGE")

/** --policy and --at, checked before the runtime opens: a typo never reaches the tenant. */
function runFlags(args: Record<string, unknown>, now: number) {
  const policy = args.policy as string | undefined
  if (policy !== undefined && !POLICY.test(policy)) throw usage(`--policy ${JSON.stringify(String(policy).slice(0, 40))} is not a policy name: use the name of a policy in settings.retention.policies`, "policy")
  // `--at 1m` swept as of a minute ago where a month was meant: minutes are written 1min, as in a policy's olderThan.
  const at = args.at === undefined ? undefined : instantFlag("at", String(args.at), now, { minutes: "min" })
  // Sweeping as of a later instant would anonymize contacts younger than the policy's age.
  if (at !== undefined && at > now) throw usage(`--at ${new Date(at).toISOString()} is in the future: a sweep as of a later time would take contacts before they reach the age; use a past instant or drop --at`, "at")
  return { policy, at }
}

const settingsOf = (opened: OpenedRuntime) => {
  const settings = opened.rt.settings<RetentionSettings | undefined>("retention")
  if (!settings) throw new ConfigError("retention", "the retention plugin is not loaded: add \"retention\" to plugins")
  return settings
}

/** What a sweep of each policy would cover, without writing: its window, the contacts in it, the open jobs it would run again. */
async function plan(opened: OpenedRuntime, policies: Policy[], at: number) {
  return Promise.all(policies.map(async (p) => {
    const state = await policyStore(opened.rt).get(p.name)
    const until = cutoffOf(p, at)
    const fresh = !state.sweptTo || state.sweptTo < until
    const source = fresh ? await openSource(opened.rt, p.source, { since: state.sweptTo, until }, { files: opened.files }, "retention") : undefined
    const count = source ? ((await source.total?.()) ?? null) : 0
    return { policy: p.name, target: p.target, since: fresh ? (state.sweptTo ?? null) : null, until: fresh ? until : null, contacts: count, resume: state.open.map((j) => j.jobId) }
  }))
}

const row = (r: SweepResult) => ({
  policy: r.policy,
  window: r.window ? `${r.window.since ?? "start"} .. ${r.window.until}` : "nothing new",
  jobs: r.jobs.map((j) => j.jobId).join(" ") || "-",
  processed: r.jobs.reduce((n, j) => n + j.processed, 0),
  // A resumed job's contacts done by its earlier runs (counted in processed, not in succeeded).
  "done before": r.jobs.reduce((n, j) => n + j.alreadyDone, 0),
  succeeded: r.jobs.reduce((n, j) => n + j.succeeded, 0),
  skipped: r.jobs.reduce((n, j) => n + j.skipped, 0),
  held: r.jobs.reduce((n, j) => n + j.held, 0),
  failed: r.jobs.reduce((n, j) => n + j.failed, 0),
})

async function runPolicies(host: CommandHost, opened: OpenedRuntime, flags: ReturnType<typeof runFlags>, args: { "dry-run"?: boolean; yes?: boolean; json?: boolean } & Record<string, unknown>) {
  const policies = policyNamed(settingsOf(opened), flags.policy)
  // Before the plan reads the tenant: a sweep's jobs, journals and watermark are its evidence and what resumes it.
  if (!args["dry-run"]) refuseFleetingStorage(opened, args, "retention", "each policy's jobs, journals and watermark (an interrupted sweep could not be resumed, the next run would sweep again from the start, and no evidence of it would remain)", "nothing was swept")
  const at = flags.at ?? opened.rt.clock.now()
  const planned = await plan(opened, policies, at)
  if (args["dry-run"]) {
    host.info("dry run: nothing is written")
    return host.print(args.json ? planned : planned.map((p) => ({ ...p, since: p.since ?? "start", until: p.until ?? "nothing new", contacts: p.contacts ?? "?", resume: p.resume.join(" ") || "-" })), { json: !!args.json })
  }
  const writes = policies.some((p) => p.target !== "export")
  if (!opened.sandbox && writes) {
    const summary = planned.map((p) => `policy ${p.policy}: target ${p.target}, ${p.until ? `contacts started ${p.since ?? "any time"} .. ${p.until}: ${p.contacts ?? "?"}` : "nothing new"}${p.resume.length ? `, jobs to run again: ${p.resume.join(", ")}` : ""}`)
    if (!(await host.confirm({ scope: "retention", action: "write to a real tenant", summary, yes: !!args.yes }))) {
      host.warn("aborted: nothing was written")
      return host.setExitCode(1)
    }
  }
  const results: SweepResult[] = []
  for (const policy of policies) {
    const result = await sweepPolicy(opened.rt, policy, {
      at, signal: host.signal, owner: opened.owner, files: opened.files,
      onJob: (jobId, what, w) => host.info(what === "resume" ? `policy ${policy.name}: running job ${jobId} again (window ${w.since ?? "start"} .. ${w.until})` : `policy ${policy.name}: job ${jobId}: contacts started ${w.since ?? "any time"} .. ${w.until}`),
    })
    results.push(result)
    if (result.interrupted) {
      host.warn(`interrupted: policy ${policy.name} continues where it stopped with: cxedge retention run --policy ${policy.name}`)
      return host.setExitCode(130)
    }
  }
  host.print(args.json ? results.map(({ state: _, ...r }) => r) : results.map(row), { json: !!args.json })
  const failed = results.flatMap((r) => r.jobs).reduce((n, j) => n + j.failed, 0)
  if (failed > 0) {
    host.warn(`${failed} contact(s) failed: the watermark stays before them, and the next run retries them (cxedge retention report shows them)`)
    host.setExitCode(1)
  }
}

const age = (s: number | null) => (s === null ? "-" : s >= 86_400 ? `${Math.floor(s / 86_400)}d ${Math.floor((s % 86_400) / 3600)}h` : `${Math.floor(s / 3600)}h ${Math.floor((s % 3600) / 60)}m`)
const reportRow = (r: PolicyReport) => ({
  policy: r.policy, "last run": r.lastRun ?? "never", watermark: r.watermark ?? "-", "in scope": r.inScope ?? "?", done: r.done, held: r.held, failed: r.failed,
  "oldest unprocessed": r.inScope === 0 ? "none" : r.oldestUnprocessedAgeSeconds === null ? "?" : `<= ${age(r.oldestUnprocessedAgeSeconds)}`, "next run": r.nextRun ?? "-",
})

export function retentionCommand(host: CommandHost) {
  return defineCommand({
    meta: { name: "retention", description: "Retention policies: sweep the contacts past a policy's age, and report the evidence", examples: ["cxedge retention run", "cxedge retention report"] },
    subCommands: {
      run: defineCommand({
        meta: {
          description: "Sweep each policy (or --policy NAME): its open jobs again, then the contacts that crossed its age since the last run",
          examples: ["cxedge retention run --dry-run  # each policy's window and contacts; nothing is written", "cxedge retention run --policy nightly --yes  # from cron, against a configured tenant", "cxedge retention run --json"],
        },
        args: {
          ...host.commonArgs,
          policy: { type: "string", description: "only this policy (default: every configured policy)" },
          "dry-run": { type: "boolean", description: "show each policy's window and the contacts in it; write nothing" },
          at: { type: "string", description: "sweep as of a past instant (2026-11-01, 2026-11-01T02:00:00Z, or 1d, 12h, 30min before now); default now" },
          yes: { type: "boolean", description: "write to a configured tenant (patch, erasure) without asking; required without a terminal" },
          json: { type: "boolean", description: "print the results as JSON" },
        },
        async run({ args }) {
          const flags = runFlags(args, Date.now())
          await host.withRuntime(args, (opened) => runPolicies(host, opened, flags, args), { readOnly: !!args["dry-run"], dryRun: !!args["dry-run"] })
        },
      }),
      report: defineCommand({
        meta: { description: "Per policy: last run, contacts in scope, done, held, failed (and why), the oldest unprocessed contact's age", examples: ["cxedge retention report", "cxedge retention report --policy nightly --json"] },
        args: {
          ...host.commonArgs,
          policy: { type: "string", description: "only this policy (default: every configured policy)" },
          json: { type: "boolean", description: "print the reports as JSON" },
        },
        async run({ args }) {
          const { policy } = runFlags({ policy: args.policy }, Date.now())
          // A storage directory typed wrong is refused, not made: read empty, it would say "last run never", exit 0.
          await host.withRuntime(args, async (opened) => {
            const now = opened.rt.clock.now()
            const reports = await Promise.all(policyNamed(settingsOf(opened), policy).map((p) => policyReport(opened.rt, p, now, { files: opened.files })))
            host.print(args.json ? reports : reports.map(reportRow), { json: !!args.json })
            if (!args.json) for (const r of reports) for (const [reason, n] of Object.entries(r.lastRunReasons)) host.warn(`policy ${r.policy}: ${n} contact(s) of the last run: ${reason}`)
          }, { readOnly: true, existingStorage: true })
        },
      }),
    },
  })
}
