// holdout73's text constructor: holdout64's markup (markup.ts) with one more kind, `summary` (a call summary), as holdout68's.
import type { Raw } from "./markup.ts"

/** holdout64's kinds plus `summary`. */
export const KINDS73 = ["chat", "email", "transcript", "note", "ticket", "sms", "summary"] as const
export type Kind73 = (typeof KINDS73)[number]
/** A text of a locale: `mk("en-US")("note", "…")`, as holdout64's `mk`, with `summary` allowed. */
export const mk = (lang: string) => (kind: Kind73, text: string): Raw => ({ lang, kind, text }) as Raw
