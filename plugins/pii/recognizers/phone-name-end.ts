// Where a capitalised word can end, read back from a number by its code units: the expressions that look for a name
// before a number (`…[ \t]*$` over the 48 or 64 units before it) try every position of those units, and most numbers
// follow no capitalised word at all. Each test here is a condition those expressions cannot match without, so they
// are run only where it holds, and find what they found.

const UPPER = 1
// A letter of a word's tail in CAPITALISED: lower case, a mark or an apostrophe.
const TAIL = 2
// Any unit of a run of words: a letter, a mark, an apostrophe or a hyphen.
const WORDISH = 4
// A letter or a mark.
const LETTER = 16
// A letter.
const LETTER_ONLY = 32
const classes = new Uint8Array(65536)
const UPPER_CHAR = /\p{Lu}/u
const TAIL_CHAR = /[\p{Ll}\p{M}'’]/u
const WORDISH_CHAR = /[\p{L}\p{M}'’-]/u
const LETTER_CHAR = /[\p{L}\p{M}]/u
const LETTER_ONLY_CHAR = /\p{L}/u

function classOf(c: number): number {
  let k = classes[c]!
  if (k === 0) {
    const ch = String.fromCharCode(c)
    k = 8 | (UPPER_CHAR.test(ch) ? UPPER : 0) | (TAIL_CHAR.test(ch) ? TAIL : 0) | (WORDISH_CHAR.test(ch) ? WORDISH : 0) | (LETTER_CHAR.test(ch) ? LETTER : 0) | (LETTER_ONLY_CHAR.test(ch) ? LETTER_ONLY : 0)
    classes[c] = k
  }
  return k
}

const isSurrogate = (c: number) => c >= 0xd800 && c <= 0xdfff
export const spaceOrTab = (c: number) => c === 32 || c === 9

/** Where the spaces and tabs right before `at` start. */
export function pastSpaces(text: string, at: number): number {
  while (at > 0 && spaceOrTab(text.charCodeAt(at - 1))) at--
  return at
}

/**
 * Whether a capitalised word (`\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}'’]+)*`, or with `hyphen` one that may end
 * in a hyphen: `\p{Lu}[\p{Ll}\p{M}'’-]+`) can end right at `at`: the unit before it ends a word's tail and the run of
 * word units ending there holds a capital. True where a surrogate is read (a letter outside the BMP): the expression
 * decides.
 */
export function capitalisedEndsAt(text: string, at: number, hyphen = false): boolean {
  if (at <= 0) return false
  const last = text.charCodeAt(at - 1)
  if (isSurrogate(last)) return true
  if (!(classOf(last) & TAIL) && !(hyphen && last === 45)) return false
  for (let i = at - 2; i >= 0; i--) {
    const c = text.charCodeAt(i)
    if (isSurrogate(c)) return true
    const k = classOf(c)
    if (k & UPPER) return true
    if (!(k & WORDISH)) return false
  }
  return false
}

/** Whether a capitalised word, then a comma or spaces or both, ends right before `start` (WORD_NAME_COMMA's end). */
export function capitalisedThenComma(text: string, start: number): boolean {
  let end = pastSpaces(text, start)
  if (text.charCodeAt(end - 1) === 44) end--
  return end < start && capitalisedEndsAt(text, end)
}

const lowerWordUnit = (c: number) => (c >= 97 && c <= 122) || c === 0xe5

/**
 * Whether a capitalised word can end where a name before a number ends: right before `start` past spaces, past a
 * colon, or past one or two lower-case words (`on`, `på`, `en el`): where TITLED_NAME (phone-kin.ts) ends its name.
 */
export function nameMayEndBefore(text: string, start: number): boolean {
  const at = pastSpaces(text, start)
  if (capitalisedEndsAt(text, at)) return true
  if (text.charCodeAt(at - 1) === 58 && capitalisedEndsAt(text, pastSpaces(text, at - 1))) return true
  let end = at
  for (let words = 0; words < 2; words++) {
    let i = end
    while (i > 0 && lowerWordUnit(text.charCodeAt(i - 1))) i--
    if (i === end || !spaceOrTab(text.charCodeAt(i - 1))) return false
    end = pastSpaces(text, i)
    if (capitalisedEndsAt(text, end)) return true
  }
  return false
}

const WORD_BEFORE = /[\p{L}\p{M}][\p{L}\p{M}'’-]*$/u

/**
 * `/[\p{L}\p{M}][\p{L}\p{M}'’-]*$/u.exec(text.slice(Math.max(0, at - 30), at))?.[0]`, read back from `at` by units:
 * the run of word units before `at` from its first letter or mark. The expression itself where a surrogate is read.
 */
export function wordBefore(text: string, at: number): string | undefined {
  const from = Math.max(0, at - 30)
  let i = at
  for (; i > from; i--) {
    const c = text.charCodeAt(i - 1)
    if (isSurrogate(c)) return WORD_BEFORE.exec(text.slice(from, at))?.[0]
    if (!(classOf(c) & WORDISH)) break
  }
  while (i < at && !(classOf(text.charCodeAt(i)) & LETTER)) i++
  return i < at ? text.slice(i, at) : undefined
}

/**
 * Whether a key's `=` or `:` can end where KEY_BEFORE (phone-other.ts) ends it: right before `start` past spaces, or
 * past spaces, one letter and spaces (`folio-number=F 7730 …`).
 */
export function keyMayEndBefore(text: string, start: number): boolean {
  const at = pastSpaces(text, start)
  const c = text.charCodeAt(at - 1)
  if (c === 58 || c === 61) return true
  if (at === start || at === 0) return false
  if (isSurrogate(c)) return true
  if (!(classOf(c) & LETTER)) return false
  const k = text.charCodeAt(pastSpaces(text, at - 1) - 1)
  return k === 58 || k === 61
}

/**
 * Where the last `tokens` runs of units other than spaces and tabs before `at` start, read back no further than `floor`:
 * an expression that matches no more than that many such runs before `at` (and has no lookbehind) finds the same
 * match from there.
 */
export function lastTokensFrom(text: string, at: number, tokens: number, floor: number): number {
  let i = at
  for (let n = 0; n < tokens && i > floor; n++) {
    while (i > floor && spaceOrTab(text.charCodeAt(i - 1))) i--
    while (i > floor && !spaceOrTab(text.charCodeAt(i - 1))) i--
  }
  return i
}

/**
 * Whether one of `cues` (lower case; `capitalCues` as written) can open a name in the `reach` units before `start`: a run
 * of letters and hyphens, from its start or a hyphen in it, then a dot or not, spaces and a capital. Where TITLED_NAME
 * (phone-kin.ts) finds a title or "ask for" before a name, such a run ends it. True where a surrogate is read.
 */
export function cueBeforeName(text: string, start: number, reach: number, cues: ReadonlySet<string>, capitalCues: ReadonlySet<string>): boolean {
  const from = Math.max(0, start - reach)
  const cueUnit = (c: number) => c === 45 || (classOf(c) & LETTER_ONLY) !== 0
  for (let i = from; i < start; ) {
    const c = text.charCodeAt(i)
    if (isSurrogate(c)) return true
    if (!cueUnit(c)) {
      i++
      continue
    }
    let j = i
    while (j < start && cueUnit(text.charCodeAt(j))) j++
    let k = j < start && text.charCodeAt(j) === 46 ? j + 1 : j
    if (k < start && spaceOrTab(text.charCodeAt(k))) {
      while (k < start && spaceOrTab(text.charCodeAt(k))) k++
      const capital = text.charCodeAt(k)
      if (k < start && (isSurrogate(capital) || classOf(capital) & UPPER)) {
        for (let at = i; ; ) {
          const cue = text.slice(at, j)
          if (cues.has(cue.toLowerCase()) || capitalCues.has(cue)) return true
          const dash = text.indexOf("-", at)
          if (dash < 0 || dash >= j) break
          at = dash + 1
        }
      }
    }
    i = j
  }
  return false
}

const NUMBER_CHAR = /\p{N}/u
const GLUED_WORD = /(?:^|[^\p{L}\p{N}])(\p{L}+)[.:]?$/u

/**
 * The letters typed right before `start`, past a `.` or a `:` (`dotted`), within 30 units: what
 * `/(?:^|[^\p{L}\p{N}])(\p{L}+)[.:]?$/u` finds in them, read back by units (the expression itself where a surrogate is
 * read). Null when no letters end there, or a digit is glued before them (`2nd`).
 */
export function lettersBefore(text: string, start: number): { word: string; dotted: boolean } | null {
  const from = Math.max(0, start - 30)
  const last = text.charCodeAt(start - 1)
  const end = start > from && (last === 46 || last === 58) ? start - 1 : start
  let i = end
  for (; i > from; i--) {
    const c = text.charCodeAt(i - 1)
    if (isSurrogate(c)) {
      const m = GLUED_WORD.exec(text.slice(from, start))
      return m === null ? null : { word: m[1]!, dotted: !m[0].endsWith(m[1]!) }
    }
    if (!(classOf(c) & LETTER_ONLY)) break
  }
  if (i === end) return null
  const b = text.charCodeAt(i - 1)
  if (i > from && (b < 128 ? b >= 48 && b <= 57 : NUMBER_CHAR.test(text[i - 1]!))) return null
  return { word: text.slice(i, end), dotted: end < start }
}
