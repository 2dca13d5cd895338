import type { Candidate } from "../../../core/index.ts"
import { PARTICLES } from "./person-cues.ts"
import { withoutMarks } from "./letter-unit.ts"

// A name spelled letter by letter, as a summary or a transcript writes what the caller spelled (`Name spelled: M U L D E
// R`, `Navnet stavet: N-I-E-L-S-E-N`, `Caller gave the name as C H E N`, `cognome?⏎cliente: m a r i n o`): three
// letters or more, each alone, parted by single spaces, single dashes or spaced dashes (`n - o - w - a - k`) throughout,
// in one case, after a word for spelling or for a name within the 60 units before (on its line or the one before), or
// right after the surname they spell and its given name. Without either a run of letters is a code, a grade or an acronym
// read out (`options a b c`, `A-B-C-D`, `gmail, g m a i l`).
const SPELLED = /(?<![\p{L}\p{M}\p{N}'’-])\p{L}\p{M}*(?:(?:[ ]\p{L}\p{M}*){2,}|(?:-\p{L}\p{M}*){2,}|(?:[ ]-[ ]\p{L}\p{M}*){2,})(?![\p{L}\p{M}\p{N}]|-\p{L})/gu
const CUE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:spell(?:ed|t|ing)?|name|surname|last name|family name|buchstabiert|buchstabieren|nachname|familienname|épel(?:é|ée|er)|nom|deletread[oa]|deletrea|apellidos?|soletrad[oa]|soletra|sobrenome|apelido|compitat[oa]|compitare|cognome|gespeld|spellen|achternaam|naam|stavet|staver|efternavn(?:et)?|navnet?|bokstaverat|bokstavera|efternamn(?:et)?|namnet?|that['’]s|that is|przeliterowane|przeliterował[ao]?|nazwisko|hláskováno|hláskuji|příjmení|jméno|tavattu|sukunimi|nimi|stave|etternavn(?:et)?|tavata|tavaatko|sukunime\p{L}*|prezime|slovkati|priezvisk\p{L}*|hláskovať|priimek|črkujte|vezetéknev\p{L}*|betűzze|silabisi\p{L}*|επώνυμο|συλλαβιστά|συλλαβίστε)(?![\p{L}])`,
  "iu",
)

/** Letter runs spelled after a word for spelling or for a name: one finding each, the whole run. */
export function spelledNames(text: string, found: Candidate[], isListedFirst: (lower: string) => boolean): void {
  for (const m of text.matchAll(SPELLED)) {
    const letters = m[0].replace(/[ -]/g, "")
    if (letters !== letters.toUpperCase() && letters !== letters.toLowerCase()) continue
    // The line before counts too: a transcript's question, then the caller's turn spelling the answer.
    const lineStart = text.lastIndexOf("\n", m.index - 1)
    const from = Math.max(0, m.index - 60, text.lastIndexOf("\n", lineStart - 1) + 1)
    if (!CUE.test(text.slice(from, m.index)) && !spellsSurnameBefore(text, m.index, letters, isListedFirst)) continue
    found.push({ start: m.index, end: m.index + m[0].length, score: 0.85 })
    const said = saidBeforeSpelling(text, m.index, letters, isListedFirst)
    // Scored under a whole name found around it (`it's grace nkosi, that's n k o s i`), which then wins.
    if (said) found.push({ ...said, score: 0.7 })
  }
}

// The word right before a spelling, past the speaker's "that's" or "so" (`the surname is shah that's s-h-a-h`, `der nachname
// ist lombardi also l-o-m-b-a-r-d-i`, `le nom c'est koç k-o-c`, `il cognome è hu h-u`).
const FILLER_BEFORE = /(?:^|[ \t,])(?:that['’]?s|that is|also|alors|c['’]est|cioè|es decir|ou seja|dus|so|i\.e\.)[ \t]*,?[ \t]*$/iu
const WORD_BEFORE = /(\p{L}[\p{L}\p{M}'’]*)[ \t]*,?[ \t]*$/u
// The copula of "the surname is", after which a word before the spelled one is the surname's first part (`ait taleb`).
const COPULA_BEFORE = /(?:^|[^\p{L}])(?:is|ist|è|es|é|est|c['’]est|är|er|je)[ \t]+$/iu
const SURNAME_PARTICLES = new Set([...PARTICLES, "ait", "ben", "abu", "al", "el"])
const fold = (s: string) => withoutMarks(s).toLowerCase()

/** The surname said right before its spelling, in any case (with the first part a copula leaves before it), or undefined. */
function saidBeforeSpelling(text: string, at: number, letters: string, isListedFirst: (lower: string) => boolean): { start: number; end: number } | undefined {
  let end = at
  const filler = FILLER_BEFORE.exec(text.slice(Math.max(0, at - 16), at))
  if (filler) end = at - filler[0].length + (/^[ \t,]/.test(filler[0]) ? 1 : 0)
  const word = WORD_BEFORE.exec(text.slice(Math.max(0, end - 40), end))
  if (!word || fold(word[1]!) !== fold(letters)) return undefined
  const wordEnd = end - word[0].length + word[1]!.length
  const start = wordEnd - word[1]!.length
  // One word more before it: a given name (`it's grace nkosi, that's n k o s i`), or a surname's particle after "is" (`de
  // achternaam is ait taleb t-a-l-e-b`; not `the surname is actually shah`).
  const before = /(\p{L}[\p{L}\p{M}'’]*)[ \t]+$/u.exec(text.slice(Math.max(0, start - 30), start))
  const lower = before?.[1]!.toLowerCase()
  if (before && (isListedFirst(lower!) || (SURNAME_PARTICLES.has(lower!) && COPULA_BEFORE.test(text.slice(Math.max(0, start - before[0].length - 12), start - before[0].length))))) return { start: start - before[0].length, end: wordEnd }
  return { start, end: wordEnd }
}

// The surname said right before the letters, a comma or a space between, after its given name and any particles
// (`amina durand, d-u-r-a-n-d`, `Anna Zima, Z I M A`, `ruben van leeuwen, l-e-e-u-w-e-n`).
const NAME_BEFORE = /(\p{L}[\p{L}\p{M}'’-]*)[ \t]+((?:(?:van|von|de|der|den|da|di|del|della|dos|du|la|le|ter|ten)[ \t]+)*)([\p{L}\p{M}]+)[ \t]*,?[ \t]*$/iu

/**
 * Whether the letters spell the surname said right before them, four letters or more, a given name before it: a name
 * said, then spelled, needs no other cue. Any other word spelled back is a word (`gmail, g m a i l`, `leeds, l e e d s`).
 */
function spellsSurnameBefore(text: string, at: number, letters: string, isListedFirst: (lower: string) => boolean): boolean {
  const m = NAME_BEFORE.exec(text.slice(Math.max(0, at - 60), at))
  const surname = m?.[3]
  return surname !== undefined && surname.length >= 4 && surname.toLowerCase() === letters.toLowerCase() && isListedFirst(m![1]!.toLowerCase())
}
