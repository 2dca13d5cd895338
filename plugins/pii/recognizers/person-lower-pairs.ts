import { wordSet } from "../../../core/index.ts"
import { STOPWORDS } from "../data/stopwords.ts"

// Speech-to-text and quick messages write whole lines in lower case, and a person's full name in them has no capital
// and often no cue to be found by (`if i'm out ashley ramirez will be home`, `bude tam peter šimko`, `se eu não estiver,
// joão pereira vai estar em casa`, `i spoke to kemar reid last week`). On such a line a known first name that is no
// everyday word, then a word that can be its surname, are a name: the person recognizer's copy capitalises both, and the
// run is then read as any capitalised name is.

// A line's stamp and speaker's tag (`[00:00:58] customer:`), which may be capitalised on an otherwise lower-case line.
const SPEAKER = /[ \t]*(?:\[[^\]\n]{1,24}\][ \t]*)?(?:[^:\n]{1,24}:(?!\/))?/y
// A capital on the line, but the pronoun `I` (`I'm`, `I'll`), which speech-to-text capitalises alone.
const CAPITAL = /\p{Lu}(?<!(?<![\p{L}\p{M}])I(?=[^\p{L}\p{M}]|$))/u
// A word in lower case, not part of an address, a handle, a path or a hyphenated or dotted token (`joão`, `o'hara`).
const WORD = /(?<![\p{L}\p{M}\p{N}@._\/'’-])\p{Ll}[\p{Ll}\p{M}]*(?:['’]\p{Ll}[\p{Ll}\p{M}]*)?(?![\p{L}\p{M}\p{N}@_\/]|[.'’-][\p{L}\p{N}])/gu
// An article or pronoun elided onto a verb (`m'avait`, `l'ha`, `d'accord`), not an Irish surname (`o'hara`).
const ELIDED = /^[^o]['’]/
// A word the first name's line says is no surname: a noun by its ending (`jordan station`, `grace booking`).
const NOUN_ENDING = /(?:ment|tion|sion|ness|ity|ing|ance|ence|ship|ware)$/
// The frequent words of the covered languages (stopwords-iso): a first name that is one elsewhere (`della`, `mai`, `era`,
// `ned`, `ada`) and a word after a name that is one (`last`, `ott`, `pues`) are read as words, there being no cue.
const FREQUENT = wordSet(STOPWORDS)
const FOUND_WORD = /^[\p{L}\p{M}]+/u
// Speech-to-text's hesitations, which no list of frequent words holds.
const FILLERS = new Set(["uh", "um", "umm", "erm", "er", "ehm", "eh", "ah", "hmm", "mm", "euh", "ähm", "äh", "eee", "yyy", "ööö"])
// What may close a clause after a name's last word: punctuation, the line's end, a hesitation.
const CLAUSE_END = /^(?:[ \t]*(?:[.,;:!?)\r]|$)|[ \t]+(?:uh|um|umm|erm|ehm|euh|ähm|äh)(?![\p{L}]))/u
// Lines of letters need at least this many words to be read as a sentence written in lower case, not a label or a list.
const MIN_WORDS = 4

/** What this reads of a lower-case word (person.ts's lists, through person-case.ts). */
interface PairWords {
  /** A known first name that is no everyday word. */
  isFirst(word: string): boolean
  /** An everyday or frequent word of a covered language. */
  isOrdinary(word: string): boolean
  /** Whether `second` is the surname after the first name `first`. */
  isSurname(first: string, second: string): boolean
}

/** The positions to capitalise in `out`: a known first name and its surname on a line written all in lower case. */
export function lowerLinePairs(out: string, words: PairWords, found: readonly number[]): number[] {
  const at: number[] = []
  // A name another reading found is looked for again, with its surname, where the text repeats it (person-lower-again.ts).
  const named = new Set(found.map((i) => FOUND_WORD.exec(out.slice(i, i + 40))?.[0].toLowerCase()))
  for (let from = 0; from < out.length; ) {
    let to = out.indexOf("\n", from)
    if (to < 0) to = out.length
    SPEAKER.lastIndex = from
    SPEAKER.exec(out)
    const start = Math.min(SPEAKER.lastIndex, to)
    if (to - start > 12 && !CAPITAL.test(out.slice(start, to))) pairsOnLine(out, start, to, words, found, named, at)
    from = to + 1
  }
  // The last two lines only: the expression is anchored at the text's end, and would be tried from every unit before it.
  const trimmed = out.trimEnd()
  const tail = Math.max(0, out.lastIndexOf("\n", out.lastIndexOf("\n", trimmed.lastIndexOf("\n") - 1) - 1))
  const signed = SIGNED_LAST.exec(out.slice(tail))
  if (signed && words.isFirst(signed[1]!) && !FREQUENT.has(signed[1]!)) at.push(tail + signed.index + signed[0].length - signed[1]!.length - signed[2]!.length)
  return at
}

// A message signed with a given name in lower case on its last line, under a sentence (`…pls call after 6.⏎segun`).
const SIGNED_LAST = /[.!?)\d][ \t]*\r?\n(?:[ \t]*\r?\n)?[ \t]*(?:[-–—\/][ \t]*)?(\p{Ll}[\p{Ll}\p{M}]+)([ \t.\r\n]*)$/u

function pairsOnLine(out: string, from: number, to: number, words: PairWords, found: readonly number[], named: ReadonlySet<string | undefined>, at: number[]): void {
  const line = out.slice(from, to)
  const all = [...line.matchAll(WORD)]
  if (all.length < MIN_WORDS) return
  for (let i = 0; i + 1 < all.length; i++) {
    const first = all[i]!
    const second = all[i + 1]!
    if (second.index !== first.index + first[0].length + 1 || line[first.index + first[0].length] !== " ") continue
    if (!words.isFirst(first[0]) || !words.isSurname(first[0], second[0]) || second[0].length < 2 || NOUN_ENDING.test(second[0])) continue
    if (FREQUENT.has(first[0]) || FREQUENT.has(second[0]) || FILLERS.has(second[0]) || ELIDED.test(second[0])) continue
    // Two letters before digits are a reference's prefix (`nino xy 66 84 28 c`), not a short surname (`aisha li`).
    if (second[0].length === 2 && /^ \d/.test(line.slice(second.index + 2, second.index + 4))) continue
    // Two first names in a row are two people or a double first name, read elsewhere (`anna maria`, `ashley and megan`).
    if (words.isFirst(second[0])) continue
    // A first name another reading took alone knew what follows it (`gabriel falando`, `mikkel siger ja`); a word
    // right after a name another reading took is its surname or the sentence's (`it's brandon johnson uh`).
    const previous = all[i - 1]
    if (found.includes(from + first.index) || named.has(first[0]) || (previous && previous.index + previous[0].length + 1 === first.index && found.includes(from + previous.index))) continue
    at.push(from + first.index, from + second.index)
    // A second surname closing the clause (`guadalupe zúñiga ramírez,`, `sofia fernandes ferreira`).
    const third = all[i + 2]
    if (third && third.index === second.index + second[0].length + 1 && line[second.index + second[0].length] === " " && surnameClosing(line, third, words)) at.push(from + third.index)
    i++
  }
}

/** Whether a third word is a second surname: a word of three letters or more that is no frequent word, closing its clause. */
function surnameClosing(line: string, third: RegExpExecArray, words: PairWords): boolean {
  const w = third[0]
  if (w.length < 3 || FREQUENT.has(w) || FILLERS.has(w) || words.isOrdinary(w) || ELIDED.test(w) || NOUN_ENDING.test(w)) return false
  return CLAUSE_END.test(line.slice(third.index + w.length))
}
