import { defineCommand } from "citty"
import { ConfigError, type CommandHost, type Finding, type Identifier, type OpenedRuntime, type Runtime } from "../../core/index.ts"
import { gatherExport, type ExportSummary } from "./export.ts"
import { recordFileExport, writeOwedExport } from "./file-export.ts"
import type { SubjectState } from "./index.ts"
import type { SubjectSettings } from "./settings.ts"
import { checkBy, checkExportFlags } from "./request.ts"

/** The summary on stdout: counts and masked forms, never a value. */
export function summaryLines(s: ExportSummary, out: string): string[] {
  const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? "" : "s"}`
  const linked = s.linked.length
    ? s.linked.map((l) => `${l.type === "EMAIL" ? "email" : "phone"} ${l.masked} (${l.followed ? "followed: its contacts are included" : "reported only"})`)
    : ["none"]
  return [
    `subject export written to ${out} (0600)`,
    `subject        ${s.subjectType === "EMAIL" ? "email" : "phone"} ${s.masked} (${s.subject})`,
    `linked         ${plural(s.linked.length, "identifier")}, --linked ${s.linkedMode}${s.truncated ? " (stopped at settings.subject.maxIdentifiers)" : ""}`,
    ...linked.map((l) => `               ${l}`),
    `records API    ${s.recordsSearched === false ? "not configured (not searched)" : plural(s.records, "contact")}`,
    `ACD completed  ${plural(s.completedContacts, "contact")}`,
    `DFO messages   ${plural(s.messages, "message")} of ${plural(s.digitalContacts, "digital contact")}`,
    ...(s.linkedMode === "report" && s.linked.length ? ["the linked identifiers' own contacts are not in the file: check they are this person's, then run again with --linked follow"] : []),
  ]
}

/** Answers the same command again after its export's audit record failed: the record written now, nothing exported. */
async function answerOwed(host: CommandHost, opened: OpenedRuntime, subject: Identifier, out: string, json: boolean): Promise<boolean> {
  const owed = await writeOwedExport(opened, subject, out)
  if (!owed) return false
  if (json) host.print({ out, ...owed.summary, exportedAt: owed.at, auditWritten: true }, { json: true })
  else host.print(`subject export was written to ${out} at ${owed.at}: not exported again; its audit record is written now`)
  return true
}

/** The runtime's text inspector's analysis (the pii plugin's, `rt.inspector`) when one is loaded. */
function piiAnalyzer(rt: Runtime): ((text: string) => readonly Finding[]) | undefined {
  const inspector = rt.inspector
  return inspector ? (text) => inspector.analyze(text) : undefined
}

/** An export that found no contact is still the answer to the request, so it is written; a typo would read as "we hold nothing". */
function warnIfNothingFound(host: CommandHost, s: ExportSummary, windowDays: number): void {
  if (s.found > 0) return
  const searched = `${s.recordsSearched === false ? "" : "records API, and "}CXone completed contacts of the last ${windowDays} days`
  host.warn(`no contact carries this ${s.subjectType === "EMAIL" ? "email address" : "phone number"} (${searched}): the export holds nothing of this person; check the identifier is spelled right, or raise settings.subject.windowDays`)
}

/** Opening the runtime to look for an owed record failed: the refusal at hand is said instead, unless the record failed. */
const unlessAuditMissing = (error: unknown): false => {
  if ((error as { code?: unknown })?.code === "E_AUDIT_MISSING") throw error
  return false
}

/** `cxedge subject export`, loaded only by the CLI. */
export const subjectCommand = (host: CommandHost, stateOf: (rt: Runtime) => SubjectState | undefined) =>
  defineCommand({
    meta: { name: "subject", description: "Data subject requests: what the tenant holds about one person", examples: ["cxedge subject export --email ada@example.com --out ada.json --by dpo"] },
    subCommands: {
      export: defineCommand({
        meta: {
          description: "Export what the tenant holds about one person (records, ACD contacts, DFO messages) to a 0600 JSON file",
          examples: [
            "cxedge subject export --email ada@example.com --out ada.json --by dpo",
            "cxedge subject export --phone +442079460018 --out ada.json --linked follow --by dpo  # include the linked identifiers' contacts",
            "cxedge subject export --email ada@example.com --out ada.json --force --by dpo --json  # replace the file; the summary as JSON",
          ],
        },
        args: {
          ...host.commonArgs,
          email: { type: "string", description: "the person's email address (or --phone)" },
          phone: { type: "string", description: "the person's phone number, + and country calling code (or --email)" },
          out: { type: "string", valueHint: "file", description: "the file to write (required; refused when it exists, unless --force)" },
          force: { type: "boolean", description: "replace an existing --out file" },
          linked: { type: "string", description: "report (default): list identifiers linked through shared contacts; follow: include their contacts too" },
          by: { type: "string", description: "who makes the export, for the audit log (default settings.subject.by)" },
          json: { type: "boolean", description: "print the summary (counts and masked forms only) as JSON" },
        },
        async run({ args }) {
          const flags = checkExportFlags(args)
          const configured = await host.configure?.(args)
          const files = configured?.files
          files?.checkOutput?.(flags.out, "--out")
          if (!args.force && (await files?.exists(flags.out))) {
            // The same command again after its audit record failed: the file is its own, and only the record is written.
            if (await host.withRuntime(args, (opened) => answerOwed(host, opened, flags.subject, flags.out, !!args.json)).catch(unlessAuditMissing)) return
            throw new ConfigError("subject", `${flags.out} exists: choose another --out, or pass --force to replace it`)
          }
          const configuredBy = flags.by ?? configured?.settings<SubjectSettings>("subject")?.by
          if (configured && !configuredBy) throw new ConfigError("subject", "who makes the export is recorded in the audit log: pass --by NAME, or set settings.subject.by")
          if (configuredBy && !flags.by) checkBy(configuredBy, flags.subject, "settings.subject.by")
          await host.withRuntime(args, async (opened) => {
            const state = stateOf(opened.rt)
            if (!state) throw new ConfigError("subject", 'the subject plugin is not loaded: add "subject" to plugins in your configuration')
            const by = flags.by ?? state.settings.by
            if (!by) throw new ConfigError("subject", "who makes the export is recorded in the audit log: pass --by NAME, or set settings.subject.by")
            const byFrom = flags.by ? "--by" : "settings.subject.by"
            checkBy(by, flags.subject, byFrom, piiAnalyzer(opened.rt))
            if (!opened.files.writePrivate) throw new ConfigError("subject", "this host cannot write a private file: run cxedge subject export from the CLI")
            if (await answerOwed(host, opened, flags.subject, flags.out, !!args.json)) return
            const { document, summary } = await gatherExport(opened.rt, { subject: flags.subject, linked: flags.linked ?? state.settings.linked, by, byFrom }, state.settings)
            await opened.files.writePrivate(flags.out, `${JSON.stringify(document, null, 2)}\n`, { overwrite: !!args.force, flag: "--out" })
            await recordFileExport(opened, flags.subject, { out: flags.out, summary })
            host.print(args.json ? { out: flags.out, ...summary } : summaryLines(summary, flags.out).join("\n"), { json: !!args.json })
            warnIfNothingFound(host, summary, state.settings.windowDays)
          })
        },
      }),
    },
  })
