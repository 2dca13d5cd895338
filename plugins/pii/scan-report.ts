import { ConfigError, didYouMean, jsonSyntaxProblem, notUtf8File, openSource, parseJsonFile, windowText, type CommandHost, type FileAccess, type Runtime } from "../../core/index.ts"
import analytics from "../../matrices/analytics.json" with { type: "json" }
import gdpr from "../../matrices/gdpr.json" with { type: "json" }
import messages from "../../matrices/messages.json" with { type: "json" }
import notes from "../../matrices/notes.json" with { type: "json" }
import pci from "../../matrices/pci.json" with { type: "json" }
import seedExample from "../../matrices/seed-example.json" with { type: "json" }
import type { AnalyzeOptions, Analyzer } from "./analyzer.ts"
import type { ScanTally } from "./scan-tally.ts"
import { createScanTally } from "./scan-tally.ts"
import { coverageOf, suggestMatrix, type Coverage } from "./suggest.ts"

export interface ScanFlags {
  /** jsonl (this command reads the file or standard input), or a source in `rt.sources`. */
  source: string
  file?: string
  field?: string
  path?: (string | number)[]
  json: boolean
  samples: boolean
  suggest: boolean
  matrix?: string
  /** What `--matrix` names, read before any record. */
  coverage?: Coverage
  limit?: number
  /** The draft's target: `export` when the source cannot be written back (no `get`, as for DFO messages). */
  target?: "patch" | "export"
  window: { since?: string; until?: string }
  analyzer: Pick<AnalyzeOptions, "entities" | "minScore">
  /** The analyzer not narrowed by --entities or --min-score: what a sample masks and a key holding PII is (scan-tally.ts). */
  masker?: Analyzer
}

// Every matrix anonymize --matrix takes by name: notes and messages were "cannot read the matrix" here.
const SHIPPED: Record<string, unknown> = { gdpr, pci, analytics, messages, notes, "seed-example": seedExample }

/**
 * `--matrix`: a file, or a shipped matrix by name (`gdpr`, `builtin:gdpr`), as anonymize --matrix reads it: a bare name
 * that is also a file here (`gdpr`, `gdpr.json`) is refused naming both, as one or the other was read without a word.
 */
export async function loadMatrix(files: FileAccess, name: string): Promise<unknown> {
  if (name.startsWith("builtin:")) {
    const bare = name.slice("builtin:".length)
    if (!Object.hasOwn(SHIPPED, bare)) throw new ConfigError("pii", `${name} names no shipped matrix${didYouMean(bare, Object.keys(SHIPPED))}: give builtin: and one of ${Object.keys(SHIPPED).join(", ")}`)
    return SHIPPED[bare]
  }
  if (Object.hasOwn(SHIPPED, name)) {
    const local: string[] = []
    for (const file of [name, `${name}.json`]) if (await files.exists(file)) local.push(`./${file}`)
    if (!local.length) return SHIPPED[name]
    throw new ConfigError("pii", `--matrix "${name}" names both the shipped matrix ${name} and the file ${local.join(" and the file ")} in this directory: give ${local.join(" or ")} for the file, or builtin:${name} for the shipped matrix`)
  }
  let text: string
  try {
    text = await files.readText(name)
  } catch {
    const near = /[/\\.]/.test(name) ? "" : didYouMean(name, Object.keys(SHIPPED))
    throw new ConfigError("pii", `cannot read the matrix ${name}${near}: name a matrix file or a shipped matrix (${Object.keys(SHIPPED).join(", ")})`)
  }
  // Read as anonymize --matrix reads it: a byte-order mark dropped, a repeated key refused.
  let parsed: ReturnType<typeof parseJsonFile>
  try {
    parsed = parseJsonFile(text)
  } catch (error) {
    // As anonymize --matrix says it: the parser's reason, without the text it quotes.
    throw new ConfigError("pii", `the matrix ${name} is not valid JSON (${jsonSyntaxProblem(error)}): fix the file`)
  }
  if (parsed.repeated) throw new ConfigError("pii", `the matrix ${name}: ${parsed.repeated} is given twice: write each key once`)
  if (parsed.notUtf8Line) throw new ConfigError("pii", `the matrix ${name} ${notUtf8File(parsed.notUtf8Line)}`)
  return parsed.value
}

/**
 * The records of any source a loaded plugin declares (`rt.sources`: records,
 * cxone, messages, another plugin's), counted per field path. A record the
 * source could not read is named on stderr (its reason names no value) and
 * fails the command with exit 1 after the counts.
 */
