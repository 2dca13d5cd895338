import { defineCommand } from "citty"
import { ConfigError, wideText, dateWindow, intFlag, sourceFlag, ValidationError, type CommandHost, type FileAccess, withoutBom } from "../../core/index.ts"
import type { Analyzer } from "./analyzer.ts"
import { redactCommand } from "./redact-command.ts"
import { jsonlItems } from "./redact-input.ts"
import { analyzerArgs, analyzerFlags, analyzerFor, analyzerFromSettings } from "./scan-options.ts"
import { loadMatrix, printTally, scanSource, type ScanFlags } from "./scan-report.ts"
import { coveredPaths, type Coverage } from "./suggest.ts"
import { foldedErrors, parseFieldPath, readObjectLine, resultLine, scanJsonLine, textAt } from "./scan.ts"
import { createScanTally } from "./scan-tally.ts"

const usage = (message: string, flag: string) => new ValidationError("pii", message, flag, "E_USAGE")

/**
 * `--matrix` read as loadMatrix reads it, an empty file first told it is empty, as anonymize and matrix validate tell
 * it (it was "the matrix m.json is not JSON: check the file", of a file with nothing in it to check).
 */
async function matrixCoverage(files: FileAccess, name: string): Promise<Coverage> {
  const text = (await files.exists(name)) ? await files.readText(name).catch(() => undefined) : undefined
  const wide = text === undefined ? undefined : wideText(text)
  if (wide) throw new ConfigError("pii", `${name} ${wide}`)
  if (text !== undefined && !withoutBom(text).trim()) {
    throw new ConfigError("pii", `${name} is empty: write the matrix in it ({"name": ..., "fields": [...]}, see matrices/gdpr.json), or name a shipped matrix (gdpr, pci, analytics, messages, notes)`)
  }
  return coveredPaths(await loadMatrix(files, name), name)
}
type StateOf = (rt: import("../../core/index.ts").Runtime) => Analyzer | undefined

/** Every scan flag checked, and contradictions refused, before any input is read or runtime opened. */
export function scanFlags(args: Record<string, unknown>): ScanFlags {
  const str = (k: string) => (args[k] === undefined ? undefined : String(args[k]))
  // jsonl is this command's own file reader; any other name is a source a loaded plugin declares (checked once they load).
  // A window alone means the tenant's contacts (cxone); beside --file it is a mistake, said as one.
  const source = sourceFlag(args.source, "pii") ?? (args.file === undefined && (args.since || args.until) ? "cxone" : "jsonl")
  if (args.file !== undefined && !String(args.file).trim()) throw usage("--file is empty: name a JSONL file, or - for standard input", "file")
  const field = str("field")
  if (field !== undefined && !field.trim()) throw usage("--field is empty: name the text field, e.g. --field text or --field message.body", "field")
  const path = field === undefined ? undefined : parseFieldPath(field)
  if (args.json && source === "jsonl" && field === undefined) {
    throw usage("--json writes one line per input line and needs --field: name the text field, e.g. --field text", "field")
  }
  for (const flag of ["samples", "suggest"]) if (args.json && args[flag]) throw usage(`--${flag} prints for people and --json for programs: drop one of them`, flag)
  // "drop --file, or --source file" answered --source file --file x: the source is named as given, and what to drop said whole.
  if (["file", "stdin", "json", "ndjson", "text"].includes(source)) throw usage(`--source ${source} is not a source: a file (--file) or standard input is read by the default source, jsonl: drop --source`, "source")
  if (args.file !== undefined && source !== "jsonl") throw usage(`--file is read by --source jsonl only (the default), not --source ${source}: drop --source to scan the file, or drop --file to scan ${source}`, "file")
  // A message is scanned whole: its text, and the author's name beside it, each counted at its own path.
  const window = dateWindow({ since: str("since"), until: str("until") })
  if ((window.since || window.until) && source === "jsonl") throw usage("--since and --until select contacts of a tenant source (--source cxone or messages), not lines of a file: drop them, or name the source", "since")
  if (args.json && args.limit !== undefined && source === "jsonl") throw usage("--json writes a line for every input line: drop --limit (cut the input instead, e.g. head -n 1000)", "limit")
  if (args.matrix !== undefined && !args.suggest) throw usage("--matrix names the rules --suggest leaves out: add --suggest, or drop --matrix", "matrix")
  return {
    source,
    file: str("file"),
    field,
    path,
    json: !!args.json,
    samples: !!args.samples,
    suggest: !!args.suggest,
    matrix: str("matrix"),
    limit: intFlag("limit", args.limit, { min: 1, max: 100_000_000 }),
    window,
    analyzer: analyzerFlags(args),
  }
}

