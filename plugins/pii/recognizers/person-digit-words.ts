import { saidRuns } from "./digit-words.ts"

/** English digit words as speech-to-text writes a number read out (`oh seven double four`): saidRuns leaves them to phone-spoken. */
export const DIGIT_WORDS = new Set(["zero", "oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "double", "triple"])

/**
 * Whether `text.slice(start, end)` is digit words only, in one language (`Nine Five Nine Six`, `Sept Quatre Neuf Zéro`):
 * a number said aloud and written title-cased or in capitals, which a phone's veto left for the names to read.
 */
export function saidAloud(text: string, start: number, end: number): boolean {
  const span = text.slice(start, end)
  if (span.split(/[ \t]+/).every((w) => DIGIT_WORDS.has(w.toLowerCase()))) return true
  const run = saidRuns(span, 2)[0]
  return run !== undefined && run.start === 0 && run.end === span.length
}

/** Whether a number said in words opens at `at`, two digit words or more of one language (`seis uno dos …`, `two one …`). */
export function saysNumberAt(text: string, at: number): boolean {
  const words = text.slice(at, at + 40).split(/[ \t,]+/, 2).map((w) => w.toLowerCase())
  if (words.length === 2 && words.every((w) => DIGIT_WORDS.has(w))) return true
  const run = saidRuns(text.slice(at, at + 80), 2)[0]
  return run !== undefined && run.start === 0
}
