import { allMatches, defineRecognizer, isAscii, phraseAlternation, wordMap, type Candidate } from "../../../core/index.ts"
import { lowerSameNames } from "./person-lower-tags.ts"
import { FIRST_NAMES } from "../data/first-names.ts"
import { EVERYDAY_WORDS, MONTHS, NAME_WORDS, PLACES_AND_BRANDS, PLACE_WORDS, REPORT_VERBS } from "../data/everyday-words.ts"
import { BOOKING_ROLES, COMMON_WORDS, FIELD_NAMES, FUNCTION_WORDS, GREETINGS, INTRODUCTIONS, MENTIONS, ROLE_NOUNS, NEVER_NAMES, PARTICLES, ROLES, SIGN_OFFS, TITLES } from "./person-cues.ts"
import { readable } from "./person-case.ts"
import { cueScore, deskAfterGivenName } from "./person-cue-score.ts"
import { capitalSurnameBefore, labelledSurname, LOWER_NOT_SURNAME, questionOpener, surnamePlace } from "./person-surname.ts"
import { capsSurnameBefore, eastAsianPlace, eastAsianRun } from "./person-east-asian.ts"
import { sameNameAgain } from "./person-lines.ts"
import { deskOpening, withoutDesks } from "./person-desk.ts"
import { namesBeforeNumbers } from "./person-before-number.ts"
import { namesByDashes } from "./person-dashes.ts"
import { withoutEmoji } from "./person-emoji.ts"
import { initialsBefore } from "./person-initials.ts"
import { firmAfterSignedName } from "./person-signed-firm.ts"
import { COMPOUND_ORG, deskWordsAfter, firmAfterGiven, firmWordInside, runOnName } from "./person-firms.ts"
import { afterMention } from "./person-mention.ts"
import { customerSurnames } from "./person-customer.ts"
import { cityBeforeState, saintsPlace } from "./person-saints.ts"
import { cityAfterPostcode, namedThing, personInBrackets, placeBefore, saidAloud, streetOrCompany } from "./person-vetoes.ts"
import { townBeforeRegion } from "./person-town-region.ts"
import { petsName } from "./person-pets.ts"
import { withoutMarks } from "./letter-unit.ts"
import { declinedFirst } from "./person-declined.ts"

const lower = (words: readonly string[]) => new Set(words.map((w) => w.toLowerCase()))
const FIRST = lower(FIRST_NAMES)
// An everyday word of the added languages that is also a first name (`Ben`, `Ali`, `Sam`, `Uma`) is a name only with
// a cue or a surname; one that is none is never a name by itself.
const FUNCTION = lower([...FUNCTION_WORDS, ...EVERYDAY_WORDS.filter((w) => !FIRST.has(w))])
const COMMON = new Set([...lower(COMMON_WORDS), ...EVERYDAY_WORDS, ...NAME_WORDS, ...PLACES_AND_BRANDS, ...FUNCTION])
const [MONTH_SET, VERBS, PLACE_SET, FIELD_SET] = [lower(MONTHS), new Set(REPORT_VERBS), lower(PLACE_WORDS), lower(FIELD_NAMES)]
const [PARTICLE_SET, TITLE_SET] = [lower(PARTICLES), lower(TITLES)]
// Words that open or close a run of capitalised words without being part of the name (`Caller`, `Guten Tag`).
// A surname particle inside a longer phrase (`de` of `de bedste hilsner`) still opens a surname (`De Vries`).
const STRIP = new Set([NEVER_NAMES, GREETINGS, TITLES, ROLES, SIGN_OFFS, ROLE_NOUNS].flatMap((list) => list.flatMap((w) => (w.includes(" ") ? w.toLowerCase().split(" ").filter((p) => !PARTICLE_SET.has(p)) : [w.toLowerCase()]))))

