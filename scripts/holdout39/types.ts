// The shape of a locale: its country, names, words and the way it writes numbers.
import type { CountryCode } from "libphonenumber-js/max"
import type { Rng } from "./rng.ts"

export const DOMAINS = ["pharmacy", "driving", "charity", "marina"] as const
export type Domain = (typeof DOMAINS)[number]

export interface Names {
  m: string[]
  f: string[]
  /** Family names; a gendered one is written `masculine|feminine`. */
  family: string[]
  /** Titles written before a family name (outside the span), masculine then feminine. */
  title: [string, string]
}

export interface Keys { name: string; first: string; last: string; phone: string; email: string; card: string; iban: string; ref: string; note: string; date: string }

export interface Words {
  /** Openings that name someone: `{given}` the person written to or writing. */
  hi: string[]
  /** Sign-offs ending in `{name}`. */
  bye: string[]
  /** "my name is {name}" in the language. */
  me: string[]
  /** Asking to be called back on `{phone}`. */
  call: string[]
  /** Two numbers: `{phone}` and `{phone2}` joined by the language's "or". */
  call2: string[]
  mail: string[]
  /** The domain's own business: sentences with its reference numbers, amounts, dates and times. */
  topics: Record<Domain, string[]>
  /** The domain's third party named: prescriber or carer, instructor, executor, skipper. */
  third: Record<Domain, string[]>
  /** Sentences where a word that is also a name is an ordinary word, a place, a drug or a boat: `[Word]`. */
  words: string[]
  /** An agent speaking: `{agent}`. */
  agent: string[]
  /** A voicemail's opening, naming the caller `{name}`. */
  vm: string[]
  keys: Keys
}

export interface Formats {
  /** Decimal and thousands separators, and how an amount is written: `{n}` is the number. */
  dec: "," | "."
  thou: string
  money: string[]
  /** d, m, y order and separator, e.g. `d.m.y`, `m/d/y`, `y-m-d`. */
  date: string[]
  clock: "24" | "12" | "dot" | "h"
  post: (rng: Rng) => string
  /** Maritime identification digits of the country's ships. */
  mid: number[]
}

export interface Locale {
  tag: string
  country: CountryCode
  /** The IBAN country, when the country uses IBANs. */
  iban?: string
  ssn?: number
  nino?: number
  names: Names
  w: Words
  fmt: Formats
  /** Business names and mail hosts per domain. */
  biz: Record<Domain, [string, string]>
  hosts: string[]
  /** Whole names drawn apart from the given and family lists (Malay names with bin or binte). */
  whole?: Array<["m" | "f", string, string]>
}
