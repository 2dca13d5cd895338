// holdout71's text constructor: holdout64's markup (markup.ts) with one more kind, `summary` (a call summary), as holdout68's.
import type { Raw } from "./markup.ts"

/** holdout64's kinds plus `summary`, which this corpus adds. */
export const KINDS71 = ["chat", "email", "transcript", "note", "ticket", "sms", "summary"] as const
export type Kind71 = (typeof KINDS71)[number]
/** A text of a locale: `mk("en-GB")("email", "…")`, as holdout64's `mk`, with `summary` allowed. */
export const mk = (lang: string) => (kind: Kind71, text: string): Raw => ({ lang, kind, text }) as Raw