// What each listed word is, as bits, found by one lookup per word of a run instead of one per list.
const [IS_FIRST, IS_COMMON, IS_FUNCTION, IS_PARTICLE] = [1, 2, 4, 8]
const [IS_TITLE, IS_STRIP, IS_MONTH, IS_PLACE, IS_FIELD, IS_LEAD, IS_VERB] = [16, 32, 64, 128, 256, 512, 1024]
// A one-word mention opening a run is its cue, not its first word (`Call Anna Weiss`, `PLEASE CALL ANNA WEISS`).
// So is a one-word introduction opening a sentence (`¡Hola! Soy Ama`, `Sono Marta Rossi`).
// So is a booking's role (`Instructor Nakita Crowchild`), which may also be a surname at a name's end (`Tom Parent`).
const LEAD_SET = new Set([...MENTIONS, ...INTRODUCTIONS, ...BOOKING_ROLES].filter((w) => !w.includes(" ") && !PARTICLE_SET.has(w)))
const FLAGS = new Map<string, number>()
const LISTS = [[FIRST, IS_FIRST], [COMMON, IS_COMMON], [FUNCTION, IS_FUNCTION], [PARTICLE_SET, IS_PARTICLE], [TITLE_SET, IS_TITLE], [STRIP, IS_STRIP], [MONTH_SET, IS_MONTH], [PLACE_SET, IS_PLACE], [FIELD_SET, IS_FIELD], [LEAD_SET, IS_LEAD], [VERBS, IS_VERB]] as const
for (const [set, bit] of LISTS) for (const w of set) FLAGS.set(w, (FLAGS.get(w) ?? 0) | bit)
// A first name its list spells with accents, written without them (`Thais`, `Leonidas`, `Jose`), or written with a
// Turkish dotted capital (`İsmail`, whose lower case is `i̇smail`): known once folded to its base letters. Only a word
// in no list as written is folded. Not the other way: an accented word is a word of its own language (`Kérem` is
// Hungarian for "please", `Kerem` a Turkish name), so `Héctor` and `Siân` are listed as written.
const FIRST_FOLDED = new Set([...FIRST].map(withoutMarks).filter((w) => !COMMON.has(w)))
const nonAscii = (s: string) => !isAscii(s, 0, s.length)
const DOTTED_I = "i\u0307"
const foldedFirst = (lower: string) => {
  const folded = !nonAscii(lower) ? lower : lower.includes(DOTTED_I) ? lower.replaceAll(DOTTED_I, "i") : undefined
  return folded !== undefined && FIRST_FOLDED.has(folded) && !COMMON.has(folded)
}
// FLAGS_OF also holds the folded first names that no list holds as written (FOLDED_ONLY): an ASCII word it holds nothing for is in no list, as written or folded, and is ruled out in place, with no copy of it lower-cased.
const [FOLDED_ONLY, LISTED] = [-1, new Set([...FLAGS.keys()].map((w) => w.toLowerCase()))]
const FLAGS_OF = wordMap<number>([...FLAGS, ...[...FIRST_FOLDED].filter((w) => !LISTED.has(w)).map((w) => [w, FOLDED_ONLY] as const)])
/** A lower-case word is a listed first name: as written, without the accents its list spells, or with them decomposed. */
const listedFirst = (w: string) => FIRST.has(w) || foldedFirst(w) || (nonAscii(w) && FIRST.has(w.normalize("NFC")))
/** A word's flags; one written with its accents decomposed (a macOS export's `Toma\u0301s\u030c`) is read composed; two listed first names joined by a hyphen are one (`Dirk-Jan`, `Marie-Theres`), and so is a declined one in no list (`Moniki`, person-declined.ts). */
function flagsOf(text: string, start: number, end: number): number {
  const flags = FLAGS_OF.getRange(text, start, end)
  if (flags !== undefined && flags !== FOLDED_ONLY) return flags
  if (flags === undefined && isAscii(text, start, end)) return joinedFirst(text, start, end) || declined(text, start, end)
  const lower = text.slice(start, end).toLowerCase()
  if (foldedFirst(lower)) return IS_FIRST
  const composed = nonAscii(lower) ? lower.normalize("NFC") : lower
  return composed === lower ? joinedFirst(text, start, end) || declined(text, start, end) : (FLAGS.get(composed) ?? (foldedFirst(composed) ? IS_FIRST : 0))
}
const declined = (text: string, start: number, end: number) => (end - start >= 4 && end - start < 30 && declinedFirst(text.slice(start, end).toLowerCase(), (w) => FIRST.has(w) && !COMMON.has(w)) ? IS_FIRST : 0)
/** Two or three listed first names joined by hyphens are one (IS_FIRST); a desk's word and `-Bot` is a chat's bot (`Kundenservice-Bot:`), never a name (`Jansen-Bot` is). */
function joinedFirst(text: string, start: number, end: number): number {
  const parts = end - start < 40 ? text.slice(start, end).split("-") : []
  if (parts.length >= 2 && parts.at(-1)!.toLowerCase() === "bot" && /(?:service|dienst|support|help|hilfe|chat|info|kunden|servicio|assist\p{L}*|faq)$/iu.test(parts.at(-2)!)) return IS_STRIP
  let at = start
  return parts.length >= 2 && parts.length <= 3 && parts.every((p) => { const ok = p.length > 1 && (FLAGS_OF.getRange(text, at, at + p.length) ?? 0) & IS_FIRST; at += p.length + 1; return ok }) ? IS_FIRST : 0
}
// A capital word that cannot be part of a surname written first: an everyday word, a title, a field's name.
const notSurname = (lower: string) => !PARTICLE_SET.has(lower) && (nameWords.isOrdinary(lower) || (flagsOf(lower, 0, lower.length) & ~IS_FIRST) !== 0)
const alt = (words: readonly string[]) => phraseAlternation(words) // one branch per character, longest phrase first

