// A locale: its country, the words its texts are made of, its people's names and how it writes money and postcodes.
export const KEYS = [
  "hi", "thanks", "regards", "myname", "callme", "or", "no", "ext", "mymail", "driver", "neighbour", "sweep", "sitter", "owner",
  "dog", "cat", "season", "wheelchair", "lost", "complaint", "box", "delivery", "chimney", "tree", "kennel", "route", "bus", "ticket",
  "card", "stop", "order", "cert", "chip", "booking", "batch", "on", "from", "to", "price", "total", "note", "customer", "phone",
  "name", "email", "callback", "noted", "mob",
] as const
export type Key = (typeof KEYS)[number]
export type Words = Record<Key, string>

export interface Locale {
  tag: string
  /** The phone country. */
  cc: string
  /** The banking country (none: no IBAN in its texts). */
  bank?: string
  en: boolean
  w: Words
  male: string[]
  female: string[]
  family: string[]
  /** A family name's feminine form, where the language has one. */
  fem?: (f: string) => string
  /** Family name written first (Hungarian). */
  familyFirst?: boolean
  currency: string
  /** '#' a digit, '@' a capital letter. */
  postcode: string[]
  mailHosts: string[]
  tld: string
  ssn?: boolean
  nino?: boolean
}

export function words(line: string, base?: Words): Words {
  const xs = line.split("|")
  const out = {} as Words
  if (!base && xs.length !== KEYS.length) throw new Error(`holdout42: ${xs.length} words for ${KEYS.length} keys in "${xs[0]}"`)
  KEYS.forEach((k, i) => (out[k] = xs[i] === undefined || xs[i] === "" ? base![k] : xs[i]!))
  return out
}

export const DOMAINS = ["bus", "veg", "sweep", "pets"] as const
export type Domain = (typeof DOMAINS)[number]
