import { NAME_INTRODUCTIONS } from "./person-cues.ts"

// Names are written in capitals on ALL-CAPS lines (`PLEASE CALL EMEKA PRITCHARD`) and in lower case in SMS after an
// introduction (`hi my name is kwame`). The person recognizer reads a copy of the text in which both are written as a
// name usually is; every character keeps its length, so offsets into the copy are offsets into the text.

/** Lower case, character by character, keeping any character whose lower case has another length (`İ`). */
const lowerSameLength = (s: string) => {
  const lower = s.toLowerCase()
  if (lower.length === s.length) return lower
  let out = ""
  for (const ch of s) {
    const l = ch.toLowerCase()
    out += l.length === ch.length ? l : ch
  }
  return out
}
const upperSameLength = (ch: string) => (ch.toUpperCase().length === ch.length ? ch.toUpperCase() : ch)

const CAPS_WORD = /\p{Lu}{2,}/gu
const LOWER = /\p{Ll}/u

/** A line without lower-case letters and with at least two capitalised words of two letters or more. */
function titleCaseCapsLines(text: string): string {
  if (!/\p{Lu}{2}/u.test(text)) return text
  let changed = false
  const lines = text.split("\n").map((line) => {
    if (LOWER.test(line) || (line.match(CAPS_WORD)?.length ?? 0) < 2) return line
    changed = true
    return line.replace(/\p{Lu}[\p{Lu}\p{M}]+/gu, (w) => w[0] + lowerSameLength(w.slice(1)))
  })
  return changed ? lines.join("\n") : text
}

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+")
// On the lower-cased text: the introduction, then one or two words.
const INTRO_THEN_WORDS = new RegExp(
  `(?<![\\p{L}])(?:${[...NAME_INTRODUCTIONS].sort((a, b) => b.length - a.length).map(escape).join("|")})[ \\t]+([\\p{L}\\p{M}'’-]+)(?:[ ]([\\p{L}\\p{M}'’-]+))?(?![\\p{L}\\p{N}])`,
  "gu",
)

// A cheap test before that one: the longest word of each introduction, lower case or capitalised (`name`, `Name`),
// which a text holding the introduction in any case holds once its ALL-CAPS lines are title-cased.
const longest = (p: string) => p.split(" ").reduce((a, b) => (b.length > a.length ? b : a))
const STEMS = new RegExp([...new Set(NAME_INTRODUCTIONS.flatMap((p) => [longest(p), longest(p)[0]!.toUpperCase() + longest(p).slice(1)]))].map(escape).join("|"))

/**
 * The text with ALL-CAPS lines title-cased and lower-case names after an introduction capitalised, same length.
 * `isSurname(first, second)` (both lower case) says whether the word after a lower-case first name is its surname.
 */
export function readable(text: string, isSurname: (first: string, second: string) => boolean): string {
  let out = titleCaseCapsLines(text)
  if (!STEMS.test(out)) return out
  const lowered = lowerSameLength(out)
  for (const m of lowered.matchAll(INTRO_THEN_WORDS)) {
    const first = m[1]!
    const firstAt = m.index + m[0].length - (m[2] ? m[2].length + 1 : 0) - first.length
    if (!LOWER.test(out[firstAt]!)) continue
    const at = [firstAt]
    if (m[2] && isSurname(first, m[2])) at.push(firstAt + first.length + 1)
    for (const i of at) out = out.slice(0, i) + upperSameLength(out[i]!) + out.slice(i + 1)
  }
  return out
}
