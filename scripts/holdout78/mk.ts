// holdout78's text constructor: holdout64's markup (markup.ts) with a gambling and lottery operator's customer desks' own
// kinds: `chat` (a live-chat transcript with a player, pasted), `note` (an agent's or investigator's case note, KYC or fraud
// log with pasted log lines), `email` (an e-mail to or from a player, a retailer or a regulator, with quoted replies and
// signatures) and `call` (a call summary written after a phone call, numbers as the caller said them).
import type { Raw } from "./markup.ts"

export const KINDS78 = ["chat", "note", "email", "call"] as const
export type Kind78 = (typeof KINDS78)[number]
/** A text of a locale: `mk("en-GB")("chat", "…")`. */
export const mk = (lang: string) => (kind: Kind78, text: string): Raw => ({ lang, kind, text }) as Raw
