// Where a key path is written in a config file's text: the line a mistake is named by.

/** Regex-safe text. */
export const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")

/**
 * The line a key path (tenant.timeoutMs, settings.pii.entities[2]) is written on in a config file's text: each
 * key looked for from the line of the one before it (JSON's "key":, a module's key: or "key":, YAML's key:, TOML's
 * key = or [key]), so a second "timeoutMs" elsewhere is not taken for it, and each index read as the item's own line
 * in the list after its key (written in brackets, or as YAML's "- item" lines). Undefined when a key is not found as
 * such; a list whose items cannot be read so gives the list's line.
 */
export function lineOfKey(text: string, path: string): number | undefined {
  return placeOfKey(text, path)?.line
}

/**
 * {@link lineOfKey}'s line (from 1) and the column where the key's value starts to be looked for: after its ":" or
 * "=", or at a list item's first character. Undefined where lineOfKey is; a list whose items cannot be read gives the
 * list's line with no column.
 */
export function placeOfKey(text: string, path: string): { line: number; column?: number } | undefined {
  const steps = path.match(/\[\d+\]|[^.[\]]+/g) ?? []
  if (!steps.length || steps[0]!.startsWith("[")) return undefined
  const lines = text.split(/\r?\n/)
  // Where the last step was read: its line, and the column after its key's ":" or "=" (or the item's first column).
  let at = 0
  let column = 0
  for (const step of steps) {
    const index = /^\[(\d+)\]$/.exec(step)?.[1]
    if (index !== undefined) {
      const item = itemOf(lines, at, column, Number(index))
      if (!item) return { line: at + 1 }
      ;[at, column] = item
      continue
    }
    // TOML's table header ([settings.pii]) names each of its keys: the next is looked for in the same header. So does
    // a TOML dotted key (limits.rps = 5), the next looked for after its dot.
    const written = new RegExp(`(^|[\\s{,])(["']?)${literal(step)}\\2\\s*(?:[:=]|\\.(?=\\s*["']?[\\w-]+["']?\\s*[.=]))|^\\s*\\[([\\w-]+\\.)*${literal(step)}(\\.[\\w-]+)*\\]`)
    // A line of comment (`# rps: 0x10, too fast`) names no key.
    const found = lines.findIndex((line, i) => i >= at && !/^\s*(#|\/\/)/.test(line) && written.test(i === at ? line.slice(column) : line))
    if (found < 0) return undefined
    const match = written.exec(found === at ? lines[found]!.slice(column) : lines[found]!)!
    column = (found === at ? column : 0) + (match[0].endsWith("]") ? match.index : match.index + match[0].length)
    at = found
  }
  return { line: at + 1, column }
}

/**
 * The line and column of the n-th item (from 0) of the list written after a key (the key's line, and the column after
 * its ":" or "="): a bracketed list (JSON, a module, YAML's or TOML's flow form) read character by character (strings,
 * comments and nested brackets stepped over), or YAML's "- item" lines under the key. Undefined when neither is there.
 */
function itemOf(lines: string[], line: number, column: number, n: number): [number, number] | undefined {
  const rest = lines.slice(line).join("\n").slice(column)
  const start = /^\s*/.exec(rest)![0].length
  const place = (offset: number): [number, number] => {
    const before = rest.slice(0, offset).split("\n")
    return [line + before.length - 1, before.length === 1 ? column + offset : before.at(-1)!.length]
  }
  if (rest[start] === "[") {
    let depth = 0
    let item = 0
    let seeking = true
    for (let i = start; i < rest.length; i++) {
      const c = rest[i]!
      if (/\s/.test(c)) continue
      if (c === "/" && rest[i + 1] === "/") { i = rest.indexOf("\n", i) < 0 ? rest.length : rest.indexOf("\n", i); continue }
      if (c === "/" && rest[i + 1] === "*") { i = rest.indexOf("*/", i + 2) < 0 ? rest.length : rest.indexOf("*/", i + 2) + 1; continue }
      if (c === "#" && depth >= 1) { i = rest.indexOf("\n", i) < 0 ? rest.length : rest.indexOf("\n", i); continue }
      if (depth === 1 && seeking && c !== "]" && c !== ",") {
        if (item === n) return place(i)
        seeking = false
      }
      if (c === '"' || c === "'" || c === "`") {
        for (i++; i < rest.length && rest[i] !== c; i++) if (rest[i] === "\\") i++
      } else if (c === "[" || c === "{" || c === "(") depth++
      else if (c === "]" || c === "}" || c === ")") {
        if (--depth === 0) return undefined
      } else if (c === "," && depth === 1) {
        item++
        seeking = true
      }
    }
    return undefined
  }
  // YAML's block list: "- item" lines indented alike under the key (the key's own line holds nothing after its ":").
  if (rest.slice(0, rest.indexOf("\n") < 0 ? undefined : rest.indexOf("\n")).trim()) return undefined
  let indent: number | undefined
  let item = 0
  for (let i = line + 1; i < lines.length; i++) {
    const text = lines[i]!
    if (!text.trim() || text.trim().startsWith("#")) continue
    const own = /^\s*/.exec(text)![0].length
    if (indent === undefined) {
      if (!text.trimStart().startsWith("- ") && text.trim() !== "-") return undefined
      indent = own
    }
    if (own < indent) return undefined
    if (own > indent) continue
    if (!text.trimStart().startsWith("-")) return undefined
    if (item++ === n) return [i, own + 2]
  }
  return undefined
}
