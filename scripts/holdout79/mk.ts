// holdout79's text constructor: holdout64's markup (markup.ts) with a roadside-assistance, car-rental and car-sharing
// operator's customer desks' own kinds: `chat` (a live chat or an app chat with a renter, a driver or a member, pasted,
// sometimes begun by a bot that hands over to an agent), `note` (an agent's, dispatcher's, damage assessor's or fraud
// analyst's case note, with pasted telematics or app log lines), `email` (an e-mail to or from a renter, a fleet customer,
// a body shop or an authority, with quoted letters, replies and signatures) and `call` (a call summary written after a
// breakdown, dispatch or complaint call, numbers as the caller said them).
import type { Raw } from "./markup.ts"

export const KINDS79 = ["chat", "note", "email", "call"] as const
export type Kind79 = (typeof KINDS79)[number]
/** A text of a locale: `mk("en-IE")("call", "…")`. */
export const mk = (lang: string) => (kind: Kind79, text: string): Raw => ({ lang, kind, text }) as Raw
