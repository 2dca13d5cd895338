// holdout74's text constructor: holdout64's markup (markup.ts) with one more kind, `summary` (a call summary), as holdout72's,
// and without `ticket` and `sms`, which this corpus's theme (summaries, notes, e-mails, chats, transcripts) does not use.
import type { Raw } from "./markup.ts"

/** holdout64's kinds plus `summary`, less `ticket` and `sms`. */
export const KINDS74 = ["chat", "email", "transcript", "note", "summary"] as const
export type Kind74 = (typeof KINDS74)[number]
/** A text of a locale: `mk("en-US")("note", "…")`, as holdout64's `mk`, with `summary` allowed. */
export const mk = (lang: string) => (kind: Kind74, text: string): Raw => ({ lang, kind, text }) as Raw
