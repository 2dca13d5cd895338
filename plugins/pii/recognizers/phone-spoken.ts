import { defineRecognizer, phraseAlternation, type Candidate, type Recognizer } from "../../../core/index.ts"
import { DEFAULT_REGIONS, readOutValid, regionPlans, trunkNational } from "./phone-regions.ts"
import { OTHER_WORDS, PHONE_WORDS } from "./phone-words.ts"
import { kinNamed } from "./phone-kin.ts"
import { DIGIT, spokenDigits } from "./spoken-digits.ts"
import { COMPACT_DATE, MONTH_WORDS } from "./phone-shapes.ts"
import { ownPhoneBefore } from "./phone-mine.ts"
import { saidAgainAmong } from "./phone-corrected.ts"
import { otherNumberSaid } from "./phone-said-other.ts"

// A phone number read out digit by digit, as speech-to-text writes it (`oh four oh five, two oh four, six seven one`,
// `oh seven oh ... double three eight`, a pause written as an ellipsis,
// `double seven`, `plus four four`): English digit words only. Seven to fifteen digits (in four words or more: `double
// seven one two`), a phone word (or `text`, or the caller's own number said: `you can get me on`) in the 80 units
// before, and a number valid in the configured regions, or in any plan when they read none: a run of digit words with
// no phone named before it is a code, a count or a date read out.
// Digits may stand among the words, as speech-to-text mixes them (`two zero one 2 six nine oh eight... four two`,
// `zero 7 4 double zero nine 0 1... 4 oh... one`, a group said as a number: `seven one eight 999 oh nine double eight`),
// up to four at a time, after the first word, three words at least (WORDS_AMONG), none of them part of a decimal
// (`4.5`): digits alone are read elsewhere.
const SPOKEN = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:plus[ ]+)?(?:(?:double|triple)[ -])?(?:${DIGIT})(?:(?:[ ,.-]{1,3}|[ ]?(?:\\.{3}|…)[ ]?)(?:(?:double|triple)[ -])?(?:${DIGIT}|(?<!\\d[.,])\\d{1,4}(?![.,]\\d))){3,}(?![\\p{L}\\p{M}\\p{N}])`, "giu")
const WORDS_AMONG = 3
/** How far after a number said a second one is read as its correction or its alternative (see find). */
const NEXT_TURN = 120
const DIGIT_WORD = new RegExp(`(?<![\\p{L}])(?:${DIGIT})(?![\\p{L}])`, "giu")
// A number read with pauses, as speech-to-text writes them: digit words then digits (`oh seven nine four six, 451637`),
// or groups of digits parted by a comma, an ellipsis or a dash (`0489, 92, 44, 80`, `073... 809... 20... 64`).
const RUN = `(?:plus[ ]+)?(?:(?:double|triple)[ -])?(?:${DIGIT})(?:[ -](?:(?:double|triple)[ -])?(?:${DIGIT}))*`
const GROUP = `\\d{1,8}(?: \\d{2,8})*`
const PAUSED_DIGIT = /\d(?:, |[ ]?(?:\.{3}|…)[ ]?| - )|(?:, |\.{3} ?|… ?| - )\d/
const PAUSE = `(?:, |[ ]?(?:\\.{3}|…)[ ]?| - )`
// The first pause comes after an area code or the first digits said, never after a whole number (`20123456, 3. marts`).
// A `+` may open the first group (`+420… 539… 554… 185`), and a short group may follow it before the first pause, after
// digits or digit words (`0 37... 265005`, `02 289, 1693`, `eight seven six 457… 1153`).
const PAUSED = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}]|\\p{N}[.,:/ -]|\\p{N}[.,] )(?:${RUN}|\\+?\\d{1,4})(?: \\d{2,4})?(?:${PAUSE}(?:${RUN}|${GROUP})){1,5}(?![\\p{L}\\p{M}\\p{N}]|[.,]?[ ]?\\p{N}|:\\p{N})`, "giu")
// A voicemail's transcript, by its header or its name anywhere before: a number read out with pauses in one is a phone.
const VOICEMAIL_WORDS = [
  "voicemail", "voice mail", "voice message", "answerphone", "answering machine", "sprachnachricht",
  "anrufbeantworter", "mailbox", "messagerie vocale", "message vocal", "segreteria", "messaggio vocale",
  "ingesproken bericht", "mensaje de voz", "buzón de voz", "correio de voz", "mensagem de voz", "röstmeddelande",
  "röstbrevlåda", "telefonsvarer", "talebesked", "talemelding", "vastaaja", "poczta głosowa", "wiadomość głosowa",
  "hlasová zpráva", "hlasová schránka", "hlasová správa", "hangposta", "hangüzenet", "govorna pošta",
  "glasovna pošta", "mesageria vocală", "mesaj vocal", "sesli mesaj", "φωνητικό μήνυμα", "гласово съобщение",
  "kõnepost", "talhólf", "missatge de veu", "bústia de veu", "balss pasts", "balss ziņa",
]
// Each letter as the class of its cases, with no `i` flag: searched for in every text that has a number, and under
// `iu` this alternation took 4% of the analyzer's time (phraseAlternation).
export const VOICEMAIL = new RegExp(phraseAlternation(VOICEMAIL_WORDS, " ", true), "u")
const WORD_BEFORE = /(\p{L}{3,})\.?[ ]$/u
const WORD_AFTER = /^[ ](\p{L}{3,})/u
const VOICEMAIL_ALL = new RegExp(VOICEMAIL.source, "gu")
// The last text asked about: the spoken and said recognizers both ask, one after the other.
let voicemailText = ""
let voicemailAt = Infinity
/**
 * Where the text's first voicemail header or name ends (Infinity when it has none): a number read out after it is in a
 * voicemail's transcript. Read once per text, not once per number (a text of many numbers read out was quadratic).
 */
