import { ConfigError, phoneRegion, resolveOverlaps, type Finding, type Recognizer } from "../../core/index.ts"
import { builtinRecognizers, DEFAULT_REGIONS, ENTITY_TYPES } from "./recognizers/index.ts"
import { allowList, allowProblem } from "./allow.ts"
import { readableText, readableValue } from "./readable-text.ts"

export { allowList, allowProblem }

export interface AnalyzeOptions {
  /** Entity types to report (default: all the recognizers' types). */
  entities?: readonly string[]
  /** Findings scoring below this are dropped before overlaps are resolved. Default 0.5. */
  minScore?: number
  /**
   * Values never reported, compared normalized: E.164 for phones, lower case for emails, without spaces and dashes
   * otherwise. An allowed phone number is allowed however the text writes it, in any of `regions`; a national number
   * (no `+` or `00`) valid in more than one of `regions` is refused as ambiguous.
   */
  allow?: readonly string[]
  /** Values always reported (type `DENY`, score 1), wherever they appear, case-insensitively. */
  deny?: readonly string[]
  /** Regions national phone numbers are read in (ISO codes or calling codes). Default: US and western Europe. */
  regions?: readonly string[]
  /** Extra recognizers, run with the built-ins (a tenant's account numbers). */
  recognizers?: readonly Recognizer[]
}

export interface Analyzer {
  analyze(text: string): Finding[]
  readonly recognizers: readonly Recognizer[]
  /** The same for analyzers that find the same (the built-ins under the same options); none with a caller's own recognizers. */
  readonly key?: string
}

export const DEFAULT_MIN_SCORE = 0.5
function checkOptions(o: AnalyzeOptions): void {
  if (o.minScore !== undefined && !(typeof o.minScore === "number" && o.minScore >= 0 && o.minScore <= 1)) throw new ConfigError("pii", "minScore must be a number from 0 to 1")
  const bad = (o.regions ?? []).findIndex((r) => typeof r !== "string" || !phoneRegion(r))
  if (bad >= 0) throw new ConfigError("pii", `regions[${bad}] is not an ISO 3166 region or calling code: use e.g. "GB" or "44"`)
  const ambiguous = allowProblem(o.allow, o.regions)
  if (ambiguous) throw new ConfigError("pii", ambiguous)
}

/**
 * An analyzer with its options read once: `analyze(text)` runs every
 * recognizer whose type is wanted, drops findings under `minScore`, resolves
 * overlaps (higher score, longer span, earlier start) and drops allowed
 * values. Findings are sorted by start and hold offsets, never the text.
 *
 * @example
 * const pii = createAnalyzer({ regions: ["GB"], allow: ["+44 20 7946 0000"] })
 * pii.analyze("call me on 020 7946 0958") // [{ type: "PHONE", start: 11, end: 24, score: 0.85, recognizer: "phone" }]
 */
export function createAnalyzer(options: AnalyzeOptions = {}): Analyzer {
  checkOptions(options)
  const regions = options.regions?.length ? options.regions : DEFAULT_REGIONS
  const builtins = builtinRecognizers(regions)
  const all = [...builtins, ...(options.recognizers ?? [])]
  const names = new Set<string>()
  for (const r of all) {
    if (names.has(r.name)) {
      const own = builtins.some((b) => b.name === r.name) ? `, the name of a built-in recognizer (${builtins.map((b) => b.name).join(", ")})` : ""
      throw new ConfigError("pii", `two recognizers are named ${r.name}${own}: rename yours`)
    }
    names.add(r.name)
  }
  const wanted = options.entities ? new Set(options.entities) : undefined
  const recognizers = wanted ? all.filter((r) => wanted.has(r.type)) : all
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE
  const allowed = options.allow?.length ? allowList(options.allow, regions) : undefined
  const deny = (options.deny ?? []).filter((d) => d.trim()).map((d) => readableValue(d).toLowerCase())

  const analyze = (text: string): Finding[] => {
    const found: Finding[] = []
    // No-break spaces, zero-width characters, full-width digits and decomposed accents are read as the plain
    // characters every word list and expression is written with (readable-text.ts); the offsets are the text's own.
    const readable = readableText(text)
    const read = readable?.text ?? text
    for (const r of recognizers) for (const f of r.recognize(read)) if (f.score >= minScore) found.push(readable ? readable.back(f) : f)
    if (deny.length) {
      // A denied term is looked for as the recognizers read (`Project&nbsp;Falcon`, `Fal\u00adcon` were missed), unless
      // lower-casing changes the read text's length (`İ`): then in the text as written.
      const readLower = read.toLowerCase()
      const mapped = readLower.length === read.length ? readable : undefined
      const lowered = mapped ? readLower : text.toLowerCase()
      const recognized = [...found]
      for (const d of deny) {
        for (let at = lowered.indexOf(d); at >= 0; at = lowered.indexOf(d, at + d.length)) {
          const span = mapped ? mapped.back({ start: at, end: at + d.length }) : { start: at, end: at + d.length }
          found.push(widenedDeny(recognized, span.start, span.end))
        }
      }
    }
    // One finding or none overlaps nothing.
    const resolved = found.length > 1 ? withRemainders(text, found, resolveOverlaps(found)) : found
    return allowed ? resolved.filter((f) => f.type === "DENY" || !allowed(f, readable ? readable.readOf(f.start, f.end) : readableValue(text.slice(f.start, f.end)))) : resolved
  }
  // Options that change nothing (an empty allow list, the default regions written out) give the same key.
  const key = options.recognizers?.length ? undefined : JSON.stringify([wanted ? [...wanted].sort() : null, minScore, [...regions], options.allow ?? [], deny])
  return { analyze, recognizers, key }
}

