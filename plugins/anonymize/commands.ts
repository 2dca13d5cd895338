import { defineCommand } from "citty"
import { auditSinkPlugins, refuseFleetingStorage, type CommandHost, type Runtime } from "../../core/index.ts"
import { checkMatrix, matrixJsonSchema, readMatrix } from "./matrix/index.ts"
import { anonymizeFlags } from "./anonymize-flags.ts"
import { runAnonymize } from "./anonymize-run.ts"
import { checkPlanFlags } from "./plan-cli.ts"
import { jobStore } from "./journal.ts"
import { readJsonFile } from "./matrix-file.ts"
import { shippedMatrix, shippedNames } from "./matrices.ts"
import { decryptValue } from "./transforms/index.ts"

export function anonymizeCommand(host: CommandHost) {
  return defineCommand({
    meta: { name: "anonymize", description: "Anonymize contacts with a field matrix (dry run, resume, patch/erasure/export targets)",
      examples: [
        "cxedge anonymize --matrix matrices/gdpr.json --dry-run  # the plan per field; nothing is written",
        "cxedge anonymize --matrix matrices/gdpr.json --since 7d --target patch --yes  # last week's contacts, without asking",
        "cxedge anonymize --matrix matrices/gdpr.json --source jsonl --file contacts.jsonl --out anonymized.jsonl",
        "cxedge anonymize --resume gdpr-2026-10  # finish an interrupted job",
        "cxedge anonymize --matrix gdpr --source records --target patch --plan gdpr-2026-10  # plan; then jobs approve, jobs run",
        "cxedge anonymize --matrix analytics --source jsonl --file contacts.jsonl --out anonymized.jsonl --workers redis  # run by cxedge worker processes",
      ],
    },
    args: {
      ...host.commonArgs,
      matrix: { type: "string", valueHint: "file", description: "matrix file (e.g. my-matrix.json), or a shipped matrix by name: gdpr, pci, analytics, seed-example" },
      source: { type: "string", description: "cxone (contacts/completed), records (seed records API), jsonl, messages (DFO messages of the digital contacts in --since..--until), or a source a loaded plugin declares" },
      file: { type: "string", valueHint: "file", description: "JSONL file for --source jsonl" },
      since: { type: "string", description: "start of the date window (cxone and messages sources; messages needs it): 2026-10-01 (midnight UTC), 2026-10-01T08:00:00Z, or 7d / 12h / 30m before now" },
      until: { type: "string", description: "end of the date window (cxone and messages sources), same forms as --since (default: now)" },
      target: { type: "string", description: "patch (records API), erasure (CXone Privacy + DFO) or export" },
      out: { type: "string", valueHint: "file", description: "JSONL file for --target export (default: storage); refused when it exists with data, unless --force" },
      force: { type: "boolean", description: "replace an existing --out file (a resumed job adds to its own without it)" },
      "dry-run": { type: "boolean", description: "show the plan per field (originals masked); write nothing" },
      show: { type: "string", description: "contacts shown in a dry run, 0 to 1000 (default 5)" },
      job: { type: "string", description: "job id to use (resumes it if it exists)" },
      plan: { type: "string", description: "plan the job under this id and store the plan (nothing is written): then cxedge jobs show, approve --by, run" },
      resume: { type: "string", description: "resume an interrupted job by id" },
      concurrency: { type: "string", description: "contacts in flight, 1 to 256 (default 8)" },
      workers: { type: "string", description: "redis: split the job into partitions on BullMQ, run by cxedge worker processes (needs CXEDGE_STORAGE=redis)" },
      yes: { type: "boolean", description: "write to a configured tenant (patch, erasure) without asking; required without a terminal" },
      "allow-unconditional": { type: "boolean", description: "patch: write records served without an ETag with If-Match: * (default: refuse them, E_NO_ETAG)" },
      json: { type: "boolean", description: "print the summary as JSON" },
    },
    async run({ args }) {
      // Every flag is checked before the runtime opens: a typo never reaches the tenant.
      const flags = anonymizeFlags(args)
      checkPlanFlags(args)
      // --resume continues what is stored: a storage directory named wrong is refused as such, not read as "no job".
      await host.withRuntime(args, (opened) => runAnonymize(host, opened, args, flags), { readOnly: !!args["dry-run"], dryRun: !!args["dry-run"], existingStorage: args.resume !== undefined })
    },
  })
}

export function jobsCommand(host: CommandHost) {
  return defineCommand({
    meta: { name: "jobs", description: "List anonymization jobs in storage", examples: ["cxedge jobs", "cxedge jobs --json"] },
    args: { ...host.commonArgs, json: { type: "boolean", description: "print the jobs as JSON" } },
    async run({ args }) {
      await host.withRuntime(args, async (opened) => {
        const jobs = await jobStore(opened.rt.storage.namespace("jobs")).list()
        if (args.json) return host.print(jobs.map(({ matrixBody: _, ...j }) => j), { json: true })
        // Counts over all of a job's runs; a running job has none yet.
        const count = (j: (typeof jobs)[number], key: "processed" | "succeeded" | "failed" | "invalid" | "skipped" | "held") => j.totals?.[key] ?? ""
        const rows = jobs.map((j) => ({
          job: j.id, state: j.state, processed: count(j, "processed"), succeeded: count(j, "succeeded"), failed: count(j, "failed"),
          invalid: count(j, "invalid"), skipped: count(j, "skipped"), held: count(j, "held"), matrix: j.matrix, source: j.source.kind, target: j.target.kind,
          created: j.createdAt, finished: j.finishedAt ?? "",
        }))
        host.print(rows)
        if (jobs.some((j) => j.state === "finished_with_failures")) host.info("a job finished_with_failures retries its failed contacts with: cxedge anonymize --resume JOB")
      }, { readOnly: true, existingStorage: true })
    },
  })
}

