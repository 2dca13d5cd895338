import { withoutBom } from "./wide-encoding.ts"
import { parseJsonExact } from "./cxone/exact-json.ts"
/**
 * JSON Lines hold one JSON object per line. A JSON document given instead (an
 * array, or an object pretty-printed over several lines) is read line by line
 * as lines that are not JSON, each refused on its own with no word of why:
 * these name the shape, so a reader (pii scan, anonymize --source jsonl) can
 * refuse the file before any line is read, or say what a line is.
 */

/**
 * The longest line a JSON Lines (or text) reader takes: 32 MiB. A line is read, parsed and transformed whole, so a
 * longer one is refused by its number (never its content) before it is held in memory: a 16 MB line already took
 * some 400 MB in a job. Every line reader of cxedge (anonymize --source jsonl, pii scan, pii redact) uses this one.
 */
export const MAX_LINE_BYTES = 32 << 20

/** What the first line with anything on it opens when the input is one JSON document, not JSON Lines; else undefined. */
export function documentOpening(firstLine: string): "an array" | "an object written over several lines" | undefined {
  const text = withoutBom(firstLine).trim()
  if (text === "[" || /^\[\s*[{\]]/.test(text)) return "an array"
  // Only `{` alone: a first line such as {"id": "1", may be one broken line of JSON Lines (said by its line).
  if (text === "{") return "an object written over several lines"
  return undefined
}

/**
 * Whether a line that is not JSON opens an object written over several lines: `{` alone, or an object's start
 * that ends where its next line would go on (`{"id": "1",`, `{"a": {`).
 */
export function opensObject(line: string): boolean {
  const text = line.trim()
  return text === "{" || (text.startsWith("{") && /[{[,]$/.test(text))
}

/**
 * How many JSON values a text holds one a line (JSON Lines) when it is that and not one JSON document: every
 * line with something on it parses alone, and there are two or more. Else undefined. Where one document is
 * read (a matrix, a config file) the parser says only "Unable to parse JSON string" of such a text.
 */
export function jsonLinesCount(text: string): number | undefined {
  const lines = withoutBom(text).split(/\r?\n/).filter((line) => line.trim())
  if (lines.length < 2 || lines.length > 10_000) return undefined
  for (const line of lines) {
    try {
      JSON.parse(line)
    } catch {
      return undefined
    }
  }
  return lines.length
}

/** The jq command that turns the document a line opened into JSON Lines (`jq -c '.[]'` for an array). */
export const toJsonLines = (opening: ReturnType<typeof documentOpening>) => (opening === "an array" ? "jq -c '.[]'" : "jq -c .")

/** The words after a line's "not JSON" when the line opens an object over several lines (see `opensObject`), else "". */
export const overLines = (line: string) => (opensObject(line) ? ": it opens an object written over several lines, and JSON Lines hold one object per line (jq -c . writes it so)" : "")

/** How far a line opens (+) or closes (-) objects and arrays, strings skipped. */
function depthOf(line: string): number {
  let depth = 0
  let inString = false
  for (let i = 0; i < line.length; i++) {
    const c = line[i]
    if (inString) {
      if (c === "\\") i++
      else if (c === '"') inString = false
    } else if (c === '"') inString = true
    else if (c === "{" || c === "[") depth++
    else if (c === "}" || c === "]") depth--
  }
  return depth
}

/** The lines of one object written over several lines in the middle of JSON Lines: the first and the last. */
export interface FoldedLines {
  first: number
  last: number
}

/**
 * Follows an object written over several lines in the middle of JSON Lines, so that a reader says it once,
 * naming its first and last line, where each of its lines was "not JSON" on its own. `take` is given each line
 * with something on it, and whether it is JSON (asked only when it matters): it answers "read" for a line to read as usual, "inside" for a line of an object being
 * followed (the reader holds it back), or the lines of an object that has just closed. An object closes on the
 * line where its braces balance, or before an unindented line that is a whole JSON object (the one that opened
 * was then a broken line), or at the end (`end`). A fold of one line is a line that is not JSON, no more.
 */
function foldObjects(): { take(line: string, n: number, parses: () => boolean): "read" | "inside" | FoldedLines | [FoldedLines, "read"]; end(): FoldedLines | undefined } {
  let first = 0
  let last = 0
  let depth = 0
  return {
    take(line, n, parses) {
      if (!first) {
        if (!opensObject(line) || parses()) return "read"
        first = last = n
        depth = depthOf(line)
        return "inside"
      }
      // A whole object, unindented, where the one being followed never closed: that one was a broken line.
      if (line.startsWith("{") && parses()) {
        const folded = { first, last }
        first = 0
        return [folded, "read"]
      }
      last = n
      depth += depthOf(line)
      if (depth > 0) return "inside"
      const folded = { first, last }
      first = 0
      return folded
    },
    end() {
      if (!first) return undefined
      const folded = { first, last }
      first = 0
      return folded
    },
  }
}

/** The words for a fold's lines: "lines 2-5" (or "line 2" for one). */
export const foldedLines = ({ first, last }: FoldedLines) => (first === last ? `line ${first}` : `lines ${first}-${last}`)

/** Whether `text` is one whole JSON value. */
export function isJsonValue(text: string): boolean {
  try {
    parseJsonExact(text)
    return true
  } catch {
    return false
  }
}

/** A thunk for foldObjects' `parses`: whether `text` is one whole JSON value, asked only when the fold needs to know. */
const parsesAsJson = (text: string) => (): boolean => isJsonValue(text)

/** What `jsonlFolder().take` answers for a line: as foldObjects' `take`. */
export type FoldTaken = "read" | "inside" | FoldedLines | [FoldedLines, "read"]

/**
 * foldJsonl's follower, a line at a time and in step with the caller: for a reader that meets lines in a callback
 * (anonymize --workers redis splits a file by byte ranges, and must neither cut such an object in two nor say each
 * of its lines apart). Give it the lines with something on them, in order; `end` closes an object left open.
 * @example const fold = jsonlFolder(); fold.take('{"id": "1",', 2) // "inside"
 */
export function jsonlFolder(): { take(text: string, n: number): FoldTaken; end(): FoldedLines | undefined; readonly open: boolean } {
  const fold = foldObjects()
  let open = false
  return {
    take(text, n) {
      const taken = fold.take(text, n, parsesAsJson(text))
      open = taken === "inside"
      return taken
    },
    end() {
      open = false
      return fold.end()
    },
    get open() {
      return open
    },
  }
}

/**
 * Numbered lines of JSON Lines as they are read, each line to read as it is yielded as given, and each object written
 * over several lines yielded once as its first and last line (see foldObjects), where its lines come: one place for
 * every reader of JSON Lines to follow such an object.
 */
export async function* foldJsonl<L extends { n: number; text: string }>(lines: AsyncIterable<L>): AsyncGenerator<L | { folded: FoldedLines }> {
  const fold = foldObjects()
  for await (const line of lines) {
    const taken = fold.take(line.text, line.n, parsesAsJson(line.text))
    if (taken === "inside") continue
    if (taken !== "read") yield { folded: Array.isArray(taken) ? taken[0] : taken }
    if (taken === "read" || Array.isArray(taken)) yield line
  }
  const open = fold.end()
  if (open) yield { folded: open }
}
