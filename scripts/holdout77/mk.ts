// holdout77's text constructor: holdout64's markup (markup.ts) with a marketplace trust-and-safety desk's own kinds:
// `thread` (a quoted buyer-seller or host-guest message thread), `case` (an agent's case note or decision), `report` (a
// user's report form or a moderation log line with key=value fields) and `review` (a review or a public reply, quoted).
import type { Raw } from "./markup.ts"

export const KINDS77 = ["thread", "case", "report", "review"] as const
export type Kind77 = (typeof KINDS77)[number]
/** A text of a locale: `mk("en-US")("thread", "…")`. */
export const mk = (lang: string) => (kind: Kind77, text: string): Raw => ({ lang, kind, text }) as Raw
