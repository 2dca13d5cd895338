// What a locale brings: its country, names, places and words. Templates hold slots ({name},
// {phone}, {trk} ...) filled with labeled values, and [word] for a name-word used as a word.
import type { CountryCode } from "libphonenumber-js/max"

export const DOMAINS = ["courier", "council", "tickets", "funeral"] as const
export type Domain = (typeof DOMAINS)[number]
export type Role = "driver" | "partner" | "holder" | "deceased" | "kin"

/** Form keys, in this order: a locale writes them as one `|`-separated line. */
export const KEY_NAMES = [
  "name", "phone", "email", "card", "iban", "note", "agent", "date", "time", "amount", "postcode", "natid", "ref",
  "trk", "locker", "pin", "permit", "plate", "ctax", "property", "order", "ticket", "seat", "gate", "plot", "grave", "booking",
  "driver", "partner", "holder", "deceased", "kin",
] as const
export type Key = (typeof KEY_NAMES)[number]

export interface Words {
  hi: string[]
  bye: string[]
  thanks: string
  or: string
  ext: string
  /** Templates with {name}. */
  intro: string[]
  /** Templates with {phone} (one number, or two joined by `or`). */
  call: string[]
  /** Templates with {email}. */
  mail: string[]
  help: string
  ask: string
  done: string
  cust: string
  agent: string
  caller: string
  summary: string
  keys: string
  roles: Record<Role, string[]>
  subject: Record<Domain, string>
  /** Sentences about a case, with the business's own numbers as slots; no person in them. */
  topics: Record<Domain, string[]>
  /** Sentences using a name-word as an ordinary word, marked [word]. */
  words: string[]
  /** Templates with {ssn} / {nino}, for the locales whose texts carry them. */
  ssn?: string[]
  nino?: string[]
}

export interface Locale {
  tag: string
  cc: CountryCode
  /** The country of the IBANs its texts carry, when it has IBANs. */
  iban?: string
  /** Extras its texts may carry beyond the common ones. */
  ssn?: boolean
  nino?: boolean
  /** A third of its texts are written with decomposed accents (NFD). */
  nfd: boolean
  /** The family name comes first in full names (Hungarian). */
  familyFirst?: boolean
  /** Given names; `/f` and `/m` pair them with family names that agree. */
  given: string[]
  family: string[]
  domains: string[]
  cities: string[]
  brands: Record<Domain, string>
  w: Words
}

export function keysOf(w: Words): Record<Key, string> {
  const parts = w.keys.split("|")
  if (parts.length !== KEY_NAMES.length) throw new Error(`keys line has ${parts.length} parts, wants ${KEY_NAMES.length}`)
  return Object.fromEntries(KEY_NAMES.map((k, i) => [k, parts[i]!])) as Record<Key, string>
}

export const splitMark = (s: string): [string, string | undefined] => {
  const m = /^(.*)\/([mf])$/.exec(s)
  return m ? [m[1]!, m[2]] : [s, undefined]
}
