// The renderer: appends literals and values and records where each value went (offsets by construction).
export type EntityType = 'EMAIL' | 'PHONE' | 'CARD' | 'IBAN' | 'US_SSN' | 'UK_NINO' | 'IP_ADDRESS' | 'PERSON';
export interface Span {
  start: number;
  end: number;
}
export interface Entity extends Span {
  type: EntityType;
}
export interface Negative extends Span {
  kind: string;
}

/** A piece of text: a literal, a labeled value, or a negative (lookalike). */
export type Piece = string | { t: EntityType; v: string } | { n: string; v: string };

export const ent = (t: EntityType, v: string): Piece => ({ t, v });
export const neg = (n: string, v: string): Piece => ({ n, v });

export class Builder {
  text = '';
  entities: Entity[] = [];
  negatives: Negative[] = [];
  constructor(private readonly nfd: boolean) {}

  private norm(s: string): string {
    return this.nfd ? s.normalize('NFD') : s.normalize('NFC');
  }
  lit(s: string): this {
    this.text += this.norm(s);
    return this;
  }
  add(p: Piece): this {
    if (typeof p === 'string') return this.lit(p);
    const v = this.norm(p.v);
    const start = this.text.length;
    this.text += v;
    const end = this.text.length;
    if ('t' in p) this.entities.push({ type: p.t, start, end });
    else this.negatives.push({ kind: p.n, start, end });
    return this;
  }
  all(ps: readonly Piece[]): this {
    for (const p of ps) this.add(p);
    return this;
  }
}

/** Render a template with `{slot}` placeholders into pieces. Missing slots throw. */
export function tpl(template: string, slots: Record<string, Piece | readonly Piece[]>): Piece[] {
  const out: Piece[] = [];
  const re = /\{(\w+)\}/g;
  let last = 0;
  for (let m = re.exec(template); m; m = re.exec(template)) {
    if (m.index > last) out.push(template.slice(last, m.index));
    const key = m[1] as string;
    const v = slots[key];
    if (v === undefined) throw new Error(`template slot ${key} missing in: ${template}`);
    if (Array.isArray(v)) out.push(...(v as Piece[]));
    else out.push(v as Piece);
    last = re.lastIndex;
  }
  if (last < template.length) out.push(template.slice(last));
  return out;
}

/** Plain text of pieces (for JSON string escaping decisions etc.). */
export function plain(ps: readonly Piece[]): string {
  return ps.map((p) => (typeof p === 'string' ? p : p.v)).join('');
}
