// What a language pack holds: the words of each genre's frame and its pools of sentences.
export const KINDS = ["chat", "sms", "note", "callback", "email", "summary", "transcript", "voicemail"] as const
export type Kind = (typeof KINDS)[number]

export interface Words {
  /** Greeting before a given name in a message, and a letter's salutation (title or given name follows). */
  hi: string
  dear: string
  /** Closings of a letter or message. */
  regards: string[]
  subject: string
  re: string
  /** The quoted-reply line: `{when}` and `{who}` are filled. */
  wrote: string
  tel: string
  /** Labels a second number follows in a signature (sometimes glued to it). */
  mob: string[]
  email: string
  name: string
  note: string
  visitor: string
  agent: string
  caller: string
  chatStart: string
  summary: string
  next: string
  best: string
  callback: string
  voicemail: string
  from: string
  unknown: string
  ext: string
  /** Words a caller corrects a number with. */
  fix: string[]
  /** Fillers of speech. */
  um: string[]
  /** The agent's opening line in a call: `{biz}` and `{A}` are filled. */
  speaking: string
  /** The caller spelling the family name: `{C.s}` is filled. */
  spell: string[]
  /** The short topics of a callback row. */
  topics: string[]
  /** A customer's subject lines. */
  subj: string[]
  /** A salutation that replaces `{dear} {A.g},` or `{dear} {C.t},` where the name would need another case. */
  saluteA?: string
  saluteC?: string
  /** A text message's greeting where `{hi} {A.g},` would need another case. */
  smsHi?: string
}

export interface Pack {
  lang: string
  w: Words
  /** A customer's written sentences (chat, SMS, e-mail). */
  cust: string[]
  /** An agent's written sentences. */
  agent: string[]
  /** Third-person CRM and summary sentences. */
  note: string[]
  /** Sentences with lookalikes and no personal data. */
  bare: string[]
  /** A caller's spoken sentences (transcripts), and the agent's. */
  said: string[]
  sagent: string[]
  /** Voicemail sentences. */
  vm: string[]
  /** Sentences using a word that is also a name: `[[nw:word]]`. */
  nw: string[]
  /** Payment and refund sentences (cards, IBANs, domestic accounts). */
  pay: string[]
  /** Each business's own sentences, by key. */
  biz: Record<string, string[]>
}
