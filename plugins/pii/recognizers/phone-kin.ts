import { nameWords } from "./person.ts"
import { OTHER_WORDS } from "./phone-words.ts"
import { PARTICLES, TITLES } from "./person-cues.ts"
import { cueBeforeName, nameMayEndBefore, wordBefore } from "./phone-name-end.ts"
import { KIN, MINE } from "./kin-words.ts"

// A relative, a neighbour or a colleague, then their name, then the number: whose phone it is, in the languages of the
// default regions and Turkish (`my daughter Farhana 07…`, `mans vīrs Dace 2…`, `a minha filha Conceição Silva: 9…`,
// `ο γιος μου Νίκος 69…`, `sąsiadka Beata: 7…`, `komşum Elif 0…`). A name's own list need not know the name: the
// relative says it is one.

// Spaces, tabs and signs (an emoji: `my son 💊 Rory …`) between the words.
const GAP = /[^\p{L}\p{M}\p{N}\s.,;:!?()[\]{}"'/\\@#&*+=<>|-]/u
// GAP over ASCII: `$ % ^ _ \` ~`, DEL and the controls that are no white space.
const ASCII_GAP = new Uint8Array(128).map((_, c) => (GAP.test(String.fromCharCode(c)) ? 1 : 0))
const isGap = (text: string, i: number) => {
  const c = text.charCodeAt(i)
  return c < 128 ? ASCII_GAP[c] === 1 : GAP.test(text[i]!)
}
function gapBefore(text: string, at: number): number {
  while (at > 0 && (text.charCodeAt(at - 1) === 32 || text.charCodeAt(at - 1) === 9 || isGap(text, at - 1))) at--
  return at
}

/**
 * Whether a relative's word and one or two names end right before `start` (past a colon or a comma and spaces): the
 * names no everyday word or relative (`my son Will 07…` is no name), a colon or a sign allowed after the relative's word
 * (`my son: Kemar Lindo, 876…`, `my wife ☎️ Maria …`).
 */
export function kinNamed(text: string, start: number): boolean {
  // In a bracket right after the names (`my neighbour Dana Holt (07700 900123) can take it`), or after "is at".
  const at = text.charCodeAt(start - 1) === 40 ? start - 1 : start
  const isAt = IS_AT.exec(text.slice(Math.max(0, at - 16), at))
  return (kinBefore(text, at) || (isAt !== null && kinBefore(text, at - isAt[0].length))) && !otherNumberAround(text, start)
}
// "Is at", or "at" alone, between the names and the number, passed over (`η σύζυγός μου Ρένα είναι στο 69…`, `mein Mann
// Jens ist unter …`, `oder meine frau elif unter plus neunundvierzig …`, `ou mon mari minh au …`, `à minha mulher anjali para o …`).
const IS_AT = /(?<![\p{L}])(?:(?:is|είναι|ist|est|está|è|er|är|jest|je|este|on)[ \t]+)?(?:on|at|στο|unter|au|en el|en|no|al|op|på|pod|na|la|para o|para a|allo|al numero|au numéro)[ \t]*$/iu

/**
 * Whether the relative's number is some other number of theirs, named in its line before it (`Policy holder: my husband
 * Peter 1234…`, `Booking for my daughter Emma …`) or in the words after it (`… 12345678 is her student id`, `(employee
 * number)`, `Kundennummer`): a relative has ids too (review).
 */
const SENTENCE_BACK = 400

function otherNumberAround(text: string, start: number, from = -1): boolean {
  // Before it, from its sentence's start (or `from`): the sentence before may name another number (`Booking made. My son Tom 07…`).
  // Read back at most SENTENCE_BACK units: from the line's start, a line of a hundred such numbers was read whole for each
  // (quadratic: 200 KB of `ask for Maria Lopez on 06…, ` took 6 s, review).
  let sentence = from
  if (sentence < 0) {
    const back = Math.max(text.lastIndexOf("\n", start - 1) + 1, start - SENTENCE_BACK)
    const ends = [...text.slice(back, start).matchAll(/[.;!?]\s/g)]
    sentence = ends.length ? back + ends.at(-1)!.index! + 2 : back
  }
  // After it, to the clause's end: the next sentence may name another number (`… 781083302. nr konta: PL…`).
  const clause = /[.;!?](?:\s|$)|\n/.exec(text.slice(start, start + 64))
  const clauseEnd = start + (clause ? clause.index : 64)
  return OTHER_WORDS.test(text, sentence, start) || OTHER_WORDS.test(text, start, Math.min(text.length, clauseEnd)) || OTHER_AFTER.test(text.slice(start, start + 64))
}
// Other numbers' names OTHER_WORDS holds only as phrases or not at all, right after the number (`… matricola`, `numer legitymacji`).
const OTHER_AFTER = /^[\d ().\/-]*(?:\(|,|–|-)?[ \t]*(?:(?:is|es|est|è|ist|é|je|jest|ir|on)[ \t]+(?:her|his|their|su|sa|son|la|il|seine|ihre|jego|jej)?[ \t]*)?(?:(?:numer|number|número|numero|numéro|nummer|nr\.?)[ \t]+)?(?:matricola|legitymacji|numurs|numeris|season|student|employee|membership|klienta)/iu

function kinBefore(text: string, start: number): boolean {
  let at = gapBefore(text, start)
  if (at > 0 && (text.charCodeAt(at - 1) === 58 || text.charCodeAt(at - 1) === 44)) at = gapBefore(text, at - 1)
  if (at === start) return false
  for (let names = 0; names < 3; names++) {
    // After the names, the relative's word may end with a colon (`mijn vrouw: Lente Janssens, …`).
    if (names > 0 && text.charCodeAt(at - 1) === 58) at = gapBefore(text, at - 1)
    const word = wordBefore(text, at)
    if (word === undefined) return false
    const lower = word.toLowerCase()
    at = gapBefore(text, at - word.length)
    if (KIN.has(lower) || (MINE.has(lower) && names > 0)) {
      if (!MINE.has(lower)) return names > 0
      const kin = wordBefore(text, at)
      return kin !== undefined && KIN.has(kin.toLowerCase())
    }
    // An everyday word, also when some list holds it as a first name (`Will`, `Rose`); capitalised before a surname it is
    // the given name (`naboen min Tone Solberg, …`); not in capitals (`SIN ON FILE 580 …`: `sin` is a son in Slovene).
    const everyday = nameWords.isOrdinary(lower) || (nameWords.isFirst(lower) && !nameWords.isPlainFirst(lower))
    if ((everyday && (names === 0 || !/^\p{Lu}\p{Ll}/u.test(word))) || /\p{N}/u.test(lower)) return false
  }
  return false
}

/**
 * Whether a title and a name end right before `start`, past a colon or a word for at or on (`Technician, Mrs Shalini
 * Maharaj: …`, `Tecnico, Sig. De Luca: …`, `pan Ondřej Novák: …`, `dl. Mihai Popescu la …`, `Sur Pawlu Micallef: …`), or
 * whom to ask for (`ask for Joy Thompson on …`, `pregunte por Ana …`), or a desk's line and whom it reaches (`Donor line
 * Tyler (07932) …`): the person to ask for at that number. Not when the number is some other of theirs.
 */
export function titledNamed(text: string, start: number): boolean {
  // Most numbers follow no capitalised word, and most names no title or "ask for": the expression, which tries each of
  // the 64 units, is not run for them.
  if (!nameMayEndBefore(text, start) || !cueBeforeName(text, start, 64, CUES, CAPITAL_TITLES)) return false
  const m = TITLED_NAME.exec(text.slice(Math.max(0, start - 64), start))
  if (m === null) return false
  const cue = m[1]!
  const asks = ASK_FOR.has(cue.toLowerCase().replace(/[ \t]+/g, " ")) || LINE_WORDS.has(cue.toLowerCase())
  if (!asks && !TITLE_SET.has(cue.toLowerCase()) && !CAPITAL_TITLES.has(cue)) return false
  // After a title, a colon or at/on: a name running on into the number may be an address's (`pan Kučerová Vinohradská 2385 27`).
  if (!asks && m[3] === "") return false
  // The name's words: no everyday word but a particle (`De Luca`, `de la Fuente`).
  const words = m[2]!.split(/[ \t]+/)
  if (words.some((w) => !PARTICLE_SET.has(w.toLowerCase()) && nameWords.isOrdinary(w.toLowerCase()))) return false
  // Whom to ask for alone is a known given name (`ask for Habib`); any capitalised word may follow "ask for" (`ask for Update`).
  if (asks && words.length === 1 && !nameWords.isFirst(words[0]!.toLowerCase())) return false
  // A line's words name the desk it reaches (`Donor line`), not the number: read from the name on.
  return !otherNumberAround(text, start, LINE_WORDS.has(cue.toLowerCase()) ? start - m[0].length + m[0].indexOf(m[2]!) : -1)
}
const TITLE_SET = new Set(TITLES.filter((t) => t.length > 1 && !t.includes(" ")))
// Maltese Mr, Mrs and Miss, only capitalised: `sur` is French for on.
const CAPITAL_TITLES = new Set(["Sur", "Sinjura", "Sinjorina", "Is-Sur", "Is-Sinjura"])
// "Ask for" in the covered languages, and a desk's line.
const ASK_FOR_LIST = [
  "ask for", "asking for", "pregunte por", "preguntar por", "pregunta por", "pergunte por", "perguntar por", "pergunta por", "chiedere di", "chieda di",
  "chiedi di", "demandez", "demander", "fragen sie nach", "fragen nach", "vraag naar", "vragen naar", "fråga efter", "spør etter", "spørg efter",
  "pytać o", "zapytaj o", "zapytać o", "zeptejte se na", "opýtajte sa na", "kérje", "tražite", "pitajte za", "vprašajte za", "întrebați de",
  "ζητήστε", "питайте за", "küsige", "prasiet", "klauskite", "itlob lil", "kysy", "kysykää",
]
const ASK_FOR = new Set(ASK_FOR_LIST)
// A phrase as a pattern: its first letter in either case, its words one or more spaces apart.
const phrase = (p: string) => `[${p[0]}${p[0]!.toUpperCase()}]${p.slice(1).replace(/ /g, "[ \\t]+")}`
const LINE_WORDS = new Set(["line", "línea", "linea", "ligne", "linha", "linia", "linka", "hotline", "helpline"])
const PARTICLE_SET = new Set(PARTICLES)
// The words a cue ends with before its name: a title, a line's word, the last word of "ask for".
const CUES = new Set([...TITLE_SET, ...LINE_WORDS, ...ASK_FOR_LIST.map((p) => p.split(" ").at(-1)!)])
const NAME_WORD = String.raw`\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}'’]+)*`
// A title (its dot kept out), "ask for" or a line, one to three names with particles between them, then a colon, or at
// or on, or nothing.
export const TITLED_NAME = new RegExp(
  String.raw`(?:^|[^\p{L}\p{M}])(${ASK_FOR_LIST.map(phrase).join("|")}|[\p{L}-]{2,9})\.?[ \t]+(${NAME_WORD}(?:[ \t]+(?:(?:${PARTICLES.filter((p) => /^\p{L}+$/u.test(p)).join("|")})[ \t]+)*${NAME_WORD}){0,2})((?:[ \t]*:[ \t]*|[ \t]+(?:la|on|at|pe|fuq|na|no|al|au|op|på|em|unter|an|en el|al|ao|no)[ \t]+)?)[ \t]*$`,
  "u",
)
