import type { ArgDef } from "citty"
import { unexpandedHome } from "../core/env-var.ts"

/**
 * A file or directory named with a ~ the shell left unexpanded, or with white space before or after it, or of white space only: `subject export --out
 * " s.json"` trimmed the name in silence while `anonymize --out " o.jsonl"` wrote a file whose name starts with a space.
 * Every command's flag or argument that declares `valueHint: "file"` (or `"dir"`) is checked here, before it runs, so
 * they all answer alike; the value is refused, never trimmed (a name may truly end in a space).
 * @example pathProblem("--out", " o.jsonl", def) // '--out " o.jsonl" has white space before the name: write "o.jsonl", without it'
 */
export function pathProblem(named: string, value: string, def: ArgDef): string | undefined {
  if (def.valueHint !== "file" && def.valueHint !== "dir") return undefined
  // `--storage-dir=~/st` or `"~/st"`: a shell expands ~ only where a word starts, unquoted.
  const home = unexpandedHome(named, value, `by the shell after = or inside quotes (${named} ~${value.slice(1)}, with a space and no quotes, is)`)
  if (home) return home
  if (value.trim() === value) return undefined
  if (!value.trim()) {
    // A flag that also reads standard input says so in its description (`pii scan --file`, `pii redact --file`).
    const stdin = /standard input/.test(def.description ?? "") ? ", or - for standard input" : ""
    return `${named} is only white space: name the ${def.valueHint === "dir" ? "directory" : "file"}${stdin}`
  }
  const where = value.trimStart() === value ? "after" : value.trimEnd() === value ? "before" : "around"
  return `${named} ${JSON.stringify(value)} has white space ${where} the name: write ${JSON.stringify(value.trim())}, without it`
}
