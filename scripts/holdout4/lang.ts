// What a genre needs to know about a language: its people, phrases, regions and formats.
import type { CountryCode } from "libphonenumber-js/max"

export interface Lang {
  code: string // the corpus `lang`
  variant: string // us, gb, or the language code
  origins: readonly string[] // local origins first, mixed with the others by the generator
  regions: readonly CountryCode[] // phone regions of callers and offices
  ibans: readonly string[]
  titles: readonly string[]
  hi: readonly string[]
  bye: readonly string[]
  intro: readonly string[] // "my name is", "this is"
  reach: readonly string[] // "you can reach me on"
  mail: readonly string[] // "my email is"
  cardIs: readonly string[]
  ibanIs: readonly string[]
  digits: readonly string[] // zero..nine spelled out
  lines: readonly string[] // ordinary complaint/request sentences, no PII
  agentLines: readonly string[]
  callback: string // "callback requested on"
  order: string // "order"
  invoice: string
  amount: (n: number, cents: number) => string
  date: (d: number, m: number, y: number) => string
  time: (h: number, min: number) => string
  postcodes: readonly string[]
  streets: readonly string[]
  nameWords: ReadonlyArray<readonly [string, string, string]> // before, ordinary word, after
  headers: { first: string; last: string; phone: string; email: string; note: string; city: string }
  spokenIntro: string // voicemail: "hi this is"
  voicemailTail: readonly string[]
  signRole: readonly string[] // job titles in signatures
  tel: string
  mobile: string
  fax: string
  subject: string
  wrote: string // "On {date}, {name} wrote:" pattern joiner
  fwd: string
}

const pad = (n: number): string => String(n).padStart(2, "0")
export const dmyDots = (d: number, m: number, y: number): string => `${pad(d)}.${pad(m)}.${y}`
export const dmySlash = (d: number, m: number, y: number): string => `${pad(d)}/${pad(m)}/${y}`
export const hm = (h: number, m: number): string => `${pad(h)}:${pad(m)}`
export const euroAmount = (n: number, c: number): string => `${n.toLocaleString("de-DE")},${pad(c)} €`
