import { defineCommand } from "citty"
import { choiceFlag, createKeyRing, throwawayKeyWarning, ValidationError, type CommandHost, type ConfiguredPlugins, type FileAccess, type Runtime, withoutBom } from "../../core/index.ts"
import type { AnalyzeOptions, Analyzer } from "./analyzer.ts"
import { MODE_WORDS } from "./entity-types.ts"
import { createRedactor, REDACT_MODES, type RedactHost, type RedactMode, type Redactor } from "./redact.ts"
import { blankOnly, jsonlItems, utf8Text, type Decoded } from "./redact-input.ts"
import { analyzerArgs, analyzerFlags, analyzerFor, analyzerFromSettings } from "./scan-options.ts"
import { foldedErrors, lineBody, parseFieldPath, readObjectLine, textAt } from "./scan.ts"
import { valueSpan } from "./json-span.ts"

const usage = (message: string, flag: string) => new ValidationError("pii", message, flag, "E_USAGE")

/** Sets the string at a parsed path (the path exists: `textAt` found a string there). */
function setAt(data: Record<string, unknown>, path: readonly (string | number)[], value: string): void {
  let at: Record<string | number, unknown> = data
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>
  at[path.at(-1)!] = value
}

/** Why a line or text is not text: NUL bytes (binary data), or bytes that are not UTF-8 (a real U+FFFD character is text). */
const notText = ({ text, utf8 }: Decoded) => (text.includes("\u0000") ? "holds NUL bytes (binary data)" : !utf8 ? "holds bytes that are not UTF-8" : undefined)

/** One JSONL line scrubbed, or its error object in its place: `{"id"?, "error"}` as `pii scan --json` writes one. */
async function redactLine(decoded: Decoded, n: number, path: readonly (string | number)[], field: string, redact: Redactor): Promise<{ line: string; error?: string }> {
  const read = readObjectLine(decoded.text, n)
  const bad = "error" in read ? read.error : notText(decoded) && `line ${n}: ${notText(decoded)}`
  const body = lineBody(decoded.text, n).replace(/\r$/, "")
  // The id as the line writes it (1e400, a 23-digit number), as pii scan --json copies it.
  const idSpan = "data" in read && Object.hasOwn(read.data, "id") ? valueSpan(body, ["id"]) : undefined
  const failed = (error: string) => ({ line: idSpan ? `{"id":${body.slice(...idSpan)},"error":${JSON.stringify(error)}}` : JSON.stringify({ error }), error })
  if (bad) return failed(bad)
  const { data } = read as { data: Record<string, unknown> }
  const text = textAt(data, path, n, field)
  if (typeof text !== "string") return failed(text.error)
  const scrubbed = (await redact(text, data)).text
  // The scrubbed text spliced in where the field's string is written: the rest of the line passes through as it was.
  const span = valueSpan(body, path)
  if (span) return { line: body.slice(0, span[0]) + JSON.stringify(scrubbed) + body.slice(span[1]) }
  setAt(data, path, scrubbed)
  try {
    return { line: JSON.stringify(data) }
  } catch (error) {
    // JSON.parse reads deeper than JSON.stringify writes: a line nested 200,000 deep ended the whole command.
    if (!(error instanceof RangeError)) throw error
    return failed(`line ${n}: nested too deep to be written back as JSON: flatten that line, or leave it out`)
  }
}

/**
 * JSONL through, one output line per input line: each with the text at
 * `field` scrubbed, the rest as it was. A line that cannot be scrubbed (not
 * a JSON object, no string at the field, bytes that are not UTF-8) is never
 * passed on: in its place goes `{"id"?, "error"}`, the shape `pii scan
 * --json` gives such a line, so line N out is still line N in; it is named
 * on stderr, and the exit code is then 1.
 */
