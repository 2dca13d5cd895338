import { ConfigError, createIdIndex, jsonlFolder, type FileAccess, type FoldedLines } from "../../../core/index.ts"
import type { Source, SourceRecord } from "../pipeline.ts"
import { duplicateId, foldedRecord, readLine } from "./jsonl.ts"
import { quickIdAt, type IdSpan } from "./quick-id.ts"
import { FORBIDDEN_KEYS } from "../matrix/index.ts"
import { lineTooLong, MAX_LINE_BYTES } from "./jsonl-check.ts"

/** A part of a JSON Lines file: bytes `start` (a line's first byte) up to `end`, whose first line is number `line`. */
export interface LineRange {
  start: number
  end: number
  line: number
  /**
   * Lines of this range whose id an earlier line of the file holds, each
   * with the line it was first seen on: refused as repeats, exactly as one
   * process reading the whole file refuses them.
   */
  repeats?: Record<number, number>
}

const NEWLINE = 10
const CR = 13

function bytesOf(files: FileAccess): NonNullable<FileAccess["bytes"]> {
  if (!files.bytes) throw new ConfigError("anonymize", "this host cannot read part of a file: split jobs need the cxedge CLI")
  return files.bytes.bind(files)
}

/** One line of a file: its bytes (a view, valid until the next line is read), its number, the offset just after it, and its text. */
interface Line {
  bytes: Uint8Array
  n: number
  end: number
  text(): string
}

/**
 * The lines of a part of a file, each with its number and the offset just
 * after it, decoded (on demand) as `createJsonlSource` reads them: a
 * trailing CR and a byte-order mark before line 1 are dropped. Each line
 * is handed to `each` as the chunk holding it is scanned, and what it
 * returns (undefined left out) is yielded a chunk at a time: a million
 * lines cost no million promises.
 */
async function* linesOf<T>(chunks: AsyncIterable<Uint8Array>, startOffset: number, firstLine: number, each: (line: Line) => T | undefined): AsyncGenerator<T[]> {
  const decoder = new TextDecoder()
  // One object, refilled per line.
  const line: Line = {
    bytes: new Uint8Array(0),
    n: firstLine,
    end: startOffset,
    text: () => {
      const text = decoder.decode(line.bytes)
      return line.n === 1 && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
    },
  }
  const out: T[] = []
  const emit = (buf: Uint8Array, from: number, to: number, end: number) => {
    line.bytes = buf.subarray(from, to > from && buf[to - 1] === CR ? to - 1 : to)
    line.end = end
    const value = each(line)
    if (value !== undefined) out.push(value)
    line.n++
  }
  let offset = startOffset
  // The pieces of a line the last chunk cut, joined once it ends: joining them on each chunk copied the whole unfinished
  // line per chunk (quadratic: a 32 MB line took 25 s).
  const carry: Uint8Array[] = []
  let carried = 0
  for await (const chunk of chunks) {
    let from = 0
    // Only the line a chunk cut is copied whole: copying each chunk onto the last one's tail copied the file (in new
    // pages, faulted in) and was a fifth of a split's CPU.
    if (carry.length) {
      const i = chunk.indexOf(NEWLINE)
      if (carried + (i === -1 ? chunk.length : i) > MAX_LINE_BYTES) throw lineTooLong(line.n)
      if (i === -1) {
        carry.push(chunk)
        carried += chunk.length
        offset += chunk.length
        continue
      }
      carry.push(chunk.subarray(0, i))
      const joined = joinBytes(carry)
      carry.length = carried = 0
      emit(joined, 0, joined.length, offset + i + 1)
      from = i + 1
    }
    for (let i = chunk.indexOf(NEWLINE, from); i !== -1; i = chunk.indexOf(NEWLINE, from)) {
      emit(chunk, from, i, offset + i + 1)
      from = i + 1
    }
    if (from < chunk.length) {
      carry.push(chunk.slice(from))
      carried = chunk.length - from
    }
    offset += chunk.length
    if (out.length) yield out.splice(0)
  }
  if (carry.length) {
    const joined = joinBytes(carry)
    emit(joined, 0, joined.length, offset)
  }
  if (out.length) yield out
}

/**
 * Splits a JSON Lines file into ranges of `linesPer` lines, yielding each
 * range as soon as it is found, so workers start on the first while the
 * rest is scanned. A range ends after a newline; the last one at the end of
 * the file as it was read. Each line's id is read on the way into one index
 * of 64-bit hashes (as the single-process source keeps), and every line
 * whose id an earlier line holds is named in its range's `repeats`: a split
 * job refuses exactly the lines one process would, and never writes one id
 * twice. The id is read from the line's bytes where that is certain
 * (`quickId`), else the way the source reads the line.
 */
