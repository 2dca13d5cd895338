import { PARTY_LABELS, ROLE_NOUNS, ROLES } from "./person-cues.ts"
import type { LabelledValue } from "../../../core/index.ts"
import { PHONE_LABELS, PHONE_MODIFIERS, PHONE_WORDS } from "./phone-words.ts"

// Numbers named by words that are not "<word> number" in English (phone-words.ts reads those): a word for number before
// what it numbers, a mail's subject, a possessed or bracketed noun. Each is a general rule, not a business's words.

// The words for "number" (and a code's) that come before what they number, as the Romance and Slavic languages write
// them (`Numero sinistro:`, `N° de sinistre :`, `Numer rachunku`, `číslo škodní události`, `numărul de salarizare`,
// `kod odbioru`), then up to three words, then a verb (`meu número de sócio é …`).
const NUMBER_FIRST = /(?:^|[^\p{L}\p{N}])(?:n[º°]|n\.º|nr\.?|num[eé]ro|número|numer(?:u|ze|em)?|numărul|număr|číslo|čísla|číslom|broj(?:a|em)?|številk[ao]|numeris|numerį|numur[su]|αριθμός|αριθμό|номер|kod|código|codice)[ \t]+((?:\p{L}[\p{L}\p{M}'’.-]*[ \t]+){0,3}?\p{L}[\p{L}\p{M}'’-]*)[ \t]*:?[ \t]*$/iu
const NUMBER_FIRST_HINT = /n[º°.rÚúUu]|čísl|broj|števil|αριθμ|номер|kod|c[oó]di/i
// Stems of the words that say the number is a phone's, or whose or which phone (`numero di richiamata`, `número fijo`,
// `numer komórki`, `číslo mobilu`, `numéro perso`), in these languages.
const PHONE_QUALIFIER = /^(?:tele|tél|tel|mobil|móvil|movil|cell|celul|handy|fax|gsm|kontakt|contact|contat|whats|sms|landlin|line|linea|línea|ligne|linha|linia|linka|ext|pager|beep|voice|satel|hotline|helpline|freephone|switchboard|richiam|rappel|llamad|chiam|dzwon|oddzw|zpětn|volán|hovor|poziv|povrat|skamb|zvan|helist|klic|pokli|κλήσ|καλ|обаж|apel|retorn|devoluc|fixe|fij|fiss|casa|casă|acas|domicil|domow|domác|maison|hogar|perso|priv|altern|portab|portát|lavor|trabaj|trabalh|travail|bureau|büro|buro|biur|kancel|kontor|iroda|ofis|uffic|oficin|escrit|zentrale|arbeit|praxis|kanzlei|filial|sede|loja|tienda|negozio|magasin|geschäft|emerg|urgen|secour|direct|diret|servic|serviç|assist|atend|aiut|ayud|pomoc|info|central|centrál)/i

/**
 * Whether the words right before `start` are a word for "number" followed by what it numbers, and that is no phone
 * (`Numero sinistro: …`, `n.º de nómina …`; not `numero di cellulare`, `número de contacto`, `il mio numero è`).
 */
export function numberOfOther(text: string, start: number): boolean {
  const line = text.lastIndexOf("\n", start - 1) + 1
  const before = text.slice(Math.max(line, start - 60), start)
  // The expression is tried only where one of the words is (a plain search first).
  if (!NUMBER_FIRST_HINT.test(before)) return false
  const m = NUMBER_FIRST.exec(before)
  if (!m) return false
  const words = m[1]!.toLowerCase().split(/[ \t]+/).filter((w) => !OF.has(w))
  // A speaker's tag after the words (`mi lascia un numero cliente: 347…` of a transcript whose lines were joined).
  if (words.some((w) => PHONE_QUALIFIER.test(w) || PHONE_WORDS.test(w) || SPEAKERS.has(w))) return false
  return words.some((w) => !FUNCTION_LIKE.has(w))
}
const SPEAKERS = new Set([...ROLES, ...PARTY_LABELS].map((w) => w.toLowerCase()))
// What stands between a word for number and what it numbers, and what follows it: prepositions, articles, possessives,
// the verb "is".
const OF = new Set(["de", "di", "do", "da", "del", "della", "dello", "dei", "du", "des", "d'", "od", "z", "ze", "la", "le", "el", "il", "lo", "o", "a"])
const FUNCTION_LIKE = new Set([
  "is", "es", "est", "c'est", "c’est", "é", "è", "e", "je", "este", "jest", "to", "ist", "er", "är", "on", "mio", "mia", "mi", "mon", "ma", "meu", "minha", "mój", "moje", "můj", "moj",
  "tuo", "tu", "su", "son", "sa", "seu", "sua", "suo", "vostro", "votre", "vuestro", "vosso", "twój", "váš", "vaše", "nuestro", "nostro", "notre",
  "nosso", "nasz", "naše", "qui", "que", "che", "care", "który", "který", "nuevo", "nuovo", "nouveau", "novo", "nowy", "nový", "nou", "ecco", "aqui", "ici",
  "aquí", "qua", "tutaj", "zde", "aici", "ovdje", "please", "pls", "prosím", "proszę", "bitte", "favor", "kérem", "molim", "prosim", "sempre", "siempre", "toujours", "corretto", "correcto", "correct", "correto", "giusto",
])

// A mail's subject line (`Subject: Application 478-933-5760`, `Oggetto: Domanda di ammissione …`).
const SUBJECT = /^[ \t>*_]*(?:subject|betreff|objet|asunto|oggetto|assunto|onderwerp|ämne|emne|aihe|temat|předmět|predmet|subiect|tárgy|konu)[ \t*_]*:/iu

/**
 * Whether `start` is in a mail's subject (`Subject: Application 478-933-5760`) with no phone word before it: a subject's
 * number is the case's, the order's, the application's. A subject is short and one sentence: a text whose lines were
 * joined (`Subject: … Dear Anna, call me on …`) has its body after it.
 */
export function subjectReference(text: string, start: number): boolean {
  const line = text.lastIndexOf("\n", start - 1) + 1
  const m = SUBJECT.exec(text.slice(line, start))
  if (m === null) return false
  const subject = text.slice(line + m[0].length, start)
  return subject.length <= 60 && !/[.!?,;](?:\s|$)|:(?<!^\s*(?:re|fw|fwd|aw|wg|tr|sv|vs|odp|rif|r)\s*:)/iu.test(subject) && !PHONE_WORDS.test(text, line + m[0].length, start)
}

/**
 * Whether a word for number before what it numbers (`Numero sinistro: …`), a mail's subject (`Subject: Application
 * 478-933-5760`) or, before a national number, a possessed or bracketed noun (`my license it's …`) names it.
 */
export const otherNamed = (text: string, start: number, national: boolean, isName: (word: string) => boolean) =>
  numberOfOther(text, start) || subjectReference(text, start) || (national && ownedOther(text, start, isName))

// A possessive, a noun, then "is" (`my license it's 181 270 443`, `mi licencia es …`, `meine Mitgliedschaft ist …`); or a
// bracket, a noun, then the number (`(claim 760 157 82718)`, `(Konto 684-023-57)`). Read backwards from the number, word
// by word: most numbers follow neither.
const POSSESSIVES = new Set(["my", "your", "our", "his", "her", "their", "mi", "mio", "mia", "mon", "ma", "meu", "minha", "mein", "meine", "meinem", "mijn", "min", "mitt", "mit", "moje", "mój", "moja", "můj"])
const IS = new Set(["is", "it's", "it’s", "es", "est", "c'est", "c’est", "è", "é", "ist", "er", "är", "je", "jest", "este", "="])
const WORD_UNIT = /[\p{L}\p{M}'’=-]/u

/** The word ending before `end` (spaces, tabs and one `:` or `#` skipped), and where it starts. */
function wordBack(text: string, end: number, from: number): [word: string, start: number] | undefined {
  let i = end
  while (i > from && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) i--
  if (i > from && (text.charCodeAt(i - 1) === 58 || text.charCodeAt(i - 1) === 35)) for (i--; i > from && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9); ) i--
  const stop = i
  while (i > from && WORD_UNIT.test(text[i - 1]!)) i--
  return i < stop ? [text.slice(i, stop).toLowerCase(), i] : undefined
}

/** The noun a possessive or a bracket puts right before the number, if one does. */
function ownedNoun(text: string, start: number): string | undefined {
  const from = Math.max(0, start - 40)
  let last = wordBack(text, start, from)
  if (last && IS.has(last[0])) last = wordBack(text, last[1], from)
  if (!last) return undefined
  let i = last[1]
  while (i > from && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) i--
  if (text.charCodeAt(i - 1) === 40) return last[0]
  const owner = wordBack(text, last[1], from)
  return owner && POSSESSIVES.has(owner[0]) && (owner[1] === 0 || !/[\p{L}\p{N}]/u.test(text[owner[1] - 1]!)) ? last[0] : undefined
}

/** Whether a possessive and a noun (`my license is …`) or a bracket and a noun (`(claim …`) name the number, the noun no phone's or person's. */
export function ownedOther(text: string, start: number, isName: (word: string) => boolean): boolean {
  const word = ownedNoun(text, start)
  // Someone's (`my daughter's 07700 …`, `(Anna's …`) is their phone.
  if (word === undefined || /['’]s$/.test(word) || !/^\p{L}/u.test(word)) return false
  return !PHONE_WORDS.test(word) && !PHONE_LABELS.test(word) && !PHONE_MODIFIERS.has(word) && !PHONE_QUALIFIER.test(word) && !SPEAKERS.has(word) && !RELATIVES.has(word) && !FUNCTION_LIKE.has(word) && !isName(word)
}
// Whose number it is: relatives and people around a caller (ROLE_NOUNS, and how they are called in notes and chats).
const RELATIVES = new Set([
  ...ROLE_NOUNS.map((w) => w.toLowerCase()),
  "mum", "mom", "mam", "mummy", "mommy", "dad", "daddy", "papa", "nan", "nana", "gran", "granny", "grandma", "grandpa", "grandad", "granddad",
  "grandmother", "grandfather", "aunt", "auntie", "uncle", "cousin", "niece", "nephew", "sis", "bro", "hubby", "boyfriend", "girlfriend", "bf", "gf",
  "fiance", "fiancé", "fiancée", "flatmate", "roommate", "housemate", "neighbour", "neighbor", "friend", "carer", "caregiver", "guardian", "boss",
  "manager", "colleague", "assistant", "secretary", "doctor", "gp", "lawyer", "solicitor", "accountant", "landlord", "tenant", "agent", "driver",
  "mutti", "vati", "oma", "opa", "maman", "mamie", "papi", "abuela", "abuelo", "nonna", "nonno", "mãe", "avó", "avô", "oma", "mormor", "farmor",
  "babcia", "dziadek", "mamă", "tată", "bunica", "bunicul", "anya", "apa", "nagymama", "amigo", "amiga", "ami", "amie", "freund", "freundin", "vriend", "vriendin",
])

// Keys that name no kind of value (`"value": …`, a custom field's `{"name": "Callback", "value": "…"}`), and the
// parties of a call log (`from`, `to`, `src`, `dst`).
const GENERIC_KEYS = new Set([
  "value", "val", "v", "data", "text", "content", "answer", "response", "field", "input", "body", "message", "msg", "note", "notes", "comment",
  "comments", "description", "desc", "details", "detail", "info", "extra", "other", "custom", "result", "payload", "raw", "string", "entry", "item",
  "from", "to", "src", "dst", "source", "destination", "origin", "target", "callee", "called", "calling", "party", "recipient", "sender", "who",
  "valor", "valeur", "wert", "waarde", "valore", "wartość", "hodnota", "arvo", "väärtus", "vrednost", "vertė", "vērtība", "τιμή", "стойност",
])

/**
 * Whether a table's column or a JSON key that names no phone holds the number (`"afm": "054735937"`, a `chip` column):
 * the value is what its key names. Not a `key: value` line of prose (`Guardia: José Okonkwo, 938.31.48.83`), nor a key
 * that names no kind of value (GENERIC_KEYS), a phone's word or qualifier, a speaker or a relative.
 */
export function otherColumn(labelled: LabelledValue): boolean {
  if (labelled.from === "line" || GENERIC_KEYS.has(labelled.label) || PHONE_WORDS.test(labelled.label) || PHONE_LABELS.test(labelled.label)) return false
  return !labelled.label.split(" ").some((w) => PHONE_QUALIFIER.test(w) || PHONE_MODIFIERS.has(w) || SPEAKERS.has(w) || RELATIVES.has(w))
}
