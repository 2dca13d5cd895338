import { digitRuns } from "./digit-runs.ts"
import { breaksUnescaped } from "./phone-escapes.ts"
import { lineStartWithin } from "./line-start.ts"
import { otherHeadsPhoneWord, otherNearer } from "./phone-nearer.ts"
import { namedPhoneLength, phoneLabelled } from "./phone-links.ts"
import { markEnds, partedAlone, sentencesParted } from "./phone-sentences.ts"
import { ownNumberBefore } from "./phone-mine.ts"
import { choiceOfOther, otherChoiceAfter, validAsOtherChoice } from "./phone-siblings.ts"
import { correctedAfter } from "./phone-corrected.ts"
import { dateOrTimeNext, nationalWrapsJoined, slashJoined, stretchOf, WINDOW } from "./phone-stretch.ts"
import { DEFAULT_REGIONS, dialledOut, digitCount, international, numberIn, oddlyDashed, regionPlans, validElsewhere, type RegionLists } from "./phone-regions.ts"
import { allMatches, defineRecognizer, labelledValueOf, type Candidate, type LabelledValue, type Recognizer } from "../../../core/index.ts"
import { callerKeyValue } from "./phone-caller-key.ts"
import { topicBefore } from "./phone-topic.ts"
import { CAPITAL_IDS, CAPITAL_ID_LABEL, DATE_LABELS, NUMBER_NOUNS, OTHER_WORDS, PHONE_LABELS, PHONE_NOUNS, PHONE_SIGN, PHONE_WORDS, SSN_WORDS } from "./phone-words.ts"
import { modifiedNumber } from "./phone-modifiers.ts"
import { answersPhone, keyNamesAgreement, namedRightBefore, namesDesk, otherBefore, otherWordsIn, speakerColonBefore, stillAsked } from "./phone-other.ts"
import { streetBefore } from "./person-vetoes.ts"
import { otherColumn, otherNamed } from "./phone-named.ts"
import { bracketNamesOther, contactLine, nameBefore, personOn, signedNumber, spokenGroups, whoseAfter } from "./phone-context.ts"
import { AMOUNT_KEYS, cellphoneGlued, gluedToPhoneWord, otherKeyGlued, telBefore } from "./phone-glued.ts"
import { titledNamed } from "./phone-kin.ts"
import { partyOnAgreement } from "./phone-party.ts"
import { openingNounNames } from "./phone-thing.ts"
import { acronymNames, NOT_IDS } from "./phone-acronym.ts"
import type { CountryCode } from "libphonenumber-js/min"
import { nameWords } from "./person.ts"
import { listedWithSsn, ssnAskedBefore, ssnWordsClaimed } from "./numbers.ts"
import { aadhaar, areaCodesJoined, listItemLineStart, ownStretchStart, speakerAnswers, listItemsParted, postcodeTown, spacedDate, ACCOUNT_SUFFIX, CHECK_DIGIT, DATE_UNIT, POSTCODE_OR_YEARS, COUNTRY_CODES, CURRENCY_WORD_AFTER, DATE, DOTTED_NEAR, DOTTED_PHONE, EXTENSION_AFTER, IBAN_HEAD, NANP_SHAPE, OTHER_NUMBER_LABEL, OTHER_SHAPES, REFERENCE_333, SHORT_SLASHED, SLASHED_REFERENCE, SLASH_NO_TRUNK, TWELVE_IN_FOURS, YEAR_SERIAL, YEAR_SUFFIXED, YEAR_THEN_TIME, monthBefore, norwegianId, MONTH_YEAR, accessLogAfter, brazilianMobile, brazilianShape, containerNumber, addressDoneBefore, qualifiedAfterStreet } from "./phone-shapes.ts"

export { DEFAULT_REGIONS, phoneReader, type PhoneReading } from "./phone-regions.ts"

/**
 * Where the stretch holding `start` begins, within `reach` units: after the nearest of `marks` followed by a space (or,
 * with `lineEnds`, a line break). Commas and semicolons end a clause, `?` and `!` a sentence, `.` and `|` as markEnds says.
 */
