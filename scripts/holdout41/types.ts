// The shape of a locale: its country, names, sentences and the way it writes numbers and dates.
import type { CountryCode } from "libphonenumber-js/max"
import type { Rng } from "./rng.ts"

export const DOMAINS = ["boiler", "bikes", "museum", "tutoring"] as const
export type Domain = (typeof DOMAINS)[number]

export interface Names {
  m: string[]
  f: string[]
  /** Family names; a gendered one is `masculine|feminine`. */
  family: string[]
  /** Titles before a family name, outside the span: masculine, feminine. */
  title: [string, string]
  /** Latin letters for an email address (Greek and Cyrillic). */
  latin?: (s: string) => string
}

export interface Keys {
  name: string; first: string; last: string; phone: string; email: string; ref: string; date: string; note: string
  subject: string; from: string; to: string; sent: string; amount: string; post: string; time: string
}

/**
 * Sentences with slots. People: `{given}` `{name}` `{agent}` `{third}`; contact: `{phone}` `{email}`;
 * money and ids: `{card}` `{iban}` `{ssn}` `{nino}`; the businesses' numbers: boiler `{serial}` `{model}` `{gasid}`
 * `{job}` `{bar}`, bikes `{frame}` `{dock}` `{bikejob}`, museum `{member}` `{giftaid}` `{acc}`, tutoring `{cand}`
 * `{centre}` `{grade}` `{score}`; everyday values `{amount}` `{date}` `{time}` `{range}` `{dur}` `{post}`.
 */
export interface Words {
  hi: string[]
  bye: string[]
  me: string[]
  call: string[]
  /** The word joining two numbers ("or"). */
  or: string
  mail: string[]
  pay: string[]
  id?: string[]
  topic: Record<Domain, string[]>
  third: Record<Domain, string[]>
  /** Sentences with a `[Word]` that is also a name, used as a word, a place or a business. */
  words: string[]
  vm: string[]
  thanks: string[]
  keys: Keys
}

export interface Fmt {
  dec: "," | "."
  thou: string
  money: string[]
  /** Patterns of d, m, y, M (month name) and separators. */
  date: string[]
  months: string[]
  clock: "24" | "12" | "dot"
  /** Patterns with `{h}` and `{m}` (or `{m}` alone). */
  dur: string[]
  post: (r: Rng) => string
}

export interface Locale {
  tag: string
  country: CountryCode
  iban: string[]
  ssn?: boolean
  nino?: boolean
  /** English voicemails say the digits in words; elsewhere the caller's pauses split the groups. */
  spoken: boolean
  /** The extension word written after a number, and the abbreviation for "number". */
  ext: string
  nr: string
  names: Names
  w: Words
  fmt: Fmt
  biz: Record<Domain, string>
  /** A personal mail host of the country, and the top-level domain of its businesses. */
  host: string
  tld: string
}