// `Anna`, `O'Brien`, `McDonald`, `Jean-Luc`, `Eun-ji`, `Ho-A-Shoo`; not `I`, `I'm` or an acronym.
const WORD = String.raw`\p{Lu}(?:[\p{Ll}\p{M}]+|['’](?=\p{Lu}))(?:['’]?\p{Lu}[\p{Ll}\p{M}]+|-\p{L}[\p{Ll}\p{M}]+|-\p{Lu}(?=-\p{Lu}))*`
const PARTICLE = `(?:${alt(PARTICLES)})`
// A particle glued to the surname (`al-Hashimi`, `bin-Salem`) or a capital one apart (`Ó Briain`, `Ní Bhriain`).
const GLUED = String.raw`(?:(?:al|el|ad|as|ash|at|az|bin|ibn|bint|abu|ben|bar)-|(?:Ó|Ní|Uí|Nic|Mhic) )`
/** Capitalised words, with lower-case particles or a middle initial (`Sunny G. Kulkarni`) between them, on one line. */
// Markdown emphasis (`_Inês Sá_`) may wrap a name; an identifier (`anna_Weiss`) may not. An `@` opens a mention
// (`@Rhys`), not after an address's local part (`sales@Example.com`).
// The lookbehinds follow the first capital (the same test, one unit further back): no look behind where no capital is.
const RUN = new RegExp(`\\p{Lu}(?<![\\p{L}\\p{M}\\p{N}.'’]\\p{Lu})(?<![\\p{L}\\p{M}\\p{N}.'’-]-\\p{Lu})(?<![\\p{L}\\p{M}\\p{N}._%+-]@\\p{Lu})(?<![\\p{L}\\p{M}\\p{N}@.]_\\p{Lu})${WORD.slice("\\p{Lu}".length)}(?:[ ](?:${PARTICLE}[ ])*(?:\\p{Lu}\\.[ ])?${GLUED}?${WORD}){0,4}(?![\\p{L}\\p{M}\\p{N}@-]|_[\\p{L}\\p{M}\\p{N}@.]|\\.[\\p{L}\\p{N}])`, "gu")
const PARTICLE_EXACT = new Set(PARTICLES)
// Two particles in a row between two words: a surname's (`de la`, `van der`, `de los`), not a preposition.
const TWO_PARTICLES = /^ \p{Ll}+ \p{Ll}+ $/u
// Particles are written lower case and start with a lower-case letter or an apostrophe; a capitalised word is none.
const isParticle = (text: string, start: number, end: number) => {
  const c = text.charCodeAt(start)
  return (c === 39 || (c >= 97 && c <= 122)) && PARTICLE_EXACT.has(text.slice(start, end))
}

