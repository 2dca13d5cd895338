// holdout68's text constructor: holdout64's markup (markup.ts) with one more kind, `summary` (a call summary).
import type { Raw } from "./markup.ts"

/** holdout64's kinds plus `summary`, which this corpus adds. */
export const KINDS68 = ["chat", "email", "transcript", "note", "ticket", "sms", "summary"] as const
export type Kind68 = (typeof KINDS68)[number]
/** A text of a locale: `mk("en-US")("chat", "…")`, as holdout64's `mk`, with `summary` allowed. */
export const mk = (lang: string) => (kind: Kind68, text: string): Raw => ({ lang, kind, text }) as Raw
