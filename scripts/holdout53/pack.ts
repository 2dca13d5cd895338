// A language pack: the words of the frames and the sentences a customer or an agent writes or says.
import type { BizKey } from "./biz.ts"

export const KINDS = ["chat", "sms", "note", "callback", "email", "summary", "transcript", "voicemail"] as const
export type Kind = (typeof KINDS)[number]

export interface Pack {
  /** Which digit words say a phone (a key of DIGIT_WORDS). */
  digits: string
  /** Speaker tags: agent, customer. */
  roles: [string, string]
  title: (female: boolean) => string
  /** Whether the title follows the family name (Hungarian `Kovács úr`). */
  titleAfter?: boolean
  /** E-mail openings (with `{Cg}`, `{tC}` or `{A…}`), sign-offs, the subject word, the quote line. */
  hi: string[]
  bye: string[]
  subj: string
  wrote: string
  /** Labels before a phone, glued or not (`Tel:`, `mob`, `WhatsApp`). */
  tel: string[]
  ext: string
  vm: string
  cb: string
  sum: string
  open: string
  ask: string[]
  say: string[]
  note: string[]
  bare: string[]
  um: string[]
  fields: [string, string, string, string]
  svc: Record<BizKey, string[]>
}
