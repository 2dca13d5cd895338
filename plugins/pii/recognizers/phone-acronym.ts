import { COUNTRY_CODES } from "./phone-shapes.ts"
import { PHONE_LABELS, PHONE_WORDS } from "./phone-words.ts"
import { nameWords } from "./person.ts"

// Capitals right before a number (`borg TDS 505 4395`, `CPR 201094-6975`, `numeris GLD 9032 2701`, `DTMF: 6686006`): an
// acronym naming the number, a scheme, a document or a register, as often as not in a language or a business no list
// covers. Not an acronym of a phone (`SMS`, `WA`, `DDI`), of whose phone it is (`GP`, `HR`, `ICE`), a note's or a mail's
// (`NB`, `FYI`, `RE`), a speaker's (`IVR`, `AGENT`) or a country's code (`UK 07700 …`); nor a word of a sentence written
// in capitals (`CALL ME ON 0207 …`) or on a line so written, nor a surname written in capitals after a first name
// (`Marie PETIT 06 12 34 56 78`).
const ACRONYM_BEFORE = /(?:^|[^\p{L}\p{N}])(\p{Lu}{2,5})[ \t]*[:#]?[ \t]*$/u
export const NOT_IDS = new Set([
  "NB", "PS", "PPS", "FYI", "ATTN", "RE", "FW", "FWD", "CC", "BCC", "ASAP", "OK", "AM", "PM", "EOD", "TBC", "TBD", "NOTE", "URG", "PLS", "PLZ", "THX",
  "IVR", "BOT", "AI", "CSR", "REP", "AGT", "CUST", "AGENT", "USER", "TTS", "STT", "SALES", "HELP", "INFO", "HQ", "DESK", "MAIN",
  "TEXT", "MSG", "SMS", "WA", "VM", "DD", "DDI", "EXT", "HOME", "WORK", "CELL", "MOB", "TEL", "FAX", "ALT", "OFF", "OFC",
  "PH", "PHN", "PHONE", "TELF", "TELEF", "TLF", "TFN", "TLM", "CEL", "GSM", "HANDY", "MOBIL", "CB",
  "IT", "HR", "PR", "QA", "CS", "CX", "OPS", "GP", "ER", "AE", "ICU", "CEO", "CFO", "CTO", "COO", "MD", "PA", "ICE", "NOK", "SOS",
])
// Before the acronym: a word in capitals (a sentence written so), a capitalised word (a first name before a surname) or a
// title (`M. PETIT`, `Sig. ROSSI`, `Ing. NOVÁK`).
const LOWER_LETTER = /\p{Ll}/u
const WORD_BEFORE_ACRONYM = /(?:(?<![\p{L}\p{N}])\p{Lu}{2,}[^\p{L}\p{N}\n]*|\p{Lu}[\p{Ll}\p{M}]+[ \t]+|\p{Lu}\p{Ll}{0,3}\.[ \t]+)$/u
const CALL_VERB_BEFORE = /(?:^|[^\p{L}])(?:call|ring|phone|contact|dial|text|llame|appelez|anrufen|ligue|chiami|bel)[ \t]+$/iu

/** Whether an acronym right before `start` names the number (ACRONYM_BEFORE). */
export function acronymNames(text: string, start: number): boolean {
  // A capital right before (past spaces, a `:` or a `#`) first: most numbers follow none.
  let i = start - 1
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9 || text.charCodeAt(i) === 58 || text.charCodeAt(i) === 35)) i--
  const c = text.charCodeAt(i)
  if (!(c >= 65 && c <= 90) && !(c > 127 && /\p{Lu}/u.test(text[i]!))) return false
  const m = ACRONYM_BEFORE.exec(text.slice(Math.max(0, start - 12), start))
  if (!m) return false
  const word = m[1]!
  // A first name in capitals (`Callback for JOHN 0770 …`) is a name.
  if (NOT_IDS.has(word) || COUNTRY_CODES.has(word) || PHONE_WORDS.test(word) || PHONE_LABELS.test(word) || nameWords.isFirst(word.toLowerCase())) return false
  const at = start - m[0].length + m[0].indexOf(word)
  const before = text.slice(Math.max(0, at - 24), at)
  if (WORD_BEFORE_ACRONYM.test(before)) return false
  // A first name in lower case before a surname in capitals (`rappeler marie PETIT …`).
  const first = /(\p{Ll}+)[ \t]+$/u.exec(before)?.[1]
  if (first !== undefined && nameWords.isFirst(first)) return false
  // Whom to call, not what the number is (`call ARC 1-614-514-7258`, `ring NHS Direct`).
  if (CALL_VERB_BEFORE.test(before)) return false
  // On a line written in capitals (a speaker's tag `WEI: 020 …`, a shouted note) capitals are only words.
  return lineHasLowerCase(text, text.lastIndexOf("\n", at) + 1)
}

// Whether each line of the last text holds a lower-case letter, by its start: read once a line (a line of thousands of
// numbers after capitals was read whole for each).
let lastText: string | undefined
const lowerLines = new Map<number, boolean>()
function lineHasLowerCase(text: string, lineStart: number): boolean {
  if (text !== lastText) {
    lowerLines.clear()
    lastText = text
  }
  let lower = lowerLines.get(lineStart)
  if (lower === undefined) {
    const lineEnd = text.indexOf("\n", lineStart)
    lowerLines.set(lineStart, (lower = LOWER_LETTER.test(text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd))))
  }
  return lower
}