export function matrixCommand(host: CommandHost) {
  return defineCommand({
    meta: { name: "matrix", description: "Check a field matrix, or print the matrix JSON Schema", examples: ["cxedge matrix validate matrices/gdpr.json", "cxedge matrix schema > matrices/schema.json"] },
    subCommands: {
      schema: defineCommand({
        meta: { description: "Print the matrix JSON Schema (matrices/schema.json is this output)", examples: ["cxedge matrix schema > matrices/schema.json  # regenerate the shipped schema"] },
        run: () => host.print(JSON.stringify(matrixJsonSchema(), null, 2)),
      }),
      validate: defineCommand({
        meta: { description: "Report unknown transforms, bad params and weak choices, with the field path; exit 2 if invalid", examples: ["cxedge matrix validate matrices/gdpr.json", "cxedge matrix validate my-matrix.json --json"] },
        args: { ...host.commonArgs, file: { type: "positional", valueHint: "file", description: "matrix file, or a shipped matrix by name (gdpr)", required: true }, json: { type: "boolean", description: "print the report as JSON" } },
        async run({ args }) {
          await host.withRuntime(args, async (opened) => {
            // A shipped matrix by name, as --matrix takes it: `cxedge matrix validate gdpr` checks what `--matrix gdpr` runs.
            const read = readMatrix((await shippedMatrix(args.file, opened.files)) ?? (await readJsonFile(opened, args.file, `check the path, or name a shipped matrix (${shippedNames})`)))
            const checked = read.matrix ? checkMatrix(read.matrix, { transforms: opened.rt.transforms, keys: opened.rt.keys }) : { issues: read.issues, warnings: [] }
            const report = { file: args.file, valid: checked.issues.length === 0, issues: checked.issues, warnings: checked.warnings }
            if (args.json) host.print(report, { json: true })
            else {
              for (const issue of checked.issues) host.print(`error   ${issue.where}: ${issue.message}`)
              for (const warning of checked.warnings) host.print(`warning ${warning}`)
              host.print(report.valid ? `${args.file}: valid (${read.matrix!.fields.length} rules)` : `${args.file}: ${checked.issues.length} error(s)`)
            }
            if (!report.valid) host.setExitCode(2)
          }, { readOnly: true })
        },
      }),
    },
  })
}

export function decryptCommand(host: CommandHost) {
  return defineCommand({
    meta: { name: "decrypt", description: "Re-identify encrypt tokens (authorised use only; each use is logged without the value)", examples: ["cxedge decrypt \"$TOKEN\"  # an enc_<keyId>_... value an encrypt rule wrote", "cxedge decrypt \"$TOKEN\" --json"] },
    args: { ...host.commonArgs, token: { type: "positional", description: "an enc_<keyId>_... token", required: true }, json: { type: "boolean", description: "print {value} as JSON" } },
    async run({ args }) {
      await host.withRuntime(args, async (opened) => {
        // A decrypt is re-identification, its audit record the evidence (a refused attempt's too): kept where it lasts.
        if (keptInStorageOnly(opened.rt)) refuseFleetingStorage(opened, args, "decrypt", "the audit record of this decrypt", "nothing was decrypted")
        const value = await decryptAudited(host, opened.rt, args.token)
        await opened.rt.hooks.emit("audit:record", { action: "decrypt", outcome: "ok", keyIds: [args.token.trim().split("_")[1]!], detail: { keyId: args.token.trim().split("_")[1] } })
        host.print(args.json ? { value } : value, { json: !!args.json })
      })
    },
  })
}

/** Whether every audit sink keeps its records in the runtime's storage (audit-kv): a file sink's outlast memory storage. */
const keptInStorageOnly = (rt: Runtime) => {
  const sinks = auditSinkPlugins(rt)
  return sinks.length > 0 && sinks.every((name) => name === "audit-kv")
}

/**
 * The value, or the refusal after its audit record: an attempt to re-identify a token is evidence whether it worked or
 * not (the key id and the reason, never the token). A token that does not verify, or whose key is not here, is a bad
 * value: exit 2, as the README's table has it.
 */
async function decryptAudited(host: CommandHost, rt: Runtime, token: string): Promise<string> {
  try {
    return decryptValue(rt.keys, token)
  } catch (error) {
    const code = (error as { code?: unknown }).code
    // Something that is no token at all (quoted, two at once, cut short) is a slip refused as usage, with nothing written.
    if (code !== "E_KEY" && code !== "E_TOKEN") throw error
    Object.assign(error as object, { exitCode: 2 })
    const keyId = token.trim().split("_")[1]!
    await rt.hooks.emit("audit:record", { action: "decrypt", outcome: "refused", keyIds: [keyId], detail: { keyId, reason: code } })
      .catch(() => host.warn("the refused decrypt attempt could not be recorded in the audit log: check the audit sink (cxedge audit verify)"))
    throw error
  }
}
