// The shape of a language pack: the phrases a text is built from, with `{slot}` placeholders.
export type BizKey = "auction" | "blood" | "taxi" | "laundry"

export interface Lang {
  /** The digits 0-9 as said, space-separated. */
  digits: string
  /** Given names used as ordinary words: [word, a sentence holding it as {w}]. */
  nameWords: Array<[string, string]>
  hi: string
  thanks: string
  regards: string
  dear: string
  call: string
  mail: string
  paid: string
  refund: string
  declined: string
  badIban: string
  masked: string
  when: string
  vm: string
  handover: string
  ip: string
  notice: string
  /** Customer|Issue|Next step|Phone|E-mail|Note */
  keys: string
  issue: string
  /** Per business: a sentence with {x} and {y}, and one with {z}. */
  biz: Record<BizKey, [string, string]>
}
