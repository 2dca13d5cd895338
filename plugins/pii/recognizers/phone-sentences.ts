import { NUMBER_NOUNS, OR_WORDS, OTHER_WORDS } from "./phone-words.ts"

// A sentence that ends in a number, and the next that starts with one (`picks up on 876-564-3319. 876-368-4039 or …`):
// WINDOW reads digits apart by a dot and a space as one stretch (a date's `23. 11. 2027` is written so), too long to be
// any number. No phone is written with a dot and a space inside it, so where six digits or more stand on each side,
// the dot ends a sentence. The
// number after it is judged alone, by the words of its own sentence (phone.ts: `parted`).

const STRETCH_UNIT = /[\d ().\/-]/
// The units a side is read over: a phone number written with its separators, and no more.
const REACH = 24

/** The digits of the stretch on one side of the dot at `dot`: up to the next dot and space, or a unit no stretch holds. */
function sideDigits(text: string, dot: number, step: 1 | -1): number {
  let digits = 0
  for (let i = step === 1 ? dot + 2 : dot - 1, n = 0; i >= 0 && i < text.length && n < REACH; i += step, n++) {
    const c = text.charCodeAt(i)
    if (c === 46 && text.charCodeAt(i + 1) === 32) break
    if (c === 43 && step === 1 && n === 0) continue
    if (!STRETCH_UNIT.test(text[i]!)) break
    if (c >= 48 && c <= 57) digits++
  }
  return digits
}

/**
 * A time or an amount's decimals before the dot (`Open until 19:30. 06 4471 9023`, `tot 18.00. 020 …`, `€ 42,50. 020 …`): a
 * sentence's end too. A time with a dot only on the hour or its quarters, or past any month (`12.03.` is a date's day and month).
 */
const TIME_OR_AMOUNT = /(?<![\d.,:])(?:\d{1,2}[:,h]\d{2}|\d{1,2}\.(?:00|15|30|45|1[3-9]|[2-5]\d))$/

/**
 * The text with each dot that ends a sentence between two numbers of six digits or more read as a semicolon, so each
 * number is judged alone (as slashJoined does for a slash). Same length, so offsets hold. `dots` are where a dot
 * stands after a digit and before a space and a digit, `(` or `+` (`\d\. [\d(+]`) in runs of 6 digits or more
 * (digitRuns): six digits on each side are read in one run.
 */
export function sentencesParted(text: string, dots: readonly number[]): string {
  let out = text
  for (const dot of dots) {
    // A card's or an account's run before the dot (more digits than any phone) keeps the old reading: what follows it
    // is as often its reference.
    const left = sideDigits(text, dot, -1)
    if (((left >= 6 && left <= 15) || TIME_OR_AMOUNT.test(text.slice(Math.max(0, dot - 8), dot))) && sideDigits(text, dot, 1) >= 6) out = `${out.slice(0, dot)};${out.slice(dot + 1)}`
  }
  return out
}

const OR_NEXT = new RegExp(String.raw`^[ \t]*(?:,|${OR_WORDS.join("|")})[ \t]+[+(\d]`, "iu")

/**
 * Whether the number at `start` opens a sentence right after another number (a dot sentencesParted read as a
 * semicolon) and is no phone by that alone: not written as a phone is at home (a trunk 0, an area code's bracket) and
 * not given as one choice of two (`876-368-4039 or +1 …`). A caller lists phones so; a summary's next sentence opens
 * with an account or an amount as often (`home +44 121 …. 992 045 511 481 credited`).
 */
export function partedAlone(original: string, text: string, start: number, end: number): boolean {
  if (text.charCodeAt(start - 2) !== 59 || original.charCodeAt(start - 2) !== 46) return false
  const c = text.charCodeAt(start)
  return c !== 48 && c !== 40 && !OR_NEXT.test(text.slice(end, end + 16))
}

const WORDS_BEFORE_DOT = /(?<![\p{L}\p{M}\p{N}.'’-])\p{Ll}[\p{Ll}\p{M}]* (\p{Ll}[\p{Ll}\p{M}]{3,})$/u
/**
 * Whether the dot at `dot` ends a sentence: it follows two words in small letters, the last of four letters or more and
 * naming no number (`Your parcel is ready. 0161 496 0812`), not an abbreviation's (`Bestellnr. …`, `OIB provj. …`).
 */
export function sentenceDot(text: string, dot: number): boolean {
  const word = WORDS_BEFORE_DOT.exec(text.slice(Math.max(0, dot - 32), dot))?.[1]
  return word !== undefined && !/(?:nr|no|num|ref)$/.test(word) && !FORWARD.test(word) && !OTHER_WORDS.test(word) && !NUMBER_NOUNS.test(word)
}
// Words that point at what follows the dot (`Su número de pedido es el siguiente. 0612…`, `the reference shown below. …`).
const FORWARD = /^(?:below|following|follows|siguiente|siguientes|suivant|suivante|suivants|seguente|seguenti|seguinte|abaixo|folgt|folgende|volgt|volgende|nedan|nedenfor|nedenstående|alla)$/

/**
 * Whether the mark at `i` (followed by a space) ends what a word before it names: a sentence's dot (sentenceDot), a
 * table's bar after a cell that holds its own number (`acct 88-10442-7 | 559-281-7740`; not a key's cell: `Order no |
 * 0612…`), any other mark the caller asked for.
 */
export function markEnds(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  if (c === 46) return sentenceDot(text, i)
  if (c !== 124) return true
  const cell = Math.max(text.lastIndexOf("|", i - 1), text.lastIndexOf("\n", i - 1)) + 1
  return /\d/.test(text.slice(cell, i))
}