async function redactLines(host: CommandHost, files: FileAccess, file: string | undefined, field: string, redact: Redactor): Promise<void> {
  const path = parseFieldPath(field)
  let n = 0
  let bad = 0
  let out: string[] = []
  for await (const item of jsonlItems(files, file, "pii redact")) {
    if ("folded" in item) {
      // One warning for an object written over several lines; still one error line out per line in.
      const { warning, errors } = foldedErrors(item.folded)
      n = item.folded.last
      if (bad < 20) host.warn(`${warning}: an error object is written in place of each`)
      bad += errors.length
      out.push(...errors.map((error) => JSON.stringify({ error })))
      continue
    }
    n = item.n
    // A blank line holds nothing to scrub: written back blank (it was an {"error"} line, exit 1), line N out still line N in.
    const result = item.line.text.trim() ? await redactLine(item.line, n, path, field, redact) : { line: "" }
    if (result.error && ++bad <= 20) host.warn(`${result.error}: an error object is written in its place`)
    out.push(result.line)
    if (out.length >= 256) {
      host.print(out.join("\n") + "\n")
      out = []
    }
  }
  if (out.length) host.print(out.join("\n") + "\n")
  if (n === 0) throw usage(`no input lines: ${file && file !== "-" ? `${file} is empty` : "standard input was empty"}`, "file")
  if (bad) {
    host.warn(`${bad} of ${n} lines could not be scrubbed (not a JSON object, a key given twice, no string at --field ${field}, or not UTF-8): each is an {"error"} line in the output`)
    host.setExitCode(1)
  }
}

/** A whole text (--file or standard input) scrubbed to stdout; refused first when empty, not UTF-8 or binary. */
async function redactText(host: CommandHost, files: FileAccess, file: string | undefined, redact: Redactor): Promise<void> {
  const stdin = file === undefined || file === "-"
  const decoded = await utf8Text(files, file, "pii redact")
  const input = stdin ? "standard input" : file
  if (decoded.utf8 && !decoded.text.trim()) {
    // Blank lines (or spaces) are not nothing: said as what they are, as pii scan says it.
    const text = withoutBom(decoded.text)
    if (text) throw blankOnly(file, text.replace(/(\r\n|\r|\n)$/, "").split(/\r\n|\r|\n/).length, "pii redact text")
    throw usage(stdin ? 'standard input was empty: pipe the text to scrub in, e.g. echo "..." | cxedge pii redact' : `${file} is empty: name a file holding the text to scrub`, "file")
  }
  // A NUL is binary data, which no converting makes text: the advice to convert is for bytes of another encoding.
  const nul = decoded.text.indexOf("\u0000")
  if (nul >= 0) throw usage(`${input} holds NUL bytes (binary data) from line ${decoded.text.slice(0, nul).split("\n").length}: give the text itself, not a binary file`, "file")
  const why = notText(decoded)
  if (why) throw usage(`${input} ${why}: give UTF-8 text (convert it first, e.g. iconv -f latin1 -t utf-8)`, "file")
  // Scrubbed whole, as one text (a name given once is found where it is written alone, a value may run over a line end),
  // up to PIECE; a longer text a piece at a time, each ending at a blank line where one is near (else a line end), one
  // record for all (an `indexed` value keeps its index), printed once every piece is: whole, 40 MB took 1.9 GB.
  const record = {}
  const out: string[] = []
  for (const piece of pieces(decoded.text)) out.push((await redact(piece, record)).text)
  const scrubbed = out.join("")
  const broken = jsonLineBroken(decoded.text, scrubbed)
  if (broken) throw usage(`${input} holds JSON Lines, and scrubbing them as text would leave line ${broken} not JSON (a number replaced where a value stands): pass --field <path> (e.g. --field text) to scrub one field of each line and keep it JSON`, "field")
  host.print(scrubbed)
}

/** How much text is scrubbed at once: the analyzer's passes over one text take some 45 times its size. */
const PIECE = 8 * 1024 * 1024
/** The text in pieces of at most about PIECE characters, each ending at a blank line in its last quarter, else a line end. */
export function* pieces(text: string, size = PIECE): Generator<string> {
  for (let at = 0; at < text.length; ) {
    let end = text.length
    if (at + size < text.length) {
      const blank = text.lastIndexOf("\n\n", at + size)
      end = blank > at + size * 0.75 ? blank + 2 : text.lastIndexOf("\n", at + size) + 1
      if (end <= at) {
        const next = text.indexOf("\n", at + size)
        end = next < 0 ? text.length : next + 1
      }
    }
    yield text.slice(at, end)
    at = end
  }
}

