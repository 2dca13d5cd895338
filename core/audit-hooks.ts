import { defineCommand } from "citty"
import { auditSinkOf, provideAuditSink, summarizeJob, type AuditCheckpoint, type AuditEntry, type AuditSink } from "./audit.ts"
import { demoAuditKey, MISSING_AUDIT_KEY, type AuditKey } from "./audit-key.ts"
import { checkpointProblem, verifyAudit, writeCheckpoint, type AuditFinding } from "./audit-verify.ts"
import type { CommandHost, FileAccess } from "./command.ts"
import { ConfigError, CxedgeError } from "./errors.ts"
import { intFlag } from "./flags.ts"
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

export interface AttachAuditOptions {
  /** Signs the records and checkpoints (the sink signs records with the same key). */
  key: AuditKey
  /** A checkpoint every this many records this writer appends (and one at every job end). */
  checkpointEvery?: number
}

/** The key a runtime's audit is signed with: the entry's, or the public demo key in a runtime built in code. */
export const auditKeyOf = (rt: Runtime): AuditKey => rt.auditKey ?? demoAuditKey

/**
 * Makes `sink` the runtime's audit sink and registers its hook listeners (a
 * sink plugin's setup calls this): every `checkpointEvery` records and after
 * every job's last record a signed checkpoint is stored, one HMAC each.
 */
export function attachAuditSink(rt: Runtime, sink: AuditSink, options: AttachAuditOptions = { key: auditKeyOf(rt) }) {
  const every = options.checkpointEvery ?? 1000
  let sinceCheckpoint = 0
  const checkpoint = async () => {
    sinceCheckpoint = 0
    await writeCheckpoint(sink, options.key)
  }
  const counted: AuditSink = {
    ...sink,
    async append(entry) {
      const record = await sink.append(entry)
      if (++sinceCheckpoint >= every) await checkpoint()
      return record
    },
  }
  provideAuditSink(rt, sink)
  const hooks = auditHooks(() => counted)
  for (const [name, listener] of Object.entries(hooks)) rt.hooks.on(name as HookName, listener as never)
  rt.hooks.on("job:finished", () => checkpoint())
}

function sinkOrFail(rt: Runtime): AuditSink {
  const sink = auditSinkOf(rt)
  if (!sink) throw new ConfigError("audit", "no audit sink is loaded: add audit-file or audit-kv to plugins")
  return sink
}

/** Reads an outside checkpoint copy; anything but a valid, signed checkpoint is a usage error naming the file. */
async function readCheckpointFile(files: FileAccess, path: string, sink: AuditSink, key: AuditKey): Promise<AuditCheckpoint> {
  if (!(await files.exists(path))) throw new ConfigError("audit", `--against ${path}: no such file: give the file \`cxedge audit checkpoint --out\` wrote`)
  let value: unknown
  try {
    value = JSON.parse(await files.readText(path))
  } catch {
    throw new ConfigError("audit", `--against ${path}: not JSON: give the file \`cxedge audit checkpoint --out\` wrote`)
  }
  const problem = checkpointProblem(value, key)
  if (problem) throw new ConfigError("audit", `--against ${path}: ${problem}: give an unchanged file \`cxedge audit checkpoint --out\` wrote under this CXEDGE_AUDIT_KEY`)
  const cp = value as AuditCheckpoint
  if (cp.sink !== sink.name) throw new ConfigError("audit", `--against ${path}: it is a checkpoint of ${cp.sink}, this runtime audits into ${sink.name}: use the same plugins and storage`)
  return cp
}

const findingLine = (f: AuditFinding) =>
  `${f.chain ? `chain ${f.chain}` : "audit"}${f.seq !== undefined ? `: record ${f.seq}` : ""} (${f.kind})${f.where ? ` at ${f.where}` : ""}: ${f.message}`

