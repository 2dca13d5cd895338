// What a text's writer knows: its locale, business, kind, plan and randomness.
import type { LocalFormats } from "./local-formats.ts"
import type { Domain, Key, Locale } from "./locale-types.ts"
import type { Person } from "./people.ts"
import type { Rng } from "./prng.ts"

export type Extra = "card" | "iban" | "ssn" | "nino" | "ip" | "natid" | "luhn-invalid" | "iban-checksum" | "ssn-invalid" | "nino-invalid"

export interface Plan {
  negOnly: boolean
  main: Person
  /** The domain's third party: the driver, the partner, the ticket holder or the deceased. */
  other?: Person
  /** A funeral's next of kin, when the caller is not. */
  kin?: Person
  agent?: Person
  phones: 0 | 1 | 2
  ext: boolean
  email: boolean
  bizEmail: boolean
  extras: Extra[]
  word?: string
  emoji: boolean
  topics: string[]
  ref: boolean
  postcode: boolean
  version: boolean
}

export interface Ctx {
  rng: Rng
  loc: Locale
  keys: Record<Key, string>
  f: LocalFormats
  domain: Domain
  kind: string
  plan: Plan
}
