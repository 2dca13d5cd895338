import { labelOf } from "./fields.ts"
import { ValidationError } from "./errors.ts"
import { checkSpec, fail, guarded, isScore, type Candidate, type Finding, type Recognizer, type RecognizerSpec } from "./recognizer-spec.ts"
import { kindOf } from "./normalize.ts"
import { equalsLower, isWordUnit, tokensInto, wordMap } from "./words.ts"

export { isAscii, phraseAlternation, wordMap, type WordMap } from "./words.ts"
export type { Candidate, Finding, Recognizer, RecognizerContext, RecognizerSpec } from "./recognizer-spec.ts"

/**
 * Every match of a global regular expression, as `matchAll` gives them, without the copy of the expression that
 * `matchAll` makes on each call (a measurable cost on short texts). The scan starts at `from` (where the caller knows
 * no match can start before), 0 by default; the expression's `lastIndex` is set to it.
 */
export function allMatches(re: RegExp, text: string, from = 0): RegExpExecArray[] {
  const out: RegExpExecArray[] = []
  re.lastIndex = from
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m)
    if (m[0] === "") re.lastIndex++
  }
  return out
}

/**
 * Each match's span, or its `value` group's, where the engine matched the group (the `d` flag's indices): searched for
 * in the match, "order 1234 for customer 1234" gave the order number. A `value` group that matched nothing is no candidate.
 */
function patternCandidates(re: RegExp, text: string): Candidate[] {
  const out: Candidate[] = []
  for (const m of allMatches(re, text)) {
    const value = m.indices?.groups?.value
    if (value) {
      if (value[1] > value[0]) out.push({ start: value[0], end: value[1] })
    } else if (m[0].length) out.push({ start: m.index, end: m.index + m[0].length })
  }
  return out
}

/** The recognizer's own copy of its pattern (the caller's keeps its lastIndex), with indices when it has a `value` group. */
function ownPattern(pattern: RegExp | undefined): RegExp | undefined {
  if (!pattern) return undefined
  // Indices cost on every match: only a pattern that names a `value` group asks for them.
  const hasValue = pattern.source.includes("(?<value>")
  return new RegExp(pattern.source, hasValue && !pattern.hasIndices ? `${pattern.flags}d` : pattern.flags)
}

/** Finds context words in a stretch of text. */
export interface ContextMatcher {
  /** Whether `text` (or `text.slice(from, to)`) holds one of the words or phrases. */
  test(text: string, from?: number, to?: number): boolean
  /** The same over two stretches read as one, a space between them: the words before and after a candidate. */
  testAround(text: string, before: number, start: number, end: number, after: number): boolean
}

const tokens = (text: string) => tokensInto([], text, 0, text.length)

/**
 * A test for any of the words or phrases as whole words, case-insensitive,
 * punctuation ignored (`ss#` is `ss`, `call back` also matches `call-back`).
 * A set lookup per word of the text: a regular expression with a long
 * alternation is many times slower on the short windows it is run on.
 */
export function contextMatcher(words: readonly string[]): ContextMatcher {
  const phrases = new Map<string, string[][]>()
  for (const w of words) {
    const t = tokens(w)
    if (t.length) phrases.set(t[0]!, [...(phrases.get(t[0]!) ?? []), t.slice(1)])
  }
  const firsts = wordMap(phrases)
  // The words of the stretches as [start, end) pairs, read in place; the first that opens a phrase is noted on the way:
  // most stretches hold none, and are then done with no copy and no second look, and the words before it are not
  // looked up again.
  let bounds = new Int32Array(64)
  let n = 0
  let opensAt = -1
  const wordAt = (text: string, i: number) => {
    const c = text.charCodeAt(i)
    return c < 128 ? (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) : isWordUnit(text, i, c)
  }
  const scan = (text: string, from: number, to: number) => {
    let start = -1
    for (let i = from; i <= to; i++) {
      if (i < to && wordAt(text, i)) {
        if (start < 0) start = i
      } else if (start >= 0) {
        if (n + 2 > bounds.length) {
          const grown = new Int32Array(bounds.length * 2)
          grown.set(bounds)
          bounds = grown
        }
        bounds[n++] = start
        bounds[n++] = i
        if (opensAt < 0 && firsts.getRange(text, start, i)) opensAt = n - 2
        start = -1
      }
    }
  }
  /** `from`, moved past the end of a word the stretch would start inside (`…terveisin` read from `sin`). */
  const wholeFrom = (text: string, from: number, to: number) => {
    if (from <= 0 || !wordAt(text, from - 1)) return from
    while (from < to && wordAt(text, from)) from++
    return from
  }
  // Whether a phrase's first word, then each of its other words, are words `k`, `k + 1`... of the stretches.
  const found = (text: string) => {
    for (let k = opensAt; k < n; k += 2) {
      const rests = firsts.getRange(text, bounds[k]!, bounds[k + 1]!)
      if (rests?.some((rest) => k + 2 * rest.length < n && rest.every((r, j) => equalsLower(r, text, bounds[k + 2 + 2 * j]!, bounds[k + 3 + 2 * j]!)))) return true
    }
    return false
  }
  return {
    test(text, from = 0, to = text.length) {
      n = 0
      opensAt = -1
      scan(text, wholeFrom(text, from, to), to)
      return opensAt >= 0 && found(text)
    },
    testAround(text, before, start, end, after) {
      n = 0
      opensAt = -1
      scan(text, wholeFrom(text, before, start), start)
      scan(text, end, after)
      return opensAt >= 0 && found(text)
    },
  }
}

