import { isWordUnit, wordMap } from "../../../core/words.ts"
import { DOUBLE, GROUP_OPENERS, HUNDRED_AFTER, hundredWord, JOINERS, wordPair, type PairLanguage } from "./digit-pairs.ts"
import { DIGITS } from "./digit-names.ts"

const LANGS = Object.keys(DIGITS)

/** Each word's languages (a bit each) and its digit in each. */
const WORDS = wordMap(entries())
// A bit per language: more languages than a 32-bit number holds.
function entries(): [string, { langs: bigint; digit: Map<number, string> }][] {
  const byWord = new Map<string, { langs: bigint; digit: Map<number, string> }>()
  LANGS.forEach((lang, bit) => {
    DIGITS[lang]!.forEach((forms, digit) => {
      for (const word of forms.split("|")) {
        const entry = byWord.get(word) ?? { langs: 0n, digit: new Map<number, string>() }
        entry.langs |= 1n << BigInt(bit)
        entry.digit.set(bit, String(digit))
        byWord.set(word, entry)
      }
    })
  })
  return [...byWord]
}

/** A run of digit words said in one language: where it stands and the digits it says. */
export interface SaidRun {
  start: number
  end: number
  digits: string
  words: number
  /** The language whose words say it (the first, when several say it alike: `nula` is Czech, Slovak, Croatian …). */
  lang: string
}

