// Places named like people. A saint's name is a place's (a hospital, a church, a school, a street: `St Brendan pre-reg`,
// `Hello St. Brendan billing`, `Ospedale Santa Chiara`): the word for saint right before a name, or opening it. A US
// city before its state's code and its ZIP code (`Eugene, OR 97405`).

const SAINT = String.raw`(?:st|ste|saint|sainte|sankt|sint|são|santo|santa|szent)`
const WORD_BEFORE = /([\p{L}\p{M}]+)\.?[ \t]+$/u
const SAINT_ALONE = new RegExp(String.raw`^${SAINT}$`, "iu")

/**
 * Whether the name `start..end` follows the word for saint (`St. Brendan`, `st finbarrs`) or is that word before a
 * capitalised word (`St` of `St. Brendan`). Not after a given name (`Jane St. Clair`: a surname's).
 */
export function saintsPlace(text: string, start: number, end: number, isFirst: (lower: string) => boolean): boolean {
  if (SAINT_ALONE.test(text.slice(start, end))) return /^\.?[ \t]+\p{Lu}/u.test(text.slice(end, end + 4))
  // The whole word before, read in a window of its own (a longer word, `cust`, only ends like one).
  const from = Math.max(0, start - 8)
  const word = WORD_BEFORE.exec(text.slice(from, start))
  if (word === null || !SAINT_ALONE.test(word[1]!) || /[\p{L}\p{M}]/u.test(text[from + word.index - 1] ?? "")) return false
  const before = /([\p{L}\p{M}'’-]+)[ \t]+[\p{L}\p{M}]+\.?[ \t]+$/u.exec(text.slice(Math.max(0, start - 40), start))
  return before === null || !isFirst(before[1]!.toLowerCase())
}

const STATE_AND_ZIP = /^,[ \t]*[A-Z]{2}[ \t]+\d{5}(?:-\d{4})?(?!\d)/
/** Whether the name ending at `end` is a US city, its state's two capitals and a ZIP code after it. */
export const cityBeforeState = (text: string, end: number) => text.charCodeAt(end) === 44 && STATE_AND_ZIP.test(text.slice(end, end + 20))
