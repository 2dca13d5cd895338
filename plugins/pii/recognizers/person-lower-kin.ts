import { phraseAlternation } from "../../../core/index.ts"
import { KIN } from "./kin-words.ts"
import { saidRuns } from "./digit-words.ts"
import { DIGIT_WORDS } from "./person-digit-words.ts"
import type { LowerWords } from "./person-lower-names.ts"

// Names a caller says in lower case for someone else who may call or be called, as speech-to-text writes them: after a
// relative's word and "my" (`or my wife rose on plus one seven …`, `oder mein mann mustafa unter null sechs …`, `ou mon
// mari julien au zéro sept …`, `my husband art shevchuk may call instead`), after "ask for" before the number to ask on
// (`if i'm out ask for meron on nine two …`), who to add as a contact (`please also add zubair hussain as a contact`), an
// agent's own name before their offer of help (HELP_OFFER), and a name said at the end of a transcribed line (namedAtLineEnd).
// One or two words, the first a listed first name even when also a word (`rose`, `art`), the second no everyday word.

const MY = ["my", "mein", "meine", "meinen", "meinem", "meiner", "mon", "ma", "mes", "mi", "mia", "mio", "mijn", "minha", "meu", "a minha", "o meu", "moja", "mój"]
// "On" or "at" before the number.
const AT = ["on", "at", "unter", "au", "al", "op", "no", "na", "pod", "al numero", "au numéro", "para o", "para a", "em", "en el", "sur le", "am"]
// What the relative may do instead of the caller.
const MAY_CALL = ["may call", "might call", "will call", "can call", "could call", "may ring", "will ring", "kann anrufen", "ruft an", "pourrait appeler",
  "peut appeler", "va appeler", "puede llamar", "podría llamar", "va a llamar", "può chiamare", "potrebbe chiamare", "kan bellen", "zal bellen",
  "pode ligar", "poderá ligar", "vai ligar"]
const ASK_FOR = ["ask for", "asking for", "fragen sie nach", "fragen nach", "vraag naar", "pregunte por", "pregunta por", "chiedere di", "chieda di",
  "demandez", "pergunte por", "pergunta por"]
// A word each of ASK_FOR holds: most texts hold none, and are not read by ASKED_ON.
const ASK_WORDS = ["ask", "fragen", "vraag", "pregunt", "chied", "demand", "pergunt"]
// A word each of AS_CONTACT holds: most texts hold none, and are not read by ADDED.
const CONTACT_WORDS = ["ontact", "ontakt", "ontatt", "ontato"]
const ADD = ["add", "also add", "hinzufügen", "ajouter", "ajoutez", "añadir", "añada", "aggiungere", "aggiunga", "toevoegen", "adicionar", "adicione"]
const AS_CONTACT = ["as a contact", "as contact", "als kontakt", "comme contact", "como contacto", "come contatto", "als contact", "como contato", "como contacto"]

const alt = (phrases: readonly string[]) => phraseAlternation(phrases, "[ \\t]+")
// One lower-case word of a name, hyphens inside (`amelia-rose`); a name of one or two.
const WORD = String.raw`\p{Ll}[\p{Ll}\p{M}]+(?:-\p{Ll}[\p{Ll}\p{M}]+)?`
const NAME = String.raw`(${WORD})(?:[ \t]+(${WORD}))?`
// Group 1 the relative's word, 2 and 3 the name, 4 what they may do (else the number is read after the match).
const KIN_NAMED = new RegExp(String.raw`(?<![\p{L}\p{M}])(?:${alt(MY)})[ \t]+(\p{Ll}+)[ \t]+${NAME}[ \t]+(?:(?:${alt(AT)})[ \t]+(?=\+|\d|\p{Ll})|(${alt(MAY_CALL)})(?![\p{L}\p{M}]))`, "gdu")
const ASKED_ON = new RegExp(String.raw`(?<![\p{L}\p{M}])()(?:${alt(ASK_FOR)})[ \t]+${NAME}[ \t]+(?:${alt(AT)})[ \t]+(?=\+|\d|\p{Ll})`, "gdu")
const ADDED = new RegExp(String.raw`(?<![\p{L}\p{M}])()(?:${alt(ADD)})[ \t]+${NAME}[ \t]+(${alt(AS_CONTACT)})(?![\p{L}\p{M}])`, "gdu")
const INTRO = ["met", "fala a", "fala o", "aqui é a", "aqui é o", "le atiende", "la atiende", "sono", "ici", "hier ist", "mówi"]
// An agent's own name on a transcribed call, right before their offer of help, past `speaking` or a greeting (`tidewell
// yoga rose speaking how can i help`, `… academy grâce bonjour que puis-je pour vous`, `… cellar sono jian come posso
// aiutarla`, `… school le atiende rosa en qué puedo ayudarle`).
const BETWEEN = ["speaking", "bonjour", "buongiorno", "buenos días", "guten tag", "goedemiddag", "goedemorgen", "bom dia", "hello"]
const HELP = ["how can i help", "how may i help", "what can i do for you", "que puis-je", "comment puis-je", "come posso", "en qué puedo", "en que puedo",
  "wie kann ich", "was kann ich", "waarmee kan ik", "hoe kan ik", "em que posso", "como posso"]
