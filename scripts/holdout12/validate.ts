/** The generator's own checks on each finished line (the test re-checks with separate code). */
import type { Labeled, Line, Part } from "./builder.ts";
import { ibanRemainder, luhnValid } from "./checks.ts";

function fail(id: string, why: string): never {
  throw new Error(`holdout12 ${id}: ${why}`);
}

export function validateLine(line: Line, parts: readonly Part[]): void {
  const labeled = parts.filter((p): p is Labeled => typeof p !== "string");
  const spans = [...line.entities, ...line.negatives].sort((a, b) => a.start - b.start);
  if (spans.length !== labeled.length) fail(line.id, "a label went missing");
  spans.forEach((s, i) => {
    if (!(s.start >= 0 && s.start < s.end && s.end <= line.text.length)) fail(line.id, "bad bounds");
    const prev = spans[i - 1];
    if (prev && prev.end > s.start) fail(line.id, "overlapping labels");
    const value = line.text.slice(s.start, s.end);
    if (value !== value.trim()) fail(line.id, `label with outer space: ${JSON.stringify(value)}`);
  });
  for (const e of line.entities) {
    const value = line.text.slice(e.start, e.end);
    const digits = value.replace(/[ -]/g, "");
    if (e.type === "CARD" && !luhnValid(digits)) fail(line.id, "card fails Luhn");
    if (e.type === "IBAN" && ibanRemainder(value) !== 1) fail(line.id, "IBAN fails mod-97");
  }
  for (const n of line.negatives) {
    const value = line.text.slice(n.start, n.end);
    if (n.kind === "luhn-invalid" && luhnValid(value.replace(/[ -]/g, ""))) fail(line.id, "luhn-invalid passes");
    if (n.kind === "iban-checksum" && ibanRemainder(value) === 1) fail(line.id, "iban-checksum passes");
  }
}
