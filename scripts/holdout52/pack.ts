// What a language pack holds: its templates by kind (and the nameless ones), its words for each business, and a few
// words the scene needs (extension, account labels).
import type { BizKey } from "./biz.ts"
import type { Lang } from "./locales.ts"

export const KINDS = ["chat", "sms", "note", "callback", "email", "summary", "transcript", "voicemail"] as const
export type Kind = (typeof KINDS)[number]

export interface BizWords {
  /** The thing the call is about, as a noun phrase (`the stairlift`). */
  what: string[]
  /** What a customer says is wrong or wanted, one sentence each. */
  issue: string[]
  /** What the business does or did about it, one sentence each. */
  fix: string[]
  /** Labels for the business's four numbers, in order. */
  labels: [string, string, string, string]
}

export interface Pack {
  lang: Lang
  templates: Record<Kind, string[]>
  /** Templates with lookalikes but no personal data at all. */
  bare: Record<Kind, string[]>
  biz: Record<BizKey, BizWords>
  words: { ext: string[]; routing: string; account: string; branch: string }
}
