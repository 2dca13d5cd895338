import { ConfigError, errorKind } from "./errors.ts"
import { unsafeRegexReason } from "./regex-safety.ts"
import { tokensInto } from "./words.ts"

// What a recognizer author writes (RecognizerSpec), checked once by defineRecognizer (core/recognizer.ts), and the guard
// around the author's own code when it runs.

/**
 * One piece of personal data found in a text: its type, where it is (UTF-16
 * code unit indices into the original string, `end` exclusive, so
 * `text.slice(start, end)` is the value), how sure the recognizer is (0..1)
 * and which recognizer found it. A finding never carries the matched text:
 * whatever logs or reports it cannot quote the value.
 */
export interface Finding {
  type: string
  start: number
  end: number
  score: number
  recognizer: string
}

/** A candidate span a `find` function returns; `score` overrides the recognizer's base score. */
export interface Candidate {
  start: number
  end: number
  score?: number
}

/** Words that raise a candidate's score when one appears within `window` characters before or after it. */
export interface RecognizerContext {
  words: string[]
  /** Characters looked at on each side of the candidate. Default 40. */
  window?: number
  /** Added to the score (capped at 1). Default 0.35. */
  boost?: number
}

/** What a recognizer author writes: a type, a name, a base score and either a pattern or a find function. */
export interface RecognizerSpec {
  /** The entity type, upper snake case: `EMAIL`, `ACME_ACCOUNT`. */
  type: string
  /** Unique among the recognizers of an analyzer, kebab-case: `acme-account`. */
  name: string
  /** The base score of a candidate, 0..1. */
  score: number
  /** A global (`g`) regular expression; each match (or its `value` named group) is a candidate. */
  pattern?: RegExp
  /** Candidates found by code, for what a pattern cannot say alone. */
  find?(text: string): Iterable<Candidate>
  context?: RecognizerContext
  /**
   * A quick test a text must pass for the recognizer to run at all, without `g` or `y` (`/\d/` for numbers, `/@/`
   * for addresses): most texts in a contact center hold no digits, and then need no number recognizer.
   */
  requires?: RegExp
  /**
   * Checks the candidate's text (a checksum, a range): `false` drops it, `true` keeps it,
   * a number replaces its score. It receives the value; it must never put it in an error.
   */
  validate?(match: string): boolean | number
}

/** A recognizer ready to run: `recognize(text)` returns its findings, unresolved, in text order. */
export interface Recognizer extends Readonly<RecognizerSpec> {
  recognize(text: string): Finding[]
}

export const fail = (message: string) => new ConfigError("pii", message)

const shown = (value: unknown) => JSON.stringify(String(value).slice(0, 40))
export const isScore = (n: unknown): n is number => typeof n === "number" && n >= 0 && n <= 1

export function checkSpec(spec: RecognizerSpec): void {
  const named = typeof spec.name === "string" && spec.name ? ` ${shown(spec.name)}` : ""
  if (!/^[A-Z][A-Z0-9_]*$/.test(typeof spec.type === "string" ? spec.type : "")) {
    const meant = typeof spec.type === "string" ? spec.type.trim().toUpperCase().replace(/[^A-Z0-9]+/g, "_") : ""
    throw fail(`recognizer${named}: type ${spec.type === undefined ? "is missing" : shown(spec.type)}: a type is upper snake case (EMAIL, ACME_ACCOUNT)${/^[A-Z][A-Z0-9_]*$/.test(meant) ? ` (did you mean "${meant}"?)` : ""}: rename it`)
  }
  if (!/^[a-z][a-z0-9-]*$/.test(spec.name ?? "")) throw fail(`recognizer of type ${spec.type}: name must be kebab-case (acme-account): rename it`)
  if (!isScore(spec.score)) throw fail(`recognizer ${spec.name}: score must be a number from 0 to 1`)
  if (!spec.pattern === !spec.find) throw fail(`recognizer ${spec.name}: give exactly one of pattern or find`)
  if (spec.pattern !== undefined && !(spec.pattern instanceof RegExp)) throw fail(`recognizer ${spec.name}: pattern must be a regular expression with the g flag (/.../g), not ${typeof spec.pattern}`)
  if (spec.pattern && !spec.pattern.global) throw fail(`recognizer ${spec.name}: pattern must have the g flag, or only the first match is found`)
  // Sticky (y) matches only where the last match ended: a value after any other word is never found.
  if (spec.pattern?.sticky) throw fail(`recognizer ${spec.name}: pattern must not have the y (sticky) flag, or only matches that follow one another from the start are found: drop the y`)
  for (const [key, re] of [["pattern", spec.pattern], ["requires", spec.requires]] as const) {
    const unsafe = re instanceof RegExp ? unsafeRegexReason(re.source) : undefined
    if (unsafe) throw fail(`recognizer ${spec.name}: ${key} can take exponential time on a text that almost matches (${unsafe}): repeat one character class rather than a group of repeated parts ([\\w\\s]+ for (\\w+\\s?)+), or find the candidates with a find function`)
  }
  for (const key of ["find", "validate"] as const) {
    if (spec[key] !== undefined && typeof spec[key] !== "function") throw fail(`recognizer ${spec.name}: ${key} must be a function, not ${typeof spec[key]}`)
  }
  checkContext(spec)
  if (spec.requires !== undefined && !(spec.requires instanceof RegExp && !spec.requires.global && !spec.requires.sticky)) throw fail(`recognizer ${spec.name}: requires must be a regular expression without the g or y flag`)
}

function checkContext(spec: RecognizerSpec): void {
  const c = spec.context
  if (c && (!Array.isArray(c.words) || c.words.length === 0 || c.words.some((w) => typeof w !== "string" || !w.trim()))) {
    throw fail(`recognizer ${spec.name}: context.words must be a non-empty list of words`)
  }
  // Context is matched word by word, punctuation ignored: "#" or "№" is no word, and never raised a score.
  const noWord = c?.words.findIndex((w) => tokensInto([], w, 0, w.length).length === 0) ?? -1
  if (noWord >= 0) throw fail(`recognizer ${spec.name}: context.words[${noWord}] holds no letter or digit, and context is matched by words with punctuation ignored, so it would never raise a score: give a word ("number", "no") or drop it`)
  // A negative or fractional window read no words, or sliced from the wrong end; NaN none at all.
  if (c?.window !== undefined && !(Number.isInteger(c.window) && c.window >= 1 && c.window <= 1000)) throw fail(`recognizer ${spec.name}: context.window must be a whole number of characters from 1 to 1000 (default 40)`)
  if (c?.boost !== undefined && !(isScore(c.boost) && c.boost > 0)) throw fail(`recognizer ${spec.name}: context.boost must be a number above 0 and at most 1 (default 0.35)`)
}

/**
 * Runs a recognizer's own code; its failure is reported by the recognizer's name and the error's kind only:
 * the message of an error thrown over the text may quote it (`bad value 4111...`), and this one is printed and logged.
 */
export function guarded<T>(name: string, part: string, run: () => T): T {
  try {
    return run()
  } catch (error) {
    throw fail(`recognizer ${name} failed in its ${part} function (${errorKind(error)}; its message is not shown, it may quote the text): fix the recognizer`)
  }
}
