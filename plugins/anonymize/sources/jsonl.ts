import { ConfigError, createIdIndex, idsChecked, wideText, documentOpening, foldedLines, isJsonValue, jsonlFolder, overLines, parseJsonExact, repeatedKeyOf, toJsonLines, withoutBom, type FileAccess, type FoldedLines } from "../../../core/index.ts"
import { FORBIDDEN_KEYS } from "../matrix/index.ts"
import { notJsonLinesStart, refuseUnreadableBytes } from "./jsonl-check.ts"
import { type Source, type SourceRecord } from "../pipeline.ts"

// Returning undefined from a reviver deletes the key, so it never reaches
// code that might assign it (where `__proto__` would set a prototype).
const dropForbidden = (key: string, value: unknown) => (FORBIDDEN_KEYS.has(key) ? undefined : value)
// The reviver costs a call per value: only lines that might hold such a key
// pay for it ("proto" covers "prototype"; \u could spell any of them).
const MAYBE_FORBIDDEN = /proto|constructor|\\u/

/**
 * One line's object, without `__proto__`, `constructor` or `prototype` keys at any depth.
 * An integer id beyond 2^53 is kept exact, as a digit string.
 */
export function parseLine(line: string): unknown {
  return MAYBE_FORBIDDEN.test(line) ? parseJsonExact(line, dropForbidden) : parseJsonExact(line)
}

const PAGE_SIZE = 250

/**
 * Records from a JSON Lines file, streamed through the host's file access.
 * A UTF-8 byte-order mark before the first line is skipped. A line that is
 * not a JSON object, has no id, or repeats an id seen earlier in the file
 * becomes a per-record rejection naming the line number (never a value),
 * and the job goes on. Keys named `__proto__`, `constructor` or `prototype`
 * are dropped at parse time.
 *
 * Memory: records stream a page at a time; only a hash of each id seen so
 * far is kept (with its line number), 12 bytes a slot in typed arrays, so a
 * 1,000,000-line file costs about 17 MB, never the records. Pages are of
 * 250 records: the journal stores two items a page (planned, then finished),
 * and on fs each is a new file renamed into place, some 300 us of CPU; at 100
 * a page that was 5.4 us a contact, a tenth of the job's CPU, at 250 it is
 * 2.3 us. Larger pages cost memory (the job's collector keeps it to the pages
 * in flight plus its budget: 500 a page peaked some 10 MB higher, 1,000 some 25).
 */
export async function createJsonlSource(files: FileAccess, path: string, options: { idField?: string; pageSize?: number } = {}): Promise<Source> {
  if (!(await files.exists(path))) throw new ConfigError("anonymize", `cannot read ${path}: check the --file path`)
  await refuseDocument(files, path)
  const idField = options.idField ?? "id"
  const size = options.pageSize ?? PAGE_SIZE
  // Its repeats are rejections naming the lines (below): the source guard needs no index of its own.
  return idsChecked({
    name: "jsonl",
    async *pages() {
      const seen = createIdIndex()
      // An object written over several lines is one rejection naming its first and last line, not one a line. Lines are
      // numbered and followed here, in step (jsonlFolder), not through two more async generators, each an await a line:
      // reading a file through the source took 10.0-11.1 us of CPU a record against 11.4-12.9 with them.
      const fold = jsonlFolder()
      let page: SourceRecord[] = []
      let n = 0
      for await (const raw of files.lines(path)) {
        n++
        const text = n === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw
        if (!text.trim()) continue
        const taken = fold.take(text, n)
        if (taken === "inside") continue
        if (taken !== "read") page.push(foldedRecord(Array.isArray(taken) ? taken[0] : taken))
        if (taken === "read" || Array.isArray(taken)) page.push(readRecord(text, n, idField, seen))
        if (page.length >= size) {
          yield page
          page = []
        }
      }
      const open = fold.end()
      if (open) page.push(foldedRecord(open))
      if (page.length) yield page
    },
  })
}

/**
 * A file that is one JSON document (an array, an object written over several lines) is refused before the job:
 * each of its lines was rejected as "not valid JSON" and a dry run of them all ended with exit 0.
 */
