import type { Candidate } from "../../../core/index.ts"
import { NOT_GREETED } from "./person-openers.ts"
import { nameWords } from "./person.ts"
import { lineStartMatches } from "./line-matches.ts"

// A text message's lower-case full name after its greeting or before nothing after its thanks (`howya aoife byrne 🙂`,
// `kia ora mere walker`, `dear sir/madam rahul deshpande`, `thx mere walker`, `moltes gràcies núria soler i vidal`).
const OPENERS = ["howya", "hiya", "hi", "hello", "hey", "hello po", "hi po", "kia ora", "dear sir/madam", "dear sir", "dear madam", "pozdravljeni", "zdravo", "szia", "kaixo", "hoi", "hola", "olá", "bok"]
const THANKS = ["ty", "thx", "tnx", "thanks", "thank you", "thank you po", "salamat po", "cheers", "ta", "najlepša hvala", "hvala", "köszönöm szépen", "köszönöm", "moltes gràcies", "gràcies", "muchas gracias", "mil gracias", "obrigado", "obrigada", "danke", "merci", "takk", "tak", "bedankt", "dank je",
  // A thanks of two words whose second no list knows as an everyday word (`takk kærlega guðrún`).
  "takk kærlega", "tusen takk", "mange tak", "vielen dank", "merci beaucoup", "grazie mille", "thanks so much", "thank you so much", "dank je wel"]
// Longest first: `thank you po` before `thank you`, whose name would hold `po`.
const escape = (p: string) => p.replace(/[./]/g, "\\$&").replace(/ /g, "[ \\t]+")
const longestFirst = (cues: readonly string[]) => [...cues].sort((a, b) => b.length - a.length).map(escape).join("|")
const WORD = String.raw`\p{Ll}[\p{Ll}\p{M}'’-]+`
const RUN = String.raw`(${WORD}(?:[ \t](?:${WORD}|i|e|y)){1,3})`
// The greeting opens the text or a line; the name closes its clause: a comma, an emoji, the line's end.
// Both are tried only where a line starts (line-matches.ts); neither match crosses a line's end.
const OPENED = new RegExp(String.raw`(?<=^|\n)[ \t]*(?:${longestFirst(OPENERS)}),?[ \t]+${RUN}(?=[ \t]*(?:[,!.]|\p{Extended_Pictographic}|\r?\n|$))`, "uy")
// The thanks opens the text's last line, the name closes it: the last line's start is the one place to try.
const THANKED = new RegExp(String.raw`[ \t]*(?:${longestFirst(THANKS)}),?[ \t]+${RUN}[ \t]*[.!]?[ \t]*$`, "uy")
const JOINS = new Set(["i", "e", "y", "de", "da", "dos", "das", "del", "dela", "van", "von", "der", "den", "te"])

/** Every word a name's (no everyday word, a joining particle aside), one of them a listed given name. */
function lowerName(run: string): boolean {
  const words = run.split(/[ \t]/)
  // Whom a greeting addresses when it is no person: `hi grace everyone,`, `hi june payment,`.
  if (JOINS.has(words[words.length - 1]!) || words.some((w) => NOT_GREETED.has(w))) return false
  // The listed given name no everyday word (`aoife`, `walker`; not `will` of `hi will power!`, `grace` of `hi grace booking`).
  return words.every((w) => JOINS.has(w) || !nameWords.isOrdinary(w)) && words.some((w) => nameWords.isPlainFirst(w) && !nameWords.isOrdinary(w))
}

// Or the thanks alone on the line before the last, and a listed given name alone on the last (`thx⏎jake`, `cheers⏎tom`).
const THANKS_THEN_NAME = new RegExp(String.raw`(?<=^|\n)[ \t]*(?:${longestFirst([...THANKS, "best", "regards", "kind regards", "br"])})[ \t]*[,.!]?[ \t]*\r?\n[ \t]*(\p{Ll}[\p{Ll}\p{M}]+)[ \t]*[.!]?[ \t]*$`, "u")

/** A lower-case full name a text message's greeting or closing thanks addresses. */
export function greetedLowerNames(text: string, found: Candidate[]): void {
  for (const m of lineStartMatches(OPENED, text)) greeted(m, found)
  const last = text.lastIndexOf("\n")
  THANKED.lastIndex = last + 1
  const m = THANKED.exec(text)
  if (m) greeted(m, found)
  // The last two lines only, and a last line short enough to hold one name.
  const signed = last >= 0 && text.length - last < 24 ? THANKS_THEN_NAME.exec(text.slice(text.lastIndexOf("\n", last - 1) + 1)) : null
  const name = signed?.[1]
  if (name === undefined || !nameWords.isPlainFirst(name) || nameWords.isOrdinary(name)) return
  const at = text.lastIndexOf(name)
  found.push({ start: at, end: at + name.length, score: 0.8 })
}

function greeted(m: RegExpExecArray, found: Candidate[]): void {
  const run = m[1]!
  if (!lowerName(run)) return
  const start = m.index + m[0].lastIndexOf(run)
  found.push({ start, end: start + run.length, score: 0.85 })
}

// A text's last line: a sign-off, a comma, a firm's lower-case handle, a middle dot, then its writer in capitals
// (`Pagarbiai, tailwaggers · ŽYGIMANTAS NAVICKAS`, `Bien à vous, kennelcourt · CÉDRIC DE SMET`).
const CAPS_WORD = String.raw`\p{Lu}[\p{Lu}\p{M}'’-]*\p{Lu}\p{M}*`
const BRAND_SIGNED = new RegExp(String.raw`(?<=^|\n)[^\n,]{2,30},[ \t]+[\p{Ll}\d][\p{Ll}\d.-]{1,30}[ \t]+·[ \t]+(${CAPS_WORD}(?: (?:${CAPS_WORD}|DE|DA|DOS|VAN|VON|DI|LA|LE)){1,3})[ \t]*$`, "u")

/** The writer in capitals a text's last line signs with after a firm's handle. */
export function brandSignedCaps(text: string, found: Candidate[]): void {
  if (!text.includes("·")) return
  const m = BRAND_SIGNED.exec(text)
  if (!m) return
  const run = m[1]!
  if (!run.split(" ").some((w) => nameWords.isListedFirst(w.toLowerCase())) || run.split(" ").some((w) => w.length > 3 && nameWords.isOrdinary(w.toLowerCase()))) return
  const start = m.index + m[0].lastIndexOf(run)
  found.push({ start, end: start + run.length, score: 0.85 })
}
