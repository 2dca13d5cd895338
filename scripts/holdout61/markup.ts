// holdout61's inline markup: `{{PHONE|07700 900123}}` labels a span, `{{neg:order-number|AB-12345}}` marks a hard
// negative. `parse` strips the markers and returns the text with UTF-16 offsets of every span.
export interface Raw { lang: string; kind: string; text: string }
export interface Ent { type: string; start: number; end: number }
export interface Neg { kind: string; start: number; end: number }
export interface Parsed { text: string; entities: Ent[]; negatives: Neg[] }

export const TYPES = ["EMAIL", "PHONE", "CARD", "IBAN", "US_SSN", "UK_NINO", "IP_ADDRESS", "PERSON"]
export const KINDS = ["chat", "email", "transcript", "note", "ticket", "sms"] as const

/** A maker of texts for one locale: `t("chat", "…")`. */
export const mk = (lang: string) => (kind: (typeof KINDS)[number], text: string): Raw => ({ lang, kind, text })

const MARK = /\{\{(neg:)?([A-Za-z_-]+)\|([^{}]*?)\}\}/g

/** The text without markers, its labels and its lookalikes; throws on a stray or unknown marker. */
export function parse(src: string, where: string): Parsed {
  let text = ""
  let last = 0
  const entities: Ent[] = []
  const negatives: Neg[] = []
  for (const m of src.matchAll(MARK)) {
    text += src.slice(last, m.index)
    const start = text.length
    text += m[3]!
    const end = text.length
    if (m[1]) negatives.push({ kind: m[2]!, start, end })
    else if (TYPES.includes(m[2]!)) entities.push({ type: m[2]!, start, end })
    else throw new Error(`${where}: unknown type ${m[2]}`)
    last = m.index + m[0].length
  }
  text += src.slice(last)
  if (/\{\{|\}\}/.test(text)) throw new Error(`${where}: stray marker in ${JSON.stringify(text.slice(0, 80))}`)
  return { text, entities, negatives }
}
