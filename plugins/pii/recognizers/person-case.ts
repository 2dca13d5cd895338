import { INTRODUCTIONS, NAME_INTRODUCTIONS, PARTICLES, ROLE_NOUNS, ROLES } from "./person-cues.ts"

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
// Two words in capitals with no lower-case letter and no sentence end between them.
const TWO_CAPS_WORDS = /\p{Lu}{2,}[^\p{Ll}.!?]*?[^\p{L}]\p{Lu}{2,}/u
const LOWER = /\p{Ll}/u

// Identifiers written in capitals stay so: `NINO ON FILE` is no `Nino`.
const ACRONYMS = new Set(["NINO", "SSN", "IBAN", "BIC", "SWIFT", "DOB", "PIN", "CVV", "CVC", "VAT", "IMEI", "NHS", "ID", "IP", "NI", "PAN", "OTP", "PUK", "SIM"])

/**
 * A sentence (a line, or its part up to a `.`, `!` or `?`) without lower-case letters and with at least two
 * capitalised words of two letters or more: `CALLER SALMA MANSOUR ASKED US TO STOP. Due 20 July`.
 */
function titleCaseCapsLines(text: string): string {
  if (!/\p{Lu}{2}/u.test(text)) return text
  let changed = false
  const lines = text.split("\n").map((line) =>
    !TWO_CAPS_WORDS.test(line) ? line : line.replace(/[^.!?]+[.!?]*/g, (sentence) => {
      if (LOWER.test(sentence) || (sentence.match(CAPS_WORD)?.length ?? 0) < 2) return sentence
      changed = true
      return sentence.replace(/\p{Lu}[\p{Lu}\p{M}]+/gu, (w) => (ACRONYMS.has(w) ? w : w[0] + lowerSameLength(w.slice(1))))
    }),
  )
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

/** What the person recognizer knows of a lower-case word. */
export interface NameWords {
  /** A known first name that is no everyday word (`agnieszka`, not `will`). */
  isFirst(word: string): boolean
  /** An everyday or frequent word of a covered language. */
  isOrdinary(word: string): boolean
  /** Whether `second` is the surname after the first name `first` (`anna schmidt`, not `anna and`). */
  isSurname(first: string, second: string): boolean
}

// Speech-to-text and quick notes write names in lower case after a title (`caller mr lindqvist`, `mevrouw de boer`)
// or after a role, a relative or an introduction (`customer agnieszka`, `su hija youssef`). Titles that are almost
// always followed by a (sur)name: any word but an everyday one is taken; after the other cues only a known first name.
const LOWER_TITLES = new Set(["mr", "mrs", "ms", "dr", "herr", "herrn", "monsieur", "señor", "señora", "señorita", "meneer", "mevrouw", "dhr", "mevr", "signor", "signora", "sig", "sig.ra", "sig.na", "senhor", "senhora", "domnul", "doamna"])
const phrase = (p: string) => p.toLowerCase().replace(/[.:]+$/, "")
const LOWER_CUES = new Set([...INTRODUCTIONS, ...ROLE_NOUNS, ...ROLES].map(phrase))
const LOWER_PARTICLES = new Set(PARTICLES)
// A cheap test before the pass: a title or a cue (lower case or capitalised), then a word written lower case.
const CUE_THEN_LOWER = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:${[...new Set([...LOWER_TITLES, ...LOWER_CUES].flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)]))].sort((a, b) => b.length - a.length).map(escape).join("|")})\\.?[ \\t]+\\p{Ll}`,
  "u",
)
const TOKEN_UNIT = /[\p{L}\p{M}\p{N}'’\/.-]/u
const isTokenUnit = (c: number, ch: string) =>
  c < 128 ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 45 && c <= 57) || c === 39 : TOKEN_UNIT.test(ch)
const LOWER_NAME = /^\p{Ll}[\p{L}\p{M}'’-]*$/u

interface Token {
  at: number
  word: string
  /** Only spaces or tabs between it and the token before. */
  joined: boolean
}

function tokensOf(lowered: string): Token[] {
  const out: Token[] = []
  let last = 0
  let spaces = true
  for (let i = 0; i < lowered.length; ) {
    const c = lowered.charCodeAt(i)
    if (!isTokenUnit(c, lowered[i]!)) {
      if (c !== 32 && c !== 9) spaces = false
      i++
      continue
    }
    let end = i + 1
    while (end < lowered.length && isTokenUnit(lowered.charCodeAt(end), lowered[end]!)) end++
    let wordEnd = end
    while (wordEnd > i && ".,:;!?".includes(lowered[wordEnd - 1]!)) wordEnd--
    out.push({ at: i, word: lowered.slice(i, wordEnd), joined: spaces && i > last })
    last = end
    spaces = true
    i = end
  }
  return out
}

/** The positions to capitalise: lower-case (sur)names after a title or after another cue. */
function namesAfterCues(out: string, lowered: string, words: NameWords): number[] {
  const t = tokensOf(lowered)
  const at: number[] = []
  const upper = (k: number) => LOWER.test(out[t[k]!.at]!) && at.push(t[k]!.at)
  for (let i = 0; i + 1 < t.length; i++) {
    let j = i + 1
    if (!t[j]!.joined) continue
    if (LOWER_TITLES.has(t[i]!.word)) {
      while (j + 1 < t.length && LOWER_PARTICLES.has(t[j]!.word) && t[j + 1]!.joined) j++
      const name = t[j]!.word
      // A capitalised surname after lower-case particles (`Dhr. de Boer`): the first particle opens the name.
      const lowerName = LOWER.test(out[t[j]!.at]!)
      if (!LOWER_NAME.test(name) || (j === i + 1 && (!lowerName || words.isOrdinary(name)))) continue
      if (j > i + 1) upper(i + 1)
      if (!lowerName) continue
      upper(j)
      if (j + 1 < t.length && t[j + 1]!.joined && words.isSurname(name, t[j + 1]!.word)) upper(j + 1)
      continue
    }
    // The cheap tests first: the word after is written lower case and is a known first name, then the cue before it.
    const name = t[j]!.word
    const c = out.charCodeAt(t[j]!.at)
    if (c < 97 || (c > 122 && c < 128) || !words.isFirst(name) || !LOWER_NAME.test(name) || !LOWER.test(out[t[j]!.at]!)) continue
    const cue = LOWER_CUES.has(t[i]!.word) || (i > 0 && LOWER_CUES.has(`${t[i - 1]!.word} ${t[i]!.word}`)) || (i > 1 && LOWER_CUES.has(`${t[i - 2]!.word} ${t[i - 1]!.word} ${t[i]!.word}`))
    if (!cue) continue
    upper(j)
    // The surname, after particles written lower case (`il cliente sofia lo bianco`).
    let k = j + 1
    while (k + 1 < t.length && LOWER_PARTICLES.has(t[k]!.word) && t[k + 1]!.joined) k++
    if (k < t.length && t[k]!.joined && words.isSurname(name, t[k]!.word)) upper(k)
  }
  return at
}

/**
 * The text with ALL-CAPS lines title-cased and lower-case names after an introduction, a title or a role
 * capitalised, same length.
 */
export function readable(text: string, words: NameWords): string {
  let out = titleCaseCapsLines(text)
  const intro = STEMS.test(out)
  const cue = CUE_THEN_LOWER.test(out)
  if (!intro && !cue) return out
  const lowered = lowerSameLength(out)
  const at: number[] = []
  if (intro) {
    for (const m of lowered.matchAll(INTRO_THEN_WORDS)) {
      const first = m[1]!
      const firstAt = m.index + m[0].length - (m[2] ? m[2].length + 1 : 0) - first.length
      if (!LOWER.test(out[firstAt]!)) continue
      at.push(firstAt)
      // After an introduction any word but an everyday one or a verb is the surname (`her name is madison kowalczyk`).
      if (m[2] && (words.isSurname(first, m[2]) || !words.isOrdinary(m[2]))) at.push(firstAt + first.length + 1)
    }
  }
  if (cue) at.push(...namesAfterCues(out, lowered, words))
  for (const i of at) out = out.slice(0, i) + upperSameLength(out[i]!) + out.slice(i + 1)
  return out
}
