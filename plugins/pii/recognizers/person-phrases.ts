// Whether the text before a name ends with one of a list's phrases (a title, an introduction, a greeting...): the
// person recognizer asks up to six lists about each name, and reads the last word once for all of them.

/** The last word of every cue phrase: when the word before a name is none of them, no phrase cue can match. */
export const LAST_WORDS = new Set<string>()

// Whitespace other than single spaces: only a text holding some is changed by collapsing it to single spaces.
const NOT_SINGLE_SPACES = /[^\S ]| {2}/
/** The text with each stretch of whitespace written as one space. */
export const collapseSpaces = (s: string) => (NOT_SINGLE_SPACES.test(s) ? s.replace(/\s+/g, " ") : s)

// What a last word is to each phrase list (two bits per list: a one-word phrase, the last word of a longer one),
// looked up once per text before a name (two kept: with and without a stripped `.`, `:` or `,`) for all the lists.
const WORD_BITS = new Map<string, number>()
let lists = 0
const lastWords = [{ s: "", space: -1, word: "", bits: 0 }, { s: "", space: -1, word: "", bits: 0 }]
function lastWordOf(s: string) {
  if (lastWords[0]!.s === s) return lastWords[0]!
  if (lastWords[1]!.s === s) return lastWords[1]!
  // A tag closing before the word is a boundary too (`<b>dr`).
  const space = Math.max(s.lastIndexOf(" ", s.length - 1), s.lastIndexOf(">", s.length - 1))
  const word = s.slice(space + 1)
  const code = word.charCodeAt(0)
  const one = WORD_BITS.get(code >= 97 && code <= 122 ? word : word.replace(/^[^\p{L}\p{N}]+/u, "")) ?? 0
  lastWords[1] = lastWords[0]!
  return (lastWords[0] = { s, space, word, bits: (one & 0x55555555) | ((WORD_BITS.get(word) ?? 0) & 0xaaaaaaaa) })
}

// A test for "the text ends with one of these phrases" (then one of `strip`): a set lookup on the last few words, not
// a regular expression with a long alternation anchored at the end, which is tried at every position.
export function endsWith(phrases: readonly string[], strip = "") {
  const norm = (p: string) => p.toLowerCase().replace(/[.:]+$/, "").trim().split(/\s+/).join(" ")
  const set = new Set(phrases.map(norm))
  for (const p of set) LAST_WORDS.add(p.slice(p.lastIndexOf(" ") + 1).replace(/^[^\p{L}\p{N}]+/u, ""))
  const stripped = [...strip].map((ch) => ch.charCodeAt(0))
  const most = Math.max(...[...set].map((p) => p.split(" ").length))
  // The last words of the longer phrases: when the last word is none of them, only a one-word phrase can match.
  const lastOfLonger = new Set([...set].filter((p) => p.includes(" ")).map((p) => p.slice(p.lastIndexOf(" ") + 1)))
  const one = 1 << (2 * lists++)
  const longer = one << 1
  for (const p of set) if (!p.includes(" ")) WORD_BITS.set(p, (WORD_BITS.get(p) ?? 0) | one)
  for (const w of lastOfLonger) WORD_BITS.set(w, (WORD_BITS.get(w) ?? 0) | longer)
  /** `lower`: the text before the name on its line, lower-cased, spaces collapsed and trimmed; one of `strip` may end it. */
  return (lower: string): boolean => {
    const s = lower.length && stripped.includes(lower.charCodeAt(lower.length - 1)) ? lower.slice(0, -1).trimEnd() : lower
    if (s.length === 0) return false
    const last = lastWordOf(s)
    if (last.bits & one) return true
    if (!(last.bits & longer)) return false
    let phrase = last.word
    let end = last.space
    while (end > 0 && s.charCodeAt(end - 1) === 32) end--
    for (let k = 1; k < most && end > 0; k++) {
      const space = s.lastIndexOf(" ", end - 1)
      phrase = `${s.slice(space + 1, end)} ${phrase}`
      const code = phrase.charCodeAt(0)
      if (set.has(code >= 97 && code <= 122 ? phrase : phrase.replace(/^[^\p{L}\p{N}]+/u, ""))) return true
      end = space
      while (end > 0 && s.charCodeAt(end - 1) === 32) end--
    }
    return false
  }
}
