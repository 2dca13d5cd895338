// holdout76's text constructor: holdout64's markup (markup.ts) with the written channel's own kinds: `ticket` (a support
// ticket or job with its updates), `email` (with its headers), `chat` (a Slack/Teams-style export) and `form` (a web form or CSV/key=value export).
import type { Raw } from "./markup.ts"

export const KINDS76 = ["ticket", "email", "chat", "form"] as const
export type Kind76 = (typeof KINDS76)[number]
/** A text of a locale: `mk("en-US")("ticket", "…")`. */
export const mk = (lang: string) => (kind: Kind76, text: string): Raw => ({ lang, kind, text }) as Raw
