import { contextMatcher } from "../../../core/index.ts"

// A turn that asks for the other speaker's name, read on the line before a speaker's answer (person-case.ts): a given
// name written in lower case that answers it is the speaker's (`agent: can i take your name⏎caller: siobhan murphy`).

/** A word for a name: a line holding one asks for it, with or without a question mark. */
export const NAME_WORD = contextMatcher(["name", "nombre", "nom", "nome", "naam", "navn", "namn", "nimi", "nimel", "imię", "jméno", "meno", "ime", "nevét", "adınız", "isminiz", "numele", "имя", "имени", "име", "имена", "імені", "прізвище",
  // Its other forms, and the words for a given name and a surname (`Ihren Namen?`, `su apellido?`, `votre prénom ?`).
  "namen", "vorname", "vornamen", "nachname", "nachnamen", "prénom", "apellido", "apellidos", "cognome", "voornaam", "achternaam", "sobrenome",
  "förnamn", "efternamn", "fornavn", "etternavn", "efternavn", "nazwisko", "imienia", "příjmení", "vezetéknév", "keresztnév", "prenume",
  // Whose card or account it is, asked for by the word for its holder (`gracias y el titular`, `and the cardholder`).
  "cardholder", "titular", "titolare", "intestatario", "titulaire", "karteninhaber", "kontoinhaber", "rekeninghouder", "kortinnehavare", "posiadacz"])

/** A question for a person by their part (`thanks. recipient?`, `child?`): only with its question mark. */
export const PERSON_ASKED = contextMatcher(["recipient", "child", "colleague", "instructor", "learner", "parent", "who", "whom", "empfänger", "empfängerin", "kind", "destinataire", "enfant", "destinatario", "destinataria", "niño", "niña", "figlio", "figlia", "ontvanger", "destinatário", "criança", "mottagare", "barn"])

/**
 * An agent's question who is on the line, as speech-to-text writes it, with no question mark (`who am i speaking with`,
 * `hvem taler jeg med`, `з ким я розмовляю`).
 */
export const WHO_SPEAKING = contextMatcher([
  "who am i speaking with", "who am i speaking to", "who am i talking to", "who's calling", "who is calling", "mit wem spreche ich",
  "à qui ai-je l'honneur", "qui est à l'appareil", "con quién hablo", "con quien hablo", "con chi parlo", "met wie spreek ik", "com quem falo",
  "med vem talar jag", "vem talar jag med", "hvem taler jeg med", "hvem snakker jeg med", "kenen kanssa puhun", "z kim rozmawiam",
  "s kým hovorím", "s kým mluvím", "cu cine vorbesc", "s kim razgovaram", "kiivel beszélek", "з ким я розмовляю", "с кем я говорю",
  "с кого разговарям", "kellega ma räägin", "ar ką aš kalbu", "ar ko es runāju",
  // What the caller is called (`vad heter du`, `wie heißen sie`, `cómo se llama`).
  "vad heter du", "hva heter du", "hvad hedder du", "wie heißen sie", "wie heissen sie", "wie heißt du", "comment vous appelez-vous",
  "comment vous appelez vous", "cómo se llama", "como se llama", "cómo te llamas", "come si chiama", "come ti chiami", "hoe heet u", "hoe heet je",
  "como se chama", "como é que se chama", "jak się pan nazywa", "jak się pani nazywa", "what's your name", "whats your name",
])

// Who is speaking, as a call opens: the agent's full name follows.
export const SPEAKING_CUES = new Set(["speaking with", "speaking to", "through to", "sie sprechen mit", "vous parlez avec", "u spreekt met", "je spreekt met", "du pratar med", "du taler med", "du snakker med", "на зв'язку", "на телефона е"])
// After the agent's name: the clause's end or the offer of help (`… how can i help`, `… hvad kan jeg hjælpe med`).
export const HOW_CAN_I = /^(?:[ \t]*(?:[,.!?]|\r?\n|$)| (?:how|what|wie|was|comment|que|hoe|wat|hvad|hva|vad|hur|чим|чем|с какво|як|как)(?![\p{L}]))/u
/** An agent's offer of help after their name (`this is will, how can i help`). */
export const HELP_OFFER = /^,? (?:how|what) (?:can|may) i (?:help|do)(?![\p{L}])/u

/**
 * Whether the line `[from, to)` is a question for a person's name, not a thing's (`company name?`, `name of the pet?`):
 * its `?` last, or, as speech-to-text writes a question, a short turn with no punctuation after its tag (`[00:00:36]
 * AGENT: and the name on the card`).
 */
export function asksForPerson(out: string, from: number, to: number): boolean {
  let end = to
  while (end > from && (out.charCodeAt(end - 1) === 32 || out.charCodeAt(end - 1) === 13)) end--
  const line = out.slice(from, end)
  return (out.charCodeAt(end - 1) === 63 || SAID_ASKING.test(line)) && !THING_NAME.test(line)
}
// A turn of eight words at most after its tag (and a stamp), in small letters, with no punctuation: a question said.
const SAID_ASKING = /^[ \t]*(?:\[[^\]\n]{1,30}\][ \t]*)?[\p{L}][\p{L}\p{N}_ ]{0,20}:[ \t]*\p{Ll}[\p{Ll}\p{M}'’-]*(?:[ \t]+\p{Ll}[\p{Ll}\p{M}'’-]*){0,7}$/u
const THING_NAME = /(?<![\p{L}])(?:company|business|firm|file|product|school|pet|dog|cat|horse|medication|medicine|drug|street|road|city|town|village|hotel|shop|store|app|device|network|wifi|item|model|brand|bank|plan|course|team|project|venue|restaurant|ship|boat|vehicle|car|song|book|event|package|server|folder|user)[ -]?names?(?![\p{L}])|(?<![\p{L}])names?[ \t]+of[ \t]+(?:the|your|this|that|his|her|their)[ \t]+(?!account|booking|card|policy|order|recipient|child|contact|caller|customer|person|parent)/iu
