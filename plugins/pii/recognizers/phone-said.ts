import { defineRecognizer, type Candidate, type Recognizer } from "../../../core/index.ts"
import { DEFAULT_REGIONS, readOutValid, regionPlans, trunkNational } from "./phone-regions.ts"
import { OTHER_WORDS, PHONE_WORDS, SAID_NUMBER_WORDS } from "./phone-words.ts"
import { kinNamed } from "./phone-kin.ts"
import { correctedAfter, saidAgainAmong } from "./phone-corrected.ts"
import { otherChoiceAfter } from "./phone-siblings.ts"
import { ownPhoneBefore } from "./phone-mine.ts"
import { saidRuns, type SaidRun } from "./digit-words.ts"
import { endBeforeTime, endsAsrValue, PHONE_SIGN, voicemailEnd } from "./phone-spoken.ts"
import { otherNumberSaid } from "./phone-said-other.ts"

// The languages of the default regions (digit-words.ts's names).
const REGION_LANGUAGES = new Set(["de", "nl", "fr", "es", "ca", "gl", "cy", "it", "pt", "sv", "da", "no", "is", "fi", "et", "pl", "cs", "sk", "sl", "hr", "hu", "ro", "lt", "lv", "mt", "eu", "el", "bg"])
// "Plus" said before a number's digit words, in the covered languages, then a pause at most.
const PLUS_BEFORE = /(?<![\p{L}])(?:artı|plus|plusz|più|más|máis|mais|mai|plius|pluss|συν|плюс)[ \t]*,?[ \t]+$/iu

/**
 * A phone number said digit by digit in the caller's own language, as a voicemail's or a call's transcript writes it
 * (`moje číslo je nula deväť nula sedem tri nula šesť osem nula sedem`, `nire zenbakia bederatzi lau bost, zero bost`):
 * seven to fifteen digit words of one language in a row, with the caller's "my number is", a phone word, a phone's sign
 * or a relative named in the 80 units before (or a voicemail's transcript, or a speech-to-text result's value, or the said phone it
 * corrects right before it: phone-corrected.ts, or whose other choice it is: `… oder in der Arbeit null eins, …`), and a number valid in the configured
 * regions, or in any plan when they read none. English digit words are phone-spoken's.
 */
export function createSaidPhoneRecognizer(regions: readonly string[] = DEFAULT_REGIONS): Recognizer {
  const plans = regionPlans(regions)
  return defineRecognizer({
    type: "PHONE",
    name: "phone-said",
    score: 0.75,
    find(text) {
      const found: Candidate[] = []
      // The digits of the phones found so far: a run saying them again is the same phone, read back (`Cliente: sześćset dwa,
      // trzysta …⏎Konsultant: Sześć zero dwa, trzy cztery pięć, …`).
      const foundDigits = new Set<string>()
      const runs = saidRuns(text)
      runs.forEach((said, i) => {
        // A short last group a time or a unit follows (`… sieben, 5 Uhr passt`, `… sechs sieben, zwölf Uhr`) is that, not the number's end.
        const end = endBeforeTime(text, said.start, said.end)
        const whole = end !== said.end ? { ...said, end, digits: said.digits.slice(0, said.digits.length - (text.slice(end, said.end).match(/\d/g)?.length ?? 0)) } : UNIT_NEXT.test(text.slice(said.end, said.end + 16)) ? withoutLastGroup(text, said) : said
        if (!whole) return
        const run = withoutHourFirst(text, whole)
        if (run.digits.length < 7 || run.digits.length > 15) return
        const from = Math.max(0, run.start - 80)
        // A correction of the phone just found or its other choice, the caller's own number.
        const chained = correctedAfter(text, found.at(-1), run.start) || otherChoiceAfter(text, found.at(-1), run.start)
        const own = ownPhoneBefore(text, run.start)
        // Said after "plus" in the same language (`artı, dokuz sıfır …`, `plus trois trois …`): the country's code follows.
        const plus = PLUS_BEFORE.exec(text.slice(Math.max(0, run.start - 12), run.start))
        // A phone word right after the run names it too, where the verb ends the sentence (`… numarasından geri arayın`).
        const named = own || chained || PHONE_WORDS.test(text, from, run.start) || PHONE_SIGN.test(text.slice(from, run.start)) || kinNamed(text, plus !== null ? run.start - plus[0].length : run.start) || voicemailEnd(text) <= run.start || endsAsrValue(text, run.start, run.end, run.digits) || PHONE_WORDS.test(text, run.end, Math.min(text.length, run.end + 24)) || SAID_NUMBER_WORDS.test(text, from, run.start) || SAID_NUMBER_WORDS.test(text, run.end, Math.min(text.length, run.end + 24))
        // Or a national number of the configured regions read out from its trunk 0, ten digits or more in six words or more
        // of a default region's language, nothing naming some other number before it (`se on nolla neljä neljä, kolme
        // kahdeksan kuusi, …`): a caller's phone. Not in the other languages, whose callers' numbers no default region reads.
        // Or said again nearly alike after a correction, or so said again after it (saidAgainCorrected).
        const again = () => (foundDigits.has(run.digits) || saidAgainAmong(text, runs, i)) && !OTHER_WORDS.test(text, from, run.start)
        // A word naming some other number right before it names it, as before digits (phone-said-other.ts).
        if (named && !own && !chained && otherNumberSaid(text, run.start)) return
        if (!named && !(run.words >= 6 && REGION_LANGUAGES.has(run.lang) && !OTHER_WORDS.test(text, from, run.start) && trunkNational(run.digits, plans.lists)) && !again()) return
        if (plus !== null ? !readOutValid(`+${run.digits}`, plans) : !readOutValid(run.digits, plans)) return
        found.push({ start: plus !== null ? run.start - plus[0].length : run.start, end: run.end, score: 0.85 })
        foundDigits.add(run.digits)
      })
      return found
    },
  })
}