function startAfter(text: string, start: number, reach: number, marks: string, lineEnds = false): number {
  const from = Math.max(0, start - reach)
  for (let i = start - 2; i >= from; i--) {
    const next = text.charCodeAt(i + 1)
    if ((next === 32 || (lineEnds && next === 10)) && marks.includes(text[i]!) && markEnds(text, i)) return i + 1
    // With `lineEnds`, a sentence's end at a line's end and a blank line end the stretch too (`not my card.⏎⏎Isla…`).
    if (lineEnds && next === 10 && (text.charCodeAt(i) === 46 || text.charCodeAt(i) === 10)) return i + 1
  }
  return from
}

/**
 * Argentina's mobile as dialled at home: the trunk 0, an area code of two to four digits, 15, then the number, 13 digits
 * in all (`0351 15-692-5614`, `011 15-0858-4852`, `0341157693956`). Only the Argentine plan reads it, which no default
 * region is: it still needs a phone word or a person before it (validElsewhere).
 */
function argentineMobile(value: string): boolean {
  const d = value.replace(/\D/g, "")
  return d.length === 13 && d.charCodeAt(0) === 48 && (d.startsWith("15", 3) || d.startsWith("15", 4) || d.startsWith("15", 5))
}

// What an expression's first unit can be, judged by its code where it is ASCII (the expression decides elsewhere).
const mayBeCapital = (c: number) => c >= 128 || (c >= 65 && c <= 90)
const maybeSpace = (c: number) => c >= 128 || c === 32 || (c >= 9 && c <= 13)
// The first units of what glues a number to what follows (shapeRejected): a letter, a digit, `_ - / . : , % $` or a space.
const GLUE_AFTER = new Uint8Array(128).map((_, c) => (/[A-Za-z0-9_\-/.:,%$ ]/.test(String.fromCharCode(c)) ? 1 : 0))
const mayGlueAfter = (c: number) => c >= 128 || GLUE_AFTER[c] === 1

// ASCII is its own NFC: most texts are read without normalizing.
const nfc = (s: string) => (/^[\x00-\x7f]*$/.test(s) ? s : s.normalize("NFC"))

