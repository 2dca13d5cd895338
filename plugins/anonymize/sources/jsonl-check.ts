import { ConfigError, firstLongLine, MAX_LINE_BYTES, type FileAccess } from "../../../core/index.ts"

// The longest line a JSON Lines file may hold (32 MiB) is core's, shared with pii scan and pii redact: a line is one
// contact, and a job keeps a page of them in flight (its target for a million ordinary contacts is 150 MB).
export { MAX_LINE_BYTES }

/** The refusal of a line longer than MAX_LINE_BYTES, by its number (never its content). */
export const lineTooLong = (n: number, path?: string) =>
  new ConfigError("anonymize", `${path ? `${path} ` : ""}line ${n} is longer than ${MAX_LINE_BYTES >> 20} MB, the most one line (one contact) may hold: nothing was read or written; move that contact's large field out of the file (or split the file around it), then run again`)

/**
 * A file that is compressed (gzip's first bytes, 1f 8b), or holds a line longer than MAX_LINE_BYTES, is refused before
 * the job: each would be read as lines that are no JSON (a gzip was "ends in the middle of a line", as a file copied
 * only in part), or hold a whole line in memory however long it is.
 */
export async function refuseUnreadableBytes(files: FileAccess, path: string): Promise<void> {
  if (!files.bytes) return
  const bytes = files.bytes.bind(files)
  for await (const head of bytes(path, { end: 2 })) {
    if (head[0] === 0x1f && head[1] === 0x8b) throw new ConfigError("anonymize", `${path} is compressed (gzip): decompress it first (e.g. gunzip -k ${path}), then give the .jsonl it holds`)
    break
  }
  // A line ends where the reader (FileAccess.lines) ends it: LF, CRLF or a lone CR. Counting LF alone refused a file of
  // CR-ended lines over 32 MB in all as one long line 1, and named the wrong line where CRs and LFs were mixed.
  const long = await firstLongLine(bytes(path))
  if (long !== undefined) throw lineTooLong(long, path)
}

/**
 * Why the first line with anything on it (number `n`) is no line of JSON Lines, or undefined when it may be one (it
 * starts with `{`). What it looks like is said from its shape, never its content.
 */
export function notJsonLinesStart(path: string, line: string, n: number): ConfigError | undefined {
  const text = line.trim()
  if (text.startsWith("{")) return undefined
  const say = (what: string, todo = "give one JSON object per line") => new ConfigError("anonymize", `${path} is not JSON Lines: line ${n} ${what}: ${todo}`)
  if (line.includes("\u0000")) return say("holds NUL bytes, as a binary file does (a spreadsheet, an archive), not a JSON object")
  if (/[,;\t]/.test(text) && !/[{}]/.test(text)) return say("looks like CSV (commas or separators, no braces), not a JSON object", "convert each row to one JSON object a line")
  return say("is not a JSON object (it does not start with {)")
}
