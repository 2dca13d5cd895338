// holdout80's text constructor: holdout64's markup (markup.ts) with the four desks' own kinds (a debt-collection and
// payment-plan agency, a property manager's tenant repairs and service-charge line, an online-course platform's learner
// support desk, a household-appliance warranty and repair desk): `chat` (a web, portal or app chat, pasted, sometimes
// begun by a bot that hands over to an agent), `note` (an agent's, collector's, property officer's or technician's case
// note, with pasted portal, course-platform or appliance log lines), `email` (an e-mail to or from a debtor, a tenant, a
// learner, a customer, a creditor, a contractor or a service partner, with quoted replies and signatures) and `call` (a
// call summary written after the call, numbers as the caller said them).
import type { Raw } from "./markup.ts"

export const KINDS80 = ["chat", "note", "email", "call"] as const
export type Kind80 = (typeof KINDS80)[number]
/** A text of a locale: `mk("en-US")("call", "…")`. */
export const mk = (lang: string) => (kind: Kind80, text: string): Raw => ({ lang, kind, text }) as Raw
