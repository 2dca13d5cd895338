// Line breaks written as escapes: an iCalendar DESCRIPTION, a vCard NOTE or a JSON string folds its lines into one
// (`Ref: RX-0065850\nMobile: 0896 710 527\nDial-in: …`). Read as they are, the `n` glues to the next key (`nMobile:`)
// and the number's line runs into the next one, so a key no longer names its value.

// A backslash (not itself escaped) and `n`, `r` or `t`, before what opens a line or a cell: a capital, a digit, a `+`,
// a bracket, another escape, a space, the end, or a key in lower case (`\nmobile: …`). Not before another lower-case
// word: a path's `\notes`, `\tmp`.
const ESCAPED_BREAK = /(?<!\\)\\([nrt])(?=[\p{Lu}\d+(\\ ]|$|\p{Ll}[\p{L}.' -]{0,24}:[ \t])/gu

/** The text with each escaped break read as a space and the break itself (two units for two: every offset is kept). */
export function breaksUnescaped(text: string): string {
  if (!text.includes("\\")) return text
  return text.replace(ESCAPED_BREAK, (_, c: string) => (c === "t" ? " \t" : " \n"))
}
