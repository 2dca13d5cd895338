import { defineCommand } from "citty"
import { auditSinkOf, provideAuditSink, summarizeJob, verifyChain, type AuditEntry, type AuditSink } from "./audit.ts"
import type { CommandHost } from "./command.ts"
import { ConfigError } from "./errors.ts"
import type { HookName, Hooks } from "./hooks.ts"
import type { Runtime } from "./runtime.ts"

const unique = (xs: (string | undefined)[]) => [...new Set(xs.filter((x): x is string => !!x))]

/**
 * The hook listeners every audit sink plugin registers: each event becomes
 * one record of ids, field and transform names, key ids, outcome and
 * latency. Nothing in an event carries a value, so nothing here can.
 */
export function auditHooks(sink: () => AuditSink | undefined): Partial<Hooks> {
  const write = async (entry: AuditEntry) => {
    await sink()?.append(entry)
  }
  return {
    "job:started": (e) => write({ action: "job.started", outcome: e.dryRun ? "dry-run" : "started", jobId: e.jobId, detail: { source: e.source, target: e.target, matrix: e.matrix } }),
    "contact:applied": (e) =>
      write({
        action: "contact.anonymized",
        outcome: "ok",
        jobId: e.jobId,
        contactId: e.contactId,
        fields: e.fields.map((f) => f.path),
        transforms: unique(e.fields.map((f) => f.transform)),
        keyIds: unique(e.fields.map((f) => f.keyId)),
        latencyMs: Math.round(e.latencyMs * 100) / 100,
        detail: { target: e.target, ...(e.requestIds?.length ? { requestIds: e.requestIds } : {}), ...(e.subjects?.length ? { subjects: e.subjects } : {}) },
      }),
    "contact:failed": (e) => write({ action: "contact.failed", outcome: "failed", jobId: e.jobId, contactId: e.contactId, ...(e.field ? { fields: [e.field] } : {}), detail: { code: e.code } }),
    "contact:skipped": (e) => write({ action: "contact.skipped", outcome: "skipped", jobId: e.jobId, contactId: e.contactId, detail: { reason: e.reason } }),
    "subject:erasure": (e) => write({ action: "subject.erasure", outcome: "submitted", jobId: e.jobId, detail: { subject: e.subject, subjectType: e.subjectType, requestId: e.requestId } }),
    "erasure:requested": (e) => write({ action: "erasure.requested", outcome: "accepted", jobId: e.jobId, detail: { webhookId: e.webhookId, subjectType: e.subjectType } }),
    "job:finished": (e) => write({ action: "job.finished", outcome: e.summary.failed ? "partial" : "ok", jobId: e.jobId, detail: { ...e.summary } }),
    "audit:record": (e) => write({ action: e.action, outcome: e.outcome, jobId: e.jobId, contactId: e.contactId, detail: e.detail }),
  }
}

/** Makes `sink` the runtime's audit sink and registers its hook listeners (a sink plugin's setup calls this). */
export function attachAuditSink(rt: Runtime, sink: AuditSink) {
  provideAuditSink(rt, sink)
  for (const [name, listener] of Object.entries(auditHooks(() => sink))) rt.hooks.on(name as HookName, listener as never)
}

function sinkOrFail(rt: Runtime): AuditSink {
  const sink = auditSinkOf(rt)
  if (!sink) throw new ConfigError("audit", "no audit sink is loaded: add audit-file or audit-kv to plugins")
  return sink
}

/** `cxedge audit verify|tail|export`, shared by every sink plugin. */
export function auditCommand(host: CommandHost) {
  const withSink = (args: Record<string, unknown>, fn: (sink: AuditSink, rt: Runtime) => Promise<void>) =>
    host.withRuntime(args, (opened) => fn(sinkOrFail(opened.rt), opened.rt))
  return defineCommand({
    meta: { name: "audit", description: "The tamper-evident audit log" },
    subCommands: {
      verify: defineCommand({
        meta: { description: "Walk every chain; report the first broken link with its sequence number (exit 1)" },
        args: { ...host.commonArgs, json: { type: "boolean" } },
        run: ({ args }) =>
          withSink(args, async (sink) => {
            const results = []
            for (const chain of await sink.chains()) results.push(await verifyChain(sink, chain))
            if (args.json) host.print(results, { json: true })
            else if (results.length === 0) host.print("no audit records yet")
            else for (const r of results) host.print(r.ok ? `chain ${r.chain}: ${r.records} records, intact` : `chain ${r.chain}: BROKEN at record ${r.broken!.seq} (${r.broken!.kind}): ${r.broken!.message}`)
            if (results.some((r) => !r.ok)) host.setExitCode(1)
          }),
      }),
      tail: defineCommand({
        meta: { description: "Show the most recent records" },
        args: { ...host.commonArgs, n: { type: "string", default: "20", description: "how many" }, json: { type: "boolean" } },
        run: ({ args }) =>
          withSink(args, async (sink) => {
            const n = Math.max(1, Number(args.n) || 20)
            const last: Record<string, unknown>[] = []
            for (const chain of await sink.chains()) {
              // Within a chain records are in time order: its last n are all it can contribute.
              const tail: Record<string, unknown>[] = []
              for await (const r of sink.read(chain)) {
                tail.push({ ts: r.ts, chain: r.chain, seq: r.seq, action: r.action, outcome: r.outcome, job: r.jobId ?? "", contact: r.contactId ?? "", transforms: (r.transforms ?? []).join(","), keys: (r.keyIds ?? []).join(",") })
                if (tail.length > n) tail.shift()
              }
              last.push(...tail)
            }
            last.sort((a, b) => String(a.ts).localeCompare(String(b.ts)))
            host.print(last.slice(-n), { json: !!args.json })
          }),
      }),
      export: defineCommand({
        meta: { description: "A record-of-processing summary of one job (GDPR Art. 30 style)" },
        args: { ...host.commonArgs, job: { type: "string", required: true, description: "job id" }, json: { type: "boolean" } },
        run: ({ args }) =>
          withSink(args, async (sink) => {
            const s = await summarizeJob(sink, args.job)
            if (s.records === 0 && Object.keys(s.actions).length === 0) throw new ConfigError("audit", `no audit records for job ${args.job}: check the id (cxedge jobs)`)
            if (args.json) return host.print(s, { json: true })
            host.print([
              { key: "job", value: s.jobId },
              { key: "period", value: `${s.from} .. ${s.to}` },
              { key: "records processed", value: s.records },
              { key: "outcomes", value: Object.entries(s.outcomes).map(([k, v]) => `${k} ${v}`).join(", ") },
              { key: "key ids", value: s.keyIds.join(", ") || "(none)" },
            ])
            host.print(Object.entries(s.transforms).map(([transform, records]) => ({ transform, records })))
            host.print(Object.entries(s.fields).map(([field, records]) => ({ field, records })))
          }),
      }),
    },
  })
}