export function voicemailEnd(text: string): number {
  if (text === voicemailText) return voicemailAt
  const m = VOICEMAIL.exec(text)
  voicemailText = text
  return (voicemailAt = m ? m.index + m[0].length : Infinity)
}
const OR_BETWEEN = /^[ \t]*,?[ \t]*(?:or|and|else)[ \t]+$/i
/** A phone's sign anywhere in a stretch (☎, 📞, 📱, 📲). */
export const PHONE_SIGN = /[\u260E\u260F\u{1F4DE}\u{1F4F1}\u{1F4F2}]/u
const TEXT_VERB = /(?:^|[^\p{L}])text(?:ed|ing)?(?![\p{L}])/iu
/**
 * Inside a speech-to-text result's value on its line (`asr.result confidence=0.74 text="naledi dlamini two zero, …"`,
 * `transcript: …`), ending it: what a caller said to a voice menu after their name, a callback number read out as often
 * as not. Digit words that make a valid number there are one, in any language (phone-said.ts), unless a word before
 * them in the value names some other number (`meine Bestellnummer ist null eins …`) or they say a date (`zwei null zwei
 * vier eins eins drei null`).
 */
const ASR_VALUE = /(?:^|[\s;,{(])"?(?:text|transcript|transcription|utterance|asr_text|asr\.text)"?[ \t]*[=:][ \t]*"?([^"\n]*)$/iu
export function endsAsrValue(text: string, start: number, end: number, digits: string): boolean {
  const value = ASR_VALUE.exec(text.slice(Math.max(0, start - 120), start))
  if (!value || !/^[ \t.,!?]*(?:"|\r?\n|$)/.test(text.slice(end, end + 8)) || COMPACT_DATE.test(digits)) return false
  return !OTHER_WORDS.test(value[1]!, 0, value[1]!.length)
}

// A time or a unit right after a short last group said apart (`… one two three, 5 pm is best`): that group is the
// time, not the number's end. A menu key pressed right before the first digit said apart (`press 1, oh seven …`).
const UNIT_AFTER = /^[ \t]?(?:[ap]\.?m\b\.?|o['’]clock|h\b|hrs?\b|hours?|minutes?|mins?\b|uhr|heures?|horas?|ore\b|uur\b|days?\b|weeks?|euros?|dollars?|pounds?|percent|%)/iu
const SHORT_LAST = /(?:, |[ ]?(?:\.{3}|…)[ ]?| - |[ ,.-]{1,3})\d{1,2}$/
const KEY_BEFORE = /(?:press|option|select|choose|key|dial|drücken|taste|appuyez|tapez|touche|pulse|marque|tecla|premi|prema|digite|toets|tryck|tryk|trykk|naciśnij|stiskněte)[ \t]+$/iu
const KEY_FIRST = /^\d(?:, |[ ]?(?:\.{3}|…)[ ]?| - )/

/** Where a number said from `start` to `end` ends without a short last group that a time or unit follows (UNIT_AFTER). */
export function endBeforeTime(text: string, start: number, end: number): number {
  const last = UNIT_AFTER.test(text.slice(end, end + 12)) ? SHORT_LAST.exec(text.slice(start, end)) : null
  return last ? start + last.index : end
}

/** The span said as a number, without a menu key before it or a time after it (UNIT_AFTER, KEY_BEFORE). */
function saidSpan(text: string, start: number, end: number): [number, number] {
  end = endBeforeTime(text, start, end)
  const key = KEY_BEFORE.test(text.slice(Math.max(0, start - 12), start)) ? KEY_FIRST.exec(text.slice(start, end)) : null
  if (key) start += key[0].length
  return [start, end]
}

/**
 * Digit groups parted by pauses that read as a list rather than one number, even after "my number is" (`4, 8, 15, 16,
 * 23, 42`, `100, 200, 300, 400`, `1999, 2000, 2001`), none opening with a trunk 0: four groups or more in steps of one
 * size (three in steps of ten at most), round numbers, or five or more rising. A phone's groups read out are none of
 * these (`0, 20, 7946, 0958`; `24, 45, 52, 88`, four rising, is a Danish number).
 */
function listed(written: string): boolean {
  const groups = written.split(/[^\d]+/).filter(Boolean)
  if (groups.length < 3 || /\p{L}/u.test(written)) return false
  // A trunk 0 opens a national number read out (`051, 406, 761` rises in steps of 355 by chance).
  if (groups.some((g) => g.startsWith("0"))) return false
  const values = groups.map(Number)
  const step = values[1]! - values[0]!
  if (step !== 0 && (groups.length >= 4 || Math.abs(step) <= 10) && values.every((v, i) => i === 0 || v - values[i - 1]! === step)) return true
  if (groups.every((g) => g.endsWith("0"))) return true
  return groups.length >= 5 && values.every((v, i) => i === 0 || v > values[i - 1]!)
}

/** A match as `saidSpan` reads it (its text and where it starts), or undefined when nothing is left. */
function trimmed(text: string, m: RegExpMatchArray): { 0: string; index: number } | undefined {
  const [from, end] = saidSpan(text, m.index!, m.index! + m[0].length)
  const start = restartAt(text, from, end)
  return end > start ? { 0: text.slice(start, end), index: start } : undefined
}

// A pause after a number's first group (`...`, `…`, a comma), then the whole number said from that group again (`it's
// area code six oh two... six oh two, eight eight four, one one oh seven`): the number starts at the second saying. An area
// code, three digits at least: two may start a number twice (`06 06 …`); and too long to be one number said whole
// (`six one two, six one two, four five six seven` is 612-612-4567).
const FIRST_PAUSE = /^[^.,…]*?(?:\.{2,}|…|,)[ \t]*/
function restartAt(text: string, start: number, end: number): number {
  const pause = FIRST_PAUSE.exec(text.slice(start, end))
  if (!pause) return start
  const first = spokenDigits(text.slice(start, start + pause[0].length))
  const rest = spokenDigits(text.slice(start + pause[0].length, end))
  return first.length >= 3 && rest.length >= 7 && rest.startsWith(first) && first.length + rest.length > 11 ? start + pause[0].length : start
}

/** A recognizer of phone numbers said digit by digit, valid in `regions` (or anywhere, a phone being named before). */
export function createSpokenPhoneRecognizer(regions: readonly string[] = DEFAULT_REGIONS): Recognizer {
  const plans = regionPlans(regions)
  return defineRecognizer({
    type: "PHONE",
    name: "phone-spoken",
    score: 0.75,
    // Two digit words in a row, as every run of seven has: `phone` alone holds `one`.
    // Or a pause next to a digit, as every number read with pauses has (`… 0489, 92 …`).
    // The second word is looked for after the separators and the first looked back at from its end: the expression then
    // opens with a class of four units, which the engine finds fast, where one opening with twelve words case-blind was
    // tried at every unit (the same texts pass, about three times faster).
    requires: new RegExp(`[ ,.-]{1,3}(?:${DIGIT})(?![a-z])(?<=(?:${DIGIT})[ ,.-]{1,3}(?:${DIGIT}))|${PAUSED_DIGIT.source}`, "i"),
    find(text) {
      const found: Candidate[] = []
      // Each number said, with its digits: a neighbour said again nearly alike after a correction names it (saidAgainCorrected).
      const said = [...text.matchAll(SPOKEN)].flatMap((matched) => {
        const m = trimmed(text, matched)
        return m ? [{ m, start: m.index, end: m.index + m[0].length, digits: spokenDigits(m[0]) }] : []
      })
      for (const [i, { m, digits }] of said.entries()) {
        if (digits.length < 7 || digits.length > 15) continue
        if (/\d/.test(m[0]) && (m[0].match(DIGIT_WORD)?.length ?? 0) < WORDS_AMONG) continue
        const from = Math.max(0, m.index - 80)
        // A phone word, a phone's sign or a relative's name before it, or a number read out just before and `or`.
        const last = found[found.length - 1]
        // A number said in the next turn or two after one found (`the number we've got is six four seven, … is that still
        // right⏎caller: no it's changed, it's two oh four, 508, …`) is its correction, unless some other number is named.
        const alternative = last !== undefined && (OR_BETWEEN.test(text.slice(last.end, m.index)) || (m.index - last.end <= NEXT_TURN && !OTHER_WORDS.test(text, last.end, m.index)))
        // Or a phone word right after it (`it's oh eight two, four two four, …, that's my mobile`), or in a voicemail's
        // transcript, where a number read out word by word is the caller's (`It's five zero three… six one three…, bye.`);
        // unless a word before it names some other number (`the tracking code is two zero one …, call me if …`).
        // Or a national number of the configured regions read out from its trunk 0, ten digits or more (`it's oh seven four, nine three, …`).
        const trunk = trunkNational(digits, plans.lists)
        const namedAfter = (PHONE_WORDS.test(text, m.index + m[0].length, Math.min(text.length, m.index + m[0].length + 24)) || voicemailEnd(text) <= m.index || trunk) && !OTHER_WORDS.test(text, from, m.index)
        const again = () => saidAgainAmong(text, said, i) && !OTHER_WORDS.test(text, from, m.index)
        if (!alternative && !namedAfter && !PHONE_WORDS.test(text, from, m.index) && !TEXT_VERB.test(text.slice(from, m.index)) && !PHONE_SIGN.test(text.slice(from, m.index)) && !kinNamed(text, m.index) && !ownPhoneBefore(text, m.index) && !again()) continue
        if (!readOutValid(digits, plans) || (!alternative && !ownPhoneBefore(text, m.index) && otherNumberSaid(text, m.index))) continue
        found.push({ start: m.index, end: m.index + m[0].length, score: 0.85 })
      }
      if (PAUSED_DIGIT.test(text)) for (const matched of text.matchAll(PAUSED)) {
        const m = trimmed(text, matched)
        // Digits in one group at least: a run of words alone is read above.
        if (!m || !/\d/.test(m[0])) continue
        const digits = (m[0].charCodeAt(0) === 43 ? "+" : "") + spokenDigits(m[0])
        if (digits.replace("+", "").length < 7 || digits.length > 13) continue
        // In a voicemail; or, half said in words, with a phone named before it as above. Groups of digits alone are a
        // list, a sum or a date as often anywhere else (`orders 4471, 208 395`).
        const from = Math.max(0, m.index - 80)
        // Or right after the caller says it is their number (`mi número es el 55, 7380, 0527`, `a számom 06, 20, …`, `you can
        // get me on oh nine …`), in a voicemail's transcript or not: what follows such words is a phone's digits.
        const mine = ownPhoneBefore(text, m.index)
        const said = mine || (/\p{L}/u.test(m[0]) && (PHONE_WORDS.test(text, from, m.index) || PHONE_SIGN.test(text.slice(from, m.index))))
        if (!said && voicemailEnd(text) > m.index) continue
        // Groups of digits alone in a voicemail stand apart, as a number read out does (`… 0489, 92, 44, 80 …`, `from 0121,
        // 282 2438`), or follow a phone named since its header; in a sentence they are a list or a sum (`we need 120, 450,
        // 300, 250 boxes`).
        const wordBefore = /(\p{L}+)[ \t]$/u.exec(text.slice(Math.max(0, m.index - 12), m.index))?.[1]?.toLowerCase()
        const apart = (wordBefore === undefined || wordBefore === "from") && !/^[ \t]\p{L}/u.test(text.slice(m.index + m[0].length))
        const near = text.slice(from, m.index).replace(VOICEMAIL_ALL, " ")
        if (!said && !/\p{L}/u.test(m[0]) && !apart && !PHONE_WORDS.test(near, 0, near.length) && !PHONE_SIGN.test(near)) continue
        // A date's day and year after its month (`November 25, 2026, 10:30`).
        const word = WORD_BEFORE.exec(text.slice(Math.max(0, m.index - 16), m.index))
        if (word && MONTH_WORDS.has(word[1]!.toLowerCase())) continue
        // Or a day before its month: the last group is no number's (`from 8221 1950, 27 July 2026`).
        const next = WORD_AFTER.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 16))
        if (next && MONTH_WORDS.has(next[1]!.toLowerCase())) continue
        if (listed(m[0])) continue
        if (!readOutValid(digits, plans)) continue
        found.push({ start: m.index, end: m.index + m[0].length, score: 0.85 })
      }
      return found
    },
  })
}
