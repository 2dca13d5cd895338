/**
 * The keys of a JSON text as its reader cannot see them once it is parsed: a key written twice (JSON.parse keeps the
 * last value in silence), and a JSON file's text read as config and matrix files are.
 */

/** A field's dotted path with list indices in brackets (`entities[1]`). */
export function dotted(keys: readonly unknown[]): string {
  let out = ""
  for (const key of keys) out += typeof key === "number" ? `[${key}]` : `${out ? "." : ""}${String(key)}`
  return out
}

/**
 * The first key written twice in one object of a JSON text (valid JSON, as JSON.parse took it), as a
 * dotted path, or undefined. JSON.parse keeps the last value in silence: `{"by": "alice", "by": "bob"}`
 * would record bob, and which one counts is not obvious to whoever sent it.
 */
export function repeatedKey(text: string): string | undefined {
  const stack: { keys?: Set<string>; path: unknown[]; index: number; key: boolean }[] = []
  let pending: unknown[] = []
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    const top = stack.at(-1)
    if (ch === '"') {
      let end = i + 1
      while (text[end] !== '"') end += text[end] === "\\" ? 2 : 1
      if (top?.keys && top.key) {
        const key = JSON.parse(text.slice(i, end + 1)) as string
        if (top.keys.has(key)) return dotted([...top.path, key].map(shownKey))
        top.keys.add(key)
        top.key = false
        pending = [...top.path, key]
      }
      i = end
    } else if (ch === "{" || ch === "[") {
      const path = top && !top.keys ? [...top.path, top.index] : top ? pending : []
      stack.push(ch === "{" ? { keys: new Set(), path, index: 0, key: true } : { path, index: 0, key: false })
    } else if (ch === "}" || ch === "]") stack.pop()
    else if (ch === "," && top) {
      if (top.keys) top.key = true
      else top.index++
    }
  }
  return undefined
}

/**
 * A key as a refusal may show it: a field's name (`email`, `customFields`). A key of another shape may be data (a map
 * keyed by address or phone: `{"emails": {"jane@…": …}}`) and is named by its place instead, never quoted.
 */
const shownKey = (key: unknown) => (typeof key !== "string" || /^[A-Za-z_$][\w$-]{0,39}$/.test(key) ? key : "(a key, not quoted: not a field name's shape)")

/** Keys in a parsed JSON value, at every depth. */
function keyCount(value: unknown): number {
  if (typeof value !== "object" || value === null) return 0
  let n = 0
  if (Array.isArray(value)) for (const item of value) n += keyCount(item)
  else for (const key in value) n += 1 + keyCount((value as Record<string, unknown>)[key])
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
  const json = text.replace(/^\uFEFF/, "")
  const value: unknown = JSON.parse(json)
  const repeated = repeatedKey(json)
  const bad = json.indexOf("\uFFFD")
  return { value, ...(repeated === undefined ? {} : { repeated }), ...(bad < 0 ? {} : { notUtf8Line: json.slice(0, bad).split("\n").length }) }
}

/** The refusal's words for `parseJsonFile`'s notUtf8Line, after the file's name. */
export const notUtf8File = (line: number) => `line ${line} holds bytes that are not UTF-8: save the file as UTF-8 (e.g. iconv -f latin1 -t utf-8)`
