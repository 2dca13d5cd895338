/**
 * The keys of a JSON text as its reader cannot see them once it is parsed: a key written twice (JSON.parse keeps the
 * last value in silence), and a JSON file's text read as config and matrix files are.
 */
import { withoutBom } from "./wide-encoding.ts"

/** The last index a JavaScript (and so a parsed JSON) list can hold: its length is below 2^32. */
export const MAX_LIST_INDEX = 2 ** 32 - 2

/** A field's dotted path with list indices in brackets (`entities[1]`). */
export function dotted(keys: readonly unknown[]): string {
  let out = ""
  for (const key of keys) out += typeof key === "number" ? `[${key}]` : `${out ? "." : ""}${String(key)}`
  return out
}

/** What a key walk reads of a JSON-like text: a string or word (its value read only where a key stands), or a mark. */
export type KeyToken = { key: () => string; line?: number } | "{" | "[" | "}" | "]" | ","

/**
 * The first key written twice in one object, as a dotted path (a key of no field name's shape named by its place)
 * with the line its token gave, or undefined: the walk strict JSON (`repeatedKey`) and JSONC/JSON5 (json-loose.ts)
 * share, each reading its own text into tokens.
 */
export function firstRepeatedKey(tokens: Iterable<KeyToken>): { path: string; line?: number } | undefined {
  // Each level keeps its parent and its own place in it, not a copy of the whole path: copied at every level, a body
  // nested 100,000 deep held the server's thread for minutes. The path is made only for the key that repeats.
  const stack: Level[] = []
  for (const t of tokens) {
    const top = stack.at(-1)
    if (typeof t === "object") {
      if (!top?.keys || !top.key) continue
      const key = t.key()
      if (top.keys.has(key)) return { path: dotted([...pathOf(top), key].map(shownKey)), line: t.line }
      top.keys.add(key)
      top.key = false
      top.last = key
    } else if (t === "{" || t === "[") {
      const at = top ? (top.keys ? top.last : top.index) : undefined
      stack.push({ keys: t === "{" ? new Set() : undefined, parent: top, at, index: 0, key: t === "{" })
    } else if (t === "}" || t === "]") stack.pop()
    else if (top) {
      if (top.keys) top.key = true
      else top.index++
    }
  }
  return undefined
}

/** One open object (`keys`) or list of a key walk: where it stands in its parent, and what it has read so far. */
interface Level {
  keys?: Set<string>
  parent?: Level
  /** Its key in the parent object, or its index in the parent list; undefined at the root. */
  at?: string | number
  index: number
  key: boolean
  /** The last key read in this object: the place of a value opened after it. */
  last?: string
}

function pathOf(level: Level): unknown[] {
  const path: unknown[] = []
  for (let l: Level | undefined = level; l?.parent; l = l.parent) path.push(l.at)
  return path.reverse()
}

/** The strings and marks of a JSON text (valid JSON), each string's value parsed only if a key walk asks for it. */
function* jsonTokens(text: string): Generator<KeyToken> {
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (ch === '"') {
      let end = i + 1
      while (text[end] !== '"') end += text[end] === "\\" ? 2 : 1
      const raw = text.slice(i, end + 1)
      yield { key: () => JSON.parse(raw) as string }
      i = end
    } else if (ch === "{" || ch === "[" || ch === "}" || ch === "]" || ch === ",") yield ch
  }
}

/**
 * The first key written twice in one object of a JSON text (valid JSON, as JSON.parse took it), as a
 * dotted path, or undefined. JSON.parse keeps the last value in silence: `{"by": "alice", "by": "bob"}`
 * would record bob, and which one counts is not obvious to whoever sent it.
 */
export function repeatedKey(text: string): string | undefined {
  return firstRepeatedKey(jsonTokens(text))?.path
}

/**
 * A key as a refusal may show it: a field's name (`email`, `customFields`). A key of another shape may be data (a map
 * keyed by address or phone: `{"emails": {"jane@…": …}}`) and is named by its place instead, never quoted.
 */
const shownKey = (key: unknown) => (typeof key !== "string" || /^[A-Za-z_$][\w$-]{0,39}$/.test(key) ? key : "(a key, not quoted: not a field name's shape)")

/** Keys in a parsed JSON value, at every depth; walked with a list, not by recursion (a line nested 200,000 deep overflowed the stack). */
function keyCount(value: unknown): number {
  let n = 0
  const todo: unknown[] = [value]
  while (todo.length) {
    const item = todo.pop()
    if (typeof item !== "object" || item === null) continue
    if (Array.isArray(item)) for (const child of item) todo.push(child)
    else
      for (const key in item) {
        n++
        todo.push((item as Record<string, unknown>)[key])
      }
  }
  return n
}

/**
 * `repeatedKey` for a text already parsed to `value`, cheap when no key repeats (every line of a large JSONL
 * file): each key is a `"` followed by `:` in the text, and a string may hold more such pairs, so when the
 * text has no more of them than `value` has keys, no key was dropped; only otherwise is the text walked.
 * @example const repeated = repeatedKeyOf(line, JSON.parse(line)) // "fields.email", or undefined
 */
export function repeatedKeyOf(text: string, value: unknown): string | undefined {
  return keyMarks(text) > keyCount(value) ? repeatedKey(text) : undefined
}

/** How many `"` are followed by `:` (JSON's spaces allowed between): a key's end, or a string's content that looks like one. */
function keyMarks(text: string): number {
  let n = 0
  for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) {
    let j = i + 1
    let c = text.charCodeAt(j)
    while (c === 32 || c === 9 || c === 10 || c === 13) c = text.charCodeAt(++j)
    if (c === 58) n++
  }
  return n
}

/**
 * A JSON file's text read as the toolkit reads config and matrix files: a byte-order mark (Windows editors save
 * one) dropped, parsed (JSON.parse's SyntaxError thrown, for the caller to name the file), and beside the value,
 * for the caller to refuse: the first key written twice (`repeatedKey`), and the first line holding U+FFFD, which
 * a UTF-8 reader puts where a byte was not UTF-8 (a Latin-1 "España" in an "equals" would match no contact).
 */
export function parseJsonFile(text: string): { value: unknown; repeated?: string; notUtf8Line?: number } {
  const json = withoutBom(text)
  const value: unknown = JSON.parse(json)
  const repeated = repeatedKey(json)
  const bad = json.indexOf("\uFFFD")
  return { value, ...(repeated === undefined ? {} : { repeated }), ...(bad < 0 ? {} : { notUtf8Line: json.slice(0, bad).split("\n").length }) }
}

/** The refusal's words for `parseJsonFile`'s notUtf8Line, after the file's name. */
export const notUtf8File = (line: number) => `line ${line} holds bytes that are not UTF-8: save the file as UTF-8 (e.g. iconv -f latin1 -t utf-8)`

