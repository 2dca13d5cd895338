import { describe, expect, test } from "./runner.ts"
import { CxedgeError, resolveOverlaps, type Finding, type Recognizer } from "../core/index.ts"

/** A text and the spans (`[start, end]`, UTF-16 indices) the recognizer must report in it. */
export interface RecognizerPositive {
  text: string
  spans: Array<readonly [number, number]>
}

/**
 * A positive whose spans are where `values` stand in `text`, each found after the one before: no offsets counted by
 * hand. A value not in the text is a mistake in the test, and throws.
 *
 * @example
 * positive("account ACME-12345674 closed", "ACME-12345674") // { text, spans: [[8, 21]] }
 */
export function positive(text: string, ...values: string[]): RecognizerPositive {
  let from = 0
  const spans = values.map((value, k) => {
    const start = text.indexOf(value, from)
    if (start < 0) throw new Error(`test setup: value ${k} is not in the text`)
    from = start + value.length
    return [start, start + value.length] as const
  })
  return { text, spans }
}

export interface RecognizerCases {
  positives: RecognizerPositive[]
  /** Texts in which the recognizer must report nothing at or above `minScore`. */
  negatives: string[]
  /** The lowest score that counts as reported. Default 0.5, the analyzer's default. */
  minScore?: number
}

// Astral characters, a ZWJ sequence and a flag before a span: a recognizer that counts code points is off by several.
const EMOJI = "👩‍👩‍👧 🇩🇪 😀 "
const FINDING_KEYS = ["end", "recognizer", "score", "start", "type"]

const reported = (r: Recognizer, text: string, minScore: number) => resolveOverlaps(r.recognize(text).filter((f) => f.score >= minScore))
const spansOf = (findings: Finding[]) => findings.map((f) => [f.start, f.end] as const)

/**
 * The suite every recognizer passes, built-in or third-party: its names and
 * score, its positive and negative examples, offsets in UTF-16 code units
 * (checked again after emoji), determinism, findings that carry offsets but
 * never the value, and refusals that do not quote what they were given.
 *
 * @example
 * testRecognizer(acmeAccount, {
 *   positives: [{ text: "account ACME-12345674 closed", spans: [[8, 21]] }],
 *   negatives: ["ACME-12345670 (wrong check digit)"],
 * })
 */
export function testRecognizer(recognizer: Recognizer, cases: RecognizerCases): void {
  const minScore = cases.minScore ?? 0.5
  describe(`recognizer ${recognizer.name} (contract)`, () => {
    test("has an upper snake case type, a kebab-case name, a score from 0 to 1 and examples", () => {
      expect(recognizer.type).toMatch(/^[A-Z][A-Z0-9_]*$/)
      expect(recognizer.name).toMatch(/^[a-z][a-z0-9-]*$/)
      expect(recognizer.score).toBeGreaterThanOrEqual(0)
      expect(recognizer.score).toBeLessThanOrEqual(1)
      expect(cases.positives.length).toBeGreaterThan(0)
      expect(cases.negatives.length).toBeGreaterThan(0)
    })

    // One test per example, named by its index: a test name must not quote a value either.
    cases.positives.forEach((p, i) => {
      test(`positive ${i}: reports exactly its spans`, () => {
        expect(spansOf(reported(recognizer, p.text, minScore))).toEqual(p.spans.map(([s, e]) => [s, e] as const))
      })
    })

    cases.negatives.forEach((text, i) => {
      test(`negative ${i}: reports nothing`, () => {
        expect(spansOf(reported(recognizer, text, minScore))).toEqual([])
      })
    })

    test("offsets are UTF-16 indices into the original text, also after emoji", () => {
      for (const p of cases.positives) {
        const shifted = reported(recognizer, EMOJI + p.text + " " + EMOJI, minScore)
        expect(spansOf(shifted)).toEqual(p.spans.map(([s, e]) => [s + EMOJI.length, e + EMOJI.length] as const))
      }
    })

    test("findings are well formed: type, in bounds, scored, in text order", () => {
      for (const p of cases.positives) {
        const found = recognizer.recognize(p.text)
        for (const f of found) {
          expect(f.type).toBe(recognizer.type)
          expect(f.recognizer).toBe(recognizer.name)
          expect(f.start).toBeGreaterThanOrEqual(0)
          expect(f.end).toBeGreaterThan(f.start)
          expect(f.end).toBeLessThanOrEqual(p.text.length)
          expect(f.score).toBeGreaterThanOrEqual(0)
          expect(f.score).toBeLessThanOrEqual(1)
        }
        expect(found.map((f) => f.start)).toEqual([...found].map((f) => f.start).sort((a, b) => a - b))
      }
    })

    test("is deterministic: the same text gives the same findings, and overlaps resolve the same in any order", () => {
      for (const p of [...cases.positives.map((x) => x.text), ...cases.negatives]) {
        const once = recognizer.recognize(p)
        expect(recognizer.recognize(p)).toEqual(once)
        expect(resolveOverlaps([...once].reverse())).toEqual(resolveOverlaps(once))
      }
    })

    test("findings carry offsets, never the value", () => {
      for (const p of cases.positives) {
        for (const f of recognizer.recognize(p.text)) {
          expect(Object.keys(f).sort()).toEqual(FINDING_KEYS)
          const value = p.text.slice(f.start, f.end)
          if (value.length >= 4) expect(JSON.stringify(f)).not.toContain(value)
        }
      }
    })

    refusalCheck(recognizer, cases)
    timingCheck(recognizer, cases)
  })
}