async function refuseDocument(files: FileAccess, path: string): Promise<void> {
  await refuseUnreadableBytes(files, path)
  let n = 0
  for await (const line of files.lines(path)) {
    n++
    // A file saved as UTF-16 was "ends in the middle of a line" (its last line, read as UTF-8, is no JSON).
    const wide = n === 1 ? wideText(line) : undefined
    if (wide) throw new ConfigError("anonymize", `${path} ${wide}`)
    if (!line.trim()) continue
    const opening = documentOpening(line)
    if (opening) throw new ConfigError("anonymize", `${path} is one JSON document (line ${n} opens ${opening}), not JSON Lines: give one object per line (e.g. ${toJsonLines(opening)} ${path})`)
    // A CSV, or a binary file, was read line by line as lines that are no JSON: a job, an empty --out, each line failed.
    const notJsonl = notJsonLinesStart(path, n === 1 ? withoutBom(line) : line, n)
    if (notJsonl) throw notJsonl
    break
  }
  // A last line cut off (no line end, not JSON) was one rejected record and the job went on: the file was copied or
  // exported only in part, and the contacts after the cut were never in it. Refused before anything is read.
  const last = await files.lastLine?.(path)
  if (last && !last.ended && last.text.trim() && !isJsonValue(last.text)) {
    throw new ConfigError("anonymize", `${path} ends in the middle of a line: its last line has no line end and is not JSON, as a file copied or exported only in part; give the whole file (or end the last line if it is only that)`)
  }
}

/**
 * Why an id cannot name a record, or undefined. A number must be a whole number of at least 0
 * (1.5, -1 and 1e400, read as Infinity, name no contact); a string must hold something other
 * than spaces, no control characters, at most 256 characters, and not `line:<n>` (a rejected line's
 * name). The id is never quoted.
 */
function badId(id: string | number): string | undefined {
  if (typeof id === "number") return Number.isSafeInteger(id) && id >= 0 ? undefined : "is a number that is not a whole number of 0 or more: write the id as digits or as a string"
  if (!id.trim()) return "is blank"
  // A loop, not a pattern: a million ids are checked.
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i)
    if (c < 0x20 || c === 0x7f) return "holds a control character"
  }
  if (id.length > 256) return "is longer than 256 characters"
  // A rejected line is reported, journaled and planned as `line:<n>`: a record of that id would share its entry (written
  // and also reported failed). Never a real id, so the two cannot meet.
  if (id.startsWith("line:") && /^line:\d+$/.test(id)) return "has the form line:<number>, the name cxedge gives a rejected line: give the record another id"
  return undefined
}

/**
 * The rejection of the lines of one object written over several lines (see foldJsonl): each of them was
 * "not valid JSON" on its own, the first alone saying why. A fold of one line is that line's own rejection.
 */
export function foldedRecord(folded: FoldedLines): SourceRecord {
  const error = folded.first === folded.last
    ? `line ${folded.first} is not valid JSON`
    : `${foldedLines(folded)} are not valid JSON: they hold one object written over several lines, and JSON Lines hold one object per line (jq -c . writes it so)`
  return { id: `line:${folded.first}`, data: {}, error }
}

/** A repeated id's rejection. The id itself is not repeated in the reason: it may be a phone number or an email. */
export const duplicateId = (n: number, idField: string, first: number): SourceRecord => ({ id: `line:${n}`, data: {}, error: `line ${n}: duplicate ${idField} (first seen on line ${first})` })

/** One line as a record, or a rejection naming its line number; whether its id repeats is not checked here. */
export function readLine(line: string, n: number, idField: string): SourceRecord {
  // The file is decoded as UTF-8 with U+FFFD for bytes that are not: a Latin-1 "é" would be anonymized (or hashed into a
  // token no other system computes) as a different value. Such a line is rejected, the job goes on.
  if (line.includes("\uFFFD")) return { id: `line:${n}`, data: {}, error: `line ${n} holds bytes that are not UTF-8: convert the file to UTF-8 (e.g. iconv -f latin1 -t utf-8)` }
  let data: unknown
  try {
    data = parseLine(line)
  } catch {
    return { id: `line:${n}`, data: {}, error: `line ${n} is not valid JSON${overLines(line)}` }
  }
  if (!data || typeof data !== "object" || Array.isArray(data)) return { id: `line:${n}`, data: {}, error: `line ${n} is not a JSON object` }
  // JSON.parse keeps a repeated key's last value in silence: the first (an address, say) would be left as it was, unseen.
  const repeated = repeatedKeyOf(line, data)
  if (repeated) return { id: `line:${n}`, data: {}, error: `line ${n}: ${repeated} is given twice: write each key once` }
  const id = Object.hasOwn(data, idField) ? (data as Record<string, unknown>)[idField] : undefined
  if ((typeof id !== "string" || !id) && typeof id !== "number") return { id: `line:${n}`, data: {}, error: `line ${n} has no ${idField}` }
  const bad = badId(id)
  if (bad) return { id: `line:${n}`, data: {}, error: `line ${n}: ${idField} ${bad}` }
  return { id: String(id), data: data as Record<string, unknown> }
}

/** One line as a record, or a rejection naming its line number; `seen` holds the ids read so far (a repeat is refused). */
export function readRecord(line: string, n: number, idField: string, seen: ReturnType<typeof createIdIndex>): SourceRecord {
  const record = readLine(line, n, idField)
  if (record.error) return record
  const first = seen.firstSeen(record.id, n)
  return first === undefined ? record : duplicateId(n, idField, first)
}