/** After a lower-case first name, a lower-case word that is its surname (`anna schmidt`, not `anna and`). */
// A digit's word opens a number read out after the name (`my neighbour fiona oh seven eight …`), not a surname.
const DIGIT_WORDS = new Set(["oh", "zero", "nought", "two", "three", "four", "five", "six", "seven", "eight", "nine", "double", "triple"])
const isSurname = (first: string, second: string) => listedFirst(first) && !COMMON.has(first) && !COMMON.has(second) && !FUNCTION.has(second) && !VERBS.has(second) && !DIGIT_WORDS.has(second) && !LOWER_NOT_SURNAME.test(second)

const LOWER_WORDS = { isFirst: (w: string) => listedFirst(w) && !COMMON.has(w), isOrdinary: (w: string) => COMMON.has(w) || FUNCTION.has(w) || VERBS.has(w), isFunction: (w: string) => FUNCTION.has(w) && !FIRST.has(w), isSurname, isListedFirst: listedFirst, isVerb: (w: string) => VERBS.has(w) }

/** How the person recognizer reads one lower-case word: a first name, an everyday word that is none, a title. */
export const nameWords = {
  isFirst: (w: string) => FIRST.has(w) || (!COMMON.has(w) && listedFirst(w)),
  isOrdinary: (w: string) => !FIRST.has(w) && LOWER_WORDS.isOrdinary(w),
  isTitle: (w: string) => TITLE_SET.has(w),
  /** A listed first name that is no everyday word of a covered language (`sigrid`; not `nada`, `will`). */
  isPlainFirst: LOWER_WORDS.isFirst,
  isListedFirst: listedFirst, // in a first-name list, an everyday word too or not (`grace`, `will`)
}

interface Word {
  start: number
  end: number
  /** IS_FIRST, IS_COMMON, ...: the lists its lower case is in. */
  flags: number
}

/** Whether one of `words[from..to)` has `flag`, read in place. */
function anyFlagged(words: readonly Word[], from: number, to: number, flag: number): boolean {
  for (let i = from; i < to; i++) if (words[i]!.flags & flag) return true
  return false
}

/** The capitalised words of a run: its pieces between single spaces, less the particles (which are lower case) and a middle initial. */
function wordsOf(text: string, from: number, to: number): Word[] {
  const out: Word[] = []
  for (let start = from; start < to; ) {
    let end = start
    while (end < to && text.charCodeAt(end) !== 32) end++
    // A middle initial (`G.`) is no word of its own: it stays inside the name, as a particle does.
    if (!isParticle(text, start, end) && !(end - start === 2 && text.charCodeAt(start + 1) === 46)) out.push({ start, end, flags: flagsOf(text, start, end) })
    start = end + 1
  }
  return out
}

