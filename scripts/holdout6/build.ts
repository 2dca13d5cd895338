/** Tagged-literal renderer: offsets come from construction, never from searching the text. */
export const ENTITY_TYPES = ["EMAIL", "PHONE", "CARD", "IBAN", "US_SSN", "UK_NINO", "IP_ADDRESS", "PERSON"] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export interface Span { start: number; end: number }
export interface Entity extends Span { type: EntityType }
export interface Negative extends Span { kind: string }
export interface Labeled { text: string; entities: Entity[]; negatives: Negative[] }

interface Mark { mark: "e" | "n"; label: string; value: string }
export type Part = string | number | Mark;

export const ent = (type: EntityType, value: string): Mark => ({ mark: "e", label: type, value });
export const neg = (kind: string, value: string): Mark => ({ mark: "n", label: kind, value });

function isMark(p: Part): p is Mark {
  return typeof p === "object";
}

/** `r\`Hi ${ent("PERSON", "Ama")}\`` renders the text and records each marked value's span. */
export function r(strings: TemplateStringsArray, ...parts: Part[]): Labeled {
  const out: Labeled = { text: "", entities: [], negatives: [] };
  strings.forEach((s, i) => {
    out.text += s;
    if (i >= parts.length) return;
    append(out, parts[i] as Part);
  });
  return out;
}

function append(out: Labeled, p: Part): void {
  if (!isMark(p)) {
    out.text += String(p);
    return;
  }
  const start = out.text.length;
  out.text += p.value;
  const span = { start, end: out.text.length };
  if (p.mark === "e") out.entities.push({ type: p.label as EntityType, ...span });
  else out.negatives.push({ kind: p.label, ...span });
}

/** Joins several rendered pieces (lines of a chat, blocks of an email) shifting their spans. */
export function join(pieces: Labeled[], sep = "\n"): Labeled {
  const out: Labeled = { text: "", entities: [], negatives: [] };
  pieces.forEach((piece, i) => {
    if (i > 0) out.text += sep;
    const shift = out.text.length;
    out.text += piece.text;
    for (const e of piece.entities) out.entities.push({ ...e, start: e.start + shift, end: e.end + shift });
    for (const n of piece.negatives) out.negatives.push({ ...n, start: n.start + shift, end: n.end + shift });
  });
  return out;
}
