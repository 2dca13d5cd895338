// A caller's whole line answering a question for their name, in lower case, as speech-to-text writes it: a nickname
// then the name (`caller: liz elizabeth armitage`), the name around its spelling (`anrufer: tenzin dolkar d o l k a r`,
// `appelant : hubert h u b e r t gilles hubert`), particles inside (`caller: maria de los santos`), the surname around the
// given name (`wróblewski adam wróblewski`). Every word a name's, a particle or a spelled letter; a line opening with a
// surname no list holds is otherwise left.

/** The words of a line: where each starts and what it is, lower case. */
const WORDS = /[\p{L}\p{M}'’-]+/gu
// Read on the line without its trailing blanks, and no longer than an answer is: one pass, no backtracking.
const LINE_REST = /^[ \t\p{L}\p{M}'’-]*[.!]?$/u
const LONGEST = 120
const MOST_WORDS = 8

/**
 * Where each name word of the line from `at` starts, when the whole rest of the line is a name's words (`nameWord`),
 * particles and spelled letters (three or more in a row), two name words at least, the first a listed given name
 * (`listed`) or the line spelling one (`naravno odmah proveravam`, `има надежда всичко …`, sentences in words no list
 * holds, are none); else undefined.
 */
export function answerLine(out: string, at: number, nameWord: (word: string) => boolean, particle: (word: string) => boolean, listed: (word: string) => boolean): number[] | undefined {
  const end = out.indexOf("\n", at)
  if ((end < 0 ? out.length : end) - at > LONGEST) return undefined
  const line = out.slice(at, end < 0 ? out.length : end).trimEnd()
  if (!LINE_REST.test(line)) return undefined
  const names: number[] = []
  const words: string[] = []
  let letters = 0
  let spelled = false
  let known = false
  for (const m of line.matchAll(WORDS)) {
    const word = m[0].toLowerCase()
    if (word.length === 1) {
      letters++
      continue
    }
    if (letters > 0 && letters < 3) return undefined
    spelled ||= letters > 0
    letters = 0
    if (particle(word)) continue
    if (!nameWord(word)) return undefined
    if (names.length === 0) known = listed(word)
    names.push(at + m.index)
    words.push(word)
  }
  spelled ||= letters >= 3
  // The surname, the given name, the surname again (`client moreau inès moreau`, `wróblewski adam wróblewski`).
  known ||= words.length === 3 && words[0] === words[2] && listed(words[1]!)
  return (letters === 0 || letters >= 3) && (known || spelled) && names.length >= 2 && names.length <= MOST_WORDS ? names : undefined
}
