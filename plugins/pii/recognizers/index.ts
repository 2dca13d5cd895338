import type { Recognizer } from "../../../core/index.ts"
import { card, email, iban, ukNino, usSsn } from "./numbers.ts"
import { ipAddress } from "./ip-address.ts"
import { person } from "./person.ts"
import { personFields } from "./person-fields.ts"
import { personContacts } from "./person-contacts.ts"
import { personScript } from "./person-script.ts"
import { personHandle } from "./person-handle.ts"
import { createPhoneRecognizer, DEFAULT_REGIONS, phoneReader, type PhoneReading } from "./phone.ts"
import { createSpokenPhoneRecognizer } from "./phone-spoken.ts"
import { createSaidPhoneRecognizer } from "./phone-said.ts"
import { usSsnSaid } from "./ssn-said.ts"
import { cardSaid } from "./card-said.ts"
import { emailSaid } from "./email-said.ts"

export { card, cardSaid, email, emailSaid, iban, ipAddress, ukNino, usSsn, usSsnSaid, person, personFields, personContacts, personScript, personHandle, createPhoneRecognizer, createSpokenPhoneRecognizer, createSaidPhoneRecognizer, DEFAULT_REGIONS, phoneReader, type PhoneReading }

export { ENTITY_TYPES, type EntityType } from "../entity-types.ts"

/** The built-in recognizers, the phone recognizer reading national numbers in `regions`. */
export function builtinRecognizers(regions: readonly string[] = DEFAULT_REGIONS): Recognizer[] {
  return [email, emailSaid, createPhoneRecognizer(regions), createSpokenPhoneRecognizer(regions), createSaidPhoneRecognizer(regions), card, cardSaid, iban, usSsn, usSsnSaid, ukNino, ipAddress, person, personFields, personContacts, personScript, personHandle]
}
