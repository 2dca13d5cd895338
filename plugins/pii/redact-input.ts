import { ConfigError, documentOpening, firstLongLine, MAX_LINE_BYTES, foldJsonl, toJsonLines, ValidationError, wideEncoding, type FileAccess, type FoldedLines } from "../../core/index.ts"
import { lineBytes, lineTooLong, textTooLong } from "./line-bytes.ts"
import { checkStdin, inputLines, stdinText } from "./scan-input.ts"

// Only the CLI loads this module (through redact-command.ts), so the process's stdin is there.

/**
 * Decodes refusing invalid sequences, so "not UTF-8" means invalid bytes, never a real U+FFFD
 * character in valid input (a lenient decoder writes U+FFFD for both). A byte-order mark is kept.
 */
const strict = () => new TextDecoder("utf-8", { fatal: true, ignoreBOM: true })

/** A line or text as decoded, and whether its bytes were UTF-8 (when not, `text` has U+FFFD where they were). */
export interface Decoded {
  text: string
  utf8: boolean
}

function decode(bytes: Uint8Array): Decoded {
  try {
    return { text: strict().decode(bytes), utf8: true }
  } catch {
    return { text: new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes), utf8: false }
  }
}

function cannotRead(file: string, error: unknown, what: string): ConfigError {
  const code = (error as { code?: string }).code
  const why = code === "EISDIR" ? `it is a directory; name a ${what}` : code === "EACCES" ? "permission denied; check the file's permissions" : "check the file and its permissions"
  return new ConfigError("pii", `cannot read ${file}: ${why}`)
}

/** The raw bytes of --file (or of standard input without it, or with -); undefined when the host reads no bytes. */
async function byteSource(files: FileAccess, file: string | undefined, what: string): Promise<AsyncIterable<Uint8Array> | undefined> {
  if (file === undefined || file === "-") {
    checkStdin(what)
    return notEncoded((async function* () {
      for await (const chunk of process.stdin as AsyncIterable<Uint8Array | string>) yield typeof chunk === "string" ? new TextEncoder().encode(chunk) : chunk
    })(), "standard input")
  }
  if (!(await files.exists(file))) throw new ConfigError("pii", `cannot read ${file}: it does not exist; check the --file path`)
  const bytes = files.bytes?.(file)
  return bytes && notEncoded(bytes, file)
}

/**
 * What the opening bytes say the input is, when it is no UTF-8 text: UTF-16 or UTF-32 (a byte-order mark, or every
 * other byte NUL), or a compressed archive. Each was read as text: a UTF-16 note was "NUL bytes (binary data):
 * convert it with iconv -f latin1", a UTF-16 or gzipped JSONL file a "not JSON" or "not UTF-8" line each, exit 1.
 */
function encodingOf(head: Uint8Array): string | undefined {
  const wide = wideEncoding(head)
  if (wide?.by === "mark") return `is ${wide.encoding} (it opens with a ${wide.encoding} byte-order mark): convert it to UTF-8 first (e.g. iconv -f ${wide.encoding.toLowerCase()} -t utf-8)`
  if (wide) return `is UTF-16 (every other byte is NUL): convert it to UTF-8 first (e.g. iconv -f utf-16${wide.order} -t utf-8)`
  const [a, b, c, d] = head
  if (a === 0x1f && b === 0x8b) return "is gzip-compressed: decompress it first (e.g. gunzip -c FILE.gz | cxedge ...)"
  if (a === 0x50 && b === 0x4b && c === 3 && d === 4) return "is a zip archive: unzip it and give the file inside"
  // Neither text nor JSON Lines holds a NUL byte (a JSON string escapes it): each line was "not JSON", exit 1.
  if (head.includes(0)) return "holds NUL bytes (binary data), which no text or JSON Lines hold: give the text or JSONL file itself"
  return undefined
}

/** The bytes as they come, refused at the first chunk when they are no UTF-8 text (see encodingOf). */
async function* notEncoded(source: AsyncIterable<Uint8Array>, named: string): AsyncGenerator<Uint8Array> {
  let head: Uint8Array = new Uint8Array(0)
  let checked = false
  for await (const chunk of source) {
    if (checked) {
      yield chunk
      continue
    }
    head = head.length ? Buffer.concat([head, chunk]) : chunk
    if (head.length < 64) continue
    checked = true
    yield checkedHead(head, named)
  }
  if (!checked && head.length) yield checkedHead(head, named)
}

/** The opening bytes, refused when encodingOf says they are no UTF-8 text. */
function checkedHead(head: Uint8Array, named: string): Uint8Array {
  const why = encodingOf(head)
  if (why) throw new ValidationError("pii", `${named} ${why}`, "file", "E_USAGE")
  return head
}

/**
 * A whole text, and whether it was UTF-8 (a host that reads no bytes gives text only: taken as UTF-8). One over
 * MAX_LINE_BYTES is refused as soon as it is (exit 2), before anything is written: it was held whole, however large.
 */
