import { definePlugin } from "../../core/index.ts"
import { createAnalyzer, type Analyzer } from "./analyzer.ts"
import { piiRoutes } from "./routes.ts"
import { PiiSettings } from "./settings.ts"

export { analyze, createAnalyzer, DEFAULT_MIN_SCORE } from "./analyzer.ts"
export type { AnalyzeOptions, Analyzer } from "./analyzer.ts"
export { builtinRecognizers, ENTITY_TYPES, DEFAULT_REGIONS, card, email, iban, ipAddress, person, ukNino, usSsn, createPhoneRecognizer } from "./recognizers/index.ts"
export type { EntityType } from "./recognizers/index.ts"
export { PiiSettings } from "./settings.ts"

/**
 * Free-text PII recognizers: `setup` returns an analyzer built from
 * `settings.pii`, which the scrub transform, `cxedge pii` and the inspect
 * routes share. Not loaded by default yet.
 */
export default definePlugin({
  name: "pii",
  version: "0.1.0",
  description: "Find personal data in free text (emails, phones, cards, IBANs, SSNs, NINOs, IPs, names)",
  config: PiiSettings,
  setup(_rt, settings): Analyzer {
    return createAnalyzer(settings)
  },
  routes: piiRoutes,
})