/**
 * Typed identity plus checks: the spec checked once (names, score range,
 * exactly one of `pattern` or `find`), and a `recognize(text)` that runs the
 * candidates through `validate` and the context boost.
 *
 * @example
 * const acme = defineRecognizer({
 *   type: "ACME_ACCOUNT", name: "acme-account", score: 0.9,
 *   pattern: /\bACME-\d{8}\b/g,
 *   validate: (m) => checkDigitOk(m.slice(5)),
 * })
 */
export function defineRecognizer(spec: RecognizerSpec): Recognizer {
  checkSpec(spec)
  const near = spec.context ? contextMatcher(spec.context.words) : undefined
  const pattern = ownPattern(spec.pattern)
  const window = spec.context?.window ?? 40
  const boost = spec.context?.boost ?? 0.35
  const recognize = (text: string): Finding[] => {
    if (typeof text !== "string") throw new ValidationError("pii", `recognizer ${spec.name} expects a string, found ${kindOf(text)}: pass the text of one field`, undefined, "E_FIELD_TYPE")
    const out: Finding[] = []
    if (spec.requires && !spec.requires.test(text)) return out
    // An array is read as it is (only read, never kept); another iterable is drawn out inside the guard.
    const candidates = pattern ? patternCandidates(pattern, text) : guarded(spec.name, "find", () => readable(spec.find!(text)))
    for (const c of candidates) {
      if (!(c && Number.isInteger(c.start) && Number.isInteger(c.end) && c.start >= 0 && c.end > c.start && c.end <= text.length)) {
        // Only numbers are shown: a find that returned the match itself as an end (m[0]) would print the value.
        const at = (n: unknown) => (typeof n === "number" && Number.isFinite(n) ? String(n) : `a ${typeof n}`)
        throw fail(`recognizer ${spec.name} returned a span outside the text (${at(c?.start)}..${at(c?.end)} of ${text.length}): fix its ${pattern ? "pattern" : "find function"}`)
      }
      let score = c.score ?? spec.score
      if (spec.validate) {
        const verdict = guarded(spec.name, "validate", () => spec.validate!(text.slice(c.start, c.end)))
        if (verdict === false) continue
        if (typeof verdict === "number") score = verdict
        // A validate that returns nothing when the value is good (`if (bad) return false`) kept the match before: it still does.
        else if (verdict !== true && verdict !== undefined) throw fail(`recognizer ${spec.name}: validate returned ${typeof verdict}: return true, false or a score from 0 to 1`)
      }
      // A NaN or 7 was passed on as the finding's score: compared with minScore it is never kept, or always wins.
      if (!isScore(score)) throw fail(`recognizer ${spec.name} gave a candidate the score ${Number.isNaN(score) ? "NaN" : typeof score === "number" ? score : typeof score}: ${c.score !== undefined && !spec.validate ? "find" : "validate"} must give a number from 0 to 1`)
      if (near && score < 1 && (near.testAround(text, Math.max(0, c.start - window), c.start, c.end, Math.min(text.length, c.end + window)) || labelled(near, text, c.start, c.end))) {
        score = Math.min(1, score + boost)
      }
      out.push({ type: spec.type, start: c.start, end: c.end, score: Math.round(score * 1000) / 1000, recognizer: spec.name })
    }
    return inOrder(out) ? out : out.sort(byStart)
  }
  return Object.freeze({ ...spec, recognize })
}


const readable = (found: unknown): readonly Candidate[] => (Array.isArray(found) ? found : Array.from(found as Iterable<Candidate>))

/** Whether the value's column header or key (a CSV's `ssn`, `phone⇥…`) is one of the context words: lines away, as good as near. */
function labelled(near: ContextMatcher, text: string, start: number, end: number): boolean {
  const label = labelOf(text, start, end)
  return label !== undefined && near.test(label)
}

/** Whether the findings are in text order already (sort is stable: sorting them would change nothing). */
function inOrder(findings: Finding[]): boolean {
  for (let i = 1; i < findings.length; i++) if (byStart(findings[i - 1]!, findings[i]!) > 0) return false
  return true
}

/** Text order: start, then the longer span, then type and recognizer name, so equal inputs sort equally. */
export function byStart(a: Finding, b: Finding): number {
  return a.start - b.start || b.end - a.end || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0) || (a.recognizer < b.recognizer ? -1 : a.recognizer > b.recognizer ? 1 : 0)
}

/** Which of two overlapping findings wins: the higher score, then the longer span, then the earlier start. */
export function byPrecedence(a: Finding, b: Finding): number {
  return b.score - a.score || b.end - b.start - (a.end - a.start) || byStart(a, b)
}

/**
 * Keeps findings that do not overlap: each in precedence order (higher
 * score, longer span, earlier start, then type and recognizer name) is kept
 * unless it overlaps one already kept. The result is in text order and does
 * not depend on the input's order.
 */
export function resolveOverlaps(findings: readonly Finding[]): Finding[] {
  const kept: Finding[] = []
  const ordered = [...findings].sort(byPrecedence)
  if (ordered.length <= 64) {
    for (const f of ordered) if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f)
    return kept.sort(byStart)
  }
  // Many findings (a long text): which code units are taken, so that each check costs the finding's length, not the
  // number kept.
  const taken = new Uint8Array(ordered.reduce((n, f) => Math.max(n, f.end), 0))
  for (const f of ordered) {
    let free = true
    for (let i = f.start; i < f.end && free; i++) free = taken[i] === 0
    if (!free) continue
    taken.fill(1, f.start, f.end)
    kept.push(f)
  }
  return kept.sort(byStart)
}
