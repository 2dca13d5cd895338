// holdout70's text constructor: holdout64's markup (markup.ts) with one more kind, `summary` (a call or voicemail summary).
import type { Raw } from "./markup.ts"

/** holdout64's kinds plus `summary`, which this corpus adds (as holdout68 did). */
export const KINDS70 = ["chat", "email", "transcript", "note", "ticket", "sms", "summary"] as const
export type Kind70 = (typeof KINDS70)[number]
/** A text of a locale: `mk("en-US")("chat", "…")`. */
export const mk = (lang: string) => (kind: Kind70, text: string): Raw => ({ lang, kind, text }) as Raw
