// holdout81's text constructor: holdout80's markup (markup.ts) with the four businesses' own kinds (a home-care and
// elderly-care agency, a residential solar-panel and heat-pump installer with its financing, a sports club's membership
// and youth-team office, a pet-food subscription service): `chat` (a web, app or messenger chat, pasted), `note` (a
// carer's, coordinator's, installer's, coach's or agent's note), `email` (with headers, quoted replies and signatures),
// `call` (a speech-to-text call transcript, numbers said in words or digits in groups), `sms` (a text message or a
// thread of them), `form` (a web form as submitted, field by field) and `crm` (CRM rows or a record as exported).
import type { Raw } from "./markup.ts"

export const KINDS81 = ["chat", "note", "email", "call", "sms", "form", "crm"] as const
export type Kind81 = (typeof KINDS81)[number]
/** A text of a locale: `mk("en-NZ")("call", "…")`. */
export const mk = (lang: string) => (kind: Kind81, text: string): Raw => ({ lang, kind, text }) as Raw
