// holdout69's text constructor: holdout64's markup (markup.ts) with one more kind, `summary` (a call summary), as holdout68's.
import type { Raw } from "./markup.ts"

/** holdout64's kinds plus `summary`. */
export const KINDS69 = ["chat", "email", "transcript", "note", "ticket", "sms", "summary"] as const
export type Kind69 = (typeof KINDS69)[number]
/** A text of a locale: `mk("en-US")("chat", "…")`. */
export const mk = (lang: string) => (kind: Kind69, text: string): Raw => ({ lang, kind, text }) as Raw
