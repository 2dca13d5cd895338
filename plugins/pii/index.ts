import { definePlugin, type Finding } from "../../core/index.ts"
import { createAnalyzer, type Analyzer } from "./analyzer.ts"
import { piiRoutes } from "./routes.ts"
import { scrub } from "./scrub.ts"
import { isPlaceholder, outsidePlaceholders } from "./scrub-output.ts"
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

const MAY_HOLD_PII = /[0-9@:]|\p{Lu}/u

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
    // Every built-in recognizer needs a digit, an @, a colon (IPv6) or a capital letter (a name); a deny
    // list can name anything. Most transformed values (empty, generalized, masked) have none of these.
    const needsScan = settings.deny?.length ? () => true : (text: string) => MAY_HOLD_PII.test(text)
    return { ...analyzer, residual: (text) => (needsScan(text) && !isPlaceholder(text) ? outsidePlaceholders(text, analyzer.analyze(text)) : []) }
  },
  routes: piiRoutes,
})
