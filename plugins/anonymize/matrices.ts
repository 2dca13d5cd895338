import { ConfigError, didYouMean, type FileAccess } from "../../core/index.ts"
import analytics from "../../matrices/analytics.json" with { type: "json" }
import gdpr from "../../matrices/gdpr.json" with { type: "json" }
import messages from "../../matrices/messages.json" with { type: "json" }
import notes from "../../matrices/notes.json" with { type: "json" }
import pci from "../../matrices/pci.json" with { type: "json" }
import seedExample from "../../matrices/seed-example.json" with { type: "json" }

/** The shipped matrices by name, bundled so a Worker (which has no files) can use them too. */
export const builtinMatrices: Record<string, unknown> = { gdpr, pci, analytics, messages, notes, "seed-example": seedExample }

/** The shipped matrices' names, for a message that lists them. */
export const shippedNames = Object.keys(builtinMatrices).join(", ")

/** What names a shipped matrix and nothing else (`builtin:gdpr`), whatever files the working directory holds. */
export const BUILTIN_PREFIX = "builtin:"

/**
 * A shipped matrix named on the command line (`--matrix gdpr`, `--matrix builtin:gdpr`), which a binary or an npm
 * install carries; undefined for anything else (a path). A bare name that is also a file here (`gdpr`, `gdpr.json`) is
 * refused naming both: `gdpr` ran the file, while `gdpr` beside a `gdpr.json` ran the shipped one, and neither said so.
 */
export async function shippedMatrix(name: string, files: FileAccess): Promise<unknown> {
  if (name.startsWith(BUILTIN_PREFIX)) {
    const bare = name.slice(BUILTIN_PREFIX.length)
    if (!Object.hasOwn(builtinMatrices, bare)) throw new ConfigError("matrix", `${name} names no shipped matrix${didYouMean(bare, Object.keys(builtinMatrices))}: give ${BUILTIN_PREFIX} and one of ${shippedNames}`)
    return builtinMatrices[bare]
  }
  if (!Object.hasOwn(builtinMatrices, name)) return undefined
  const local: string[] = []
  for (const file of [name, `${name}.json`]) if (await files.exists(file)) local.push(`./${file}`)
  if (local.length) {
    throw new ConfigError("matrix", `"${name}" names both the shipped matrix ${name} and the file ${local.join(" and the file ")} in this directory: give ${local.join(" or ")} for the file, or ${BUILTIN_PREFIX}${name} for the shipped matrix`)
  }
  return builtinMatrices[name]
}

/** The shipped matrix's own name (`gdpr` for `builtin:gdpr`), as a plan records where its matrix came from. */
export const shippedName = (name: string) => (name.startsWith(BUILTIN_PREFIX) ? name.slice(BUILTIN_PREFIX.length) : name)

/**
 * What a matrix named by a string where a name or an object goes (a route's body, a retention policy) was meant as:
 * the matrix's JSON sent as a string, or a file's path (only the CLI and a cxedge.config.ts read files); else the
 * shipped name nearest. Never quotes the string.
 * @example nameHint("matrices/gdpr.json", "send the matrix object") // " (a file's path: no file is read here; send the matrix object)"
 */
export function matrixNameHint(given: string, instead: string): string {
  const text = given.trim()
  if (/^[{[]/.test(text)) return ` (it is a matrix's JSON in a string: ${instead} itself, not as a string)`
  if (/[/\\]|\.json$/i.test(text)) return ` (a file's path: no file is read here; ${instead})`
  return didYouMean(given, Object.keys(builtinMatrices))
}
