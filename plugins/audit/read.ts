import { defineCommand } from "citty"
import { checkJobName, ConfigError, intFlag, summarizeJob, typedAs, type CommandHost } from "../../core/index.ts"
import { withSink } from "./shared.ts"

/** `cxedge audit tail`: the most recent records of every chain. */
export const tailCommand = (host: CommandHost) =>
  defineCommand({
    meta: { description: "Show the most recent records", examples: ["cxedge audit tail", "cxedge audit tail --n 50 --json"] },
    args: { ...host.commonArgs, n: { type: "string", description: "how many, 1 to 10000 (default 20)" }, json: { type: "boolean", description: "print the records as JSON" } },
    run: ({ args, rawArgs }) => {
      // Checked before the sink opens; named as typed (-n or --n, which citty reads alike).
      const n = intFlag("n", args.n, { min: 1, max: 10_000 }, typedAs("n", rawArgs)) ?? 20
      return withSink(host, args, async (sink) => {
        const last: Record<string, unknown>[] = []
        for (const chain of await sink.chains()) {
          // Within a chain records are in time order: its last n are all it can contribute.
          const tail: Record<string, unknown>[] = []
          for await (const r of sink.read(chain)) {
            tail.push({ ts: r.ts, chain: r.chain, seq: r.seq, action: r.action, outcome: r.outcome, job: r.jobId ?? "", contact: r.contactId ?? "", transforms: (r.transforms ?? []).join(","), keys: (r.keyIds ?? []).join(","), hold: typeof r.detail?.holdId === "string" ? r.detail.holdId : "" })
            if (tail.length > n) tail.shift()
          }
          last.push(...tail)
        }
        last.sort((a, b) => String(a.ts).localeCompare(String(b.ts)))
        host.print(last.slice(-n), { json: !!args.json })
      })
    },
  })

/** `cxedge audit export`: a record-of-processing summary of one job. */
export const exportCommand = (host: CommandHost) =>
  defineCommand({
    meta: { description: "A record-of-processing summary of one job (GDPR Art. 30 style)", examples: ["cxedge audit export --job gdpr-2026-10", "cxedge audit export --job gdpr-2026-10 --json"] },
    args: { ...host.commonArgs, job: { type: "string", required: true, description: "job id" }, json: { type: "boolean", description: "print the summary as JSON" } },
    run: ({ args }) => {
      // A name no job can have (../x, a space) is said so before the sink opens, not looked for and "not found".
      checkJobName("audit", "job", args.job)
      return withSink(host, args, async (sink) => {
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
      })
    },
  })
