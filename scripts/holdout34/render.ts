// The renderer: appends literals and values and records where each value went.
// Offsets come from construction only; nothing is ever searched for.
export type EntityType = "EMAIL" | "PHONE" | "CARD" | "IBAN" | "US_SSN" | "UK_NINO" | "IP_ADDRESS" | "PERSON"
export interface Span {
  start: number
  end: number
}
export interface Entity extends Span {
  type: EntityType
}
export interface Negative extends Span {
  kind: string
}
export interface Record {
  id: string
  lang: string
  kind: string
  text: string
  entities: Entity[]
  negatives: Negative[]
}

export class Builder {
  text = ""
  entities: Entity[] = []
  negatives: Negative[] = []
  /** Name parts of every person the generator put in this text (NFC). */
  nameParts = new Set<string>()
  constructor(readonly nfd: boolean) {}

  private norm(s: string): string {
    return this.nfd ? s.normalize("NFD") : s.normalize("NFC")
  }
  t(s: string): this {
    this.text += this.norm(s)
    return this
  }
  /** Appends a value and labels it. */
  e(type: EntityType, value: string): this {
    const v = this.norm(value)
    const start = this.text.length
    this.text += v
    this.entities.push({ type, start, end: this.text.length })
    return this
  }
  /** Appends a value and records it as a hard negative. */
  n(kind: string, value: string): this {
    const v = this.norm(value)
    const start = this.text.length
    this.text += v
    this.negatives.push({ kind, start, end: this.text.length })
    return this
  }
  /** Registers the parts of a person's name (words of 3+ letters, particles left out). */
  parts(...names: string[]): this {
    for (const name of names) for (const p of namePartsOf(name)) this.nameParts.add(p)
    return this
  }
}

const PARTICLES = new Set(["van", "der", "den", "de", "la", "le", "di", "da", "dos", "das", "del", "von", "du", "des", "mac", "ní", "nic", "ó", "o", "te", "y", "i", "e"])

export function namePartsOf(name: string): string[] {
  return name
    .normalize("NFC")
    .split(/\s+/)
    .filter((w) => w.length >= 3 && !PARTICLES.has(w.toLowerCase()))
}
