// The pii plugin (plugin.ts) and its public pieces: the analyzer, the recognizers, scrub. Importing this module loads
// the recognizers; the built-in manifests import plugin.ts, which loads them only when the plugin is set up.
export { default, type PiiState } from "./plugin.ts"
export { analyze, createAnalyzer, DEFAULT_MIN_SCORE } from "./analyzer.ts"
export type { AnalyzeOptions, Analyzer } from "./analyzer.ts"
export { builtinRecognizers, ENTITY_TYPES, DEFAULT_REGIONS, card, cardSaid, email, emailSaid, iban, ipAddress, person, ukNino, usSsn, usSsnSaid, createPhoneRecognizer } from "./recognizers/index.ts"
export type { EntityType } from "./recognizers/index.ts"
export { PiiSettings } from "./settings.ts"
export { scrub } from "./scrub.ts"
export { SCRUB_MODES, type ScrubMode } from "./scrub-output.ts"