// The offer first, then the name before it read back: an expression opening with any word was tried at every word.
const HELP_OFFER = new RegExp(String.raw`(?<=[\p{Ll}\p{M}],?[ \t]+)(?:${alt(HELP)})(?![\p{L}\p{M}])`, "gu")
// `speaking` or a greeting between the name and the offer, or an introduction before the name: a firm's name ends with a
// word spelled like one (`thanks for calling harvey norman how can i help`).
const HELPER_BEFORE = new RegExp(String.raw`(?:(?<![\p{L}\p{M}-])(${WORD})[ \t]+(?:${alt(BETWEEN)})|(?:${alt(INTRO)})[ \t]+(${WORD})),?[ \t]+$`, "du")
// An agent or a caller naming themself at the end of their line, as speech-to-text writes a call's opening (`zuidbank met
// iris goedemiddag`, `ja hallo met frits van der zande`, `seguros estrada boa tarde fala a sofia`, `ubezpieczenia drogowe
// ewelina dzień dobry`, `elm street dental, charlotte speaking`): the first word a listed first name.
const GREETED = ["goedemiddag", "goedemorgen", "goedenavond", "dzień dobry", "buongiorno", "buonasera", "bonjour", "bom dia", "boa tarde", "buenos días",
  "buenas tardes", "guten tag", "guten morgen", "speaking"]