/** A line that is not UTF-8: decoded, a Latin-1 "é" would be scanned as U+FFFD, its PII missed or misplaced. */
const notUtf8 = (n: number) => `line ${n}: holds bytes that are not UTF-8: convert the file to UTF-8 (e.g. iconv -f latin1 -t utf-8)`

const idOf = (line: string, n: number) => {
  const read = readObjectLine(line, n)
  return "data" in read && Object.hasOwn(read.data, "id") ? read.data.id : undefined
}

/** The machine interface: one `{"id", "findings"}` line per input line; unreadable lines on stderr too, exit 1 at the end. */
async function scanJson(host: CommandHost, files: FileAccess, flags: ScanFlags, analyzer: Analyzer): Promise<void> {
  let n = 0
  let bad = 0
  let out: string[] = []
  for await (const item of jsonlItems(files, flags.file, "pii scan")) {
    if ("folded" in item) {
      // One warning for an object written over several lines; still one error line out per line in.
      const { warning, errors } = foldedErrors(item.folded)
      n = item.folded.last
      if (bad < 20) host.warn(warning)
      bad += errors.length
      out.push(...errors.map((error) => resultLine({ findings: [], error })))
      continue
    }
    const { text: line, utf8 } = item.line
    n = item.n
    // A blank line (as anonymize reads JSON Lines, it holds no record) was "not JSON", exit 1: it has no findings.
    if (!line.trim()) {
      out.push(resultLine({ findings: [] }))
      continue
    }
    // Not scanned; its id (when the line parses) kept, as pii redact writes such a line, so line N out is still line N in.
    const result = utf8 ? scanJsonLine(line, n, flags.field!, flags.path!, analyzer) : { id: idOf(line, n), findings: [], error: notUtf8(n) }
    if (result.error) {
      bad++
      if (bad <= 20) host.warn(result.error)
    }
    out.push(resultLine(result))
    if (out.length >= 256) {
      host.print(out.join("\n") + "\n")
      out = []
    }
  }
  if (out.length) host.print(out.join("\n") + "\n")
  if (n === 0) throw usage(`no input lines: ${flags.file && flags.file !== "-" ? `${flags.file} is empty` : "standard input was empty"}`, "file")
  if (bad) {
    host.warn(`${bad} of ${n} lines could not be scanned (not a JSON object, a key given twice, no string at --field ${flags.field}, or not UTF-8): each has an "error" and no findings`)
    host.setExitCode(1)
  }
}

/** Whole lines (or one field of each) counted per field path and type, for people. */
async function scanFileTally(host: CommandHost, files: FileAccess, flags: ScanFlags, analyzer: Analyzer, transforms: ReadonlyMap<string, unknown>): Promise<void> {
  const tally = createScanTally(analyzer, { samples: flags.samples, maskWith: flags.masker })
  let n = 0
  let bad = 0
  for await (const item of jsonlItems(files, flags.file, "pii scan")) {
    if (flags.limit !== undefined && tally.records >= flags.limit) break
    if ("folded" in item) {
      // One warning for an object written over several lines, not one a line.
      n = item.folded.last
      if (++bad <= 20) host.warn(foldedErrors(item.folded).warning)
      continue
    }
    const { text: line, utf8 } = item.line
    n = item.n
    if (!line.trim()) continue
    const read = utf8 ? readObjectLine(line, n) : { error: notUtf8(n) }
    const text = "error" in read || !flags.path ? undefined : textAt(read.data, flags.path, n, flags.field!)
    const error = "error" in read ? read.error : typeof text === "object" ? text.error : undefined
    if (error) {
      if (++bad <= 20) host.warn(error)
      continue
    }
    if (typeof text === "string") tally.add(text, flags.field)
    else tally.add((read as { data: unknown }).data)
  }
  if (n === 0) throw usage(`no input lines: ${flags.file && flags.file !== "-" ? `${flags.file} is empty` : "standard input was empty"}`, "file")
  await printTally(host, tally, flags, false, transforms)
  if (bad) host.setExitCode(1)
}

