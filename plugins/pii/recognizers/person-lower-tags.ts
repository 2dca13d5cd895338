// A transcript writes its speakers' tags in lower case (`[…] kavita ali-hosein: It's Kavita Ali-Hosein. You can …`,
// `rose costigan: yeah it's Rose, my number is …`): a name found in the text, written again in lower case, is the same
// person. A full name (two words or more) counts wherever it stands again; a given name alone only opening a speaker's
// tag, with the tag's other words (its surname), since a lone given name in lower case is as often a word (`rose`).

interface Span {
  start: number
  end: number
  score?: number
}

/** A speaker tag's stamp and the space after it: bracketed (`[…]`, `[10:42]`) or a chat's bare clock (`18:04`, `6:04 pm`). */
export const SPEAKER_STAMP = String.raw`(?:\[[^\]\n]{1,30}\][ \t]+|\d{1,2}:\d\d(?::\d\d)?(?:[ \t]*[ap]\.?m\.?)?[ \t]+)`
// A line's speaker tag: an optional stamp, one to three lower-case words, a colon.
const TAG = new RegExp(String.raw`(?<=^|\n)[ \t]*${SPEAKER_STAMP}?(\p{Ll}[\p{Ll}\p{M}'’-]*(?:[ \t]+\p{Ll}[\p{Ll}\p{M}'’-]*){0,2}):`, "gu")
const WORD_UNIT = /[\p{L}\p{M}\p{N}'’_-]/u
const SPACE = /\s/
/** Where the first white space of `s` is (as `/\s/` finds it), or -1: read unit by unit, most values being a word or two. */
function firstSpace(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c === 32 || (c >= 9 && c <= 13) || (c > 127 && SPACE.test(s[i]!))) return i
  }
  return -1
}
const wordUnit = (text: string, i: number) => i >= 0 && i < text.length && WORD_UNIT.test(text[i]!)

/** The lower-case places of the names in `found` (score 0.7 or more) that no finding covers yet. */
export function lowerSameNames(text: string, found: readonly Span[]): Span[] {
  const full: string[] = []
  const given: string[] = []
  for (const f of found) {
    if ((f.score ?? 0) < 0.7) continue
    const value = text.slice(f.start, f.end)
    const lower = value.toLowerCase()
    if (lower === value) continue
    const space = firstSpace(lower)
    if (space >= 0) {
      if (!full.includes(lower)) full.push(lower)
      const first = lower.slice(0, space)
      if (!given.includes(first)) given.push(first)
    } else if (!given.includes(lower)) given.push(lower)
  }
  const out: Span[] = []
  if (!full.length && !given.length) return out
  const taken = (s: number, e: number) => found.some((f) => f.start < e && s < f.end) || out.some((f) => f.start < e && s < f.end)
  for (const name of full) {
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
      const e = i + name.length
      if (!wordUnit(text, i - 1) && !wordUnit(text, e) && !taken(i, e)) out.push({ start: i, end: e, score: 0.7 })
    }
  }
  if (!given.length || !text.includes(":")) return out
  TAG.lastIndex = 0
  for (let m = TAG.exec(text); m; m = TAG.exec(text)) {
    const words = m[1]!
    const start = m.index + m[0].length - 1 - words.length
    const first = words.split(/[ \t]/)[0]!
    if (given.includes(first) && !taken(start, start + words.length)) out.push({ start, end: start + words.length, score: 0.7 })
  }
  return out
}
