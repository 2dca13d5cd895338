/**
 * JSON Lines hold one JSON object per line. A JSON document given instead (an
 * array, or an object pretty-printed over several lines) is read line by line
 * as lines that are not JSON, each refused on its own with no word of why:
 * these name the shape, so a reader (pii scan, anonymize --source jsonl) can
 * refuse the file before any line is read, or say what a line is.
 */

/** What the first line with anything on it opens when the input is one JSON document, not JSON Lines; else undefined. */
export function documentOpening(firstLine: string): "an array" | "an object written over several lines" | undefined {
  const text = firstLine.replace(/^\uFEFF/, "").trim()
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

/** The jq command that turns the document a line opened into JSON Lines (`jq -c '.[]'` for an array). */
export const toJsonLines = (opening: ReturnType<typeof documentOpening>) => (opening === "an array" ? "jq -c '.[]'" : "jq -c .")

/** The words after a line's "not JSON" when the line opens an object over several lines (see `opensObject`), else "". */
export const overLines = (line: string) => (opensObject(line) ? ": it opens an object written over several lines, and JSON Lines hold one object per line (jq -c . writes it so)" : "")
