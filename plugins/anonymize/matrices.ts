import analytics from "../../matrices/analytics.json"
import gdpr from "../../matrices/gdpr.json"
import pci from "../../matrices/pci.json"
import seedExample from "../../matrices/seed-example.json"

/** The shipped matrices by name, bundled so a Worker (which has no files) can use them too. */
export const builtinMatrices: Record<string, unknown> = { gdpr, pci, analytics, "seed-example": seedExample }
