// What the pii plugin's settings, routes and scrub rule name without loading a recognizer: the entity types and the
// regions read by default. The recognizers (their word lists and patterns) load only when an
// analyzer is first needed (loaded.ts).

/** The entity types the built-ins find, in the order the README's table lists them. */
export const ENTITY_TYPES = ["EMAIL", "PHONE", "CARD", "IBAN", "US_SSN", "UK_NINO", "IP_ADDRESS", "PERSON"] as const
export type EntityType = (typeof ENTITY_TYPES)[number]

// Presidio's names for the same types, which a user coming from it writes: EMAIL_ADDRESS was answered with
// "did you mean IP_ADDRESS?" (the nearest in letters), PHONE_NUMBER and CREDIT_CARD with no word at all.
const PRESIDIO: Record<string, EntityType> = { EMAIL_ADDRESS: "EMAIL", PHONE_NUMBER: "PHONE", CREDIT_CARD: "CARD", IBAN_CODE: "IBAN" }

/**
 * ` (did you mean "EMAIL"? Presidio's EMAIL_ADDRESS is EMAIL here)` for a type written by its Presidio name (any case),
 * else "". Only said, never taken.
 */
export function entityNameHint(name: string): string {
  const upper = name.trim().toUpperCase()
  // Several types in one item (["EMAIL,PHONE"]): each type is its own item of the list.
  const parts = upper.split(/[\s,;]+/).filter(Boolean)
  if (parts.length > 1 && parts.every((p) => (ENTITY_TYPES as readonly string[]).includes(p))) return ` (one type an item: ${JSON.stringify(parts)})`
  const meant = PRESIDIO[upper]
  return meant ? ` (did you mean "${meant}"? Presidio's ${upper} is ${meant} here)` : ""
}

/**
 * Regions a national number (no `+` or `00`) is read in when none are configured: the US (and, by its plan, Canada),
 * every EU/EEA country, the UK and Switzerland. A European contact center meets its neighbours' national numbers;
 * on both labeled corpora the wider list found 10 more national numbers and no more false positives than the
 * western-European one (the shapes of postcodes and references are refused before any region is tried).
 */
export const DEFAULT_REGIONS = ["US", "GB", "IE", "DE", "AT", "CH", "FR", "BE", "ES", "NL", "IT", "PT", "LU", "DK", "SE", "NO", "FI", "IS", "PL", "CZ", "SK", "HU", "SI", "HR", "RO", "BG", "GR", "CY", "MT", "EE", "LV", "LT", "LI"]

