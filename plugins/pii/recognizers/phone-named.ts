import { PARTY_LABELS, ROLE_NOUNS, ROLES, SIGN_OFFS, TITLES } from "./person-cues.ts"
import { cutShort, lineStartWithin } from "./line-start.ts"
import { capitalisedEndsAt, pastSpaces } from "./phone-name-end.ts"
import type { LabelledValue } from "../../../core/index.ts"
import { ALSO_WORDS, OLD_WORDS, OR_WORDS, PHONE_LABELS, PHONE_QUALIFIER, PHONE_WORDS } from "./phone-words.ts"
import { NUMBER_ADJECTIVES, PHONE_MODIFIERS } from "./phone-modifiers.ts"

// Numbers named by words that are not "<word> number" in English (phone-words.ts reads those): a word for number before
// what it numbers, a mail's subject, a possessed or bracketed noun. Each is a general rule, not a business's words.

// The words for "number" (and a code's) that come before what they number, as the Romance and Slavic languages write
// them (`Numero sinistro:`, `N° de sinistre :`, `Numer rachunku`, `číslo škodní události`, `numărul de salarizare`,
// `kod odbioru`, Greek `Αρ. πελάτη`, Serbian `Број корисника`), then one to four words (`meu número de sócio é …`: the
// verb is read as a word and passed over).
const NUMBER_FIRST = /(?:^|[^\p{L}\p{N}])(?:n[º°]|n\.º|nr\.?|num[eé]ro|número|numer(?:u|ze|em)?|numărul|număr|číslo|čísla|číslom|broj(?:a|em)?|број(?:а|ем|от)?|numri[nt]?|numër|rhif|številk[ao]|numeris|numerį|numur[su]|αριθμός|αριθμό|αρ\.|номер|kod|código|codice)[ \t]+((?:\p{L}[\p{L}\p{M}'’.-]*[ \t]+){0,3}?\p{L}[\p{L}\p{M}'’-]*)[ \t]*:?[ \t]*$/iu
const NUMBER_FIRST_HINT = /(?<![\p{L}])(?:n[º°.rÚúUu]|čísl|broj|број|rhif|števil|αριθμ|αρ\.|номер|kod|c[oó]di)/iu

/**
 * Whether the words right before `start` are a word for "number" followed by what it numbers, and that is no phone
 * (`Numero sinistro: …`, `n.º de nómina …`; not `numero di cellulare`, `número de contacto`, `il mio numero è`).
 */
export function numberOfOther(text: string, start: number, isName: (word: string) => boolean): boolean {
  const before = text.slice(lineStartWithin(text, start, 60), start)
  // The expression is tried only where one of the words is (a plain search first).
  if (!NUMBER_FIRST_HINT.test(before)) return false
  const m = NUMBER_FIRST.exec(before)
  if (!m) return false
  // An elided article or preposition is not the word (`d'adhérent`, `dell'utente`).
  const words = m[1]!.toLowerCase().split(/[ \t]+/).map((w) => w.replace(ELIDED, "")).filter((w) => !OF.has(w))
  // Whose or which phone it is (`numero della moglie`, `número de Ana`, `Numer do mnie`) is a phone's, and so is a
  // speaker's tag after the words (`mi lascia un numero cliente: 347…` of a transcript whose lines were joined). A party's
  // word alone right after the word for number, with no colon, names its number (`N.º cliente 0708 …`, `Nr. Kunde …`).
  const bare = !/:[ \t]*$/.test(m[0]) && !/[ \t]/.test(m[1]!)
  if (words.some((w) => whosePhone(w, isName, !bare))) return false
  // Which of someone's numbers, alone after the word (`numărul vechi:`, `número nou`); not a longer name's (`número de la
  // nueva reserva`).
  if (words.length === 1 && NUMBER_ADJECTIVES.has(words[0]!)) return false
  return words.some((w) => !FUNCTION_LIKE.has(w))
}
const ELIDED = /^(?:d|l|dell|all|nell|dall|sull|qu)['’]/
const SPEAKERS = new Set([...ROLES, ...PARTY_LABELS].map((w) => w.toLowerCase()))

/**
 * Whether a word before or after a word for number says the number is a phone's, or whose or which phone it is; a
 * party's (`cliente`, `Kunde`) only with `parties`.
 */
function whosePhone(word: string, isName: (word: string) => boolean, parties = true): boolean {
  return PHONE_QUALIFIER.test(word) || PHONE_WORDS.test(word) || PHONE_LABELS.test(word) || PHONE_MODIFIERS.has(word) || (SPEAKERS.has(word) ? parties : RELATIVES.has(word)) || isName(word)
}
// What stands between a word for number and what it numbers, and what follows it: prepositions, articles, possessives,
// the verb "is".
const OF = new Set(["de", "di", "do", "da", "del", "della", "dello", "dei", "du", "des", "d'", "od", "z", "ze", "la", "le", "el", "il", "lo", "o", "a", "на", "y"])
const FUNCTION_LIKE = new Set([
  "is", "es", "és", "est", "c'est", "c’est", "é", "è", "e", "je", "је", "е", "este", "jest", "to", "ist", "er", "är", "on", "ir", "yra", "είναι", "mio", "mia", "mi", "mon", "ma", "meu", "minha", "mój", "moje", "můj", "moj", "мој", "моја", "моје", "мой", "μου",
  "tuo", "tu", "su", "son", "sa", "seu", "sua", "suo", "vostro", "votre", "vuestro", "vosso", "twój", "váš", "vaše", "nuestro", "nostro", "notre",
  "nosso", "nasz", "naše", "qui", "que", "che", "care", "który", "který", "nuevo", "nuovo", "nouveau", "novo", "nowy", "nový", "nou", "ecco", "aqui", "ici",
  "aquí", "qua", "tutaj", "zde", "aici", "ovdje", "mnie", "mě", "mne", "me", "mí", "bad", "mistake", "fault", "apologies", "please", "pls", "prosím", "proszę", "bitte", "favor", "kérem", "molim", "prosim", "sempre", "siempre", "toujours", "corretto", "correcto", "correct", "correto", "giusto",
  // Whose, as a pronoun after the word (`o número dela é …`, `el número de ella`, `il numero di lei`), and "right".
  "dela", "dele", "delas", "deles", "ella", "él", "ellos", "ellas", "lei", "lui", "elle", "certo", "certa", "cierto", "esatto",
  // Albanian, Welsh and Macedonian "my" and "is" (`numri im është …`, `fy rhif i yw …`, `мојот број е …`).
  "im", "është", "eshte", "i", "yw", "ydy", "мојот", "мој", "më", "a'r",
  // "For me" after the word (`el mejor número para mí es el …`, `o mellor número para min é o …`, `najbolji broj za mene je …`):
  // a noun after "for" still names another's number (`número para reclamaciones`).
  "para", "pra", "per", "pour", "für", "voor", "za", "min", "mene", "meni",
  // The number having changed (`mon numéro a changé : 06 …`, `mi número ha cambiado: …`, `il mio numero è cambiato, …`).
  "changé", "cambiado", "cambiato", "mudou", "geändert", "gewijzigd", "veranderd", "changed", "ha", "hat", "heeft", "sich",
  // "Plus" said before the number's digit words (`il mio numero è più tre …`).
  "plus", "più", "plius", "pluss", "плюс", "плус", "συν",
])

const TITLE_WORDS = new Set(TITLES.map((w) => w.toLowerCase()))
// A mail's subject line (`Subject: Application 478-933-5760`, `Oggetto: Domanda di ammissione …`).
// A ticket's title line reads as a subject (`#18023 [open] Moving quote and storage — …`).
const SUBJECT = /^[ \t>*_]*(?:(?:subject|betreff|objet|asunto|oggetto|assunto|onderwerp|ämne|emne|aihe|temat|tema|tēma|teema|zadeva|předmět|predmet|subiect|tárgy|konu|efni|тема|θέμα)[ \t*_]*:|#\d{3,}[ \t]+\[[\p{L} -]{2,20}\])/iu

// "And", "of" and the articles that join a subject's nouns (`Recall and treatment plan`, `Patikra ir gydymo planas`):
// phone-words.ts lists them as words of a phone's name (`the`, `and`), which in a subject they are not alone.
const JOINERS = new Set(["and", "or", "of", "for", "the", "a", "an", "und", "et", "y", "e", "en", "og", "och", "ir", "un", "ja", "és", "și", "i", "a", "ve", "και", "и"])

/**
 * Whether `start` is in a mail's subject (`Subject: Application 478-933-5760`) with no phone word before it: a subject's
 * number is the case's, the order's, the application's. A subject is short and one sentence: a text whose lines were
 * joined (`Subject: … Dear Anna, call me on …`) has its body after it.
 */
export function subjectReference(text: string, start: number, isName: (word: string) => boolean): boolean {
  // A subject's label and its 60 units fit in 160: a line start further back is no subject's.
  const line = lineStartWithin(text, start, 160)
  if (cutShort(text, line)) return false
  const m = SUBJECT.exec(text.slice(line, start))
  if (m === null) return false
  const subject = text.slice(line + m[0].length, start)
  if (subject.length > 60 || /[.!?,;](?:\s|$)|:(?<!^\s*(?:re|fw|fwd|aw|wg|tr|sv|vs|odp|rif|r)\s*:)/iu.test(subject)) return false
  // A phone's word, whose phone, or a person's name or title in the subject (`Objet : rappel 06 …`, `Subject: Mrs Patel …`).
  // A name is capitalised there (`Anna Smith`; not `Renovation grant`).
  return !subject.split(/[^\p{L}\p{M}']+/u).some((w) => {
    const lower = w.toLowerCase()
    return w !== "" && !JOINERS.has(lower) && (whosePhone(lower, () => false) || TITLE_WORDS.has(lower) || (/^\p{Lu}/u.test(w) && isName(lower)))
  })
}

/**
 * Whether a word for number before what it numbers (`Numero sinistro: …`), a mail's subject (`Subject: Application
 * 478-933-5760`) or, before a national number, a possessed or bracketed noun (`my license it's …`) names it.
 */
export const otherNamed = (text: string, start: number, national: boolean, isName: (word: string) => boolean) =>
  numberOfOther(text, start, isName) || subjectReference(text, start, isName) || (national && ownedOther(text, start, isName))

// A possessive, a noun, then "is" (`my license it's 181 270 443`, `mi licencia es …`, `meine Mitgliedschaft ist …`); or a
// bracket, a noun, then the number (`(claim 760 157 82718)`, `(Konto 684-023-57)`). Read backwards from the number, word
// by word: most numbers follow neither.
// Not `mi`, `ma` or `mit`: Italian "me" and "but", German "with".
const POSSESSIVES = new Set(["my", "your", "our", "his", "her", "their", "mio", "mia", "mon", "meu", "minha", "mein", "meine", "meinem", "mijn", "min", "mitt", "moje", "mój", "moja", "můj"])
const IS = new Set(["is", "it's", "it’s", "es", "est", "c'est", "c’est", "è", "é", "ist", "er", "är", "je", "jest", "este", "ir", "yra", "on", "είναι", "="])
const WORD_UNIT = /[\p{L}\p{M}'’=-]/u
// WORD_UNIT over ASCII: the letters, `'`, `=` and `-`.
const ASCII_WORD_UNIT = new Uint8Array(128).map((_, c) => (WORD_UNIT.test(String.fromCharCode(c)) ? 1 : 0))
const isWordUnit = (text: string, i: number) => {
  const c = text.charCodeAt(i)
  return c < 128 ? ASCII_WORD_UNIT[c] === 1 : WORD_UNIT.test(text[i]!)
}

/** The word ending before `end` (spaces, tabs and one `:` or `#` skipped), and where it starts. */
function wordBack(text: string, end: number, from: number): [word: string, start: number] | undefined {
  let i = end
  while (i > from && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) i--
  if (i > from && (text.charCodeAt(i - 1) === 58 || text.charCodeAt(i - 1) === 35)) for (i--; i > from && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9); ) i--
  const stop = i
  while (i > from && isWordUnit(text, i - 1)) i--
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
  // A bracket and a lower-case noun; a capitalised word there is a surname as often as a German noun (`(Schmidt 0170 …)`).
  if (text.charCodeAt(i - 1) === 40) return /^\p{Ll}/u.test(text[last[1]]!) ? last[0] : undefined
  const owner = wordBack(text, last[1], from)
  return owner && POSSESSIVES.has(owner[0]) && (owner[1] === 0 || !/[\p{L}\p{N}]/u.test(text[owner[1] - 1]!)) ? last[0] : undefined
}

/** Whether a possessive and a noun (`my license is …`) or a bracket and a noun (`(claim …`) name the number, the noun no phone's or person's. */
export function ownedOther(text: string, start: number, isName: (word: string) => boolean): boolean {
  const word = ownedNoun(text, start)
  // Someone's (`my daughter's 07700 …`, `(Anna's …`) is their phone.
  if (word === undefined || /['’]s$/.test(word) || !/^\p{L}/u.test(word)) return false
  return !whosePhone(word, isName) && !FUNCTION_LIKE.has(word) && !OTHER_CHOICE.has(word)
}
// A bracket's "or", "and" or "also" before a number offers another one, no noun (`0316.260942 (oder 0664 3596769)`,
// `(veya 0536 …)`, `(bzw. 0171 …)`), nor does one naming it the former (`(prima 031 …)`): read as a noun, the second
// number was taken for that noun's.
const OTHER_CHOICE = new Set([
  ...OR_WORDS, ...JOINERS, ...ALSO_WORDS, ...OLD_WORDS, "respektive", "alternativ", "alternatively", "alternativamente", "alternativement", "alternatief", "tambem", "myös",
  "też", "tudi", "takođe", "ili", "ewentualnie", "eventuell", "sonst", "else", "otherwise",
])
// Whose number it is: relatives and people around a caller (ROLE_NOUNS, and how they are called in notes and chats).
const RELATIVES = new Set([
  ...ROLE_NOUNS.map((w) => w.toLowerCase()),
  "mam", "mummy", "mommy", "daddy", "papa", "nana", "granny", "granddad", "grandmother", "grandfather", "niece", "nephew", "sis", "bro", "hubby", "boyfriend", "girlfriend", "bf", "gf",
  "fiance", "fiancé", "fiancée", "flatmate", "roommate", "housemate", "neighbour", "neighbor", "friend", "carer", "caregiver", "guardian", "boss",
  "manager", "colleague", "assistant", "secretary", "doctor", "gp", "lawyer", "solicitor", "accountant", "landlord", "tenant", "agent", "driver",
  "mutti", "vati", "oma", "opa", "maman", "mamie", "papi", "abuela", "abuelo", "nonna", "nonno", "mãe", "avó", "avô", "mormor", "farmor",
  "schwester", "bruder", "sœur", "frère", "siostra", "brat", "sestra", "bratr", "brolis", "sesuo", "māsa", "brālis", "õde", "vend", "sisko", "veli",
  "babcia", "dziadek", "mamă", "tată", "bunica", "bunicul", "anya", "apa", "nagymama", "amigo", "amiga", "ami", "amie", "freund", "freundin", "vriend", "vriendin",
])

// Keys that name no kind of value (`"value": …`, a custom field's `{"name": "Callback", "value": "…"}`), and the
// parties of a call log (`from`, `to`, `src`, `dst`).
const GENERIC_KEYS = new Set([
  "value", "val", "v", "data", "text", "content", "answer", "response", "field", "input", "body", "message", "msg", "note", "notes", "comment",
  "comments", "description", "desc", "details", "detail", "info", "extra", "other", "custom", "result", "payload", "raw", "string", "entry",
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
  return !labelled.label.split(" ").some((w) => whosePhone(w, () => false))
}

// A party's name as a line's item, right before a bracket: after the line's start or a key's colon (and a sign: `Kunde: 👤
// Eirik Haugen (`), a title or not, then one to three capitalised words (`Sra. Pereira (`, `g. Novak (`, `Ms Te Rangi (`).
const NAME_WORD = String.raw`\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}'’]+)*`
// After a comma, a sign-off's (`Serdecznie pozdrawiam, Joanna (`).
const NAME_ITEM = new RegExp(String.raw`(?:^|[:,])[ \t]*(?:[^\p{L}\p{N}\s]{1,4}[ \t]*)?(?:(\p{L}{1,9})(\.?)[ \t]+)?(${NAME_WORD}(?:[ \t]+${NAME_WORD}){0,2})[ \t]*$`, "u")
// A sign-off alone before that comma (`Thanks,`, `Mit freundlichen Grüßen,`, `Serdecznie pozdrawiam,`), and the bracket
// closing the line.
const SIGN_OFF_SET = new Set(SIGN_OFFS.map((w) => w.toLowerCase()))
export const signOff = (before: string) => SIGN_OFF_SET.has(before.trim().replace(/[ \t]+/g, " ").toLowerCase())
const LINE_CLOSES = /^\)[ \t]*(?:\r?\n|$)/
// Slovene gospod and gospa, Turkish sayın as a note abbreviates them, only with their dot (`g. Novak`, `ga. Kos`, `Sn. Şahin`).
const DOTTED_TITLES = new Set(["g", "ga", "sn"])
// A bracket's opening, then at most an abbreviation for number (`(č. 00420 …`, `(No: 0090 …`, `(n.º 7…`, `(Nr. 0…`).
const NUMBER_IN_BRACKET = /\([ \t]*(?:(?:nr|no|č|št|br|n\.?[º°])\.?[ \t]*:?|№:?)[ \t]*$/iu

/** Where the bracket holding the number at `start` opens (right before it, or before a word for number), or -1. */
export function bracketOpenBefore(text: string, start: number): number {
  if (text.charCodeAt(start - 1) === 40) return start - 1
  const m = NUMBER_IN_BRACKET.exec(text.slice(Math.max(0, start - 10), start))
  return m === null ? -1 : start - m[0].length
}

// Keys whose party's bracket holds an id: the contact centre's own staff (a CXone export writes `Agent: Maria Lopez
// (40211987)`, the agent's id) and an employee's (`Employee: …`). Not a user or a member: a form's `Authorised user:
// Akua Nkansah (054…)` is her phone.
const ID_KEYS = new Set(["agent", "agente", "agentin", "aġent", "rep", "representative", "advisor", "adviseur", "supervisor", "operator", "operatore", "operador", "operadora", "mitarbeiter", "mitarbeiterin", "medewerker", "medarbejder", "sachbearbeiter", "sachbearbeiterin", "saksbehandler", "handläggare", "conseiller", "conseillère", "employee", "staff", "id"])

/**
 * Whether the number stands alone in a bracket right after a party's name on its line (`Kunde: Eirik Haugen (91721256)`,
 * `Cliente: Sra. Pereira (937.427.769)`, `Mojca: g. Novak (051-744-688)`): whose phone it is, as a case's summary writes
 * its party. The name is a title and a surname, or a known given name and a surname (`nameEndsAt`, asked where the name
 * ends); no everyday word (`Hotel Europa (…)`). Not inside a sentence: `paperwork for Grace Byrne (456042645)` gives
 * her student number as often.
 */
export function bracketAfterName(text: string, start: number, end: number, nameEndsAt: (at: number) => boolean, isOrdinary: (word: string) => boolean): boolean {
  const open = bracketOpenBefore(text, start)
  if (open < 0 || text.charCodeAt(end) !== 41) return false
  const at = pastSpaces(text, open)
  if (!capitalisedEndsAt(text, at)) return false
  // The line's start, or a colon within 48 units.
  const line = text.lastIndexOf("\n", at - 1) + 1
  const from = Math.max(line, at - 48)
  const m = NAME_ITEM.exec(text.slice(from, at))
  if (m === null || (from > line && !m[0].startsWith(":") && !m[0].startsWith(",")) || (m[0].startsWith(",") && !(signOff(text.slice(line, from + m.index)) && LINE_CLOSES.test(text.slice(end, end + 8))))) return false
  if (m[0].startsWith(":") && ID_KEYS.has(/[\p{L}\p{M}]+$/u.exec(text.slice(line, from + m.index).trimEnd())?.[0].toLowerCase() ?? "")) return false
  const first = m[1]?.toLowerCase()
  // A title, or an initial and its dot (`W. Nguyen (`, `U. Rodríguez Vázquez (`).
  if (first !== undefined && (TITLE_WORDS.has(first) || (m[2] === "." && (DOTTED_TITLES.has(first) || /^\p{Lu}$/u.test(m[1]!))))) return !m[3]!.split(/[ \t]+/).some((w) => isOrdinary(w.toLowerCase()))
  // With no title, the words before the bracket are all the name's; a word for number in the bracket wants a title or an
  // initial (`El Piano Vertical (N.º …)` names a thing's number).
  return open === start - 1 && (first === undefined || /^\p{Lu}/u.test(m[1]!)) && nameEndsAt(at)
}
