import { phraseAlternation } from "../../../core/index.ts"
import { titledSpans } from "./person-caps.ts"
import { NOT_GREETED } from "./person-openers.ts"

// More places where a name is written in lower case or in capitals, read on the person recognizer's copy of the text
// (person-case.ts): a ticket's @mention (`@grace Mechanic …`, `@иван`), a speaker's own full name after a greeting or
// an introduction (`Hey there victoria walker,`, `this is frank hughes calling back`, `habla juan david rodríguez gómez,`),
// and a name in capitals after a form's name key or a mail's sender header (`Eng./Staff: KIRSTY MACKENZIE-BOYD`,
// `From: EMYR VAUGHAN-THOMAS <…>`, `Имя: ВЕРА ИВАНОВА`).

/** What this reads of a lower-case word (person.ts's lists). */
export interface LowerWords {
  /** A listed first name, an everyday word or not (`grace`, `will`, `иван`). */
  isListedFirst(word: string): boolean
  /** An everyday or frequent word, or a verb, of a covered language. */
  isOrdinary(word: string): boolean
}

// A mention: `@` opening the text, a line or following a space or a bracket (not an address's `sales@`), one lower-case
// word (hyphens inside: `@lars-göran`), then no more of a word, an address or a handle's path.
const MENTION = /(?<![^\s(\[])@(\p{Ll}[\p{Ll}\p{M}]*(?:-\p{Ll}[\p{Ll}\p{M}]*)?)(?![\p{L}\p{M}\p{N}_@/.-]|\.[\p{L}\p{N}])/gu
// Group mentions a chat tool keeps, and desks' handles: never a person.
const GROUP_MENTIONS = new Set(["here", "channel", "all", "everyone", "everybody", "team", "support", "admin", "admins", "ops", "oncall", "dev", "devs", "sales", "billing", "help", "info"])

/** The positions to capitalise in `out`: each part of a mention that is a listed first name (`@grace` -> `@Grace`). */
export function mentionedNames(out: string, words: LowerWords): number[] {
  const at: number[] = []
  if (!out.includes("@")) return at
  for (const m of out.matchAll(MENTION)) {
    const name = m[1]!
    if (GROUP_MENTIONS.has(name) || !name.split("-").every((part) => words.isListedFirst(part))) continue
    at.push(m.index + 1)
    const hyphen = name.indexOf("-")
    if (hyphen > 0) at.push(m.index + 2 + hyphen)
  }
  return at
}

// A greeting, then a name closing its phrase with a comma (`Hey there victoria walker,`); an introduction of the speaker's
// own name, then a name closing the clause (a comma, a full stop, the line's end) or running into `calling` (`this is
// frank hughes calling back`): a first name and its surnames, two to four lower-case words as typed.
const GREETING_CUES = ["hey there", "good day", "iyi günler", "İyi günler", "bos días", "boas tardes", "buenos días", "hola", "hello", "hi", "hey", "howdy", "dear"]
const INTRODUCTION_CUES = ["this is", "it's", "it’s", "it is", "это", "меня зовут", "son", "soy", "habla", "me llamo", "sono", "mi chiamo", "ich bin", "ich heisse", "ich heiße",
  "hier ist", "hier spricht", "aqui é", "aqui fala", "u spreekt met", "je suis"]
// A caller's own name running into why they call (`it's emma walker calling about …`, `hier ist peter haddad es geht um …`,
// `soy ana zhou fernández llamo por …`, `it's emma walker again my number is …`), its first a listed first name: words no
// list holds were an adverb's or a firm's as often (`it's really urgent calling`, `this is british gas calling`).
const CALLING = ["calling", "ringing", "es geht", "ich rufe", "wegen", "llamo", "te llamo", "le llamo", "chiamo", "la chiamo", "ti chiamo", "j'appelle",
  "je vous appelle", "je t'appelle", "ligo", "estou a ligar", "estou ligando", "ik bel", "bel ik", "again", "you can reach me", "you can call me",
  "my number is", "my number's", "vorrei", "volevo", "quisiera", "quería", "queria", "je voudrais", "ich möchte", "ich wollte", "i'd like", "i would like",
  "chciałem", "chciałam", "ik wil", "ik wilde"]
const CALLING_ALT = phraseAlternation(CALLING, "[ \\t]+")
// Two letters or more: a lone letter is a preposition (`Это любовь к животным.`), not a name's word.
const W = String.raw`\p{Ll}[\p{Ll}\p{M}'’-]+`
// Each cue as written and capitalised, opening a sentence (`Hola`, `This is`): no case-blind flag, under which `\p{Ll}`
// would take capitals too.
const bothCases = (phrases: readonly string[]) => phrases.flatMap((p) => [p, p[0]!.toUpperCase() + p.slice(1)])
const alternation = (phrases: readonly string[]) => phraseAlternation(bothCases(phrases), "[ \\t]+")
const OWN_NAME = new RegExp(
  String.raw`(?<![\p{L}\p{M}])(?:(${alternation(GREETING_CUES)})|${alternation(INTRODUCTION_CUES)}),?[ \t]+(${W}(?: (?!(?:${CALLING_ALT})(?![\p{L}\p{M}]))${W}){1,3})(?=[ \t]*(?:[,.!?;]|\r?\n|$)| (?:${CALLING_ALT})(?![\p{L}\p{M}]))`,
  "gu",
)

const FILLERS = new Set(["eh", "ehm", "uh", "um", "uhm", "er", "erm", "ah", "hm", "hmm", "mm", "euh", "äh", "ähm", "ehh", "uhh"])
// After a first name that is also a word (`grace`, `will`), a noun by its ending is no surname (`hi grace booking,`).
const NOUN_ENDING = /(?:ment|tion|sion|ness|ity|ing|ance|ence)$/

/**
 * The positions to capitalise in `out`: each word of a lower-case full name after a greeting or an introduction, no word
 * but a listed first name an everyday one, its first a listed first name or the name closing its phrase with a comma
 * (`this is frank hughes calling back`, `Hola javiera gonzález muñoz,`; not `hi will power!`, `this is fine now.`).
 */
export function ownFullNames(out: string, words: LowerWords): number[] {
  const at: number[] = []
  OWN_NAME.lastIndex = 0
  for (let m = OWN_NAME.exec(out); m; m = OWN_NAME.exec(out)) {
    const start = m.index + m[0].length - m[2]!.length
    // A hesitation ends the name (`hola soy pilar eh llamo por …`).
    const filler = m[2]!.split(" ").findIndex((p) => FILLERS.has(p))
    const name = filler > 0 ? m[2]!.split(" ").slice(0, filler).join(" ") : m[2]!
    const parts = name.split(" ")
    const first = parts[0]!
    const comma = out[start + name.length] === ","
    const listed = words.isListedFirst(first)
    if (parts.some((p) => NOT_GREETED.has(p)) || parts.slice(1).some((p) => words.isOrdinary(p)) || (words.isOrdinary(first) && (!listed || parts.some((p) => NOUN_ENDING.test(p)))) || (!comma && (!listed || m[1] !== undefined))) {
      // A cue's words may have been read as the name's (`Hello, this is frank …`): read on from the name's start.
      OWN_NAME.lastIndex = start
      continue
    }
    let i = start
    for (const p of parts) {
      at.push(i)
      i += p.length + 1
    }
  }
  return at
}

// A key for a person's whole name or a mail's sender opening its line, then two to four words in capitals closing it (or
// before the sender's `<address>` or a `·` field separator): `Nome completo: IRIA OUTEIRO VEIGA`, `Saatja: RASMUS OTS <…>`.
const NAME_KEYS = ["eng./staff", "Eng./Staff", "staff", "nome completo", "nombre completo", "nome e cognome", "nume complet", "имя", "фио", "ονοματεπώνυμο", "όνομα", "ad soyad"]
const SENDER_KEYS = ["from", "de", "da", "von", "van", "saatja", "lähettäjä", "från", "fra", "od", "от", "από", "kimden", "expeditor"]
const CAPS = String.raw`\p{Lu}[\p{Lu}\p{M}'’-]*\p{Lu}\p{M}*`
const CAPS_NAME = String.raw`(${CAPS}(?: ${CAPS}){1,3})`
const KEYED_CAPS = new RegExp(String.raw`(?<=^|\n)[ \t]*(?:${alternation(NAME_KEYS)})[ \t]*:[ \t]*${CAPS_NAME}(?=[ \t]*(?:\r?\n|$|·))`, "uy")
const SENDER_CAPS = new RegExp(String.raw`(?<=^|\n)[ \t]*(?:${alternation(SENDER_KEYS)})[ \t]*:[ \t]*${CAPS_NAME}(?=[ \t]*<)`, "uy")
// An introduction of the speaker's own name before it, its clause closing after it (`Меня зовут СЕРГЕЙ ПОПОВ.`).
const INTRO_CUES = ["меня зовут", "ich heisse", "ich heiße", "me llamo", "chámome", "my name is"]
// A word each cue holds in both its cases: most texts hold none, and are not read by INTRO_CAPS.
const INTRO_WORDS = ["зовут", "heisse", "heiße", "llamo", "hámome", "name"]
const INTRO_CAPS = new RegExp(String.raw`(?<![\p{L}\p{M}])(?:${alternation(INTRO_CUES)})[ \t]+${CAPS_NAME}(?=[ \t]*(?:[,.!?;]|\r?\n|$))`, "gu")
const TWO_CAPS = /\p{Lu}\p{M}*\p{Lu}/u

/** `out` with a name in capitals after a name's key, a sender's header or an introduction title-cased, same length. */
export function titleCaseKeyedCaps(out: string): string {
  if (!TWO_CAPS.test(out)) return out
  // The keys' expressions need a colon, the introductions' a cue's word: most texts hold none of the cues.
  const keyed = out.includes(":")
  const intro = INTRO_WORDS.some((w) => out.includes(w))
  if (keyed) out = titleCased(out, lineStartMatches(out, KEYED_CAPS))
  if (keyed) out = titleCased(out, lineStartMatches(out, SENDER_CAPS))
  if (intro) out = titleCased(out, out.matchAll(INTRO_CAPS))
  return out
}

/** `out` with each match's name (its first group, ending the match) title-cased. */
const titleCased = (out: string, matches: Iterable<RegExpExecArray>) =>
  titledSpans(out, Array.from(matches, (m): [number, number] => [m.index + m[0].length - m[1]!.length, m.index + m[0].length]))

// A key's match starts a line and ends on it: the sticky expression is tried at each line's start, not at every character.
function lineStartMatches(text: string, re: RegExp): RegExpExecArray[] {
  const found: RegExpExecArray[] = []
  for (let at = 0; at >= 0; at = text.indexOf("\n", at) + 1 || -1) {
    re.lastIndex = at
    const m = re.exec(text)
    if (m) found.push(m)
  }
  return found
}

// A third party named in a call, in lower case as speech-to-text writes it: asked for (`is that caoimhe?`, `is meera
// there with you?`, `ist mehmet bei ihnen?`, `är ingrid med dig?`), giving their word (`meera says that's fine`,
// `mehmet sagt ja`, `serena dice di sì`, `camille dit oui`, `ingrid säger ja`, `caoimhe said to ring back`) or away
// (`caoimhe's off today`). One word, a listed first name that is no everyday word of a covered language.
const W1 = String.raw`(\p{Ll}[\p{Ll}\p{M}]+(?:-\p{Ll}[\p{Ll}\p{M}]+)?)`
const ASKED = new RegExp(
  String.raw`(?<![\p{L}\p{M}])(?:is that|is it|is|ist|är|er|est-ce que|c'est|czy|je tam s vámi|è)[ \t]+${W1}(?=[ \t]*\?|[ \t]+(?:there|with you|bei ihnen|da|med dig|jest obok|lì|à côté)(?![\p{L}]))`,
  "gu",
)
// The verb first: an expression opening with a lower-case word was tried at every letter of every text (12% of the
// analyzer's time); the name is read back from the verb.
// One space or tab after the name: a run of them is tried once from its start, not from each of its units (linear on
// 200 KB of spaces).
const SAYS = /(?<=[\p{Ll}\p{M}])(?:[ \t](?:says|said|sagt|dit|dice|säger|siger|sier|zegt|říká|mówi|się zgadza|is off|is away|est à côté|è lì|ist nicht da)|['’]s[ \t]off)(?![\p{L}])/gu
const NAME_BEFORE = /(?<![\p{L}\p{M}-])\p{Ll}[\p{Ll}\p{M}]+(?:-\p{Ll}[\p{Ll}\p{M}]+)?$/u

/** The positions to capitalise in `out`: a third party's listed first name asked for, giving their word or away. */
export function thirdPartyNames(out: string, words: LowerWords & { isFunction(word: string): boolean }): number[] {
  const at: number[] = []
  const named = (name: string, start: number) => {
    if (!words.isOrdinary(name) && !words.isFunction(name) && name.split("-").every((p) => words.isListedFirst(p)) && !NOT_GREETED.has(name)) at.push(start)
  }
  if (out.includes("?") || out.includes(" there") || out.includes(" with ")) for (const m of out.matchAll(ASKED)) named(m[1]!, m.index + m[0].length - m[1]!.length)
  for (const m of out.matchAll(SAYS)) {
    const before = NAME_BEFORE.exec(out.slice(Math.max(0, m.index - 30), m.index))
    if (before) named(before[0], m.index - before[0].length)
  }
  return at
}