const FROM_PARTICLE = /^ (?:de|da|do|del|von|van|vom|von der|van der|van de|de la) $/
const AND_PARTICLE = /^ (?:y|e) $/
// What a Spanish or Portuguese firm's or office's name opens with after `de` (`de Oficina de …`, `de Seguros …`).
const FIRM_NOUNS = new Set(["oficina", "agua", "aguas", "energía", "seguros", "servicios", "banco", "clínica", "hospital", "centro", "instituto", "universidad", "colegio", "escuela", "compañía", "empresa", "departamento", "ministerio", "agencia", "farmacia", "inmobiliaria", "transportes", "alojamiento", "atención", "gestión", "administración", "escritório", "serviços", "companhia", "moradia"])
/**
 * Where a name ends before `de` or `von` and a firm's or an office's name (`Nadine Huber von Hochschule Bern`, `Wilma Benítez de Agua y Energía del Valle`, `Octavio de
 * Oficina de Alojamiento Estudiantil`): two words or more opening with a firm's noun, or three joining two with `y`. A surname after `de` is neither (`María de los Ángeles Pérez García`, `Juan de Dios Pérez de la Cruz`).
 */
function firmAfterParticle(text: string, words: readonly Word[], a: number, b: number): number {
  if (b - a < 2) return b
  for (let i = a + 1; i < b; i++) {
    const gap = words[i]!.start - words[i - 1]!.end
    if (gap < 4 || gap > 9) continue
    if (!FROM_PARTICLE.test(text.slice(words[i - 1]!.end, words[i]!.start))) continue
    if (FIRM_NOUNS.has(text.slice(words[i]!.start, words[i]!.end).toLowerCase()) || COMPOUND_ORG.test(text.slice(words[i]!.start, words[i]!.end).toLowerCase())) return i
    for (let j = i + 1; j < b && i + 2 < b; j++) if (AND_PARTICLE.test(text.slice(words[j - 1]!.end, words[j]!.start))) return i
    return b
  }
  return b
}

// Two people in one run, a known given name and another joined by `y`/`e` (`somos Paco y Itziar`, `Ana e Pedro Lopes`),
// as two names; not a surname joined by them (`Ortega y Gasset`).
function twoPeople(text: string, words: readonly Word[], a: number, b: number, score: number): Candidate[] | undefined {
  if (b - a < 2 || !knownFirst(words[a]!.flags) || !knownFirst(words[a + 1]!.flags) || !AND_PARTICLE.test(text.slice(words[a]!.end, words[a + 1]!.start))) return undefined
  return [{ start: words[a]!.start, end: words[a]!.end, score }, { start: words[a + 1]!.start, end: words[b - 1]!.end, score }]
}
/** Where a name ends before a firm's: a sign-off's first name (`Thanks, Mark Southern Cross Plumbing`), or before `de` and a firm. */
const nameBeforeFirm = (text: string, words: readonly Word[], a: number, b: number) =>
  b - a > 1 && words[a]!.flags & IS_FIRST && firmAfterSignedName(text, words[a]!.start, words[a]!.end, words[b - 1]!.end) ? a + 1 : runOnName(text, words, a, firmAfterGiven(text, words, a, firmAfterParticle(text, words, a, b), knownFirst), knownFirst, IS_FIRST)

// Role nouns that are also frequent surnames (`Tamika Holder`, `Minnie Driver`, `Jo Cousin`): kept after a known first name.
const SURNAME_ROLES = new Set(["holder", "driver", "rider", "coach", "cousin", "fitter", "minister", "nurse"])
const surnameRole = (text: string, words: readonly Word[], a: number, b: number) =>
  b - a === 2 && (words[a]!.flags & (IS_FIRST | IS_COMMON)) === IS_FIRST && SURNAME_ROLES.has(text.slice(words[b - 1]!.start, words[b - 1]!.end).toLowerCase())