/**
 * A denied value found at start..end, widened over every recognized value it touches, so that replacing it leaves no
 * piece of other data in clear: a denied "a" inside an address won over the address, and the address's other pieces
 * were written out as they were, no longer an address any scan would find. The deny list still wins (score 1).
 */
function widenedDeny(recognized: readonly Finding[], start: number, end: number): Finding {
  for (let widened = true; widened; ) {
    widened = false
    for (const f of recognized) {
      if (f.end <= start || end <= f.start || (start <= f.start && f.end <= end)) continue
      start = Math.min(start, f.start)
      end = Math.max(end, f.end)
      widened = true
    }
  }
  return { type: "DENY", start, end, score: 1, recognizer: "deny-list" }
}

/** One-off analysis; build an analyzer with createAnalyzer to scan many texts with the same options. */
export function analyze(text: string, options: AnalyzeOptions = {}): Finding[] {
  return createAnalyzer(options).analyze(text)
}

export { ENTITY_TYPES }

/**
 * The kept findings, and what each finding dropped for overlapping one end of another type's kept finding leaves outside
 * it, trimmed: a number said after a name read one word too long (`juan al seis uno dos …`) is still reported from its
 * next word, so scrubbing what is reported leaves no piece of it in clear. At least three letters or digits and half of
 * the dropped finding's; not a name's rest (a name read over a phone or an address is a guess, its rest no name).
 */
function withRemainders(text: string, found: readonly Finding[], kept: Finding[]): Finding[] {
  if (found.length === kept.length) return kept
  const keep = new Set(kept)
  // Kept findings overlap none of each other: sorted by start, their ends are sorted too, and those a span overlaps are a
  // run found by one binary search (a long text holds thousands: no scan of them all per finding).
  const firstEndingAfter = (at: number) => {
    let lo = 0
    let hi = kept.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (kept[mid]!.end > at) hi = mid
      else lo = mid + 1
    }
    return lo
  }
  const overlapping = (start: number, end: number) => {
    const from = firstEndingAfter(start)
    let to = from
    while (to < kept.length && kept[to]!.start < end && to - from < 2) to++
    return kept.slice(from, to)
  }
  const extra: Finding[] = []
  for (const f of found) {
    if (keep.has(f) || f.type === "PERSON") continue
    const over = overlapping(f.start, f.end)
    if (over.length !== 1 || over[0]!.type === f.type) continue
    const k = over[0]!
    let [start, end] = k.start <= f.start && k.end < f.end ? [k.end, f.end] : f.start < k.start && f.end <= k.end ? [f.start, k.start] : [0, 0]
    while (start < end && !ALNUM.test(text[start]!)) start++
    while (end > start && !ALNUM.test(text[end - 1]!)) end--
    const left = text.slice(start, end).match(ALNUM_ALL)?.length ?? 0
    if (left < 3 || 2 * left < (text.slice(f.start, f.end).match(ALNUM_ALL)?.length ?? 0) || overlapping(start, end).length > 0) continue
    extra.push({ ...f, start, end })
  }
  if (!extra.length) return kept
  // Rests that overlap each other: the first in text order, then the higher score, stays.
  extra.sort((a, b) => a.start - b.start || b.score - a.score)
  let lastEnd = -1
  const rests = extra.filter((f) => f.start >= lastEnd && (lastEnd = f.end) >= 0)
  return [...kept, ...rests].sort((a, b) => a.start - b.start)
}
const ALNUM = /[\p{L}\p{N}]/u
const ALNUM_ALL = /[\p{L}\p{N}]/gu
