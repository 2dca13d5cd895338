// What a language pack holds: labels, the words of speech, and sentences with `{slot}` holes (see scene.ts).
import type { BizKey } from "./biz.ts"

export const KINDS = ["chat", "sms", "note", "callback", "email", "summary", "transcript", "voicemail"] as const
export type Kind = (typeof KINDS)[number]

export interface Labels {
  visitor: string; agent: string; customer: string; phone: string; mobile: string; email: string; ref: string; note: string
  callback: string; reason: string; summary: string; next: string; voicemail: string; from: string; to: string; subject: string
  caller: string; duration: string; chatStarted: string; issue: string; contact: string; re: string; bestTime: string
}

export interface BizWords {
  /** Noun phrases for what the call is about, in the case the sentences put them in. */
  what: string[]
  /** Short clauses: what went wrong or what is wanted. */
  issue: string[]
  /** Who in the firm does the work (`our engineer`), before a name. */
  staff: string[]
  /** Where in the firm a case is passed to (`the workshop`). */
  place: string[]
}

export interface Pack {
  lang: string
  title: { m: string[]; f: string[] }
  /** Hesitations of speech (`um`, `äh`). */
  fill: string[]
  /** What a speaker says when correcting a number. */
  sorry: string[]
  /** The word before an extension. */
  ext: string[]
  L: Labels
  biz: Record<BizKey, BizWords>
  /** A customer's first line (chat, e-mail, text). */
  hello: string[]
  /** Customer sentences, first person. */
  cust: string[]
  /** Agent lines to the customer. */
  agent: string[]
  /** An agent's greeting to the customer at the head of a mail or text (`Hi {C.g},`). */
  dear: string[]
  /** Sentences that give an SSN or an NI number (English only; the locale decides which can be used): said by the
   * customer, and written in a note. */
  ids?: string[]
  idsNote?: string[]
  /** Third-person sentences of notes, summaries and callbacks. */
  note: string[]
  /** The agent's opening in a call (the transcript is lowered later). */
  open: string[]
  /** What callers say in a call. */
  talk: string[]
  /** A voicemail's first sentence, the caller saying who they are. */
  vmHi: string[]
  /** Voicemail bodies' other sentences. */
  vm: string[]
  /** Sentences with lookalikes and no personal data at all. */
  bare: string[]
  /** Spoken lines with lookalikes and no personal data (nameless calls and voicemails). */
  bareTalk: string[]
  /** Sentences with a `[[nw:word]]`, a name used as an ordinary word. */
  nw: string[]
  /** The same in notes' voice. */
  nwNote: string[]
  /** Sign-offs (`Thanks,`). */
  bye: string[]
  /** The header of a quoted reply. */
  quote: string[]
}
