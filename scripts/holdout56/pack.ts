// What a language pack holds: label words, the agent's lines, pools of sentences (customer, note, nameless, business,
// payment, name-word), transcript and voicemail lines. Sentences carry slots the scene fills (see scene.ts).
import type { BizKey } from "./biz.ts"
import type { Titles } from "./people.ts"

export const KINDS = ["chat", "sms", "note", "callback", "email", "summary", "transcript", "voicemail"] as const
export type Kind = (typeof KINDS)[number]

export interface Words {
  tel: string; mob: string; email: string; work: string; name: string; best: string; cb: string; agent: string; caller: string
  visitor: string; subj: string; ext: string; issue: string; action: string; next: string; vm: string; regards: string; hello: string
  dear: string; note: string; time: string; iban: string; acct: string; dur: string; contact: string; pc: string
}
export interface BizWords { what: string; r1: string; r2: string; rd: string; x: string }
export interface Pack {
  titles?: Titles
  w: Words
  /** Agent lines: greeting, asking for a number, thanks, closing, the business line, the agent's own address. */
  a: { hi: string; ask: string; got: string; bye: string; callUs: string; mailUs: string }
  sms: { hi: string; reply: string }
  /** A callback request with two numbers and a best time. */
  cb: string
  /** E-mail subjects, the quote headers above an agent's and a customer's quoted line, a whole greeting line where the name would take another case. */
  mail: { subj: string[]; quoteA: string; quoteC: string; dear?: string }
  cust: string[]
  note: string[]
  bare: string[]
  biz: string[]
  bizw: Record<BizKey, BizWords>
  pay: { card: string; cardx: string; iban: string; ibanx: string; acct: string; ip: string }
  /** US and British identity lines (English only). */
  ids?: { ssn: string[]; nino: string[] }
  tr: { agent: string; caller: string; open: string; name: string; spell: string; ask: string; num: string; numfix: string; second: string; bye: string; fillers: string[] }
  vm: string[]
  nw: string[]
  fix: string[]
}
