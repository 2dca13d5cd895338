import { ConfigError, type FileAccess } from "../../../core/index.ts"
import type { Source, SourceRecord } from "../pipeline.ts"
import { duplicateId, readLine } from "./jsonl.ts"
import { createIdIndex } from "./id-index.ts"

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

function bytesOf(files: FileAccess): NonNullable<FileAccess["bytes"]> {
  if (!files.bytes) throw new ConfigError("anonymize", "this host cannot read part of a file: split jobs need the cxedge CLI")
  return files.bytes.bind(files)
}

/**
 * The lines of a part of a file, each with its number and the offset just
 * after it, decoded as `createJsonlSource` reads them: a trailing CR and a
 * byte-order mark before line 1 are dropped.
 */
async function* linesOf(chunks: AsyncIterable<Uint8Array>, startOffset: number, firstLine: number): AsyncGenerator<{ text: string; n: number; end: number }> {
  const decoder = new TextDecoder()
  const text = (bytes: Uint8Array, n: number) => {
    let line = decoder.decode(bytes)
    if (line.endsWith("\r")) line = line.slice(0, -1)
    return n === 1 && line.charCodeAt(0) === 0xfeff ? line.slice(1) : line
  }
  let offset = startOffset
  let n = firstLine
  let carry: Uint8Array | undefined
  for await (const chunk of chunks) {
    const buf = carry ? concat(carry, chunk) : chunk
    const base = offset - (carry?.length ?? 0)
    let from = 0
    for (let i = buf.indexOf(NEWLINE); i !== -1; i = buf.indexOf(NEWLINE, from)) {
      yield { text: text(buf.subarray(from, i), n), n: n++, end: base + i + 1 }
      from = i + 1
    }
    carry = from < buf.length ? buf.slice(from) : undefined
    offset += chunk.length
  }
  if (carry) yield { text: text(carry, n), n, end: offset }
}

/**
 * Splits a JSON Lines file into ranges of `linesPer` lines, yielding each
 * range as soon as it is found, so workers start on the first while the
 * rest is scanned. A range ends after a newline; the last one at the end of
 * the file as it was read. Each line's id is read on the way into one index
 * of 64-bit hashes (as the single-process source keeps), and every line
 * whose id an earlier line holds is named in its range's `repeats`: a split
 * job refuses exactly the lines one process would, and never writes one id twice.
 */
export async function* lineRanges(files: FileAccess, path: string, linesPer: number, idField = "id"): AsyncGenerator<LineRange> {
  const seen = createIdIndex()
  let range: LineRange = { start: 0, end: 0, line: 1 }
  let count = 0
  for await (const { text, n, end } of linesOf(bytesOf(files)(path), 0, 1)) {
    if (text.trim()) {
      const record = readLine(text, n, idField)
      const first = record.error ? undefined : seen.firstSeen(record.id, n)
      if (first !== undefined) (range.repeats ??= {})[n] = first
    }
    range.end = end
    if (++count < linesPer) continue
    yield range
    range = { start: end, end, line: n + 1 }
    count = 0
  }
  if (range.end > range.start) yield range
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length)
  out.set(a)
  out.set(b, a.length)
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
      let page: SourceRecord[] = []
      for await (const { text, n } of linesOf(read(path, { start: range.start, end: range.end }), range.start, range.line)) {
        if (!text.trim()) continue
        const first = range.repeats?.[n]
        page.push(first === undefined ? readLine(text, n, idField) : duplicateId(n, idField, first))
        if (page.length >= size) {
          yield page
          page = []
        }
      }
      if (page.length) yield page
    },
  }
}
