import { contextMatcher } from "../../../core/index.ts"
import { DATE_LABELS, NUMBER_NOUNS, OTHER_WORDS } from "./phone-words.ts"

// A caller correcting the number they just gave (`694 764 0723, συγγνώμη όχι, είναι 6977632847`, `+386 1 841 81 31,
// oprostite, ne, 070-242-773 je prava`, `… yksi viisi kaksi kaksi, ei kun sori, se on nolla neljä …`): the number after
// the apology is a phone as the one before it was, however far the words that named that one are.

/** An apology or a self-correction, in the covered languages. */
const SORRY = contextMatcher([
  "sorry", "soz", "pardon", "excuse me", "i mean", "my mistake", "entschuldigung", "entschuldige", "verzeihung", "désolé", "désolée", "excusez-moi",
  "perdón", "perdona", "disculpe", "disculpa", "scusa", "scusi", "scusate", "desculpe", "desculpa", "ursäkta", "förlåt", "undskyld",
  "unnskyld", "beklager", "anteeksi", "sori", "przepraszam", "promiňte", "prepáčte", "bocsánat", "bocsi", "scuze", "scuzați", "oprostite",
  "oprosti", "izvinite", "συγγνώμη", "συγνώμη", "συγγνωμη", "sorry hoor", "excuses",
  // "I mean", "correction" and "wait" (`quatsch, ich meine …`, `no aspetti …`, `nej vänta …`, `o nee …`, `promiňte, oprava …`).
  "ich meine", "quatsch", "je veux dire", "digo", "quiero decir", "cioè", "volevo dire", "quer dizer", "quero dizer", "ik bedoel", "jeg mener",
  "jag menar", "eg meiner", "tarkoitan", "chci říct", "to znaczy", "oprava", "korekta", "correction", "actually", "wait", "hang on", "warte", "wacht",
  "attendez", "espera", "espere", "aspetti", "aspetta", "anzi", "vänta", "vent", "vent lige", "vänta lite", "pockejte", "počkejte", "poczekaj",
  // "I got it wrong" (`me equivoqué: …`, `je me suis trompé, …`).
  "me equivoqué", "me equivoque", "me equivoco", "equivoquei", "errei", "mi sono sbagliato", "mi sono sbagliata", "ho sbagliato", "je me suis trompé",
  "je me suis trompée", "ich habe mich vertan", "vertan", "verschrieben", "versproken", "ik vergis me", "m-am înșelat", "pomyliłem", "pomyliłam", "spletl jsem se",
  // Albanian "excuse me, I mean" (`… shtatë më falni dua të them zero …`).
  "më falni", "me falni", "dua të them",
])
// "Wrong" said of the number right before it (`… 14 falsch, es ist …`, `(718 865 9791) is wrong — new one is …`); not of a noun
// between the two (`die Rechnung ist falsch, 20260312`).
const WRONG_FIRST = /^[ \t,.:;)–—-]*(?:(?:is|ist|est|es|è|é|e|είναι|je|este|er|är)[ \t]+)?(?:wrong|incorrect|falsch|faux|sbagliato|errato|errado|errada|fout|verkeerd|fel|forkert|feil|väärin|źle|špatně|greșit|gresit|λάθος|λαθος|pogrešno|pogresno|gabim)(?![\p{L}])/iu
/** A "no" set off by a comma or a pause (`nein, 0650 …`, `nu, e …`): a bare `no` may be a number's abbreviation. */
const NO_SET_OFF = /(?<![\p{L}])(?:no|nope|nein|nee|nej|nei|nie|ne|ei|non|não|nao|nu|όχι|οχι|nem)[ \t]*(?:,|\.\.\.|…)/iu
/** Only words, spaces and punctuation between the two numbers. */
const WORDS_ONLY = /^[^\p{N}\n]{1,60}$/u

/** Whether the text between a phone found (ending at `found.end`) and the number at `start` corrects the former by the latter. */
export const correctedAfter = (text: string, found: { end: number } | undefined, start: number): boolean => found !== undefined && corrects(text, found.end, start)

/** Whether only an apology or a correction stands between `end` and `start`, 60 units at most (`… nej undskyld, det er min kones. Mit er …`). */
function corrects(text: string, end: number, start: number): boolean {
  if (start <= end || start - end > 60) return false
  const between = text.slice(end, start)
  // Past 40 units, nothing naming some other number between (`Sorry, one more thing, my date of birth is …`).
  if (start - end > 40 && (OTHER_WORDS.test(between) || NUMBER_NOUNS.test(between) || DATE_LABELS.test(between) || /birth|geburt|naissance|nacimiento|nascita|nascimento/i.test(between))) return false
  return WORDS_ONLY.test(between) && (SORRY.test(between) || NO_SET_OFF.test(between) || WRONG_FIRST.test(between))
}

/**
 * Whether a number said and then said again nearly alike, with an apology or a correction between (`it's eight one
 * double seven, double nine three seven no wait, eight one double seven, double nine three six`, `… me equivoqué:
 * ochenta y uno, 6443, …`), is a caller correcting their phone: both are phones however little named them. Nearly
 * alike: seven digits or more, lengths one apart at most, and all but two digits the same at the start and the end (the
 * country's code said once and the trunk 0 the other time aside).
 */
export function saidAgainCorrected(text: string, first: { start: number; end: number; digits: string }, second: { start: number; digits: string }): boolean {
  return corrects(text, first.end, second.start) && IT_IS.test(text.slice(Math.max(0, first.start - 24), first.start)) && nearlyAlike(first.digits, second.digits)
}
/** saidAgainCorrected with the number said before `i` or after it, in a text's numbers said in order. */
export const saidAgainAmong = (text: string, said: readonly { start: number; end: number; digits: string }[], i: number): boolean =>
  (i > 0 && saidAgainCorrected(text, said[i - 1]!, said[i]!)) || (i + 1 < said.length && saidAgainCorrected(text, said[i]!, said[i + 1]!))
// The caller saying what it is, right before the first (`it's …`, `c'est le …`, `este es el …`, `είναι …`): a count or a
// sum said and corrected (`the total came to …, no wait, …`) is no one's number.
const IT_IS = /(?:^|[^\p{L}])(?:it['’]?s|it is|that['’]s|that is|c['’]est|es|è|ist|είναι|je|este|é|er|är|on|ir|is)(?:[ \t]+(?:the|le|la|el|il|o|a))?[ \t]*$/iu

function nearlyAlike(x: string, y: string): boolean {
  // Said once with the country's code and once from the trunk 0 (`plus four four, double seven …` then `oh double seven …`).
  if (x.startsWith("+") !== y.startsWith("+")) {
    const [intl, nat] = x.startsWith("+") ? [x, y] : [y, x]
    const national = nat.replace(/^0/, "")
    const cc = intl.length - 1 - national.length
    return cc >= 1 && cc <= 3 && alike(intl.slice(1 + cc), national)
  }
  return alike(x, y)
}

function alike(x: string, y: string): boolean {
  if (Math.min(x.length, y.length) < 7 || Math.abs(x.length - y.length) > 1) return false
  let prefix = 0
  while (prefix < x.length && x[prefix] === y[prefix]) prefix++
  let suffix = 0
  while (suffix < Math.min(x.length, y.length) - prefix && x[x.length - 1 - suffix] === y[y.length - 1 - suffix]) suffix++
  return prefix + suffix >= Math.max(x.length, y.length) - 2
}
