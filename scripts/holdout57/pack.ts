// What a language pack holds: the words of each genre's frame, its sentence pools, its name-word sentences and the
// nouns of the four businesses. Templates use the slots listed in scene.ts.
import type { BizKey } from "./biz.ts"

export const KINDS = ["chat", "sms", "note", "callback", "email", "summary", "transcript", "voicemail"] as const
export type Kind = (typeof KINDS)[number]

export type Pool =
  | "cust" | "ask" | "agent" | "note" | "biz" | "bare" | "third" | "card" | "iban" | "acct" | "ip" | "fix" | "said" | "saidbiz" | "ssn" | "nino"

export interface BizWords {
  /** Nouns for the business's numbers: r1, r2, x and the digits-only rd. */
  n1: string
  n2: string
  nx: string
  nd: string
  /** A thing the customer bought or booked, and a subject line. */
  item: string
  topic: string
}

export interface UI {
  visitor: string
  agent: string
  hi: string[]
  dear: string[]
  team: string
  regards: string[]
  subject: string
  re: string
  wrote: string
  wroteBare: string
  ext: string
  crm: string
  fields: { name: string; phone: string; email: string; ref: string }
  summary: string
  caller: string
  reason: string
  action: string
  callback: string
  vm: string
  vmHidden: string
  cbTitle: string
  cbHead: string
  speaking: string
  speakingBare: string
  agentT: string
  callerT: string
  tel: string
  mob: string
  bye: string[]
  fix: string[]
  sig: string
  /** Before a customer's words quoted in a note: `Customer says:`. */
  says: string
}

export interface Pack {
  lang: string
  title: { m: string[]; f: string[] }
  ui: UI
  pools: Partial<Record<Pool, string[]>>
  /** A sentence per name-word, the word marked `[[nw:word]]`. */
  nw: Record<string, string>
  biz: Record<BizKey, BizWords>
}
