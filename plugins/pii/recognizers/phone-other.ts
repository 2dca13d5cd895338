import { holdsIdiom, idiomsBlanked, namesDesk, NUMBER_ON, ON_FILE } from "./phone-question-words.ts"
export { namesDesk }
import { AGREEMENT_WORDS, OR_WORDS, OTHER_WORDS, PHONE_NOUNS, PHONE_QUALIFIER, PHONE_WORDS } from "./phone-words.ts"
import { NUMBER_ADJECTIVES, PHONE_MODIFIERS } from "./phone-modifiers.ts"
import { wordSet } from "../../../core/index.ts"
import { cutShort, lineStartWithin } from "./line-start.ts"
import { APPLICANT_PLAN_WORDS, LABEL_WORDS } from "./phone-ids.ts"
import { nameWords } from "./person.ts"
import { nameBefore } from "./phone-context.ts"
import { keyMayEndBefore, lastTokensFrom } from "./phone-name-end.ts"
import { bracketAfterName } from "./phone-named.ts"

// The words right before a number that say whose number it is: some other number's name (`loyalty number is …`), or the
// question a speaker's line answers (`What's your member number?⏎Arjun: 5587030317`, `Can I take a number?⏎Sunny: …`).

/**
 * `<word> number|no.|#|id` right before the number, within its line (`loyalty number is …`, `case # …`), and the same
 * word order with the Slovene, Baltic, Czech and Turkish words for number (`članska številka je …`, `kortelės numeris …`,
 * `klienta numurs …`, `zákaznické číslo …`, `sipariş numarası …`).
 */