const PARTICLE = String.raw`(?:van|der|den|de|la|da|do|dos|das|del|di|le)`
// The particles bounded (a particle is a word too: unbounded, a run of them was tried every way, 12 s on 100 KB), one run of
// spaces before the line's end (two in a row were tried every way against a long run of spaces).
const INTRO_AT_END = new RegExp(String.raw`(?<![\p{L}\p{M}])(?:${alt(INTRO)})[ \t]+(${WORD}(?:[ \t]+(?:${PARTICLE}[ \t]+){0,3}${WORD}){0,2})(?:[ \t]+(?:${alt(GREETED)}))?[ \t]*(?:[.!][ \t]*)?(?=\r?\n|$)`, "gdu")
// The greeting first, then the word before it read back: an expression opening with any word was tried at every word.
const GREETED_AT_END = new RegExp(String.raw`(?<=[\p{Ll}\p{M}][ \t]+)(?:${alt(GREETED)})[ \t]*(?:[.!][ \t]*)?(?=\r?\n|$)`, "gu")
const WORD_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{M}-])${WORD}(?=[ \t]+$)`, "u")
const PARTICLES = new Set(["van", "der", "den", "de", "la", "da", "do", "dos", "das", "del", "di", "le"])

/** The positions to capitalise in `out`: a name said at the end of its speaker's line (INTRO_AT_END, GREETED_AT_END). */
function namedAtLineEnd(out: string, words: LowerWords & { isFunction(word: string): boolean }, at: number[]): void {
  const named: Array<{ name: string; from: number }> = []
  for (const m of out.matchAll(INTRO_AT_END)) named.push({ name: m[1]!, from: m.indices![1]![0] })
  for (const m of out.matchAll(GREETED_AT_END)) {
    const before = WORD_BEFORE.exec(out.slice(Math.max(0, m.index - 40), m.index))
    if (before) named.push({ name: before[0], from: Math.max(0, m.index - 40) + before.index })
  }
  for (const { name, from } of named) {
    const parts = name.split(/[ \t]+/)
    // A listed first name: two words no list holds were as often the clause's (`sono molto contento`, `met kpn glasvezel`).
    if (!words.isListedFirst(parts[0]!) || parts.some((p) => words.isFunction(p) && !PARTICLES.has(p)) || parts.slice(1).some((p) => !PARTICLES.has(p) && words.isOrdinary(p))) continue
    let i = out.indexOf(name, from)
    for (const p of parts) {
      i = out.indexOf(p, i)
      if (!PARTICLES.has(p)) at.push(i)
      i += p.length
    }
  }
}
/** How many digits a number said in words opening `said` holds: English's (`two one two …`, `double four`) or another language's. */
function saidDigits(said: string): number {
  let digits = 0
  for (const w of said.split(/[ \t,]+/)) {
    if (!DIGIT_WORDS.has(w)) break
    digits += w === "double" || w === "triple" ? 0 : 1
  }
  const run = saidRuns(said, 2)[0]
  return Math.max(digits + (/(?:^|[ \t,])(?:double|triple)[ \t]/.test(said) ? 1 : 0), run !== undefined && run.start === 0 ? run.digits.length : 0)
}
const SPEAKER_TIME = /(?<=^|\n)[ \t]*(\p{Ll}[\p{Ll}\p{M}]+) \d{1,2}[:.]\d{2}:[ \t]/dgu
const PHONE_AFTER = /^(?:\+|plus[ \t])|^\(?\d[\d ().\/-]{5,}\d/u
// Dutch "man" for husband (`mijn man`), no relative's word before a name in English.
const KIN_TOO = new Set(["man"])

/** The positions to capitalise in `out`: a lower-case name a caller gives for someone who may call or be called. */
export function kinLowerNames(out: string, words: LowerWords & { isFunction(word: string): boolean }): number[] {
  const at: number[] = []
  const read = (re: RegExp, kinNeeded: boolean) => {
    for (const m of out.matchAll(re)) {
      const kin = m[1]!
      const names = [m[2]!, m[3]].filter((n): n is string => n !== undefined)
      const after = m.index + m[0].length
      // A phone's length of digits after "on" or "at" (`my husband rose at 5 and …` is a time).
      const number = m[4] !== undefined || PHONE_AFTER.test(out.slice(after, after + 24)) || saidDigits(out.slice(after, after + 120)) >= 7
      if ((kinNeeded && !(KIN.has(kin) || KIN_TOO.has(kin))) || !number) continue
      // Not `my husband usually at …`, `mijn man werkt op …`, `my wife and …`.
      if (!words.isListedFirst(names[0]!) || names.some((n) => words.isFunction(n) || KIN.has(n)) || (names[1] !== undefined && words.isOrdinary(names[1]))) continue
      at.push(m.indices![2]![0])
      if (m[3] !== undefined) at.push(m.indices![3]![0])
    }
  }
  read(KIN_NAMED, true)
  if (ASK_WORDS.some((w) => out.includes(w))) read(ASKED_ON, false)
  if (CONTACT_WORDS.some((w) => out.includes(w))) read(ADDED, false)
  namedAtLineEnd(out, words, at)
  // A chat's speaker in lower case before the time and a colon (`martina 13:05: ciao …`): a listed first name.
  for (const m of out.matchAll(SPEAKER_TIME)) if (words.isListedFirst(m[1]!) && !words.isFunction(m[1]!)) at.push(m.indices![1]![0])
  for (const m of out.matchAll(HELP_OFFER)) {
    const from = Math.max(0, m.index - 48)
    const helper = HELPER_BEFORE.exec(out.slice(from, m.index))
    const group = helper?.[1] !== undefined ? 1 : 2
    const name = helper?.[group]
    if (name !== undefined && name.split("-").every((p) => words.isListedFirst(p)) && !words.isFunction(name)) at.push(from + helper!.indices![group]![0])
  }
  return at
}
