import { lowerLinePairs } from "./person-lower-pairs.ts"
import { phraseAlternation } from "../../../core/index.ts"
import { GREETINGS, INTRODUCTIONS, NAME_INTRODUCTIONS, PARTICLES, ROLE_NOUNS, ROLES, SIGN_OFFS } from "./person-cues.ts"
import { DIGIT_WORDS, GAELIC, NOT_GREETED, openingPairs, SAID_WITH, saysNumberAt } from "./person-openers.ts"
import { capitalisedAt, LOWER, lowerSameLength, titleCaseCapsLines } from "./person-caps.ts"
import { titleCaseCuedCaps } from "./person-caps-cued.ts"
import { SPEAKER_STAMP } from "./person-lower-tags.ts"
import { CALLED, CONTACTED, lowerNamesAgain } from "./person-lower-again.ts"
import { cueOpeners } from "./person-cue-openers.ts"
import { isLetterAt } from "./letter-unit.ts"
import { mentionedNames, ownFullNames, thirdPartyNames, titleCaseKeyedCaps } from "./person-lower-names.ts"
import { kinLowerNames } from "./person-lower-kin.ts"
import { deskAgentName } from "./person-desk-agent.ts"
import { asksForPerson, HELP_OFFER, HOW_CAN_I, NAME_WORD, PERSON_ASKED, SPEAKING_CUES, WHO_SPEAKING } from "./person-name-asked.ts"
import { answerLine } from "./person-answer-line.ts"
// Names are written in capitals on ALL-CAPS lines (`PLEASE CALL EMEKA PRITCHARD`) and in lower case in SMS after an
// introduction (`hi my name is kwame`). The person recognizer reads a copy of the text in which both are written as a
// name usually is; every character keeps its length, so offsets into the copy are offsets into the text.
// On the lower-cased text: the introduction, then one or two words.
const INTRO_THEN_WORDS = new RegExp(
  `(?<![\\p{L}])(?:${phraseAlternation(NAME_INTRODUCTIONS)})[ \\t]+([\\p{L}\\p{M}'’-]+)(?:[ ]([\\p{L}\\p{M}'’-]+))?(?![\\p{L}\\p{N}])`,
  "gu",
)

