import { phraseAlternation } from "../../../core/index.ts"
import { GREETINGS, INTRODUCTIONS, PARTICLES } from "./person-cues.ts"
import { ORGANISATION_WORDS } from "./organisation-words.ts"
import { CUSTOMERS } from "./person-desk.ts"

// A call transcribed by speech-to-text opens with the desk answering: its speaker tag, a greeting, the firm's name, then
// the agent's own name, all in lower case and unpunctuated (`agent: hello harbourline broadband nora lindqvist`,
// `a: buenos días vetrolux marta bellini ruiz`). Nothing but the line's end marks where the firm ends and the name starts:
// the name is the last words, from a listed first name there or else the last two.

/** What this reads of a lower-case word (person.ts's lists). */
export interface DeskWords {
  /** A listed first name, an everyday word or not. */
  isListedFirst(word: string): boolean
  /** An everyday or frequent word, or a verb, of a covered language. */
  isOrdinary(word: string): boolean
}

// The first line with a speaker tag (`a:`, `spk_0:`, `agent:`, `aġent:`, `оператор:`), a greeting, then three to eight
// lower-case words and the line's end: no digit, capital or punctuation but an apostrophe or a hyphen inside a word.
// Basque's good morning too: not among the greetings before a name, whose words are stripped from a name's edges (`on`).
const GREETING = phraseAlternation([...GREETINGS, "egun on"].map((g) => g.toLowerCase()).filter((g) => /^[\p{Ll}\p{M} ]+$/u.test(g)))
const OPENING = new RegExp(String.raw`^[ \t]*([\p{Ll}\p{N}_ ]{1,16}):[ \t]*(?:${GREETING}),?[ \t]+((?:[\p{Ll}\p{M}'’-]+ ){2,7}[\p{Ll}\p{M}'’-]+)[ \t]*$`, "u")
const TAGGED = /^[ \t]*[\p{Ll}\p{N}_ ]{1,16}:/u
const PARTICLE_SET = new Set(PARTICLES)
// Not counted among a name's words either: the Gaelic and Māori particles, which the name's run takes capitalised
// (`eoin Mac Giolla Phádraig`, `mitchell Te Whata`).
const UNCOUNTED = new Set([...PARTICLES, "mac", "nic", "ní", "ó", "uí", "te"])
const INTRODUCED = new RegExp(`(?:^| )(?:${phraseAlternation(INTRODUCTIONS)})(?= |$)`, "u")
// The most lines read before the first tagged one (a title, a date).
const MOST_LINES = 3

/** Where the agent's name starts among the words after the greeting, or -1: its first word a listed first name, or the last two. */
function nameStart(parts: readonly string[], words: DeskWords): number {
  // A sentence (`hello i need help with my bill`): an everyday word that is no first name and no particle. An agent who
  // introduces themself (`hei olet yhteydessä søren`) is read by the introduction's cue.
  if (parts.some((p) => words.isOrdinary(p) && !words.isListedFirst(p) && !PARTICLE_SET.has(p)) || INTRODUCED.test(parts.join(" "))) return -1
  // A listed first name that is no everyday word (`uma`, `grace`) among the last four words, a word of the firm's before
  // it and no firm's word after it.
  // At most two words after it besides particles (`bence vagyok szeretném felfüggeszteni` is a sentence).
  for (let i = Math.max(1, parts.length - 4); i < parts.length - 1; i++) {
    const rest = parts.slice(i + 1)
    if (rest.filter((p) => !UNCOUNTED.has(p)).length > 2) continue
    if (words.isListedFirst(parts[i]!) && !words.isOrdinary(parts[i]!) && !rest.some((p) => ORGANISATION_WORDS.has(p))) return i
  }
  // Else the last two, neither an everyday word (`queria marcar uma consulta`) nor a firm's.
  const name = parts.slice(-2)
  return name.some((p) => ORGANISATION_WORDS.has(p) || words.isOrdinary(p)) ? -1 : parts.length - 2
}

/** The positions to capitalise in `out`: each word of the agent's name on a transcribed call's opening line. */
export function deskAgentName(out: string, words: DeskWords): number[] {
  let lineStart = 0
  for (let n = 0; n < MOST_LINES && lineStart < out.length; n++) {
    const end = out.indexOf("\n", lineStart)
    const line = out.slice(lineStart, end < 0 ? out.length : end)
    if (TAGGED.test(line)) return opening(line, lineStart, words)
    if (end < 0) break
    lineStart = end + 1
  }
  return []
}

function opening(line: string, lineStart: number, words: DeskWords): number[] {
  const m = OPENING.exec(line)
  // A customer's tag greets the desk, not the other way round (`ügyfél: jó napot balogh bence vagyok …`).
  if (!m || CUSTOMERS.test(m[1]!.trim())) return []
  const parts = m[2]!.split(" ")
  const start = nameStart(parts, words)
  if (start < 1) return []
  const at: number[] = []
  let i = lineStart + m.index + m[0].length - m[2]!.length - (m[0].length - m[0].trimEnd().length)
  for (let k = 0; k < parts.length; k++) {
    if (k >= start && !PARTICLE_SET.has(parts[k]!)) at.push(i)
    i += parts[k]!.length + 1
  }
  return at
}
