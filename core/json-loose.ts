/**
 * JSONC and JSON5 texts (a config file's other forms) read for what their parsers let through in silence: a key
 * written twice (the last value kept, as JSON.parse keeps it), and, for JSONC, a text that is not JSON once its
 * comments and trailing commas are set aside (its parser is fault tolerant: `{"rps": }` was read as `{}`).
 */
import { firstRepeatedKey, type KeyToken } from "./json-keys.ts"

interface Token {
  kind: "string" | "word" | "punct"
  text: string
  /** The string's value, or the word as written. */
  value: string
  line: number
}

/** The tokens of a JSONC or JSON5 text, comments skipped; undefined at a string or comment that never ends. */
function tokens(text: string): Token[] | undefined {
  const out: Token[] = []
  let line = 1
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (ch === "\n") line++
    if (/\s/.test(ch) || ch === "\uFEFF") continue
    if (ch === "/" && text[i + 1] === "/") {
      while (i < text.length && text[i + 1] !== "\n") i++
      continue
    }
    if (ch === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2)
      if (end < 0) return undefined
      line += (text.slice(i, end).match(/\n/g) ?? []).length
      i = end + 1
      continue
    }
    if (ch === '"' || ch === "'") {
      let end = i + 1
      let value = ""
      while (end < text.length && text[end] !== ch) {
        if (text[end] === "\\") value += text[++end] ?? ""
        else value += text[end]
        end++
      }
      if (end >= text.length) return undefined
      out.push({ kind: "string", text: text.slice(i, end + 1), value, line })
      i = end
      continue
    }
    if ("{}[]:,".includes(ch)) {
      out.push({ kind: "punct", text: ch, value: ch, line })
      continue
    }
    let end = i
    while (end + 1 < text.length && !/[\s{}[\]:,"'/]/.test(text[end + 1]!)) end++
    out.push({ kind: "word", text: text.slice(i, end + 1), value: text.slice(i, end + 1), line })
    i = end
  }
  return out
}

/**
 * The first key written twice in one object of a JSONC or JSON5 text, as a dotted path with its line, or undefined
 * (also for a text its parser refuses: that refusal is said instead).
 * @example repeatedLooseKey('{limits: {rps: 5, "rps": 6}}') // { path: "limits.rps", line: 1 }
 */
export function repeatedLooseKey(text: string): { path: string; line: number } | undefined {
  const list = tokens(text)
  if (!list) return undefined
  // A colon says nothing the walk needs: a key is what stands where one is awaited.
  const walked = list.filter((t) => t.text !== ":" || t.kind !== "punct").map((t): KeyToken => (t.kind === "punct" ? (t.text as KeyToken) : { key: () => t.value, line: t.line }))
  const repeated = firstRepeatedKey(walked)
  return repeated && { path: repeated.path, line: repeated.line! }
}

/**
 * A JSONC text as strict JSON: comments left out and a comma before `}` or `]` dropped, everything else as written,
 * so JSON.parse refuses what JSONC's fault-tolerant parser would have read past. Undefined for an unended string or comment.
 */
export function jsoncAsJson(text: string): string | undefined {
  const list = tokens(text)
  if (!list) return undefined
  const kept = list.filter((t, i) => !(t.text === "," && t.kind === "punct" && ["}", "]"].includes(list[i + 1]?.text ?? "")))
  // One line per token's line, so the line JSON.parse stops at is the file's.
  let out = ""
  let line = 1
  for (const t of kept) {
    while (line < t.line) (out += "\n"), line++
    out += `${t.text} `
  }
  return out
}
