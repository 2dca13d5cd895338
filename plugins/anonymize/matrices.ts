import analytics from "../../matrices/analytics.json" with { type: "json" }
import gdpr from "../../matrices/gdpr.json" with { type: "json" }
import pci from "../../matrices/pci.json" with { type: "json" }
import seedExample from "../../matrices/seed-example.json" with { type: "json" }

/** The shipped matrices by name, bundled so a Worker (which has no files) can use them too. */
export const builtinMatrices: Record<string, unknown> = { gdpr, pci, analytics, "seed-example": seedExample }