const knownFirst = (flags: number) => (flags & (IS_FIRST | IS_COMMON)) === IS_FIRST
// A frequent word of three letters or more, no name or particle (`Ihr`, `Our`; not Māori `Te` of `Te Awa`), written in
// small letters after its capital (in a line of capitals, `NÃO ANDA`, `VOTRE TECHNICIEN DEVAIT PASSER` are sentences).
const LOWER_UNIT = /\p{Ll}/u
const frequentBefore = (w: Word) => (w.flags & (IS_FUNCTION | IS_FIRST | IS_PARTICLE)) === IS_FUNCTION && w.end - w.start > 2
// A preposition of time before a month (`läuft im Mai aus`, `bis Juni`, `since May`, `i maj`).
const MONTH_AFTER = /(?:^|[^\p{L}])(?:im|in|ab|bis|seit|vor|nach|ende|anfang|mitte|since|until|till|i|en|desde|hasta|dès|depuis|fin|begin|eind|sinds|tot|innan|efter|från)[ \t]+$/iu
/** A lone word that is a month in a date (`27. Mai 2026`, `im Mai`) or a mail header's field name at a line's start (`Till:`). */
function notAName(text: string, word: Word): boolean {
  if (word.flags & IS_MONTH && (/\d\.?[ \t]*$/.test(text.slice(Math.max(0, word.start - 4), word.start)) || /^,?[ \t]*\d/.test(text.slice(word.end, word.end + 3)) || MONTH_AFTER.test(text.slice(Math.max(0, word.start - 8), word.start)))) return true
  return (word.flags & IS_FIELD) !== 0 && text[word.end] === ":" && (word.start === 0 || text[word.start - 1] === "\n")
}

/**
 * Best effort: a run of capitalised words is a name when a cue comes before
 * it (a title, an introduction, a greeting, a sign-off, a speaker tag) or when
 * it starts with a known first name that is not also an everyday word.
 */
// A name before a number is no desk, place or field's name that is no first name either (`ask for Reception on 0161 …`,
// `the porter Lodge 01223 …`, `warden Office …`); `Hope`, `Mart` or `Van` may be.
const NOT_BEFORE_NUMBER = IS_STRIP | IS_TITLE | IS_MONTH | IS_FIELD | IS_PLACE | IS_FUNCTION
const notBeforeNumber = (w: string) => {
  const flags = flagsOf(w, 0, w.length)
  return nameWords.isOrdinary(w) || ((flags & IS_FIRST) === 0 && (flags & NOT_BEFORE_NUMBER) !== 0)
}
const BEFORE_NUMBER_WORDS = { isPlainFirst: (w: string) => LOWER_WORDS.isFirst(w), isFirst: (w: string) => nameWords.isFirst(w), isOrdinary: notBeforeNumber }
// A dash's name is no greeting, sign-off, title, month, field's name or place either (`— Thanks`, `Re: May — …`).
const NOT_BY_DASH = IS_STRIP | IS_TITLE | IS_MONTH | IS_FIELD | IS_PLACE | IS_FUNCTION
const DASH_WORDS = { isFirst: BEFORE_NUMBER_WORDS.isFirst, isOrdinary: (w: string) => nameWords.isOrdinary(w) || (flagsOf(w, 0, w.length) & NOT_BY_DASH) !== 0 }

