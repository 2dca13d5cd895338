import type { FileAccess } from "../../core/index.ts"
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