export async function utf8Text(files: FileAccess, file: string | undefined, what: string): Promise<Decoded> {
  const named = file === undefined || file === "-" ? "standard input" : file
  const source = await byteSource(files, file, what)
  if (!source) {
    const text = await (file === undefined || file === "-" ? stdinText(what) : files.readText(file))
    if (text.length > MAX_LINE_BYTES / 3 && Buffer.byteLength(text) > MAX_LINE_BYTES) throw textTooLong(named)
    return { text, utf8: true }
  }
  const chunks: Uint8Array[] = []
  let size = 0
  try {
    for await (const chunk of source) {
      size += chunk.length
      if (size > MAX_LINE_BYTES) throw textTooLong(named)
      chunks.push(chunk)
    }
  } catch (error) {
    if (error instanceof ValidationError) throw error
    throw cannotRead(file!, error, "file")
  }
  return decode(Buffer.concat(chunks))
}

/**
 * The lines of --file or standard input, as `pii scan` reads them (CR, LF or CRLF ends a line), each
 * decoded on its own: a line holding bytes that are not UTF-8 says so, and it alone is refused. Input that
 * is one JSON document (an array, or an object written over several lines) is refused before any line is
 * read as JSONL: each of its lines was refused as "not JSON" (exit 1) and a line holding a whole object
 * (  {"text": ...},) scanned, as if the rest were only bad lines.
 */
export async function* utf8Lines(files: FileAccess, file: string | undefined, what: string): AsyncGenerator<Decoded> {
  let n = 0
  let opened = false
  // Blank lines before the first line of text, held back: input of nothing else is refused (see blankOnly).
  const blank: Decoded[] = []
  for await (const line of decodedLines(files, file, what)) {
    n++
    if (!opened && !line.text.trim()) {
      blank.push(line)
      continue
    }
    if (!opened) {
      opened = true
      const opening = documentOpening(line.text)
      if (opening) {
        const named = file === undefined || file === "-" ? "standard input" : file
        const convert = toJsonLines(opening)
        throw new ValidationError("pii", `${named} is one JSON document (line ${n} opens ${opening}), not JSON Lines: give one object per line (${file === undefined || file === "-" ? `e.g. pipe it through ${convert}` : `e.g. ${convert} ${file}`})`, "file", "E_USAGE")
      }
      yield* blank.splice(0)
    }
    yield line
  }
  if (!opened && n) throw blankOnly(file, n, what)
}

/**
 * Input of blank lines only (`printf '\n' | cxedge pii scan`) was each line "not JSON" (exit 1, "0 lines scanned"),
 * where `pii redact` said "standard input was empty": refused alike by both, exit 2, saying what it held.
 */
export function blankOnly(file: string | undefined, lines: number, what: string): ValidationError {
  const stdin = file === undefined || file === "-"
  const held = `${stdin ? "standard input" : file} holds only ${lines === 1 ? "a blank line" : `blank lines (${lines})`}`
  const jsonl = what !== "pii redact text"
  const give = stdin ? `pipe the ${jsonl ? "JSON Lines" : "text"} in, e.g. ${jsonl ? `cat in.jsonl | cxedge ${what}${what === "pii redact" ? " --field text" : ""}` : 'echo "..." | cxedge pii redact'}` : `name a file holding ${jsonl ? "one JSON object a line" : "the text to scrub"}`
  return new ValidationError("pii", `${held}, ${jsonl ? "no JSON object" : "no text to scrub"}: ${give}`, "file", "E_USAGE")
}

/** A line of JSONL input (numbered from 1), or the lines of one object written over several lines (see foldJsonl). */
export type JsonlItem = { n: number; text: string; line: Decoded } | { folded: FoldedLines }

/**
 * The lines of --file or standard input as `utf8Lines` gives them, but an object written over several lines
 * in the middle comes as one item naming its first and last line (each of its lines was "not JSON" on its own).
 */
export function jsonlItems(files: FileAccess, file: string | undefined, what: string): AsyncGenerator<JsonlItem> {
  return foldJsonl(numbered(utf8Lines(files, file, what)))
}

/** Each decoded line with its number, and its text as the fold reads it (the first without its byte-order mark). */
async function* numbered(lines: AsyncIterable<Decoded>): AsyncGenerator<{ n: number; text: string; line: Decoded }> {
  let n = 0
  for await (const line of lines) {
    n++
    yield { n, text: n === 1 && line.text.charCodeAt(0) === 0xfeff ? line.text.slice(1) : line.text, line }
  }
}

/**
 * The lines of --file or standard input, each decoded on its own (see utf8Lines). A line longer than MAX_LINE_BYTES is
 * refused (exit 2) by its number: a named file is looked through first, so nothing is scanned or written before the
 * refusal; standard input, which cannot be read twice, stops at that line.
 */
async function* decodedLines(files: FileAccess, file: string | undefined, what: string): AsyncGenerator<Decoded> {
  const source = await byteSource(files, file, what)
  if (!source) {
    for await (const text of await inputLines(files, file, what)) yield { text, utf8: true }
    return
  }
  const stdin = file === undefined || file === "-"
  const named = stdin ? "standard input" : file
  try {
    // A named file is looked through first, holding nothing (core's check, the one anonymize --source jsonl makes).
    if (!stdin) {
      const long = await firstLongLine(source)
      if (long !== undefined) throw lineTooLong(named, long, true)
    }
    for await (const line of lineBytes(stdin ? source : (await byteSource(files, file, what))!, (n) => lineTooLong(named, n, false))) yield decode(line)
  } catch (error) {
    if (error instanceof ValidationError) throw error
    throw cannotRead(file!, error, "JSONL file")
  }
}
