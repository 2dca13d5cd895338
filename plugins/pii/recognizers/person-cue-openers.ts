import { wordMap } from "../../../core/index.ts"
import { LOWER } from "./person-caps.ts"

// Where the cue expression of person-case.ts (a phrase, then `[.,]?[ \t]+` and a lower-case letter) can match: at a word
// that opens one of its phrases, followed by the unit the phrase goes on with (a space standing for any white space, then
// the unit its next word opens with) or, where the word is a whole phrase, by that ending. Most words that open a phrase
// are followed by neither (`Agent:`, `Customer:`, `on the` where a phrase is `on behalf of`), and the expression is not
// tried there.

interface Opener {
  next: Set<number>
  /** The units the next word of a phrase opens with, after the white space following this one. */
  second: Set<number>
  whole: boolean
}

const WHITE_SPACE = /\s/
// ASCII at once, the expressions only for another unit.
const whiteAt = (out: string, i: number, c: number) => c === 32 || (c >= 9 && c <= 13) || (c > 127 && WHITE_SPACE.test(out[i]!))
const lowerAt = (out: string, i: number, c: number) => (c < 128 ? c >= 97 && c <= 122 : LOWER.test(String.fromCodePoint(out.codePointAt(i)!)))

/** Whether the expression can match a phrase opened by `o`, the word before `end`. */
function mayFollow(o: Opener, out: string, end: number): boolean {
  const c = out.charCodeAt(end)
  if (o.next.has(c)) return true
  if (o.second.size && end < out.length && whiteAt(out, end, c)) {
    let k = end + 1
    while (k < out.length && whiteAt(out, k, out.charCodeAt(k))) k++
    if (o.second.has(out.charCodeAt(k)) || o.second.has(-1)) return true
  }
  if (!o.whole) return false
  let k = c === 46 || c === 44 ? end + 1 : end
  if (out.charCodeAt(k) !== 32 && out.charCodeAt(k) !== 9) return false
  while (out.charCodeAt(k) === 32 || out.charCodeAt(k) === 9) k++
  return k < out.length && lowerAt(out, k, out.charCodeAt(k))
}

/**
 * A test of the word `out.slice(start, end)` (a whole run of letters and marks): whether one of `phrases`, written as
 * phraseAlternation writes them, then `[.,]?[ \t]+(?=\p{Ll})`, can match from its start.
 */
export function cueOpeners(phrases: readonly string[]): (out: string, start: number, end: number) => boolean {
  const byWord = new Map<string, Opener>()
  for (const p of phrases) {
    const opener = /^[\p{L}\p{M}]+/u.exec(p)?.[0] ?? p
    const key = opener.toLowerCase()
    const o = byWord.get(key) ?? byWord.set(key, { next: new Set(), second: new Set(), whole: false }).get(key)!
    if (opener.length === p.length) o.whole = true
    else if (p.charCodeAt(opener.length) !== 32) o.next.add(p.charCodeAt(opener.length))
    else {
      let j = opener.length
      while (p.charCodeAt(j) === 32) j++
      // A phrase ending in its space (none does) would go on with any unit: -1 says so.
      o.second.add(j < p.length ? p.charCodeAt(j) : -1)
    }
  }
  const openers = wordMap(byWord)
  // What mayFollow can accept after any opener: a unit some phrase goes on with, white space, or a whole phrase's `.` or
  // `,`. A word followed by another unit (`Agent:`, `call!`) is no opener's, and is not looked up.
  // Read for every word of a text: ASCII units (white space and `.` and `,` among them) in a table, the few others in a
  // list, rather than a Set looked up per word.
  const next = new Uint8Array(128)
  for (const o of byWord.values()) for (const c of o.next) if (c < 128) next[c] = 1
  next[46] = next[44] = next[32] = 1
  for (let c = 9; c <= 13; c++) next[c] = 1
  const others = [...byWord.values()].flatMap((o) => [...o.next].filter((c) => c >= 128))
  return (out, start, end) => {
    const c = out.charCodeAt(end)
    if (c < 128 ? next[c] === 0 : !others.includes(c) && !whiteAt(out, end, c)) return false
    const o = openers.getRange(out, start, end)
    return o !== undefined && mayFollow(o, out, end)
  }
}
