/** Builds one text while recording where each labeled value lands (UTF-16 offsets, by construction). */
export type EntityType = "EMAIL" | "PHONE" | "CARD" | "IBAN" | "US_SSN" | "UK_NINO" | "IP_ADDRESS" | "PERSON";

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
export interface Line {
  id: string;
  lang: string;
  kind: string;
  text: string;
  entities: Entity[];
  negatives: Negative[];
}

export interface Labeled {
  value: string;
  label: { type: EntityType } | { kind: string };
}

/** A piece of a template: plain text, an entity or a lookalike. */
export type Part = string | Labeled;

export const ent = (type: EntityType, value: string): Labeled => ({ value, label: { type } });
export const neg = (kind: string, value: string): Labeled => ({ value, label: { kind } });

/** Tagged literal: `t\`Hi ${ent("PERSON", n)},\`` keeps the parts apart so offsets are known. */
export function t(strings: TemplateStringsArray, ...values: Part[]): Part[] {
  const parts: Part[] = [];
  strings.forEach((s, i) => {
    if (s) parts.push(s);
    const v = values[i];
    if (v !== undefined) parts.push(v);
  });
  return parts;
}

export function render(parts: readonly Part[]): Pick<Line, "text" | "entities" | "negatives"> {
  let text = "";
  const entities: Entity[] = [];
  const negatives: Negative[] = [];
  for (const part of parts) {
    if (typeof part === "string") {
      text += part;
      continue;
    }
    const start = text.length;
    text += part.value;
    const span = { start, end: text.length };
    if ("type" in part.label) entities.push({ type: part.label.type, ...span });
    else negatives.push({ kind: part.label.kind, ...span });
  }
  return { text, entities, negatives };
}
