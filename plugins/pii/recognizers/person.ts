import { defineRecognizer, type Candidate } from "../../../core/index.ts"
import { FIRST_NAMES } from "../data/first-names.ts"
import { COMMON_WORDS, GREETINGS, INTRODUCTIONS, NEVER_NAMES, PARTICLES, ROLES, SIGN_OFFS, TITLES } from "./person-cues.ts"

const lower = (words: readonly string[]) => new Set(words.map((w) => w.toLowerCase()))
const FIRST = lower(FIRST_NAMES)
const COMMON = lower(COMMON_WORDS)
const STRIP = new Set([...lower(NEVER_NAMES), ...lower(GREETINGS), ...lower(TITLES), ...lower(ROLES), ...lower(SIGN_OFFS)])
const alt = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+")).join("|")

const WORD = String.raw`\p{Lu}[\p{Ll}\p{M}]*(?:['’]\p{Lu}?[\p{Ll}\p{M}]+|-\p{Lu}[\p{Ll}\p{M}]+|\p{Lu}[\p{Ll}\p{M}]{2,})*`
const PARTICLE = `(?:${alt(PARTICLES)})`
/** Capitalised words, with lower-case particles between them, on one line. */
const RUN = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}@._'’-])${WORD}(?:[ ](?:${PARTICLE}[ ])*${WORD}){0,4}(?![\\p{L}\\p{M}\\p{N}@_-]|\\.[\\p{L}\\p{N}])`, "gu")
const TOKEN = new RegExp(WORD, "gu")

const ENDS = (words: readonly string[], tail: string) => new RegExp(`(?:^|[^\\p{L}])(?:${alt(words)})${tail}$`, "iu")
const TITLE_BEFORE = ENDS(TITLES, String.raw`\.?\s+`)
const INTRO_BEFORE = ENDS(INTRODUCTIONS, String.raw`[:,]?\s+`)
const GREETING_BEFORE = ENDS(GREETINGS, String.raw`,?\s+`)
const ROLE_BEFORE = new RegExp(`^\\s*(?:\\[[^\\]]*\\]\\s*)?(?:${alt(ROLES)})\\s+$`, "iu")
const HEADER_BEFORE = /^\s*(?:from|to|cc|von|an|de|à|para|van|aan|da|a|name|nom|nombre|naam|nome|kunde|customer|client|cliente|klant)\s*:\s*$/iu
const SIGN_OFF_LINE = new RegExp(`^\\s*(?:${alt(SIGN_OFFS)})\\s*[,.!]?\\s*$`, "iu")
const SIGN_OFF_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${alt(SIGN_OFFS)}),\\s*$`, "iu")

interface Word {
  start: number
  end: number
  lower: string
}

function wordsOf(text: string, from: number, to: number): Word[] {
  const out: Word[] = []
  for (const m of text.slice(from, to).matchAll(TOKEN)) out.push({ start: from + m.index, end: from + m.index + m[0].length, lower: m[0].toLowerCase() })
  return out
}

/** How strongly the text before a name (and the character after it) says "a person's name follows". */
function cueScore(text: string, start: number, end: number): number {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1
  const before = text.slice(Math.max(lineStart, start - 60), start)
  const after = text.slice(end, end + 2)
  if (TITLE_BEFORE.test(before)) return 0.85
  if (ROLE_BEFORE.test(before) && after.startsWith(":")) return 0.85
  if (HEADER_BEFORE.test(before)) return 0.8
  if (INTRO_BEFORE.test(before)) return 0.8
  if (GREETING_BEFORE.test(before) && /^(?:[,!.:;?)\s]|$)/.test(after)) return 0.8
  if (SIGN_OFF_BEFORE.test(before)) return 0.8
  if (before.trim() === "") {
    const prevLine = text.slice(text.lastIndexOf("\n", lineStart - 2) + 1, Math.max(0, lineStart - 1))
    if (SIGN_OFF_LINE.test(prevLine) && /^(?:\s|$|,)/.test(after)) return 0.85
  }
  return 0
}

/**
 * Best effort: a run of capitalised words is a name when a cue comes before
 * it (a title, an introduction, a greeting, a sign-off, a speaker tag) or when
 * it starts with a known first name that is not also an everyday word.
 */
export const person = defineRecognizer({
  type: "PERSON",
  name: "person",
  score: 0.6,
  *find(text): Iterable<Candidate> {
    for (const m of text.matchAll(RUN)) {
      let words = wordsOf(text, m.index, m.index + m[0].length)
      while (words.length && STRIP.has(words[0]!.lower)) words = words.slice(1)
      while (words.length && STRIP.has(words[words.length - 1]!.lower)) words = words.slice(0, -1)
      const first = words[0]
      const last = words[words.length - 1]
      if (!first || !last) continue
      const start = first.start
      const end = last.end
      const known = FIRST.has(first.lower)
      const common = COMMON.has(first.lower)
      const cue = cueScore(text, start, end)
      let score = 0
      if (cue) score = known ? cue + 0.1 : cue
      else if (known && !common) score = words.length > 1 ? 0.75 : 0.6
      else if (known && words.length > 1 && !COMMON.has(words[1]!.lower)) score = 0.55
      if (score > 0) yield { start, end, score: Math.min(1, score) }
    }
  },
})
