import { didYouMean, type FileAccess } from "../../core/index.ts"
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

/**
 * A shipped matrix named on the command line (`--matrix gdpr`), which a binary or an npm install
 * carries; undefined when a file of that name exists, so a path that worked before means what it meant.
 */
export async function shippedMatrix(name: string, files: FileAccess): Promise<unknown> {
  return Object.hasOwn(builtinMatrices, name) && !(await files.exists(name)) ? builtinMatrices[name] : undefined
}

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
