import { ROLES } from "./person-cues.ts"
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

// A line that says something: a word, then a space or a stop (not `00:1a:…`, `LT12 1000 …`).
const SAYS = /^[ \t]*\p{L}[\p{L}\p{M}'’]*[ \t,.!?]/u
// A chat's speaker in lower case with no stamp, opening its line (`siobhan: hiya my slot …`, `amandine : bonjour`).
const BARE_TAG = /(?<=^|\n)(\p{Ll}[\p{Ll}\p{M}'’-]*(?:[ ]\p{Ll}[\p{Ll}\p{M}'’-]*)?)[ ]?:[ \t]/gu
// Any speaker's tag opening a line, after a stamp, with a bracket (`Arnaud (FreshCart) :`), and a desk's role words.
const ANY_TAG = /(?<=^|\n)(?:\[[^\]\n]{1,24}\][ \t]*)?(\p{L}[\p{L}\p{M}'’ -]{0,30}?(?:[ ]?\([^)\n]{1,30}\))?)[ ]?:[ \t]/gu
const DESK = new Set(ROLES.map((w) => w.toLowerCase()))

/**
 * Speakers' tags in lower case that open two lines or more, the first word a listed given name and not an everyday word
 * (`kasia: dzień dobry …⏎kasia: 512 338 907`, `maria jose: hola`): a chat's turns. Written once, such a word before a
 * colon is a key or a word as often (`will: …`, `note: …`); a second word is a given name or no everyday word. One of
 * the lines says something, a word first: a record's keys hold values (`mac: 00:1a:…`, `iban: LT12 …`). Another party's
 * turn comes between two of them, its tag capitalised or a desk's role: lower-case keys one after another are a list's
 * or a config's (`ginger: out of stock`, `apollo: running`); an indented key is a config's too.
 */
export function repeatedLowerTags(text: string, words: { isFirst: (w: string) => boolean; isOrdinary: (w: string) => boolean }): Span[] {
  const starts = new Map<string, number[]>()
  const said = new Set<string>()
  for (const m of text.matchAll(BARE_TAG)) {
    const tag = m[1]!
    const at = starts.get(tag) ?? []
    at.push(m.index + m[0].indexOf(tag))
    starts.set(tag, at)
    const end = m.index + m[0].length
    if (SAYS.test(text.slice(end, end + 40))) said.add(tag)
  }
  const out: Span[] = []
  let order: { t: string; at: number }[] | undefined
  for (const [tag, at] of starts) {
    if (at.length < 2 || !said.has(tag)) continue
    order ??= [...text.matchAll(ANY_TAG)].map((m) => ({ t: m[1]!, at: m.index }))
    // A chat: another party's turn, capitalised or a desk's role, between two of this tag's turns (not a list of lower-case keys).
    if (!order.some(({ t, at: i }) => i > at[0]! && i < at[at.length - 1]! && t !== tag && (/^\p{Lu}/u.test(t) || DESK.has(t.toLowerCase().split(" ")[0]!)))) continue
    const [first, second] = tag.split(" ")
    if (!words.isFirst(first!) || (second !== undefined && !words.isFirst(second) && words.isOrdinary(second))) continue
    for (const start of at) out.push({ start, end: start + tag.length, score: 0.8 })
  }
  return out
}