// Between two digit words: a space, a comma, a dash or a pause (`nula deväť, nula sedem`, `ni to... åtte`), no line end. Not
// a dash set apart by spaces on both sides, which parts a number from its read-back (`… vier eins sieben – null drei …`).
const GAP = /^(?![ \t]+[–—][ \t]+$)[ \t]*(?:[,\-–]|\.{3}|…|\.)?[ \t]*$/
// Before a group of digits opening a run, and between it and the first word: a space, a comma or a pause only.
const LEAD_BEFORE = /[ \t(:]/
const LEAD_GAP = /^[ \t]*(?:,|\.{3}|…)?[ \t]*$/
// Apostrophes inside a word (`п'ять`, `toʻrt`): ', ’, ʼ, ʻ and ‘.
const APOSTROPHES = new Set([0x27, 0x2019, 0x2bc, 0x2bb, 0x2018])
const isWord = (text: string, i: number) => i < text.length && (isWordUnit(text, i, text.charCodeAt(i)) || (APOSTROPHES.has(text.charCodeAt(i)) && i > 0 && isWordUnit(text, i - 1, text.charCodeAt(i - 1)) && i + 1 < text.length && isWordUnit(text, i + 1, text.charCodeAt(i + 1))))
/** Where the word at `i` ends, and where the next word starts past spaces and tabs from `i`. */
const wordEndAt = (text: string, i: number) => {
  while (isWord(text, i)) i++
  return i
}
const pastBlanks = (text: string, i: number) => {
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++
  return i
}

/**
 * Digits written among a run's words, as speech-to-text mixes them: a single one (`nula devet... 2 jedan nula 8 3 osam`)
 * or a group of up to four said as a number (`seis cero uno, 72, siete uno`, `noll sju sex, 539, nio sju`).
 */
/** Five to ten digits, and no word or digit glued after them: a number's rest written after its first words were said. */
const isRestAt = (text: string, i: number, end: number): boolean => end - i >= 5 && end - i <= 10 && /^\d+$/.test(text.slice(i, end)) && !/^[.,]?\d/.test(text.slice(end, end + 2))
function isDigitAt(text: string, i: number, end: number): boolean {
  if (end - i > 4) return false
  for (let j = i; j < end; j++) if (text.charCodeAt(j) < 48 || text.charCodeAt(j) > 57) return false
  return end > i
}

// French says a phone number in pairs (`zéro six, cinquante-sept, trente-huit, quatre-vingt-dix-huit`), Belgian and Swiss
// French with septante, huitante and nonante: a number from 10 to 99 in words, its parts joined by hyphens, `et` or
// spaces, read as its two digits.
const FR_TEENS = "dix-sept|dix-huit|dix-neuf|dix|onze|douze|treize|quatorze|quinze|seize"
const FR_PAIR = new RegExp(`(?:(vingt|trente|quarante|cinquante|soixante|septante|huitante|octante|nonante|quatre-vingts?)(?:(?:-et-|[ -]et[ -]|-| )(${FR_TEENS}|un|deux|trois|quatre|cinq|six|sept|huit|neuf))?|(${FR_TEENS}))(?![\\p{L}'’-])`, "iuy")
const FR_VALUES: Record<string, number> = {
  un: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15,
  seize: 16, "dix-sept": 17, "dix-huit": 18, "dix-neuf": 19, vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60, "quatre-vingt": 80, "quatre-vingts": 80,
  septante: 70, huitante: 80, octante: 80, nonante: 90,
}
const FR = 1n << BigInt(LANGS.indexOf("fr"))

// The first words of FR_PAIR: most words of a text are ruled out by a look-up before the expression runs.
const FR_OPENERS = wordMap(["vingt", "vingts", "trente", "quarante", "cinquante", "soixante", "septante", "huitante", "octante", "nonante", "quatre", "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize"].map((w) => [w, true] as const))

/** A French number from 10 to 99 in words at `i` (FR_PAIR), its first word ending at `wordEnd`: where it ends and its two digits. */
function frenchPair(text: string, i: number, wordEnd: number): { end: number; digits: string; langs: bigint } | undefined {
  if (wordEnd - i > 9 || !FR_OPENERS.getRange(text, i, wordEnd)) return undefined
  FR_PAIR.lastIndex = i
  const m = FR_PAIR.exec(text)
  if (!m) return undefined
  const tens = m[1]?.toLowerCase()
  const rest = (m[2] ?? m[3])?.toLowerCase()
  const value = (tens ? FR_VALUES[tens]! : 0) + (rest ? FR_VALUES[rest]! : 0)
  // Twenty to fifty take a unit after them, never a teen (`vingt-douze` is no number): no pair then. Sixty and eighty
  // take either (`soixante-dix-neuf`, `quatre-vingt-dix-huit`), 99 at most.
  if (tens && rest && FR_VALUES[rest]! >= 10 && tens !== "soixante" && !tens.startsWith("quatre")) return undefined
  return { end: i + m[0].length, digits: String(value), langs: FR }
}

const bitOf = (lang: string) => 1n << BigInt(LANGS.indexOf(lang))
const bitsOf = (langs: readonly string[]) => langs.reduce((b, l) => b | bitOf(l), 0n)
const PAIR_JOINED = (Object.keys(JOINERS) as PairLanguage[]).map((lang) => [lang, bitOf(lang), JOINERS[lang]!] as const)
/**
 * A pair said as one word at `i` (digit-pairs.ts): its end, digits and languages; a round ten with a digit word joined
 * after it (`treinta y tres`, `dwadzieścia trzy`) is one pair. A word that is also a digit of another language (`tres`,
 * Spanish 3, Danish 60) is the pair only inside a run of the pair's language.
 */
function wordPairAt(text: string, i: number, end: number, langs: bigint | undefined): { end: number; digits: string; langs: bigint } | undefined {
  const pair = wordPair(text, i, end)
  if (!pair) return undefined
  const bits = bitsOf(pair.langs)
  if (WORDS.getRange(text, i, end) && (langs === undefined || (langs & bits) === 0n)) return undefined
  return (pair.digits.endsWith("0") && joinedUnit(text, end, pair.digits, langs === undefined ? bits : bits & langs)) || { end, digits: pair.digits, langs: bits }
}

/** A digit word from one to nine joined after a round ten (JOINERS) in one of `bits`' languages: the pair they say. */
function joinedUnit(text: string, from: number, tens: string, bits: bigint): { end: number; digits: string; langs: bigint } | undefined {
  for (const [lang, bit, joiner] of PAIR_JOINED) {
    if ((bits & bit) === 0n) continue
    joiner.lastIndex = from
    if (!joiner.test(text)) continue
    const start = joiner.lastIndex
    const end = wordEndAt(text, start)
    const entry = end > start && end - start <= 12 ? WORDS.getRange(text, start, end) : undefined
    const digit = entry && (entry.langs & bit) !== 0n && !(hundredsNext(text, end) & bit) ? entry.digit.get(LANGS.indexOf(lang))! : undefined
    if (digit !== undefined && digit !== "0") return { end, digits: tens[0] + digit, langs: bit }
  }
  return undefined
}

/** "Double" at `i` (DOUBLE, its word ending at `end`) and the digit word after it, in `langs` if a run is open: both, as one pair. */
function doubledAt(text: string, i: number, end: number, langs: bigint | undefined): { end: number; digits: string; langs: bigint } | undefined {
  if (!DOUBLE.getRange(text, i, end)) return undefined
  const start = pastBlanks(text, end)
  const after = wordEndAt(text, start)
  const entry = start > end && after > start && after - start <= 12 ? WORDS.getRange(text, start, after) : undefined
  const shared = entry && langs !== undefined ? entry.langs & langs : entry?.langs
  if (!entry || !shared) return undefined
  const digit = entry.digit.get(lowestBit(shared))!
  return { end: after, digits: digit + digit, langs: shared }
}

/** A pair said at `i`, French (`onze`, `quatre-vingt-dix`) or another language's: a word several say alike is each one's. */
function pairAt(text: string, i: number, end: number, langs: bigint | undefined): { end: number; digits: string; langs: bigint } | undefined {
  const french = frenchPair(text, i, end)
  const other = wordPairAt(text, i, end, langs)
  if (french && other && french.end === other.end && french.digits === other.digits) return { ...other, langs: other.langs | french.langs }
  return french ?? other
}

const [CS, STO, IBERIAN] = [bitOf("cs"), bitOf("sk") | bitOf("sl") | bitOf("hr"), bitOf("es") | bitOf("pt") | bitOf("gl")]
// Portuguese and Galician join hundreds to their tens with `e` (`novecentos e doze`).
const AND = /[ \t]+e[ \t]+/y
/** The languages whose word for hundreds follows `at` (0n: none), opening the next hundreds; HUNDRED_AFTER's lastIndex ends it. */
const hundredsNext = (text: string, at: number): bigint => ((HUNDRED_AFTER.lastIndex = at), HUNDRED_AFTER.exec(text)?.[1] !== undefined ? CS : HUNDRED_AFTER.lastIndex > at ? STO : 0n)
/**
 * Hundreds at `i` (digit-pairs.ts: `trzysta`, Czech `sedm set`, Slovak `sedem sto`), then the tens and units said after them past a space
 * (a pair, or a digit word: `sedm set třicet pět` 735, `tři sta osm` 308): one group of three digits.
 */
function hundredAt(text: string, i: number, end: number, langs: bigint | undefined): { end: number; digits: string; langs: bigint } | undefined {
  const word = hundredWord(text, i, end)
  const entry = word ? undefined : end - i <= 12 ? WORDS.getRange(text, i, end) : undefined
  const said = entry !== undefined ? entry.langs & hundredsNext(text, end) : 0n // lastIndex: where `set` or `sto` ends
  const digit = word ? word.digits : said ? entry!.digit.get(lowestBit(said)) : undefined
  let bits = word ? bitsOf(word.langs) : said
  // Spanish, Portuguese and Galician hundreds are a group of a number only whole: alone they are a price's or a count's
  // (`… seis siete ocho, cien por cien`, `quinientos metros`).
  const iberian = word !== undefined && (bits & ~IBERIAN) === 0n
  if (digit === undefined || digit === "0" || (langs !== undefined && (langs & bits) === 0n)) return undefined
  if (langs !== undefined) bits &= langs
  const after = said ? HUNDRED_AFTER.lastIndex : end
  const start = pastBlanks(text, iberian && ((AND.lastIndex = after), AND.test(text)) ? AND.lastIndex : after)
  const wordEnd = wordEndAt(text, start)
  if (start === after || wordEnd === start) return iberian ? undefined : { end: after, digits: `${digit}00`, langs: bits }
  const pair = pairAt(text, start, wordEnd, bits)
  if (pair && (pair.langs & bits) !== 0n) return { end: pair.end, digits: digit + pair.digits, langs: pair.langs & bits }
  const unit = wordEnd - start <= 12 && !(hundredsNext(text, wordEnd) & bits) ? WORDS.getRange(text, start, wordEnd) : undefined
  const shared = unit ? unit.langs & bits : 0n
  const d = shared ? unit!.digit.get(lowestBit(shared))! : "0"
  return d !== "0" ? { end: wordEnd, digits: `${digit}0${d}`, langs: shared } : iberian ? undefined : { end: after, digits: `${digit}00`, langs: bits }
}

/** Two or three digits said as one number at `i`: a pair, a digit said twice, or hundreds (most words open none: GROUP_OPENERS). */
const groupAt = (text: string, i: number, end: number, langs: bigint | undefined) => (GROUP_OPENERS.hasRange(text, i, end) || FR_OPENERS.getRange(text, i, end) || hundredsNext(text, end) !== 0n ? (pairAt(text, i, end, langs) ?? doubledAt(text, i, end, langs) ?? hundredAt(text, i, end, langs)) : undefined)
/** The lowest bit set in `x` (x > 0). */
function lowestBit(x: bigint): number {
  let bit = 0
  while (((x >> BigInt(bit)) & 1n) === 0n) bit++
  return bit
}

/**
 * Every run of `min` digit words or more of one language, in order (`nula deväť nula sedem tri nula šesť osem`), with
 * digits among them after its first word (isDigitAt) or a group of up to four opening it (`604 osiem dwa …`); `words`
 * counts the words only, a pair said as one word (`cinquante-sept`, `syvogtyve`) as two.
 */
export function saidRuns(text: string, min = 4): readonly SaidRun[] {
  // The recognizers of one analysis ask in turn for the same text's runs (the said phone's and the said card's): kept.
  if (text === lastText && min === lastMin) return lastRuns
  const out = readRuns(text, min)
  ;[lastText, lastMin, lastRuns] = [text, min, out]
  return out
}
let [lastText, lastMin, lastRuns]: [string | undefined, number, readonly SaidRun[]] = [undefined, 0, []]

function readRuns(text: string, min: number): SaidRun[] {
  const out: SaidRun[] = []
  // Each word's place, and the digits of a French pair (frenchPair), which no word list holds.
  let run: { start: number; end: number; langs: bigint; words: [number, number, string?][]; said: number } | undefined
  let lead: [number, number] | undefined
  const close = () => {
    // Round tens said as pairs, and nothing else, are a list of amounts (`tyve, tredive, fyrre, halvtreds stk.`).
    if (run && run.said >= min && !run.words.every(([, , pair]) => pair?.endsWith("0"))) {
      const bit = lowestBit(run.langs)
      const digits = run.words.map(([s, e, pair]) => pair ?? (isDigitAt(text, s, e) ? text.slice(s, e) : WORDS.getRange(text, s, e)!.digit.get(bit)!)).join("")
      out.push({ start: run.start, end: run.end, digits, words: run.said, lang: LANGS[bit]! })
    }
    run = undefined
  }
  for (let i = 0; i < text.length; ) {
    if (!isWord(text, i)) {
      i++
      continue
    }
    let end = i
    while (isWord(text, end)) end++
    // A pair in the open run's languages; or one of another language, which closes that run (`… to dvě stě …`).
    let pair = groupAt(text, i, end, run?.langs)
    if (!pair && run && (pair = groupAt(text, i, end, undefined))) close()
    if (pair && (!run || (run.langs & pair.langs) !== 0n) && (!run || GAP.test(text.slice(run.end, i)))) {
      // A pair or hundreds count as a word said for each digit (`tredive, 32, syvogtyve, tooghalvtreds`, `sedm set dva`).
      if (run) Object.assign(run, { langs: run.langs & pair.langs, end: pair.end, said: run.said + pair.digits.length }).words.push([i, pair.end, pair.digits])
      else run = { start: i, end: pair.end, langs: pair.langs, words: [[i, pair.end, pair.digits]], said: pair.digits.length }
      lead = undefined
      i = pair.end
      continue
    }
    const entry = end - i <= 12 ? WORDS.getRange(text, i, end) : undefined
    if (!entry && run && isDigitAt(text, i, end) && GAP.test(text.slice(run.end, i))) {
      run.end = end
      run.words.push([i, end])
    } else if (!entry && run && run.words.length >= 2 && run.said + end - i >= 9 && isRestAt(text, i, end) && GAP.test(text.slice(run.end, i))) {
      // The rest of the number in digits after its first two words or more, nine digits in all, as speech-to-text writes it
      // (`null vierzig, 64819102`; not one word, `sto 2137015261`, nor a postcode, `deux trois, 45678`): it ends the run.
      run.end = end
      run.words.push([i, end, text.slice(i, end)])
      run.said += end - i
      close()
      i = end
      continue
    } else if (!entry) {
      close()
      // A group of digits may open a number the words go on with (`604 osiem dwa …`, `627, uno siete, 62, …`).
      // The group stands alone (not a reference's last part: `VST-2618-619. 공 일 …`) and no sentence ends after it.
      lead = isDigitAt(text, i, end) && (i === 0 || LEAD_BEFORE.test(text[i - 1]!)) ? [i, end] : undefined
      i = end
      continue
    }
    else if (run && (run.langs & entry.langs) !== 0n && GAP.test(text.slice(run.end, i))) {
      run.langs &= entry.langs
      run.end = end
      run.words.push([i, end])
      run.said++
    } else {
      close()
      const opened = lead !== undefined && LEAD_GAP.test(text.slice(lead[1], i))
      run = { start: opened ? lead![0] : i, end, langs: entry.langs, words: opened ? [lead!, [i, end]] : [[i, end]], said: 1 }
    }
    lead = undefined
    i = end
  }
  close()
  return out
}

/** The digits a whole text says in one language's digit words (scrub's output check), or "" when it says none so. */
export function saidDigits(written: string): string {
  const runs = saidRuns(written.trim(), 1)
  return runs.length === 1 && runs[0]!.start === 0 && runs[0]!.end === written.trim().length ? runs[0]!.digits : ""
}