// A linear recognizer reads these in well under a millisecond; the bounds leave room for a slow machine, not for a
// pattern whose time doubles with each character.
const ALMOST_MS = 250
const LONG_MS = 1000

/**
 * Texts that almost match, for each of the first positives' values: the value cut before one of its characters (or
 * pairs of characters), that part repeated `n` times and a control character no pattern expects after it. A pattern
 * that can split the run among its repetitions in many ways (`(\w+\s?)+`, `(\d|\w)+`) tries them all.
 */
function almostMatches(cases: RecognizerCases): Array<(n: number) => string> {
  const values = cases.positives.slice(0, 3).flatMap((p) => p.spans.slice(0, 2).map(([s, e]) => p.text.slice(s, e)))
  const pumps = new Map<string, (n: number) => string>()
  for (const value of values) {
    for (let k = 0; k < value.length && pumps.size < 48; k++) {
      for (const part of [value.slice(k, k + 1), value.slice(k, k + 2)]) {
        const prefix = value.slice(0, k)
        pumps.set(`${prefix}\u0000${part}`, (n) => prefix + part.repeat(n) + "\u0001")
      }
    }
  }
  return [...pumps.values()]
}

/** 5,000 characters of word characters, digits and spaces, each shape a backtracking pattern may stumble over. */
const LONG_TEXTS = ["ab1 ".repeat(1250), "a".repeat(5000), "1".repeat(5000), "a ".repeat(2500), "1 ".repeat(2500), "Ab-12 x_9. ".repeat(455)]

function timed(recognizer: Recognizer, text: string): number {
  const start = performance.now()
  recognizer.recognize(text)
  return performance.now() - start
}

/** A recognizer whose time grows with a text faster than the text does is refused: a long note would stall a job. */
function timingCheck(recognizer: Recognizer, cases: RecognizerCases): void {
  test("stays fast on texts that almost match and on long texts", () => {
    for (const pump of almostMatches(cases)) {
      for (let n = 8; n <= 64; n += 2) {
        const text = pump(n)
        const ms = timed(recognizer, text)
        if (ms > ALMOST_MS) throw new Error(`recognizer ${recognizer.name} took ${Math.round(ms)} ms on a ${text.length}-character text that almost matches one of its positives: its pattern backtracks catastrophically (a repeated group holding repeated parts, or alternatives that overlap): repeat one character class instead, or find the candidates with a find function`)
      }
    }
    for (const text of LONG_TEXTS) {
      const ms = timed(recognizer, text)
      if (ms > LONG_MS) throw new Error(`recognizer ${recognizer.name} took ${Math.round(ms)} ms on a ${text.length}-character text of words, digits and spaces: its time grows faster than the text: make it linear (no nested or adjacent repetition of the same characters)`)
    }
  })
}

/** A non-string (an object or array holding the text, the value's digits as a number) is refused, and the message quotes none of it. */
function refusalCheck(recognizer: Recognizer, cases: RecognizerCases): void {
  test("refuses what is not a string without quoting it", () => {
    const sample = cases.positives[0]!
    const value = sample.text.slice(sample.spans[0]![0], sample.spans[0]![1])
    for (const wrong of [{ note: sample.text }, [sample.text], Number(value.replace(/\D/g, "").slice(0, 15)) || 4111]) {
      let error: unknown
      try {
        recognizer.recognize(wrong as unknown as string)
      } catch (e) {
        error = e
      }
      expect(error).toBeInstanceOf(CxedgeError)
      expect((error as Error).message).not.toContain(value)
      if (typeof wrong === "number") expect((error as Error).message).not.toContain(String(wrong))
    }
  })
}
