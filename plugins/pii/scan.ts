import { foldedLines, overLines, MAX_LIST_INDEX, parseJsonExact, repeatedKeyOf, ValidationError, type Finding, type FoldedLines } from "../../core/index.ts"
import { valueSpan } from "./json-span.ts"
import type { Analyzer } from "./analyzer.ts"

/** What `--json` prints for one finding: offsets and score, never the value. */
export interface ScanFinding {
  type: string
  start: number
  end: number
  score: number
}

/** One input line's answer: its id (when the object has one), findings, and why it could not be read. */
export interface LineResult {
  id?: unknown
  /** The line's `id` as written (a 23-digit number, `1e400`): copied so, not parsed and written again. */
  idText?: string
  findings: ScanFinding[]
  /** Set when the line is not a JSON object or lacks a string at the field: then `findings` is empty. */
  error?: string
}

const SEGMENT = /^[^.[\]]+$/

/**
 * A `--field` path as its segments: names separated by dots, and array
 * indices in brackets (`message.body`, `messages[0].text`). Refused when it
 * is empty or malformed, before any line is read.
 */
export function parseFieldPath(path: string): (string | number)[] {
  const parts: (string | number)[] = []
  // A wildcard (items[*].text, messages.*): each line is scrubbed at one field, so it was refused as no path, or
  // (a bare *) read as a key named "*" and every line written as an {"error"} line.
  if (/\[\*\]|(^|\.)\*(\.|\[|$)/.test(path)) {
    throw new ValidationError("pii", `--field ${JSON.stringify(path)} holds a wildcard (* or [*]), which --field does not read: name one field of each line, an array item by its index (items[0].text)`, "field", "E_USAGE")
  }
  // A JSONPath root ($.a.b) or jq's leading dot (.a.b): each line was read at a key named "$" (no such field on
  // any line, every line an {"error"}), or refused as no path with no word of the form meant.
  const rooted = /^(\$\.|\$(?=\[)|\.)(?=[^.])(.+)$/.exec(path)
  if (rooted && !rooted[2]!.startsWith(".")) {
    const meant = rooted[2]!.startsWith("[") ? undefined : rooted[2]
    const how = rooted[1] === "." ? "jq's leading dot" : "a JSONPath root ($)"
    throw new ValidationError("pii", `--field ${JSON.stringify(path)} starts with ${how}: --field starts at each line's object already${meant ? `: write ${meant}` : ", and names a key (text, message.body)"}`, "field", "E_USAGE")
  }
  for (const piece of path.split(".")) {
    const m = /^([^.[\]]*)((?:\[\d+\])*)$/.exec(piece)
    if (!m || (!m[1] && !m[2]) || (m[1] && !SEGMENT.test(m[1]))) {
      throw new ValidationError("pii", `--field ${JSON.stringify(path)} is not a field path: use names separated by dots, e.g. text or message.body (an array index as items[0])`, "field", "E_USAGE")
    }
    if (m[1]) parts.push(m[1])
    for (const index of m[2]!.matchAll(/\[(\d+)\]/g)) parts.push(fieldIndex(path, index[1]!))
  }
  // Each line is an object: [0] first was "no field [0]" on every line, each written as an {"error"}.
  if (typeof parts[0] === "number") throw new ValidationError("pii", `--field ${JSON.stringify(path.slice(0, 80))} starts with an index, and each line is a JSON object, not a list: name its key first (items[0], items[0].text)`, "field", "E_USAGE")
  return parts
}

/**
 * An index of --field, as a matrix path reads one: items[01] was read as items[1], and an index beyond any list's (a
 * number pasted in) as a rounded number, every line then an {"error"} of "no field".
 */
function fieldIndex(path: string, digits: string): number {
  const say = (why: string) => new ValidationError("pii", `--field ${JSON.stringify(path.slice(0, 80))} ${why}`, "field", "E_USAGE")
  if (digits.length > 1 && digits.startsWith("0")) throw say(`has an index with a leading zero: write it without (items[${Number(digits)}])`)
  if (Number(digits) > MAX_LIST_INDEX) throw say(`has an index beyond any list's (the last index a list can hold is ${MAX_LIST_INDEX}): check the number`)
  return Number(digits)
}

/** The value at a parsed path, or undefined when any step is missing (own keys only). */
export function valueAt(value: unknown, path: readonly (string | number)[]): unknown {
  let at = value
  for (const key of path) {
    if (at === null || typeof at !== "object" || !Object.hasOwn(at, key)) return undefined
    at = (at as Record<string | number, unknown>)[key]
  }
  return at
}

export const toScanFinding = (f: Finding): ScanFinding => ({ type: f.type, start: f.start, end: f.end, score: Math.round(f.score * 1000) / 1000 })

/**
 * One JSONL line through the analyzer at `field`. A line that is not a JSON
 * object, or has no string at the field, gives `error` (naming the line
 * number and the field, never a value) and no findings, so the output still
 * has one line per input line.
 */
export function scanJsonLine(line: string, n: number, field: string, path: readonly (string | number)[], analyzer: Analyzer): LineResult {
  const read = readObjectLine(line, n)
  if ("error" in read) return { findings: [], error: read.error }
  const id = Object.hasOwn(read.data, "id") ? read.data.id : undefined
  const body = lineBody(line, n)
  const span = id === undefined ? undefined : valueSpan(body, ["id"])
  const idText = span && body.slice(...span)
  const text = textAt(read.data, path, n, field)
  if (typeof text !== "string") return { id, idText, findings: [], error: text.error }
  return { id, idText, findings: analyzer.analyze(text).map(toScanFinding) }
}

/** Line `n` without the byte-order mark a file may open with (line 1 only). */
export const lineBody = (line: string, n: number) => (n === 1 && line.charCodeAt(0) === 0xfeff ? line.slice(1) : line)

/** One line as a JSON object (a byte-order mark before line 1 skipped), or why it is not one. */
export function readObjectLine(line: string, n: number): { data: Record<string, unknown> } | { error: string } {
  let parsed: unknown
  const text = lineBody(line, n)
  try {
    parsed = parseJsonExact(text)
  } catch {
    // A line of an object written over several lines (in the middle of the file: one at its start refuses the file).
    return { error: `line ${n}: not JSON${overLines(text)}` }
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) return { error: `line ${n}: not a JSON object` }
  // JSON.parse keeps a repeated key's last value in silence: which text was meant is not known, so the line is refused.
  const repeated = repeatedKeyOf(text, parsed)
  if (repeated) return { error: `line ${n}: ${repeated} is given twice: write each key once` }
  return { data: parsed as Record<string, unknown> }
}

/**
 * What is said of the lines of one object written over several lines: one warning naming its first and last
 * line, and each line's error (pii scan --json and pii redact still write one line out per line in).
 */
export function foldedErrors(folded: FoldedLines): { warning: string; errors: string[] } {
  if (folded.first === folded.last) return { warning: `line ${folded.first}: not JSON`, errors: [`line ${folded.first}: not JSON`] }
  const lines = foldedLines(folded)
  const errors = [`line ${folded.first}: not JSON: it opens one object written over ${lines}, and JSON Lines hold one object per line (jq -c . writes it so)`]
  for (let n = folded.first + 1; n <= folded.last; n++) errors.push(`line ${n}: not JSON: a line of the object written over ${lines}`)
  return { warning: `${lines}: not JSON: one object written over several lines, and JSON Lines hold one object per line (jq -c . writes it so)`, errors }
}

/** The string at the field, or why there is none (naming the line and the field, never a value). */
export function textAt(data: unknown, path: readonly (string | number)[], n: number, field: string): string | { error: string } {
  const text = valueAt(data, path)
  // A key with a dot in it (`{"message.body": …}`, as a flattened export writes): --field reads a dot as nesting.
  const dotted = text === undefined && path.length > 1 && data !== null && typeof data === "object" && Object.hasOwn(data, field)
  if (dotted) return { error: `line ${n}: no field ${field}: the line has a key "${field}" with a dot in it, and --field reads a dot as a step into an object; rename the key at the source (e.g. jq -c 'with_entries(.key |= sub("\\."; "_"))')` }
  if (text === undefined) return { error: `line ${n}: no field ${field}` }
  if (typeof text !== "string") return { error: `line ${n}: field ${field} is ${text === null ? "null" : Array.isArray(text) ? "an array" : typeof text === "object" ? "an object" : `a ${typeof text}`}, not a string` }
  return text
}

/** The `--json` line for a result: `{"id", "findings"}` (and `error` for a line that could not be read). */
export function resultLine(result: LineResult): string {
  const { id, idText, ...rest } = result
  if (idText !== undefined) return `{"id":${idText},${JSON.stringify(rest).slice(1)}`
  return JSON.stringify(id === undefined ? { findings: result.findings, ...(result.error ? { error: result.error } : {}) } : { id, ...rest })
}