// A time, an age, a sum or a count right after a run (`… zwölf Uhr`, `… once euros`, `… ventitré anni`, `… sto korun`,
// `… neunundachtzig Stück`): its last group says it, in words as in digits.
const UNIT_NEXT = /^[ \t]*(?:uhr|heures?|horas?|ore|uur|timer?|tímar?|óra|hodin[ay]?|godzin[ay]?|minut\p{L}*|min\b|stunden?|hours?|anni|anos|años|ans|jahre?n?|år|vuotta|éves|let|lat|godina|ετών|years?|euros?|eur\b|€|lei|kr\b|kron\p{L}*|zł|złotych|korun|forint|ft\b|dollars?|pounds?|stück|stk|cajas|pezzi|peças|kusů|sztuk|kpl|darab|points?|people|personen|personas|persone|pessoas)(?![\p{L}\p{M}])/iu

/** The run without its last group, read again (`… sechs sieben, zwölf` → `… sechs sieben`), or undefined if none is left. */
function withoutLastGroup(text: string, run: SaidRun): SaidRun | undefined {
  const written = text.slice(run.start, run.end)
  const cut = Math.max(written.lastIndexOf(","), written.lastIndexOf("..."), written.lastIndexOf("…"))
  const shorter = saidRuns(written.slice(0, cut > 0 ? cut : written.lastIndexOf(" ")), 1)[0]
  return shorter && shorter.start === 0 ? { ...shorter, start: run.start, end: run.start + shorter.end } : undefined
}

// An hour said right before a number after "at" in the caller's language (`a las once, seis uno dos, …`, `alle dieci, …`):
// its group is the time's. One word from 1 to 24, then a pause, then the rest read as a number of its own.
const AT_HOUR = /(?:^|[^\p{L}])(?:a las|a la|alle|às|um|om|kl|klo|kello|o godzinie)\.?[ \t]+$/iu
const PAUSE = /,[ \t]+|[ \t]?(?:\.{3}|…)[ \t]*/
function withoutHourFirst(text: string, run: SaidRun): SaidRun {
  if (!AT_HOUR.test(text.slice(Math.max(0, run.start - 16), run.start))) return run
  const written = text.slice(run.start, run.end)
  const pause = PAUSE.exec(written)
  if (pause === null || /[ \t]/.test(written.slice(0, pause.index))) return run
  const at = run.start + pause.index + pause[0].length
  const rest = saidRuns(text.slice(at, run.end), 1)[0]
  const hour = Number(run.digits.slice(0, run.digits.length - (rest?.digits.length ?? run.digits.length)))
  if (!rest || rest.start !== 0 || at + rest.end !== run.end || !run.digits.endsWith(rest.digits) || !(hour >= 1 && hour <= 24)) return run
  return { ...rest, start: at, end: run.end }
}
