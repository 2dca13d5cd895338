// What the default analyzer finds in a text, as the texts of its spans: the recognizer tests' one reading.
import { analyze } from "../../../plugins/pii/index.ts"

/** The spans of `type` the default analyzer finds in `text`, as written. */
export const found = (text: string, type: string): string[] =>
  analyze(text)
    .filter((f) => f.type === type)
    .map((f) => text.slice(f.start, f.end))

export const people = (text: string) => found(text, "PERSON")
export const phones = (text: string) => found(text, "PHONE")