const WORD_NUMBER = /(?:^|[^\p{L}\p{N}])(\p{L}[\p{L}\p{M}'’]*)[ \t_-]+(?:number|no\.?|nr\.?|#|id|številka|številko|numeris|numerį|numurs|numuru|číslo|numarası|numaram|numaramız|numaranız)[ \t]*(?:is|was|je|yra|ir|=)?[ \t]*:?[ \t]*$/iu

/**
 * Whether the words right before `start` name some other number than a phone's (WORD_NUMBER: `<word> number`, `<word>
 * no.`, `<word> #`, `<word> id`, `<word> číslo` …), `<word>` neither a phone word or qualifier, whose or which number it
 * is, a person's (`Anna's number`), nor a word of the sentence around it (`left number`, `from number`); or a compound
 * naming a number (`Vertragsnr.`).
 */
export function namedOtherNumber(text: string, start: number): boolean {
  // The word before the number (past spaces, a colon, `=` and a verb "is") must end as a word for number does: number,
  // nummer, nr, no, no., #, id, nummeret, numret, številka, numeris, numurs, numerį, číslo. Most numbers follow another
  // word, read no further.
  let i = start - 1
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9 || text.charCodeAt(i) === 58 || text.charCodeAt(i) === 61)) i--
  // A carrier's or a scheme's code of two between the key and the number (`bonusnr cv 088011418`, `Bonusnr. LH 0880…`):
  // the key names the number still. Not an everyday word (`number on 0612…`) nor a word for number (`kunde nr`).
  let cut = start
  if (i >= 3 && text.charCodeAt(i - 2) === 32 && carrierCode(text.slice(i - 1, i + 1))) for (cut = i - 1, i -= 2; i >= 0 && text.charCodeAt(i) === 32; ) i--
  if (i >= 2 && (endsIn(text, i, "is") || endsIn(text, i, "as") || endsIn(text, i, "je") || endsIn(text, i, "ir")) && text.charCodeAt(i - 2) === 32) for (i -= 2; i >= 0 && text.charCodeAt(i) === 32; ) i--
  else if (i >= 3 && endsIn(text, i, "yra")) for (i -= 3; i >= 0 && text.charCodeAt(i) === 32; ) i--
  else if (i >= 3 && endsIn(text, i, "was")) for (i -= 3; i >= 0 && text.charCodeAt(i) === 32; ) i--
  if (i >= 0 && text.charCodeAt(i) >= 0x400 && text.charCodeAt(i) <= 0x4ff) return cyrillicNamed(text.slice(lineStartWithin(text, start, 60), start))
  if (i < 0 || !NUMBER_WORD_END.has(text.charCodeAt(i) | 32)) return false
  const line = lineStartWithin(text, start, 40)
  const before = text.slice(line, cut).toLowerCase()
  const named = WORD_NUMBER.exec(before)
  const word = named?.[1]
  if (word !== undefined) {
    // The word with the one before it may be a phone word of two (`Balss ziņa no 63-273-693`, a Latvian voicemail "from").
    const two = /(\p{L}+)[ \t]+$/u.exec(before.slice(0, named!.index + named![0].indexOf(word)))
    // A given name before Portuguese `no` ("at the") is whom to call there (`Letícia no 11-3531-2337`), not its number.
    // So is "or" before it, the other choice (`Liga no 3194… ou no 1194…`), and a name after a call or an ask (`preguntade por Anxo no …`).
    if (/[ \t]no[ \t]*$/i.test(named![0]) && (nameWords.isFirst(word) || OR_WORDS.includes(word) || nameBefore(text, line + named!.index + named![0].indexOf(word) + word.length) || PHONE_WORDS.test(text, Math.max(0, line + named!.index - 24), line + named!.index + named![0].indexOf(word)))) return false
    // A word for where to call or "or", then the abbreviation, in a sentence that calls (`llamar al No. …`, `Bitte unter
    // Nr. … anrufen`, `☎️ 031/… oder Nr. 031/…`).
    if ((CALLED_AT.has(word) || OR_WORDS.includes(word)) && callInSentence(text, line + named!.index, start)) return false
    return !PHONE_MODIFIERS.has(word) && !TO_NUMBER.has(word) && !(QUESTION_OPENERS.has(word) && /(?:^|[.!?:"„«(])[ \t]*$/.test(before.slice(0, named!.index + named![0].indexOf(word)))) && !NUMBER_ADJECTIVES.has(word) && !/['’]s$/.test(word) && !PHONE_WORDS.test(word) && !PHONE_QUALIFIER.test(word) && !(two && !PHONE_WORDS.test(two[1]!) && PHONE_WORDS.test(`${two[1]} ${word}`))
  }
  // A compound naming a number (`Zolltarifnummer`, `Vertragsnr.`, `kundenummeret`) with no phone in it (`Telefonnummer`).
  const compound = COMPOUND_NUMBER.exec(before)?.[1]
  return compound !== undefined && !PHONE_STEM.test(compound) && !PHONE_WORDS.test(compound)
}
/**
 * Bulgarian and Ukrainian: an adjective before `номер` names what number it is (`мій донорський номер 6104…`, `донорският
 * ми номер е 8237 …`), unless it names a phone's (`мобільний`, `домашен`, `служебният`) or is only "my", "new", "other".
 */
function cyrillicNamed(before: string): boolean {
  const m = CYRILLIC_NAMED.exec(before)
  if (m === null) return false
  const word = m[1]!.toLowerCase()
  return !PHONE_WORDS.test(word) && !PHONE_QUALIFIER.test(word) && !CYRILLIC_PHONE_KINDS.test(word)
}
const CYRILLIC_NAMED = /(?:^|[^\p{L}])(\p{Script=Cyrillic}{3,}(?:ий|ій|ський|цький|ския|ският|ият|ия|ят|ски|ния|ний))[ \t]+(?:ми[ \t]+)?номер(?:ът|а)?[ \t]*(?:е|є|—|–|-)?[ \t]*:?[ \t]*$/iu
const CYRILLIC_PHONE_KINDS = /^(?:мобіл|мобил|домашн|робоч|работн|служб|особист|личн|личен|резервн|нов|стар|друг|інш|основн|контактн|актуал|поточн|текущ|стационар|стаціонар|рідн|роден|телефон|вайбер|viber)/u
const CARRIER = /^(?:[A-Za-z]{2}|[A-Z]\d|\d[A-Z])$/
const carrierCode = (code: string) => CARRIER.test(code) && !NOT_CODES.has(code.toLowerCase()) && !nameWords.isOrdinary(code.toLowerCase())
const NOT_CODES = new Set(["nr", "no", "id", "el", "ir"])
/** Whether the ASCII letters of `word` (lower case) end at `i`, in either case: `/^word$/i` on the units ending there. */
function endsIn(text: string, i: number, word: string): boolean {
  for (let k = word.length - 1; k >= 0; k--, i--) if ((text.charCodeAt(i) | 32) !== word.charCodeAt(k)) return false
  return true
}
// A preposition of the Slavic and Baltic languages before their word for number: where to call (`Volejte mi na číslo
// …`, `dzwonić pod numer …`, `volal z čísla …`, `zvaniet uz numuru …`), not which other number it is.
const TO_NUMBER = new Set(["na", "pod", "z", "ze", "od", "do", "uz", "no", "iš", "į", "s", "sa", "iz", "za", "v", "vo"])
// A question's opening verb or particle before the word for number names none (`Je číslo …?`; not `Na dopise je číslo`).
const QUESTION_OPENERS = new Set(["je", "ar", "vai", "ali", "li", "is", "was"])
// The same in the Romance and Germanic languages (`al`, `au`, `ao`, `unter`, `op`, `på`), read only in a sentence that
// calls: elsewhere they are a document's (`refund sent to Nr. …`).
const CALLED_AT = new Set(["al", "au", "ao", "a", "unter", "an", "op", "på", "at", "on", "em", "la", "pe", "en"])
/** Whether a phone word stands in the sentence around the number at `start`, before `before` or after the number. */
function callInSentence(text: string, before: number, start: number): boolean {
  const line = lineStartWithin(text, start, 60)
  // A sentence's end before a capital (`Tel. 031 …` is an abbreviation's dot).
  const ends = [...text.slice(line, before).matchAll(/[.!?][ \t]+(?=\p{Lu})/gu)].at(-1)
  const from = ends === undefined ? line : line + ends.index + ends[0].length
  const stop = /[.!?\n]/.exec(text.slice(start, start + 60))
  return PHONE_WORDS.test(text, from, before) || PHONE_WORDS.test(text, start, start + (stop?.index ?? 60))
}
// The last characters of the words for "number" (lower-cased: `#` and `.` are kept by `| 32`).
const NUMBER_WORD_END = new Set([..."ro.#dtasuįımzð"].map((ch) => ch.charCodeAt(0) | 32))
// Icelandic writes its compounds with `númer` (`Viðskiptanúmer`, `pöntunarnúmerið`; `símanúmer` is a phone's).
// A possessive may stand between (`kjøpernummeret mitt er …`, `kundenummeret mit er …`, `klantnummer mijn …`).
const COMPOUND_NUMBER = /(\p{L}{3,}(?:nummer|nummern|nummeret|numret|nr|númer|númerið))\.?(?:[ \t]+(?:mitt|min|mit|mín|mijn))?[ \t]*(?:is|ist|er|är|=)?[ \t]*:?[ \t]*$/u
const PHONE_STEM = /tele|handy|mobil|ruf|fax|festnetz|durchwahl|gsm|tlf|kontakt|whatsapp|sms|sim|sím/

/**
 * The stretch of the line before a speaker's line that the number opens (`[1:30 am] Arjun Sharma: 5587030317`,
 * `caller: 91-448-687`): the line's start, and its end past a closing `?`, `.` or `:`. Undefined when the number does not
 * open a speaker's line, or opens a field's whose key names a phone (`Mobile: …` under a line about a bank code).
 */
function questionBefore(text: string, start: number): Question | undefined {
  // Asked twice for most numbers (whether the question was for a phone, then for some other number): the last answer is kept.
  if (text !== asked.text || start !== asked.start) asked = { text, start, question: readQuestion(text, start) }
  return asked.question
}
interface Question {
  line: number
  end: number
  asked: boolean
}
let asked: { text: string; start: number; question: Question | undefined } = { text: "", start: -1, question: undefined }

function readQuestion(text: string, start: number): Question | undefined {
  // A colon on the number's line, within 20 units before it, and a line before, first: most numbers follow neither.
  // Both looked for only as far back as they may stand (20 and 80 units): every number asks, and a long text has none.
  const near = Math.max(0, start - 20)
  const at = text.slice(near, start).lastIndexOf(":")
  if (at < 0) return undefined
  const colon = near + at
  const back = Math.max(0, start - 80)
  const newline = text.slice(back, colon + 1).lastIndexOf("\n")
  const line = newline < 0 ? -1 : back + newline
  if (line <= 0 || !SPEAKER_PREFIX.test(text.slice(line + 1, start).replace(CODE_CAPITALS, "")) || PHONE_WORDS.test(text, line + 1, start)) return undefined
  let end = line
  while (end > 0 && /[\s?.:]/.test(text[end - 1]!)) end--
  const from = text.lastIndexOf("\n", end - 1) + 1
  // Asked: a question mark ends the line, or (speech-to-text writes none) a question word opens what its speaker said.
  const asked = text.slice(end, line).includes("?") || ASKING.test(text.slice(from, end))
  return { line: from, end, asked }
}
// A speaker's prefix, then a question word of the covered languages (`atendente: qual o telefone pra contato`).
const ASKING = /^[^\n:]{0,60}:[ \t]*(?:what|what's|whats|which|can|could|may|qual|quale|cuál|cual|quel|quelle|welche|welcher|wat|jaki|jaka|jaké|jaký|mikä|vad|hvad|hva|hvilket|care|melyik|koji|koja|kuris|kuri|kāds|kāda|milline|hangi)(?![\p{L}])/iu

/** Whether a number that opens a speaker's line answers a question the line before asked for some other number (`What's your member number?`, `can i have your student id`). */
export function answersOtherNumber(text: string, start: number): boolean {
  const q = questionBefore(text, start)
  if (q === undefined) return false
  if (namedOtherNumber(text, q.end)) return true
  // Any language: the question's last words name some other number and no phone (`numéro de commande ?`).
  const from = Math.max(q.line, q.end - 30)
  return otherWordsIn(text, from, q.end) && !PHONE_NOUNS.test(text, from, q.end) && !ON_FILE.test(text.slice(q.line, q.end).trimEnd())
}
/**
 * Whether a number that opens a speaker's line answers a question the line before asked for a phone number (`Can I take a
 * number in case the line drops?⏎[18:20] Sunny: 876-209-2558`): whom to call, as a phone word before it would say. Not
 * when the question names some other number anywhere (`the account number, it's on your statement?`) or a number
 * printed on a thing (`the number on the back of the device?`).
 */
export function answersPhone(text: string, start: number): boolean {
  const q = questionBefore(text, start)
  if (q === undefined || !q.asked || !PHONE_WORDS.test(text, q.line, q.end) || namedOtherNumber(text, q.end)) return false
  const question = text.slice(q.line, q.end)
  return ON_FILE.test(question.trimEnd()) || (!otherWordsIn(text, q.line, q.end) && !NUMBER_ON.test(question))
}


/** OTHER_WORDS on `text.slice(from, to)`, idioms left out (`Can I take a number in case the line drops?`, `Card disputes: …`). */
export function otherWordsIn(text: string, from: number, to: number): boolean {
  if (!OTHER_WORDS.test(text, from, to)) return false
  // Read with what follows, so that `in case 0207…` is seen followed by its number.
  const read = text.slice(from, Math.min(text.length, to + 16))
  return !holdsIdiom(read, to - from) || OTHER_WORDS.test(idiomsBlanked(read), 0, to - from)
}
/** Whether `start` follows a chat line's stamp and speaker, glued to its colon (`[14:18] Frank:030/92815475`). */
export function speakerColonBefore(text: string, start: number): boolean {
  if (text.charCodeAt(start - 1) !== 58) return false
  const lineStart = text.lastIndexOf("\n", start - 1) + 1
  return start - lineStart <= 80 && STAMPED_SPEAKER.test(text.slice(lineStart, start))
}
const STAMPED_SPEAKER = /^[^\S\n]*\[[^\]\n]{1,30}\][^\S\n]*[\p{L}][\p{L}\p{M}' .()-]{0,40}:$/u

// A speaker's prefix and nothing else before the number: a stamp, a name or a role (`speaker 2`, `SPEAKER_1 (caller)`), then a colon.
// A filler may follow the colon (`caller: it is 042 970 75`, `cliente: sí, es …`).
const SPEAKER_PREFIX = /^[^\S\n]*(?:\[[^\]\n]{1,30}\][^\S\n]*)?(?:[^\p{L}\p{N}\s]{1,4}[^\S\n]*)?[\p{L}][\p{L}\p{M}' .-]{0,40}(?:[ _]\d{1,2})?(?:[ \t]*\([\p{L} ]{1,20}\))?:[ \t]*(?:(?:it is|it's|its|that's|yes|yeah|sure|ok|okay|um|uh|er|sí|si|oui|ja|tak|da|sim|es|c'est|è)[ \t,.]+){0,3}$/iu
// A code's capitals between the speaker's colon and the number (`CALLER: WHI 7720 1184.`), read apart: the expression
// above reads without case (a modifier group is no JavaScript of Node 20).
const CODE_CAPITALS = /(?<=[:\s])\p{Lu}{1,4}[ -]?$/u


/**
 * Whether the words before `start` name some other number than a phone's: `<word> number` in English (`loyalty number
 * is …`), or the question on the line before asked for one (`What's your member number?⏎Arjun: 5587030317`).
 */
export const otherBefore = (text: string, start: number) => namedOtherNumber(text, start) || answersOtherNumber(text, start)

/**
 * Whether the last words before `start` on its line (a colon, `#` or `no.` passed over) name an agreement or a pass
 * (`rental agreement 624-567-1749`, `lift pass 09-6467-1070-5`, `ugovor o najmu 050-…`): that, whatever its shape,
 * not a phone. Only the last words: `Lease office: 617-…` and `changer de forfait, ligne 06 …` name no number.
 */
export function namedRightBefore(text: string, start: number): boolean {
  if (abbreviationOpens(text, start)) return true
  // Both expressions match at most three runs of units apart by spaces before the number (a key, a colon, a letter; two
  // words and `no.`): they are run from there, and KEY_BEFORE only where a colon or `=` ends them.
  const from = lastTokensFrom(text, start, 3, Math.max(0, start - 40))
  // A key naming it, with its series letter or none (`folio-number=F 7730 2281`, `polise: 818 …`).
  const keyed = keyMayEndBefore(text, start) ? KEY_BEFORE.exec(text.slice(from, start)) : null
  if (keyed !== null && keyNamesAgreement(keyed[1]!)) return true
  const m = LAST_WORDS.exec(text.slice(from, start))
  if (m === null || namesDesk(text.slice(lineStartWithin(text, start, 48), start))) return false
  const last = m[2]!.toLowerCase()
  if (namesRightBefore(last) || (m[1] !== undefined && namesRightBefore(`${m[1].toLowerCase()} ${last}`))) return true
  // Its series letter between (`Folio F 5521 0874`).
  if (m[1] !== undefined && SERIES.test(m[2]!) && namesRightBefore(m[1].toLowerCase())) return true
  // The number's own name right before it, whatever its shape (`Nº de pedido (011) …`, `Gift Aid ref (009) …`, `Amostra
  // (049) …`, `ID de línea 03 …`): a word naming some other number as the last word, or ending a phrase of the last two;
  // no phone word on its line before it (`call patient (617) …`).
  const named = OTHER_WORDS.test(last) || LABEL_WORDS.has(last) || REFERENCE_COMPOUND.test(last) || (m[1] !== undefined && OTHER_WORDS.test(`${m[1]} ${last}`) && !OTHER_WORDS.test(m[1]))
  // An id of a line or a phone is no phone number either (`ID de línea`), nor a customer's number (`Nº de cliente`): read
  // only after `de`, `di`, `do` … (the cheap test first).
  // A caller's id is the caller's number (`ID del chiamante`, `ID de chamada`, `identifiant de l'appelant`: review).
  const idOf = !named && m[1] !== undefined && OF_WORDS.has(m[1].toLowerCase()) && !CALLER_WORDS.has(last) && ID_OF.test(text.slice(Math.max(0, start - 40), start))
  if (!named && !idOf) return false
  return !PHONE_WORDS.test(text, lineStartWithin(text, start, 40), start) && (idOf || !PHONE_QUALIFIER.test(last))
}
// A compound ending in a word for reference (`Lønreference`, `Skattereference`, `Zahlungsreferenz`, `betalingskenmerk`).
const REFERENCE_COMPOUND = /^\p{L}{2,}(?:reference|referencen|referanse|referansen|referens|referensen|referenz|referentie|kenmerk)$/u

/**
 * Whether an abbreviation for number or reference opens the number's line or sentence, its whole name (`- Nr.: 0171 …`,
 * `Az. 0171 …`, `Št.: 041 …`, `№ 0441 …`): a document's, a case's or a file's number, not a phone; unless a phone word
 * is on the line before it (`Tel. Nr. 0171 …`).
 */
function abbreviationOpens(text: string, start: number): boolean {
  const line = lineStartWithin(text, start, 24)
  // A line's start read as a line break; a line cut short at 24 units opens nothing.
  const m = ABBREVIATION_OPENING.exec((cutShort(text, line) ? "" : "\n") + text.slice(line, start))
  // A phone word on the line before it (`Tel. Nr. …`, `Mobil: 0171 …. Nr. 2: 0151 …`), or a person's name before the
  // bracket it opens (`Sn. Burak Şahin (No: 0090 …)`: whose number, phone-named.ts).
  return m !== null && !PHONE_WORDS.test(text, lineStartWithin(text, start, 60), start - m[0].length + 1) && !(m[0].startsWith("(") && bracketAfterName(text, start, closeAfter(text, start), (at) => nameBefore(text, at), nameWords.isOrdinary))
}
// Where the bracket holding the number at `start` closes, at most 24 units on (its digits and separators; -1: none).
const closeAfter = (text: string, start: number) => start + (/^[\d +().\/-]{0,24}?(?=\))/.exec(text.slice(start, start + 26))?.[0].length ?? -1 - start)
// What opens a line or a sentence (a line break, `. `, `: `, `? `, a bracket; then a bullet, a quote, `- `), then the
// abbreviation with its dot or colon, or the sign № (`Nr.:`, `Az.`, `Št.:`, `Réf.`, `№`).
const ABBREVIATION_OPENING = /(?:[\n!?;(]|[.:][ \t])[ \t>*•·-]*(?:(?:nr|no|št|č|az|ref|réf|реф)(?:\.[ \t]*:?|[ \t]*:)|n[º°]\.?:?|№:?)(?:[ \t]*№:?)?[ \t]*$/iu

// The words that name the number right after them: an agreement, a pass, a claim, a meter; an applicant, a plan.
const APPLICANT_PLAN = wordSet(APPLICANT_PLAN_WORDS)
const namesRightBefore = (word: string) => AGREEMENT_WORDS.has(word) || APPLICANT_PLAN.has(word)

/** Whether a key ends in an agreement's, a folio's, a claim's or a meter's name (`folio-number`, `polise`), which names its value. */
export function keyNamesAgreement(label: string): boolean {
  const words = label.toLowerCase().split(/[\s_.-]+/).filter(Boolean)
  const last = words.at(-1)
  return last !== undefined && (namesRightBefore(last) || (words.length > 1 && namesRightBefore(`${words.at(-2)} ${last}`)))
}

// An id or a code of something, in the Romance order (`ID de línea`, `código do cliente`, `codice di …`).
const ID_OF = /(?:^|[^\p{L}])(?:(?:id|identificador|identifiant|identificativo|código|codigo|codice|cod|code)[ \t]+(?:de|del|de la|di|della|do|da|du|des)[ \t]+\p{L}+|(?:n[º°o]|núm|num|número|numero|numéro)\.?[ \t]+(?:de|del|di|do|du)[ \t]+(?:cliente|client|pedido|encomenda|commande|ordine))[ \t]*:?[ \t]*$/iu
const OF_WORDS = new Set(["de", "del", "la", "di", "della", "do", "da", "du", "des"])
const CALLER_WORDS = new Set(["chiamante", "chiamata", "chamada", "chamador", "llamada", "llamante", "appel", "appelant", "apelante", "apelant", "apel"])
export const KEY_BEFORE = /(\p{L}[\p{L}\p{M}_.-]*)[ \t]*[=:][ \t]*(?:\p{L}[ \t]+)?$/u
// A series' letters between a name and its number: one letter in either case, or two or three capitals (`F`, `CLM`).
const SERIES = /^(?:\p{L}|\p{Lu}{2,3})$/u
// The last one or two words, then at most a colon, `#` or `no.`.
export const LAST_WORDS = /(?:(\p{L}[\p{L}\p{M}'’-]*)[ \t]+)?(\p{L}[\p{L}\p{M}'’-]*)[ \t]*(?:[:#][ \t]*|(?:no|nr|n[º°])\.?[ \t]*)?$/u

// An agent reading back the number on file asks whether it still holds (`is that 4155550123 still?`, `¿Sigue siendo el
// 5512345678 su número?`, `Je číslo 0905 123 456 stále aktuálne?`): the number is where the caller is reached, as a phone
// word before it would say. Only in a question closing on the number's line, with "still" in it and nothing in it naming
// some other number, before the number or after it (`Is 3123891008 still the invoice?`); and either a word for number or
// a phone in it (`su número`, `číslo`), or "still" right before the question mark (`is that … still?`): `Is 20250612 still
// the deadline?` and `Do we still owe 125000000?` ask about no phone.
const STILL = wordSet([
  "still", "toujours", "encore", "sigue", "siguen", "todavía", "todavia", "aún", "aun", "ainda", "continua", "ancora", "noch", "nog",
  "stadig", "stadigvæk", "fortsat", "fortsatt", "fremdeles", "fortfarande", "edelleen", "vielä", "yhä", "még", "továbbra", "încă", "inca",
  "stále", "pořád", "ještě", "ešte", "nadal", "wciąż", "ciągle", "jeszcze", "još", "dalje", "ακόμα", "ακόμη", "ισχύει", "še",
])
// Where the question's sentence opens: a line's start or a sentence's end, at most 60 units before the number.
const SENTENCE_END = /[.!?\n][^.!?\n]*$/
const WORD = /[\p{L}\p{M}]+/gu
const STILL_CLOSES = /^[ \t]*\p{L}+[ \t]*\?/u

/** Whether the number at `start..end` is asked about as still the caller's, in one question on its line. */
export function stillAsked(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 60)
  const close = after.search(/[.!?\n]/)
  if (close < 0 || after[close] !== "?") return false
  const before = text.slice(Math.max(0, start - 60), start)
  const opened = SENTENCE_END.exec(before)
  const from = start - before.length + (opened ? opened.index + 1 : 0)
  if (otherWordsIn(text, from, start) || OTHER_WORDS.test(text, end, end + close)) return false
  const question = text.slice(from, end + close)
  let still = false
  for (const m of question.matchAll(WORD)) still ||= STILL.hasRange(question, m.index, m.index + m[0].length)
  const stillLast = STILL_CLOSES.exec(after)
  return still && (PHONE_WORDS.test(text, from, end + close) || (stillLast !== null && STILL.has(stillLast[0].replace(/[\s?]/g, "").toLowerCase())))
}
