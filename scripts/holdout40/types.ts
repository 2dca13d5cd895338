// The shape of a locale: its country, its people's names, its sentences and how it writes numbers.
import type { CountryCode } from "libphonenumber-js/max"
import type { Rng } from "./rng.ts"

export const DOMAINS = ["optician", "staffing", "funeral", "caravan"] as const
export type Domain = (typeof DOMAINS)[number]

export interface Names {
  m: string[]
  f: string[]
  /** Family names; a gendered one is written `masculine|feminine` (Icelandic: `-son|-dóttir`). */
  family: string[]
  /** Titles before a family name, outside the span: masculine, feminine. */
  title: [string, string]
  /** The language writes the family name first (Hungarian). */
  familyFirst?: boolean
}

export interface Keys {
  name: string; first: string; last: string; phone: string; email: string; ref: string; date: string; note: string
  subject: string; customer: string; agent: string; fwd: string; from: string; to: string; sent: string; amount: string; post: string
}

/**
 * Sentences with slots. People: `{given}` `{name}` `{agent}` `{third}`; contact: `{phone}` `{phone2}` `{email}`;
 * money and ids: `{card}` `{iban}` `{ssn}` `{nino}`; the businesses' numbers: `{lens}` `{sku}` `{plan}` `{repair}`,
 * `{cand}` `{ts}` `{payref}` `{taxref}`, `{fplan}` `{reg}` `{plot}`, `{pitch}` `{vreg}` `{vin}` `{meter}`;
 * everyday values: `{amount}` `{date}` `{time}` `{dur}` `{post}` `{pref}`. `[Word]` is a word that is also a name.
 */
export interface Words {
  hi: string[]
  bye: string[]
  me: string[]
  call: string[]
  call2: string[]
  mail: string[]
  card: string[]
  iban: string[]
  /** Sentences carrying `{ssn}` or `{nino}`, for locales whose texts meet them. */
  id?: string[]
  topic: Record<Domain, string[]>
  third: Record<Domain, string[]>
  words: string[]
  agent: string[]
  /** A voicemail's opening, naming the caller. */
  vm: string[]
  /** The number being read out in a voicemail: `{phone}`. */
  vmcall: string[]
  /** A line with nobody named, to close a message. */
  thanks: string[]
  keys: Keys
}

export interface Fmt {
  dec: "," | "."
  thou: string
  /** `{n}` is the number. */
  money: string[]
  /** Patterns of d, m, y (or `M` for the month's name) and separators. */
  date: string[]
  months: string[]
  clock: "24" | "12" | "h" | "dot"
  post: (r: Rng) => string
}

export interface Locale {
  tag: string
  country: CountryCode
  /** IBAN countries the texts draw from (their own, or a neighbour's for diaspora). */
  iban: string[]
  ssn?: boolean
  nino?: boolean
  /** Spoken digits in voicemails (English) or groups written as the caller paused. */
  spoken: boolean
  names: Names
  w: Words
  fmt: Fmt
  biz: Record<Domain, [string, string]>
  hosts: string[]
}
