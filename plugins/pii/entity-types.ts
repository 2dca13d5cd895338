import { didYouMean, numberHint, otherWordHint } from "../../core/index.ts"

// What the pii plugin's settings, routes and scrub rule name without loading a recognizer: the entity types and the
// regions read by default. The recognizers (their word lists and patterns) load only when an
// analyzer is first needed (loaded.ts).

/** The entity types the built-ins find, in the order the README's table lists them. */
export const ENTITY_TYPES = ["EMAIL", "PHONE", "CARD", "IBAN", "US_SSN", "UK_NINO", "IP_ADDRESS", "PERSON"] as const
export type EntityType = (typeof ENTITY_TYPES)[number]

// Other tools' names for the same types, which a user coming from one writes: Presidio's EMAIL_ADDRESS was answered
// with "did you mean IP_ADDRESS?" (the nearest in letters), PHONE_NUMBER and CREDIT_CARD with no word at all; so were
// AWS Comprehend's (SSN, NAME) and Google Cloud DLP's (PERSON_NAME, US_SOCIAL_SECURITY_NUMBER).
const OTHER_TOOLS: Record<string, [EntityType, string]> = {
  EMAIL_ADDRESS: ["EMAIL", "Presidio's"], PHONE_NUMBER: ["PHONE", "Presidio's"], CREDIT_CARD: ["CARD", "Presidio's"], IBAN_CODE: ["IBAN", "Presidio's"],
  SSN: ["US_SSN", "AWS Comprehend's"], NAME: ["PERSON", "AWS Comprehend's"], CREDIT_DEBIT_NUMBER: ["CARD", "AWS Comprehend's"],
  INTERNATIONAL_BANK_ACCOUNT_NUMBER: ["IBAN", "AWS Comprehend's"], PERSON_NAME: ["PERSON", "Google DLP's"],
  CREDIT_CARD_NUMBER: ["CARD", "Google DLP's"], US_SOCIAL_SECURITY_NUMBER: ["US_SSN", "Google DLP's"],
  UK_NATIONAL_INSURANCE_NUMBER: ["UK_NINO", "Google DLP's and AWS Comprehend's"],
}

/**
 * ` (did you mean "EMAIL"? Presidio's EMAIL_ADDRESS is EMAIL here)` for a type written by another tool's name (any
 * case), else "". Only said, never taken.
 */
export function entityNameHint(name: string): string {
  const upper = name.trim().toUpperCase()
  // Several types in one item (["EMAIL,PHONE"]): each type is its own item of the list.
  const parts = upper.split(/[\s,;]+/).filter(Boolean)
  if (parts.length > 1 && parts.every((p) => (ENTITY_TYPES as readonly string[]).includes(p))) return ` (one type an item: ${JSON.stringify(parts)})`
  const other = Object.hasOwn(OTHER_TOOLS, upper) ? OTHER_TOOLS[upper] : undefined
  return other ? ` (did you mean "${other[0]}"? ${other[1]} ${upper} is ${other[0]} here)` : ""
}

/**
 * Regions a national number (no `+` or `00`) is read in when none are configured: the US (and, by its plan, Canada),
 * every EU/EEA country, the UK and Switzerland. A European contact center meets its neighbours' national numbers;
 * on both labeled corpora the wider list found 10 more national numbers and no more false positives than the
 * western-European one (the shapes of postcodes and references are refused before any region is tried).
 */
export const DEFAULT_REGIONS = ["US", "GB", "IE", "DE", "AT", "CH", "FR", "BE", "ES", "NL", "IT", "PT", "LU", "DK", "SE", "NO", "FI", "IS", "PL", "CZ", "SK", "HU", "SI", "HR", "RO", "BG", "GR", "CY", "MT", "EE", "LV", "LT", "LI"]


/** Presidio's anonymizer operators by the mode here that does what they do, for --mode and a `mode` key. */
export const MODE_WORDS = {
  replace: ["tag", "Presidio's replace operator (<EMAIL_ADDRESS>) is tag here"],
  hash: ["hmac", "Presidio's hash operator is hmac here, keyed with CXEDGE_HMAC_KEYS"],
} as const

/** A mode's refusal: the list, and the mode meant when another tool's word or a slip was written. */
export const modeRule = (modes: readonly string[]) => (issue: { input: unknown }) =>
  `must be one of ${modes.join(", ")}${typeof issue.input === "string" ? otherWordHint(issue.input, MODE_WORDS) || didYouMean(issue.input, modes) : ""}`

/** `minScore`'s upper bound, and the ratio a percentage without its sign (50) means: `50 as a percentage is 0.5`. */
export const scoreAtMostOne = (issue: { input: unknown }) => `must be at most 1${typeof issue.input === "number" ? numberHint(String(issue.input), { min: 0, max: 1 }, false) : ""}`

/**
 * The highest score the built-in recognizers give each type, read from their code: a recognizer's declared `score` is
 * only its base (phone declares 0.75 and gives 0.85 near a word such as "call"; person declares 0.6 and gives 0.97 in
 * a list of surnames), and a context boost can lift a checked number to 1. test/plugins/pii/top-scores.test.ts fails
 * when a recognizer scores above these; raise the number here with the recognizer.
 */
export const TOP_SCORES: Readonly<Record<EntityType, number>> = { EMAIL: 0.95, PHONE: 0.85, CARD: 1, IBAN: 1, US_SSN: 1, UK_NINO: 1, IP_ADDRESS: 0.9, PERSON: 0.97 }

/**
 * The highest minScore that can still report a finding of `entities` (default every type): above it every
 * recognizer asked for is off, and an email went through `POST /v1/deidentify` in clear with a 200.
 */
export function highestUsefulMinScore(entities: readonly string[] = ENTITY_TYPES): { score: number; types: string } {
  const known = entities.filter((e): e is EntityType => Object.hasOwn(TOP_SCORES, e))
  const score = known.length < entities.length ? 1 : Math.max(...known.map((e) => TOP_SCORES[e]))
  return { score, types: entities.length === ENTITY_TYPES.length ? "any type" : entities.join(", ") }
}

/** `must be at most 0.95: ...` for a minScore no finding of `entities` reaches, ending in `fix`; else undefined. */
export function unreachableMinScore(minScore: number | undefined, entities?: readonly string[], fix = "lower it, or name more entities"): string | undefined {
  if (minScore === undefined) return undefined
  const top = highestUsefulMinScore(entities)
  if (minScore <= top.score) return undefined
  return `must be at most ${top.score}: no finding of ${top.types} scores above that, so ${minScore} would find nothing and leave every text as it is: ${fix}`
}
