import { contextMatcher } from "../../../core/index.ts"

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
  "jag menar", "tarkoitan", "chci říct", "to znaczy", "oprava", "korekta", "correction", "actually", "wait", "hang on", "warte", "wacht",
  "attendez", "espera", "espere", "aspetti", "aspetta", "vänta", "vent", "vent lige", "vänta lite", "pockejte", "počkejte", "poczekaj",
])
/** A "no" set off by a comma or a pause (`nein, 0650 …`, `nu, e …`): a bare `no` may be a number's abbreviation. */
const NO_SET_OFF = /(?<![\p{L}])(?:no|nope|nein|nee|nej|nei|nie|ne|ei|non|não|nao|nu|όχι|οχι|nem)[ \t]*(?:,|\.\.\.|…)/iu
/** Only words, spaces and punctuation between the two numbers. */
const WORDS_ONLY = /^[^\p{N}\n]{1,40}$/u

/** Whether the text between a phone found (ending at `found.end`) and the number at `start` corrects the former by the latter. */
export function correctedAfter(text: string, found: { end: number } | undefined, start: number): boolean {
  if (found === undefined || start <= found.end || start - found.end > 40) return false
  const between = text.slice(found.end, start)
  return WORDS_ONLY.test(between) && (SORRY.test(between) || NO_SET_OFF.test(between))
}
