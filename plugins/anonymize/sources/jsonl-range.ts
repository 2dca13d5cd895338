import { ConfigError, type FileAccess } from "../../../core/index.ts"
import type { Source, SourceRecord } from "../pipeline.ts"
import { readRecord } from "./jsonl.ts"
import { createIdIndex } from "./id-index.ts"

/** A part of a JSON Lines file: bytes `start` (a line's first byte) up to `end`, whose first line is number `line`. */
export interface LineRange {
  start: number
  end: number
  line: number
  /**
   * Lines of this range whose id an earlier range already holds, each with
   * the line it was first seen on: refused as repeats, exactly as one
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
 * Splits a JSON Lines file into ranges of `linesPer` lines, yielding each
 * range as soon as it is found, so workers start on the first while the
 * rest is scanned. A range ends after a newline; the last one at the end of
 * the file as it was read. Each line's id is read on the way (one index of
 * 64-bit hashes, as the single-process source keeps), so an id repeated in
 * a later range is refused there: a split job never writes one id twice.
 */
export async function* lineRanges(files: FileAccess, path: string, linesPer: number, idField = "id"): AsyncGenerator<LineRange> {
  const decoder = new TextDecoder()
  const seen = createIdIndex()
  let offset = 0
  let start = 0
  let line = 1
  let first = 1
  let count = 0
  let carry: Uint8Array | undefined
  let repeats: Record<number, number> = {}
  const check = (bytes: Uint8Array, n: number) => {
    let text = decoder.decode(bytes)
    if (text.endsWith("\r")) text = text.slice(0, -1)
    if (n === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1)
    if (!text.trim()) return
    const record = readRecord(text, n, idField, seen)
    const earlier = record.error && /first seen on line (\d+)/.exec(record.error)
    if (earlier && Number(earlier[1]) < first) repeats[n] = Number(earlier[1])
  }
  for await (const chunk of bytesOf(files)(path)) {
    const buf = carry ? concat(carry, chunk) : chunk
    const base = offset - (carry?.length ?? 0)
    let from = 0
    for (let i = buf.indexOf(NEWLINE); i !== -1; i = buf.indexOf(NEWLINE, from)) {
      check(buf.subarray(from, i), line)
      from = i + 1
      line++
      if (++count < linesPer) continue
      yield withRepeats({ start, end: base + i + 1, line: first }, repeats)
      start = base + i + 1
      first = line
      count = 0
      repeats = {}
    }
    carry = from < buf.length ? buf.slice(from) : undefined
    offset += chunk.length
  }
  if (carry) check(carry, line)
  if (offset > start) yield withRepeats({ start, end: offset, line: first }, repeats)
}

const withRepeats = (range: LineRange, repeats: Record<number, number>): LineRange => (Object.keys(repeats).length ? { ...range, repeats } : range)

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
        if (!text.trim()) return
        const earlier = range.repeats?.[n]
        // The id itself is not repeated in the reason: it may be a phone number or an email.
        if (earlier !== undefined) page.push({ id: `line:${n}`, data: {}, error: `line ${n}: duplicate ${idField} (first seen on line ${earlier})` })
        else page.push(readRecord(text, n, idField, seen))
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