/** Why a libphonenumber match is no phone: it is a date, a version, part of a longer number or an id. */
function shapeRejected(text: string, start: number, end: number, near: boolean, cell = false): boolean {
  const value = text.slice(start, end)
  if (accessLogAfter(text, start) || containerNumber(text, start, end)) return true
  // Longer than a national number and not international: a card or an account number.
  if (!international(value, false) && digitCount(value) > 12 && !argentineMobile(value)) return true
  // A date is 6 to 12 units long, an SSN or a ZIP+4 10 or 11.
  const n = value.length
  // A date in brackets (`(2026-03-21, 18:57)`) too: the stretch takes the opening bracket.
  // A year and a serial, or a house number written with a slash (`Vinohradská 2385/27`): at most seven digits, no trunk 0.
  // A Norwegian birth number with its check digits, unless a phone word is near (a UK, German or Chinese number may pass them).
  // Each of these shapes holds a dash, a slash or a dot; most stretches are groups apart by spaces.
  const joined = DATE_UNIT.test(value)
  if ((joined && (YEAR_SERIAL.test(value) || SHORT_SLASHED.test(value) || MONTH_YEAR.test(value) || CHECK_DIGIT.test(value) || (ACCOUNT_SUFFIX.test(value) && (!near || /\p{L}/u.test(text[start - 1] ?? ''))) || SLASHED_REFERENCE.test(value) || POSTCODE_OR_YEARS.test(value) || postcodeTown(value, text, end))) || (!near && norwegianId(value))) return true
  if ((joined && ((n <= 12 && DATE.test(value)) || (n <= 11 && value.charCodeAt(0) === 40 && DATE.test(value.slice(1))))) || ((n === 10 || n === 11) && OTHER_SHAPES.test(value) && !spokenGroups(text, start, end, value, near)) || (!near && (REFERENCE_333.test(value) || SLASH_NO_TRUNK.test(value) || YEAR_SUFFIXED.test(value) || aadhaar(value) || TWELVE_IN_FOURS.test(value) || spacedDate(value)))) return true
  // Not a `+` or `00` number: the plan it is read in decides its digits, however they are dotted (`+358 50.0908374`,
  // `0061 407.881.854`). Nor a phone field's whole value (`Telefon: 06.1.382.0803`).
  if (value.includes(".") && !cell && !international(value, false) && !DOTTED_PHONE.test(value.replace(/\s/g, "")) && !(near && DOTTED_NEAR.test(value))) return true
  // The whole value of a phone column or field: what is around it is the table's, not the number's.
  if (cell) return false
  // Each test on the units around the number is tried only when the unit it needs is there (`:` before a `tel:`
  // label, a space before a NINO's letter), and the units after are read once.
  if (telBefore(text, start)) return false
  const before = text.slice(Math.max(0, start - 2), start)
  // Glued to letters or to more digits (an IBAN, a card, an order id `KD-4481207`, an amount `1.234,56`, a time).
  // A comma after a letter separates fields (`…btinternet.com,(617) 737-5291` of a CSV line); after a digit it is an amount.
  // After a digit, a comma before a bracket, a `+`, four digits or more, or a group and a dash or a slash separates a
  // CSV's fields (`…514,(305) 513-5075`, `…0950091303,098-576-5167`): an amount's decimals or thousands are one to three
  // digits, and its groups follow a group of three at most, never a run of five or more.
  // A `+` right after a lower-case word or a word's colon parts them (`para+351 939 735 695`, `reached on:+60 …`), not
  // after a code's capitals (`SKU+351…`).
  if ((/[\p{L}\p{N}#]$|[\p{L}\p{N}]_$|[\p{L}\p{N}][-/.:#]$|[\p{N}][ ]$/u.test(before) && !(value.charCodeAt(0) === 43 && /(?:\p{Ll}|\p{L}:)$/u.test(before)) && !AFTER_HOURS.test(text.slice(Math.max(0, start - 8), start)) && !gluedToPhoneWord(text, start) && !speakerColonBefore(text, start)) || (/[\p{N}],$/u.test(before) && !/^(?:[(+]|\d{4}|\d{1,3}[-/]\d)/.test(value) && !/(?<![\d.,])\d{5,},$/.test(text.slice(Math.max(0, start - 20), start)))) return true
  // The next group of an IBAN or an id written in fours (`FR34 4496 7788 565M 984U 2012 895`): letters and digits mixed.
  if (text.charCodeAt(start - 1) === 32 && /(?:^|[^\p{L}\p{N}])(?=[\p{Lu}\p{N}]{0,3}\p{N})(?=[\p{Lu}\p{N}]{0,3}\p{Lu})[\p{Lu}\p{N}]{4} $/u.test(text.slice(Math.max(0, start - 6), start))) return true
  // The groups after an IBAN's country and check digits, valid or not (`NL66 WEJA 6620 1433 19`, a bank code in letters).
  // Tried only after a space that follows a capital or a digit, as a group does.
  const g = text.charCodeAt(start - 2)
  if (text.charCodeAt(start - 1) === 32 && ((g >= 65 && g <= 90) || (g >= 48 && g <= 57)) && IBAN_HEAD.test(text.slice(Math.max(0, start - 26), start))) return true
  const spaceBefore = text.charCodeAt(start - 1) === 32
  const spaceAfter = text.charCodeAt(end) === 32
  // Inside a NINO (`AB 12 34 56 C`) or after a two-letter code; not after a short word of an ALL-CAPS sentence (`CALL ME ON`).
  // `CB` (call back) is a phone word, not a code; `ph` is one, `PH` a code as often (`tracking number⏎caller: PH 4471 0928 331`).
  // A country's code before a number written with separators is where it rings (`UK number is 07466 760497, US 787.252.8779`).
  const code = spaceBefore && mayBeCapital(text.charCodeAt(start - 2)) && mayBeCapital(text.charCodeAt(start - 3)) && /(?:^|[^\p{L}])\p{Lu}{2} $/u.test(text.slice(Math.max(0, start - 4), start)) && !/\p{Lu}{2,}[ ]\p{Lu}{2} $/u.test(text.slice(Math.max(0, start - 24), start)) && (!PHONE_WORDS.test(text, Math.max(0, start - 3), start) || text.startsWith("PH", start - 3)) && !NOT_IDS.has(text.slice(start - 3, start - 1)) && !(/[-.()]/.test(value) && COUNTRY_CODES.has(text.slice(start - 3, start - 1)))
  // A capital and three digits ending it: an id with a letter inside (`SV-Nr. 65 091090 N 016`), which no phone has; `X 363` is an extension,
  // and a letter before a longer number tags the next phone (`Office 212 555 0147 M 917 555 0199`).
  // A NINO's letter never follows a `+` number: there a lone capital opens the next sentence (`+36 20 373 6605 A pulton…`).
  const plus = international(value, false)
  // A lone capital in mid-sentence opens a part's or a code's number (`the part A 549 736 99 92`, `das Teil B 123 …`),
  // unless it tags a phone (`M`, `T`); at a sentence's start or in a title-cased line it is a word (`A 06 20 …`, `Ligue Para O …`).
  const lone = spaceBefore && mayBeCapital(text.charCodeAt(start - 2)) && !PHONE_LABELS.test(text[start - 2]!) && LONE_CAPITAL.test(text.slice(Math.max(0, start - 40), start))
  if (((code || lone) && !plus) || (spaceAfter && mayBeCapital(text.charCodeAt(end + 1)) && (plus ? /^ (?![Xx])\p{Lu} ?\d{3}(?!\d| ?\d)/u : /^ (?:[A-D](?![\p{L}\p{N}])|(?![Xx])\p{Lu} ?\d{3}(?!\d| ?\d))/u).test(text.slice(end, end + 8)))) return true
  // A year right after a day and a month's word, then a time (`listed 20 Jul 2025 1315`): a date.
  if (YEAR_THEN_TIME.test(value) && monthBefore(text, start)) return true
  // A NINO typed in lower case (`cc 96 77 74 a`).
  if (spaceBefore && spaceAfter && /^\d{2} ?\d{2} ?\d{2}$/.test(value) && /(?:^|[^\p{L}])[a-z]{2} $/u.test(text.slice(Math.max(0, start - 4), start)) && /^ [a-d](?![\p{L}\p{N}])/u.test(text.slice(end, end + 3))) return true
  // A comma then one to three digits (a decimal, a thousands group) is glued; a comma then a longer number or a letter
  // is a CSV separator (`…,(416) 391-5424,javier.ruiz@…`); a `+` number written unbroken is whole before a space (`+447911123456 200`).
  if (end < text.length && mayGlueAfter(text.charCodeAt(end)) && !(spaceAfter && /^\+\d{10,15}$/.test(value)) && !dateOrTimeNext(text, end) && /^[\p{L}\p{N}]|^_[\p{L}\p{N}_]|^[-/.:][\p{L}\p{N}]|^,\p{N}{1,3}(?!\p{N})|^ \p{N}(?!\p{N}?(?:[:hH]| [hH] )\p{N})|^[%€$£]|^ ?(?:€|EUR|USD|CHF|GBP|kg|km|m³|m²|m3\b|cu ft|ft³|Uhr|h\b|Ft\b|HUF|kr\b|zł|Kč|lei\b|SEK|DKK|NOK|PLN|CZK|RON)/u.test(nfc(text.slice(end, end + 7)))) return true
  if (maybeSpace(text.charCodeAt(end)) && CURRENCY_WORD_AFTER.test(text.slice(end, end + 12))) return true
  return /^[$€£]|[$€£]\s?$/.test(before)
}

// The word before the capital is in lower case, or is a capitalised noun after one that is (German); a word in mixed
// case is no sentence's.
const LONE_CAPITAL = /(?<!\p{L})\p{Ll}+(?: \p{Lu}\p{Ll}+)? \p{Lu} $/u

/**
 * `shapeRejected(text, start, end, false)` of a national number that `shapeRejected(text, start, end, true)` kept, the
 * same value not a phone field's: only the shapes a phone word near excuses are read again (the other tests gave the
 * same answer with a phone word as without).
 */
function shapeRejectedFar(value: string): boolean {
  const n = value.length
  return norwegianId(value) || ((n === 10 || n === 11) && OTHER_SHAPES.test(value)) || REFERENCE_333.test(value) || SLASH_NO_TRUNK.test(value) || YEAR_SUFFIXED.test(value) || aadhaar(value) || TWELVE_IN_FOURS.test(value) || spacedDate(value) || (value.includes(".") && !international(value, false) && !DOTTED_PHONE.test(value.replace(/\s/g, "")))
}

const LETTER_BEFORE = /\p{L}$/u
const CODE_LETTER = /(?<![\p{L}\p{N}.])(\p{L})\.$/u
const codeLetterBefore = (text: string, start: number) => text.charCodeAt(start - 1) === 46 && !PHONE_LABELS.test(CODE_LETTER.exec(text.slice(Math.max(0, start - 3), start))?.[1] ?? "m")
/**
 * A digit typed against a word: only a phone word's number (WINDOW starts after letters too); a `+` parts them
 * (`para+351 …`). A lone letter and a dot glued before it open a code (`E.614-1995`, a museum's accession), unless the
 * letter tags a phone (`M.`, `T.`).
 */
const gluedBefore = (text: string, start: number) =>
  text.charCodeAt(start) !== 43 && ((LETTER_BEFORE.test(text.slice(Math.max(0, start - 1), start)) && !gluedToPhoneWord(text, start)) || codeLetterBefore(text, start))
// A label whose value starts with words before the number names them, not it (`Patient (barn): Sol Sjöberg, 0046 8 …`);
// a code glued to it or in capitals is the number's (`R-PH666117`, `ANN 2530 6735`).
const LETTER_IN = /\p{Ll}[\p{L}\p{M}'’-]*[ \t,(]/u
/**
 * Nine bare digits where an SSN is being asked for or named are the SSN (`full number 044928405`, a chat bot's `enter
 * your Social Security number` answered on the next line), and so are nine bare digits listed with a written SSN
 * (`records 485-54-1290 and 017867767`).
 */
const ssnInstead = (text: string, start: number, end: number) =>
  end - start === 9 && /^\d{9}$/.test(text.slice(start, end)) && ((SSN_WORDS.test(text, Math.max(0, start - 80), start) && !ssnWordsClaimed(text, start)) || listedWithSsn(text, start, end) || ssnAskedBefore(text, start))

/**
 * A conference PIN dialled after a number (`+41 21 848 28 33,,079762#`): the dial string's pauses (commas glued to the
 * digits before) and the `#` that closes it. Either alone is something else: a CSV's empty cell between an id and a phone
 * (`…,4471,,07700 900123`), an extension (`0161 496 0000#204`).
 */
const dialledAfter = (text: string, start: number, end: number) => text.charCodeAt(end) === 35 && /\d,+$/.test(text.slice(Math.max(0, start - 4), start))
const AFTER_HOURS = /(?:^|[^\p{L}\p{N}/])24\/(?:7|365) $/u

/** A phone named right before `start`: by its label, `tel:` or a phone sign (`labelled`), a phone noun within 30 units, a call word (not the bare noun "number") within 15. */
function namedPhone(text: string, start: number, labelled: boolean): boolean {
  if (labelled || PHONE_NOUNS.test(text, Math.max(0, start - 30), start)) return true
  // A call word, then at most a word for number or a preposition (`retornar no(11) 3726-1001`, `llamar al número …`,
  // `liguem-me para o (11) …`).
  const trailing = TRAILING_NUMBER_WORD.exec(text.slice(Math.max(0, start - 16), start))
  const to = start - (trailing?.[0].length ?? 0)
  const from = Math.max(0, to - 15)
  return PHONE_WORDS.test(text, from, to) && !NUMBER_NOUNS.test(text, from, to)
}
// One or two: a preposition before a word for number (`liga no nº …`, `llamar al No. …`), or `de`, whence (`Mensagem de voz de …`).
const TRAILING_NUMBER_WORD = /(?:[ \t]*(?<![\p{L}])(?:no|nr|nº|n°|number|número|numero|al|au|na|em|on|ao|unter|para(?:[ \t]+[oa])?|pelo|pela|de)\.?[ \t:]*){1,2}$/iu

/** The text with a dot between two numbers read as a sentence's end, and a slash between two phones as a separator. */
function partedText(original: string, lists: RegionLists, elsewhere: readonly CountryCode[]): string {
  const runs = digitRuns(original)
  const parted = runs.sentenceEnds.length ? sentencesParted(original, runs.sentenceEnds) : original
  const joined = runs.slashed ? slashJoined(parted, lists) : parted
  // A form's phone key then a break before the digits' end: a national number wrapped (the cheap test first).
  return /:[ \t]*\(?\d[\d ().-]*\n[ \t]*\d/.test(joined) ? nationalWrapsJoined(joined, lists, elsewhere) : joined
}

/**
 * WINDOW's matches of 6 digits or more: each lies in a run of 6 digits or more (digitRuns), from 2 units before it (a
 * `(+`), and is found by scanning that run alone, read with the 4 units before it (2 lookbehinds' surrogate pair).
 */
function windows(text: string): RegExpExecArray[] {
  const runs = digitRuns(text).phones
  const out: RegExpExecArray[] = []
  for (let k = 0; k < runs.length; k += 2) {
    const from = Math.max(0, runs[k]! - 4)
    const part = text.slice(from, runs[k + 1])
    for (const w of allMatches(WINDOW, part)) {
      w.index += from
      out.push(w)
    }
  }
  return out
}

/**
 * Phone numbers by Google's numbering plans (libphonenumber-js, "min" metadata as core/normalize.ts),
 * reading national numbers in each of `regions`. What the plans accept but a
 * reader would not call a phone number is dropped: dates, versions and IPs,
 * digits glued to letters or to longer digit runs. A number written without
 * `+`, `00`, a trunk `0` or separators counts only with a phone word nearby.
 */
export function createPhoneRecognizer(regions: readonly string[] = DEFAULT_REGIONS): Recognizer {
  const { lists, elsewhere } = regionPlans(regions)
  return defineRecognizer({
    type: "PHONE",
    name: "phone",
    score: 0.75,
    requires: /\d/,
    find(written) {
      const original = breaksUnescaped(written)
      const text = partedText(areaCodesJoined(listItemsParted(original)), lists, elsewhere)
      const found: Candidate[] = []
      for (const w of windows(text)) {
        const [bracket, value] = stretchOf(text, w)
        if (digitCount(value) < 6) continue
        const start = w.index + bracket
        // A WhatsApp link's number, or a phone key's written without its `+`: a phone by what names it, never a card (phone-links.ts); see gluedBefore.
        const linked = namedPhoneLength(text, start, value)
        if (linked !== undefined) found.push({ start, end: start + linked, score: 0.85 })
        if (linked !== undefined || gluedBefore(text, start) || dialledAfter(text, start, start + value.length)) continue
        // The cheap check first: most stretches are dates, amounts, references or cards, and parsing is the cost. A national number is the whole stretch, so its shape can be judged before it is parsed.
        const national = !international(value, true)
        // A table's column header or a field's key names the value however far it is (`phone⇥…`, a CSV's `ani` column).
        const labelled = labelledValueOf(text, start, start + value.length)
        const label = labelled?.label
        const labelPhone = phoneLabelled(labelled)
        if (national && (shapeRejected(text, start, start + value.length, true, labelPhone) || partedAlone(original, text, start, start + value.length))) continue
        // The words before the stretch do not depend on where the number ends: read them before the parse.
        const tel = telBefore(text, start) || cellphoneGlued(text, start)
        const signed = PHONE_SIGN.test(text.slice(Math.max(0, start - 8), start))
        // Answering a question for a phone (`Can I take a number?⏎Sunny: …`); near: a phone just found's other choice (`… eller 21/55 09 49`).
        const answered = answersPhone(text, start) || stillAsked(text, start, start + value.length)
        // Said after a person on the account or the contract (`Hana Parata is also on the account, 04…`), under a signer's name, or by a chat's speaker asked for a phone (speakerAnswers): theirs, whatever the word.
        const party = partyOnAgreement(text, start) || signedNumber(text, start, start + value.length) || speakerAnswers(original, start)
        const near = tel || party || labelPhone || signed || answered || PHONE_WORDS.test(text, Math.max(0, start - 40), start) || (label !== undefined && PHONE_WORDS.test(label)) || contactLine(text, start, start + value.length) || EXTENSION_AFTER.test(text.slice(start + value.length, start + value.length + 16)) || otherChoiceAfter(text, found.at(-1), start) || correctedAfter(text, found.at(-1), start) || callerKeyValue(text, start, start + value.length) || listItemLineStart(original, start) > 0
        // An order, account or customer number is never written with a `+`: a word naming one does not turn a valid international number into one (`the phone number on the account⏎caller: it's +353 87 …`).
        const plus = value.charCodeAt(0) === 43
        // With a phone word near, a comma or semicolon ends what the other word names (`Meine Nummer steht im Konto, 089 5063229`).
        // Nor in the shapes only phone numbers take: an area code in brackets, three dotted groups of 3, 3 and 4.
        const phoneShape = NANP_SHAPE.test(value) || brazilianMobile(value)
        // A question, an exclamation or a sentence's dot ends what the word names (`Code 290739. Fragen? 0221 9212422`, `Your parcel is ready. 0161 …`), and a comma before a number dialled out with `00` (`im Vertrag, 00352 621 …`); a title is no id (`dl. Munteanu: 0724 …`). Under a column headed by a phone word, a table's row starts on its line: the other headers above are their columns'.
        if (!tel && !signed && !plus && !phoneShape && !labelPhone && (otherWordsIn(text, Math.max(startAfter(text, start, 25, dialledOut(value) ? "?!,;.|" : "?!.|", true), labelled?.from === "table" && PHONE_WORDS.test(label!) ? text.lastIndexOf("\n", start - 1) + 1 : ownStretchStart(original, start)), start) || CAPITAL_IDS.test(text.slice(lineStartWithin(text, start, 20), start))) && (!near || otherNearer(text, start, startAfter(text, start, 25, ",;"))) && !party && !titledNamed(text, start)) continue
        // Under an id's or another number's header (`contact_id`, `order`), a national number is that. So is a national number under a label naming some other number (`Bestellnummer:`, `Ordrenr.:`, `contract no`).
        if (!plus && !labelPhone && label !== undefined && !LETTER_IN.test(text.slice(labelled!.start, start)) && ((otherWordsIn(label, 0, label.length) && !namesDesk(text.slice(lineStartWithin(text, start, 48), start))) || AMOUNT_KEYS.test(label) || keyNamesAgreement(label) || CAPITAL_ID_LABEL.test(label) || DATE_LABELS.test(label) || (OTHER_NUMBER_LABEL.test(label) && !modifiedNumber(label)) || (national && otherColumn(labelled!))) && !party && !titledNamed(text, start)) continue
        // Named as some other number (a log key glued by `=`: `amount=3476.12`; `loyalty number is …`, `case # …`, `Quote 0268 067 0850 for the move …`, `code de portabilité 709273`); as an agreement or a pass, whatever its shape.
        if (!tel && !plus && !labelPhone && !party && (otherKeyGlued(text, start) || namedRightBefore(text, start) || (!phoneShape && (otherHeadsPhoneWord(text, start) || openingNounNames(text, start, start + value.length) || (otherBefore(text, start) && !whoseAfter(text, start + value.length)))))) continue
        // A number right after `re` or `it's about` (topicBefore) is what the call is about, an order or a case.
        if (!plus && !labelPhone && topicBefore(text, start, value, phoneShape)) continue
        // A national number is the whole stretch: with no phone word near, its shape is judged again as such before the
        // parse; with one, the first look was the one. A known person before it names it so (`Thiago can take it on …`).
        if (national && !near && shapeRejectedFar(value) && !personOn(text, start) && !ownNumberBefore(text, start)) continue
        let length = numberIn(value, lists)
        // Named a phone right before it (a phone noun, a phone column, `tel:`, 📞, a call verb just before: `liguem para`, `my
        // number is`), a national number of 8 or more digits is read in any country's plan when the configured regions have
        // none for it: a caller from abroad writes it so. Given as one choice of two, in the other's country (`… ou +55 …`).
        if (length === undefined && national && digitCount(value) >= 8 && (((namedPhone(text, start, tel || labelPhone || signed || answered || (text.charCodeAt(start - 1) === 40 && nameBefore(text, start - 1) && callerKeyValue(text, start, start + value.length))) || personOn(text, start) || ownNumberBefore(text, start) || otherChoiceAfter(text, found.at(-1), start)) && validElsewhere(value, elsewhere)) || validAsOtherChoice(text, start, start + value.length) || (brazilianShape(value) && validElsewhere(value, ["BR"])))) length = value.length
        if (length === undefined) continue
        // Named by an acronym, a word for number, a mail's subject, a possessed or bracketed noun: read once the number parses.
        if (!tel && !plus && !phoneShape && !labelPhone && ((national && acronymNames(text, start)) || otherNamed(text, start, national, nameWords.isFirst) || (!near && choiceOfOther(text, found.at(-1), start)))) continue
        // An address's house number and postcode after its street on the line (`rua dom pedro ii 51 40079-277`,
        // `Drottninggatan 58 765 21`), unless a phone word or a word for which phone follows it. Read once the number parses.
        if (national && !tel && !labelPhone) {
          const street = streetBefore(text, start)
          if (street >= 0 && !PHONE_WORDS.test(text, street, start) && !qualifiedAfterStreet(text, street, start) && !addressDoneBefore(text, street, start)) continue
        }
        const end = start + length
        if (!national && shapeRejected(text, start, end, near, labelPhone)) continue
        // With no phone word near, a bracket right after the number that names some other number names it (`ID on file 8428 7447 8695 (aadhaar, masked)`, `… (policy no., old)`).
        // Nor a number grouped in dashes as no plan writes it (`item ref 261-0666-127`).
        if (!near && !plus && !phoneShape && (bracketNamesOther(text, end) || (national && !labelPhone && oddlyDashed(text.slice(start, end), lists)))) continue
        if (ssnInstead(text, start, end)) continue
        // A bare digit run without a trunk 0 (an order number, as often as a phone) needs a phone word nearby, and so does a
        // national number of six digits or fewer (`Ophaalcode 412 456`, a PIN or a reference as often as a short local number).
        const plain = /^[1-9]\d*$/.test(text.slice(start, end)) || (national && digitCount(text.slice(start, end)) <= 6)
        // A bracket closing after the country code belongs to the number: the span keeps both (`(+44) 20 …`).
        found.push({ start: bracket && /^\+\d{1,3}\)/.test(value) ? w.index : start, end, score: plain ? (near ? 0.6 : 0.3) : near ? 0.85 : 0.75 })
      }
      return found
    },
  })
}
