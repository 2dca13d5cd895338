// The renderer: a text is built by appending literals and values; every labeled value and every
// negative records where it went at the moment it is appended. Offsets never come from searching.
export type EntityType = "EMAIL" | "PHONE" | "CARD" | "IBAN" | "US_SSN" | "UK_NINO" | "IP_ADDRESS" | "PERSON";
export interface Entity {
  type: EntityType;
  start: number;
  end: number;
}
export interface Negative {
  kind: string;
  start: number;
  end: number;
}

export class Doc {
  text = "";
  entities: Entity[] = [];
  negatives: Negative[] = [];
  constructor(readonly nfd: boolean) {}

  private norm(s: string): string {
    return this.nfd ? s.normalize("NFD") : s.normalize("NFC");
  }
  lit(s: string): this {
    this.text += this.norm(s);
    return this;
  }
  private place(s: string): [number, number] {
    const v = this.norm(s);
    if (v !== v.trim() || v.length === 0) throw new Error(`value not trimmed: ${JSON.stringify(s)}`);
    const start = this.text.length;
    this.text += v;
    return [start, this.text.length];
  }
  ent(type: EntityType, value: string): this {
    const [start, end] = this.place(value);
    this.entities.push({ type, start, end });
    return this;
  }
  neg(kind: string, value: string): this {
    const [start, end] = this.place(value);
    this.negatives.push({ kind, start, end });
    return this;
  }
  /** Appends a literal that may hold `{n:kind:value}` negative marks, e.g. a name-word inside a phrase. */
  marked(s: string): this {
    const re = /\{n:([a-z-]+):([^}]+)\}/g;
    let last = 0;
    for (const m of s.matchAll(re)) {
      this.lit(s.slice(last, m.index));
      this.neg(m[1] as string, m[2] as string);
      last = (m.index ?? 0) + m[0].length;
    }
    return this.lit(s.slice(last));
  }
  get length(): number {
    return this.text.length;
  }
}