const scanArgs = (host: CommandHost) =>
  ({
    ...host.commonArgs,
    ...analyzerArgs,
    source: { type: "string", description: "jsonl (the default: --file, or standard input), or a source of the loaded plugins: records, cxone, messages (DFO messages in --since..--until), ..." },
    file: { type: "string", valueHint: "file", description: "JSONL file to scan (default: standard input; - names it too)" },
    field: { type: "string", description: "the text field of each line, a dotted path (message.body); needed with --json" },
    json: { type: "boolean", description: 'one line per input line: {"id", "findings": [{"type", "start", "end", "score"}]}' },
    samples: { type: "boolean", description: "print up to 3 masked samples per field path" },
    suggest: { type: "boolean", description: "print a draft matrix (rules for the fields where PII was found) on stdout" },
    matrix: { type: "string", valueHint: "file", description: "with --suggest: leave out the fields this matrix (file or shipped name) already names" },
    since: { type: "string", description: "cxone, messages: contacts ended at or after (ISO date/time, or e.g. 7d for seven days ago); messages needs it" },
    until: { type: "string", description: "cxone, messages: contacts ended before (ISO date/time; default now)" },
    limit: { type: "string", description: "scan at most this many records (1 to 100000000)" },
  }) as const

/** `cxedge pii scan`. */
export const scanCommand = (host: CommandHost, stateOf: StateOf) =>
  defineCommand({
    meta: {
      description: "Find PII in any source (records, cxone, messages, a plugin source) or JSONL: counts per field path and type (never values), masked samples, a draft matrix",
      examples: [
        "cxedge pii scan --file in.jsonl --field text --json  # one {id, findings} line per input line",
        "cxedge pii scan --source records --suggest > draft.json  # a matrix for the fields holding PII",
        "cxedge pii scan --file contacts.jsonl --samples",
        "cxedge pii scan --source messages --since 7d --suggest  # PII in chat and email transcripts",
      ],
    },
    args: scanArgs(host),
    async run({ args }) {
      const flags = scanFlags(args)
      // A file or standard input needs the config's pii settings, never a tenant: no runtime, no sandbox, nothing on stderr.
      if (flags.source === "jsonl" && host.configure) {
        const config = await host.configure(args)
        if (flags.matrix !== undefined) flags.coverage = await matrixCoverage(config.files, flags.matrix)
        const pii = config.plugins.some((p) => p.name === "pii")
        const analyzer = analyzerFromSettings(flags.analyzer, pii ? config.settings("pii") : undefined)
        if (narrowedBy(flags)) flags.masker = analyzerFromSettings({}, pii ? config.settings("pii") : undefined)
        return flags.json ? scanJson(host, config.files, flags, analyzer) : scanFileTally(host, config.files, flags, analyzer, config.transforms)
      }
      await host.withRuntime(
        args,
        async ({ rt, files }) => {
          // The matrix is read before any record, so a wrong --matrix costs nothing.
          if (flags.matrix !== undefined) flags.coverage = await matrixCoverage(files, flags.matrix)
          const analyzer = analyzerFor(flags.analyzer, rt, stateOf(rt))
          if (narrowedBy(flags)) flags.masker = analyzerFor({}, rt, stateOf(rt))
          if (flags.source !== "jsonl") return scanSource(host, rt, flags, analyzer, files)
          return flags.json ? scanJson(host, files, flags, analyzer) : scanFileTally(host, files, flags, analyzer, rt.transforms)
        },
        { readOnly: true },
      )
    },
  })

/** --entities or --min-score narrow the findings counted; samples and field paths still mask every kind (ScanFlags.masker). */
const narrowedBy = (flags: ScanFlags) => !flags.json && (flags.analyzer.entities !== undefined || flags.analyzer.minScore !== undefined)

/** `cxedge pii`: scan and redact, loaded only by the CLI. */
export const piiCommand = (host: CommandHost, stateOf: StateOf) =>
  defineCommand({
    meta: {
      name: "pii",
      description: "Find and scrub PII in free text (scan, redact)",
      examples: ["cxedge pii scan --file in.jsonl --field text --json", "cxedge pii redact --file note.txt  # the note with each finding replaced: <EMAIL>, <PHONE>"],
    },
    subCommands: { scan: scanCommand(host, stateOf), redact: redactCommand(host, stateOf) },
  })