export async function scanSource(host: CommandHost, rt: Runtime, flags: ScanFlags, analyzer: Analyzer, files?: FileAccess): Promise<void> {
  const source = await openSource(rt, flags.source, flags.window, { files }, "pii")
  // What `7d`, a date alone or no --since resolved to, before the tenant is read (as anonymize shows it).
  if (flags.source === "cxone" || flags.source === "messages") host.info(windowText(flags.window))
  flags.target = source.get ? "patch" : "export"
  const tally = createScanTally(analyzer, { samples: flags.samples, maskWith: flags.masker })
  let unread = 0
  // Records holding a value at --field: none at all is a path no record has (a typo), not a field without PII.
  let holding = 0
  outer: for await (const page of source.pages()) {
    for (const record of page) {
      if (flags.limit !== undefined && tally.records >= flags.limit) break outer
      if (record.error) {
        if (++unread <= 20) host.warn(record.error)
        continue
      }
      const value = flags.path ? valueAt(record.data, flags.path) : record.data
      if (value !== undefined) holding++
      tally.add(value, flags.path ? flags.field : "")
    }
    host.status(`scanned ${tally.records} records`)
  }
  host.status(`scanned ${tally.records} records`, true)
  await printTally(host, tally, flags, true, rt.transforms)
  if (flags.path && tally.records > 0 && holding === 0) {
    // As a file scan fails for lines without the field: the counts above are of nothing.
    host.warn(`no record of --source ${flags.source} has a field ${flags.field}: nothing was scanned; check --field (a dotted path, e.g. notes or customFields[0].value), or drop it to scan every field`)
    host.setExitCode(1)
  } else if (flags.path && holding > 0 && tally.paths().every((t) => t.values === 0)) {
    // A field of numbers (contactId, skillId) was "N records scanned; PII found at 0 field paths": as if it were clean.
    host.warn(`--field ${flags.field} holds no text in any record of --source ${flags.source} (numbers, true/false or null only): nothing was scanned; name a text field (e.g. notes), or drop --field to scan every field`)
    host.setExitCode(1)
  }
  if (unread) {
    // The counts leave these records out: say so, and fail the command, as a file scan does for its bad lines.
    host.warn(`${unread} records could not be read and were not scanned: the counts above leave them out`)
    host.setExitCode(1)
  }
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let at = data
  for (const key of path) at = at && typeof at === "object" && Object.hasOwn(at, key) ? (at as Record<string | number, unknown>)[key] : undefined
  return at
}

/**
 * The counts: a table per field path (stdout), or JSON with --json; with
 * --suggest the draft matrix goes to stdout and the table to stderr, so
 * `> draft.json` keeps only the matrix. `transforms` are the loaded ones (a runtime's, or a config's without one): the
 * draft scrubs free text wherever scrub is loaded, so a file and a source of the same records draft the same rules.
 */
export async function printTally(host: CommandHost, tally: ScanTally, flags: ScanFlags, fromSource: boolean, transforms: ReadonlyMap<string, unknown>): Promise<void> {
  const matrix = flags.coverage
  const paths = tally.paths().filter((t) => t.withFindings)
  if (flags.json) return host.print({ records: tally.records, paths: paths.map(({ samples: _, ...t }) => t) }, { json: true })
  const rows = paths.map((t) => ({
    path: t.path || "(value)",
    values: t.values,
    "with PII": t.withFindings,
    types: Object.entries(t.byType).map(([type, n]) => `${type} ${n}`).join(", "),
    ...(matrix ? { "in matrix": coverageOf(t.path, matrix, t.names) } : {}),
  }))
  const say = flags.suggest ? (text: string) => host.info(text) : (text: string) => host.print(text)
  say(`${tally.records} ${fromSource ? "record" : "line"}${tally.records === 1 ? "" : "s"} scanned; PII found at ${paths.length} field path${paths.length === 1 ? "" : "s"}`)
  if (rows.length) {
    if (flags.suggest) host.info(rows.map((r) => `${r.path}: ${r.types}${matrix ? ` (in matrix: ${coverageOf(r.path, matrix, paths.find((t) => (t.path || "(value)") === r.path)?.names)})` : ""}`).join("\n"))
    else host.print(rows)
  }
  if (flags.samples) {
    for (const t of paths) for (const s of t.samples) say(`${t.path || "(value)"}  ${s}`)
  }
  if (flags.suggest) {
    const unwritable: string[] = []
    const draft = suggestMatrix(paths, { covered: matrix, scrub: transforms.has("scrub"), target: flags.target, unwritable })
    // Said, not drafted: such a rule made the whole draft fail validation.
    if (unwritable.length) host.warn(`${unwritable.length} field path(s) holding PII cannot be named in a matrix and are left out of the draft: ${unwritable.slice(0, 5).join(", ")}${unwritable.length > 5 ? ", ..." : ""} (a key that holds personal data, shown as the types found in it, a key named __proto__, constructor or prototype, or one a path cannot spell): rename the field at its source, or drop it there`)
    if (unwritable.length) host.setExitCode(1)
    // A matrix needs a rule: with nothing to suggest, stdout stays empty rather than holding one that does not validate.
    if (draft.fields.length) host.print(draft, { json: true })
    else host.info(matrix ? `every field holding PII is named by ${flags.matrix}: nothing to suggest` : unwritable.length ? "no field a matrix can name holds PII: nothing to suggest" : "no PII found: nothing to suggest")
  }
}
