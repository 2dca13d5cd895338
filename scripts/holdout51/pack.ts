// What a language brings: templates per kind (with personal data, and bare ones without), phrases the templates
// call by name, titles by gender, and per-business phrases.

export const KINDS = ["chat", "note", "callback", "email", "summary", "transcript"] as const
export type Kind = (typeof KINDS)[number]

export type Phrases = Record<string, string[]>
export interface Pack {
  lang: string
  titles: { f: string[]; m: string[] }
  phrases: Phrases
  /** Per business key: its phrases in this language (item, issue, nissue, fix, visit, why…). */
  biz: Record<string, Phrases>
  /** Per locale tag: phrases that differ by country (greetings, sign-offs). */
  flavor?: Record<string, Phrases>
  kinds: Record<Kind, string[]>
  /** More templates of each kind (payments, forwarded mail, cards read out). */
  more?: Record<Kind, string[]>
  bare: Record<Kind, string[]>
}