/**
 * The first line, once scrubbed as text, that starts as JSON but no longer parses, when the text held JSON lines and
 * fewer lines parse after than before; else 0. Counted, not paired line by line: a finding may run over a line end.
 */
function jsonLineBroken(text: string, scrubbed: string): number {
  const LINE = /\r\n|\r|\n/
  const jsonLines = (lines: string[]) => lines.filter((l) => /^\s*(?:\uFEFF)?[{[]/.test(l) && parses(withoutBom(l))).length
  const after = scrubbed.split(LINE)
  if (!/^\s*(?:\uFEFF)?[{[]/m.test(text) || jsonLines(after) >= jsonLines(text.split(LINE))) return 0
  return after.findIndex((l) => /^\s*(?:\uFEFF)?[{[]/.test(l) && !parses(withoutBom(l))) + 1
}
const parses = (line: string) => {
  try {
    JSON.parse(line)
    return true
  } catch {
    return false
  }
}

/** A redactor from the configuration alone (its plugins' transforms and `settings.pii`), for the modes that need no key. */
function configuredRedactor(config: ConfiguredPlugins, mode: Exclude<RedactMode, "hmac">, flags: Pick<AnalyzeOptions, "entities" | "minScore">): Redactor {
  const settings = config.plugins.some((p) => p.name === "pii") ? config.settings<AnalyzeOptions>("pii") : undefined
  const host: RedactHost = {
    transforms: config.transforms,
    keys: createKeyRing(undefined),
    settings: <C>(plugin: string) => config.settings(plugin) as C,
  }
  return createRedactor(host, analyzerFromSettings(flags, settings), mode, flags)
}

/** `cxedge pii redact`: text on stdin to scrubbed text on stdout, or JSONL through with --field. */
export const redactCommand = (host: CommandHost, stateOf: (rt: Runtime) => Analyzer | undefined) =>
  defineCommand({
    meta: {
      description: "Scrub PII from text (stdin or --file; JSONL with --field): each finding replaced, the rest kept",
      examples: [
        "cxedge pii redact --file note.txt  # call me on 020 7946 0958 becomes call me on <PHONE>",
        "cxedge pii redact --file chats.jsonl --field message.body > scrubbed.jsonl",
      ],
    },
    args: {
      ...host.commonArgs,
      ...analyzerArgs,
      mode: { type: "string", description: `how a finding is replaced: ${REDACT_MODES.join(", ")} (default tag: <EMAIL>; the others with the scrub transform)` },
      field: { type: "string", description: "read JSONL and scrub this field of each line (a dotted path, message.body)" },
      file: { type: "string", valueHint: "file", description: "the text (with --field: JSONL) to scrub; default standard input" },
    },
    async run({ args }) {
      const mode = choiceFlag("mode", args.mode, REDACT_MODES, undefined, MODE_WORDS) ?? "tag"
      const flags = analyzerFlags(args)
      if (args.field !== undefined && !String(args.field).trim()) throw usage("--field is empty: name the text field, e.g. --field text", "field")
      if (args.file !== undefined && !String(args.file).trim()) throw usage("--file is empty: name a file, or - for standard input", "file")
      if (args.field !== undefined) parseFieldPath(String(args.field))
      const field = args.field === undefined ? undefined : String(args.field)
      const file = args.file === undefined ? undefined : String(args.file)
      const scrub = (files: FileAccess, redact: Redactor) => (field !== undefined ? redactLines(host, files, file, field, redact) : redactText(host, files, file, redact))
      // Only hmac needs the key ring; the other modes need the config's pii settings, never a tenant: no runtime, no sandbox line.
      if (mode !== "hmac" && host.configure) {
        const config = await host.configure(args)
        return scrub(config.files, configuredRedactor(config, mode, flags))
      }
      await host.withRuntime(args, ({ rt, files }) => {
        // The same value got another token in each run, in silence: tokens of two batches of one file never joined.
        const throwaway = throwawayKeyWarning([rt.keys.current], "--mode hmac")
        if (throwaway) host.warn(throwaway)
        return scrub(files, createRedactor(rt, analyzerFor(flags, rt, stateOf(rt)), mode, flags))
      }, { readOnly: true })
    },
  })
