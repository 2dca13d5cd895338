import type { Recognizer } from "../../../core/index.ts"
import { card, email, iban, ipAddress, ukNino, usSsn } from "./numbers.ts"
import { person } from "./person.ts"
import { personFields } from "./person-fields.ts"
import { createPhoneRecognizer, DEFAULT_REGIONS, phoneReader, type PhoneReading } from "./phone.ts"
import { createSpokenPhoneRecognizer } from "./phone-spoken.ts"

export { card, email, iban, ipAddress, ukNino, usSsn, person, personFields, createPhoneRecognizer, createSpokenPhoneRecognizer, DEFAULT_REGIONS, phoneReader, type PhoneReading }

/** The entity types the built-ins find, in the order the README's table lists them. */
export const ENTITY_TYPES = ["EMAIL", "PHONE", "CARD", "IBAN", "US_SSN", "UK_NINO", "IP_ADDRESS", "PERSON"] as const
export type EntityType = (typeof ENTITY_TYPES)[number]

/** The built-in recognizers, the phone recognizer reading national numbers in `regions`. */
export function builtinRecognizers(regions: readonly string[] = DEFAULT_REGIONS): Recognizer[] {
  return [email, createPhoneRecognizer(regions), createSpokenPhoneRecognizer(regions), card, iban, usSsn, ukNino, ipAddress, person, personFields]
}
