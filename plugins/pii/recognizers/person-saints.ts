// Places named like people. A saint's name is a place's (a hospital, a church, a school, a street: `St Brendan pre-reg`,
// `Hello St. Brendan billing`, `St Finbarr's Hospital`, `São Paulo`): the word for saint right before a name, or opening
// it. Not `Santa` or `Santo`, given names too (`Santo Rossi`). A US city before its state's code and its ZIP code
// (`Eugene, OR 97405`).

const SAINT = String.raw`(?:st|ste|saint|sainte|sankt|sint|são|szent)`
const WORD_BEFORE = /([\p{L}\p{M}]+)\.?[ \t]+$/u
const SAINT_ALONE = new RegExp(String.raw`^${SAINT}$`, "iu")

/**
 * Whether the name `start..end` follows the word for saint (`St. Brendan`, `st finbarrs`) or is that word before a
 * capitalised word (`St` of `St. Brendan`), and the word before the saint's leaves it one (notNamedBefore).
 */
export function saintsPlace(text: string, start: number, end: number, isFirst: (lower: string) => boolean): boolean {
  if (SAINT_ALONE.test(text.slice(start, end))) return /^\.?[ \t]+\p{Lu}/u.test(text.slice(end, end + 4)) && notNamedBefore(text, start, isFirst)
  // The whole word before, read in a window of its own (a longer word, `cust`, an ordinal's `21st`, only ends like one).
  const from = Math.max(0, start - 8)
  const word = WORD_BEFORE.exec(text.slice(from, start))
  if (word === null || !SAINT_ALONE.test(word[1]!) || /[\p{L}\p{M}\p{N}]/u.test(text[from + word.index - 1] ?? "")) return false
  return notNamedBefore(text, from + word.index, isFirst)
}
/**
 * Whether the word before the saint's word at `at` leaves it a saint's: not a number (`3 St. Anna`: pieces), a given name
 * or a title (`Jane St. Clair`, `Mr St John`: a surname's), nor another capitalised word but a greeting (`14 Main St. Anna
 * signed`: a street's; `Hello St. Brendan billing`).
 */
function notNamedBefore(text: string, at: number, isFirst: (lower: string) => boolean): boolean {
  const before = /([\p{L}\p{M}\p{N}'’-]+)[.,]?[ \t]+$/u.exec(text.slice(Math.max(0, at - 30), at))
  if (before === null) return true
  const previous = before[1]!
  if (/\p{N}/u.test(previous) || isFirst(previous.toLowerCase()) || TITLE.test(previous)) return false
  return !/^\p{Lu}/u.test(previous) || GREETING.test(previous)
}
const TITLE = /^(?:mr|mrs|ms|miss|mx|dr|prof|sir|dame|lady|lord|rev|fr|herr|frau|mme|mlle|m)$/i
const GREETING = /^(?:hello|hi|hey|dear|welcome|thanks|bonjour|hallo|hola|ciao)$/i

const STATE_AND_ZIP = /^,[ \t]*[A-Z]{2}[ \t]+\d{5}(?:-\d{4})?(?!\d)/
/** Whether the name ending at `end` is a US city, its state's two capitals and a ZIP code after it. */
export const cityBeforeState = (text: string, end: number) => text.charCodeAt(end) === 44 && STATE_AND_ZIP.test(text.slice(end, end + 20))
