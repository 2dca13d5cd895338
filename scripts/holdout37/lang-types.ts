// What a language brings to the corpus: its regions (country, names, places), its words,
// and the names that are also ordinary words.
import type { CountryCode } from "libphonenumber-js/max"

export interface Region {
  cc: CountryCode
  /** Where the texts are from (a heading or a branch name, never a person). */
  places: string[]
  given: string[]
  family: string[]
  domains: string[]
}

export interface Words {
  hi: string; thanks: string; callMe: string; or: string; name: string; phone: string; mobile: string; email: string
  customer: string; agent: string; re: string; callback: string; spoke: string; bye: string; contact: string; ext: string
}

/** A name that is also a word: `phrase` uses the word ordinarily, marked as [word]. */
export interface WordName { name: string; phrase: string }

export interface Lang {
  code: string
  regions: Region[]
  w: Words
  wordNames: WordName[]
  /** Half of its texts are written decomposed (NFD). */
  nfd: boolean
  iban: string[]
  /** The language's own words for the keys of phone-shaped business numbers (English when absent). */
  keys?: Record<string, string>
}

const PARTICLES = new Set(["van", "der", "den", "de", "du", "le", "la", "di", "da", "dos", "del", "bin", "binti", "ap", "al", "von", "ter", "o"])

/** The parts of a name the name-part rule looks for (particles are too common to require). */
export const partsOf = (given: string, family: string) =>
  `${given} ${family}`.split(/[ -]+/).filter((p) => p.length > 1 && !PARTICLES.has(p.toLowerCase()))

/** Gender marks (`/m`, `/f`) pair Malay and Slavic given names with the family names that agree. */
export function splitMark(s: string): [string, string | undefined] {
  const m = /^(.*)\/([mf])$/.exec(s)
  return m ? [m[1]!, m[2]] : [s, undefined]
}
