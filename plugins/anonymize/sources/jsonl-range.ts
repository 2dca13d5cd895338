import { ConfigError, type FileAccess } from "../../../core/index.ts"
import type { Source, SourceRecord } from "../pipeline.ts"
import { readRecord } from "./jsonl.ts"
import { createIdIndex } from "./id-index.ts"

/** A part of a JSON Lines file: bytes `start` (a line's first byte) up to `end`, whose first line is number `line`. */
export interface LineRange {
  start: number
  end: number
  line: number
}

const NEWLINE = 10

function bytesOf(files: FileAccess): NonNullable<FileAccess["bytes"]> {
  if (!files.bytes) throw new ConfigError("anonymize", "this host cannot read part of a file: split jobs need the cxedge CLI")
  return files.bytes.bind(files)
}

/**
 * Splits a JSON Lines file into ranges of `linesPer` lines by finding its
 * line ends (no line is parsed), yielding each range as soon as it is
 * found, so workers start on the first while the rest is scanned. A range
 * ends after a newline; the last one at the end of the file as it was read.
 */
export async function* lineRanges(files: FileAccess, path: string, linesPer: number): AsyncGenerator<LineRange> {
  let offset = 0
  let start = 0
  let line = 1
  let first = 1
  let count = 0
  for await (const chunk of bytesOf(files)(path)) {
    for (let i = chunk.indexOf(NEWLINE); i !== -1; i = chunk.indexOf(NEWLINE, i + 1)) {
      line++
      if (++count < linesPer) continue
      const end = offset + i + 1
      yield { start, end, line: first }
      start = end
      first = line
      count = 0
    }
    offset += chunk.length
  }
  if (offset > start) yield { start, end: offset, line: first }
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
 * numbers. A repeated id is refused within the range; the journal of each
 * range is its own (see `partitions.ts`).
 */
export function createJsonlRangeSource(files: FileAccess, path: string, range: LineRange, options: { idField?: string; pageSize?: number } = {}): Source {
  const idField = options.idField ?? "id"
  const size = options.pageSize ?? 500
  const read = bytesOf(files)
  return {
    name: "jsonl",
    async *pages() {
      const decoder = new TextDecoder()
      const seen = createIdIndex()
      let page: SourceRecord[] = []
      let n = range.line - 1
      let carry: Uint8Array | undefined
      const take = (bytes: Uint8Array) => {
        n++
        let text = decoder.decode(bytes)
        if (text.endsWith("\r")) text = text.slice(0, -1)
        if (n === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1)
        if (text.trim()) page.push(readRecord(text, n, idField, seen))
      }
      for await (const chunk of read(path, { start: range.start, end: range.end })) {
        const buf = carry ? concat(carry, chunk) : chunk
        let from = 0
        for (let i = buf.indexOf(NEWLINE); i !== -1; i = buf.indexOf(NEWLINE, from)) {
          take(buf.subarray(from, i))
          from = i + 1
          if (page.length >= size) {
            yield page
            page = []
          }
        }
        carry = from < buf.length ? buf.slice(from) : undefined
      }
      if (carry) take(carry)
      if (page.length) yield page
    },
  }
}
