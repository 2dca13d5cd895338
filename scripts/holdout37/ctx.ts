// What a text's writer knows while writing: its language, region, business and randomness.
import type { CountryCode } from "libphonenumber-js/max"
import type { Doc } from "./doc.ts"
import type { Lang, Region } from "./lang-types.ts"
import type { Rng } from "./prng.ts"

/** `key` as a person writes it; `code` as software names it (json, yaml, csv, log), when they differ. */
export interface Field { key: string; code?: string; put(d: Doc): void }

export interface Business {
  key: string
  brands: string[]
  /** English sentences about the case (no labels in them). */
  topics: string[]
  fields(c: Ctx): Field[]
}

export interface Ctx {
  rng: Rng
  lang: Lang
  region: Region
  /** Every phone country of the language: a business number must be a valid phone in none. */
  regions: CountryCode[]
  biz: Business
  kind: string
}
