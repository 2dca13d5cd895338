// Catastrophic backtracking read from a regular expression's source, before it ever runs on a text: a repeated group
// that holds a repeated part (`(\w+\s?)+`, `(\d{1,3})+`) can split one run of characters among its iterations in
// exponentially many ways, and a text that almost matches tries them all (seconds on thirty characters; on Bun, a
// silent "no match" once the engine gives up). Star height is what is measured: it is cheap, exact for what it
// measures and never rejects a pattern with no nested repetition. It does not see overlapping alternatives (`(a|a)+`)
// or adjacent runs (`\d+\d+`); `testRecognizer` times a recognizer on long texts for those.

/** A quantifier's bounds; `max` is Infinity for `*`, `+` and `{n,}`. */
interface Bounds {
  min: number
  max: number
}

/** A quantifier that lets its atom match a varying number of times, more than once: `*`, `+`, `{1,3}`, not `?` or `{3}`. */
const repeats = (q: Bounds) => q.max > 1 && q.max !== q.min

/** The quantifier at `i` (`*`, `+`, `?`, `{n}`, `{n,}`, `{n,m}`, each maybe lazy) and where it ends, or undefined. */
function quantifierAt(source: string, i: number): { bounds: Bounds; end: number } | undefined {
  const c = source[i]
  const lazy = (end: number) => (source[end] === "?" ? end + 1 : end)
  if (c === "*") return { bounds: { min: 0, max: Infinity }, end: lazy(i + 1) }
  if (c === "+") return { bounds: { min: 1, max: Infinity }, end: lazy(i + 1) }
  if (c === "?") return { bounds: { min: 0, max: 1 }, end: lazy(i + 1) }
  const braces = c === "{" ? /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i)) : null
  if (!braces) return undefined
  const min = Number(braces[1])
  const max = braces[2] === undefined ? min : braces[3] ? Number(braces[3]) : Infinity
  return { bounds: { min, max }, end: lazy(i + braces[0].length) }
}

/** Where the character class opening at `i` ends (after its `]`); nested classes (the `v` flag) are followed. */
function classEnd(source: string, i: number): number {
  let depth = 0
  for (let j = i; j < source.length; j++) {
    if (source[j] === "\\") j++
    else if (source[j] === "[") depth++
    else if (source[j] === "]" && --depth === 0) return j + 1
  }
  // Unbalanced when read as nested: without the v flag a `[` inside a class is a literal, and the first `]` ends it.
  for (let j = i + 1; j < source.length; j++) {
    if (source[j] === "\\") j++
    else if (source[j] === "]") return j + 1
  }
  return source.length
}

/** Where the escape at `i` ends: `\p{L}`, `\u{1F600}` and `\k<name>` are one atom each. */
function escapeEnd(source: string, i: number): number {
  const next = source[i + 1]
  const closer = (next === "p" || next === "P" || next === "u") && source[i + 2] === "{" ? "}" : next === "k" && source[i + 2] === "<" ? ">" : undefined
  if (!closer) return i + 2
  const end = source.indexOf(closer, i + 3)
  return end < 0 ? i + 2 : end + 1
}

/** Where a group's opening ends: `(`, `(?:`, `(?=`, `(?!`, `(?<=`, `(?<!`, `(?<name>`, `(?i:`. */
function groupOpenEnd(source: string, i: number): number {
  if (source[i + 1] !== "?") return i + 1
  const head = /^\(\?(?:<[=!]|<[^>]*>|[=!:]|[a-z-]*:)/i.exec(source.slice(i))
  return head ? i + head[0].length : i + 2
}

/**
 * Why a regular expression's source may backtrack catastrophically, or `undefined` when it is acceptable: a group
 * repeated a varying number of times that holds a part repeated a varying number of times (star height 2, as
 * `(\w+\s?)+`). `?` and fixed counts (`{3}`) are not repetition here: `(?:no\.? )?` and `(\d{3}[ -]?){2}` pass.
 *
 * @example
 * unsafeRegexReason(String.raw`\bREF-(\w+\s?)+-\d{4}\b`) // "a quantified group holds a quantifier (star height 2)"
 * unsafeRegexReason(String.raw`\bACME-\d{8}\b`)         // undefined
 */
export function unsafeRegexReason(source: string): string | undefined {
  // Per open group: the greatest star height inside it so far, and the height of the last atom (what a quantifier
  // after it repeats), undefined after `|` or another quantifier.
  const frames: Array<{ height: number; last: number | undefined }> = [{ height: 0, last: undefined }]
  const atom = (height: number) => {
    const frame = frames[frames.length - 1]!
    frame.last = height
    frame.height = Math.max(frame.height, height)
  }
  let i = 0
  while (i < source.length) {
    const c = source[i]!
    const frame = frames[frames.length - 1]!
    const quantifier = quantifierAt(source, i)
    if (quantifier && frame.last !== undefined) {
      const height = frame.last + (repeats(quantifier.bounds) ? 1 : 0)
      if (height >= 2) return "a quantified group holds a quantifier (star height 2)"
      frame.height = Math.max(frame.height, height)
      frame.last = undefined
      i = quantifier.end
    } else if (c === "\\") {
      atom(0)
      i = escapeEnd(source, i)
    } else if (c === "[") {
      atom(0)
      i = classEnd(source, i)
    } else if (c === "(") {
      frames.push({ height: 0, last: undefined })
      i = groupOpenEnd(source, i)
    } else if (c === ")" && frames.length > 1) {
      const group = frames.pop()!
      atom(group.height)
      i++
    } else if (c === "|") {
      frame.last = undefined
      i++
    } else {
      atom(0)
      i++
    }
  }
  return undefined
}