// A cheap test before that one: the longest word of each introduction, lower case or capitalised (`name`, `Name`),
// which a text holding the introduction in any case holds once its ALL-CAPS lines are title-cased.
const longest = (p: string) => p.split(" ").reduce((a, b) => (b.length > a.length ? b : a))
const capitalised = (w: string) => w[0]!.toUpperCase() + w.slice(1)
const STEMS = new RegExp(phraseAlternation(NAME_INTRODUCTIONS.flatMap((p) => [longest(p), capitalised(longest(p))])))
/** What the person recognizer knows of a lower-case word. */
export interface NameWords {
  /** A known first name that is no everyday word (`agnieszka`, not `will`). */
  isFirst(word: string): boolean
  /** An everyday or frequent word of a covered language. */
  isOrdinary(word: string): boolean
  /** A frequent word of a covered language (or SMS shorthand) that is no first name anywhere (`ur`, `its`, `the`). */
  isFunction(word: string): boolean
  /** Whether `second` is the surname after the first name `first` (`anna schmidt`, not `anna and`). */
  isSurname(first: string, second: string): boolean
  /** A listed first name, an everyday word or not (`hope`, `bill`, `agnieszka`). */
  isListedFirst(word: string): boolean
  /** A verb a report puts after a name (`says`, `rang`, `potvrdí`). */
  isVerb?(word: string): boolean
}
// Speech-to-text and quick notes write names in lower case after a title (`caller mr lindqvist`, `frau yilmaz`) or a role, a
// relative or an introduction (`customer agnieszka`, `su hija youssef`). Titles that are almost always followed by a
// (sur)name: any word but an everyday or elided one (`monsieur c'est …`) is taken; after the other cues only a first name.
const LOWER_TITLES = new Set(["mr", "mrs", "ms", "mister", "missus", "dr", "frau", "fru", "sr", "sra", "srta", "dra", "doña", "herr", "herrn", "monsieur", "señor", "señora", "señorita", "meneer", "mevrouw", "dhr", "mevr", "signor", "signora", "sig", "sig.ra", "sig.na", "senhor", "senhora", "domnul", "doamna", "herra", "rouva", "härra", "proua", "bayan"])
const phrase = (p: string) => p.toLowerCase().replace(/[.:]+$/, "")
// Greetings and sign-offs too, in speech-to-text and SMS written without capitals or commas (`agent hi isla`,
// `hei solveig jeg må …`, `cheers, declan`): a known first name only, as after the other cues.
// One-word ones only: a longer greeting or sign-off is seldom typed before a lower-case name, and each phrase here
// lengthens the expression every text is searched with.
const OPENING_PAIRS = openingPairs(GREETINGS)
const ONE_WORD_GREETINGS = [...GREETINGS, ...SIGN_OFFS].filter((p) => !p.includes(" ")).map(phrase).concat(OPENING_PAIRS)
const GREETING_CUES = new Set(GREETINGS.filter((p) => !p.includes(" ")).map(phrase).concat(OPENING_PAIRS.map(phrase)))
const LOWER_CUES = new Set([...INTRODUCTIONS, ...ROLE_NOUNS, ...ROLES, ...CONTACTED].map(phrase).concat(ONE_WORD_GREETINGS))
const LOWER_PARTICLES = new Set([...PARTICLES, ...GAELIC])
// Where a lower-case name can follow: a title or a one-word greeting or sign-off (lower case or capitalised: `Dhr. de
// Boer`, `Hi marcus`) or another lower-case cue, then a word written lower case. One expression test decides whether a
// text needs the pass.
// Every cue also capitalised, as a note's line or sentence opens with it (`Keyholder heidi lindquist`, `Customer anna`).
const CUE_PHRASES = [...LOWER_TITLES, ...LOWER_CUES, ...[...LOWER_TITLES, ...ONE_WORD_GREETINGS, ...LOWER_CUES].map(capitalised), "KH1", "KH2", "KH3"]
export const CUE_THEN_LOWER = new RegExp(`(?<![\\p{L}\\p{M}])(${phraseAlternation(CUE_PHRASES)})[.,]?[ \\t]+(?=\\p{Ll})`, "gu")
// CUE_THEN_LOWER tried only at a word that opens one of its phrases, followed as one goes on (person-cue-openers.ts).
const OPENS_CUE = cueOpeners(CUE_PHRASES)
const CUE_AT = new RegExp(CUE_THEN_LOWER.source, "uy")
/** allMatches(CUE_THEN_LOWER, out), found word by word. */
export function cueMatches(out: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = []
  const n = out.length
  let i = 0
  while (i < n) {
    if (!isLetterAt(out, i)) {
      i++
      continue
    }
    let end = i + 1
    while (end < n && isLetterAt(out, end)) end++
    if (OPENS_CUE(out, i, end)) {
      CUE_AT.lastIndex = i
      const m = CUE_AT.exec(out)
      if (m) {
        found.push(m)
        i += m[0].length
        continue
      }
    }
    i = end
  }
  return found
}
const APOSTROPHE = new Set([39, 8217])
// A word at a position, its punctuation after it left out; then the spaces to the next word on the line.
const WORD_AT = /[\p{L}\p{M}'’-]+/uy
const SPACES_AT = /[.,]?[ \t]+/y
interface Word {
  at: number
  word: string
  /** Where the next word starts when only spaces (or a comma or dot and spaces) lead to it. */
  next?: number
}
function wordAt(out: string, at: number | undefined): Word | undefined {
  if (at === undefined) return undefined
  WORD_AT.lastIndex = at
  const m = WORD_AT.exec(out)
  if (!m) return undefined
  const end = at + m[0].length
  SPACES_AT.lastIndex = end
  const gap = SPACES_AT.exec(out)
  return { at, word: m[0].toLowerCase(), next: gap && !/^[.,]/.test(gap[0]) ? end + gap[0].length : undefined }
}

/**
 * A word no list holds that is the whole answer to a question for a name, or that and one more such word: nothing
 * else before a comma, the line's end or `on`/`at` (`name?⏎caller: kateri, flower delivery …`). Its words, or none.
 * An everyday word or a filler is no answer of this kind (`yes, …`, `hmm, let me see`).
 */
function wholeAnswer(out: string, w: Word, words: NameWords): Word[] | undefined {
  const plain = (x: Word) => x.word.length >= 3 && !words.isOrdinary(x.word) && !FILLER.test(x.word) && /^[\p{Ll}\p{M}'’-]+$/u.test(x.word)
  if (!plain(w)) return undefined
  const second = w.next === undefined ? undefined : wordAt(out, w.next)
  const answer = second && plain(second) && !ANSWER_END.test(second.word) ? [w, second] : [w]
  const last = answer.at(-1)!
  ANSWER_AFTER.lastIndex = last.at + last.word.length
  return ANSWER_AFTER.test(out) ? answer : undefined
}
const ANSWER_AFTER = /[ \t]*(?:,|$|\n| (?:on|at) )/my
const ANSWER_END = /^(?:on|at)$/
const ANSWER_AFTER_NAME = /^(?:[.,!?]|\n|$)/
// Sounds a speaker makes before answering, as speech-to-text writes them (`hmm`, `erm`, `uhh`, `mhm`).
const FILLER = /^(?:h+m+|e+r+m*|u+m+|u+h+m*|m+h*m+|a+h+|e+h+m*|o+h+|h+u+h+|yeah|yep|yup|nope|nah|okay|okey|hiya|aha|lol|sry|wat|dunno|gotcha|nevermind|whoever|myself|private|withheld|anonymous|pardon|sorry|perdón|perdon|perdone|disculpe|espere|momento|moment|momentje|genau|entschuldigung|attendez|pardonnez|scusi|scusa|desculpe|espera|aguarde|förlåt|ursäkta|undskyld|beklager|anteeksi|przepraszam|chwileczkę|promiňte|bocsánat|pillanat|scuze|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|double|triple)$/

/** After a first name, lower-case particles, then the surname (`sofia lo bianco`): the surname's word. */
function surnameAfter(out: string, first: Word, words: NameWords): Word | undefined {
  let w = wordAt(out, first.next)
  while (w && LOWER_PARTICLES.has(w.word) && w.next !== undefined) w = wordAt(out, w.next)
  return w && !saysNumberAt(out, w.at) && words.isSurname(first.word, w.word) ? w : undefined
}

/** The positions to capitalise: lower-case (sur)names after a title or after another cue. */
function namesAfterCues(out: string, cues: readonly RegExpExecArray[], words: NameWords): number[] {
  const at: number[] = []
  const upper = (w: Word | undefined) => w && LOWER.test(out[w.at]!) && at.push(w.at)
  for (const m of cues) {
    const cue = m[1]!.toLowerCase().replace(/\s+/g, " ")
    let w = wordAt(out, m.index + m[0].length)
    // A number read out after the cue is no name (`it's nine four five …`); a surname Oh is (`mr oh`).
    if (!w || (DIGIT_WORDS.has(w.word) && DIGIT_WORDS.has(wordAt(out, w.next)?.word ?? ""))) continue
    if (LOWER_TITLES.has(cue)) {
      // Particles, then the surname; a capitalised surname after them (`Dhr. de Boer`) has its first particle capitalised.
      const first = w
      // No word after the last particle (`mr van `, `Dhr. de 😀`): it stays the word read, as at the text's end.
      while (LOWER_PARTICLES.has(w.word)) {
        const next = wordAt(out, w.next)
        if (!next) break
        w = next
      }
      const lowerName = LOWER.test(out[w.at]!)
      if (w === first && (words.isOrdinary(w.word) || /^(?:c|j|n|l|qu|s|m|t)['’]/.test(w.word))) continue
      if (w !== first) upper(first)
      if (!lowerName) continue
      upper(w)
      const second = wordAt(out, w.next)
      if (second && words.isSurname(w.word, second.word)) upper(second)
      continue
    }
    if (!words.isFirst(w.word)) {
      // A first name that is also a word, greeted with its surname closing the phrase (`hi hope pruitt, your van …`,
      // `grüezi ernst gygax,`): the surname is no everyday word nor a noun by its ending, and a comma follows it.
      // Not a cue itself (`merhaba ben barış`: Turkish `ben`, I am, opens the name).
      // An agent naming themselves as a call opens needs no comma (`you're speaking with jordan mckenzie how can i help`).
      const speaking = SPEAKING_CUES.has(cue)
      const listed = words.isListedFirst(w.word) && !LOWER_CUES.has(w.word)
      // Or alone, an agent naming themselves and going on to help (`you're speaking with grace⏎`, `this is will, how can i help`).
      const alone = (speaking || cue === "this is") && listed && !NOT_GREETED.has(w.word) && (speaking ? HOW_CAN_I : HELP_OFFER).test(out.slice(w.at + w.word.length, w.at + w.word.length + 24))
      const surname = !alone && (speaking || GREETING_CUES.has(cue)) && listed ? wordAt(out, w.next) : undefined
      if (!alone && (!surname || words.isOrdinary(surname.word) || NOT_GREETED.has(surname.word) || NOT_GREETED.has(w.word) || /(?:ment|tion|sion|ness|ity|ing|ance|ence)$/.test(surname.word) || !(speaking ? HOW_CAN_I.test(out.slice(surname.at + surname.word.length, surname.at + surname.word.length + 12)) : out.charCodeAt(surname.at + surname.word.length) === 44))) continue
      upper(w)
      if (surname) upper(surname)
      continue
    }
    upper(w)
    const surname = surnameAfter(out, w, words)
    if (surname && !SAID_WITH.has(surname.word)) {
      upper(surname)
      // A Gaelic particle is capitalised in the name (`Aoife Mac Cárthaigh`): read whole.
      for (let p = wordAt(out, w.next); p && p.at < surname.at; p = wordAt(out, p.next)) if (GAELIC.has(p.word)) upper(p)
    }
  }
  return at
}

// A lower-case name before `speaking` or another language's (`pádraig speaking`, `paweł przy telefonie`), and a speaker's
// line answering a question for a name on the line before (`agent: can i take your name⏎caller: siobhan murphy`). Also
// a name and its surname before `here`, German `hier`, Hungarian `vagyok` (I am) or `beszél` (speaking), the surname
// first in Hungarian.
const ANSWERING = "speaking|here|hier|vagyok|beszél|przy telefonie|à l'appareil|al habla|am apparat|aan de lijn|ved telefonen|i telefonen|puhelimessa|na telefonu|pri telefonu|falando"
const NAME_SPEAKING = new RegExp(`(?<![\\p{L}\\p{M}'’-])(\\p{Ll}[\\p{L}\\p{M}'’-]*)(?: (\\p{Ll}[\\p{L}\\p{M}'’-]*))? (?:${ANSWERING})(?![\\p{L}\\p{M}])`, "gu")
const SIGNED_LOWER = / [-–—] (\p{Ll}[\p{L}\p{M}'’-]*(?: \p{Ll}[\p{L}\p{M}'’-]*){0,2})[ \t]*(?=\n|$)/gu
const STAMPED_LOWER = /\[[^\]\n]{1,30}\][ \t]+(\p{Ll}[\p{L}\p{M}'’-]*)((?:[ \t]+\p{Ll}[\p{L}\p{M}'’-]*){0,3}):/gu
const POSTPOSED = new RegExp(` (?:${ANSWERING})`)
// A cheap test before NAME_CALLED: a line opening with a lower-case word (most texts have none), then one of its verbs.
// The surname may come between (`savannah broussard rang.`).
const CALLED_BACK = new RegExp(`(?:^|\\n)[ \\t]*(?:[-•*][ \\t]*)?\\p{Ll}[\\p{L}\\p{M}'’-]*(?: \\p{Ll}[\\p{L}\\p{M}'’-]*)? (?:${CALLED})`, "u")
const NAME_CALLED = new RegExp(`(?<=^|\\n)[ \\t]*(?:[-•*][ \\t]*)?(\\p{Ll}[\\p{L}\\p{M}'’-]*)((?: \\p{Ll}[\\p{L}\\p{M}'’-]*)? (?:${CALLED}))(?![\\p{L}])`, "gu")
// A speaker's tag after an optional stamp (`Caller:`, `[00:00:49] SPEAKER_2:`), a filler or two before an answer of three
// words at most (`caller: yeah marta kowalska`; not `ok june is when i moved`), then a word in lower case.
const ANSWER_FILLER = String.raw`(?:(?:(?:yeah|yes|yep|yup|sure|um+|uh+|erm?|ok|okay|oh|so|right|ja|jo|oui|ouais|sí|si|sì|tak|sim|pues|bueno|eh|euh|ben|äh|ähm|nou|ehm)[,.]?[ \t]+){1,2}(?=\S+(?:[ \t]+\S+){0,2}[ \t]*(?:\r?\n|$)))?`
const SPEAKER_THEN_LOWER = new RegExp(String.raw`\n[^\S\n]*${SPEAKER_STAMP}?[\p{L}][\p{L}\p{N}_ ]{0,20}[ \t]?:[ \t]+${ANSWER_FILLER}(?=\p{Ll})`, "uy")

/**
 * The positions to capitalise: a known first name before `speaking` or answering a name's question, and its surname.
 * Where a question asked for a name, a listed first name that is also a word answers it (`name?⏎caller: sunny okafor`).
 */
function namesByTurn(out: string, words: NameWords): number[] {
  const at: number[] = []
  const take = (w: Word | undefined, asked = false, whole = false) => {
    const answer = whole && w ? wholeAnswer(out, w, words) : undefined
    if (answer) return void at.push(...answer.filter((x) => LOWER.test(out[x.at]!)).map((x) => x.at))
    const line = whole && w ? answerLine(out, w.at, (x) => (!words.isOrdinary(x) || words.isListedFirst(x)) && !FILLER.test(x) && !DIGIT_WORDS.has(x), (x) => LOWER_PARTICLES.has(x), words.isListedFirst) : undefined
    if (line) return void at.push(...line.filter((x) => LOWER.test(out[x]!)))
    if (!w || !(asked ? words.isListedFirst(w.word) : words.isFirst(w.word)) || !LOWER.test(out[w.at]!)) return
    at.push(w.at)
    // Answering a question for a name, a listed first name that is also a word takes the surname closing the answer too
    // (`caller: mark owusu.`).
    const closing = (s: Word | undefined) => s && !words.isOrdinary(s.word) && ANSWER_AFTER_NAME.test(out.slice(s.at + s.word.length, s.at + s.word.length + 2))
    const surname = surnameAfter(out, w, words) ?? (asked ? [wordAt(out, w.next)].find(closing) : undefined)
    if (surname && LOWER.test(out[surname.at]!) && !SAID_WITH.has(surname.word)) at.push(surname.at)
    // A third word closing the answer is the last surname (`mary beth olson`).
    const last = asked && surname ? [wordAt(out, surname.next)].find(closing) : undefined
    if (last && LOWER.test(out[last.at]!)) at.push(last.at)
    // A Gaelic particle between them is capitalised in the name (`gráinne ó ceallaigh`), as after a cue.
    for (let p = wordAt(out, w.next); surname && p && p.at < surname.at; p = wordAt(out, p.next)) if (GAELIC.has(p.word)) at.push(p.at)
  }
  // An SMS signed in lower case after a dash at its line's end (`… my other number is 07936 618405 - orla mccartan`).
  if (out.includes(" - ")) for (const m of out.matchAll(SIGNED_LOWER)) take(wordAt(out, m.index + m[0].indexOf(m[1]!)))
  // A chat export's speaker in lower case after its stamp (`[17:49] ailsa: aye its …`, `[09:32] siân pritchard: …`), a
  // listed name that is also a word too (`[10:09] madison: …`, `[18:23] chase: …`): a chat's tag names its speaker.
  if (out.includes("]")) for (const m of out.matchAll(STAMPED_LOWER)) take(wordAt(out, m.index + m[0].length - m[1]!.length - m[2]!.length - 1), true)
  // A note's item opening with who called back, in lower case (`- ciarán rang again`, `- jérôme a rappelé`, `kylie hollis rang.`).
  if (CALLED_BACK.test(out)) for (const m of out.matchAll(NAME_CALLED)) take(wordAt(out, m.index + m[0].length - m[1]!.length - m[2]!.length))
  if (POSTPOSED.test(out)) {
    for (const m of out.matchAll(NAME_SPEAKING)) {
      const first = wordAt(out, m.index)
      const second = m[2] === undefined ? undefined : wordAt(out, m.index + m[1]!.length + 1)
      // `sepp brandstätter hier`: the first name, then its surname; `balogh bence vagyok`, `kiss katalin beszél`: the surname, then the first name.
      if (second && (m[0].endsWith("vagyok") || m[0].endsWith("beszél")) && !words.isFirst(first!.word) && words.isFirst(second.word) && !words.isOrdinary(first!.word)) at.push(first!.at, second.at)
      else take(second && !words.isFirst(first!.word) ? second : first)
    }
  }
  // A line whose colon is at most 24 units in, then the speaker's tag read in place, then the line before: most lines have none.
  for (let nl = out.indexOf("\n"), colon = out.indexOf(":"); nl >= 0 && colon >= 0; nl = out.indexOf("\n", nl + 1)) {
    if (colon < nl) colon = out.indexOf(":", nl)
    if (colon < 0 || colon - nl > 24) continue
    SPEAKER_THEN_LOWER.lastIndex = nl
    const m = SPEAKER_THEN_LOWER.exec(out)
    const question = out.lastIndexOf("\n", nl - 1) + 1
    if (m && (NAME_WORD.test(out, question, nl) || WHO_SPEAKING.test(out, question, nl) || (out.charCodeAt(nl - 1) === 63 && PERSON_ASKED.test(out, question, nl)))) take(wordAt(out, nl + m[0].length), true, asksForPerson(out, question, nl))
  }
  return at
}

/**
 * The text with ALL-CAPS lines title-cased and lower-case names after an introduction, a title or a role
 * capitalised, same length.
 */
export function readable(text: string, words: NameWords): string {
  let out = titleCaseKeyedCaps(titleCaseCuedCaps(titleCaseCapsLines(text), (w) => words.isOrdinary(w) && !words.isListedFirst(w) && !LOWER_PARTICLES.has(w), words.isFirst, words.isListedFirst))
  const intro = STEMS.test(out)
  // The cues are read once: most texts hold none, and those that do are read for their names below.
  const cues = cueMatches(out)
  const cue = cues.length > 0
  const at: number[] = namesByTurn(out, words).concat(mentionedNames(out, words), ownFullNames(out, words), deskAgentName(out, words), thirdPartyNames(out, words), kinLowerNames(out, words))
  if (!intro && !cue && !at.length) return capitalisedAt(out, lowerLinePairs(out, words, at))
  if (intro) {
    for (const m of lowerSameLength(out).matchAll(INTRO_THEN_WORDS)) {
      const first = m[1]!
      const firstAt = m.index + m[0].length - (m[2] ? m[2].length + 1 : 0) - first.length
      // A frequent word that is no first name after the introduction is none (`hi tyler its ur driver`); an everyday word
      // that is one is (`my name is bill ostrowski`).
      // A number read out is no name (`it's nine four five …`).
      if (!LOWER.test(out[firstAt]!) || words.isFunction(first) || (DIGIT_WORDS.has(first) && DIGIT_WORDS.has(m[2] ?? ""))) continue
      at.push(firstAt)
      // After an introduction any word but an everyday one or a verb is the surname (`her name is madison kowalczyk`).
      if (m[2] && (words.isSurname(first, m[2]) || !words.isOrdinary(m[2]))) at.push(firstAt + first.length + 1)
      // Particles, then the surname (`my name is jerome de los reyes`).
      else if (m[2] && LOWER_PARTICLES.has(m[2])) {
        const surname = surnameAfter(out, wordAt(out, firstAt)!, words)
        if (surname) at.push(surname.at)
      }
    }
  }
  if (cue) at.push(...namesAfterCues(out, cues, words))
  at.push(...lowerLinePairs(out, words, at))
  at.push(...lowerNamesAgain(out, at, words.isFirst, words.isSurname, words.isVerb ?? (() => false)))
  // An Irish or Italian surname's second capital after its apostrophe (`o'hara` -> `O'Hara`, `d'angelo` -> `D'Angelo`).
  for (const i of [...at]) if (APOSTROPHE.has(out.charCodeAt(i + 1)) && LOWER.test(out[i + 2] ?? "")) at.push(i + 2)
  return capitalisedAt(out, at)
}
