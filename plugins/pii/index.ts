import { definePlugin, type Finding } from "../../core/index.ts"
import { createAnalyzer, type Analyzer } from "./analyzer.ts"
import { piiRoutes } from "./routes.ts"
import { scrub } from "./scrub.ts"
import { outsidePlaceholders } from "./scrub-output.ts"
import { PiiSettings } from "./settings.ts"

export { analyze, createAnalyzer, DEFAULT_MIN_SCORE } from "./analyzer.ts"
export type { AnalyzeOptions, Analyzer } from "./analyzer.ts"
export { builtinRecognizers, ENTITY_TYPES, DEFAULT_REGIONS, card, email, iban, ipAddress, person, ukNino, usSsn, createPhoneRecognizer } from "./recognizers/index.ts"
export type { EntityType } from "./recognizers/index.ts"
export { PiiSettings } from "./settings.ts"
export { scrub } from "./scrub.ts"
export { SCRUB_MODES, type ScrubMode } from "./scrub-output.ts"

/** The plugin's state: the analyzer built from `settings.pii`, and the residual check validation runs on every transformed value. */
export interface PiiState extends Analyzer {
  /** Findings in a transformed value, leaving out scrub's own output and keyed tokens. */
  residual(text: string): Finding[]
}

/**
 * Free-text PII: the recognizers, the `scrub` transform, and (what `setup`
 * returns) an analyzer built from `settings.pii` whose `residual` check the
 * anonymize plugin runs on every transformed value; the server's
 * `POST /v1/inspect` and `/v1/deidentify` (routes.ts).
 */
export default definePlugin({
  name: "pii",
  version: "0.1.0",
  description: "Find personal data in free text (emails, phones, cards, IBANs, SSNs, NINOs, IPs, names)",
  config: PiiSettings,
  transforms: [scrub],
  setup(_rt, settings): PiiState {
    const analyzer = createAnalyzer(settings)
    return { ...analyzer, residual: (text) => outsidePlaceholders(text, analyzer.analyze(text)) }
  },
  routes: piiRoutes,
})
