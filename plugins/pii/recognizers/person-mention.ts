import type { Candidate } from "../../../core/index.ts"

interface RunWord {
  start: number
  end: number
  /** The lists the word's lower case is in, as person.ts's bits; 0 for a word in none. */
  flags: number
}

// A surname keeps its mention whole where a request follows it (`@Priya Sharma can you …`, `@Tom Lee: please …`,
// `@Toivo Mäkinen fyi …`), or the party the request is about (`@Thabo Ngata customer Tamsin Whitcombe: …`); not
// a field's label (`@Ravi Next-of-kin: Ama Boateng`).
const REQUEST_AFTER = /^(?:,|:[ \t]+\p{Ll}|[ \t]+(?:can|could|please|pls|will|would|is|has|to|and|fyi|need|needs|see|thanks|thx|re|did|do|are|was|just|any|customer|client|caller|member|guest|patient|tenant)\b)/u

/**
 * A ticket's mention opening a line (`@Ravi Payroll confirmed …`) is the one word after the `@` when no first name
 * follows it: the words after it open the sentence, perhaps a role before a name (`@Ravi Recruiter Joy Mensah is …`).
 * Pushes the mention to `found` and returns the words left to read as a run; the run's words unchanged otherwise.
 */
export function afterMention<W extends RunWord>(text: string, words: W[], knownFirst: (flags: number) => boolean, found: Candidate[]): W[] {
  const [first, second] = words
  if (!first || !second || knownFirst(second.flags)) return words
  const at = first.start - 1
  if (text.charCodeAt(at) !== 64 || (at > 0 && text.charCodeAt(at - 1) !== 10)) return words
  if (words.length === 2 && second.flags === 0 && REQUEST_AFTER.test(text.slice(second.end, second.end + 10))) return words
  found.push({ start: first.start, end: first.end, score: 0.8 })
  return words.slice(1)
}