export async function* lineRanges(files: FileAccess, path: string, linesPer: number, idField = "id"): AsyncGenerator<LineRange> {
  const seen = createIdIndex()
  const field = FORBIDDEN_KEYS.has(idField) ? undefined : new TextEncoder().encode(idField)
  let range: LineRange = { start: 0, end: 0, line: 1 }
  let count = 0
  // An object written over several lines is never cut in two: a range ends after the line that closes it.
  const fold = jsonlFolder()
  const at: IdSpan = { from: 0, to: 0 }
  const each = ({ bytes, n, end, text }: Line): LineRange | undefined => {
    // Only a line read as a record holds an id (one process reads no line inside an object written over several).
    let read = true
    if (fold.open || mayOpenObject(bytes)) {
      const line = text()
      const taken = line.trim() ? fold.take(line, n) : "read"
      read = taken === "read" || Array.isArray(taken)
    }
    let first: number | undefined
    // Its bytes hashed where its id is certain (no string made), else read the way the source reads it.
    if (read && field && quickIdAt(bytes, field, at)) first = seen.firstSeenBytes(bytes, at.from, at.to, n)
    else if (read) {
      const line = text()
      const record = line.trim() ? readLine(line, n, idField) : undefined
      if (record && !record.error) first = seen.firstSeen(record.id, n)
    }
    if (first !== undefined) (range.repeats ??= {})[n] = first
    range.end = end
    if (++count < linesPer || fold.open) return undefined
    const full = range
    range = { start: end, end, line: n + 1 }
    count = 0
    return full
  }
  for await (const ranges of linesOf(bytesOf(files)(path), 0, 1, each)) yield* ranges
  if (range.end > range.start) yield range
}

const SPACE = new Set([32, 9, 13, 11, 12])
/**
 * Whether a line's bytes may open an object written over several lines: its last byte other than white space is
 * `{`, `[` or `,` (what opensObject asks of the text), so a whole line is never decoded only to be told it is not.
 */
function mayOpenObject(bytes: Uint8Array): boolean {
  let i = bytes.length - 1
  while (i >= 0 && SPACE.has(bytes[i]!)) i--
  return i >= 0 && (bytes[i] === 0x7b || bytes[i] === 0x5b || bytes[i] === 0x2c)
}


function joinBytes(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0))
  let at = 0
  for (const part of parts) {
    out.set(part, at)
    at += part.length
  }
  return out
}

/**
 * The records of one range of a JSON Lines file, as `createJsonlSource`
 * reads the whole file: the same rejections, naming the file's own line
 * numbers. Repeated ids were found when the file was split (`repeats`), so
 * a range keeps no index of its own; the journal of each range is its own
 * (see `partitions.ts`).
 */
export function createJsonlRangeSource(files: FileAccess, path: string, range: LineRange, options: { idField?: string; pageSize?: number } = {}): Source {
  const idField = options.idField ?? "id"
  const size = options.pageSize ?? 500
  const read = bytesOf(files)
  return {
    name: "jsonl",
    async *pages() {
      // A chunk's lines are decoded at once, but parsed a page at a time: fewer records alive at once.
      const each = (line: Line): [text: string, n: number] | undefined => {
        const text = line.text()
        return text.trim() ? [text, line.n] : undefined
      }
      const record = (item: [string, number] | FoldedLines) => {
        if (!Array.isArray(item)) return foldedRecord(item)
        const [text, n] = item
        const first = range.repeats?.[n]
        return first === undefined ? readLine(text, n, idField) : duplicateId(n, idField, first)
      }
      // An object written over several lines (never cut by lineRanges) is one rejection naming its first and last line.
      const fold = jsonlFolder()
      for await (const lines of linesOf(read(path, { start: range.start, end: range.end }), range.start, range.line, each)) {
        const items: ([string, number] | FoldedLines)[] = []
        for (const line of lines) {
          const taken = fold.take(line[0], line[1])
          if (taken === "inside") continue
          if (taken !== "read") items.push(Array.isArray(taken) ? taken[0] : taken)
          if (taken === "read" || Array.isArray(taken)) items.push(line)
        }
        for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size).map(record)
      }
      const open = fold.end()
      if (open) yield [foldedRecord(open)]
    },
  }
}