export const person = defineRecognizer({
  type: "PERSON",
  name: "person",
  score: 0.6,
  find(original) {
    // ALL-CAPS lines title-cased and a lower-case name after an introduction capitalised, offsets unchanged.
    const text = readable(withoutEmoji(original), LOWER_WORDS)
    const found: Candidate[] = []
    // Where the line of the current name starts, kept as the names move forward (their starts only grow).
    let line = 0
    let newline = text.indexOf("\n")
    for (const m of allMatches(RUN, text)) {
      // `Hong Kong`, `Ho Chi Minh City`: spelled like names, and places.
      if (eastAsianPlace(m[0])) continue
      const words = afterMention(text, wordsOf(text, m.index, m.index + m[0].length), knownFirst, found)
      // Hong Kong's surname in capitals before the given name's syllables (`Name: KWOK Tai Man`).
      const caps = capsSurnameBefore(text, words)
      if (caps >= 0 && found.push({ start: caps, end: words.at(-1)!.end, score: 0.8 })) continue
      // The name is words[a..b): a title inside the run (`Wunsch von Herrn Brandt`) starts the name after it.
      let a = words.length
      while (a > 0 && !(words[a - 1]!.flags & IS_TITLE)) a--
      let b = words.length
      // A report's verb opening the run is the sentence's (`Wants Kwame to call`), so is a frequent word before a role or a given name (`Ihr Pannenhelfer Uwe`).
      while (a < b && (words[a]!.flags & IS_STRIP || (b - a > 1 && (words[a]!.flags & IS_LEAD || (words[a]!.flags & (IS_VERB | IS_FIRST)) === IS_VERB || (frequentBefore(words[a]!) && LOWER_UNIT.test(original[words[a]!.start + 1] ?? '') && ((words[a + 1]!.flags & (IS_STRIP | IS_COMMON)) === IS_STRIP || knownFirst(words[a + 1]!.flags))))))) a++
      const whole = b
      while (a < b && ((words[b - 1]!.flags & IS_STRIP && !surnameRole(text, words, a, b)) || (b - a > 1 && words[b - 1]!.flags & (IS_FUNCTION | IS_VERB)))) b--
      b = nameBeforeFirm(text, words, a, b)
      // A Chinese, Korean, Vietnamese or Japanese name (`Lim Hui Min`, `Trần Thị Mai Anh`) is read whole, its syllables
      // no words of the sentence, as a known first name with its surname.
      const asian = eastAsianRun(text, words, a, b, whole)
      if (asian > 0) b = asian
      // A place (`Victoria Station`), a date (`27. Mai 2026`), a header field at a line's start (`Till:`) is no name.
      // Not a syllable of an East Asian name (`Kwok Wing Yan`).
      if (asian < 0 && b - a > 1 && anyFlagged(words, a + 1, b, IS_PLACE) && !(b - a === 2 && (words[a]!.flags & (IS_FIRST | IS_COMMON | IS_PLACE)) === IS_FIRST && surnamePlace(text, words[a]!.start, words[a + 1]!.start, words[a + 1]!.end))) continue
      if ((b - a === 1 && words[a]!.flags & (IS_MONTH | IS_FIELD) && notAName(text, words[a]!)) || (a < b && (saintsPlace(text, words[a]!.start, words[a]!.end, nameWords.isFirst) || cityBeforeState(text, words[b - 1]!.end)))) continue
      // Words before a known first name that has a surname after it are a role or an opener (`Summary Anna Weiss`);
      // a known first name last in the run is a surname (`Niccolò Marino`).
      let at = a
      while (asian < 0 && at < b && (words[at]!.flags & (IS_FIRST | IS_COMMON)) !== IS_FIRST) at++
      let knownLast = at > a && at === b - 1
      if (at > a && at < b && !knownLast) a = at
      // Everyday words opening a run before a name written surname first are the sentence's (`Tegnap Kovács Péter hívott`).
      while (knownLast && b - a > 2 && (words[a]!.flags & (IS_COMMON | IS_FIRST)) === IS_COMMON) a++
      // A particle between a word that is no first name and a known first name is a preposition (`Bruder von Mehmet`), not
      // two (`de la Cruz`); a frequent word before it opens a question (`Can Imran bring …?`; not a date's `On Jan 13`).
      if (knownLast && b - a === 2 && (questionOpener(text, words[a]!.start, words[a]!.end, words[a + 1]!.end) || (!(words[a]!.flags & (IS_FIRST | IS_PARTICLE)) && words[a + 1]!.start - words[a]!.end > 1 && !TWO_PARTICLES.test(text.slice(words[a]!.end, words[a + 1]!.start))))) {
        a = at
        knownLast = false
      }
      const [count, first, last] = [b - a, words[a], words[b - 1]]
      // A frequent word opening the run (`Sie`, `Can`) is no name, unless it is a particle opening a surname (`De Vries`).
      if (count <= 0 || !first || !last || (first.flags & IS_FUNCTION && !(first.flags & IS_PARTICLE && count > 1) && asian < 0)) continue
      const start = asian < 0 ? first.start - initialsBefore(original, text, first.start, first.end) : first.start
      const end = last.end
      const known = (first.flags & IS_FIRST) !== 0 || asian > 0
      const common = (first.flags & IS_COMMON) !== 0 && asian < 0
      const strength = known && !common ? "known" : (count > 1 || start < first.start) && !common ? "two-words" : "none"
      while (newline >= 0 && newline < start) newline = text.indexOf("\n", (line = newline + 1))
      const cue = cueScore(text, start, end, strength, line, common, known, nameWords.isFirst)
      let score = 0
      if (cue) score = known && !common ? cue + 0.1 : cue
      else if (knownLast && !common) score = 0.55
      else if (known && !common) score = count > 1 ? 0.75 : 0.6
      else if (known && count > 1 && !(words[a + 1]!.flags & IS_COMMON)) score = 0.55
      else if (start < first.start && (!common || first.flags & IS_FIRST) && !(first.flags & (NOT_BY_DASH | IS_VERB | IS_LEAD))) score = 0.7
      // A street or a company named after a person, a desk's name opening a call before its agent's (`Agent: Alpen
      // Autovermietung, Fatmir am Apparat`); a lone first name after a preposition of place is the place, unless its cue
      // capitalised it (`message laissé à nadège`).
      if (score > 0 && (streetOrCompany(text, start, end, first.end, last.start, known, b > a + 1 && (words[a + 1]!.flags & IS_FIRST) !== 0) || (!cue && firmWordInside(text, words, a, b, IS_FUNCTION | IS_VERB)) || (!known && cue < 0.85 && deskWordsAfter(text, end)) || deskOpening(text, line, start, end, known && !common) || (!cue && original.charCodeAt(start) === text.charCodeAt(start) && ((count === 1 && placeBefore(text, start, end)) || cityAfterPostcode(text, start) || townBeforeRegion(text, end))))) continue
      const surname = known && !common ? capitalSurnameBefore(text, line, start, notSurname, nameWords.isFirst) : count <= 2 ? labelledSurname(text, line, start, notSurname) : start
      // Most runs score nothing and have no surname before them: the vetoes below are read only for the others.
      if (score <= 0 && surname === start) continue
      // A first name alone in a sentence about pets (`my dog Nala`, `Termin für Rex`) is an animal's as often as not.
      if ((count === 1 && petsName(original, text, start, end, cue)) || namedThing(text, start, end, cue)) continue
      // A company's or a desk's speaker tag with its person in brackets (`SolTag ApS (Æsa):`, `Reception (Bill):`).
      if (personInBrackets(text, end, known && !common ? LOWER_WORDS.isFirst : nameWords.isFirst) || deskAfterGivenName(text, start, end, LOWER_WORDS.isFirst) || (count > 2 && saidAloud(text, start, end))) continue
      // A month after a word opening a sentence (`Seit Mai wird …`) is a date without a cue.
      if (!cue && knownLast && count === 2 && last.flags & IS_MONTH && /(?:^|[.!?]\s|\n)\s*$/.test(text.slice(Math.max(0, start - 3), start))) continue
      found.push(...(surname === start ? twoPeople(text, words, a, b, score) : undefined) ?? [{ start: surname, end, score: Math.min(1, surname < start ? Math.max(score, 0.8) : score) }])
    }
    for (const f of namesBeforeNumbers(text, BEFORE_NUMBER_WORDS).concat(customerSurnames(text, nameWords.isOrdinary))) found.push(f)
    if (text.includes("—")) for (const f of namesByDashes(text, DASH_WORDS)) found.push(f)
    return found.length ? withoutDesks(text, found.concat(sameNameAgain(text, found, LOWER_WORDS.isOrdinary, notSurname), lowerSameNames(original, found)), nameWords.isFirst) : found
  },
})