/** `cxedge audit verify|checkpoint|tail|export`, shared by every sink plugin. */
export function auditCommand(host: CommandHost) {
  // tail and export only read what is stored: like the other read-only commands they need no audit key.
  const withSink = (args: Record<string, unknown>, fn: (sink: AuditSink, rt: Runtime) => Promise<void>) =>
    host.withRuntime(args, (opened) => fn(sinkOrFail(opened.rt), opened.rt), { readOnly: true })
  return defineCommand({
    meta: { name: "audit", description: "The tamper-evident audit log", examples: ["cxedge audit verify", "cxedge audit tail --n 50"] },
    subCommands: {
      verify: defineCommand({
        meta: {
          description: "Check the registry, every chain, every signed checkpoint (and --against an outside copy): exit 1 on any finding",
          examples: ["cxedge audit verify", "cxedge audit verify --against checkpoint.json --json  # a checkpoint handed out earlier"],
        },
        args: { ...host.commonArgs, against: { type: "string", description: "a checkpoint file from `audit checkpoint --out`: nothing before it may have changed or vanished" }, json: { type: "boolean", description: "print the report as JSON" } },
        run: ({ args }) =>
          host.withRuntime(args, async ({ rt, files }) => {
            const sink = sinkOrFail(rt)
            const key = auditKeyOf(rt)
            const against = typeof args.against === "string" ? { cp: await readCheckpointFile(files, args.against, sink, key), where: args.against } : undefined
            const report = await verifyAudit(sink, key, against)
            if (report.findings.length) host.setExitCode(1)
            if (args.json) return host.print(report, { json: true })
            if (report.chains.length === 0 && report.findings.length === 0) return host.print("no audit records yet")
            const broken = new Set(report.findings.map((f) => f.chain))
            for (const r of report.chains) if (!broken.has(r.chain)) host.print(`chain ${r.chain}: ${r.records} records, intact`)
            for (const f of report.findings) host.print(findingLine(f))
            const { verified, latest } = report.checkpoints
            host.print(verified ? `${verified} signed checkpoint(s) checked${latest ? `, latest ${latest}` : ""}${against ? `, ${args.against} included` : ""}` : "no checkpoints yet")
            if (key.demo) host.warn("signed with the public sandbox demo key: set CXEDGE_AUDIT_KEY for evidence")
          }),
      }),
      checkpoint: defineCommand({
        meta: { description: "Sign every chain's head now; --out writes the checkpoint to hand to an outside party", examples: ["cxedge audit checkpoint", "cxedge audit checkpoint --out checkpoint.json  # the file to hand to an outside party"] },
        args: { ...host.commonArgs, out: { type: "string", description: "write the signed checkpoint (JSON) to this file" }, json: { type: "boolean", description: "print the checkpoint as JSON" } },
        run: ({ args }) =>
          host.withRuntime(args, async ({ rt, files }) => {
            const sink = sinkOrFail(rt)
            const key = auditKeyOf(rt)
            // A bad --out is refused before anything is signed: no checkpoint is kept that nobody received.
            if (args.out) files.checkOutput?.(args.out, "--out")
            // Signing over a broken log would bless the damage: refuse first.
            const report = await verifyAudit(sink, key)
            if (report.findings.length) {
              for (const f of report.findings) host.print(findingLine(f))
              throw new CxedgeError("E_AUDIT_BROKEN", "audit", "the audit log does not verify: nothing signed; investigate the findings above (cxedge audit verify)")
            }
            const cp = await writeCheckpoint(sink, key)
            if (args.out) {
              try {
                await files.writeText(args.out, JSON.stringify(cp, null, 2) + "\n")
              } catch (error) {
                if (error instanceof ConfigError) throw error
                throw new ConfigError("audit", `--out ${args.out}: cannot write it (${(error as { code?: string }).code ?? "error"}): check the directory exists and is writable`)
              }
            }
            if (args.json) return host.print(cp, { json: true })
            host.print(`checkpoint ${cp.id}: ${cp.chains.length} chain(s) signed with audit key ${key.id}${args.out ? `, written to ${args.out}` : ""}`)
            if (key.demo) host.warn("signed with the public sandbox demo key: set CXEDGE_AUDIT_KEY for evidence")
          }),
      }),
      tail: defineCommand({
        meta: { description: "Show the most recent records", examples: ["cxedge audit tail", "cxedge audit tail --n 50 --json"] },
        args: { ...host.commonArgs, n: { type: "string", description: "how many, 1 to 10000 (default 20)" }, json: { type: "boolean", description: "print the records as JSON" } },
        run: ({ args }) =>
          withSink(args, async (sink) => {
            const n = intFlag("n", args.n, { min: 1, max: 10_000 }) ?? 20
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
        meta: { description: "A record-of-processing summary of one job (GDPR Art. 30 style)", examples: ["cxedge audit export --job gdpr-2026-10", "cxedge audit export --job gdpr-2026-10 --json"] },
        args: { ...host.commonArgs, job: { type: "string", required: true, description: "job id" }, json: { type: "boolean", description: "print the summary as JSON" } },
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

/**
 * The entries' policy (CLI, servers, Worker): against a real tenant an
 * audit sink must sign with CXEDGE_AUDIT_KEY. A runtime that has a sink but
 * no key is disposed and refused before any call.
 */
export async function refuseUnsignedAudit(rt: Runtime): Promise<void> {
  if (rt.auditKey || !rt.hasTenant || !auditSinkOf(rt)) return
  await rt.dispose().catch(() => {})
  throw new ConfigError("audit", MISSING_AUDIT_KEY)
}
